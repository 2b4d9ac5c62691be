import { describe, expect, it } from 'vitest';
import { EVENTS_PER_PAGE, LATEST, LATEST_EVENTS, partOf, timelinePages, yearPages } from './timeline-pages.ts';

const event = (id: string, date: string, reveals?: string) => ({ id, date, reveals });
const two = (n: number) => String(n).padStart(2, '0');
/** `n` events of `year`, one a day from January 1st. */
const days = (n: number, year: string) => Array.from({ length: n }, (_, i) => event(`${year}-${i}`, `${year}-${two(Math.floor(i / 28) + 1)}-${two((i % 28) + 1)}`));

describe('timelinePages', () => {
  it('lists every public event on `/timeline/` while it holds them all, so there are no other pages', () => {
    const pages = timelinePages([...days(LATEST_EVENTS, '2020'), event('secret', '2019', 's1e1')]);
    expect(new Set(pages.values())).toEqual(new Set([LATEST]));
    expect(pages.has('secret')).toBe(false);
    expect(yearPages(pages)).toEqual([]);
  });

  it('past that, gives each year a page and a long year later pages, by date, counting public events only', () => {
    const long = days(EVENTS_PER_PAGE + 1, '2021');
    const secrets = Array.from({ length: EVENTS_PER_PAGE }, (_, i) => event(`secret-${i}`, '2021-01-01', 's1e1'));
    // In no order: the pages follow the dates.
    const pages = timelinePages([...long.toReversed(), ...secrets, ...days(3, '2019'), event('only-year', '2019')]);
    expect(yearPages(pages)).toEqual(['2019', '2021', '2021/2']);
    expect(pages.get('only-year')).toBe('2019');
    expect(pages.get(long.at(-1)!.id)).toBe('2021/2');
    expect([...pages.values()].filter((p) => p === '2021')).toHaveLength(EVENTS_PER_PAGE);
    for (const s of secrets) expect(pages.has(s.id)).toBe(false);
    expect(partOf('2021/2')).toBe(2);
    expect(partOf('2021')).toBe(1);
  });
});
