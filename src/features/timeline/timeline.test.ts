import { describe, expect, it } from 'vitest';
import { datasetSync } from '@/lib/dataset.ts';
import { NO_SPOILERS } from '@/lib/spoilers.ts';
import { buildTimeline, gateTimeline } from './timeline.ts';

const timeline = buildTimeline(datasetSync());
const titlesAt = (watched: string) =>
  gateTimeline(timeline, { showAll: false, watched }).flatMap((s) => (s.hidden ? [] : [s.item.title]));

describe('buildTimeline', () => {
  it('is chronological, from the 2016 webcomic on', () => {
    const dates = timeline.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2016');
  });

  it('orders story events released the same day by episode', () => {
    const story = timeline.entries.filter((e) => e.kind === 'story' && e.date === '2023-08-03');
    const episodes = story.map((e) => e.reveals!);
    expect(episodes.indexOf('s2e4')).toBeLessThan(episodes.indexOf('s2e5'));
    expect(episodes.indexOf('s2e7')).toBeLessThan(episodes.indexOf('s2e8'));
  });
});

describe('gateTimeline', () => {
  it('shows all news and no story to a new visitor, with placeholders in place', () => {
    const slots = gateTimeline(timeline, NO_SPOILERS);
    expect(slots).toHaveLength(timeline.entries.length);
    for (const [i, slot] of slots.entries()) expect(slot.hidden).toBe(timeline.entries[i]!.kind === 'story');
  });

  it('shows the Louvre kiss from episode 5, not episode 4', () => {
    const kiss = timeline.entries.find((e) => e.reveals === 's2e5')!.title;
    expect(titlesAt('s2e4')).not.toContain(kiss);
    expect(titlesAt('s2e5')).toContain(kiss);
  });
});
