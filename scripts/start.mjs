// `npm start`: builds when dist/ is missing or incomplete, then serves it and prints the URL.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, serveDist } from './serve.mjs';

if (!existsSync(join(distDir, '404.html')) || !existsSync(join(distDir, 'sitemap.xml'))) {
  console.log('No complete build in dist/: building first.');
  execSync('npm run build', { stdio: 'inherit' });
}
const url = await serveDist(Number(process.env.PORT ?? 4173));
console.log(`\n  Heartstopper Season 2 Wiki is running at ${url}\n  Press Ctrl+C to stop.\n`);
