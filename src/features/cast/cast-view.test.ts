import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { gateInMemory } from '@/test/gate-in-memory.ts';
import type { Dataset } from '@/lib/schema.server.ts';
import { NO_SPOILERS, type SpoilerSettings } from '@/lib/spoilers.ts';
import { buildCastDocument } from './cast-document.server.ts';
import { castDescription, rolesOf, viewCast, type CastDocument } from './cast-view.ts';

const data = readDataset();
const kit = buildCastDocument(data, 'kit-connor')!;
const alice = buildCastDocument(data, 'alice-oseman')!;
const quotesBy = (person: string) => data.quotes.filter((q) => q.speaker === person);
const gated = (document: CastDocument, settings: SpoilerSettings, lists: string[] = []) => gateInMemory(document, settings, data.episodes, lists);
const shownQuotes = (document: CastDocument, settings: SpoilerSettings) => gated(document, settings).document.quotes.map((q) => q.id);

describe('a cast document', () => {
  it('is null for an unknown person', () => {
    expect(buildCastDocument(data, 'nobody')).toBeNull();
  });

  it('has one for every person in the data', () => {
    for (const p of data.people) expect(buildCastDocument(data, p.id)?.person.name, p.id).toBe(p.name);
  });

  it('says whom an actor plays, with links to those characters', () => {
    expect(kit.person).toMatchObject({ id: 'kit-connor', name: 'Kit Connor', roles: ['actor'] });
    expect(kit.characters).toEqual([{ id: 'nick-nelson', name: 'Nick Nelson' }]);
  });

  it('has every quote the person said, verbatim, with where, when and the source written out', () => {
    expect(kit.quotes.map((q) => q.id)).toEqual(quotesBy('kit-connor').map((q) => q.id));
    for (const q of quotesBy('kit-connor')) {
      const shown = kit.quotes.find((k) => k.id === q.id)!;
      expect([shown.text, shown.said, shown.date, shown.reveals, shown.source]).toEqual([
        q.text,
        q.said,
        q.date,
        q.reveals,
        data.sources.find((s) => s.id === q.source),
      ]);
      expect(shown.about.map((c) => c.id)).toEqual(q.about);
    }
    const aboutNick = kit.quotes.find((q) => q.about.some((c) => c.id === 'nick-nelson'))!;
    expect(aboutNick.about).toContainEqual({ id: 'nick-nelson', name: 'Nick Nelson' });
  });

  it('gives crew a page with their bio and quotes and no characters', () => {
    expect(rolesOf(alice.person.roles)).toBe('Creator, writer and executive producer');
    expect(alice.characters).toEqual([]);
    expect(alice.quotes.length).toBe(quotesBy('alice-oseman').length);
    expect(alice.bio.map((b) => b.text)).toEqual([data.people.find((p) => p.id === 'alice-oseman')!.bio!.text]);
    expect(alice.bio[0]!.sources.map((s) => s.id)).toEqual(data.people.find((p) => p.id === 'alice-oseman')!.bio!.sources);
  });

  it('has an empty bio for someone the data has none for', () => {
    const without = data.people.find((p) => !p.bio)!;
    expect(buildCastDocument(data, without.id)!.bio).toEqual([]);
  });
});

describe('spoilers on a cast page', () => {
  const gatedQuote = quotesBy('kit-connor').find((q) => q.reveals)!;

  it('keeps gated quotes out of the public part and says the quotes have more', () => {
    const { public: pub, document, hidden } = gated(kit, NO_SPOILERS);
    expect(JSON.stringify(pub)).not.toContain(gatedQuote.text);
    expect(document.quotes.every((q) => !q.reveals)).toBe(true);
    expect([...hidden]).toEqual(['quotes']);
  });

  it('shows a quote from its episode on, and every quote with the switch on', () => {
    expect(shownQuotes(kit, { showAll: false, watched: 's1e7' })).not.toContain(gatedQuote.id);
    expect(shownQuotes(kit, { showAll: false, watched: 's1e8' })).toContain(gatedQuote.id);
    expect(shownQuotes(kit, { showAll: true, watched: 'none' })).toHaveLength(kit.quotes.length);
  });

  it('gates a bio that gives the story away, like any other item', () => {
    const [first, ...rest] = data.people;
    const withGatedBio: Dataset = { ...data, people: [{ ...first!, bio: { ...first!.bio!, reveals: 's2e5' } }, ...rest] };
    const document = buildCastDocument(withGatedBio, first!.id)!;
    const atNothing = gated(document, NO_SPOILERS);
    expect(atNothing.document.bio).toEqual([]);
    expect(atNothing.hidden.has('bio')).toBe(true);
    expect(JSON.stringify(atNothing.public)).not.toContain(first!.bio!.text);
    expect(gated(document, { showAll: false, watched: 's2e5' }).document.bio.map((b) => b.text)).toEqual([first!.bio!.text]);
    expect(gated(document, NO_SPOILERS, ['bio']).document.bio).toHaveLength(1);
  });

  it('cites only the sources of what is shown, the credit first', () => {
    const view = viewCast(gated(kit, NO_SPOILERS).document);
    const shown = [...kit.person.sources, ...kit.bio.flatMap((b) => b.sources), ...kit.awards.flatMap((a) => a.sources), ...view.quotes.map((q) => q.source)].map(
      (s) => s.id,
    );
    expect(kit.awards.length).toBeGreaterThan(0);
    expect(view.citations.map((s) => s.id)).toEqual([...new Set(shown)]);
    expect(view.citations[0]!.id).toBe(kit.person.sources[0]!.id);
  });
});

describe('a cast page’s description', () => {
  it('says whom an actor plays, and that the page has their quotes', () => {
    expect(castDescription(gated(kit, NO_SPOILERS).public)).toBe(
      'Kit Connor plays Nick Nelson in Heartstopper. Their quotes about the series, with sources.',
    );
  });

  it('says what crew do', () => {
    expect(castDescription(gated(alice, NO_SPOILERS).public)).toBe(
      'Alice Oseman worked on Heartstopper as creator, writer and executive producer. Their quotes about the series, with sources.',
    );
  });

  it('promises no quotes where there are none', () => {
    const echo = buildCastDocument(data, 'echo')!;
    expect(castDescription(echo)).toBe('Echo plays Nellie in Heartstopper.');
  });

  it('counts quotes the public part only knows are hidden, and never quotes a spoiler', () => {
    const onlyGated = { ...kit, quotes: kit.quotes.filter((q) => q.reveals) };
    const pub = gated(onlyGated, NO_SPOILERS).public;
    expect(pub.quotes).toEqual([]);
    expect(castDescription(pub)).toMatch(/Their quotes/);
  });
});
