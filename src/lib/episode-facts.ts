import type { Episode } from './schema.server.ts';
import { previousEpisode } from './spoilers.ts';

type Song = NonNullable<Episode['songs']>[number];
type Location = NonNullable<Episode['locations']>[number];

/**
 * What an episode entry says, each part with its spoiler level, decided here once for every reader of
 * `data/episodes.json` (the episode page, the sources page, the leak scans): the title, release, runtime and
 * credits, and critics' ratings, are public; the logline is revealed by the episode before (as a streaming service shows "next up"),
 * so the very first episode's is public; the songs and filming places, which name moments, by the episode itself.
 */
export type EpisodeFacts = {
  /** What cites the public part: the title, release, runtime (its own or its season's) and credits. */
  publicSources: readonly string[];
  /** Critics' ratings of the episode: opinions, not story, so public. */
  ratings: NonNullable<Episode['ratings']>;
  logline?: { text: string; sources: readonly string[]; excerpts?: Readonly<Record<string, string>> | undefined; reveals?: string | undefined } | undefined;
  songs: (Song & { reveals: string })[];
  locations: (Location & { reveals: string })[];
};

export function episodeFacts(episode: Episode, episodes: readonly Episode[]): EpisodeFacts {
  return {
    publicSources: [...episode.sources, ...(episode.runtimeAbout?.sources ?? []), ...(episode.credits?.sources ?? [])],
    ratings: episode.ratings ?? [],
    logline: episode.logline && { ...episode.logline, reveals: previousEpisode(episode, episodes) },
    songs: (episode.songs ?? []).map((song) => ({ ...song, reveals: episode.id })),
    locations: (episode.locations ?? []).map((place) => ({ ...place, reveals: episode.id })),
  };
}

/** An episode's length as a page shows it: its own, or the range sources give for its season's episodes. */
type Runtime = { runtimeMinutes?: number | undefined; runtimeAbout?: { from: number; to: number } | undefined };

/** "35 minutes" or "about 25–30 minutes" (`long`), "35 min" or "25–30 min" (`short`); null when unknown. */
export function runtimeText({ runtimeMinutes, runtimeAbout }: Runtime, style: 'long' | 'short'): string | null {
  const unit = style === 'long' ? 'minutes' : 'min';
  if (runtimeMinutes) return `${runtimeMinutes} ${unit}`;
  if (!runtimeAbout) return null;
  const { from, to } = runtimeAbout;
  const range = from === to ? `${from}` : `${from}–${to}`;
  return style === 'long' ? `about ${range} ${unit}` : `${range} ${unit}`;
}

/** One thing an episode entry says, with what cites it and the episode that reveals it (none: public). */
export type EpisodeFact = {
  text?: string | undefined;
  sources: readonly string[];
  excerpts?: Readonly<Record<string, string>> | undefined;
  reveals?: string | undefined;
};

/** The same, flat: each thing the entry says that carries words or citations. */
export function episodeFactList(episode: Episode, episodes: readonly Episode[]): EpisodeFact[] {
  const facts = episodeFacts(episode, episodes);
  return [
    { sources: facts.publicSources },
    ...facts.ratings.map((r) => ({ text: r.rating, sources: r.sources, excerpts: r.excerpts })),
    ...(facts.logline ? [facts.logline] : []),
    ...facts.songs.map((song) => ({ text: song.moment, sources: song.sources, excerpts: song.excerpts, reveals: song.reveals })),
    ...facts.locations.flatMap((place) => [
      { text: place.scene, sources: place.sources, excerpts: place.excerpts, reveals: place.reveals },
      { text: place.note, sources: [], reveals: place.reveals },
    ]),
  ];
}
