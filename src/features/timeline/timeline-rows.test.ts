import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { gateInMemory } from '@/test/gate-in-memory.ts';
import { NO_SPOILERS } from '@/lib/spoilers.ts';
import { buildTimeline } from './timeline-document.server.ts';
import type { TimelineEntry } from './timeline.ts';
import { releaseRows, storyRows, type TimelineRow } from './timeline-rows.ts';

const data = readDataset();
const timeline = buildTimeline(data);
const everything = timeline.entries;
const publicOnly = gateInMemory(timeline, NO_SPOILERS, data.episodes).document.entries;

/** Rows as short lines: `## 2022`, `### September 2022`, `- season-2-release`. */
const outline = (rows: readonly TimelineRow[]) =>
  rows.map((r) => (r.kind === 'period' ? `${'#'.repeat(r.level)} ${r.label}` : `${'-'.repeat(r.level - 2)} ${r.entry.id}`));

const entry = (id: string, date: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id,
  date,
  kind: 'news',
  category: 'production',
  title: id,
  summary: id,
  characters: [],
  sources: ['x'],
  people: [],
  cited: [],
  ...extra,
});

describe('releaseRows', () => {
  it('puts events under year and month headings, a year-only date first in its year, as precise as its source', () => {
    const rows = releaseRows([entry('a', '2016'), entry('b', '2016-09'), entry('c', '2016-09-05'), entry('d', '2022-11'), entry('e', '2022-12-02')]);
    expect(outline(rows)).toEqual([
      '## 2016',
      '- a',
      '### September 2016',
      '-- b',
      '-- c',
      '## 2022',
      '### November 2022',
      '-- d',
      '### December 2022',
      '-- e',
    ]);
    const headings = rows.flatMap((r) => (r.kind === 'period' ? [r.datetime] : []));
    expect(headings).toEqual(['2016', '2016-09', '2022', '2022-11', '2022-12']);
  });

  it('keeps every event of the real timeline, once, in date order', () => {
    const rows = releaseRows(everything);
    const ids = rows.flatMap((r) => (r.kind === 'event' ? [r.entry.id] : []));
    expect(ids).toEqual(everything.map((e) => e.id));
    const months = rows.flatMap((r) => (r.kind === 'period' && r.level === 3 ? [r.key] : []));
    expect(months).toEqual([...new Set(months)].sort());
  });
});

describe('storyRows', () => {
  it('tells the story by episode, each season framed by its release, with season-wide events after its episodes', () => {
    // The data places every point in its episode; a point a source places only in a season is allowed, and follows it.
    const seasonWide = (season: number) => entry(`s${season}-p1`, season === 1 ? '2022-04-22' : '2023-08-03', { kind: 'story', category: 'story', reveals: `s${season}` });
    const lines = outline(storyRows([...everything, seasonWide(1), seasonWide(2)], data.episodes, timeline.seasons));
    expect(lines[0]).toBe('## Season 1');
    expect(lines[1]).toBe('- season-1-release');
    const s1e8 = data.episodes.find((e) => e.id === 's1e8')!;
    expect(lines.indexOf(`### S1 · E8 ${s1e8.title}`)).toBeLessThan(lines.indexOf('### Across Season 1'));
    expect(lines.indexOf('## Season 2')).toBeGreaterThan(lines.indexOf('### Across Season 1'));
    expect(lines[lines.indexOf('## Season 2') + 1]).toBe('- season-2-release');
    const episodeHeadings = lines.filter((l) => /^### S2 · E\d/.test(l));
    const withStory = data.episodes.filter((ep) => ep.season === 2 && everything.some((e) => e.reveals === ep.id));
    expect(episodeHeadings).toEqual(withStory.map((ep) => `### S2 · E${ep.number} ${ep.title}`));
    expect(episodeHeadings).toContain('### S2 · E5 Heat');
    expect(lines.at(-2)).toBe('### Across Season 2');
  });

  it('leaves out news that is not a season’s release', () => {
    const rows = storyRows(everything, data.episodes, timeline.seasons);
    const news = rows.flatMap((r) => (r.kind === 'event' && r.entry.kind === 'news' ? [r.entry.id] : []));
    expect(news).toEqual(['season-1-release', 'season-2-release']);
  });

  it('at "nothing yet" is only the frames: no heading names an episode', () => {
    expect(outline(storyRows(publicOnly, data.episodes, timeline.seasons))).toEqual([
      '## Season 1',
      '- season-1-release',
      '## Season 2',
      '- season-2-release',
    ]);
  });
});
