// Serves the built renderer from app://swanilai/ instead of file://, refusing paths outside its folder.
import fs from 'node:fs';
import { contentTypeOf, resolveStaticFile } from './transports/web/static-files';

export function appFileResponse(rendererDir: string, url: string): Response {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return new Response('bad url', { status: 400 });
  }
  const file = resolveStaticFile(rendererDir, pathname);
  if (!file) return new Response('forbidden', { status: 403 });
  if (!fs.existsSync(file)) return new Response('renderer not built', { status: 500 });
  return new Response(fs.readFileSync(file), { headers: { 'content-type': contentTypeOf(file) } });
}
