import { expect, test, type APIRequestContext } from '@playwright/test';
import { paths } from '../../src/lib/paths.ts';
import { escapeHtml, spoilerStrings, visibleAt } from './spoiler-strings.ts';

/**
 * What a link-preview crawler sees: it runs no JavaScript, so everything must be in the served HTML, and the
 * image must be a real 1200×630 PNG small enough for chat apps to keep.
 */

/** The `content` of a head `<meta>`, by its `property` or `name`, with React's escapes undone. */
function meta(html: string, key: string): string | undefined {
  const content = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
  return content?.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** Fetches the page's `og:image` from the server under test (the URL's origin is the deployed site's). */
async function previewImage(request: APIRequestContext, html: string, page: string) {
  const url = meta(html, 'og:image');
  expect(url, `${page} og:image`).toBeDefined();
  const { protocol, pathname } = new URL(url!);
  expect(protocol, 'og:image is an absolute URL').toBe('https:');
  expect(pathname).toBe(paths.ogImage(page));
  const response = await request.get(pathname);
  expect(response.status(), pathname).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/png\b/);
  const png = await response.body();
  expect([...png.subarray(0, 8)], `${pathname} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The IHDR chunk comes first; its data starts with the width and the height, big-endian.
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${pathname} size`).toEqual([1200, 630]);
  expect(png.length, `${pathname} bytes`).toBeLessThan(300 * 1024);
  expect(meta(html, 'og:image:width')).toBe('1200');
  expect(meta(html, 'og:image:height')).toBe('630');
  expect(meta(html, 'twitter:card')).toBe('summary_large_image');
}

const nothingWatched = { showAll: false, watched: 'none' };

for (const { id, name, actor } of [
  { id: 'nick-nelson', name: 'Nick Nelson', actor: 'Kit Connor' },
  { id: 'charlie-spring', name: 'Charlie Spring', actor: 'Joe Locke' },
  { id: 'isaac-henderson', name: 'Isaac Henderson', actor: 'Tobie Donovan' },
]) {
  test(`a pasted link to ${name} previews as a picture, with the name and the actor and no spoiler`, async ({ request }) => {
    const page = paths.character(id);
    const response = await request.get(page);
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(`${name} · Heartstopper Season 2 Wiki`);
    expect(meta(html, 'og:title')).toContain(name);
    // The description is the overview's first sentence, which names who plays them.
    for (const key of ['description', 'og:description']) {
      expect(meta(html, key), key).toMatch(new RegExp(`^${name}\\b[^.]*\\b${actor}\\b.*\\.$`));
    }
    expect(meta(html, 'og:image:alt')).toBe(`${name}, played by ${actor}, on the Heartstopper Season 2 Wiki`);
    await previewImage(request, html, page);

    for (const spoiler of spoilerStrings().filter((s) => s.pages.includes(page) && !visibleAt(s, nothingWatched))) {
      expect(html, `spoiler on ${page}: ${spoiler.text}`).not.toContain(escapeHtml(spoiler.text));
    }
  });
}

for (const { id, name, credit } of [
  { id: 'kit-connor', name: 'Kit Connor', credit: 'Plays Nick Nelson' },
  { id: 'alice-oseman', name: 'Alice Oseman', credit: 'Creator, writer and executive producer' },
]) {
  test(`a pasted link to ${name}’s cast page previews as a picture with their credit, and no spoiler`, async ({ request }) => {
    const page = paths.cast(id);
    const html = await (await request.get(page)).text();
    expect(meta(html, 'og:image:alt')).toBe(`${name}: ${credit}, on the Heartstopper Season 2 Wiki`);
    await previewImage(request, html, page);
    for (const spoiler of spoilerStrings().filter((s) => s.pages.includes(page) && !visibleAt(s, nothingWatched))) {
      expect(html, `spoiler on ${page}: ${spoiler.text}`).not.toContain(escapeHtml(spoiler.text));
    }
  });
}

test('Isaac’s page never mentions the storyline Season 2 reveals, anywhere in its HTML', async ({ request }) => {
  const html = await (await request.get(paths.character('isaac-henderson'))).text();
  expect(html).not.toMatch(/asexual|aromantic/i);
});

test('the home page and the timeline preview as pictures too; a page without one keeps the small card', async ({ request }) => {
  for (const page of [paths.home(), paths.timeline()]) {
    const html = await (await request.get(page)).text();
    expect(meta(html, 'og:image:alt'), page).toMatch(/Heartstopper Season 2 Wiki$/);
    await previewImage(request, html, page);
  }
  const about = await (await request.get(paths.about())).text();
  expect(meta(about, 'og:image')).toBeUndefined();
  expect(meta(about, 'twitter:card')).toBe('summary');
});
