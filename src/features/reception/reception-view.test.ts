import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { buildReception } from './reception-document.server.ts';
import { awardTally, viewReception } from './reception-view.ts';

const data = readDataset();
const document = buildReception(data);

describe('the reception page’s document', () => {
  it('has every entry of data/reception.json once, in its section', () => {
    const ids = [...document.reviews, ...document.scores, ...document.viewing, ...document.awards].map((r) => r.id);
    expect(ids.toSorted()).toEqual(data.reception.map((r) => r.id).toSorted());
  });

  it('writes each source out with the passage the entry quotes from it, and carries no excerpts map', () => {
    for (const item of [...document.reviews, ...document.scores, ...document.viewing, ...document.awards]) {
      const entry = data.reception.find((r) => r.id === item.id)!;
      expect(item).not.toHaveProperty('excerpts');
      expect(item.sources.map((s) => s.excerpt)).toEqual(entry.sources.map((id) => entry.excerpts?.[id]));
    }
  });

  it('orders scores season by season, oldest first, so the page shows how each moved', () => {
    const keys = document.scores.map((s) => `${s.season ?? 0}|${s.date}`);
    expect(keys).toEqual(keys.toSorted());
  });

  it('names the people an award names, for links to their cast pages', () => {
    for (const a of document.awards) {
      const entry = data.reception.find((r) => r.id === a.id)!;
      expect(a.people.map((p) => p.id)).toEqual(entry.kind === 'award' ? (entry.people ?? []) : []);
      for (const p of a.people) expect(p.name).toBe(data.people.find((x) => x.id === p.id)!.name);
    }
  });
});

describe('viewReception', () => {
  it('lists each cited source once, without any entry’s excerpt', () => {
    const { citations } = viewReception(document);
    expect(new Set(citations.map((s) => s.id)).size).toBe(citations.length);
    for (const s of citations) expect(s).not.toHaveProperty('excerpt');
  });

  it('counts wins and nominations', () => {
    expect(awardTally([{ result: 'won' }, { result: 'nominated' }, { result: 'won' }])).toEqual({ wins: 2, nominations: 3 });
  });
});
