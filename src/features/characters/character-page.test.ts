import { describe, expect, it } from 'vitest';
import { datasetSync } from '@/lib/dataset.ts';
import { NO_SPOILERS } from '@/lib/spoilers.ts';
import { buildCharacterPage, gateCharacterPage, slotKeys } from './character-page.ts';

const nick = buildCharacterPage(datasetSync(), 'nick-nelson')!;
const watched = (level: string) => ({ showAll: false, watched: level });
const shownDetails = (level: string) =>
  gateCharacterPage(nick, watched(level)).details.flatMap((s) => (s.hidden ? [] : [s.item.text]));
const comingOut = nick.character.details.find((d) => d.reveals === 's1e8')!;

describe('gateCharacterPage', () => {
  it('is null for an unknown slug', () => {
    expect(buildCharacterPage(datasetSync(), 'nobody')).toBeNull();
  });

  it('hides every detail from a viewer who has watched nothing, keeping only the episode', () => {
    const view = gateCharacterPage(nick, NO_SPOILERS);
    expect(view.details.length).toBe(nick.character.details.length);
    expect(view.details.every((s) => s.hidden)).toBe(true);
    expect(JSON.stringify(view.details)).not.toContain(comingOut.text);
  });

  it('shows Nick coming out to his mum from S1E8 on, not before', () => {
    expect(shownDetails('s1e7')).not.toContain(comingOut.text);
    expect(shownDetails('s1e8')).toContain(comingOut.text);
    expect(shownDetails('s2e3')).toContain(comingOut.text);
  });

  it('shows more as the level rises, and everything with the switch on', () => {
    const counts = ['none', 's1', 's2e4', 's2e7', 's2'].map((l) => shownDetails(l).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const all = gateCharacterPage(nick, { showAll: true, watched: 'none' });
    expect(all.details.every((s) => !s.hidden)).toBe(true);
  });

  it('reveals one item on request and cites only sources of what is shown', () => {
    const key = slotKeys.detail(comingOut, nick.character.details.indexOf(comingOut));
    const view = gateCharacterPage(nick, NO_SPOILERS, new Set([key]));
    expect(view.details.filter((s) => !s.hidden)).toHaveLength(1);
    const cited = new Set(view.citations.map((s) => s.id));
    for (const id of comingOut.sources) expect(cited.has(id)).toBe(true);
    const none = gateCharacterPage(nick, NO_SPOILERS);
    for (const s of none.citations) {
      const usedByVisible =
        nick.character.summary.sources.includes(s.id) ||
        none.relationships.some((r) => !r.hidden && r.item.sources.includes(s.id)) ||
        none.quotes.some((q) => !q.hidden && q.item.source === s.id) ||
        none.events.some((e) => !e.hidden && e.item.sources.includes(s.id));
      expect(usedByVisible, s.id).toBe(true);
    }
  });
});
