// Runs one handler by name: parses the input with zod, runs it, checks the output, wraps the result.
import { AppError, describeIssues, type Result } from '../../shared/api/result';
import type { HandlerName } from '../../shared/api/contract';
import type { HandlerContext } from './context';
import { handlers } from './handlers/index';
import { storageError, storageErrorFromMessage } from './storage-errors';

export function isHandlerName(name: string): name is HandlerName {
  return Object.prototype.hasOwnProperty.call(handlers, name);
}

export async function dispatch(ctx: HandlerContext, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isHandlerName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_HANDLER', message: `Perintah tidak dikenal / Unknown operation: ${name}` } };
  }
  const handler = handlers[name];
  const parsed = handler.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'VALIDATION', message: 'Data tidak valid / Invalid data', details: describeIssues(parsed.error.issues) },
    };
  }
  try {
    // The generic table cannot express the per-name pairing to TypeScript; define.ts checks each entry.
    const value = await (handler.run as (c: HandlerContext, i: unknown) => unknown)(ctx, parsed.data);
    const out = handler.output.safeParse(value);
    if (!out.success) {
      return { ok: false, error: { code: 'INTERNAL', message: `Hasil tidak sesuai kontrak / Output violates contract: ${name}`, details: describeIssues(out.error.issues) } };
    }
    return { ok: true, value: out.data };
  } catch (e) {
    // A full disk or a read-only folder gets its own code and a message saying what to do, wherever it surfaced
    // (also when a service wrapped it as INTERNAL); the stack-like raw text is kept in details only.
    const storage = storageError(e) ?? (e instanceof AppError && e.code === 'INTERNAL' ? storageErrorFromMessage(e.message) : null);
    if (storage) return { ok: false, error: { code: storage.code, message: storage.message, details: { ...(storage.details as object), raw: (e as Error).message } } };
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'INTERNAL', message: `Terjadi kesalahan internal / Internal error: ${message}` } };
  }
}
