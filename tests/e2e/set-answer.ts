// E2E helper run as a process: sets one self-assessment answer to a given level in a workspace (an LKS weak in one item).
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { openWorkspace } from '../../electron/services/workspace/workspace';

const [dir, code, level] = process.argv.slice(2);
const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'test', create: false });
const ctx = createContext(ws, 'cli', APP_VERSION);
const list = await dispatch(ctx, 'assessment.list', {});
if (!list.ok) throw new Error(list.error.message);
const id = (list.value as { id: number }[])[0].id;
const r = await dispatch(ctx, 'assessment.setAnswer', { assessmentId: id, code, answer: { level: Number(level) } });
ws.close();
if (!r.ok) { console.error(r.error.message); process.exit(1); }
