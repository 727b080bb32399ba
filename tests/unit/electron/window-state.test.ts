// Window size and position: restored on a visible display, saved once after moving stops and at close.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, restoreBounds, saveWindowState, trackWindowState, type Rect, type TrackedWindow, type WindowState } from '../../../electron/window-state';
import { tempDir } from '../../helpers/tmp';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoring window bounds', () => {
  it('nothing saved: default size centred on the primary display', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ bounds: { x: 320, y: 110, ...DEFAULT_SIZE }, maximized: false });
  });

  it('saved bounds on a display that is still there come back as they were', () => {
    const saved: WindowState = { bounds: { x: 2100, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('the second monitor is gone: centred on the primary display, shrunk to fit', () => {
    const saved: WindowState = { bounds: { x: 2100, y: 100, width: 2400, height: 1300 }, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({ bounds: { x: 0, y: 0, width: 1920, height: 1040 }, maximized: false });
  });

  it('partly off screen: moved fully inside the display it overlaps most', () => {
    const saved: WindowState = { bounds: { x: 1500, y: -200, width: 1200, height: 800 }, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({ bounds: { x: 720, y: 0, width: 1200, height: 800 }, maximized: false });
    // A sliver on screen counts as lost.
    const sliver: WindowState = { bounds: { x: 1900, y: 500, width: 1200, height: 800 }, maximized: false };
    expect(restoreBounds(sliver, [laptop]).bounds).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('too small a saved window grows to the minimum size where the display allows it', () => {
    const saved: WindowState = { bounds: { x: 10, y: 10, width: 400, height: 300 }, maximized: false };
    expect(restoreBounds(saved, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 1000, height: 680 });
    expect(restoreBounds(saved, [{ x: 0, y: 0, width: 800, height: 600 }]).bounds).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });

  it('reads back what it wrote; ignores a damaged file', () => {
    const dir = tempDir();
    expect(loadWindowState(dir)).toBeNull();
    saveWindowState(dir, { bounds: { x: 1, y: 2, width: 1100, height: 700 }, maximized: true });
    expect(loadWindowState(dir)).toEqual({ bounds: { x: 1, y: 2, width: 1100, height: 700 }, maximized: true });
    fs.writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ bounds: { x: 'a' } }));
    expect(loadWindowState(dir)).toBeNull();
  });
});

describe('tracking the window', () => {
  function fakeWindow() {
    const listeners: Record<string, (() => void)[]> = {};
    const state = { bounds: { x: 0, y: 0, width: 1200, height: 800 }, maximized: false, minimized: false, full: false };
    const win: TrackedWindow = {
      on: (e, fn) => { (listeners[e] ??= []).push(fn); },
      getNormalBounds: () => ({ ...state.bounds }),
      isMaximized: () => state.maximized,
      isMinimized: () => state.minimized,
      isFullScreen: () => state.full,
    };
    return { win, state, emit: (e: string) => listeners[e]?.forEach((fn) => fn()) };
  }
  /** A scheduler the test runs by hand: no real timers, no timed assertions. */
  function manualSchedule() {
    const pending: { fn: () => void; cancelled: boolean }[] = [];
    return {
      schedule: (fn: () => void) => { const p = { fn, cancelled: false }; pending.push(p); return () => { p.cancelled = true; }; },
      runDue: () => { for (const p of pending.splice(0)) if (!p.cancelled) p.fn(); },
    };
  }

  it('many moves make one save with the last bounds; close saves at once; minimized is not saved', () => {
    const { win, state, emit } = fakeWindow();
    const saved: WindowState[] = [];
    const clock = manualSchedule();
    trackWindowState(win, (s) => saved.push(s), clock.schedule);
    for (let i = 1; i <= 5; i++) { state.bounds.x = i * 10; emit('move'); }
    expect(saved).toEqual([]);
    clock.runDue();
    expect(saved).toEqual([{ bounds: { x: 50, y: 0, width: 1200, height: 800 }, maximized: false }]);
    state.maximized = true;
    emit('maximize');
    emit('close');
    expect(saved.at(-1)).toEqual({ bounds: { x: 50, y: 0, width: 1200, height: 800 }, maximized: true });
    clock.runDue();
    expect(saved).toHaveLength(2); // the pending save was cancelled by the one at close
    state.minimized = true;
    emit('resize');
    clock.runDue();
    expect(saved).toHaveLength(2);
  });
});
