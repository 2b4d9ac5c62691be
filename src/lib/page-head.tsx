import { absoluteUrl, pageTitle, SITE_NAME } from './site.ts';

type PageHeadProps = {
  /** The page's own name; the site name is appended. */
  title?: string;
  /** One or two spoiler-free sentences for search results and link previews. */
  description: string;
  /** The canonical path, from `paths`. Leave out for pages that must not be indexed, like the 404 page. */
  path?: string;
  type?: 'website' | 'profile' | 'article';
};

/**
 * The page's `<title>` and meta tags. React 19 hoists them into `<head>`; the prerender moves them there
 * in the static HTML so link-preview crawlers, which run no JavaScript, see them.
 */
export function PageHead({ title, description, path, type = 'website' }: PageHeadProps) {
  const fullTitle = pageTitle(title);
  const url = path === undefined ? undefined : absoluteUrl(path);
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {url ? <link rel="canonical" href={url} /> : <meta name="robots" content="noindex" />}
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:title" content={fullTitle} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content={type} />
      {url ? <meta property="og:url" content={url} /> : null}
      <meta name="twitter:card" content="summary" />
    </>
  );
}

/** Matches every tag `PageHead` renders, so a client render can clear the prerendered copies first. */
export const PAGE_HEAD_SELECTOR = [
  'title',
  'meta[name="description"]',
  'meta[name="robots"]',
  'link[rel="canonical"]',
  'meta[property^="og:"]',
  'meta[name^="twitter:"]',
]
  .map((s) => `head > ${s}`)
  .join(', ');
