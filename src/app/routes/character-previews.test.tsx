import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths.ts';
import { renderAt } from '@/test/render-route.tsx';

async function infoboxLink(name: string) {
  const infobox = await screen.findByRole('complementary', { name: 'Infobox' });
  return within(infobox).getByRole('link', { name });
}

describe('previews of linked characters', () => {
  it('shows a card with the name, the actor and the tagline while a mouse rests on a link, and Escape dismisses it', async () => {
    renderAt(paths.character('nick-nelson'));
    const link = await infoboxLink('Sarah Nelson');
    await userEvent.hover(link);
    const card = await screen.findByRole('tooltip');
    expect(card).toHaveTextContent('Sarah Nelson');
    expect(card).toHaveTextContent('Played by Olivia Colman');
    expect(card).toHaveTextContent(/Nick Nelson’s mum/);
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
    const link = await infoboxLink('Sarah Nelson');
    await userEvent.pointer({ keys: '[TouchA]', target: link });
    await userEvent.hover(await infoboxLink('Kit Connor'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
