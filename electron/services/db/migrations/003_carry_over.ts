// Migration 3: an assessment round remembers which round it was carried over from and what to review.
export default `
ALTER TABLE assessment ADD COLUMN carried_from INTEGER REFERENCES assessment(id) ON DELETE SET NULL;
ALTER TABLE assessment ADD COLUMN review_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(review_codes));
`;
