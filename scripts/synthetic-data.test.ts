// @vitest-environment node
// The benchmark's synthetic dataset must be one the real build accepts, or `npm run bench` measures nothing.
// The generator is plain .mjs (Node 20 can't import the .ts validation), so it runs here as its CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileName } from '@/lib/data-files.mjs';
import { readRawCollections } from '@/lib/dataset-source.server.ts';
import { validateDataset } from '@/lib/dataset-validation.server.ts';
import type { CollectionName } from '@/lib/schema.server.ts';

const COLLECTIONS: CollectionName[] = ['sources', 'people', 'characters', 'relationships', 'episodes', 'events', 'quotes', 'story', 'reception'];
/** Copied, not scaled (scripts/synthetic-data.mjs). */
const UNSCALED: CollectionName[] = ['episodes', 'story', 'reception'];
const script = join(import.meta.dirname, 'synthetic-data.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'synthetic-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const read = readRawCollections;

function generate(scale: number, name = `scale-${scale}`): string {
  const out = join(scratch, name);
  execFileSync(process.execPath, [script, '--scale', String(scale), '--out', out], { stdio: 'pipe' });
  return out;
}

const real = validateDataset(read(join(import.meta.dirname, '..', 'data')));

describe('synthetic-data.mjs at 3×', () => {
  const dir = generate(3);
  const data = validateDataset(read(dir));

  it('passes the project’s validation', () => {
    expect(data.characters.length).toBeGreaterThan(0);
  });

  it('scales every collection but the episodes and the story', () => {
    for (const name of COLLECTIONS) {
      const expected = UNSCALED.includes(name) ? real[name].length : Math.round(real[name].length * 3);
      expect(data[name].length, name).toBe(expected);
    }
    expect(data.episodes).toEqual(real.episodes);
    expect(data.story).toEqual(real.story);
  });

  it('keeps every real entry, so real ids such as nick-nelson still resolve', () => {
    for (const name of COLLECTIONS) {
      const ids = new Set(data[name].map((item) => item.id));
      for (const item of real[name]) expect(ids.has(item.id), `${name} ${item.id}`).toBe(true);
    }
  });

  it('gives every story event the episode that reveals it', () => {
    for (const e of data.events.filter((ev) => ev.kind === 'story')) expect(e.reveals, e.id).toBeDefined();
  });

  // The same rule as tests/data/integrity.test.ts: an id in a URL must not echo what it hides.
  it('gives gated items neutral ids that share no word of four letters or more with their text', () => {
    const nameOf = new Map(data.characters.map((c) => [c.id, c.name]));
    const gated = [
      ...data.events.map((e) => ({ id: e.id, reveals: e.reveals, text: [e.title, e.summary, e.note] })),
      ...data.relationships.map((r) => ({
        id: r.id,
        reveals: r.stages[0]!.reveals,
        text: [nameOf.get(r.from), nameOf.get(r.to), ...r.stages.flatMap((s) => [s.fromRole, s.toRole, s.type, s.note])],
      })),
      ...data.quotes.map((q) => ({ id: q.id, reveals: q.reveals, text: [q.text] })),
    ].filter((item) => item.reveals !== undefined);
    for (const item of gated) {
      expect(item.id, item.id).toMatch(/^s\d+(?:e\d+)?-(?:story|rel|quote)-\d+$/);
      const words = new Set(item.text.join(' ').toLowerCase().match(/\p{L}{4,}/gu) ?? []);
      expect(item.id.split('-').filter((w) => w.length >= 4 && words.has(w)), item.id).toEqual([]);
    }
  });

  it('writes the same bytes every run', () => {
    const again = generate(3, 'scale-3-again');
    for (const name of COLLECTIONS) {
      expect(readFileSync(join(again, dataFileName(name)), 'utf8'), name).toBe(readFileSync(join(dir, dataFileName(name)), 'utf8'));
    }
  });
});

describe('synthetic-data.mjs at 100×', () => {
  // Validated too: the build validates before it writes anything, and 100× is what it will be given.
  const data = validateDataset(read(generate(100)));

  it('reaches the sizes the benchmark is about', () => {
    expect(data.characters.length).toBe(real.characters.length * 100);
    expect(data.events.length).toBe(real.events.length * 100);
    expect(data.quotes.length).toBe(real.quotes.length * 100);
    expect(data.episodes.length).toBe(16);
  });

  it('spreads spoilers over all 16 episodes and both seasons, in every gated collection it generates', () => {
    const everyCode = ['s1', 's2', ...data.episodes.map((e) => e.id)].sort();
    const codesIn = (items: { reveals?: string | undefined }[]) =>
      [...new Set(items.flatMap((i) => (i.reveals ? [i.reveals] : [])))].sort();
    // Few background details are gated in the real data (two, by season), so the generated ones reach both
    // seasons but not every episode.
    const detailCodes = codesIn(data.characters.flatMap((c) => c.details));
    expect(detailCodes.some((c) => c.startsWith('s1')) && detailCodes.some((c) => c.startsWith('s2'))).toBe(true);
    expect(everyCode).toEqual(expect.arrayContaining(detailCodes));
    // Events are news: the story is data/story.json (copied as it is), and a story event would fail validation.
    expect(codesIn(data.events)).toEqual([]);
    expect(codesIn(data.relationships.flatMap((r) => r.stages))).toEqual(everyCode);
    expect(codesIn(data.quotes)).toEqual(everyCode);
  });
});
