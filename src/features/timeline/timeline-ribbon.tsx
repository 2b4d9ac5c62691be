import { useId, type MouseEvent } from 'react';
import { formatDate } from '@/lib/dates.ts';
import styles from './timeline-ribbon.module.css';

export type RibbonProps = {
  /** How many events the current view shows per period. Keys are `YYYY-MM` (month) or `YYYY` (an event known only to the year). */
  counts: ReadonlyMap<string, number>;
  /** The years the ribbon spans, inclusive (e.g. 2016 and 2024), fixed for the page so filtering never rescales it. */
  span: { from: number; to: number };
  /** Where a period's link goes: its heading on this page (`#when-2022-09`), or on the page it is on. */
  hrefOf: (key: string) => string;
  /** Jump to a period: called with the same key as in `counts`. The list scrolls to and focuses the period's heading, or goes to its page. */
  onJump: (key: string) => void;
};

/*
 * Geometry, in viewBox units. The SVG is stretched to its box (`preserveAspectRatio="none"`): x is one
 * column of COLUMN units per month, whatever the width; y is in CSS pixels, because the CSS gives the SVG
 * exactly HEIGHT px. Text would stretch with it, so the year labels are HTML under the SVG instead.
 */
const COLUMN = 10;
const BAR = 7;
const BARS_TOP = 2;
const AXIS = 38;
const MIN_BAR = 3;
/** The lane under the axis where events known only to their year are drawn. */
const LANE_TOP = 40;
const HEIGHT = 48;

type Period = {
  key: string;
  count: number;
  kind: 'month' | 'year';
  /** Where the period sits on the x axis, in viewBox units: a month's column, or a whole year. */
  x0: number;
  x1: number;
};

export function TimelineRibbon({ counts, span, hrefOf, onJump }: RibbonProps) {
  const descriptionId = useId();
  const years = Array.from({ length: Math.max(0, span.to - span.from + 1) }, (_, i) => span.from + i);
  const width = years.length * 12 * COLUMN;
  const periods = periodsOf(counts, years);
  // Square root: a month with a hundred events stays tallest without flattening the months with two.
  const max = Math.max(1, ...periods.filter((p) => p.kind === 'month').map((p) => p.count));
  const barHeight = (count: number) => MIN_BAR + (AXIS - BARS_TOP - MIN_BAR) * Math.sqrt(count / max);

  const jump = (event: MouseEvent, key: string) => {
    // Leave the URL and React Router alone; without JavaScript the href is still a plain link.
    event.preventDefault();
    onJump(key);
  };

  // A month is about 3 px wide on a phone, too narrow to tap: a tap anywhere snaps to the nearest period.
  // Links handle their own clicks (and prevent the default), so only taps between them arrive here.
  const snap = (event: MouseEvent<SVGSVGElement>) => {
    if (event.defaultPrevented) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const x = ((event.clientX - box.left) / box.width) * width;
    const y = ((event.clientY - box.top) / box.height) * HEIGHT;
    const key = nearestPeriod(periods, x, y >= LANE_TOP);
    if (key) onJump(key);
  };

  return (
    <nav aria-label="Timeline overview" aria-describedby={descriptionId} className={styles.ribbon}>
      <p id={descriptionId} className="visually-hidden">
        Events by month, {span.from} to {span.to}. Each month with events links to it.
      </p>
      <svg
        role="group"
        className={styles.chart}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        onClick={snap}
      >
        <rect className={styles.backdrop} width={width} height={HEIGHT} />
        {years.map((year, i) => (
          <line key={year} className={styles.tick} x1={i * 12 * COLUMN} x2={i * 12 * COLUMN} y1={0} y2={HEIGHT} />
        ))}
        <line className={styles.axis} x1={0} x2={width} y1={AXIS} y2={AXIS} />
        {/* In list order: a year's year-only events come before its months. */}
        {periods.map((period) =>
          period.kind === 'year' ? (
            // Known only to the year: a pale band in the lane under the axis, spanning the whole year, since
            // the event could be in any of its months. Its height doesn't scale; the count is in its name.
            <a key={period.key} href={hrefOf(period.key)} aria-label={nameOf(period)} className={styles.period} onClick={(e) => jump(e, period.key)}>
              <title>{nameOf(period)}</title>
              <rect className={styles.yearBand} x={period.x0 + 2} y={LANE_TOP} width={period.x1 - period.x0 - 4} height={HEIGHT - LANE_TOP} />
            </a>
          ) : (
            <a key={period.key} href={hrefOf(period.key)} aria-label={nameOf(period)} className={styles.period} onClick={(e) => jump(e, period.key)}>
              <title>{nameOf(period)}</title>
              {/* The whole column is the target and carries the focus ring; the bar inside shows the count. */}
              <rect className={styles.hit} x={period.x0} y={0} width={COLUMN} height={AXIS} />
              <rect
                className={styles.bar}
                x={period.x0 + (COLUMN - BAR) / 2}
                y={AXIS - barHeight(period.count)}
                width={BAR}
                height={barHeight(period.count)}
                data-count={period.count}
              />
            </a>
          ),
        )}
      </svg>
      {/* The links carry the years in their names; these are for the eye. Short forms for narrow boxes. */}
      {/* A column per year from the start (its count in data-years, read by the CSS), so a page painted before its
          HTML has all arrived moves nothing. */}
      <ol className={styles.years} aria-hidden="true" data-years={years.length}>
        {years.map((year) => (
          <li key={year}>
            <span className={styles.long}>{year}</span>
            <span className={styles.short}>’{String(year).slice(-2)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The non-empty periods within the years, in list order; keys outside them are ignored. */
function periodsOf(counts: ReadonlyMap<string, number>, years: readonly number[]): Period[] {
  return years.flatMap((year, y) => {
    const keys = [String(year), ...Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`)];
    return keys.flatMap((key, k): Period[] => {
      const count = counts.get(key) ?? 0;
      if (count <= 0) return [];
      const start = y * 12 * COLUMN;
      return k === 0
        ? [{ key, count, kind: 'year', x0: start, x1: start + 12 * COLUMN }]
        : [{ key, count, kind: 'month', x0: start + (k - 1) * COLUMN, x1: start + k * COLUMN }];
    });
  });
}

/**
 * The period a tap at `x` means. In the lane under the axis, the year band under the finger; anywhere else,
 * the nearest month with events (the nearest anything if no month has one), so a year's band doesn't swallow
 * taps meant for its months.
 */
function nearestPeriod(periods: readonly Period[], x: number, inLane: boolean): string | undefined {
  if (inLane) {
    const band = periods.find((p) => p.kind === 'year' && p.x0 <= x && x < p.x1);
    if (band) return band.key;
  }
  const months = periods.filter((p) => p.kind === 'month');
  const pool = months.length > 0 ? months : periods;
  const distance = (p: Period) => (x < p.x0 ? p.x0 - x : x >= p.x1 ? x - p.x1 : 0);
  let best: Period | undefined;
  for (const p of pool) if (!best || distance(p) < distance(best)) best = p;
  return best?.key;
}

function nameOf({ key, count, kind }: Period): string {
  const events = `${count} ${count === 1 ? 'event' : 'events'}`;
  return kind === 'year' ? `${key}, month unknown: ${events}` : `${formatDate(key)}: ${events}`;
}
