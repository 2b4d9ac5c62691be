// Link-preview images (Open Graph): a 1200×630 PNG per page, drawn at build time by scripts/build.mjs.
// Our own look only: no artwork, logos or photos from the show (we have no licence for any), and only
// spoiler-free text: the page's name, who plays a character, and the wiki's name (docs/decisions/0008).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const OG_WIDTH = 1200;
const OG_HEIGHT = 630;
/** Some chat apps drop a preview image larger than this. */
const OG_MAX_BYTES = 300 * 1024;

// The wiki's palette (src/styles/tokens.css, light theme), so a preview looks like the site it opens.
export const BACKGROUND = '#fcf7f0';
const TEXT = '#2b2430';
const MUTED = '#5f5664';
export const BAND = '#2d7150';
/** Three leaves drifting in from the top right corner, as on the home page: colour, size in px, place, turn. */
const LEAVES = [
  { colour: '#9fd4b0', size: 250, top: -30, right: -30, turn: 15 },
  { colour: '#f4b6cc', size: 140, top: 200, right: 30, turn: -40 },
  { colour: '#b9d3f0', size: 100, top: 30, right: 230, turn: 70 },
];

// Fonts from npm, so the build needs no network: Fraunces for the names, as the site's headings, and Inter
// for the rest. Satori reads .woff and .ttf, not .woff2. The Latin subsets cover every name in the dataset,
// é and ’ included.
const require = createRequire(import.meta.url);
const fontFile = (family, weight) => readFileSync(require.resolve(`@fontsource/${family}/files/${family}-latin-${weight}-normal.woff`));
// One array for every image: satori caches the parsed fonts by this array's identity.
const FONTS = [
  { name: 'Fraunces', data: fontFile('fraunces', 600), weight: 600, style: 'normal' },
  { name: 'Inter', data: fontFile('inter', 400), weight: 400, style: 'normal' },
];

// The site's leaf (src/styles/leaf.svg) in one colour: the blade takes the fill, the stem (the last stroke)
// the same colour; the vein stays cut out by the leaf's own mask.
const LEAF_SVG = readFileSync(new URL('../src/styles/leaf.svg', import.meta.url), 'utf8');
const STEM = LEAF_SVG.lastIndexOf('stroke="#000"');
/** The leaf as an SVG document in `colour`; the app icons (scripts/app-icons.mjs) draw it too. */
export const leafSvg = (colour) =>
  `${LEAF_SVG.slice(0, STEM)}stroke="${colour}"${LEAF_SVG.slice(STEM + 'stroke="#000"'.length)}`.replace('<svg ', `<svg fill="${colour}" `);
const leafImage = (colour, size, style) => ({
  type: 'img',
  props: { src: `data:image/svg+xml;base64,${Buffer.from(leafSvg(colour)).toString('base64')}`, width: size, height: size, style },
});

/** Satori takes React-like elements; plain objects need no JSX step in a build script. */
const h = (type, style, ...children) => ({ type, props: { style, children } });

/** A circle in the character's colour with white initials, as on their page (src/lib/avatar.ts). */
const avatarCircle = ({ initials, colour }) =>
  h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      flexShrink: 0,
      width: 280,
      height: 280,
      marginRight: 64,
      borderRadius: 140,
      background: colour,
      color: '#ffffff',
      fontFamily: 'Fraunces',
      fontSize: 120,
      fontWeight: 600,
    },
    initials,
  );

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type, data) {
  const chunk = Buffer.alloc(data.length + 12);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, data.length + 8)), data.length + 8);
  return chunk;
}

/**
 * resvg's own PNG encoder was half of each image's time (about 10 ms of 20); zlib at its fastest level takes
 * about 4.5 ms, for files a little larger (30 to 60 KB, far under the limit). The image is opaque, so
 * resvg's premultiplied RGBA is plain RGBA; each row gets filter 0 (none).
 */
function encodePng({ width, height, pixels }) {
  const row = width * 4;
  const raw = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (row + 1) + 1, y * row, (y + 1) * row);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const data = deflateSync(raw, { level: 1 });
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', data), pngChunk('IEND', Buffer.alloc(0))]);
}

/** One preview image as a PNG (types in og-image.d.mts); `name` says which image it is in an error. */
export async function renderOgImage({ site, title, subtitle, avatar, name }) {
  const svg = await satori(
    h(
      'div',
      { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: BACKGROUND, fontFamily: 'Inter' },
      ...LEAVES.map(({ colour, size, top, right, turn }) => leafImage(colour, size, { position: 'absolute', top, right, transform: `rotate(${turn}deg)` })),
      h(
        'div',
        { display: 'flex', flexGrow: 1, alignItems: 'center', padding: '0 80px' },
        avatar ? avatarCircle(avatar) : null,
        h(
          'div',
          { display: 'flex', flexDirection: 'column', flexShrink: 1, paddingRight: avatar ? 120 : 200 },
          // Long names wrap onto a second line rather than shrink; none in the dataset needs a third.
          h('div', { fontFamily: 'Fraunces', fontSize: 88, fontWeight: 600, lineHeight: 1.1, color: TEXT }, title),
          h('div', { marginTop: 24, fontSize: 44, lineHeight: 1.25, color: MUTED }, subtitle),
        ),
      ),
      h(
        'div',
        { display: 'flex', alignItems: 'center', height: 110, padding: '0 80px', background: BAND, color: '#ffffff', fontFamily: 'Fraunces', fontSize: 40, fontWeight: 600 },
        leafImage('#ffffff', 48, { marginRight: 20 }),
        site,
      ),
    ),
    { width: OG_WIDTH, height: OG_HEIGHT, fonts: FONTS },
  );
  // Satori draws text as paths, so resvg needs no fonts of its own; skipping the system scan saves time.
  const png = encodePng(new Resvg(svg, { font: { loadSystemFonts: false } }).render());
  if (png.length >= OG_MAX_BYTES) {
    throw new Error(`Preview image ${name} is ${Math.round(png.length / 1024)} KB; chat apps may drop one of ${OG_MAX_BYTES / 1024} KB or more.`);
  }
  return png;
}

/**
 * Draws every page's image into `outDir` (each at its `image` path, from scripts/og-pages.ts) and resolves
 * to how many it wrote. Satori and resvg are synchronous CPU work, so worker threads, one a core (at most
 * four), not promises, are what draws them side by side; each takes an even share.
 */
export async function writeOgImages(site, pages, outDir) {
  const threads = Math.min(availableParallelism(), 4, Math.ceil(pages.length / 16));
  const shares = Array.from({ length: threads }, (_, t) => pages.filter((_, i) => i % threads === t));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL('./og-image-worker.mjs', import.meta.url), { workerData: { site, pages: share, outDir } });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`A preview-image thread stopped with code ${code}.`))));
        }),
    ),
  );
  return pages.length;
}
