/**
 * The one door to content. Pages ask for documents by name (`characters/nick-nelson`) and for the gated
 * parts of a document (`upto-s2e5`, or one list such as `list-details`); only this module knows where they come from:
 *
 * - in the browser, static JSON files the build wrote under `/data/<version>/`, fetched on demand;
 * - on the first render of a page, the public documents the prerender embedded in its HTML as
 *   `<script type="application/json">`, so hydration needs no request;
 * - at build time and in tests, documents held in memory (`readDocumentsFrom`).
 *
 * No dataset text is bundled into the JavaScript. The version in the URL changes with every change of
 * content, so a page from an older deploy never mixes its documents with a newer one's.
 */

/** The documents, by name. A name is a path under `/data/<version>/` without `.json`. */
export const documents = {
  episodes: 'episodes',
  home: 'home',
  characters: 'characters',
  character: (slug: string) => `characters/${slug}`,
  /** `/characters/`: everyone while they fit on one page, else the letters of its A–Z pages. */
  characterIndex: 'characters-index',
  /** One letter's page of the characters index. */
  characterLetter: (letter: string) => `characters/by-name/${letter}`,
  /** The characters a filter of the index shows (`family`, `family-new`, `new`), when the index is cut into letters. */
  characterFilter: (filter: string) => `characters/filtered/${filter}`,
  castList: 'cast',
  cast: (person: string) => `cast/${person}`,
  /** One letter's page of the cast and crew, when they are too many for one. */
  castLetter: (letter: string) => `cast/by-name/${letter}`,
  music: 'music',
  episode: (id: string) => `episodes/${id}`,
  /** The whole timeline's index: what filters, orders and counts (src/features/timeline/timeline.ts). */
  timeline: 'timeline',
  /** The public timeline's counts, which every timeline page draws first. */
  timelineOverview: 'timeline/overview',
  /** One timeline page's events: `latest` (the newest stretch, `/timeline/`) or a year (`2022`). */
  timelinePage: (page: string) => `timeline/${page}`,
  sources: 'sources',
  /** One page of a year's sources (`part` 1 is the year's first). */
  sourcePage: (year: string, part: number) => (part > 1 ? `sources/${year}/${part}` : `sources/${year}`),
  /** Which page lists each source. */
  sourceLookup: 'sources/where',
  reception: 'reception',
  search: 'search',
  /** The search index's shards (src/features/search/search-index.ts): postings by words, records by documents. */
  searchTerms: (shard: number) => `search/terms-${shard}`,
  searchRecords: (shard: number) => `search/records-${shard}`,
} as const;

/** The file name of a document or of one of its gated parts, relative to `/data/<version>/`. */
export function documentFile(name: string, part?: string): string {
  return part === undefined ? `${name}.json` : `${name}.${part}.json`;
}

/** Where a data file is served: `/data/<version>/<file>`, the version being the content's (see `prepareSite`). */
export function dataUrl(version: string, file: string): string {
  return `/data/${version}/${file}`;
}

/** Why content could not be had: no connection (try again), or a newer deploy replaced it (reload). */
export class DataUnavailableError extends Error {
  readonly reason: 'offline' | 'outdated';

  constructor(reason: 'offline' | 'outdated', detail: string) {
    super(`${reason === 'offline' ? 'Could not load' : 'No longer available'}: ${detail}`);
    this.name = 'DataUnavailableError';
    this.reason = reason;
  }
}

export const isDataUnavailable = (error: unknown): error is DataUnavailableError =>
  error instanceof DataUnavailableError;

type Reader = (file: string) => unknown;
let memory: Reader | undefined;

/** Build time and tests: serve documents from memory instead of fetching them. */
export function readDocumentsFrom(reader: Reader | undefined): void {
  memory = reader;
}

/** The element id of the JSON the prerender embeds in every page. */
const EMBEDDED_DATA_ID = 'wiki-data';

/**
 * What a prerendered page carries: the content version, the path it was rendered for (404.html has none: it is
 * served for any path), and the public documents its first render read.
 */
export type EmbeddedData = { version: string; path?: string; documents: Record<string, unknown> };

let embedded: EmbeddedData | null | undefined;

/** The data embedded in this page, read once. `null` outside the browser or on a page without it. */
function readEmbeddedData(): EmbeddedData | null {
  if (embedded !== undefined) return embedded;
  const script = typeof document === 'undefined' ? null : document.getElementById(EMBEDDED_DATA_ID);
  try {
    embedded = script?.textContent ? (JSON.parse(script.textContent) as EmbeddedData) : null;
  } catch {
    embedded = null;
  }
  return embedded;
}

