/**
 * Everything in data/ is shown somewhere: every quote, bio, event and source is in the document of a page the
 * site prerenders (in its public part or a gated part, which the page shows at the viewer's level). The
 * search index doesn't count: it finds things, it isn't where a reader reads them.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteFiles, sitePaths } from '@/app/site-documents.server.ts';
import { LATEST } from '@/lib/timeline-pages.ts';
import { timelinePageNames } from '@/features/timeline/timeline-document.server.ts';
import { documentFile, documents } from '@/lib/dataset.ts';
import { readDataset, readEntryLines } from '@/lib/dataset-source.server.ts';
import { paths } from '@/lib/paths.ts';
import { buildSourcePages } from '@/features/sources/sources-document.server.ts';

const data = readDataset();
const files = buildSiteFiles(data, readEntryLines());
const prerendered = new Set(sitePaths(data));

/** Each page that shows dataset content, and the documents it reads. */
const pageDocuments: [page: string, ...names: string[]][] = [
  [paths.home(), documents.home],
  [paths.characters(), documents.characters],
  ...data.characters.map((c): [string, string] => [paths.character(c.id), documents.character(c.id)]),
  [paths.castList(), documents.castList],
  ...data.people.map((p): [string, string] => [paths.cast(p.id), documents.cast(p.id)]),
  ...data.episodes.map((e): [string, string] => [paths.episode(e.id), documents.episode(e.id)]),
  [paths.music(), documents.music],
  // The index and its gated parts (the story, whole) and the newest public events, whole; past what
  // `/timeline/` holds, each year's pages (their public events, whole).
  [paths.timeline(), documents.timeline, documents.timelinePage(LATEST)],
  ...timelinePageNames(data).map((page): [string, string] => [paths.timelinePage(page), documents.timelinePage(page)]),
  [paths.sources(), documents.sources],
  ...buildSourcePages(data).pages.map((p): [string, string] => [paths.sourcePage(p.year, p.part), documents.sourcePage(p.year, p.part)]),
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
    .map(([page, ...names]) => {
      const own = [...files].filter(([file]) => names.some((name) => file === documentFile(name) || file.startsWith(`${name}.`)));
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

  it('every award that names someone, on their cast page too', () => {
    for (const a of data.reception) {
      if (a.kind !== 'award') continue;
      const pages = pagesShowing({ id: a.id, year: a.year, category: a.category, result: a.result });
      for (const person of a.people ?? []) expect(pages, `${a.id} on ${person}'s page`).toContain(paths.cast(person));
    }
  });

  it('every song, with its artist and moment, on its episode’s page and on the music page', () => {
    const songs = data.episodes.flatMap((e) => (e.songs ?? []).map((s) => [e.id, s] as const));
    expect(songs.length).toBeGreaterThan(0);
    for (const [episode, s] of songs) {
      expect(pagesShowing({ title: s.title, artist: s.artist, moment: s.moment }).toSorted(), `${s.title} (${episode})`).toEqual(
        [paths.episode(episode), paths.music()].toSorted(),
      );
    }
  });

  it('every critic’s rating of an episode, on that episode’s page', () => {
    for (const e of data.episodes) {
      for (const r of e.ratings ?? []) expect(pagesShowing({ rating: r.rating, critic: r.critic }), `${e.id} ${r.rating}`).toContain(paths.episode(e.id));
    }
  });

  it('everyone in the people file, on the cast and crew page, with a page of their own', () => {
    for (const p of data.people) expect(pagesShowing({ id: p.id, name: p.name }), p.id).toContain(paths.castList());
    expect(prerendered.has(paths.castList())).toBe(true);
    for (const p of data.people) expect(prerendered.has(paths.cast(p.id)), p.id).toBe(true);
  });

  it('every source, with its outlet, headline and date', () => {
    for (const s of data.sources) {
      expect(pagesShowing({ id: s.id, publication: s.publication, headline: s.headline, date: s.date }), s.id).not.toEqual([]);
    }
  });
});
