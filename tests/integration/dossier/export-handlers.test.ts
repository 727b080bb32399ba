// The export through the handler table and the CLI: key, pre-export check, generated target names, progress and findings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../../../shared/dossier/manifest';
import { slug } from '../../../electron/services/dossier/export-target';
import { cli } from '../../helpers/processes';
import { tempDir } from '../../helpers/tmp';
import { readZip, sampleWorkspace } from './export-helpers';

describe('dossier export handlers', () => {
  it('workspace.key returns the same fingerprint every time', async () => {
    const { t } = await sampleWorkspace();
    const a = await t.value('workspace.key');
    expect(a.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    expect(await t.value('workspace.key')).toEqual(a);
  });

  it('dossier.precheck lists findings; dossier.export writes into exports/ under a generated name', async () => {
    const { t, roundId } = await sampleWorkspace();
    const findings = await t.value<{ kind: string }[]>('dossier.precheck', { roundId });
    expect(Array.isArray(findings)).toBe(true);
    const first = await t.value('dossier.export', { roundId });
    expect(path.dirname(first.path)).toBe(path.join(t.dir, 'exports'));
    expect(path.basename(first.path)).toMatch(/^berkas-akreditasi-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.swanilai$/);
    expect(first.findings).toEqual(findings);
    expect(fs.statSync(first.path).size).toBe(first.size);
    const second = await t.value('dossier.export', { roundId });
    expect(second.path).toBe(first.path.replace(/\.swanilai$/, '-2.swanilai'));
    const [m1, m2] = await Promise.all([first.path, second.path].map(async (p) => Manifest.parse(JSON.parse((await readZip(p)).get('manifest.json')!.bytes.toString('utf8')))));
    // Two exports of one round: different dossier ids, one round uid.
    expect(m1.dossierId).not.toBe(m2.dossierId);
    expect(m1.round.uid).toBe(m2.round.uid);
  });

  it('refuses a relative target or one without the .swanilai extension, and an unknown round', async () => {
    const { t, roundId } = await sampleWorkspace();
    for (const out of ['berkas.swanilai', path.join(tempDir(), 'berkas.zip')]) {
      const r = await t.call('dossier.export', { roundId, out });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    }
    const r = await t.call('dossier.export', { roundId: 999 });
    expect(r.ok || r.error.code).toBe('NOT_FOUND');
  });

  it('slugs LKS names to ASCII', () => {
    expect(slug('Yayasan Kasih Ibu (Sleman)')).toBe('yayasan-kasih-ibu-sleman');
    expect(slug('Panti Wreda “Sejahtera” Éé')).toBe('panti-wreda-sejahtera-ee');
    expect(slug(undefined)).toBe('lks');
    expect(slug('!!!')).toBe('lks');
  });
});

describe('cli dossier export', () => {
  it('exports the newest round of the sample with progress and findings, exit 0', () => {
    const dir = path.join(tempDir(), 'ws');
    expect(cli('workspace', 'init', dir, '--sample').status).toBe(0);
    const out = path.join(tempDir(), 'sample.swanilai');
    const r = cli('dossier', 'export', '--workspace', dir, '--out', out);
    expect(r.stderr).toMatch(/writing 100%/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(out);
    expect(r.stdout).toMatch(/findings|no findings/);
    expect(fs.existsSync(out)).toBe(true);
    const missing = cli('dossier', 'export', '--workspace', dir, '--out', out, '--round', '999');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/NOT_FOUND/);
  });
});
