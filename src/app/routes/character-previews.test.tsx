// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { paths } from '@/lib/paths.ts';
import { renderAt } from '@/test/render-route.tsx';

async function infoboxLink(name: string) {
  const infobox = await screen.findByRole('complementary', { name: 'Infobox' });
  return within(infobox).getByRole('link', { name });
}

/** Longer than a card waits for a resting mouse (a few hundred milliseconds). */
const PAST_ANY_DELAY_MS = 2_000;

describe('previews of linked characters', () => {
  // The cards' code is imported on the first hover. Imported here first, the tests wait for the card, not for
  // Vitest transforming its module, which took over the 4 s a query waits on a machine busy with other work.
  beforeAll(() => import('@/features/characters/character-previews.tsx'));

  it('shows a card with the name, the actor and the tagline while a mouse rests on a link, and Escape dismisses it', async () => {
    renderAt(paths.character('nick-nelson'));
    const link = await infoboxLink('Sarah Nelson');
    await userEvent.hover(link);
    const card = await screen.findByRole('tooltip');
    expect(card).toHaveTextContent('Sarah Nelson');
    expect(card).toHaveTextContent('Played by Olivia Colman');
    expect(card).toHaveTextContent(readDataset().characters.find((c) => c.id === 'sarah-nelson')!.tagline);
    expect(link).toHaveAccessibleDescription(/Played by Olivia Colman/);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(link).not.toHaveAttribute('aria-describedby');
  });

  it('goes away when the mouse leaves the link', async () => {
    renderAt(paths.character('nick-nelson'));
    const link = await infoboxLink('Sarah Nelson');
    await userEvent.hover(link);
    await screen.findByRole('tooltip');
    await userEvent.unhover(link);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows nothing for a touch, or for a link that isn’t to a character', async () => {
    renderAt(paths.character('nick-nelson'));
    const sarah = await infoboxLink('Sarah Nelson');
    const kit = await infoboxLink('Kit Connor');
    // A mouse rested on a link once: the cards' code is loaded, so what follows finds it ready.
    await userEvent.hover(sarah);
    await screen.findByRole('tooltip');
    await userEvent.unhover(sarah);
    // "Nothing shows" is asserted once the test's clock has passed any delay the cards wait, not after a sleep.
    // The events are dispatched as they come (fireEvent), as user-event waits on the clock the test holds.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.pointerOver(sarah, { pointerType: 'touch' });
      act(() => vi.advanceTimersByTime(PAST_ANY_DELAY_MS));
      expect(screen.queryByRole('tooltip'), 'after a touch').not.toBeInTheDocument();
      fireEvent.pointerOver(kit, { pointerType: 'mouse' });
      act(() => vi.advanceTimersByTime(PAST_ANY_DELAY_MS));
      expect(screen.queryByRole('tooltip'), 'on a link to a cast page').not.toBeInTheDocument();
      // The same clock shows a mouse's card: the silence above is the touch's and the link's, not the clock's.
      fireEvent.pointerOver(sarah, { pointerType: 'mouse' });
      act(() => vi.advanceTimersByTime(PAST_ANY_DELAY_MS));
      expect(screen.getByRole('tooltip')).toHaveTextContent('Sarah Nelson');
    } finally {
      vi.useRealTimers();
    }
  });
});
