// Bundles the Electron main process, the back-end process and preload into CommonJS files in dist-electron/ (native modules stay external).
import { build } from 'esbuild';

const common = {
  bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: false, logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
  // import.meta.url has no meaning in CommonJS; give it the bundle's own file URL.
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
};
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
// The back end runs in its own utilityProcess (electron/backend-host.ts), bundled as a file of its own.
await build({ ...common, entryPoints: ['electron/backend-process.ts'], outfile: 'dist-electron/backend.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'], banner: undefined, define: undefined });
console.log('Electron main, back end and preload built into dist-electron/');
