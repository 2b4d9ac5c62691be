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

  it('lists the awards and nominations that name them, each with its result and a footnote', async () => {
    const kitAwards = data.reception.filter((r) => r.kind === 'award' && r.people?.includes('kit-connor'));
    expect(kitAwards.length).toBeGreaterThan(0);
    renderAt(paths.cast('kit-connor'));
    const awards = await screen.findByRole('region', { name: 'Awards and nominations' });
    const rows = within(awards).getAllByRole('listitem');
    expect(rows).toHaveLength(kitAwards.length);
    for (const award of kitAwards) {
      if (award.kind !== 'award') continue;
      const row = rows.find((r) => r.textContent?.includes(`${award.year} ${award.ceremony}: ${award.category}`));
      expect(row, award.id).toBeDefined();
      expect(row).toHaveTextContent(new RegExp(`^${award.result === 'won' ? 'Won' : 'Nominated'},`));
      expect(within(row!).getAllByRole('link', { name: /^Source \d+$/ }).length).toBe(award.sources.length);
    }
    expect(within(awards).getByRole('link', { name: 'All the show’s reviews and awards' })).toHaveAttribute('href', paths.reception());
  });

  it('has no awards section for someone no award names', async () => {
    renderAt(paths.cast('zorana-piggott'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zorana Piggott' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Awards and nominations' })).not.toBeInTheDocument();
  });

  it('answers an unknown person with the not-found page', async () => {
    renderAt(paths.cast('nobody-at-all'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('the cast and crew page', () => {
  it('lists every actor with whom they play, and the crew with what they do, each a link to their page', async () => {
    const router = renderAt(paths.castList());
    expect(await screen.findByRole('heading', { level: 1, name: 'Cast and crew' })).toBeInTheDocument();
    expect(document.title).toBe('Cast and crew · Heartstopper Season 2 Wiki');
    const cast = screen.getByRole('region', { name: 'Cast' });
    const crew = screen.getByRole('region', { name: 'Crew' });
    const actors = data.people.filter((p) => p.roles.includes('actor'));
    expect(within(cast).getAllByRole('listitem')).toHaveLength(actors.length);
    expect(within(crew).getAllByRole('listitem')).toHaveLength(data.people.length - actors.length);

    const kit = within(cast).getByRole('link', { name: 'Kit Connor' }).closest('li')!;
    expect(kit).toHaveTextContent('Kit Connor as Nick Nelson');
    expect(within(kit).getByRole('link', { name: 'Nick Nelson' })).toHaveAttribute('href', paths.character('nick-nelson'));
    expect(within(cast).getByRole('link', { name: 'Echo' }).closest('li')).toHaveTextContent('A dog, as Nellie');

    // The writer first; the composer among the last.
    const names = within(crew).getAllByRole('link').map((a) => a.textContent);
    expect(names[0]).toBe('Alice Oseman');
    expect(within(crew).getByRole('link', { name: 'Adiescar Chase' }).closest('li')).toHaveTextContent('Composer');
    expect(names.indexOf('Adiescar Chase')).toBeGreaterThan(names.indexOf('Euros Lyn'));

    await userEvent.click(within(crew).getByRole('link', { name: 'Matt Biffa' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Matt Biffa' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.cast('matt-biffa'));
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toHaveTextContent(/^Music supervisor\[1\]/);
    expect(screen.getByRole('link', { name: 'Everyone in the cast and crew' })).toHaveAttribute('href', paths.castList());
  });
});
