import { formatDate } from './dates.ts';
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CitedSource, Source } from './schema.server.ts';
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

/**
 * A page's list of sources: each source once, in the order the page first cites it, without the passage one
 * fact quotes from it (the footnote's card shows that).
 */
export function referenceList(cited: readonly CitedSource[]): Source[] {
  const sources = new Map<string, Source>();
  for (const cite of cited) {
    if (sources.has(cite.id)) continue;
    const source: CitedSource = { ...cite };
    delete source.excerpt;
    sources.set(source.id, source);
  }
  return [...sources.values()];
}

/** Footnote numbers in the order the page first cites each source, like Wikipedia's references. */
export function numberCitations(sources: readonly Source[]): ReadonlyMap<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}

/**
 * A fact's footnote numbers. Each links to its entry in the page's sources, which is where it goes without
 * JavaScript (or with a modifier key). A plain click or tap opens the citation in a card instead: the passage
 * of the article that supports the fact, when one is recorded, with the outlet, headline, date and a link to
 * the article. Checking a fact takes one tap and never leaves the page.
 */
export function Cite({ sources, numbers }: { sources: readonly CitedSource[]; numbers: ReadonlyMap<string, number> }) {
  const [open, setOpen] = useState<{ source: CitedSource; n: number; opener: HTMLElement } | null>(null);
  const cited = [...new Map(sources.map((s) => [s.id, s])).values()].flatMap((source) => {
    const n = numbers.get(source.id);
    return n === undefined ? [] : [{ source, n }];
  });
  if (cited.length === 0) return null;
  return (
    <sup className={styles.cite}>
      {cited.map(({ source, n }) => (
        <a
          key={source.id}
          href={`#${anchorOf(source.id)}`}
          aria-label={`Source ${n}`}
          aria-haspopup="dialog"
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            setOpen({ source, n, opener: event.currentTarget });
          }}
        >
          [{n}]
        </a>
      ))}
      {open
        ? createPortal(
            <CitationCard
              {...open}
              onClose={() => {
                setOpen(null);
                open.opener.focus();
              }}
            />,
            document.body,
          )
        : null}
    </sup>
  );
}

/** The card a footnote opens: a popover, so Escape or a tap outside closes it, over the page without moving it. */
function CitationCard({ source, n, onClose }: { source: CitedSource; n: number; onClose: () => void }) {
  const card = useRef<HTMLDivElement>(null);
  const labelId = useId();
  // Opened once, when it mounts; the latest onClose is the one that runs.
  const whenClosed = useRef(onClose);
  useEffect(() => {
    whenClosed.current = onClose;
  });
  useEffect(() => {
    const el = card.current;
    if (!el) return;
    const closed = (event: Event) => (event as ToggleEvent).newState === 'closed' && whenClosed.current();
    el.addEventListener('toggle', closed);
    // Every browser the wiki supports has popovers; a test's DOM may not, and then the card is simply there.
    el.showPopover?.();
    el.focus();
    return () => el.removeEventListener('toggle', closed);
  }, []);
  const close = () => card.current?.hidePopover();
  return (
    <div ref={card} popover="auto" role="dialog" aria-labelledby={labelId} tabIndex={-1} className={styles.card}>
      <p id={labelId} className={styles.cardLabel}>
        Source {n}
      </p>
      {source.excerpt ? (
        <blockquote className={styles.excerpt} cite={source.url}>
          <p>{source.excerpt}</p>
        </blockquote>
      ) : (
        <p className={styles.note}>No passage of it is quoted for this fact yet.</p>
      )}
      <div className={styles.cardSource}>
        <SourceCitation source={source} />
      </div>
      <p className={styles.cardActions}>
        <a href={`#${anchorOf(source.id)}`} onClick={close}>
          All sources on this page
        </a>
        <button type="button" className="pill-control" onClick={close}>
          Close
        </button>
      </p>
    </div>
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

/** A page's "Sources" section: each source once, numbered as its footnotes are; nothing when nothing is cited. */
export function References({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <ol className={styles.references}>
        {sources.map((s) => (
          <li key={s.id} id={anchorOf(s.id)}>
            <SourceCitation source={s} />
          </li>
        ))}
      </ol>
    </section>
  );
}
