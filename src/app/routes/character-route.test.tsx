// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFileName, entryLines } from '@/lib/data-files.mjs';
import { DEFAULT_DATA_DIR } from '@/lib/dataset-source.server.ts';
import { paths } from '@/lib/paths.ts';
import { renderAt } from '@/test/render-route.tsx';

describe('a character page', () => {
  it('shows the character, the actor and sourced facts', async () => {
    renderAt(paths.character('nick-nelson'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeInTheDocument();
    expect(screen.getByText('Played by').nextElementSibling).toHaveTextContent('Kit Connor');
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Source \d+$/ }).length).toBeGreaterThan(0);
    expect(document.title).toBe('Nick Nelson · Heartstopper Season 2 Wiki');
  });

  it('has an infobox with the actor’s cast page, family, seasons, and the new-in-Season-2 badge only for the new', async () => {
    renderAt(paths.character('david-nelson'));
    const infobox = await screen.findByRole('complementary', { name: 'Infobox' });
    const row = (label: string) => within(infobox).getByText(label).nextElementSibling as HTMLElement;
    expect(within(row('Played by')).getByRole('link', { name: 'Jack Barton' })).toHaveAttribute('href', paths.cast('jack-barton'));
    expect(within(row('Family')).getByRole('link', { name: 'Nick Nelson' })).toHaveAttribute('href', paths.character('nick-nelson'));
    expect(row('First appears')).toHaveTextContent('Season 2');
    expect(row('Seasons')).toHaveTextContent(/^2$/);
    expect(screen.getByText('New in Season 2')).toBeInTheDocument();
  });

  it('leaves the badge off a returning character, and lists both seasons', async () => {
    renderAt(paths.character('tori-spring'));
    const infobox = await screen.findByRole('complementary', { name: 'Infobox' });
    expect(within(infobox).getByText('Seasons').nextElementSibling).toHaveTextContent('1 and 2');
    expect(screen.queryByText('New in Season 2')).not.toBeInTheDocument();
  });

  it('shows partners in the infobox only from the viewer’s level', async () => {
    renderAt(paths.character('tao-xu'));
    const infobox = await screen.findByRole('complementary', { name: 'Infobox' });
    expect(within(infobox).queryByText('Relationships')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Show spoilers' }));
    expect(within(infobox).getByText('Relationships').nextElementSibling).toHaveTextContent('Elle Argent (girlfriend)');
  });

  it('leads to the previous and next character in the index’s order', async () => {
    renderAt(paths.character('charlie-spring'));
    const nav = await screen.findByRole('navigation', { name: 'Previous and next character' });
    expect(within(nav).getByRole('link', { name: /Previous\s+Nick Nelson/ })).toHaveAttribute('href', paths.character('nick-nelson'));
    expect(within(nav).getByRole('link', { name: /Next/ })).toHaveAttribute('href', expect.stringMatching(/^\/characters\/[a-z-]+\/$/));
  });

  it('links relationships to the other character’s page', async () => {
    const router = renderAt(paths.character('sarah-nelson'));
    const related = await screen.findByRole('region', { name: 'Relationships' });
    const link = within(related).getByRole('link', { name: 'Nick Nelson' });
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.character('nick-nelson'));
  });

  it('leaves spoilers out of the page for a viewer who has watched nothing', async () => {
    renderAt(paths.character('isaac-henderson'));
    await screen.findByRole('heading', { level: 1, name: 'Isaac Henderson' });
    expect(document.body.textContent).not.toMatch(/asexual/i);
  });

  it('answers a near miss with the closest names, and marks no section as current', async () => {
    renderAt('/characters/nikc-nelson/');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such character' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    // The engine loads lazily, as in the browser.
    const suggestion = await within(main).findByRole('link', { name: 'Nick Nelson' }, { timeout: 10_000 });
    expect(suggestion).toHaveAttribute('href', paths.character('nick-nelson'));
    expect(suggestion.closest('p')).toHaveTextContent(/^Did you mean Nick Nelson/);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Characters' })).not.toHaveAttribute('aria-current');
  }, 20_000);

  it('answers an unknown slug with the not-found page', async () => {
    renderAt(paths.character('not-a-character'));
    expect(await screen.findByRole('heading', { level: 1, name: 'No such character' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all characters' })).toHaveAttribute('href', paths.characters());
  });
});

describe('spoilers on a character page', () => {
  it('says once per section that there is more, without an episode, and shows that section on request', async () => {
    renderAt(paths.character('isaac-henderson'));
    await screen.findByRole('heading', { level: 1, name: 'Isaac Henderson' });
    const story = screen.getByRole('region', { name: 'Storyline' });
    expect(within(story).getAllByText('More from episodes you haven’t watched.')).toHaveLength(1);
    expect(screen.getByRole('main').textContent).not.toMatch(/asexual|episode \d|\bE\d/i);
    await userEvent.click(within(story).getByRole('button', { name: 'Show spoilers in “Storyline”' }));
    expect((await within(story).findAllByText(/asexual/i)).length).toBeGreaterThan(0);
    expect(within(story).queryByText('More from episodes you haven’t watched.')).not.toBeInTheDocument();
    // Focus moves to the storyline it revealed, as the button is gone.
    expect(story.querySelector(':focus')).toHaveTextContent(/asexual/i);
    // Shown spoilers say where they come from: each episode's points under its heading, which links to its page.
    const episodes = within(story).getAllByRole('heading', { level: 4, name: /^Episode \d: / });
    expect(episodes.length).toBeGreaterThan(0);
    expect(within(episodes[0]!).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/episodes\/s\de\d\/$/));
  });

  it('says so where the sources are silent on a season, once the viewer has seen it whole', async () => {
    const silence = 'The articles we cite report nothing of Harry in Season 2.';
    renderAt(paths.character('harry-greene'), { showAll: false, watched: 's2e7' });
    const story = await screen.findByRole('region', { name: 'Storyline' });
    expect(within(story).getByRole('heading', { level: 3, name: 'Season 1' })).toBeInTheDocument();
    // Before the season's end, the silence would give away that he has no story still to come.
    expect(within(story).queryByText(silence)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Show spoilers' }));
    expect(await within(story).findByText(silence)).toBeInTheDocument();
    expect(within(story).getByRole('heading', { level: 3, name: 'Season 2' })).toBeInTheDocument();
  });

  it('shows everything with the switch on, and removes it from the DOM when switched off', async () => {
    renderAt(paths.character('isaac-henderson'));
    await screen.findByRole('heading', { level: 1, name: 'Isaac Henderson' });
    const toggle = screen.getByRole('switch', { name: 'Show spoilers' });
    await userEvent.click(toggle);
    expect(document.body.textContent).toMatch(/asexual/i);
    expect(screen.queryByText('More from episodes you haven’t watched.')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(document.body.textContent).not.toMatch(/asexual/i);
  });

  it('labels what it says about the books, apart from the series', async () => {
    renderAt(paths.character('tori-spring'));
    const background = await screen.findByRole('region', { name: 'Background' });
    const solitaire = within(background).getByText(/Solitaire/).closest('p')!;
    expect(within(solitaire).getByText('In the books')).toBeInTheDocument();
    expect(within(background).getAllByText('In the books')).toHaveLength(1);
  });

  it('shows the content note whatever the spoiler level', async () => {
    renderAt(paths.character('charlie-spring'));
    expect(await screen.findByRole('complementary', { name: 'Content note' })).toHaveTextContent(/mental health/);
  });
});

describe('“Improve this page” on a character page', () => {
  const base = 'https://github.com/example/heartstopper-wiki/blob/main/';
  afterEach(() => vi.unstubAllEnvs());

  it('links to the character’s entry in data/characters.json, and to the guide for contributors', async () => {
    vi.stubEnv('VITE_REPOSITORY_URL', base);
    renderAt(paths.character('nick-nelson'));
    const link = await screen.findByRole('link', { name: 'Improve this page' });
    const line = entryLines(readFileSync(join(DEFAULT_DATA_DIR, dataFileName('characters')), 'utf8')).get('nick-nelson');
    expect(line).toBeGreaterThan(0);
    expect(link).toHaveAttribute('href', `${base}data/characters.json#L${line}`);
    expect(screen.getByRole('link', { name: 'How to contribute' })).toHaveAttribute('href', `${base}CONTRIBUTING.md`);
  });

  it('is not there when the build names no repository', async () => {
    vi.stubEnv('VITE_REPOSITORY_URL', '');
    renderAt(paths.character('nick-nelson'));
    await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' });
    expect(screen.queryByRole('link', { name: 'Improve this page' })).not.toBeInTheDocument();
  });
});
