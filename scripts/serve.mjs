// Serves dist/ the way a plain static host does: files and folder index.html only, no rewrites, and
// 404.html with a 404 status for anything else. Usage: node scripts/serve.mjs [--port 4173]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import httpServer from 'http-server';

// http-server 14 still touches a deprecated Node API on every response; the warning is noise here.
process.noDeprecation = true;

export const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

export function serveDist(port) {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is empty: run `npm run build` first.');
  const server = httpServer.createServer({ root: distDir, showDir: false, autoIndex: false, cache: -1 });
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(`http://localhost:${port}/`));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > -1 ? process.argv[flag + 1] : (process.env.PORT ?? 4173));
  const url = await serveDist(port);
  console.log(`Serving dist/ at ${url}`);
}
