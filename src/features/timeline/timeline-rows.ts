/**
 * The timeline as one flat run of rows: period headings and the events under them. Flat, so the list can be
 * drawn whole or virtualised the same way, and a deep link or the ribbon can find its row by index.
 */
import { formatDate } from '@/lib/dates.ts';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import { seasonLengthsOf, watchPosition } from '@/lib/spoilers.ts';
import type { TimelineDocument, TimelineFacts } from './timeline.ts';

export type PeriodRow = {
  kind: 'period';
  /** `2022`, `2022-09`, `s2`, `s2e4` or `s2-season`: what the ribbon and anchors name it by. */
  key: string;
  label: string;
  /** 2 for a year or season, 3 for a month or episode. */
  level: 2 | 3;
  /** A real-world period, for `<time datetime>`. */
  datetime?: string;
};

/** An event's row: its facts (from the index) or the whole event. */
export type EventRow<E extends TimelineFacts = TimelineFacts> = {
  kind: 'event';
  entry: E;
  /** One below the heading it sits under. */
  level: 3 | 4;
};

export type TimelineRow<E extends TimelineFacts = TimelineFacts> = PeriodRow | EventRow<E>;

/** The id a period heading carries, so `#when-2022-09` and the ribbon can jump to it. */
export const periodAnchor = (key: string) => `when-${key}`;

/** The id a row carries in the page: an event's own id, or its period's anchor. */
export const rowAnchor = (row: TimelineRow) => (row.kind === 'event' ? row.entry.id : periodAnchor(row.key));

/** Release order: the entries as given (by date), under year and month headings. Year-only dates come first in their year. */
export function releaseRows<E extends TimelineFacts>(entries: readonly E[]): TimelineRow<E>[] {
  const rows: TimelineRow<E>[] = [];
  let year: string | null = null;
  let month: string | null = null;
  for (const entry of entries) {
    const [y = entry.date] = entry.date.split('-');
    const m = entry.date.length >= 7 ? entry.date.slice(0, 7) : null;
    if (y !== year) {
      rows.push({ kind: 'period', key: y, label: y, level: 2, datetime: y });
      year = y;
      month = null;
    }
    if (m && m !== month) {
      rows.push({ kind: 'period', key: m, label: formatDate(m), level: 3, datetime: m });
      month = m;
    }
    rows.push({ kind: 'event', entry, level: m ? 4 : 3 });
  }
  return rows;
}

/**
 * Story order: each season's story events by episode, framed by the news of that season's release. Other
 * news is left out: it has no place in the story. A story event known only by season (`s2`) follows the
 * season's episodes, under "Across Season 2".
 */
export function storyRows<E extends TimelineFacts>(
  entries: readonly E[],
  episodes: readonly EpisodeSummary[],
  seasons: TimelineDocument['seasons'],
): TimelineRow<E>[] {
  const lengths = seasonLengthsOf(episodes);
  const titles = new Map(episodes.map((e) => [e.id, e]));
  const story = entries
    .flatMap((entry, i) => (entry.kind === 'story' && entry.reveals ? [{ entry, code: entry.reveals, i }] : []))
    // An event known only by season sorts after the season's last episode, not level with it.
    .map((s) => ({ ...s, season: Number(/^s(\d+)/.exec(s.code)?.[1]), at: watchPosition(s.code, lengths) + (titles.has(s.code) ? 0 : 0.5) }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const numbers = [...new Set([...seasons.map((s) => s.season), ...story.map((s) => s.season)])].sort((a, b) => a - b);

  const rows: TimelineRow<E>[] = [];
  for (const season of numbers) {
    const released = seasons.find((s) => s.season === season)?.released;
    const frames = entries.filter((e) => e.kind !== 'story' && e.category === 'release' && e.date === released);
    const events = story.filter((s) => s.season === season);
    if (frames.length === 0 && events.length === 0) continue;
    rows.push({ kind: 'period', key: `s${season}`, label: `Season ${season}`, level: 2 });
    for (const entry of frames) rows.push({ kind: 'event', entry, level: 3 });
    let heading: string | null = null;
    for (const { entry, code } of events) {
      const episode = titles.get(code);
      const key = episode ? code : `s${season}-season`;
      if (key !== heading) {
        const label = episode ? `S${episode.season} · E${episode.number} ${episode.title}` : `Across Season ${season}`;
        rows.push({ kind: 'period', key, label, level: 3 });
        heading = key;
      }
      rows.push({ kind: 'event', entry, level: 4 });
    }
  }
  return rows;
}

/** How many events the rows show. */
export const eventCount = (rows: readonly TimelineRow[]) => rows.reduce((n, r) => n + (r.kind === 'event' ? 1 : 0), 0);
