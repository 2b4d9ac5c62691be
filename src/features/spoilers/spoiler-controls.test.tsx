import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { FirstVisitPrompt, SpoilerControls } from './spoiler-controls.tsx';
import { levelOptionsQuery } from './spoiler-queries.ts';
import { createSpoilerStore, STORAGE_KEY } from './spoiler-store.ts';
import { SpoilerStoreContext } from './use-spoiler-settings.ts';

const client = new QueryClient();
beforeAll(async () => {
  await client.query(levelOptionsQuery());
});

function storageWith(value?: string): Storage {
  const data = new Map<string, string>(value === undefined ? [] : [[STORAGE_KEY, value]]);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  } as Storage;
}

function renderWith(storage: () => Storage | undefined, ui = <SpoilerControls />) {
  const store = createSpoilerStore(storage);
  render(
    <QueryClientProvider client={client}>
      <SpoilerStoreContext.Provider value={store}>
        {ui}
        <FirstVisitPrompt />
      </SpoilerStoreContext.Provider>
    </QueryClientProvider>,
  );
  return store;
}

describe('the spoiler controls', () => {
  it('has a "Show spoilers" switch, off by default, that turns on and off', async () => {
    const store = renderWith(() => storageWith());
    const toggle = screen.getByRole('switch', { name: 'Show spoilers' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(store.getSnapshot().showAll).toBe(true);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'false');
  });

  it('sets how far the viewer has watched', async () => {
    const store = renderWith(() => storageWith());
    const picker = screen.getAllByRole('combobox', { name: 'I’ve watched' })[0]!;
    expect(picker).toHaveValue('none');
    expect(screen.getAllByRole('option', { name: 'Season 1' }).length).toBeGreaterThan(0);
    await userEvent.selectOptions(picker, 's2e3');
    expect(store.getSnapshot().watched).toBe('s2e3');
    expect(picker).toHaveDisplayValue('Season 2 up to episode 3, “Promise”');
  });

  it('works in memory when storage throws', async () => {
    renderWith(() => ({
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    }) as unknown as Storage);
    const toggle = screen.getByRole('switch', { name: 'Show spoilers' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
  });

  it('ignores junk in storage and starts from the defaults', () => {
    renderWith(() => storageWith('{"showAll":"definitely","watched":"s99e99e"}'));
    expect(screen.getByRole('switch', { name: 'Show spoilers' })).toHaveAttribute('aria-checked', 'false');
    expect(screen.getAllByRole('combobox', { name: 'I’ve watched' })[0]).toHaveValue('none');
  });

  it('treats a stored level the picker does not offer as nothing watched', () => {
    renderWith(() => storageWith('{"watched":"s9","promptDismissed":true}'));
    expect(screen.getByRole('combobox', { name: 'I’ve watched' })).toHaveValue('none');
  });
});

describe('the first-visit prompt', () => {
  it('offers to set the level, and goes away once answered', async () => {
    const store = renderWith(() => storageWith(), <></>);
    const prompt = screen.getByRole('region', { name: /no spoilers until you say so/i });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'I’ve watched' }), 's1');
    await userEvent.click(screen.getByRole('button', { name: 'Set my level' }));
    expect(prompt).not.toBeInTheDocument();
    expect(store.getSnapshot()).toMatchObject({ watched: 's1', promptDismissed: true });
  });

  it('can be dismissed, and stays dismissed on the next visit', async () => {
    const storage = storageWith();
    renderWith(() => storage, <></>);
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: /no spoilers/i })).not.toBeInTheDocument();
    expect(createSpoilerStore(() => storage).getSnapshot()).toMatchObject({ watched: 'none', promptDismissed: true });
  });
});
