// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths.ts';
import { renderAt } from '@/test/render-route.tsx';
import { readDataset } from '@/lib/dataset-source.server.ts';

const data = readDataset();
const storyOf = (id: string) => data.story.filter((p) => p.reveals === id).toSorted((a, b) => a.order - b.order);

describe('an episode page', () => {
  it('shows which episode it is, when it came out, how long it runs and who made it, linked', async () => {
    renderAt(paths.episode('s2e5'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Heat' })).toBeInTheDocument();
    expect(screen.getByText('Season 2 · Episode 5')).toBeInTheDocument();
    const facts = screen.getByRole('complementary', { name: 'Infobox' });
    const row = (label: string) => within(facts).getByText(label).nextElementSibling as HTMLElement;
    expect(row('Released')).toHaveTextContent('3 August 2023');
    expect(row('Running time')).toHaveTextContent('35 minutes');
    expect(within(row('Written by')).getByRole('link', { name: 'Alice Oseman' })).toHaveAttribute('href', paths.cast('alice-oseman'));
    expect(within(row('Directed by')).getByRole('link', { name: 'Euros Lyn' })).toHaveAttribute('href', paths.cast('euros-lyn'));
    expect(document.title).toBe('Heat (S2 · E5) · Heartstopper Season 2 Wiki');
  });

  it('gives critics’ ratings of the episode to every viewer, each with its outlet and a footnote', async () => {
    const rated = data.episodes.find((e) => e.season === 2 && (e.ratings?.length ?? 0) > 0)!;
    const outlet = (id: string) => data.sources.find((s) => s.id === id)!.publication;
    renderAt(paths.episode(rated.id));
    await screen.findByRole('heading', { level: 1, name: rated.title });
    const facts = screen.getByRole('complementary', { name: 'Infobox' });
    const ratings = within(facts).getByText('Critics’ ratings').parentElement!.querySelectorAll('dd');
    expect([...ratings].map((dd) => dd.textContent?.replace(/\[\d+\]/g, ''))).toEqual(
      rated.ratings!.map((r) => `${outlet(r.sources[0]!)}: ${r.rating}${r.critic ? `by ${r.critic}` : ''}`),
    );
    for (const dd of ratings) expect(within(dd as HTMLElement).getByRole('link', { name: /^Source \d+$/ })).toBeInTheDocument();
  });

  it('has no ratings row where no source rates the episode', async () => {
    const unrated = data.episodes.find((e) => !e.ratings?.length)!;
    renderAt(paths.episode(unrated.id));
    await screen.findByRole('heading', { level: 1, name: unrated.title });
    expect(within(screen.getByRole('complementary', { name: 'Infobox' })).queryByText('Critics’ ratings')).not.toBeInTheDocument();
  });

  it('shows a viewer who has watched nothing one quiet line a section, and no word of the story', async () => {
    renderAt(paths.episode('s2e5'));
    await screen.findByRole('heading', { level: 1, name: 'Heat' });
    for (const name of ['Synopsis', 'Story']) {
      const section = screen.getByRole('region', { name });
      expect(within(section).getAllByText('More from episodes you haven’t watched.')).toHaveLength(1);
    }
    const text = screen.getByRole('main').textContent ?? '';
    for (const p of storyOf('s2e5')) expect(text).not.toContain(p.text);
  });

  it('shows the logline once the episode before is watched, and the story once this one is, in order and linked', async () => {
    renderAt(paths.episode('s2e5'), { showAll: false, watched: 's2e4' });
    const synopsis = await screen.findByRole('region', { name: 'Synopsis' });
    expect(await within(synopsis).findByText(data.episodes.find((e) => e.id === 's2e5')!.logline!.text)).toBeInTheDocument();
    const story = screen.getByRole('region', { name: 'Story' });
    expect(within(story).queryAllByRole('listitem')).toHaveLength(0);

    await userEvent.click(within(story).getByRole('button', { name: 'Show spoilers in “Story”' }));
    const points = await within(story).findAllByRole('heading', { level: 3 });
    expect(points.map((h) => h.textContent)).toEqual(storyOf('s2e5').map((p) => p.title));
    const first = storyOf('s2e5')[0]!;
    const item = points[0]!.closest('li')!;
    for (const id of first.characters) {
      const name = data.characters.find((c) => c.id === id)!.name;
      expect(within(item).getByRole('link', { name })).toHaveAttribute('href', paths.character(id));
    }
    expect(within(item).getAllByRole('link', { name: /^Source \d+$/ }).length).toBeGreaterThan(0);
  });

  it('leads to the episodes before and after it, across seasons, and to the list of all', async () => {
    renderAt(paths.episode('s2e1'));
    const nav = await screen.findByRole('navigation', { name: 'Previous and next episode' });
    expect(within(nav).getByRole('link', { name: /Previous\s+S1 · E8/ })).toHaveAttribute('href', paths.episode('s1e8'));
    expect(within(nav).getByRole('link', { name: /Next\s+S2 · E2/ })).toHaveAttribute('href', paths.episode('s2e2'));
    await userEvent.click(screen.getByRole('link', { name: 'All episodes' }));
    // Its route's code loads lazily, as in the browser.
    expect(await screen.findByRole('heading', { level: 1, name: 'Episodes' }, { timeout: 10_000 })).toBeInTheDocument();
    const season2 = screen.getByRole('region', { name: 'Season 2' });
    expect(within(season2).getByRole('link', { name: 'Episode 5: Heat' })).toHaveAttribute('href', paths.episode('s2e5'));
  });

  it('answers an unknown episode with the not-found page', async () => {
    renderAt('/episodes/s9e1/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Every episode' })).toHaveAttribute('href', paths.episodes());
  });
});
