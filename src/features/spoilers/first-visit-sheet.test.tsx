// @vitest-environment jsdom
import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { FirstVisitSheet } from './first-visit-sheet.tsx';
import { SpoilerControls } from './spoiler-controls.tsx';
import { createSpoilerStore } from '@/lib/spoiler-preferences.ts';
import { loadedClient, renderWithStore, storageWith } from '@/test/spoiler-test-utils.tsx';

let client: QueryClient;
beforeAll(async () => {
  client = await loadedClient();
});

const renderSheet = (storage: Storage = storageWith()) => renderWithStore(client, () => storage, <FirstVisitSheet />);
const sheet = () => screen.queryByRole('region', { name: 'How far have you watched?' });

describe('the first-visit sheet', () => {
  it.each([
    ['Nothing yet', { showAll: false, watched: 'none' }],
    ['Season 1', { showAll: false, watched: 's1e8' }],
    ['All of it', { showAll: true, watched: 'none' }],
  ])('answers "%s" in one tap, and goes away', async (name, expected) => {
    const store = renderSheet();
    await userEvent.click(within(sheet()!).getByRole('button', { name }));
    expect(store.getSnapshot()).toEqual({ ...expected, promptDismissed: true });
    expect(sheet()).not.toBeInTheDocument();
  });

  it('"Some of Season 2…" opens the header’s control at the episodes, and choosing there answers it', async () => {
    const store = renderWithStore(client, () => storageWith(), <><SpoilerControls /><FirstVisitSheet /></>);
    await userEvent.click(screen.getByRole('button', { name: 'Some of Season 2…' }));
    // The panel loads lazily and then takes focus in an effect: wait for the focus, not only for the panel.
    const current = await screen.findByRole('radio', { name: 'Nothing yet' });
    await waitFor(() => expect(current).toHaveFocus());
    expect(store.getSnapshot().promptDismissed).toBe(false);
    await userEvent.click(screen.getByRole('radio', { name: 'E3 · Promise' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show up to S2 · E3' }));
    expect(store.getSnapshot()).toEqual({ showAll: false, watched: 's2e3', promptDismissed: true });
    expect(sheet()).not.toBeInTheDocument();
  });

  it('sends focus to the page’s content when answered from the keyboard, rather than lose it', async () => {
    renderWithStore(client, () => storageWith(), <><FirstVisitSheet /><main id="main" tabIndex={-1} /></>);
    screen.getByRole('button', { name: 'Season 1' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(sheet()).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('does not take focus when it appears', () => {
    renderSheet();
    expect(sheet()).toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('can be dismissed with "Not now", keeping nothing watched, and stays dismissed on the next visit', async () => {
    const storage = storageWith();
    renderSheet(storage);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(sheet()).not.toBeInTheDocument();
    expect(createSpoilerStore(() => storage).getSnapshot()).toEqual({ showAll: false, watched: 'none', promptDismissed: true });
  });

  it('is not shown to a visitor who already answered', () => {
    renderSheet(storageWith(JSON.stringify({ watched: 's1e3', promptDismissed: true })));
    expect(sheet()).not.toBeInTheDocument();
  });
});
