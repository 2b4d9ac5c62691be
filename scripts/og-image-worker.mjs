// One of writeOgImages's threads (scripts/og-image.mjs): draws its share of the preview images and writes them.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { renderOgImage } from './og-image.mjs';

const { site, pages, outDir } = workerData;
for (const { image, title, subtitle, avatar } of pages) {
  // `image` is a URL path; the file has the decoded name a static host looks up.
  const file = join(outDir, decodeURIComponent(image));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await renderOgImage({ site, title, subtitle, avatar, name: image }));
}
