// Two clients of the web host (two browser tabs: same token, own connections) saving answers as fast as they can,
// several requests in flight each: every save is acknowledged (no SQLITE_BUSY or other error reaches a client),
// and each field ends with the last acknowledged write to it — per field, last write wins and nothing is lost.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/transports/web/web-host';
import { bundled } from '../../electron/services/instruments/bundled';
import { tempDir } from '../helpers/tmp';
import { testWorkspace } from '../helpers/workspace';

let host: WebHost;
let t: ReturnType<typeof testWorkspace>;
beforeAll(async () => {
  t = testWorkspace();
  host = await startWebHost({ ctx: t.ctx, staticDir: tempDir(), port: 0 });
});
afterAll(async () => { await host.close(); t.ws.close(); });

const codes = bundled().instruments[0].components.flatMap((c) => c.indicators).map((i) => i.code).slice(0, 12);

async function api(name: string, body: unknown): Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }> {
  const r = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-swanilai-token': host.token }, body: JSON.stringify(body) });
  return r.json();
}

function readWhileWriting(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const state = { reads: 0, errors: [] as string[], stop: () => { clearInterval(timer); db.close(); } };
  const timer = setInterval(() => {
    try {
      db.prepare('SELECT COUNT(*) FROM answer').get();
      state.reads++;
    } catch (e) {
      state.errors.push(String(e));
    }
  }, 1);
  return state;
}

describe('concurrent saves through the web host', () => {
  it('two clients × 4 lanes × 60 saves: all acknowledged, every field holds the last acknowledged write', async () => {
    const { value: round } = await api('assessment.create', { name: 'Dua tab' });
    // field -> the acknowledged writes to it, in the order the server acknowledged them
    const acked = new Map<string, { note: string; level: number }[]>();
    const errors: string[] = [];
    let seq = 0;
    // Meanwhile a second connection reads the same file (as a read-only CLI beside the app does): in WAL neither
    // side may get SQLITE_BUSY.
    const reader = readWhileWriting(t.ws.dbFile);
    const lane = async (client: string, lane: number) => {
      for (let n = 0; n < 60; n++) {
        // Each lane owns its codes per client, but both clients write the same codes: a field sees two writers,
        // each of whose own writes to it are serialised (as one tab's autosave is).
        const code = codes[(lane * 3 + (n % 3))];
        const note = `${client}-${lane}-${n}`;
        const level = 1 + ((n + lane) % 4);
        const r = await api('assessment.setAnswer', { assessmentId: round.id, code, answer: { level }, note });
        if (!r.ok) { errors.push(`${r.error!.code}: ${r.error!.message}`); continue; }
        acked.set(code, [...(acked.get(code) ?? []), { note, level }]);
        seq++;
      }
    };
    await Promise.all(['A', 'B'].flatMap((c) => [0, 1, 2, 3].map((l) => lane(c, l))));
    expect(errors).toEqual([]);
    expect(seq).toBe(2 * 4 * 60);
    const { value: d } = await api('assessment.get', { id: round.id });
    for (const [code, writes] of acked) {
      const stored = d.indicators[code];
      // One of the written values, never a mix of two writes (note and level from the same write) …
      const from = writes.find((w) => w.note === stored.note);
      expect(from, `${code}: ${stored.note}`).toBeDefined();
      expect(stored.level).toBe(from!.level);
      // … and the last write each client had acknowledged for it is the stored one or followed by the stored one.
      const lastA = writes.filter((w) => w.note.startsWith('A-')).at(-1)!;
      const lastB = writes.filter((w) => w.note.startsWith('B-')).at(-1)!;
      expect([lastA.note, lastB.note]).toContain(stored.note);
    }
    reader.stop();
    expect(reader.errors).toEqual([]);
    expect(reader.reads).toBeGreaterThan(0);
  });
});
