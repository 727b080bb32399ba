// Workspace folder, lock against a second instance (in-process and a real second process), defaults.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorkspaceDir, openWorkspace } from '../../../electron/services/workspace/workspace';
import { LOCK_NAME } from '../../../electron/services/workspace/lock';
import { tempDir } from '../../helpers/tmp';
import { runTs, WEB_ENTRY } from '../../helpers/processes';


describe('workspace', () => {
  it('creates the database and evidence folder', () => {
    const dir = path.join(tempDir(), 'my workspace (ü)');
    const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'test', create: true });
    expect(fs.existsSync(path.join(dir, 'swanilai.sqlite'))).toBe(true);
    expect(fs.statSync(path.join(dir, 'evidence')).isDirectory()).toBe(true);
    ws.close();
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  });

  it('says clearly when no workspace exists and create is off', () => {
    expect(() => openWorkspace(path.join(tempDir(), 'nope'), { mode: 'read', purpose: 'test' })).toThrowError(/tidak ditemukan.*No workspace/s);
  });

  it('a second exclusive opener gets WORKSPACE_LOCKED; a reader gets a read-only view', () => {
    const dir = tempDir();
    const first = openWorkspace(dir, { mode: 'exclusive', purpose: 'first', create: true });
    first.db.prepare("INSERT INTO settings (key, value) VALUES ('language', '\"en\"')").run();
    // Same process counts as "us", so simulate another live holder by rewriting the lock with our parent's pid.
    fs.writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid: process.ppid, host: os.hostname(), startedAt: 'x', purpose: 'web host' }));
    expect(() => openWorkspace(dir, { mode: 'exclusive', purpose: 'second' })).toThrowError(/sedang dibuka.*already open/s);
    const reader = openWorkspace(dir, { mode: 'read', purpose: 'cli' });
    expect(reader.readonly).toBe(true);
    expect(reader.db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"en"' });
    expect(() => reader.db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run()).toThrow(/readonly/);
    reader.close();
    first.db.close();
  });

  it('takes over a stale lock left by a crashed process', () => {
    const dir = tempDir();
    openWorkspace(dir, { mode: 'exclusive', purpose: 't', create: true }).close();
    fs.writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), startedAt: 'x', purpose: 'crashed' }));
    const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'after crash' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_NAME), 'utf8')).purpose).toBe('after crash');
    ws.close();
  });

  it('a real second process on the same workspace exits with a clear message', () => {
    const dir = tempDir();
    const ws = openWorkspace(dir, { mode: 'exclusive', purpose: 'desktop app', create: true });
    // The lock names our pid; the child is another process, so it must refuse.
    const r = runTs(WEB_ENTRY, ['--port', '0', '--workspace', dir, '--no-open']);
    ws.close();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sedang dibuka oleh Swanilai lain/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('default folder follows SWANILAI_WORKSPACE, else the per-user app-data folder', () => {
    expect(defaultWorkspaceDir({ SWANILAI_WORKSPACE: '/tmp/x' }, 'linux')).toBe('/tmp/x');
    expect(defaultWorkspaceDir({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe('/home/u/.config/Swanilai/workspace');
    expect(defaultWorkspaceDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toContain('Swanilai');
  });
});

describe('web host start-up errors', () => {
  it('a port already in use gives one clear line and leaves the workspace unlocked', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const dir = tempDir();
    const r = runTs(WEB_ENTRY, ['--port', String(port), '--workspace', dir, '--no-open']);
    blocker.close();
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`Port ${port} sudah dipakai`);
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(false);
    const bad = runTs(WEB_ENTRY, ['--port', 'abc', '--workspace', dir, '--no-open']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Port tidak valid');
  });
});
