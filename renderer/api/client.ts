// The typed client over the back end: uses Electron's preload bridge when present, else the local web host.
import type { HandlerName, InputOf, OutputOf } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/api/result';

interface Bridge { invoke(name: string, input: unknown): Promise<Result<unknown>> }
declare global { interface Window { swanilai?: Bridge } }

const TOKEN_KEY = 'swanilai.token';

/** The web host prints a URL with #token=...; keep it for this tab so reloads and routes keep working. */
export function takeTokenFromUrl(): void {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
}

export class ApiFailure extends Error {
  constructor(public readonly error: ApiError) {
    super(error.message);
  }
}

async function overHttp(name: string, input: unknown, keepalive = false): Promise<Result<unknown>> {
  try {
    const res = await fetch(`./api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-swanilai-token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body: JSON.stringify(input ?? {}),
      keepalive,
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Tidak terhubung ke Swanilai (server lokal berhenti?) / Not connected to Swanilai (local server stopped?)' } };
  }
}

export async function callResult<N extends HandlerName>(name: N, input: InputOf<N>, opts: { keepalive?: boolean } = {}): Promise<Result<OutputOf<N>>> {
  const r = window.swanilai ? await window.swanilai.invoke(name, input) : await overHttp(name, input, opts.keepalive);
  return r as Result<OutputOf<N>>;
}

/** Calls a handler and throws ApiFailure on {ok:false}. */
export async function call<N extends HandlerName>(name: N, input: InputOf<N>, opts: { keepalive?: boolean } = {}): Promise<OutputOf<N>> {
  const r = await callResult(name, input, opts);
  if (!r.ok) throw new ApiFailure(r.error);
  return r.value;
}
