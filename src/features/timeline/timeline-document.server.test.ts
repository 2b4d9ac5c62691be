import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { gateInMemory } from '@/test/gate-in-memory.ts';
import { NO_SPOILERS, type SpoilerSettings } from '@/lib/spoilers.ts';
import { documents } from '@/lib/dataset.ts';
import { levelSpecs, splitGated, type LevelPart } from '@/lib/gated.ts';
import { seasonLengthsOf } from '@/lib/spoilers.ts';
import { isWhole, type TimelineEntry, type TimelineIndex, type TimelineOverview, type TimelinePage } from './timeline.ts';
import { EVENTS_PER_PAGE, LATEST, LATEST_EVENTS } from '@/lib/timeline-pages.ts';
import { buildTimeline, buildTimelineDocuments, timelinePageNames } from './timeline-document.server.ts';

const data = readDataset();
const timeline = buildTimeline(data);
const entries = timeline.entries;
const gatedAt = (settings: SpoilerSettings) => gateInMemory(timeline, settings, data.episodes);
const titlesAt = (watched: string) => gatedAt({ showAll: false, watched }).document.entries.map((e) => e.title);

describe('buildTimeline', () => {
  it('is chronological, from the 2016 webcomic on', () => {
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2016');
  });

  it('orders story events released the same day by episode', () => {
    const story = entries.filter((e) => e.kind === 'story' && e.date === '2023-08-03');
    const episodes = story.map((e) => e.reveals!);
    expect(episodes.indexOf('s2e4')).toBeLessThan(episodes.indexOf('s2e5'));
    expect(episodes.indexOf('s2e7')).toBeLessThan(episodes.indexOf('s2e8'));
  });
});

