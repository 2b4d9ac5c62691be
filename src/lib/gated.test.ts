import { describe, expect, it } from 'vitest';
import { partsNeeded, slotsOf, splitGated, stubsOf } from './gated.ts';
import { seasonLengthsOf } from './spoilers.ts';

const seasons = seasonLengthsOf([
  { season: 1, number: 8 },
  { season: 2, number: 8 },
]);
const doc = {
  title: 'Nick',
  facts: [
    { text: 'public' },
    { text: 'comes out to his mum', reveals: 's1e8' },
    { text: 'Paris', reveals: 's2e4' },
    { text: 'also at s1e8', reveals: 's1e8' },
  ],
};

describe('splitGated', () => {
  const { public: pub, parts } = splitGated(doc);

  it('leaves only neutral stubs where gated items were', () => {
    expect(JSON.stringify(pub)).not.toMatch(/mum|Paris|also at/);
    expect(pub.facts).toEqual([
      { text: 'public' },
      { gated: 's1e8-1', reveals: 's1e8' },
      { gated: 's2e4-1', reveals: 's2e4' },
      { gated: 's1e8-2', reveals: 's1e8' },
    ]);
  });

  it('writes one part per episode and one per item', () => {
    expect(Object.keys(parts.get('s1e8')!)).toEqual(['s1e8-1', 's1e8-2']);
    expect(parts.get('s2e4-1')).toEqual({ 's2e4-1': doc.facts[2] });
    expect([...parts.keys()].sort()).toEqual(['s1e8', 's1e8-1', 's1e8-2', 's2e4', 's2e4-1']);
  });

  it('refuses a document with "reveals" outside a list', () => {
    expect(() => splitGated({ summary: { text: 'x', reveals: 's2' } })).toThrow(/outside a list/);
  });
});

describe('partsNeeded and slotsOf', () => {
  const { public: pub, parts } = splitGated(doc);
  const stubs = stubsOf(pub);
  const none = { showAll: false, watched: 'none' };
  const loadedFor = (names: string[]) => new Map(names.flatMap((n) => Object.entries(parts.get(n)!)));

  it('asks for nothing at "nothing yet", and for exactly the allowed episodes above it', () => {
    expect(partsNeeded(stubs, none, seasons, new Set())).toEqual([]);
    expect(partsNeeded(stubs, { showAll: false, watched: 's1' }, seasons, new Set())).toEqual(['s1e8']);
    expect(partsNeeded(stubs, { showAll: true, watched: 'none' }, seasons, new Set()).sort()).toEqual(['s1e8', 's2e4']);
  });

  it('asks for one item alone when the viewer reveals it', () => {
    expect(partsNeeded(stubs, none, seasons, new Set(['s2e4-1']))).toEqual(['s2e4-1']);
  });

  it('shows a loaded item only while the setting or a reveal allows it', () => {
    const loaded = loadedFor(['s1e8', 's2e4']);
    const shown = (settings: typeof none, revealed = new Set<string>()) =>
      slotsOf(pub.facts, (f) => f.text, loaded, settings, seasons, revealed).flatMap((s) => (s.hidden ? [] : [s.item.text]));
    expect(shown(none)).toEqual(['public']);
    expect(shown({ showAll: false, watched: 's1e8' })).toEqual(['public', 'comes out to his mum', 'also at s1e8']);
    expect(shown(none, new Set(['s2e4-1']))).toEqual(['public', 'Paris']);
  });

  it('keeps an allowed stub as a placeholder until its part has arrived', () => {
    const slots = slotsOf(pub.facts, (f) => f.text, new Map(), { showAll: true, watched: 'none' }, seasons, new Set());
    expect(slots.filter((s) => s.hidden).map((s) => s.key)).toEqual(['s1e8-1', 's2e4-1', 's1e8-2']);
  });
});
