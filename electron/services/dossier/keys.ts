// The workspace's Ed25519 key pair for signing dossiers: created on first use, kept in the database (backed up with it).
import crypto from 'node:crypto';
import type { HandlerContext } from '../context';
import { fingerprintOf } from './fingerprint';

export interface WorkspaceKey {
  privateKey: crypto.KeyObject;
  publicKey: crypto.KeyObject;
  /** SPKI DER, base64: what travels in the manifest and the signature file. */
  publicKeyBase64: string;
  fingerprint: string;
}

interface Row { private_key: Buffer; public_key: Buffer }

function toKey(row: Row): WorkspaceKey {
  const privateKey = crypto.createPrivateKey({ key: row.private_key, format: 'der', type: 'pkcs8' });
  const publicKey = crypto.createPublicKey({ key: row.public_key, format: 'der', type: 'spki' });
  return { privateKey, publicKey, publicKeyBase64: row.public_key.toString('base64'), fingerprint: fingerprintOf(row.public_key) };
}

/** The stored key, or null in a workspace that has never needed one (or is open read-only without it). */
export function readWorkspaceKey(ctx: HandlerContext): WorkspaceKey | null {
  const row = ctx.workspace.db.prepare('SELECT private_key, public_key FROM workspace_key WHERE id = 1').get() as Row | undefined;
  return row ? toKey(row) : null;
}

/** The stored key, created now when there is none; INSERT OR IGNORE keeps the first one if two callers race. */
export function workspaceKey(ctx: HandlerContext): WorkspaceKey {
  const existing = readWorkspaceKey(ctx);
  if (existing) return existing;
  const pair = crypto.generateKeyPairSync('ed25519');
  const privateDer = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  const publicDer = pair.publicKey.export({ format: 'der', type: 'spki' });
  ctx.workspace.db.prepare('INSERT OR IGNORE INTO workspace_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)')
    .run(privateDer, publicDer, ctx.now().toISOString());
  return readWorkspaceKey(ctx)!;
}
