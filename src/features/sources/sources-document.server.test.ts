import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { buildSourcePages, pageSources, SOURCES_PER_PAGE } from './sources-document.server.ts';
import type { ListedSource } from './sources.ts';

/** Sources newest first, as the list has them: `2023-08 s2e4` is a source from August 2023 only spoilers up to S2·E4 cite. */
const listed = (...entries: string[]): ListedSource[] =>
  entries.map((e, i) => {
    const [date = '', reveals] = e.split(' ');
    return { id: `s${i}`, publication: 'Outlet', date, url: 'https://example.org/', ...(reveals ? { reveals } : {}) };
  });

const keys = (sources: ListedSource[], perPage: number) => pageSources(sources, perPage).map((p) => `${p.year}/${p.part}`);

describe('pages of sources', () => {
  it('give each year a page, and cut a year with more public sources than a page holds into pages in order', () => {
    expect(keys(listed('2024-01', '2023-09', '2023-08', '2023-07', '2023', '2022'), 2)).toEqual(['2024/1', '2023/1', '2023/1', '2023/2', '2023/2', '2022/1']);
  });

  it('count only public sources, so a page’s size and a year’s pages say nothing of what is hidden', () => {
    // A gated source joins the page of the public source before it in its year, or the year's first page.
    expect(keys(listed('2023-12 s2e4', '2023-09', '2023-08 s2e8', '2023-07 s2e1', '2023-06', '2023-05', '2023-04 s2e2'), 2)).toEqual([
      '2023/1',
      '2023/1',
      '2023/1',
      '2023/1',
      '2023/1',
      '2023/2',
      '2023/2',
    ]);
  });

  it('give a year only spoilers cite no page: its sources join the page before them, or the first', () => {
    expect(keys(listed('2024 s2e3', '2023-05', '2021-02 s2e5', '2020-01'), 5)).toEqual(['2023/1', '2023/1', '2023/1', '2020/1']);
  });

  it('list every source of the dataset once, with the index and the lookup agreeing with the pages', () => {
    const { index, pages, lookup } = buildSourcePages(readDataset());
    const onPages = pages.flatMap((p) => p.sources.map((s) => ({ id: s.id, year: p.year, part: p.part })));
    expect(onPages.map((s) => s.id).toSorted()).toEqual(readDataset().sources.map((s) => s.id).toSorted());
    expect(lookup.pages.map(({ id, year, part }) => ({ id, year, part })).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(
      onPages.toSorted((a, b) => a.id.localeCompare(b.id)),
    );
    expect(index.years.map((y) => y.year)).toEqual([...new Set(pages.map((p) => p.year))]);
    for (const page of pages) expect(page.sources.filter((s) => s.reveals === undefined).length).toBeLessThanOrEqual(SOURCES_PER_PAGE);
  });
});
