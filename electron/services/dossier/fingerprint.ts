// The workspace key's fingerprint: what an LKS reads to BALKS over the phone to prove which workspace signed a dossier.
import crypto from 'node:crypto';

/** SHA-256 of the SPKI DER, first 32 hex digits upper-case in groups of four ("3F2A 9C01 …"), per docs/dossier.md. */
export function fingerprintOf(spkiDer: Buffer): string {
  const hex = crypto.createHash('sha256').update(spkiDer).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
