// `npm start`: builds when dist/ is missing, incomplete or older than what it is built from, then serves it
// and prints the URL.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { rebuildReason } from './build-inputs.mjs';
import { distDir, serveDist } from './serve.mjs';

const reason = rebuildReason(join(distDir, '..'), distDir);
if (reason) {
  console.log(reason);
  try {
    execSync('npm run build', { stdio: 'inherit' });
  } catch {
    // The build has already said what went wrong; its stack trace from here would only bury that.
    process.exit(1);
  }
}

// The usual port, or the next free one after it. A port asked for with PORT is never swapped for another.
const DEFAULT_PORT = 4173;
const asked = process.env.PORT;
let port = Number(asked ?? DEFAULT_PORT);
let url;
while (!url) {
  try {
    url = await serveDist(port);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    if (asked) {
      console.error(`Port ${port} is in use: choose another, e.g. PORT=5000 npm start`);
      process.exit(1);
    }
    port += 1;
  }
}
if (!asked && port !== DEFAULT_PORT) console.log(`Port ${DEFAULT_PORT} is in use; serving on ${port} instead.`);
console.log(`\n  Heartstopper Season 2 Wiki is running at ${url}\n  Press Ctrl+C to stop.\n`);
