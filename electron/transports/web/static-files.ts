// Maps a URL path to a file of the built renderer (never outside its folder); shared by app:// and the web host.
import fs from 'node:fs';
import path from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * Returns the file for a URL path: the file itself when it exists inside rootDir, index.html for other
 * in-app paths (client-side routes), or null for paths that would escape rootDir or cannot be decoded.
 */
export function resolveStaticFile(rootDir: string, urlPath: string): string | null {
  const root = path.resolve(rootDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = path.resolve(root, '.' + (pathname === '/' ? '/index.html' : pathname));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
}
