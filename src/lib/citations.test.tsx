import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SourceCitation, sourceName } from './citations.tsx';
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

describe('sourceName', () => {
  it('prefers the outlet, then the headline, then the author, and never says “Unattributed article”', () => {
    expect(sourceName(heat)).toBe('heat');
    expect(sourceName({ id: 'a', headline: 'Everything We Know', date: '2022' })).toBe('Everything We Know');
    expect(sourceName({ id: 'b', author: 'Thomas Lang', note: 'A blog post.', date: '2022' })).toBe('Thomas Lang');
    expect(sourceName({ id: 'c', note: 'Outlet unknown.', date: '2022' })).toBe('Outlet not named');
  });
});
