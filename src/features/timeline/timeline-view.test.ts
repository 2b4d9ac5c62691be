import { describe, expect, it } from 'vitest';
import type { EpisodeSummary } from '@/lib/gated-queries.ts';
import type { TimelineFacts } from './timeline.ts';
import { NO_FILTERS } from './timeline-filters.ts';
import { eventCount } from './timeline-rows.ts';
import { eventPagePath, isPageView, LATEST, onPage, pageOfParam, pageView, ribbonCounts, viewPath, viewRows } from './timeline-view.ts';

const fact = (id: string, date: string, extra: Partial<TimelineFacts> = {}): TimelineFacts => ({ id, date, kind: 'news', category: 'production', characters: [], ...extra });
const entries = [
  fact('a', '2016'),
  fact('b', '2019-04-02', { category: 'casting' }),
  fact('c', '2022-09-01', { category: 'casting' }),
  fact('d', '2023-08-03', { category: 'release' }),
  fact('e', '2024-05-01'),
];
const episodes: EpisodeSummary[] = [{ id: 's1e1', season: 1, number: 1, title: 'Meet', runtimeMinutes: 30 }];
const context = { episodes, seasons: [], latestFrom: '2023-08-03' };
const ids = (rows: ReturnType<typeof viewRows>) => rows.flatMap((r) => (r.kind === 'event' ? [r.entry.id] : []));

describe('pageOfParam', () => {
  it('is the newest stretch without a year, the year for four digits, and no page for anything else', () => {
    expect(pageOfParam(undefined)).toBe(LATEST);
    expect(pageOfParam('2022')).toBe('2022');
    for (const junk of ['22', 'abc', '..', '2022.json', '../episodes']) expect(pageOfParam(junk), junk).toBeNull();
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
    expect(ids(viewRows(entries, view, '2019', context))).toEqual(['b']);
    expect(eventCount(viewRows(entries, pageView('2022'), '2022', context))).toBe(1);
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
  });
});

describe('eventPagePath', () => {
  it('names the year’s page, or the year’s view when the year has no page', () => {
    const years = [{ year: '2019' }, { year: '2022' }];
    expect(eventPagePath('2019-04-02', years)).toBe('/timeline/2019/');
    expect(eventPagePath('2023-08', years)).toBe('/timeline/?year=2023');
  });
});

describe('ribbonCounts', () => {
  it('counts the view’s other filters over every year, so the ribbon covers the whole timeline', () => {
    const view = { filters: { ...NO_FILTERS, year: '2022', categories: ['casting' as const] }, order: 'release' as const };
    expect([...ribbonCounts(entries, view, ['s1e1'])]).toEqual([['2019-04', 1], ['2022-09', 1]]);
  });
});
