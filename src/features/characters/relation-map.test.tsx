// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths.ts';
import type { RelationshipStep } from './character-view.ts';
import { RelationMap } from './relation-map.tsx';

const step = (id: string, name: string, type: RelationshipStep['type'], role: string): RelationshipStep => ({
  id: `charlie-spring--${id}`,
  type,
  role,
  other: { id, name },
  sources: [],
});

const charlie = { id: 'charlie-spring', name: 'Charlie Spring' };

function renderMap(relationships: RelationshipStep[]) {
  const router = createMemoryRouter(
    [
      { path: paths.character(charlie.id), element: <RelationMap character={charlie} relationships={relationships} /> },
      { path: '*', element: <p>Another page</p> },
    ],
    { initialEntries: [paths.character(charlie.id)] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('the relationship map', () => {
  it('names itself and each person with what they are to the character, each a link to their page', () => {
    renderMap([step('tori-spring', 'Tori Spring', 'family', 'sister'), step('nick-nelson', 'Nick Nelson', 'partner', 'boyfriend')]);
    const map = screen.getByRole('group', { name: 'Map of Charlie Spring’s relationships, as in the list above' });
    expect(within(map).getByRole('link', { name: 'Tori Spring, sister' })).toHaveAttribute('href', paths.character('tori-spring'));
    expect(within(map).getByRole('link', { name: 'Nick Nelson, boyfriend' })).toHaveAttribute('href', paths.character('nick-nelson'));
    expect(within(map).getAllByRole('link')).toHaveLength(2);
  });

  it('draws only what it is given: a stage beyond the viewer’s level is not there to draw', () => {
    renderMap([step('nick-nelson', 'Nick Nelson', 'friend', 'friend')]);
    expect(screen.getByRole('link', { name: 'Nick Nelson, friend' })).toBeInTheDocument();
    expect(screen.queryByText('boyfriend')).not.toBeInTheDocument();
    // The legend names the kinds of bond on the map, and no others.
    expect(screen.getByText('Friend')).toBeInTheDocument();
    expect(screen.queryByText('Partner')).not.toBeInTheDocument();
  });

  it('opens the other character’s page in the app on a click', async () => {
    const router = renderMap([step('tori-spring', 'Tori Spring', 'family', 'sister')]);
    await userEvent.click(screen.getByRole('link', { name: 'Tori Spring, sister' }));
    expect(router.state.location.pathname).toBe(paths.character('tori-spring'));
  });
});
