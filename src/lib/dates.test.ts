import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, precisionOf } from './dates.ts';

describe('formatDate', () => {
  it('keeps the precision the source gives', () => {
    expect(formatDate('2016')).toBe('2016');
    expect(formatDate('2022-09')).toBe('September 2022');
    expect(formatDate('2023-08-03')).toBe('3 August 2023');
  });
});

describe('precisionOf', () => {
  it('reads the precision from the shape', () => {
    expect(precisionOf('2016')).toBe('year');
    expect(precisionOf('2022-09')).toBe('month');
    expect(precisionOf('2022-09-22')).toBe('day');
  });
});

describe('compareDates', () => {
  it('orders chronologically, coarse dates before finer ones in the same period', () => {
    const sorted = ['2023-08-03', '2016', '2022-09', '2022', '2022-09-22'].sort(compareDates);
    expect(sorted).toEqual(['2016', '2022', '2022-09', '2022-09-22', '2023-08-03']);
  });
});
