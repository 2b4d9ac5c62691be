// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { paths } from './paths.ts';
import { ShareButton } from './share-button.tsx';
import { SITE_ORIGIN } from './site.ts';

describe('ShareButton', () => {
  const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
  afterEach(() => {
    if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    else delete (Navigator.prototype as { share?: unknown }).share;
  });

  it('copies the address of the page on the site the reader is on, not the configured origin', async () => {
    // No share sheet, as on a desktop browser: the link goes to the clipboard (user-event provides one).
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    const user = userEvent.setup();
    render(<ShareButton path={paths.character('nick-nelson')} title="Nick Nelson" />);

    await user.click(screen.getByRole('button', { name: 'Share' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(`${window.location.origin}/characters/nick-nelson/`);
    // This test build sets no VITE_SITE_ORIGIN: the placeholder names another host, which the copy must not.
    expect(new URL(SITE_ORIGIN).origin).not.toBe(window.location.origin);
  });

  it('hands the share sheet the page’s title and its address here', async () => {
    const shared: ShareData[] = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      value: (data: ShareData) => (shared.push(data), Promise.resolve()),
      configurable: true,
    });
    const user = userEvent.setup();
    render(<ShareButton path={paths.character('tori-spring')} title="Tori Spring" />);

    await user.click(screen.getByRole('button', { name: 'Share' }));

    expect(shared).toEqual([{ title: 'Tori Spring', url: `${window.location.origin}/characters/tori-spring/` }]);
  });
});
