import { describe, expect, it } from 'vitest';
import { normalizePathname, paths } from './paths.ts';

describe('paths', () => {
  it('builds folder-style hrefs', () => {
    expect(paths.character('nick-nelson')).toBe('/characters/nick-nelson/');
    expect(paths.cast('kit-connor')).toBe('/cast/kit-connor/');
    expect(paths.timeline()).toBe('/timeline/');
    expect(paths.timeline(new URLSearchParams([['category', 'casting'], ['year', '2022']]))).toBe('/timeline/?category=casting&year=2022');
    expect(paths.sourcePage('2023')).toBe('/sources/2023/');
    expect(paths.sourcePage('2023', 2)).toBe('/sources/2023/2/');
    expect(paths.source('den-of-geek-2023-08-03', '2023-08-03')).toBe('/sources/2023/#den-of-geek-2023-08-03');
    expect(paths.timelineEvent('season-2-release', new URLSearchParams({ order: 'story' }))).toBe('/timeline/?order=story#season-2-release');
    expect(paths.timelinePage('latest')).toBe('/timeline/');
    expect(paths.timelinePage('2022')).toBe('/timeline/2022/');
    expect(paths.timelinePage('2022/2')).toBe('/timeline/2022/2/');
    expect(paths.timelinePage('2022', new URLSearchParams({ category: 'casting' }))).toBe('/timeline/2022/?category=casting');
  });

  it('links an event to the page that lists it when given one, and to the view it is in when given a query', () => {
    expect(paths.timelineEvent('season-2-release', undefined, '2023/2')).toBe('/timeline/2023/2/#season-2-release');
    expect(paths.timelineEvent('season-2-release', undefined, 'latest')).toBe('/timeline/#season-2-release');
    expect(paths.timelineEvent('season-2-release')).toBe('/timeline/#season-2-release');
    expect(paths.timelineEvent('x', new URLSearchParams({ category: 'release' }), '2023')).toBe('/timeline/?category=release#x');
  });

  it('encodes what it is given', () => {
    expect(paths.character('a/b')).toBe('/characters/a%2Fb/');
    expect(paths.cast('a/b')).toBe('/cast/a%2Fb/');
    expect(paths.search('nick & charlie')).toBe('/search/?q=nick+%26+charlie');
  });

  it('normalizes the trailing slash', () => {
    expect(normalizePathname('/characters/nick-nelson')).toBe('/characters/nick-nelson/');
    expect(normalizePathname('/')).toBe('/');
  });
});
