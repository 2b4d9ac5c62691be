// Serves dist/ the way a plain static host does: files and folder index.html only, no rewrites, and
// 404.html with a 404 status for anything else. Usage: node scripts/serve.mjs [--port 4173] [--root dist]
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import httpServer from 'http-server';

// http-server 14 still touches a deprecated Node API on every response; the warning is noise here.
process.noDeprecation = true;

export const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Serves dist/ (or `root`) on 127.0.0.1 and resolves with its URL. */
export async function serveDist(port, root = distDir) {
  return (await startStaticServer(port, root)).url;
}

/**
 * The same, returning the server too, so a caller that serves for a while (the bench) can close it. Port 0
 * picks a free port.
 */
export function startStaticServer(port, root = distDir) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root === distDir ? 'dist/' : root} is empty: run \`npm run build\` first.`);
  }
  const server = httpServer.createServer({
    root,
    showDir: false,
    autoIndex: false,
    cache: -1,
    // A static file never depends on its query string, and http-server answers 400 to one it can't decode
    // (`/search/?q=%`). Static hosts serve the page; so does this. A path that can't be decoded
    // (`/characters/%E0%A4%A`) names no file: it gets 404.html, as from a static host, not http-server's 400.
    before: [
      (req, res) => {
        req.url = req.url.split('?')[0];
        try {
          decodeURIComponent(req.url);
        } catch {
          req.url = '/this-path-cannot-be-decoded';
        }
        res.emit('next');
      },
    ],
  });
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.server.address();
      // A browser's keep-alive connections would hold close() open until they time out.
      const close = () => new Promise((done) => {
        server.server.close(() => done());
        server.server.closeAllConnections();
      });
      resolve({ url: `http://localhost:${actual}/`, port: actual, server: server.server, close });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > -1 ? process.argv[flag + 1] : (process.env.PORT ?? 4173));
  const rootFlag = process.argv.indexOf('--root');
  const root = rootFlag > -1 ? resolve(process.argv[rootFlag + 1]) : distDir;
  try {
    console.log(`Serving ${root} at ${await serveDist(port, root)}`);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    // The usual cause is another server still running; a stack trace would only hide that.
    console.error(`Port ${port} is in use: stop what is using it, or pass another with --port.`);
    process.exitCode = 1;
  }
}
