import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createSpoilerStore } from '@/features/spoilers/spoiler-store.ts';
import { SpoilerStoreContext } from '@/features/spoilers/use-spoiler-settings.ts';
import { paths } from '@/lib/paths.ts';
import { AppProviders } from '../app-providers.tsx';
import { queryClient } from '../query-client.ts';
import { routes } from '../routes.tsx';

/** Each test starts as a fresh visitor, with preferences kept in memory. */
function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const store = createSpoilerStore(() => undefined);
  render(
    <AppProviders client={queryClient}>
      <SpoilerStoreContext.Provider value={store}>
        <RouterProvider router={router} />
      </SpoilerStoreContext.Provider>
    </AppProviders>,
  );
  return router;
}

describe('a character page', () => {
  it('shows the character, the actor and sourced facts', async () => {
    renderAt(paths.character('nick-nelson'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeInTheDocument();
    expect(screen.getByText('Played by').nextElementSibling).toHaveTextContent('Kit Connor');
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Source \d+$/ }).length).toBeGreaterThan(0);
    expect(document.title).toBe('Nick Nelson · Heartstopper Season 2 Wiki');
  });

  it('links relationships to the other character’s page', async () => {
    const router = renderAt(paths.character('sarah-nelson'));
    const link = await screen.findByRole('link', { name: 'Nick Nelson' });
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.character('nick-nelson'));
  });

  it('leaves spoilers out of the page for a viewer who has watched nothing', async () => {
    renderAt(paths.character('isaac-henderson'));
    await screen.findByRole('heading', { level: 1, name: 'Isaac Henderson' });
    expect(document.body.textContent).not.toMatch(/asexual/i);
  });

  it('answers an unknown slug with the not-found page', async () => {
    renderAt(paths.character('not-a-character'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all characters' })).toHaveAttribute('href', paths.characters());
  });
});

describe('spoilers on a character page', () => {
  it('stands a placeholder where Isaac’s Season 2 storyline is, and reveals that one item', async () => {
    renderAt(paths.character('isaac-henderson'));
    await screen.findByRole('heading', { level: 1, name: 'Isaac Henderson' });
    expect(screen.getAllByText(/A Season 2 detail is hidden/).length).toBeGreaterThan(0);
    const before = screen.getAllByRole('button', { name: /^Reveal the / }).length;
    await userEvent.click(screen.getAllByRole('button', { name: 'Reveal the Season 2 detail' })[0]!);
    expect(screen.getAllByRole('button', { name: /^Reveal the / })).toHaveLength(before - 1);
    expect(document.body.textContent).toMatch(/asexual/i);
  });

  it('shows everything with the switch on, and removes it from the DOM when switched off', async () => {
    renderAt(paths.character('isaac-henderson'));
    await screen.findByRole('heading', { level: 1, name: 'Isaac Henderson' });
    const toggle = screen.getByRole('switch', { name: 'Show spoilers' });
    await userEvent.click(toggle);
    expect(document.body.textContent).toMatch(/asexual/i);
    expect(screen.queryByRole('button', { name: /^Reveal the / })).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(document.body.textContent).not.toMatch(/asexual/i);
  });

  it('labels what it says about the books, apart from the series', async () => {
    renderAt(paths.character('tori-spring'));
    const story = await screen.findByRole('region', { name: 'In the story' });
    const solitaire = within(story).getByText(/Solitaire/).closest('li')!;
    expect(within(solitaire).getByText('In the books')).toBeInTheDocument();
    expect(within(story).getAllByText('In the books')).toHaveLength(1);
  });

  it('shows the content note whatever the spoiler level', async () => {
    renderAt(paths.character('charlie-spring'));
    expect(await screen.findByRole('complementary', { name: 'Content note' })).toHaveTextContent(/mental health/);
  });
});
