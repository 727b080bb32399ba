// E2E helper run as a process: changes one self-assessment answer to another level in a workspace (the LKS revising before a new export).
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { openWorkspace } from '../../electron/services/workspace/workspace';

const [dir, code] = process.argv.slice(2);
const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'test', create: false });
const ctx = createContext(ws, 'cli', APP_VERSION);
const list = await dispatch(ctx, 'assessment.list', {});
if (!list.ok) throw new Error(list.error.message);
const id = (list.value as { id: number }[])[0].id;
const detail = await dispatch(ctx, 'assessment.get', { id });
const before = detail.ok ? (detail.value as { indicators: Record<string, { level: number | null }> }).indicators[code]?.level ?? null : null;
// Always a different level, so the next export differs from the last in exactly this answer.
const level = before === 4 ? 1 : 4;
const r = await dispatch(ctx, 'assessment.setAnswer', { assessmentId: id, code, answer: { level } });
ws.close();
if (!r.ok) { console.error(r.error.message); process.exit(1); }
console.log(JSON.stringify({ before, after: level }));
