// "Open with another application" (documents and images only) and "show in folder" for a stored evidence file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { HandlerContext } from '../context';
import { sanitizeFileName } from './files';
import { openDecision, refusalMessage } from './open-policy';
import { openEvidence, readError, type OpenedEvidence } from './transfer';

const HEAD_BYTES = 4096;

/** Runs `use` on the open stored file and the name a copy would get; `check` sees its first bytes and may refuse. */
function withStoredFile<T>(ctx: HandlerContext, id: number, check: (name: string, mediaType: string, head: Uint8Array) => void, use: (f: OpenedEvidence, name: string) => T): T {
  const f = openEvidence(ctx, id);
  try {
    const name = sanitizeFileName(f.originalName);
    const head = Buffer.alloc(Math.min(HEAD_BYTES, f.size));
    try {
      fs.readSync(f.fd, head, 0, head.length, 0);
    } catch (e) {
      throw readError(e, f.originalName);
    }
    check(name, f.mediaType, head);
    return use(f, name);
  } finally {
    fs.closeSync(f.fd);
  }
}

/**
 * Copies the stored file (named by its hash) under its sanitised original name into a fresh temp folder, so
 * the OS sees a normal file name and nothing another program does can touch the workspace's copy. It copies
 * from the same descriptor the check looked at.
 */
export function copyOut(f: OpenedEvidence, name: string): { copy: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'swanilai-open-'));
  const copy = path.join(dir, name);
  try {
    const out = fs.openSync(copy, 'wx', 0o644);
    try {
      const buf = Buffer.alloc(1024 * 1024);
      for (let pos = 0, n = 0; (n = fs.readSync(f.fd, buf, 0, buf.length, pos)) > 0; pos += n) {
        for (let written = 0; written < n;) written += fs.writeSync(out, buf, written, n - written);
      }
    } finally {
      fs.closeSync(out);
    }
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw readError(e, f.originalName);
  }
  return { copy, dir };
}

function mayOpen(name: string, mediaType: string, head: Uint8Array): void {
  const decision = openDecision({ fileName: name, mediaType, head });
  if (!decision.allowed) throw new AppError('BAD_FILE', refusalMessage(decision));
}

/** Desktop: opens a copy with the OS's default program, but only documents and images (see open-policy.ts). */
export async function openExternal(ctx: HandlerContext, id: number): Promise<{ opened: boolean; path: string }> {
  const openPath = ctx.openPath;
  // Without a desktop the answer is still decided the same way, so every transport refuses the same files.
  if (!openPath) return withStoredFile(ctx, id, mayOpen, () => ({ opened: false, path: '' }));
  const { copy } = withStoredFile(ctx, id, mayOpen, copyOut);
  const err = await openPath(copy);
  if (err) throw new AppError('INTERNAL', `Tidak dapat membuka berkas / cannot open the file: ${err}`);
  return { opened: true, path: copy };
}

/**
 * Any file type: a copy under its own name in a folder of its own. The desktop reveals it in the file manager
 * (opening it from there is the user's own act); a browser cannot, so the web host returns the folder to show.
 */
export function showInFolder(ctx: HandlerContext, id: number): { shown: boolean; folder: string; path: string } {
  const { copy, dir } = withStoredFile(ctx, id, () => {}, copyOut);
  if (!ctx.showItemInFolder) return { shown: false, folder: dir, path: copy };
  ctx.showItemInFolder(copy);
  return { shown: true, folder: dir, path: copy };
}
