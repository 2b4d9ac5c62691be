import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { gateInMemory } from '@/test/gate-in-memory.ts';
import { NO_SPOILERS, type SpoilerSettings } from '@/lib/spoilers.ts';
import { buildCharacterDocument } from './character-document.server.ts';
import { currentStages, viewCharacter } from './character-view.ts';

const data = readDataset();
const nick = buildCharacterDocument(data, 'nick-nelson')!;
const tao = buildCharacterDocument(data, 'tao-xu')!;
const gated = (document: typeof nick, settings: SpoilerSettings, lists: string[] = []) =>
  gateInMemory(document, settings, data.episodes, lists);
const view = (settings: SpoilerSettings, lists?: string[]) => viewCharacter(gated(nick, settings, lists).document);
const watched = (level: string): SpoilerSettings => ({ showAll: false, watched: level });
const shownDetails = (level: string) => view(watched(level)).details.map((d) => d.text);
const comingOut = nick.details.find((d) => d.reveals === 's1e8')!;
const labelOf = (document: typeof nick, other: string, settings: SpoilerSettings) =>
  viewCharacter(gated(document, settings).document).relationships.filter((r) => r.other.id === other).map((r) => r.role);

describe('a character document', () => {
  it('is null for an unknown slug', () => {
    expect(buildCharacterDocument(data, 'nobody')).toBeNull();
  });

  it('keeps no gated text in its public part', () => {
    expect(JSON.stringify(gated(nick, NO_SPOILERS).public)).not.toContain(comingOut.text);
  });

  it('shows a viewer who has watched nothing only public details, and says which sections have more', () => {
    const { document, hidden } = gated(nick, NO_SPOILERS);
    expect(document.details).toEqual(nick.details.filter((d) => !d.reveals));
    expect([...hidden].sort()).toEqual(['details', 'events', 'quotes', 'relationships']);
  });

  it('shows Nick coming out to his mum from S1E8 on, not before', () => {
    expect(shownDetails('s1e7')).not.toContain(comingOut.text);
    expect(shownDetails('s1e8')).toContain(comingOut.text);
    expect(shownDetails('s2e3')).toContain(comingOut.text);
  });

  it('shows more as the level rises, and everything with the switch on', () => {
    const counts = ['none', 's1e4', 's1e8', 's2e4', 's2e7', 's2e8'].map((l) => shownDetails(l).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(view({ showAll: true, watched: 'none' }).details).toHaveLength(nick.details.length);
  });

  it('shows a whole section on request, and cites only sources of what is shown', () => {
    const shown = view(NO_SPOILERS, ['details']);
    expect(shown.details).toHaveLength(nick.details.length);
    expect(shown.quotes).toEqual(view(NO_SPOILERS).quotes);
    const none = view(NO_SPOILERS);
    const shownSources = [
      ...nick.character.summary.sources,
      ...(nick.character.occupation?.sources ?? []),
      ...[...none.details, ...none.relationships, ...none.events].flatMap((item) => item.sources),
      ...none.quotes.map((q) => q.source),
    ].map((s) => s.id);
    for (const s of none.citations) expect(shownSources, s.id).toContain(s.id);
  });

  it('cites the occupation in the infobox, numbered after the overview’s sources', () => {
    expect(nick.character.occupation?.text).toBe('Student at a British boys’ grammar school');
    // A source nothing else on the page cites, so only the occupation can bring it in.
    const own = data.sources.find((s) => !JSON.stringify(nick).includes(`"${s.id}"`))!;
    const { citations, character } = viewCharacter({ ...nick, character: { ...nick.character, occupation: { text: 'Rugby captain', sources: [own] } } });
    const ids = citations.map((s) => s.id);
    expect(ids.slice(0, character.summary.sources.length + 1)).toEqual([...character.summary.sources.map((s) => s.id), own.id]);
  });
});

describe('relationship stages', () => {
  it('lists Charlie once on Nick’s page: a friend until Season 1 ends, then his boyfriend', () => {
    expect(labelOf(nick, 'charlie-spring', NO_SPOILERS)).toEqual(['friend']);
    expect(labelOf(nick, 'charlie-spring', watched('s1e7'))).toEqual(['friend']);
    expect(labelOf(nick, 'charlie-spring', watched('s1e8'))).toEqual(['boyfriend']);
    expect(labelOf(nick, 'charlie-spring', { showAll: true, watched: 'none' })).toEqual(['boyfriend']);
  });

  it('labels Elle on Tao’s page with the latest stage the level allows', () => {
    expect(labelOf(tao, 'elle-argent', NO_SPOILERS)).toEqual(['close friend']);
    expect(labelOf(tao, 'elle-argent', watched('s1e8'))).toEqual(['admirer']);
    expect(labelOf(tao, 'elle-argent', watched('s2e5'))).toEqual(['admirer']);
    expect(labelOf(tao, 'elle-argent', watched('s2e6'))).toEqual(['girlfriend']);
  });

  it('keeps the last stage given of each pair, in first-seen order', () => {
    const step = (id: string, role: string) => ({ id, role, type: 'friend' as const, other: { id, name: id }, sources: [] });
    expect(currentStages([step('a', '1'), step('b', '1'), step('a', '2')]).map((s) => `${s.id}${s.role}`)).toEqual(['a2', 'b1']);
  });
});
