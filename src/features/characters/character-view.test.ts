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
const shownStory = (level: string) => view(watched(level)).story.map((p) => p.text);
const comingOut = nick.story.find((p) => p.reveals === 's1e8' && p.title === 'Nick tells his mum')!;
const labelOf = (document: typeof nick, other: string, settings: SpoilerSettings) =>
  viewCharacter(gated(document, settings).document).relationships.filter((r) => r.other.id === other).map((r) => r.role);

describe('a character document', () => {
  it('is null for an unknown slug', () => {
    expect(buildCharacterDocument(data, 'nobody')).toBeNull();
  });

  it('keeps no gated text in its public part', () => {
    expect(JSON.stringify(gated(nick, NO_SPOILERS).public)).not.toContain(comingOut.text);
  });

  it('shows a viewer who has watched nothing the background and no story, and says which sections have more', () => {
    const { document, hidden } = gated(nick, NO_SPOILERS);
    expect(document.details).toEqual(nick.details.filter((d) => !d.reveals));
    expect(document.story).toEqual([]);
    // His timeline events are news, public: the story on the timeline is data/story.json's, told in his storyline.
    expect([...hidden].sort()).toEqual(['quotes', 'relationships', 'story']);
  });

  it('tells his story from data/story.json: every point that names him, in watch order, each with its episode', () => {
    const named = data.story.filter((p) => p.characters.includes('nick-nelson'));
    expect(nick.story.map((p) => p.id).sort()).toEqual(named.map((p) => p.id).sort());
    const positions = nick.story.map((p) => p.episode!.season * 100 + p.episode!.number);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const p of nick.story) expect(p.episode?.id, p.id).toBe(p.reveals);
  });

  it('shows Nick coming out to his mum from S1E8 on, not before', () => {
    expect(shownStory('s1e7')).not.toContain(comingOut.text);
    expect(shownStory('s1e8')).toContain(comingOut.text);
    expect(shownStory('s2e3')).toContain(comingOut.text);
  });

  it('shows more as the level rises, and everything with the switch on', () => {
    const counts = ['none', 's1e4', 's1e8', 's2e4', 's2e7', 's2e8'].map((l) => shownStory(l).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts[0]).toBe(0);
    expect(view({ showAll: true, watched: 'none' }).story).toHaveLength(nick.story.length);
  });

  it('shows a whole section on request, and cites only sources of what is shown', () => {
    const shown = view(NO_SPOILERS, ['story']);
    expect(shown.story).toHaveLength(nick.story.length);
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
    expect(nick.character.occupation?.text).toBe(data.characters.find((c) => c.id === 'nick-nelson')!.occupation!.text);
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