describe('the gated timeline', () => {
  it('shows all news and no story to a new visitor, and one note that there is more', () => {
    const { document, hidden } = gatedAt(NO_SPOILERS);
    expect(document.entries.map((e) => e.id)).toEqual(entries.filter((e) => e.reveals === undefined).map((e) => e.id));
    expect([...hidden]).toEqual(['entries']);
  });

  it('shows every event, in order, with nothing more to show, when spoilers are on', () => {
    const { document, hidden } = gatedAt({ showAll: true, watched: 'none' });
    expect(document.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(hidden.size).toBe(0);
  });

  it('shows the Louvre kiss from episode 5, not episode 4', () => {
    const kiss = entries.find((e) => e.reveals === 's2e5')!.title;
    expect(titlesAt('s2e4')).not.toContain(kiss);
    expect(titlesAt('s2e5')).toContain(kiss);
  });
});

describe('the timeline in files', () => {
  const files = new Map(buildTimelineDocuments(data));
  const split = (name: string) => splitGated(files.get(name), levelSpecs(data.episodes), seasonLengthsOf(data.episodes));
  const open = entries.filter((e) => !e.reveals);
  const secret = entries.filter((e) => e.reveals);

  it('has no page but `/timeline/` while it holds every public event, whole, and nothing gated', () => {
    expect(open.length).toBeLessThanOrEqual(LATEST_EVENTS);
    expect(timelinePageNames(data)).toEqual([]);
    expect((files.get(documents.timelinePage(LATEST)) as TimelinePage).entries).toEqual(open);
    expect((files.get(documents.timelineOverview) as TimelineOverview).pages).toEqual([]);
  });

  it('past that, has a page per year with a public event, and a long year’s later pages, each with its public events whole', () => {
    // A long year, and a year only spoilers have.
    const year = Array.from({ length: EVENTS_PER_PAGE + 5 }, (_, i) => ({ ...data.events[0]!, id: `event-${i}`, date: `2020-${String((i % 12) + 1).padStart(2, '0')}` }));
    const secret = { ...data.events[0]!, id: 'secret', date: '2021-02-01', reveals: 's1e1' };
    const many = { ...data, events: [...data.events, ...year, secret] };
    const docs = new Map(buildTimelineDocuments(many));
    const all = buildTimeline(many).entries.filter((e) => !e.reveals);
    const names = timelinePageNames(many);
    expect(names).toEqual([...[...new Set(all.map((e) => e.date.slice(0, 4)))].sort().flatMap((y) => (y === '2020' ? ['2020', '2020/2'] : [y]))]);
    const listed = names.flatMap((name) => (docs.get(documents.timelinePage(name)) as TimelinePage).entries);
    expect(listed).toEqual(all);
    expect((docs.get(documents.timelinePage('2020')) as TimelinePage).entries).toHaveLength(EVENTS_PER_PAGE);
    const overview = docs.get(documents.timelineOverview) as TimelineOverview;
    expect(overview.pages.map((p) => p.page)).toEqual(names);
    expect(overview.pages.find((p) => p.page === '2020')!.last).toBe(all.filter((e) => e.date.startsWith('2020'))[EVENTS_PER_PAGE - 1]!.date.slice(0, 7));
    expect(JSON.stringify(overview)).not.toContain('2021');
  });

  it('puts only the facts of public events in the index’s public part, and gated events, id and date too, only in its parts', () => {
    const { public: index, parts } = split(documents.timeline);
    const json = JSON.stringify(index);
    expect((index as TimelineIndex).entries.map((e) => e.id)).toEqual(open.map((e) => e.id));
    expect((index as TimelineIndex).entries.every((e) => !isWhole(e))).toBe(true);
    for (const e of secret) expect(json, e.id).not.toContain(e.id);
    // The characters public events name, and no one only a gated event names: it brings its own.
    const named = new Set(open.flatMap((e) => e.characters));
    expect((index as TimelineIndex).characters.map((c) => c.id).toSorted()).toEqual([...named].sort());
    const onlyGated = secret.flatMap((e) => e.characters).filter((c) => !named.has(c));
    expect(onlyGated.length).toBeGreaterThan(0);
    for (const c of onlyGated) expect(json, c).not.toContain(`"${c}"`);
    const everything = parts.get('everything') as LevelPart;
    expect(everything.entries.map((e) => (e.item as TimelineEntry).id)).toEqual(secret.map((e) => e.id));
    expect(everything.entries.every((e) => isWhole(e.item as TimelineEntry))).toBe(true);
  });

  it('counts the public events for the first paint, and says which list has more', () => {
    const overview = files.get(documents.timelineOverview) as TimelineOverview;
    expect(overview.total).toBe(open.length);
    expect(Object.values(overview.categories).reduce((a, b) => a + (b ?? 0), 0)).toBe(open.length);
    expect(overview.years.reduce((a, y) => a + y.count, 0)).toBe(open.length);
    expect(overview.latestFrom).toBe('');
    expect(overview.gatedLists).toEqual(secret.length > 0 ? ['entries'] : []);
    for (const e of secret) expect(JSON.stringify(overview), e.id).not.toContain(e.id);
  });

  it('puts the newest public events on `/timeline/`, from the day the stretch starts', () => {
    // More events than the stretch holds: the real data has fewer.
    const many = {
      ...data,
      events: Array.from({ length: LATEST_EVENTS + 10 }, (_, i) => ({ ...data.events[0]!, id: `event-${i}`, date: `2020-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}` })),
    };
    const docs = new Map(buildTimelineDocuments(many));
    const latest = (docs.get(documents.timelinePage('latest')) as TimelinePage).entries;
    const overview = docs.get(documents.timelineOverview) as TimelineOverview;
    const all = buildTimeline(many).entries.filter((e) => !e.reveals);
    expect(latest.length).toBeGreaterThanOrEqual(LATEST_EVENTS);
    expect(latest).toEqual(all.filter((e) => e.date >= overview.latestFrom));
    expect(latest.at(-1)).toEqual(all.at(-1));
    expect(latest).toHaveLength(LATEST_EVENTS);
  });
});
