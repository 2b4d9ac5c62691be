import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths.ts';
import { AppProviders } from '../app-providers.tsx';
import { queryClient } from '../query-client.ts';
import { routes } from '../routes.tsx';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('a character page', () => {
  it('shows the character, the actor and sourced facts', async () => {
    renderAt(paths.character('nick-nelson'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeInTheDocument();
    expect(screen.getByText('Kit Connor', { exact: false })).toBeInTheDocument();
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
