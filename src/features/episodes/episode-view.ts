import { formatDate } from '@/lib/dates.ts';
import { runtimeText } from '@/lib/episode-facts.ts';
import type { Episode, Source, StoryPoint } from '@/lib/schema.server.ts';
import type { DataEntry } from '@/lib/improve-this-page.tsx';
import { referenceList } from '@/lib/citations.tsx';

/** A character or a person, as a link to their page. */
export type EpisodeLink = { id: string; name: string };

/** One story point, with its characters named and its sources written out, so a gated point carries them. */
export type EpisodeStoryPoint = Pick<StoryPoint, 'id' | 'reveals' | 'order' | 'title' | 'text' | 'note' | 'disagreement'> & {
  characters: EpisodeLink[];
  sources: Source[];
};

type Song = NonNullable<Episode['songs']>[number];
type Location = NonNullable<Episode['locations']>[number];

/**
 * An episode page as the build writes it, every item whole; the build splits the gated ones off (see
 * `src/lib/gated.ts`) and the page gets them back at the viewer's level. What each part reveals is decided in
 * `src/lib/episode-facts.ts`: the title, release, runtime and credits are public.
 */
export type EpisodeDocument = {
  /** Where its entry is kept in data/, for "Improve this page": set by the build (src/app/site-documents.server.ts). */
  dataEntry?: DataEntry | undefined;
  episode: Pick<Episode, 'id' | 'season' | 'number' | 'title' | 'runtimeMinutes' | 'released'> & {
    /** Its season's range, when its own length isn't published, with the sources that give it. */
    runtimeAbout?: { from: number; to: number; sources: Source[] } | undefined;
    sources: Source[];
  };
  credits: { writer: EpisodeLink; director: EpisodeLink; sources: Source[] } | null;
  /** Critics' ratings of this episode, each from one article (whose outlet is the rating's). Public. */
  ratings: { rating: string; critic?: string | undefined; sources: Source[] }[];
  /** The episodes before and after it in watch order, for "Previous" and "Next". Titles are public. */
  neighbours: { previous: EpisodeSummaryLink | null; next: EpisodeSummaryLink | null };
  /** At most one: a list, so it is gated like any item (revealed by the episode before). */
  logline: { text: string; sources: Source[]; reveals?: string | undefined }[];
  /** In the episode's order. */
  story: EpisodeStoryPoint[];
  songs: (Omit<Song, 'sources'> & { sources: Source[]; reveals: string })[];
  locations: (Omit<Location, 'sources'> & { sources: Source[]; reveals: string })[];
};

export type EpisodeSummaryLink = Pick<Episode, 'id' | 'season' | 'number' | 'title'>;

/** The lists of an episode page that can hold spoilers: the page's sections. */
export type EpisodeSection = 'logline' | 'story' | 'songs' | 'locations';

/** An episode page at the viewer's setting, with the sources its visible content cites, in order of first citation. */
export type EpisodeView = EpisodeDocument & { citations: Source[] };

export function viewEpisode(document: EpisodeDocument): EpisodeView {
  const cited = [
    ...document.episode.sources,
    ...(document.episode.runtimeAbout?.sources ?? []),
    ...(document.credits?.sources ?? []),
    ...document.ratings.flatMap((r) => r.sources),
    ...document.logline.flatMap((l) => l.sources),
    ...document.story.flatMap((p) => p.sources),
    ...document.songs.flatMap((s) => s.sources),
    ...document.locations.flatMap((l) => l.sources),
  ];
  return { ...document, citations: referenceList(cited) };
}

/** "Season 2, episode 5": how a page names an episode in full. */
export const episodeLabel = (e: Pick<Episode, 'season' | 'number'>) => `Season ${e.season}, episode ${e.number}`;

/** "S2 · E5": the short form the spoiler control and badges use. */
export const episodeCode = (e: Pick<Episode, 'season' | 'number'>) => `S${e.season} · E${e.number}`;

/** The meta description, from public fields only: which episode, when, how long, and who made it. */
export function episodeDescription({ episode, credits }: Pick<EpisodeDocument, 'episode' | 'credits'>): string {
  const runtime = runtimeText(episode, 'long');
  const length = runtime ? ` and runs ${runtime}` : '';
  const made = credits ? ` Written by ${credits.writer.name}, directed by ${credits.director.name}.` : '';
  return `“${episode.title}” is ${episodeLabel(episode)} of Heartstopper. It came out on Netflix on ${formatDate(episode.released)}${length}.${made}`;
}
