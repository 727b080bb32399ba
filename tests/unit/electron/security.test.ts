// Electron hardening checked with fakes (the Electron binary cannot run here).
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, enforceCsp, isAppUrl, isSafeExternalUrl, lockDownContents, PRIVILEGED_SCHEMES, secureWebPreferences } from '../../../electron/security';
import { menuTemplate } from '../../../electron/menu';

describe('security options', () => {
  it('window preferences isolate and sandbox the renderer', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true, allowRunningInsecureContent: false, preload: '/x/preload.cjs' });
  });

  it('app:// is registered as a standard secure scheme', () => {
    expect(PRIVILEGED_SCHEMES[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it('recognises only our own origin and safe external links', () => {
    expect(isAppUrl('app://swanilai/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://swanilai')).toBe(false);
    expect(isSafeExternalUrl('https://kemensos.go.id/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('file:///C:/Windows')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@evil.example')).toBe(false);
  });

  it('blocks navigation, redirects, webviews and new windows; opens safe links externally', () => {
    const listeners: Record<string, (e: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' });
    const contents = {
      on: (ev: string, fn: (e: { preventDefault(): void }, url?: string) => void) => { listeners[ev] = fn; },
      setWindowOpenHandler: (fn: typeof openHandler) => { openHandler = fn; },
    };
    const shell = { openExternal: vi.fn() };
    lockDownContents(contents as never, shell);
    const nav = (ev: string, url: string) => { const e = { preventDefault: vi.fn() }; listeners[ev](e, url); return e.preventDefault.mock.calls.length > 0; };
    expect(nav('will-navigate', 'https://evil.example')).toBe(true);
    expect(nav('will-navigate', 'app://swanilai/#/profile')).toBe(false);
    expect(nav('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(nav('will-attach-webview', 'app://swanilai/')).toBe(true);
    expect(openHandler({ url: 'https://kemensos.go.id' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://kemensos.go.id');
  });

  it('denies every permission request and check', () => {
    const calls: Record<string, (...a: any[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (fn: any) => { calls.request = fn; },
      setPermissionCheckHandler: (fn: any) => { calls.check = fn; },
      setDevicePermissionHandler: (fn: any) => { calls.device = fn; },
    };
    denyAllPermissions(session as never);
    const cb = vi.fn();
    calls.request({}, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(calls.check({}, 'notifications')).toBe(false);
    expect(calls.device({})).toBe(false);
  });

  it('adds a strict CSP header to every response', () => {
    let hook: any;
    enforceCsp({ webRequest: { onHeadersReceived: (fn: any) => { hook = fn; } } } as never);
    const cb = vi.fn();
    hook({ responseHeaders: { 'x-a': ['1'] } }, cb);
    const headers = cb.mock.calls[0][0].responseHeaders;
    expect(headers['x-a']).toEqual(['1']);
    const csp = headers['Content-Security-Policy'][0] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
  });

  it('the menu has no dev tools in a packaged app and has Indonesian labels', () => {
    const flat = (t: any[]): any[] => t.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
    expect(flat(menuTemplate({ isMac: false, isDev: false })).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flat(menuTemplate({ isMac: false, isDev: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(menuTemplate({ isMac: false, isDev: false }).map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan']); // menu.test.ts checks the full menu
  });
});
