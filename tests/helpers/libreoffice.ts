// Renders DOCX files through LibreOffice to PDF and reads them back with pdftotext, for the document tests.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

export const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** Converts every DOCX in `dir` in one LibreOffice call; returns the text of each PDF, page by page. */
export function render(dir: string, names: string[]): Record<string, string[]> {
  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file:///tmp/lo-${process.pid}`, '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path.join(dir, n))], { stdio: 'ignore', timeout: 180_000 });
  return Object.fromEntries(names.map((n) => {
    const pdf = path.join(dir, n.replace(/\.docx$/, '.pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    return [n, text.split('\f').filter((p) => p.trim()).map((p) => p.replace(/\s+/g, ' '))];
  }));
}
