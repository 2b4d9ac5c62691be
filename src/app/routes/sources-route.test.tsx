// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildSourceList } from '@/features/sources/sources-document.server.ts';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { paths } from '@/lib/paths.ts';
import { renderAt } from '@/test/render-route.tsx';

const sources = buildSourceList(readDataset());
const open = sources.find((s) => s.reveals === undefined && s.headline)!;
const gated = sources.find((s) => s.reveals !== undefined && s.headline)!;
const year = open.date.slice(0, 4);

describe('the sources pages', () => {
  it('list the years, each a link to its page of sources', async () => {
    const router = renderAt(paths.sources());
    const years = await screen.findByRole('navigation', { name: 'Sources by year' });
    const links = within(years).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([...new Set(sources.filter((s) => !s.reveals).map((s) => s.date.slice(0, 4)))]);
    await userEvent.click(within(years).getByRole('link', { name: year }));
    expect(await screen.findByRole('heading', { level: 1, name: `Sources from ${year}` })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.sourcePage(year));
    expect(screen.getByText(open.headline!, { exact: false })).toBeInTheDocument();
    expect(document.title).toBe(`Sources from ${year} · Heartstopper Season 2 Wiki`);
  });

  it('send a link from before the pages (`/sources/#id`) on to the source’s year', async () => {
    const router = renderAt(`${paths.sources()}#${open.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Sources from ${year}` })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.sourcePage(year));
    expect(router.state.location.hash).toBe(`#${open.id}`);
  });

  it('find a source only spoilers cite only when the level allows it', async () => {
    renderAt(`${paths.sources()}#${gated.id}`);
    expect(await screen.findByRole('status')).toHaveTextContent(`No source listed here has that link’s address (#${gated.id}).`);
    expect(document.body.textContent).not.toContain(gated.headline);

    const router = renderAt(`${paths.sources()}#${gated.id}`, { showAll: true, watched: 'none' });
    expect(await screen.findByText(gated.headline!, { exact: false })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.sourcePage(gated.date.slice(0, 4)));
  });

  it('answer a link to no source, or to no page, plainly', async () => {
    renderAt(`${paths.sourcePage(year)}#no-such-source`);
    expect(await screen.findByRole('status')).toHaveTextContent('No source listed here has that link’s address (#no-such-source).');
    expect(screen.getByText(open.headline!, { exact: false })).toBeInTheDocument();
  });

  it('say a page that isn’t there is not found', async () => {
    renderAt(paths.sourcePage(year, 99));
    expect(await screen.findByRole('heading', { level: 1, name: /not found/i })).toBeInTheDocument();
  });
});
