// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TimelineRibbon } from './timeline-ribbon.tsx';
import { periodAnchor } from './timeline-rows.ts';

const SPAN = { from: 2016, to: 2024 };

function renderRibbon(entries: [string, number][], hrefOf = (key: string) => `#${periodAnchor(key)}`) {
  const onJump = vi.fn<(key: string) => void>();
  render(<TimelineRibbon counts={new Map(entries)} span={SPAN} hrefOf={hrefOf} onJump={onJump} />);
  const nav = screen.getByRole('navigation', { name: 'Timeline overview' });
  return { onJump, nav, svg: nav.querySelector('svg')! };
}

/** jsdom lays nothing out: give the SVG a box, 1080 px wide (10 px a month) and 48 px tall, from (0, 0). */
function giveBox(svg: SVGSVGElement) {
  vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: 1080, height: 48 }));
}

/** The x, in that box, of the middle of a month's column. */
const monthX = (year: number, month: number) => ((year - SPAN.from) * 12 + month - 1) * 10 + 5;

describe('TimelineRibbon', () => {
  it('is a link per period with events, named by its month and count, pointing at its heading', () => {
    const { nav } = renderRibbon([['2022-09', 3], ['2023-08', 1], ['2022-10', 0]]);
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual(['September 2022: 3 events', 'August 2023: 1 event']);
    expect(screen.getByRole('link', { name: 'September 2022: 3 events' })).toHaveAttribute('href', '#when-2022-09');
    expect(periodAnchor('2022-09')).toBe('when-2022-09');
  });

  it('links a period to where the list says it is: another page, for a month the page does not show', () => {
    renderRibbon([['2022-09', 3], ['2019-04', 2]], (key) => (key.startsWith('2022') ? `#${periodAnchor(key)}` : `/timeline/2019/#${periodAnchor(key)}`));
    expect(screen.getByRole('link', { name: 'September 2022: 3 events' })).toHaveAttribute('href', '#when-2022-09');
    expect(screen.getByRole('link', { name: 'April 2019: 2 events' })).toHaveAttribute('href', '/timeline/2019/#when-2019-04');
  });

  it('does not make empty months links, nor focusable', async () => {
    const { nav } = renderRibbon([['2022-09', 3]]);
    expect(within(nav).queryByRole('link', { name: /October 2022/ })).toBeNull();
    expect(within(nav).getAllByRole('link')).toHaveLength(1);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'September 2022: 3 events' })).toHaveFocus();
    await userEvent.tab();
    expect(document.body).toHaveFocus();
  });

  it('gives an event known only to its year a link of its own, before that year’s months', () => {
    const { nav } = renderRibbon([['2016', 2], ['2016-05', 1]]);
    const links = within(nav).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('2016, month unknown: 2 events');
    expect(links[0]).toHaveAttribute('href', '#when-2016');
    expect(links[1]).toHaveAccessibleName('May 2016: 1 event');
  });

  it('jumps to a link’s period without changing the location', async () => {
    const { onJump } = renderRibbon([['2022-09', 3], ['2016', 1]]);
    const before = window.location.href;
    await userEvent.click(screen.getByRole('link', { name: 'September 2022: 3 events' }));
    expect(onJump).toHaveBeenCalledExactlyOnceWith('2022-09');
    // jsdom doesn't follow SVG links anyway: what keeps a browser on the page is the cancelled click.
    expect(fireEvent.click(screen.getByRole('link', { name: 'September 2022: 3 events' }))).toBe(false);
    await userEvent.click(screen.getByRole('link', { name: /^2016/ }));
    expect(onJump).toHaveBeenLastCalledWith('2016');
    expect(onJump).toHaveBeenCalledTimes(3);
    expect(window.location.href).toBe(before);
  });

  it('snaps a tap between links to the nearest month with events', () => {
    const { onJump, svg } = renderRibbon([['2022-04', 4], ['2022-09', 3], ['2016', 1]]);
    giveBox(svg);
    // June 2022 is two months from April and three from September; 2016's band is in another lane and year.
    fireEvent.click(svg, { clientX: monthX(2022, 6), clientY: 20 });
    expect(onJump).toHaveBeenLastCalledWith('2022-04');
    fireEvent.click(svg, { clientX: monthX(2022, 8), clientY: 20 });
    expect(onJump).toHaveBeenLastCalledWith('2022-09');
    // Above the axis in 2016 still means the nearest month; in the lane under it, the year's band.
    fireEvent.click(svg, { clientX: monthX(2016, 6), clientY: 20 });
    expect(onJump).toHaveBeenLastCalledWith('2022-04');
    fireEvent.click(svg, { clientX: monthX(2016, 6), clientY: 44 });
    expect(onJump).toHaveBeenLastCalledWith('2016');
    expect(onJump).toHaveBeenCalledTimes(4);
  });

  it('scales by the box it is drawn in, not by its viewBox', () => {
    const { onJump, svg } = renderRibbon([['2016-03', 1], ['2016-09', 1], ['2016', 1]]);
    // A phone: 328 px wide, 16 px from the left, 100 px down the page.
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 16, y: 100, width: 328, height: 48 }));
    const atMonth = (month: number) => 16 + (328 * monthX(2016, month)) / 1080;
    fireEvent.click(svg, { clientX: atMonth(8), clientY: 120 });
    expect(onJump).toHaveBeenLastCalledWith('2016-09');
    fireEvent.click(svg, { clientX: atMonth(4), clientY: 120 });
    expect(onJump).toHaveBeenLastCalledWith('2016-03');
    fireEvent.click(svg, { clientX: atMonth(4), clientY: 145 });
    expect(onJump).toHaveBeenLastCalledWith('2016');
  });

  it('does nothing on a tap when no period has events', () => {
    const { onJump, svg, nav } = renderRibbon([]);
    giveBox(svg);
    fireEvent.click(svg, { clientX: 500, clientY: 20 });
    expect(onJump).not.toHaveBeenCalled();
    expect(within(nav).queryAllByRole('link')).toHaveLength(0);
  });

  it('draws taller bars for busier months, and a quiet month still visible beside a very busy one', () => {
    renderRibbon([['2022-04', 400], ['2022-09', 4], ['2023-08', 1]]);
    const height = (name: RegExp) => Number(screen.getByRole('link', { name }).querySelector('[data-count]')!.getAttribute('height'));
    expect(height(/^April 2022/)).toBeGreaterThan(height(/^September 2022/));
    expect(height(/^September 2022/)).toBeGreaterThan(height(/^August 2023/));
    // The square root keeps four events out of four hundred at a tenth of the full height, not a hundredth.
    expect(height(/^September 2022/) / height(/^April 2022/)).toBeGreaterThan(0.1);
  });

  it('labels every year of the span, even with no events at all', () => {
    const { nav } = renderRibbon([]);
    const labels = nav.querySelectorAll('li');
    expect(labels).toHaveLength(9);
    expect(labels[0]).toHaveTextContent('2016');
    expect(labels[8]).toHaveTextContent('2024');
  });
});
