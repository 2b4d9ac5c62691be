import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.ts';
import { gateInMemory } from '@/lib/gate-in-memory.ts';
import { NO_SPOILERS, seasonLengthsOf, type SpoilerSettings } from '@/lib/spoilers.ts';
import { buildTimeline, viewTimeline, type TimelineEntry } from './timeline.ts';

const data = readDataset();
const seasons = seasonLengthsOf(data.episodes);
const timeline = buildTimeline(data);
const entries = timeline.entries as TimelineEntry[];
const slotsAt = (settings: SpoilerSettings) => {
  const { public: pub, gate } = gateInMemory(timeline, settings, seasons);
  return viewTimeline(pub, gate);
};
const titlesAt = (watched: string) => slotsAt({ showAll: false, watched }).flatMap((s) => (s.hidden ? [] : [s.item.title]));

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
  it('shows all news and no story to a new visitor, with placeholders in place', () => {
    const slots = slotsAt(NO_SPOILERS);
    expect(slots).toHaveLength(entries.length);
    for (const [i, slot] of slots.entries()) expect(slot.hidden).toBe(entries[i]!.reveals !== undefined);
  });

  it('shows the Louvre kiss from episode 5, not episode 4', () => {
    const kiss = entries.find((e) => e.reveals === 's2e5')!.title;
    expect(titlesAt('s2e4')).not.toContain(kiss);
    expect(titlesAt('s2e5')).toContain(kiss);
  });
});
