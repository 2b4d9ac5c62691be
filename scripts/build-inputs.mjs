// Whether dist/ is older than what it is built from, so `npm start` never serves a stale site.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a build reads, relative to the project: the whole of scripts/, as the build's own helpers come and go
 * there, and the .env files Vite loads for a production build.
 */
export const BUILD_INPUTS = [
  'data',
  'src',
  'public',
  'scripts',
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
];

/**
 * The inputs under `root` modified after `time` (ms since the epoch), newest first, as paths relative to
 * `root`. A folder's time changes when a file in it is deleted or renamed, so a newer folder is listed
 * (`data/`) when nothing newer in it explains that.
 */
export function changedSince(root, inputs, time) {
  const changed = [];
  // Whether anything at `path` or under it is newer than `time`.
  const visit = (path) => {
    // Tests live beside the code but are never built: editing one leaves dist/ as it was.
    if (/\.test\.tsx?$/.test(path)) return false;
    const stats = statSync(join(root, path), { throwIfNoEntry: false });
    if (!stats) return false;
    const newer = stats.mtimeMs > time;
    if (stats.isDirectory()) {
      const inside = readdirSync(join(root, path)).map((name) => visit(`${path}/${name}`)).includes(true);
      if (newer && !inside) changed.push({ path: `${path}/`, time: stats.mtimeMs });
      return newer || inside;
    }
    if (newer) changed.push({ path, time: stats.mtimeMs });
    return newer;
  };
  inputs.forEach(visit);
  return changed.sort((a, b) => b.time - a.time).map((c) => c.path);
}

/**
 * Why `dist` must be built before it is served, in one line, or undefined when it is up to date. A build
 * writes sitemap.xml after every page, so its time is when the last complete build finished.
 */
export function rebuildReason(root, dist, inputs = BUILD_INPUTS) {
  const sitemap = join(dist, 'sitemap.xml');
  if (!existsSync(join(dist, '404.html')) || !existsSync(sitemap)) return 'No complete build in dist/: building first.';
  const [newest, ...others] = changedSince(root, inputs, statSync(sitemap).mtimeMs);
  if (!newest) return undefined;
  const more = others.length ? ` and ${others.length} more` : '';
  return `${newest}${more} changed since the last build: rebuilding.`;
}
