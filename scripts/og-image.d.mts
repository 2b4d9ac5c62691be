/** Types for scripts/og-image.mjs, which the build imports as plain Node. */
export type OgImagePage = {
  /** Where the image is served, from `paths.ogImage`. */
  image: string;
  title: string;
  subtitle: string;
  avatar?: { initials: string; colour: string };
};

/** One 1200×630 PNG; throws, naming the image by `name`, if it is 300 KB or more (chat apps drop those). */
export declare function renderOgImage(page: Omit<OgImagePage, 'image'> & { site: string; name: string }): Promise<Buffer>;

/** Draws every page's image into `outDir` at its `image` path, on worker threads; resolves to the count. */
export declare function writeOgImages(site: string, pages: readonly OgImagePage[], outDir: string): Promise<number>;
export declare const BACKGROUND: string;
export declare const BAND: string;
