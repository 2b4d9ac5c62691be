// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Cite, SourceCitation, sourceName } from './citations.tsx';
import type { Source } from './schema.server.ts';

const heat: Source = {
  id: 'heat-2022-09-23',
  publication: 'heat',
  headline: 'Netflix’s Heartstopper: here’s what we know about season two',
  author: 'Piper Huxley',
  date: '2022-09-23',
  url: 'https://heatworld.com/entertainment/tv-movies/heartstopper-netflix/',
  note: 'It misnames James McEwan as "James Barton".',
  datingNote: 'It says Netflix had announced "yesterday" that Season 2 was in production.',
};

describe('SourceCitation', () => {
  it('shows the outlet as it writes itself, the headline, the author, the date and a link out', () => {
    render(<SourceCitation source={heat} />);
    expect(screen.getByText('heat').tagName).toBe('CITE');
    expect(document.body).toHaveTextContent('“Netflix’s Heartstopper: here’s what we know about season two”, by Piper Huxley, 23 September 2022');
    expect(screen.getByRole('link', { name: 'Read it at heatworld.com' })).toHaveAttribute('href', heat.url);
    expect(document.body).toHaveTextContent('Read it at heatworld.com. It misnames James McEwan');
  });

  it('folds how the date was worked out under “How we dated this”, closed until asked', async () => {
    render(<SourceCitation source={heat} />);
    const details = screen.getByText('How we dated this').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('yesterday');
    await userEvent.click(screen.getByText('How we dated this'));
    expect(details).toHaveAttribute('open');
  });

  it('gives no link where no address is known, and no fold where there is no dating note', () => {
    render(<SourceCitation source={{ id: 'metro', publication: 'Metro', date: '2023-04-24' }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText('How we dated this')).not.toBeInTheDocument();
  });

  it('labels a blog post for what it is', () => {
    render(<SourceCitation source={{ id: 'blog', kind: 'blog-post', publication: 'Thomas Lang', date: '2022-05' }} />);
    expect(screen.getByText('Thomas Lang').parentElement).toHaveTextContent(/^Thomas Lang \(blog post\), May 2022$/);
  });
});

describe('Cite', () => {
  const source = { id: 'heart', publication: 'Heart', headline: 'How many episodes?', date: '2022-04-25', url: 'https://www.heart.co.uk/x/' };

  it('opens a card with the passage that supports the fact, the outlet and a link to the article', async () => {
    render(<Cite sources={[{ ...source, excerpt: 'There are eight episodes in total.' }]} numbers={new Map([['heart', 3]])} />);
    const footnote = screen.getByRole('link', { name: 'Source 3' });
    expect(footnote).toHaveAttribute('href', '#cite-heart');
    await userEvent.click(footnote);
    const card = screen.getByRole('dialog', { name: 'Source 3' });
    expect(within(card).getByText('There are eight episodes in total.').closest('blockquote')).toHaveAttribute('cite', source.url);
    expect(within(card).getByRole('link', { name: 'Read it at heart.co.uk' })).toHaveAttribute('href', source.url);
    expect(within(card).getByRole('link', { name: 'All sources on this page' })).toHaveAttribute('href', '#cite-heart');
  });

  it('says so when no passage is recorded, and leaves a footnote the page doesn’t number out', async () => {
    render(<Cite sources={[source, { ...source, id: 'unnumbered' }]} numbers={new Map([['heart', 1]])} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    await userEvent.click(screen.getByRole('link', { name: 'Source 1' }));
    expect(within(screen.getByRole('dialog')).getByText('No passage of it is quoted for this fact yet.')).toBeInTheDocument();
  });
});

describe('sourceName', () => {
  it('prefers the outlet, then the headline, then the author, and never says “Unattributed article”', () => {
    expect(sourceName(heat)).toBe('heat');
    expect(sourceName({ id: 'a', headline: 'Everything We Know', date: '2022' })).toBe('Everything We Know');
    expect(sourceName({ id: 'b', author: 'Thomas Lang', note: 'A blog post.', date: '2022' })).toBe('Thomas Lang');
    expect(sourceName({ id: 'c', note: 'Outlet unknown.', date: '2022' })).toBe('Outlet not named');
  });
});