/**
 * The `<script type="application/json">` element a prerendered page carries: data, never executed, so a CSP
 * without inline script allows it. `<` is escaped so no string in it can close the element.
 */
export function embeddedDataElement(data: EmbeddedData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${EMBEDDED_DATA_ID}">${json}</script>`;
}

/** The `<meta name>` that tells the pre-paint script (src/app/boot.ts) where a page's gated parts are. */
const GATED_PARTS_META = 'wiki-gated-parts';

/** Where the part's name goes in a hint's address. */
const PART = '{part}';

/**
 * For the head of a prerendered page whose document has spoilers: where its gated parts are, with `{part}` for
 * the part's name, so a returning viewer's part can be fetched before the app has loaded. It says only what
 * the page says anyway: that some section has something hidden.
 */
export function gatedPartsHint(version: string, name: string): string {
  return `<meta name="${GATED_PARTS_META}" content="${dataUrl(version, documentFile(name, PART))}"/>`;
}

/**
 * For the head of a prerendered page that fetches a public document as soon as its code runs, rather than
 * embedding it (the search index's head): the browser fetches it with the page, while the code downloads. As
 * the app's own fetch asks (same-origin, CORS mode), so the app's request is answered from it.
 */
export function documentPreload(version: string, name: string): string {
  return `<link rel="preload" as="fetch" crossorigin href="${dataUrl(version, documentFile(name))}"/>`;
}

/** The pre-paint script: the addresses of this page's gated part `part`, from the page's hints. */
export function hintedGatedParts(page: Document, part: string): string[] {
  return [...page.querySelectorAll<HTMLMetaElement>(`meta[name="${GATED_PARTS_META}"]`)].map((meta) => meta.content.replace(PART, part));
}

/**
 * The public documents this page carries, each with the address it is served at: the page read before the
 * service worker took control fetched none of them, and the worker keeps them from here (src/features/offline).
 */
export function embeddedDocuments(): { url: string; document: unknown }[] {
  const data = readEmbeddedData();
  if (!data) return [];
  return Object.entries(data.documents).map(([file, document]) => ({ url: dataUrl(data.version, file), document }));
}

/** The path this page was prerendered for, if it was: only then does the app hydrate it rather than draw it. */
export const prerenderedPath = (): string | undefined => readEmbeddedData()?.path;

/** The dev server serves the documents under `dev`; see vite.config.ts. */
const version = () => readEmbeddedData()?.version ?? 'dev';

async function fetchFile(file: string): Promise<Response> {
  try {
    return await fetch(dataUrl(version(), file));
  } catch {
    throw new DataUnavailableError('offline', file);
  }
}

async function readFile(file: string): Promise<unknown> {
  if (memory) return memory(file) ?? null;
  const inPage = readEmbeddedData()?.documents[file];
  if (inPage !== undefined) return inPage;
  const response = await fetchFile(file);
  if (response.status === 404) {
    // Unread, the not-found page's body would hold the connection open.
    void response.body?.cancel();
    return null;
  }
  if (!response.ok) throw new DataUnavailableError('offline', `${file} (${response.status})`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DataUnavailableError('offline', `${file} (unreadable)`);
  }
}

/**
 * A document by name, or `null` when there is none (an unknown character slug). A missing document could
 * also mean this page's content version was replaced by a deploy: then the episodes, which every version
 * has, are missing too, and the error says to reload.
 */
export async function loadDocument<T>(name: string): Promise<T | null> {
  const value = await readFile(documentFile(name));
  if (value !== null) return value as T;
  if (name === documents.episodes || (await readFile(documentFile(documents.episodes))) === null) {
    throw new DataUnavailableError('outdated', name);
  }
  return null;
}

/** A document every build has (the timeline, say): missing means this page's version was replaced. */
export async function loadRequiredDocument<T>(name: string): Promise<T> {
  const value = await loadDocument<T>(name);
  if (value === null) throw new DataUnavailableError('outdated', name);
  return value;
}

/** A gated part of a document (see `src/lib/gated.ts`). It exists for every level and list of a document with `moreLater`. */
export async function loadGatedPart<T>(name: string, part: string): Promise<T> {
  const value = await readFile(documentFile(name, part));
  if (value === null) throw new DataUnavailableError('outdated', `${name} ${part}`);
  return value as T;
}
