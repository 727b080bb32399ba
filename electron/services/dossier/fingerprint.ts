// The fingerprint of a workspace's public key: short enough to read to BALKS over the phone.
import crypto from 'node:crypto';

/** SHA-256 of the SPKI DER, first 32 hex digits upper-case in groups of four: "3F2A 9C01 …". */
export function fingerprintOf(spkiDer: Buffer | Uint8Array): string {
  const hex = crypto.createHash('sha256').update(spkiDer).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}
