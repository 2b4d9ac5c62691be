export const SITE_NAME = 'Heartstopper Season 2 Wiki';

/**
 * Where the site is deployed, for canonical links, `og:url` and the sitemap. Set `SITE_ORIGIN` when
 * building for a real host; see README.
 */
export const SITE_ORIGIN: string = (import.meta.env.VITE_SITE_ORIGIN as string | undefined) ?? 'https://heartstopper-wiki.example';

export function pageTitle(name?: string): string {
  return name ? `${name} · ${SITE_NAME}` : SITE_NAME;
}

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).href;
}
