// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { paths } from '@/lib/paths.ts';
import { renderAt } from '@/test/render-route.tsx';

const data = readDataset();
const songLine = (s: { title: string; artist: string }) => `“${s.title}” by ${s.artist}`;
const songsOf = (id: string) => data.episodes.find((e) => e.id === id)?.songs ?? [];
const everySong = data.episodes.flatMap((e) => (e.songs ?? []).map((s) => ({ ...s, episode: e.id })));

describe('the music page', () => {
  it('names who made the music, and holds every song back from a viewer who has watched nothing', async () => {
    renderAt(paths.music());
    expect(await screen.findByRole('heading', { level: 1, name: 'Music' })).toBeInTheDocument();
    expect(document.title).toBe('Music · Heartstopper Season 2 Wiki');
    const makers = screen.getByRole('region', { name: 'Who made the music' });
    expect(within(makers).getByRole('link', { name: 'Adiescar Chase' })).toHaveAttribute('href', paths.cast('adiescar-chase'));
    expect(within(makers).getByRole('link', { name: 'Adiescar Chase' }).closest('li')).toHaveTextContent(/Adiescar Chase, composer/);

    const songs = screen.getByRole('region', { name: 'Songs by episode' });
    expect(everySong.length).toBeGreaterThan(10);
    for (const s of everySong) expect(document.body.textContent).not.toContain(songLine(s));
    expect(within(songs).getAllByText('More from episodes you haven’t watched.')).toHaveLength(1);
  });

  it('shows the songs of the episodes watched, under each episode in watch order, in the order they play', async () => {
    renderAt(paths.music(), { showAll: false, watched: 's2e4' });
    const songs = await screen.findByRole('region', { name: 'Songs by episode' });
    const watched = ['s1e1', 's1e2', 's1e3', 's1e4', 's1e5', 's1e6', 's1e7', 's1e8', 's2e1', 's2e2', 's2e3', 's2e4'].filter((id) => songsOf(id).length > 0);
    const groups = await within(songs).findAllByRole('heading', { level: 3 });
    expect(groups.map((h) => h.textContent)).toEqual(
      watched.map((id) => {
        const e = data.episodes.find((x) => x.id === id)!;
        return `Season ${e.season}, episode ${e.number}: ${e.title}`;
      }),
    );
    expect(within(groups[0]!).getByRole('link')).toHaveAttribute('href', paths.episode(watched[0]!));
    const s2e3 = groups.find((h) => h.textContent?.startsWith('Season 2, episode 3'))!.closest('li')!;
    expect(within(s2e3).getAllByRole('listitem').map((li) => li.textContent?.replace(/\[\d+\]/g, ''))).toEqual(
      songsOf('s2e3').map((s) => songLine(s) + (s.moment ? `: ${s.moment}` : '')),
    );
    for (const s of songsOf('s2e8')) expect(songs).not.toHaveTextContent(songLine(s));

    await userEvent.click(within(songs).getByRole('button', { name: 'Show spoilers in “Songs by episode”' }));
    for (const s of songsOf('s2e8')) expect(await within(songs).findByText(songLine(s), { exact: false })).toBeInTheDocument();
    expect(within(songs).queryByText('More from episodes you haven’t watched.')).not.toBeInTheDocument();
  });
});
