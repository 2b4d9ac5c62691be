import type { APIRequestContext } from '@playwright/test';

/** Every page in the served `sitemap.xml`, as a path on the server under test. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Kinds of page with many of their kind, built from one template: a character, a person, an episode, a page of a
 * year of the timeline (there are none while `/timeline/` holds every event) or of a year's sources.
 */
export const MANY = /^\/((characters|cast|episodes)\/[^/]+|(timeline|sources)\/\d{4}(\/\d+)?)\/$/;

/**
 * The share of `paths` a whole-site sweep visits in one project, so the phone and desktop projects split the
 * cost of the pages that share a template. Every one-of-a-kind page (home, the indexes, the timeline, sources,
 * about, search, not found) is in both, as its layout differs at each width (the folded header and filters on
 * a phone); the character, cast, episode and sources-by-year pages alternate, so both widths see every kind of page and every page is
 * seen once, for about the cost of one width of the whole sitemap.
 */
export function projectShare(paths: string[], isMobile: boolean): string[] {
  const many = paths.filter((p) => MANY.test(p));
  return [...paths.filter((p) => !MANY.test(p)), ...many.filter((_, i) => i % 2 === (isMobile ? 0 : 1))];
}

/** Whether `path` is the first page of its kind in `paths`: every one-of-a-kind page is, and one page of each template. */
export function firstOfKind(path: string, paths: string[]): boolean {
  const kind = (p: string) => (MANY.test(p) ? p.split('/')[1] : p);
  return paths.find((p) => kind(p) === kind(path)) === path;
}
