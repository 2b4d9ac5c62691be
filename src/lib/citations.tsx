import { formatDate } from './dates.ts';
import type { Source } from './schema.ts';
import styles from './citations.module.css';

/** "NME", or the headline, or what the note says the source is. */
export function sourceName(source: Source): string {
  return source.publication ?? source.headline ?? 'Unattributed article';
}

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

/** One source, as a reference entry: outlet, headline, author, date, link and note. */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      <cite className={styles.publication}>{sourceName(source)}</cite>
      {source.publication && source.headline ? <>, “{source.headline}”</> : null}
      {source.author ? <>, by {source.author}</> : null}
      {', '}
      <time dateTime={source.date}>{formatDate(source.date)}</time>
      {source.url ? (
        <>
          {'. '}
          <a href={source.url} rel="noopener noreferrer">
            Read it
          </a>
        </>
      ) : null}
      {source.note ? <span className={styles.note}> {source.note}</span> : null}
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
