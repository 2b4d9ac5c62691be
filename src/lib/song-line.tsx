import { Cite } from './citations.tsx';
import type { CitedSource } from './schema.server.ts';

/**
 * A song as every page names it, "“Title” by Artist: the moment", with its footnotes: on its episode's page
 * and on the music page alike (the leak scans look for it in this form).
 */
export function SongLine({
  song,
  numbers,
}: {
  song: { title: string; artist: string; moment?: string | undefined; sources: readonly CitedSource[] };
  numbers: ReadonlyMap<string, number>;
}) {
  return (
    <>
      “{song.title}” by {song.artist}
      {song.moment ? <>: {song.moment}</> : null}
      <Cite sources={song.sources} numbers={numbers} />
    </>
  );
}
