// Window size and position remembered between runs: saved (debounced) on move/resize, restored on start, and put
// back on a visible display when the saved one is gone (a laptop unplugged from its second monitor).
import fs from 'node:fs';
import path from 'node:path';

export interface Rect { x: number; y: number; width: number; height: number }
export interface WindowState { bounds: Rect; maximized: boolean }

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 1000, height: 680 };
export const WINDOW_STATE_FILE = 'window-state.json';
/** Moving or resizing fires many events a second; one write after the last is enough. */
export const SAVE_DELAY_MS = 500;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where the window opens: the saved bounds on the display they overlap most, shrunk to fit its work area and
 * moved fully inside it; centred on the primary display when nothing was saved or the saved display is gone.
 * workAreas are the displays' work areas (without task bars), primary first.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary), maximized: false };
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area);
    if (o > bestArea) { best = area; bestArea = o; }
  }
  // A sliver left on screen is as good as lost: at least a quarter of the window (or of the display) must show.
  const enough = best && bestArea >= Math.min(saved.bounds.width * saved.bounds.height, best.width * best.height) / 4;
  if (!best || !enough) return { bounds: centred(saved.bounds, primary), maximized: saved.maximized };
  const width = Math.min(Math.max(saved.bounds.width, Math.min(MIN_SIZE.width, best.width)), best.width);
  const height = Math.min(Math.max(saved.bounds.height, Math.min(MIN_SIZE.height, best.height)), best.height);
  const x = Math.min(Math.max(saved.bounds.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.bounds.y, best.y), best.y + best.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

/** A saved file from another version or edited by hand: anything not four finite numbers and a flag is ignored. */
export function sanitizeWindowState(raw: unknown): WindowState | null {
  const r = raw as { bounds?: Partial<Rect>; maximized?: unknown } | null;
  const b = r?.bounds;
  if (!b || ![b.x, b.y, b.width, b.height].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  if ((b.width as number) < 100 || (b.height as number) < 100) return null;
  return { bounds: { x: Math.round(b.x!), y: Math.round(b.y!), width: Math.round(b.width!), height: Math.round(b.height!) }, maximized: r?.maximized === true };
}

export function loadWindowState(userData: string): WindowState | null {
  try {
    return sanitizeWindowState(JSON.parse(fs.readFileSync(path.join(userData, WINDOW_STATE_FILE), 'utf8')));
  } catch {
    return null;
  }
}

export function saveWindowState(userData: string, state: WindowState): void {
  fs.mkdirSync(userData, { recursive: true });
  const file = path.join(userData, WINDOW_STATE_FILE);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state));
  fs.renameSync(`${file}.tmp`, file);
}

/** The parts of a BrowserWindow the tracker uses (a fake in tests). */
export interface TrackedWindow {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  /** The bounds when not maximized, so un-maximizing next time returns to them. */
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
}

export type Schedule = (fn: () => void, ms: number) => () => void;
const timers: Schedule = (fn, ms) => { const t = setTimeout(fn, ms); return () => clearTimeout(t); };

/** Saves the window's state SAVE_DELAY_MS after the last move/resize, and at once when it closes. */
export function trackWindowState(win: TrackedWindow, save: (s: WindowState) => void, schedule: Schedule = timers): void {
  let cancel: (() => void) | null = null;
  const write = () => {
    cancel = null;
    // Minimized or full-screen bounds are not where the user wants the window next time.
    if (win.isMinimized() || win.isFullScreen()) return;
    try {
      save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch {
      /* a read-only profile folder must not break the window */
    }
  };
  const later = () => { cancel?.(); cancel = schedule(write, SAVE_DELAY_MS); };
  for (const e of ['move', 'resize', 'maximize', 'unmaximize'] as const) win.on(e, later);
  win.on('close', () => { cancel?.(); write(); });
}
