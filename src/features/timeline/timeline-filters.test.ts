import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { buildTimeline } from './timeline-document.server.ts';
import { filterEntries, filtersToParams, NO_FILTERS, parseFilters, type TimelineFilters } from './timeline-filters.ts';

const data = readDataset();
const { entries, characters } = buildTimeline(data);
const episodes = [...data.episodes].sort((a, b) => a.season - b.season || a.number - b.number).map((e) => e.id);
const known = { characters: new Set(characters.map((c) => c.id)), episodes };
const parse = (query: string) => parseFilters(new URLSearchParams(query), known);

describe('timeline filters in the URL', () => {
  it('read what the issue’s example link says', () => {
    const { filters, ignored } = parse('category=casting&category=production&character=isaac-henderson&year=2022');
    expect(filters).toEqual({ categories: ['casting', 'production'], characters: ['isaac-henderson'], year: '2022', from: null, to: null });
    expect(ignored).toEqual([]);
  });

  it('survive a round trip through the query string, in a stable order', () => {
    const filters: TimelineFilters = { categories: ['story', 'casting'], characters: ['nick-nelson', 'tao-xu'], year: '2023', from: 's2e2', to: 's2e5' };
    const query = filtersToParams(filters).toString();
    expect(query).toBe('category=casting&category=story&character=nick-nelson&character=tao-xu&year=2023&from=s2e2&to=s2e5');
    expect(parse(query).filters).toEqual({ ...filters, categories: ['casting', 'story'] });
    expect(filtersToParams(NO_FILTERS).toString()).toBe('');
  });

  it('leave out junk and say what was left out, without throwing', () => {
    const { filters, ignored } = parse('category=<script>&character=nobody&year=abc&from=s9e99&category=casting&category=casting&year=2022&year=2023');
    expect(filters).toEqual({ categories: ['casting'], characters: [], year: '2022', from: null, to: null });
    expect(ignored).toEqual([
      { name: 'category', value: '<script>' },
      { name: 'character', value: 'nobody' },
      { name: 'year', value: 'abc' },
      { name: 'year', value: '2023' },
      { name: 'from', value: 's9e99' },
    ]);
  });

  it('read the order, story or release, and leave out any other', () => {
    expect(parse('order=story').order).toBe('story');
    expect(parse('').order).toBe('release');
    const junk = parse('order=alphabetical');
    expect(junk.order).toBe('release');
    expect(junk.ignored).toEqual([{ name: 'order', value: 'alphabetical' }]);
    expect(filtersToParams({ ...NO_FILTERS, year: '2022' }, 'story').toString()).toBe('order=story&year=2022');
    expect(filtersToParams(NO_FILTERS, 'release').toString()).toBe('');
  });

  it('read an episode range given back to front as the same range', () => {
    expect(parse('from=s2e5&to=s2e2').filters).toMatchObject({ from: 's2e2', to: 's2e5' });
  });
});

describe('filterEntries', () => {
  it('keeps only the chosen categories, characters and year', () => {
    const casting = filterEntries(entries, { ...NO_FILTERS, categories: ['casting'] }, episodes);
    expect(casting.length).toBeGreaterThan(0);
    expect(casting.every((e) => e.category === 'casting')).toBe(true);
    const isaac2022 = filterEntries(entries, { ...NO_FILTERS, characters: ['isaac-henderson'], year: '2022' }, episodes);
    expect(isaac2022.every((e) => e.characters.includes('isaac-henderson') && e.date.startsWith('2022'))).toBe(true);
  });

  it('limits story events to the episode range and leaves the news alone', () => {
    const range = filterEntries(entries, { ...NO_FILTERS, from: 's2e4', to: 's2e5' }, episodes);
    const story = range.filter((e) => e.kind === 'story');
    expect(story.length).toBeGreaterThan(0);
    expect(story.every((e) => ['s2e4', 's2e5'].includes(e.reveals!))).toBe(true);
    expect(range.filter((e) => e.kind === 'news')).toEqual(entries.filter((e) => e.kind === 'news'));
  });

  it('keeps the timeline’s order', () => {
    const all = filterEntries(entries, NO_FILTERS, episodes);
    expect(all).toEqual(entries);
  });
});
