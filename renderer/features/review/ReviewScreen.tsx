// Tinjauan (#/review?id=N): the assessor's review of one received dossier; without an id, the list of reviews.
export function ReviewScreen() {
  return <div className="screen review-screen" />;
}
