// Builds the framework floor (bench/floor) with the wiki's build setup (Vite, @vitejs/plugin-react,
// production, and the wiki's module resolution, so React Router is the same production build) and measures the
// gzip size of all the JavaScript it emits. A character page may load at most this plus 20 KB
// (docs/decisions/0018); the bench prints it, and the end-to-end budget test measures it afresh.
// Usage: node bench/floor/build.mjs
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, loadConfigFromFile } from 'vite';

const floorDir = dirname(fileURLToPath(import.meta.url));
const root = join(floorDir, '..', '..');

/** The budget a character page's JavaScript is held to, above the floor: 20 KB gzip (1 KB is 1,024 bytes). */
export const APP_BUDGET_BYTES = 20 * 1024;

async function jsFilesIn(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => join(e.parentPath, e.name));
}

/** The gzip size, in bytes, of all JS the floor app's production build emits. */
export async function measureFloor() {
  const outDir = await mkdtemp(join(tmpdir(), 'framework-floor-'));
  // The app's aliases (React Router's production files among them), not its plugins or its chunking.
  const app = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root, 'silent');
  try {
    await build({
      root: floorDir,
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      plugins: [react()],
      resolve: { alias: app?.config.resolve?.alias },
      build: { outDir, emptyOutDir: true },
    });
    let total = 0;
    for (const file of await jsFilesIn(outDir)) total += gzipSync(await readFile(file)).length;
    return total;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = await measureFloor();
  console.log(`Framework floor: ${bytes} bytes of JS, gzip (${(bytes / 1024).toFixed(1)} KB).`);
}
