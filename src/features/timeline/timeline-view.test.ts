import { describe, expect, it } from 'vitest';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import type { TimelineEntry, TimelineFacts } from './timeline.ts';
import { NO_FILTERS } from './timeline-filters.ts';
import { eventCount } from './timeline-rows.ts';
import { EVENTS_PER_PAGE, LATEST, LATEST_EVENTS } from '@/lib/timeline-pages.ts';
import { entryPages, eventPagePath, isPageView, namedCharacters, onPage, pageOfParam, pageView, periodPagePath, ribbonCounts, viewPath, viewRows } from './timeline-view.ts';

const fact = (id: string, date: string, extra: Partial<TimelineFacts> = {}): TimelineFacts => ({ id, date, kind: 'news', category: 'production', characters: [], ...extra });
const entries = [
  fact('a', '2016'),
  fact('b', '2019-04-02', { category: 'casting' }),
  fact('c', '2022-09-01', { category: 'casting' }),
  fact('d', '2023-08-03', { category: 'release' }),
  fact('e', '2024-05-01'),
];
const episodes: EpisodeSummary[] = [{ id: 's1e1', season: 1, number: 1, title: 'Meet', runtimeMinutes: 30 }];
// As on a timeline long enough to have year pages: `/timeline/` from 2023-08-03, and 2019 on two pages.
const pages = new Map([['a', '2016'], ['b', '2019/2'], ['c', '2022'], ['d', '2023'], ['e', '2024']]);
const context = { episodes, seasons: [], latestFrom: '2023-08-03', pages };
const ids = (rows: ReturnType<typeof viewRows>) => rows.flatMap((r) => (r.kind === 'event' ? [r.entry.id] : []));

describe('pageOfParam', () => {
  it('is the newest stretch without a year, the year for four digits, a later page for a number past 1, and no page for anything else', () => {
    expect(pageOfParam(undefined)).toBe(LATEST);
    expect(pageOfParam('2022')).toBe('2022');
    expect(pageOfParam('2022', '2')).toBe('2022/2');
    expect(pageOfParam('2022', '12')).toBe('2022/12');
    for (const junk of ['22', 'abc', '..', '2022.json', '../episodes']) expect(pageOfParam(junk), junk).toBeNull();
    for (const junk of ['1', '0', '02', 'x', '2.json', '..']) expect(pageOfParam('2022', junk), junk).toBeNull();
  });
});

describe('viewRows', () => {
  it('keeps `/timeline/` to the newest stretch, and covers the whole timeline once anything is filtered or reordered', () => {
    expect(ids(viewRows(entries, pageView(LATEST), LATEST, context))).toEqual(['d', 'e']);
    const casting = { ...pageView(LATEST), filters: { ...NO_FILTERS, categories: ['casting' as const] } };
    expect(ids(viewRows(entries, casting, LATEST, context))).toEqual(['b', 'c']);
    expect(ids(viewRows(entries, { filters: { ...NO_FILTERS, year: '2016' }, order: 'release' }, LATEST, context))).toEqual(['a']);
  });

  it('shows a year’s page as the view filtered to that year, whatever the query’s year', () => {
    const view = onPage({ filters: { ...NO_FILTERS, year: '2016' }, order: 'release' }, '2019');
    expect(view.filters.year).toBe('2019');
    expect(isPageView(view, '2019')).toBe(true);
    expect(ids(viewRows(entries, view, '2019', context))).toEqual([]);
    expect(eventCount(viewRows(entries, pageView('2022'), '2022', context))).toBe(1);
  });

  it('shows a year’s later page as its own events, and the whole year once filtered', () => {
    expect(ids(viewRows(entries, pageView('2019/2'), '2019/2', context))).toEqual(['b']);
    const casting = onPage({ filters: { ...NO_FILTERS, categories: ['casting'] }, order: 'release' }, '2019/2');
    expect(isPageView(casting, '2019/2')).toBe(false);
    expect(ids(viewRows([entries[0]!, fact('f', '2019-01-01', { category: 'casting' }), ...entries.slice(1)], casting, '2019/2', context))).toEqual(['f', 'b']);
  });
});

