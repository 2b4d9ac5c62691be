import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { gateInMemory } from '@/test/gate-in-memory.ts';
import { NO_SPOILERS, type SpoilerSettings } from '@/lib/spoilers.ts';
import { buildTimeline } from './timeline-document.server.ts';

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
