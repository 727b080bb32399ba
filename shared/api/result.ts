// The result envelope every handler returns across IPC, HTTP and the CLI, plus the error codes.
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNKNOWN_HANDLER', 'UNAUTHORIZED', 'WORKSPACE_LOCKED',
  'DB_TOO_NEW', 'DB_CORRUPT', 'TOO_LARGE', 'BAD_FILE', 'CANCELLED', 'INTERNAL',
  // A write failed because the disk is full / the workspace cannot be written; nothing saved earlier was lost.
  'DISK_FULL', 'READ_ONLY',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError { code: ErrorCode; message: string; details?: unknown }
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.unknown().optional() }) }),
]);

/** An error the back end raises on purpose; its message is safe to show to the user. */
export class AppError extends Error {
  constructor(public readonly code: ErrorCode, message: string, public readonly details?: unknown) {
    super(message);
    this.name = 'AppError';
  }
}

/** Flattens zod issues into "path: message" lines for a VALIDATION error. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { path: string; message: string }[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