describe('viewPath', () => {
  it('keeps a year’s views on its page, and puts any other view on /timeline/ with its query', () => {
    const casting = { ...NO_FILTERS, categories: ['casting' as const] };
    expect(viewPath({ filters: { ...casting, year: '2022' }, order: 'release' }, '2022')).toBe('/timeline/2022/?category=casting');
    expect(viewPath({ filters: { ...NO_FILTERS, year: '2022' }, order: 'release' }, '2022')).toBe('/timeline/2022/');
    expect(viewPath({ filters: casting, order: 'release' }, '2022')).toBe('/timeline/?category=casting');
    expect(viewPath({ filters: { ...NO_FILTERS, year: '2019' }, order: 'release' }, '2022')).toBe('/timeline/?year=2019');
    expect(viewPath({ filters: { ...NO_FILTERS, year: '2022' }, order: 'release' }, LATEST)).toBe('/timeline/?year=2022');
    expect(viewPath(pageView(LATEST), LATEST)).toBe('/timeline/');
    expect(viewPath(pageView('2022/2'), '2022/2')).toBe('/timeline/2022/2/');
    expect(viewPath({ filters: { ...casting, year: '2022' }, order: 'release' }, '2022/2')).toBe('/timeline/2022/?category=casting');
  });
});

describe('entryPages', () => {
  const day = (i: number) => `2020-${String(Math.floor(i / 28) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const year = Array.from({ length: EVENTS_PER_PAGE + 10 }, (_, i) => fact(`n${i}`, day(i)));

  it('puts every event on `/timeline/` while it holds every public one, gated ones too', () => {
    const few = [...year.slice(0, LATEST_EVENTS), fact('secret', '2021', { reveals: 's1e1' })];
    expect(new Set(entryPages(few).values())).toEqual(new Set([LATEST]));
  });

  it('cuts a long year into pages of public events, and puts a gated event on the page of the public one before it', () => {
    const secretFirst = fact('secret-first', '2020', { reveals: 's1e1' });
    const secretLate = fact('secret-late', day(EVENTS_PER_PAGE + 1), { reveals: 's1e1' });
    const secretAlone = fact('secret-alone', '2021-05', { reveals: 's1e1' });
    const pages = entryPages([secretFirst, ...year.slice(0, EVENTS_PER_PAGE + 2), secretLate, ...year.slice(EVENTS_PER_PAGE + 2), secretAlone]);
    expect(pages.get('n0')).toBe('2020');
    expect(pages.get(`n${EVENTS_PER_PAGE - 1}`)).toBe('2020');
    expect(pages.get(`n${EVENTS_PER_PAGE}`)).toBe('2020/2');
    expect(pages.get('secret-first')).toBe('2020');
    expect(pages.get('secret-late')).toBe('2020/2');
    // A year only spoilers have has no page: its events are shown by the year's view.
    expect(pages.has('secret-alone')).toBe(false);
    expect(eventPagePath(secretAlone, pages)).toBe('/timeline/?year=2021');
    expect(eventPagePath(year.at(-1)!, pages)).toBe('/timeline/2020/2/');
  });
});

describe('periodPagePath', () => {
  it('names the first page of the year that reaches the month, or the year’s view when the year has no page', () => {
    const pages = [
      { page: '2019', last: '2019-04' },
      { page: '2019/2', last: '2019-12' },
      { page: '2022', last: '2022-11' },
    ];
    expect(periodPagePath('2019', pages)).toBe('/timeline/2019/');
    expect(periodPagePath('2019-04', pages)).toBe('/timeline/2019/');
    expect(periodPagePath('2019-05', pages)).toBe('/timeline/2019/2/');
    expect(periodPagePath('2022-09', pages)).toBe('/timeline/2022/');
    expect(periodPagePath('2023-08', pages)).toBe('/timeline/?year=2023');
    expect(periodPagePath('2023-08', [])).toBe('/timeline/');
  });
});

describe('namedCharacters', () => {
  it('adds the characters of the gated events the viewer may see to the index’s, by name', () => {
    const index = [{ id: 'nick', name: 'Nick Nelson' }];
    const secret = { ...fact('s', '2023-08-03', { reveals: 's1e1', characters: ['tao', 'nick'] }), title: 'T', summary: 'S', sources: [], cited: [], people: [{ id: 'tao', name: 'Tao Xu' }, { id: 'nick', name: 'Nick Nelson' }] } as TimelineEntry;
    expect(namedCharacters(index, [fact('a', '2016')])).toEqual(index);
    expect(namedCharacters(index, [fact('a', '2016'), secret]).map((c) => c.id)).toEqual(['nick', 'tao']);
  });
});

describe('ribbonCounts', () => {
  it('counts the view’s other filters over every year, so the ribbon covers the whole timeline', () => {
    const view = { filters: { ...NO_FILTERS, year: '2022', categories: ['casting' as const] }, order: 'release' as const };
    expect([...ribbonCounts(entries, view, ['s1e1'])]).toEqual([['2019-04', 1], ['2022-09', 1]]);
  });
});
