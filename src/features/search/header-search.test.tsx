// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { createMemoryRouter, RouterProvider, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { episodesQuery } from '@/lib/gated-queries.ts';
import { paths } from '@/lib/paths.ts';
import { NO_SPOILERS, type SpoilerSettings } from '@/lib/spoilers.ts';
import { HeaderSearch } from './header-search.tsx';

const SHOW_ALL = { ...NO_SPOILERS, showAll: true };
/** The viewer's setting, kept outside React as the app's spoiler store keeps it. */
const settings = {
  value: NO_SPOILERS,
  listeners: new Set<() => void>(),
  set(value: SpoilerSettings) {
    this.value = value;
    this.listeners.forEach((listener) => listener());
  },
};
const useTestSettings = () =>
  useSyncExternalStore(
    (listener) => (settings.listeners.add(listener), () => settings.listeners.delete(listener)),
    () => settings.value,
  );

/** A page with the header's field, another text field, and a stand-in for the header's spoiler switch. */
function Page() {
  const navigate = useNavigate();
  return (
    <>
      <HeaderSearch settings={useTestSettings()} navigate={navigate} />
      <button type="button" onClick={() => settings.set(SHOW_ALL)}>
        Show spoilers
      </button>
      <main id="main" tabIndex={-1}>
        <label>
          Notes <input type="text" />
        </label>
      </main>
    </>
  );
}

/** Renders the page as a route, so choosing an option really navigates; the episodes are loaded, as the root loader leaves them. */
async function renderHeader() {
  settings.set(NO_SPOILERS);
  const client = new QueryClient();
  await client.query(episodesQuery());
  const router = createMemoryRouter([{ path: '*', element: <Page /> }], { initialEntries: [paths.characters()] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, field: await screen.findByRole('combobox', { name: 'Search the wiki' }) };
}

const at = (router: ReturnType<typeof createMemoryRouter>) => `${router.state.location.pathname}${router.state.location.search}`;

/** An option whose title (the start of its name) is `title`. */
const titled = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Types into the field and waits for the lazily loaded suggestions to list an option titled `title`. */
async function typeAndWait(field: HTMLElement, text: string, title: string) {
  await userEvent.type(field, text);
  const list = await screen.findByRole('listbox', { name: 'Suggestions' });
  // The first query in a test run loads the engine's chunk and builds the index: slow under jsdom.
  await within(list).findByRole('option', { name: titled(title) }, { timeout: 10_000 });
  return list;
}

describe('the header search combobox', { timeout: 20_000 }, () => {
  it('is a search field named for what it does, collapsed until something is typed', async () => {
    const { field } = await renderHeader();
    expect(field).toHaveAttribute('type', 'search');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveAttribute('aria-autocomplete', 'list');
    expect(field).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('search')).toContainElement(field);
  });

  it('lists suggestions in labelled groups, with the matched words marked, and the results page last', async () => {
    const { field } = await renderHeader();
    const list = await typeAndWait(field, 'charly', 'Charlie Spring');
    expect(field).toHaveAttribute('aria-expanded', 'true');
    expect(field).toHaveAttribute('aria-controls', list.id);
    const groups = within(list).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('aria-labelledby') && document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual(
      expect.arrayContaining(['Characters', 'Cast']),
    );
    const characters = within(list).getByRole('group', { name: 'Characters' });
    const charlie = within(characters).getAllByRole('option')[0]!;
    expect(charlie).toHaveTextContent(/^Charlie Spring/);
    expect(charlie.querySelector('mark')).toHaveTextContent('Charlie');
    const options = within(list).getAllByRole('option');
    expect(options.at(-1)).toHaveTextContent('All results for “charly”');
    for (const o of options) expect(o).toHaveAttribute('aria-selected', 'false');
  });

  it('moves through the options with Down and Up, wrapping at both ends, and says which is active', async () => {
    const { field } = await renderHeader();
    const list = await typeAndWait(field, 'charly', 'Charlie Spring');
    const options = within(list).getAllByRole('option');
    const active = () => document.getElementById(field.getAttribute('aria-activedescendant') ?? '');

    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(options[0]);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(options[1]);
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(active()).toBe(options.at(-1));
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(options[0]);
    // Focus never leaves the field: the options are pointed at, not focused.
    expect(field).toHaveFocus();
  });

  it('opens the active option with Enter, then empties and closes', async () => {
    const { field, router } = await renderHeader();
    await typeAndWait(field, 'nik nelsen', 'Nick Nelson');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(at(router)).toBe(paths.character('nick-nelson'));
    expect(field).toHaveValue('');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('goes to the results page on Enter with nothing selected', async () => {
    const { field, router } = await renderHeader();
    await typeAndWait(field, 'farouk', 'Mr Farouk');
    await userEvent.keyboard('{Enter}');
    expect(at(router)).toBe(paths.search('farouk'));
  });

  it('opens an option on click', async () => {
    const { field, router } = await renderHeader();
    const list = await typeAndWait(field, 'heat', 'Season 2, episode 5: Heat');
    await userEvent.click(within(list).getByRole('option', { name: titled('Season 2, episode 5: Heat') }));
    expect(router.state.location.pathname).toBe(paths.episode('s2e5'));
  });

  it('closes the list on the first Escape and empties the field on the second', async () => {
    const { field } = await renderHeader();
    await typeAndWait(field, 'isa', 'Isaac Henderson');
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(field).toHaveAttribute('aria-expanded', 'false');
    expect(field).not.toHaveAttribute('aria-activedescendant');
    expect(field).toHaveValue('isa');
    await userEvent.keyboard('{Escape}');
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
  });

  it('is focused by /, Ctrl+K and Cmd+K, except while typing in another field', async () => {
    const { field } = await renderHeader();
    const notes = screen.getByRole('textbox', { name: 'Notes' });

    await userEvent.keyboard('/');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');

    await userEvent.click(notes);
    await userEvent.keyboard('/');
    expect(notes).toHaveFocus();
    expect(notes).toHaveValue('/');
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(notes).toHaveFocus();

    await userEvent.click(screen.getByRole('main'));
    await userEvent.keyboard('{Control>}k{/Control}');
    expect(field).toHaveFocus();
    await userEvent.click(screen.getByRole('main'));
    await userEvent.keyboard('{Meta>}k{/Meta}');
    expect(field).toHaveFocus();
  });

  it('suggests only what the viewer may see, and follows a change of level without a reload', async () => {
    const point = readDataset().story.find((p) => p.reveals === 's2e5' && p.title === 'Charlie faints at the Louvre')!;
    const episode = 'Season 2, episode 5: Heat';
    const { field } = await renderHeader();
    const list = await typeAndWait(field, point.title, 'All results');
    expect(within(list).queryByRole('option', { name: titled(episode) })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show spoilers' }));
    await userEvent.click(field);
    await userEvent.keyboard('{ArrowDown}');
    expect(await within(list).findByRole('option', { name: titled(episode) }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
