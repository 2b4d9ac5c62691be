/** The wiki's name, in the two parts the header sets on two lines. */
export const SITE_NAME_PARTS = ['Heartstopper', 'Season 2 Wiki'] as const;
export const SITE_NAME = SITE_NAME_PARTS.join(' ');

/**
 * Where the site is deployed, for canonical links, `og:url`, `og:image` and the sitemap. Set `VITE_SITE_ORIGIN`
 * when building for a real host; see docs/deploy.md.
 */
export const SITE_ORIGIN: string = (import.meta.env.VITE_SITE_ORIGIN as string | undefined) ?? 'https://heartstopper-wiki.example';

export function pageTitle(name?: string): string {
  return name ? `${name} · ${SITE_NAME}` : SITE_NAME;
}

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_ORIGIN).href;
}
