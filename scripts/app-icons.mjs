// The web app manifest and its icons, drawn at build time from the site's leaf (src/styles/leaf.svg): a white
// leaf on the leaf green of the header, as the preview images' band. Written by scripts/build.mjs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
// The preview images' palette (src/styles/tokens.css, light theme): the leaf-green band and the paper.
import { BACKGROUND as PAPER, BAND as GREEN, leafSvg } from './og-image.mjs';

/**
 * A square icon. `maskable` icons fill the square and keep the leaf in the middle 60%, inside the circle a
 * launcher may cut them to; the others have rounded corners and a larger leaf.
 */
function iconPng(size, maskable) {
  const leaf = size * (maskable ? 0.5 : 0.64);
  const inset = (size - leaf) / 2;
  const radius = maskable ? 0 : size * 0.2;
  const nested = leafSvg('#ffffff').replace('<svg ', `<svg x="${inset}" y="${inset}" width="${leaf}" height="${leaf}" `);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" rx="${radius}" fill="${GREEN}"/>${nested}</svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

const ICONS = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/icon-maskable-512.png', size: 512, maskable: true },
  // iOS ignores the manifest's icons and rounds this one itself.
  { file: 'icons/apple-touch-icon.png', size: 180, maskable: true },
];

/** Writes the icons and `manifest.webmanifest` into `outDir`; the head tags are in index.html. */
export async function writeAppManifest(siteName, outDir) {
  await mkdir(join(outDir, 'icons'), { recursive: true });
  for (const { file, size, maskable } of ICONS) await writeFile(join(outDir, file), iconPng(size, maskable));
  const manifest = {
    name: siteName,
    short_name: 'HS2 Wiki',
    description: 'Characters, cast, a sourced timeline and search for Heartstopper Season 2, with spoilers only when you ask.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: PAPER,
    theme_color: GREEN,
    icons: ICONS.filter(({ file }) => !file.includes('apple')).map(({ file, size, maskable }) => ({
      src: `/${file}`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: maskable ? 'maskable' : 'any',
    })),
  };
  await writeFile(join(outDir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}
