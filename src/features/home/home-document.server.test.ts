import { describe, expect, it } from 'vitest';
import { compareDates } from '@/lib/dates.ts';
import { readDataset } from '@/lib/dataset-source.server.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import { buildSeasonOverview, NEW_FACES } from './home-document.server.ts';

const data = readDataset();

/** The dataset with every event and character repeated `times` times under new ids: a wiki that has grown. */
function grown(times: number): Dataset {
  const copies = <T extends { id: string }>(items: readonly T[]) =>
    Array.from({ length: times }, (_, i) => items.map((item) => ({ ...item, id: `${item.id}-${i}` }))).flat();
  return { ...data, events: copies(data.events), characters: copies(data.characters) };
}

describe('buildSeasonOverview', () => {
  const overview = buildSeasonOverview(data, 2);

  it('lists the newest public news first, and no older item than one it leaves out', () => {
    const dates = overview.latestNews.map((e) => e.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort((a, b) => compareDates(b, a)));
    expect(overview.latestNews.every((e) => e.kind === 'news' && e.reveals === undefined)).toBe(true);
    const oldestShown = dates.at(-1)!;
    const shown = new Set(overview.latestNews.map((e) => e.id));
    const newerLeftOut = data.events.filter((e) => e.kind === 'news' && !e.reveals && !shown.has(e.id) && compareDates(e.date, oldestShown) > 0);
    expect(newerLeftOut).toEqual([]);
  });

  it('counts every new character and shows the first of them', () => {
    const fresh = data.characters.filter((c) => c.firstSeason === 2);
    expect(overview.newCharacterCount).toBe(fresh.length);
    expect(overview.newCharacters.map((c) => c.id)).toEqual(fresh.slice(0, overview.newCharacters.length).map((c) => c.id));
  });

  it('stays the same size as the wiki grows', () => {
    const big = buildSeasonOverview(grown(100), 2);
    expect(big.latestNews).toHaveLength(overview.latestNews.length);
    expect(big.newCharacters).toHaveLength(Math.min(NEW_FACES, overview.newCharacterCount * 100));
    expect(big.newCharacterCount).toBe(overview.newCharacterCount * 100);
    expect(JSON.stringify(big).length).toBeLessThan(JSON.stringify(overview).length * 2);
  });
});
