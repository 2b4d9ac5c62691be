/** Dates in the dataset carry their precision: `2016`, `2022-09` or `2022-09-22`. */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/**
 * British English, as precise as the source: "2016", "September 2022", "22 September 2022".
 * Formatted by hand, not with `toLocaleDateString`, so server and browser render the same text.
 */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Earlier first; a year-only date sorts before the months of that year. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
