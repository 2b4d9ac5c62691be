// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/dataset-source.server.ts';
import { paths } from '@/lib/paths.ts';
import { renderAt } from '@/test/render-route.tsx';

const data = readDataset();
const kitQuotes = data.quotes.filter((q) => q.speaker === 'kit-connor');
const publicQuote = kitQuotes.find((q) => !q.reveals)!;
const gatedQuote = kitQuotes.find((q) => q.reveals)!;

describe('a cast page', () => {
  it('shows the person, whom they play (linked), their quotes with outlet and date, and sources', async () => {
    const router = renderAt(paths.cast('kit-connor'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kit Connor' })).toBeInTheDocument();
    expect(document.title).toBe('Kit Connor · Heartstopper Season 2 Wiki');
    const credit = screen.getByRole('heading', { level: 1 }).nextElementSibling as HTMLElement;
    expect(credit).toHaveTextContent(/^Actor, playing Nick Nelson\[1\]/);

    const quotes = screen.getByRole('region', { name: 'What they said' });
    const figure = within(quotes).getByText(publicQuote.text).closest('figure')!;
    expect(figure).toHaveTextContent(`Kit Connor, ${publicQuote.said}`);
    expect(within(figure).getByRole('link', { name: /^Source \d+$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeInTheDocument();

    await userEvent.click(within(credit).getByRole('link', { name: 'Nick Nelson' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.character('nick-nelson'));
  });

  it('holds back quotes from episodes not watched, behind one line, and shows them on request', async () => {
    renderAt(paths.cast('kit-connor'));
    const quotes = await screen.findByRole('region', { name: 'What they said' });
    expect(document.body.textContent).not.toContain(gatedQuote.text);
    expect(within(quotes).getAllByText('More from episodes you haven’t watched.')).toHaveLength(1);
    await userEvent.click(within(quotes).getByRole('button', { name: 'Show spoilers in “What they said”' }));
    expect(await within(quotes).findByText(gatedQuote.text)).toBeInTheDocument();
    expect(within(quotes).queryByText('More from episodes you haven’t watched.')).not.toBeInTheDocument();
  });

  it('gives crew a page with their roles, bio and quotes', async () => {
    renderAt(paths.cast('alice-oseman'));
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Alice Oseman' });
    expect(h1.nextElementSibling).toHaveTextContent(/^Creator, writer and executive producer\[1\]/);
    const bio = data.people.find((p) => p.id === 'alice-oseman')!.bio!;
    expect(within(screen.getByRole('region', { name: 'About Alice Oseman' })).getByText(bio.text)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What they said' })).toBeInTheDocument();
  });

  it('answers an unknown person with the not-found page', async () => {
    renderAt(paths.cast('nobody-at-all'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
