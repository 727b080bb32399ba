// Migration 3: marks the rows the sample LKS created, so loading it can tell an empty (or sample-only) workspace from real data.
// A mark disappears with its row; rows made by the user (including copies or carry-overs of the sample) are 0.
// Rows of a sample loaded before this migration stay 0 (treated as real): refusing a reset is the safe mistake.
export default `
ALTER TABLE assessment ADD COLUMN from_sample INTEGER NOT NULL DEFAULT 0 CHECK (from_sample IN (0, 1));
ALTER TABLE evidence ADD COLUMN from_sample INTEGER NOT NULL DEFAULT 0 CHECK (from_sample IN (0, 1));
ALTER TABLE plan_action ADD COLUMN from_sample INTEGER NOT NULL DEFAULT 0 CHECK (from_sample IN (0, 1));
`;
