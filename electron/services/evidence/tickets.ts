// Short-lived read tickets: a random key in a browser URL that opens one evidence file for one purpose, briefly.
import crypto from 'node:crypto';
import { TICKET_MAX_USES, TICKET_TTL_MS } from './limits';

/** view: shown inside the app (img, iframe); download: sent as an attachment under its sanitised name. */
export type TicketPurpose = 'view' | 'download';

/** An evidence id of the locker, or a string key for other stored files (a dossier's evidence: review/evidence.ts). */
export type TicketFile = number | string;

interface Ticket { evidenceId: TicketFile; purpose: TicketPurpose; expiresAt: number; usesLeft: number }

/** Outstanding tickets at most; a client asking for more loses its oldest first (they would expire anyway). */
const MAX_OUTSTANDING = 500;

/**
 * Why tickets and not the session token: a URL ends up in history, logs, the DOM and Referer headers. The
 * session token runs the whole API; a ticket only reads one file for a minute, so a leaked one is worth little.
 */
export class EvidenceTickets {
  private tickets = new Map<string, Ticket>();

  issue(evidenceId: TicketFile, purpose: TicketPurpose, now: Date): { ticket: string; expiresAt: Date } {
    this.prune(now.getTime());
    while (this.tickets.size >= MAX_OUTSTANDING) this.tickets.delete(this.tickets.keys().next().value!);
    const ticket = crypto.randomBytes(24).toString('base64url');
    const expiresAt = now.getTime() + TICKET_TTL_MS;
    this.tickets.set(ticket, { evidenceId, purpose, expiresAt, usesLeft: TICKET_MAX_USES });
    return { ticket, expiresAt: new Date(expiresAt) };
  }

  /** The purpose of a valid ticket for exactly this file (one use is spent), or null: unknown, expired, used up, other file. */
  redeem(ticket: string, evidenceId: TicketFile, now: Date): TicketPurpose | null {
    const t = this.tickets.get(ticket);
    if (!t) return null;
    if (t.expiresAt <= now.getTime()) {
      this.tickets.delete(ticket);
      return null;
    }
    if (t.evidenceId !== evidenceId) return null;
    t.usesLeft -= 1;
    if (t.usesLeft <= 0) this.tickets.delete(ticket);
    return t.purpose;
  }

  /** Drops every ticket of a file, e.g. when its record is removed. */
  revokeFile(evidenceId: TicketFile): void {
    for (const [k, t] of this.tickets) if (t.evidenceId === evidenceId) this.tickets.delete(k);
  }

  get size(): number {
    return this.tickets.size;
  }

  private prune(now: number): void {
    for (const [k, t] of this.tickets) if (t.expiresAt <= now) this.tickets.delete(k);
  }
}
