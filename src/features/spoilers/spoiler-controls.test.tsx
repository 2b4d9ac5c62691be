// @vitest-environment jsdom
import type { QueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { SpoilerControls } from './spoiler-controls.tsx';
import { loadedClient, renderWithStore, storageWith } from '@/test/spoiler-test-utils.tsx';

let client: QueryClient;
beforeAll(async () => {
  client = await loadedClient();
});

const renderControls = (storage: () => Storage | undefined) => renderWithStore(client, storage, <SpoilerControls />);
const stored = (value: object) => () => storageWith(JSON.stringify(value));
const levelButton = () => screen.getByRole('button', { name: /^I’ve watched/ });
const confirmButton = () => screen.getByRole('button', { name: /^Show / });

describe('the "Show spoilers" switch', () => {
  it('is off by default, and turns on and off', async () => {
    const store = renderControls(() => storageWith());
    const toggle = screen.getByRole('switch', { name: 'Show spoilers' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(store.getSnapshot()).toMatchObject({ showAll: true, promptDismissed: true });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(store.getSnapshot().showAll).toBe(false);
  });

  it('makes the level control say "Everything", and turning it off returns to the stored level', async () => {
    const store = renderControls(stored({ watched: 's2e3', promptDismissed: true }));
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Up to S2 · E3');
    await userEvent.click(screen.getByRole('switch', { name: 'Show spoilers' }));
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Everything');
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    expect(screen.getByRole('radio', { name: 'All of it' })).toBeChecked();
    await userEvent.click(screen.getByRole('switch', { name: 'Show spoilers' }));
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Up to S2 · E3');
    expect(store.getSnapshot()).toMatchObject({ showAll: false, watched: 's2e3' });
  });
});

describe('the "I’ve watched" control', () => {
  it('is a disclosure listing nothing yet, each season’s episodes by title, and all of it, at the current level', async () => {
    renderControls(stored({ watched: 's1e4', promptDismissed: true }));
    const button = levelButton();
    expect(button).toHaveAccessibleName('I’ve watched: Up to S1 · E4');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    await screen.findAllByRole('radio');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).toBeInTheDocument();

    const season2 = within(panel).getByRole('group', { name: 'Season 2' });
    expect(within(season2).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(
      ['s2e1', 's2e2', 's2e3', 's2e4', 's2e5', 's2e6', 's2e7', 's2e8'],
    );
    expect(within(season2).getByRole('radio', { name: 'E3 · Promise' })).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Season 1' })).toBeInTheDocument();
    const radios = within(panel).getAllByRole('radio');
    expect(radios[0]).toHaveAccessibleName('Nothing yet');
    expect(radios.at(-1)).toHaveAccessibleName('All of it');
    expect(radios).toHaveLength(18);

    const current = screen.getByRole('radio', { name: 'E4 · Secret' });
    expect(current).toBeChecked();
    expect(current).toHaveFocus();
    expect(confirmButton()).toBeDisabled();
  });

  it('commits nothing while the keyboard moves through higher levels, until the viewer confirms', async () => {
    const store = renderControls(stored({ watched: 's1e7', promptDismissed: true }));
    const before = store.getSnapshot();
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    expect(screen.getByRole('radio', { name: 'E7 · Bully' })).toHaveFocus();

    // Across the season boundary: S1 E8, S2 E1 … S2 E5.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'E5 · Heat' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'E5 · Heat' })).toHaveFocus();
    expect(store.getSnapshot()).toBe(before);
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Up to S1 · E7');

    // Back up a step is still above the stored level: still nothing applied.
    await userEvent.keyboard('{ArrowUp}');
    expect(store.getSnapshot()).toBe(before);
    expect(confirmButton()).toHaveAccessibleName('Show up to S2 · E4');

    await userEvent.click(confirmButton());
    expect(store.getSnapshot()).toMatchObject({ showAll: false, watched: 's2e4', promptDismissed: true });
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Up to S2 · E4');
    expect(levelButton()).toHaveAttribute('aria-expanded', 'false');
    expect(levelButton()).toHaveFocus();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('asks for confirmation before showing everything', async () => {
    const store = renderControls(stored({ watched: 's2e5', promptDismissed: true }));
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    await userEvent.click(screen.getByRole('radio', { name: 'All of it' }));
    expect(store.getSnapshot().showAll).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(store.getSnapshot()).toMatchObject({ showAll: true, watched: 's2e5' });
    expect(screen.getByRole('switch', { name: 'Show spoilers' })).toHaveAttribute('aria-checked', 'true');
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Everything');
  });

  it('applies a lower level at once, since it only hides more', async () => {
    const store = renderControls(stored({ watched: 's2e5', promptDismissed: true }));
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    await userEvent.click(screen.getByRole('radio', { name: 'E2 · Family' }));
    expect(store.getSnapshot()).toMatchObject({ showAll: false, watched: 's2e2' });
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Up to S2 · E2');
    expect(confirmButton()).toBeDisabled();

    // The level it came from is now higher, so going back to it waits for confirmation.
    await userEvent.click(screen.getByRole('radio', { name: 'E5 · Heat' }));
    expect(store.getSnapshot().watched).toBe('s2e2');

    await userEvent.click(screen.getByRole('radio', { name: 'Nothing yet' }));
    expect(store.getSnapshot().watched).toBe('none');
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Nothing yet');
  });

  it('lowering from "All of it" turns the switch off', async () => {
    const store = renderControls(stored({ showAll: true, watched: 'none', promptDismissed: true }));
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    expect(screen.getByRole('radio', { name: 'All of it' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(store.getSnapshot()).toMatchObject({ showAll: false, watched: 's2e8' });
    expect(screen.getByRole('switch', { name: 'Show spoilers' })).toHaveAttribute('aria-checked', 'false');
  });

  it('closes on Escape without applying a higher choice, and returns focus to the button', async () => {
    const store = renderControls(stored({ watched: 's1e2', promptDismissed: true }));
    const before = store.getSnapshot();
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await userEvent.keyboard('{Escape}');
    expect(levelButton()).toHaveAttribute('aria-expanded', 'false');
    expect(levelButton()).toHaveFocus();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(store.getSnapshot()).toBe(before);

    // Reopened, it shows the stored level again, not the abandoned choice.
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    expect(screen.getByRole('radio', { name: 'E2 · Crush' })).toBeChecked();
  });

  it('closes on a click outside, without applying', async () => {
    const store = renderWithStore(
      client,
      stored({ watched: 's1e2', promptDismissed: true }),
      <>
        <SpoilerControls />
        <p>Page content</p>
      </>,
    );
    const before = store.getSnapshot();
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    await userEvent.click(screen.getByRole('radio', { name: 'E6 · Girls' }));
    await userEvent.click(screen.getByText('Page content'));
    expect(levelButton()).toHaveAttribute('aria-expanded', 'false');
    expect(store.getSnapshot()).toBe(before);
  });

  it('shows a level stored by an earlier version as a whole season at its last episode', () => {
    renderControls(stored({ watched: 's1', promptDismissed: true }));
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Up to S1 · E8');
  });

  it('treats a stored level it does not offer as nothing watched', () => {
    renderControls(stored({ watched: 's9', promptDismissed: true }));
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Nothing yet');
  });
});

describe('stored preferences', () => {
  it('work in memory when storage throws', async () => {
    const store = renderControls(() => ({
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
    await userEvent.click(toggle);
    await userEvent.click(levelButton());
    await screen.findAllByRole('radio');
    await userEvent.click(screen.getByRole('radio', { name: 'E3 · Kiss' }));
    await userEvent.click(confirmButton());
    expect(store.getSnapshot().watched).toBe('s1e3');
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Up to S1 · E3');
  });

  it('ignore junk in storage and start from the defaults', () => {
    renderControls(() => storageWith('{"showAll":"definitely","watched":"s99e99e"}'));
    expect(screen.getByRole('switch', { name: 'Show spoilers' })).toHaveAttribute('aria-checked', 'false');
    expect(levelButton()).toHaveAccessibleName('I’ve watched: Nothing yet');
  });
});
