// Bundles the Electron main process and preload into CommonJS files in dist-electron/ (native modules stay external).
import { build } from 'esbuild';

const common = {
  bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: false, logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
  // import.meta.url has no meaning in CommonJS; give it the bundle's own file URL.
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
};
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'], banner: undefined, define: undefined });
console.log('Electron main and preload built into dist-electron/');
