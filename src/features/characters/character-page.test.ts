import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.ts';
import { gateInMemory } from '@/lib/gate-in-memory.ts';
import { NO_SPOILERS, seasonLengthsOf, type SpoilerSettings } from '@/lib/spoilers.ts';
import { buildCharacterDocument, viewCharacter, type CharacterDocument, type CitedFact } from './character-page.ts';

const data = readDataset();
const seasons = seasonLengthsOf(data.episodes);
const nick = buildCharacterDocument(data, 'nick-nelson')!;
const view = (settings: SpoilerSettings, revealed?: ReadonlySet<string>) => {
  const { public: pub, gate } = gateInMemory(nick, settings, seasons, revealed);
  return viewCharacter(pub, gate);
};
const watched = (level: string) => ({ showAll: false, watched: level });
const shownDetails = (level: string) => view(watched(level)).details.flatMap((s) => (s.hidden ? [] : [s.item.text]));
const wholeDetails = nick.details as CitedFact[];
const comingOut = wholeDetails.find((d) => d.reveals === 's1e8')!;

describe('a character document', () => {
  it('is null for an unknown slug', () => {
    expect(buildCharacterDocument(data, 'nobody')).toBeNull();
  });

  it('keeps no gated text in its public part', () => {
    const { public: pub } = gateInMemory<CharacterDocument>(nick, NO_SPOILERS, seasons);
    expect(JSON.stringify(pub)).not.toContain(comingOut.text);
  });

  it('hides every gated detail from a viewer who has watched nothing, keeping only the episode', () => {
    const none = view(NO_SPOILERS);
    expect(none.details).toHaveLength(wholeDetails.length);
    const gated = wholeDetails.filter((d) => d.reveals).length;
    expect(none.details.filter((s) => s.hidden)).toHaveLength(gated);
  });

  it('shows Nick coming out to his mum from S1E8 on, not before', () => {
    expect(shownDetails('s1e7')).not.toContain(comingOut.text);
    expect(shownDetails('s1e8')).toContain(comingOut.text);
    expect(shownDetails('s2e3')).toContain(comingOut.text);
  });

  it('shows more as the level rises, and everything with the switch on', () => {
    const counts = ['none', 's1', 's2e4', 's2e7', 's2'].map((l) => shownDetails(l).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(view({ showAll: true, watched: 'none' }).details.every((s) => !s.hidden)).toBe(true);
  });

  it('reveals one item on request and cites only sources of what is shown', () => {
    const hidden = view(NO_SPOILERS).details.find((s) => s.hidden)!;
    const one = view(NO_SPOILERS, new Set([hidden.key]));
    expect(one.details.filter((s) => !s.hidden).length).toBe(view(NO_SPOILERS).details.filter((s) => !s.hidden).length + 1);
    const none = view(NO_SPOILERS);
    const shownSources = [
      ...nick.character.summary.sources,
      ...[...none.details, ...none.relationships, ...none.events].flatMap((s) => (s.hidden ? [] : s.item.sources)),
      ...none.quotes.flatMap((s) => (s.hidden ? [] : [s.item.source])),
    ].map((s) => s.id);
    for (const s of none.citations) expect(shownSources, s.id).toContain(s.id);
  });
});
