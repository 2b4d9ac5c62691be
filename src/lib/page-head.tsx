import { createContext, useContext } from 'react';
import { absoluteUrl, pageTitle, SITE_NAME } from './site.ts';

export type PageHeadProps = {
  /** The page's own name; the site name is appended. */
  title?: string;
  /** One or two spoiler-free sentences for search results and link previews. */
  description: string;
  /** The canonical path, from `paths`. Leave out for pages that must not be indexed, like the 404 page. */
  path?: string;
  type?: 'website' | 'profile' | 'article' | 'video.episode';
  /** The page's link-preview picture, a 1200×630 PNG the build draws (`paths.ogImage`), and what it shows. */
  image?: { path: string; alt: string };
  /**
   * Documents the page fetches as soon as its code runs, by name (`documents.search`): the prerender has the
   * browser fetch them with the page, and says where their gated parts are, so a returning viewer's level part
   * comes with them (src/app/entry-server.tsx). The browser ignores it.
   */
  preload?: readonly string[];
};

/**
 * Where the prerender takes each page's head (src/app/entry-server.tsx): it writes the head itself, so the
 * tags go in `<head>` where link-preview crawlers, which run no JavaScript, read them.
 */
export const PageHeadCollector = createContext<((head: PageHeadProps) => void) | null>(null);

/**
 * The page's `<title>` and meta tags. In the browser React 19 hoists them into `<head>` and keeps them up to
 * date as pages change; the prerender collects them instead (`PageHeadCollector`).
 */
export function PageHead(props: PageHeadProps) {
  const collect = useContext(PageHeadCollector);
  if (!collect) return <PageHeadTags {...props} />;
  collect(props);
  return null;
}

/** The tags: on the server, with the link-preview tags that the browser bundle doesn't carry. */
export function PageHeadTags({ title, description, path, type = 'website', image }: PageHeadProps) {
  const fullTitle = pageTitle(title);
  const url = path === undefined ? undefined : absoluteUrl(path);
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {url ? <link rel="canonical" href={url} /> : <meta name="robots" content="noindex" />}
      {/*
       * Link previews are read from the prerendered HTML by crawlers that run no JavaScript, so these tags are
       * rendered on the server only: the browser bundle doesn't carry them (every page's budget counts).
       */}
      {import.meta.env.SSR ? (
        <>
          <meta property="og:site_name" content={SITE_NAME} />
          <meta property="og:title" content={fullTitle} />
          <meta property="og:description" content={description} />
          <meta property="og:type" content={type} />
          {url ? <meta property="og:url" content={url} /> : null}
          {image ? (
            <>
              <meta property="og:image" content={absoluteUrl(image.path)} />
              <meta property="og:image:width" content="1200" />
              <meta property="og:image:height" content="630" />
              <meta property="og:image:alt" content={image.alt} />
            </>
          ) : null}
          {/* A picture gets the large card; a page without one keeps the small text card. */}
          <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
        </>
      ) : null}
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
