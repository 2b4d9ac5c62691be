// `npm run screenshots`: the README's pictures, taken from the production build in real Chromium, so they stay
// true. Builds first if dist/ has no build, serves it like a static host, and writes docs/screenshots/*.png:
// the home page, a character page and the timeline, at a phone and a desktop width, in light and dark.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { STORAGE_KEYS } from '../src/lib/storage-keys.mjs';
import { distDir, startStaticServer } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'screenshots');

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'character', path: '/characters/nick-nelson/' },
  { name: 'timeline', path: '/timeline/' },
];
const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];
const SCHEMES = ['light', 'dark'];

if (!existsSync(join(distDir, 'index.html'))) execFileSync('node', [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
await mkdir(outDir, { recursive: true });

const { url, close } = await startStaticServer(0);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const { name: width, ...device } of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      // A viewer who answered the first-visit question ("nothing yet"), so the pages show as they read.
      const context = await browser.newContext({ ...device, colorScheme, reducedMotion: 'reduce' });
      await context.addInitScript(
        (key) => localStorage.setItem(key, JSON.stringify({ showAll: false, watched: 'none', promptDismissed: true })),
        STORAGE_KEYS.spoilers,
      );
      const page = await context.newPage();
      for (const { name, path } of PAGES) {
        await page.goto(new URL(path, url).href);
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        const file = join(outDir, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(`Wrote ${file.slice(root.length + 1)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await close();
}
