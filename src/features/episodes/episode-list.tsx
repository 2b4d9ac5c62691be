import { useSuspenseQuery } from '@tanstack/react-query';
import { EpisodeTiles } from '@/lib/episode-tiles.tsx';
import { episodesQuery } from '@/lib/gated-queries.ts';

/** Every episode, season by season, in watch order: titles and running times, which every viewer may see. */
export function EpisodeList() {
  const { data: episodes } = useSuspenseQuery(episodesQuery());
  const seasons = [...new Set(episodes.map((e) => e.season))];
  return seasons.map((season) => (
    <section key={season} aria-labelledby={`season-${season}`}>
      <h2 id={`season-${season}`}>Season {season}</h2>
      <EpisodeTiles episodes={episodes.filter((e) => e.season === season)} />
    </section>
  ));
}
