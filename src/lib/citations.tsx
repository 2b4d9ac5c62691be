import { formatDate } from './dates.ts';
import type { Source } from './schema.server.ts';
import styles from './citations.module.css';

/** What a source is called in a list: its outlet as the outlet writes it ("heat", "NME"), else its headline or author. */
export function sourceName(source: Source): string {
  if (source.publication) return source.publication;
  return source.headline ?? source.author ?? 'Outlet not named';
}

/** Said after the name when a source is not an ordinary article. */
const KIND_LABELS: Record<NonNullable<Source['kind']>, string> = { 'blog-post': 'blog post' };

/** "heatworld.com" from a link, so a reader sees where "Read it" goes. */
const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

const anchorOf = (id: string) => `cite-${id}`;

/** Footnote numbers in the order the page first cites each source, like Wikipedia's references. */
export function numberCitations(sources: readonly Source[]): ReadonlyMap<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}

export function Cite({ ids, numbers }: { ids: readonly string[]; numbers: ReadonlyMap<string, number> }) {
  const cited = [...new Set(ids)].flatMap((id) => {
    const n = numbers.get(id);
    return n === undefined ? [] : [{ id, n }];
  });
  if (cited.length === 0) return null;
  return (
    <sup className={styles.cite}>
      {cited.map(({ id, n }) => (
        <a key={id} href={`#${anchorOf(id)}`} aria-label={`Source ${n}`}>
          [{n}]
        </a>
      ))}
    </sup>
  );
}

/**
 * One source, as a reference entry: outlet, headline, author, date, a link out when the address is known, and
 * the reader's note. How the date was worked out is folded away under "How we dated this".
 */
export function SourceCitation({ source }: { source: Source }) {
  const name = sourceName(source);
  const kind = source.kind ? KIND_LABELS[source.kind] : undefined;
  const headline = source.headline !== name ? source.headline : undefined;
  const author = source.author !== name ? source.author : undefined;
  return (
    <>
      <cite className={styles.publication}>{name}</cite>
      {kind ? <> ({kind})</> : null}
      {headline ? <>, “{headline}”</> : null}
      {author ? <>, by {author}</> : null}
      {', '}
      <time dateTime={source.date}>{formatDate(source.date)}</time>
      {source.url ? (
        <>
          {'. '}
          <a href={source.url} rel="noopener noreferrer">
            Read it at {siteOf(source.url)}
          </a>
        </>
      ) : null}
      {source.note ? (
        <>
          {'. '}
          <span className={styles.note}>{source.note}</span>
        </>
      ) : null}
      {source.datingNote ? (
        <details className={styles.dating}>
          <summary>How we dated this</summary>
          {source.datingNote}
        </details>
      ) : null}
    </>
  );
}

export function References({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ol className={styles.references}>
      {sources.map((s) => (
        <li key={s.id} id={anchorOf(s.id)}>
          <SourceCitation source={s} />
        </li>
      ))}
    </ol>
  );
}
