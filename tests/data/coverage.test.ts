/**
 * Everything in data/ is shown somewhere: every quote, bio, event and source is in the document of a page the
 * site prerenders (in its public part or a gated part, which the page shows at the viewer's level). The
 * search index doesn't count: it finds things, it isn't where a reader reads them.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteFiles, sitePaths } from '@/app/site-documents.server.ts';
import { documentFile, documents } from '@/lib/dataset.ts';
import { readDataset, readEntryLines } from '@/lib/dataset-source.server.ts';
import { paths } from '@/lib/paths.ts';

const data = readDataset();
const files = buildSiteFiles(data, readEntryLines());
const prerendered = new Set(sitePaths(data));

/** Each page that shows dataset content, and the document it reads. */
const pageDocuments: [page: string, name: string][] = [
  [paths.home(), documents.home],
  [paths.characters(), documents.characters],
  ...data.characters.map((c): [string, string] => [paths.character(c.id), documents.character(c.id)]),
  ...data.people.map((p): [string, string] => [paths.cast(p.id), documents.cast(p.id)]),
  [paths.timeline(), documents.timeline],
  [paths.sources(), documents.sources],
  [paths.reception(), documents.reception],
];

/** Every object anywhere in a value: a document's items, and the gated items inside its parts. */
function* objectsIn(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objectsIn(v);
  else if (typeof value === 'object' && value !== null) {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* objectsIn(v);
  }
}

/** Per prerendered page, every object in its document: the public part and all its gated parts. */
const shownOn = new Map(
  pageDocuments
    .filter(([page]) => prerendered.has(page))
    .map(([page, name]) => {
      const own = [...files].filter(([file]) => file === documentFile(name) || file.startsWith(`${name}.`));
      return [page, own.flatMap(([, file]) => [...objectsIn(file.content)])] as const;
    }),
);

/** The pages with an object that has all these fields, as the data has them. */
function pagesShowing(fields: Record<string, unknown>): string[] {
  const wanted = Object.entries(fields).filter(([, v]) => v !== undefined);
  return [...shownOn].filter(([, objects]) => objects.some((o) => wanted.every(([k, v]) => o[k] === v))).map(([page]) => page);
}

describe('everything in data/ is shown on some page', () => {
  it('reads the documents of prerendered pages', () => {
    expect(shownOn.size).toBe(pageDocuments.length);
    for (const [page, objects] of shownOn) expect(objects.length, page).toBeGreaterThan(0);
  });

  it('every quote, word for word, with who said it where and when', () => {
    expect(data.quotes.length).toBeGreaterThan(0);
    for (const q of data.quotes) {
      expect(pagesShowing({ text: q.text, said: q.said, date: q.date }), q.id).not.toEqual([]);
    }
  });

  it('every bio', () => {
    const bios = data.people.flatMap((p) => (p.bio ? [[p.id, p.bio] as const] : []));
    expect(bios.length).toBeGreaterThan(0);
    for (const [id, bio] of bios) expect(pagesShowing({ text: bio.text }), id).not.toEqual([]);
  });

  it('every event, with its title and summary', () => {
    for (const e of data.events) expect(pagesShowing({ id: e.id, title: e.title, summary: e.summary }), e.id).not.toEqual([]);
  });

  it('every reception entry: review, score, audience figure and award', () => {
    expect(data.reception.length).toBeGreaterThan(0);
    for (const r of data.reception) expect(pagesShowing({ id: r.id, kind: r.kind }), r.id).toEqual([paths.reception()]);
  });

  it('every source, with its outlet, headline and date', () => {
    for (const s of data.sources) {
      expect(pagesShowing({ id: s.id, publication: s.publication, headline: s.headline, date: s.date }), s.id).not.toEqual([]);
    }
  });
});
