import { OFFLINE_COPY_FILE } from './offline-copy.mjs';
import { LATEST } from './timeline-pages.ts';

/**
 * Every route pattern and every href in one place. URLs end in a slash because every page is a folder
 * with an index.html in dist/: that is the form static hosts serve without a redirect.
 */

export const routePatterns = {
  home: '/',
  characters: 'characters',
  character: 'characters/:slug',
  characterLetter: 'characters/by-name/:letter',
  castList: 'cast',
  cast: 'cast/:person',
  castLetter: 'cast/by-name/:letter',
  music: 'music',
  episodes: 'episodes',
  episode: 'episodes/:code',
  /** `/timeline/` (the newest events), a year's page, `/timeline/2022/`, and a long year's later pages, `/timeline/2022/2/`. */
  timeline: 'timeline/:year?/:part?',
  search: 'search',
  sources: 'sources',
  sourcePage: 'sources/:year/:part?',
  reception: 'reception',
  about: 'about',
  notFound: '*',
} as const;

/** The longest search query taken, here and in the header's field: longer input is cut, as no name or word needs more. */
export const MAX_QUERY_LENGTH = 200;

const about = () => '/about/';
const timeline = (query?: URLSearchParams) => (query?.size ? `/timeline/?${query}` : '/timeline/');
/** A page's name is `latest` (`/timeline/`), a year (`2022`) or a year's later page (`2022/2`): see src/lib/timeline-pages.ts. */
const timelinePage = (page: string, query?: URLSearchParams) =>
  page === LATEST ? timeline(query) : `/timeline/${page.split('/').map(encodeURIComponent).join('/')}/${query?.size ? `?${query}` : ''}`;

export const paths = {
  home: () => '/',
  /** The characters index, optionally filtered to one group (`group=family`) or to the new characters (`new=1`). */
  characters: (filters?: { group?: string | null; newOnly?: boolean }) => {
    const query = new URLSearchParams();
    if (filters?.group) query.set('group', filters.group);
    if (filters?.newOnly) query.set('new', '1');
    return query.size ? `/characters/?${query}` : '/characters/';
  },
  character: (slug: string) => `/characters/${encodeURIComponent(slug)}/`,
  /** The characters whose names start with `letter` (`a`, or `other`), when they are too many for one page. */
  characterLetter: (letter: string) => `/characters/by-name/${encodeURIComponent(letter)}/`,
  /** Everyone in the cast and crew, each a link to their page. */
  castList: () => '/cast/',
  cast: (person: string) => `/cast/${encodeURIComponent(person)}/`,
  /** The cast and crew whose names start with `letter` (`a`, or `other`), when they are too many for one page. */
  castLetter: (letter: string) => `/cast/by-name/${encodeURIComponent(letter)}/`,
  /** The soundtrack: who made the music, and the songs of each episode. */
  music: () => '/music/',
  episodes: () => '/episodes/',
  /** An episode by its id, `s2e5`: a neutral code, so a link gives nothing away. */
  episode: (id: string) => `/episodes/${encodeURIComponent(id)}/`,
  /** The timeline, optionally with a filtered view's query (`category=casting`). */
  timeline,
  /**
   * A page of the timeline by its name (`latest`, `2022`, `2022/2`), optionally filtered further: past what
   * `/timeline/` holds, every year with a public event has a page, and a long year later pages.
   */
  timelinePage,
  /**
   * One event on the timeline, in a filtered view when `query` is given. Given the page that lists a public
   * event (`timelinePages`), the link names it, so it lands on the event without JavaScript; `/timeline/#id`
   * finds it with the app.
   */
  timelineEvent: (id: string, query?: URLSearchParams, page?: string) =>
    `${!query?.size && page ? timelinePage(page) : timeline(query)}#${encodeURIComponent(id)}`,
  search: (query?: string) => (query ? `/search/?${new URLSearchParams({ q: query })}` : '/search/'),
  /** The sources by year of publication: a list of the years. */
  sources: () => '/sources/',
  /** A year's sources, newest first; a year too long for one page goes on at `/sources/2023/2/`. */
  sourcePage: (year: string, part = 1) => (part > 1 ? `/sources/${year}/${part}/` : `/sources/${year}/`),
  /** One source, on its year's page (from its date, `2023-08-03`), which finds it if it is on a later page of the year. */
  source: (id: string, date: string) => `/sources/${date.slice(0, 4)}/#${encodeURIComponent(id)}`,
  /** Reviews, scores, audience figures and awards. */
  reception: () => '/reception/',
  about,
  /** A character's avatar as an SVG file, drawn by the build. */
  avatar: (id: string) => `/avatars/${encodeURIComponent(id)}.svg`,
  /** A page's link-preview image, drawn by the build: `/timeline/` → `/og/timeline.png`, `/` → `/og/home.png`. */
  ogImage: (page: string) => `/og${page.slice(0, -1) || '/home'}.png`,
  /** The service worker the build writes (scripts/service-worker.mjs); its scope is the whole site. */
  serviceWorker: () => '/sw.js',
  /** The build's summary of the wiki's offline copy (scripts/service-worker.mjs): its size and its list. */
  offlineCopy: () => `/${OFFLINE_COPY_FILE}`,
  /** Where a reader keeps the wiki for offline reading: a section of the About page. */
  readingOffline: () => `${about()}#offline`,
} as const;

/** `/characters/nick-nelson` and `/characters/nick-nelson/` are one page. */
export function normalizePathname(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}
