// Migration 4: the workspace's Ed25519 key pair that signs exported dossiers (one row, created on first use).
export default `
CREATE TABLE workspace_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  private_key BLOB NOT NULL,
  public_key BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
`;
