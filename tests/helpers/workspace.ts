// Opens a real workspace in a temp folder with a handler context, for integration tests.
import { APP_VERSION } from '../../electron/services/app-version';
import { createContext, type HandlerContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { openWorkspace } from '../../electron/services/workspace/workspace';
import { tempDir } from './tmp';

export function testWorkspace(dir = tempDir()) {
  const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'test', create: true });
  const ctx: HandlerContext = createContext(ws, 'test', APP_VERSION);
  return {
    dir, ws, ctx,
    call: (name: string, input: unknown = {}) => dispatch(ctx, name, input),
    /** Calls and unwraps, failing the test with the error message when the call fails. */
    async value<T = any>(name: string, input: unknown = {}): Promise<T> {
      const r = await dispatch(ctx, name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    },
  };
}
