import { Link } from 'react-router';
import { Caveats } from '@/lib/caveats.tsx';
import { formatDate } from '@/lib/dates.ts';
import { EpisodeBadge } from '@/lib/gated-section.tsx';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { paths } from '@/lib/paths.ts';
import type { TimelineEntry, TimelineFacts } from './timeline.ts';
import { CATEGORY_LABELS } from './timeline-filters.ts';
import styles from './timeline-list.module.css';

/** What became of the last "Copy link" press: shown beside the button it was pressed on. */
export type CopyResult = { id: string; title: string; url: string; copied: boolean };

type Props = {
  entry: TimelineEntry;
  /** The title of the episode a story event is from. */
  episodeTitle: string | undefined;
  /** 3 under a year or season heading, 4 under a month or episode. */
  level: 3 | 4;
  /** The event a link opened the page at: highlighted. */
  targeted: boolean;
  copy: CopyResult | null;
  onCopyLink: (entry: TimelineEntry) => void;
};

/** One event: when, what kind, what happened, who, and the sources behind it. */
export function TimelineEvent({ entry: e, episodeTitle, level, targeted, copy, onCopyLink }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article id={e.id} className={styles.event} data-kind={e.kind} data-targeted={targeted || undefined} tabIndex={-1}>
      <div className={styles.meta}>
        <time dateTime={e.date}>{formatDate(e.date)}</time>
        <span className={styles.kind}>{CATEGORY_LABELS[e.category]}</span>
        {e.reveals ? <EpisodeBadge reveals={e.reveals} title={episodeTitle} /> : null}
        <MediumLabel medium={e.medium} />
        {e.disagreement ? <span className={styles.disagree}>Sources disagree</span> : null}
        <button
          type="button"
          className={styles.copy}
          onClick={() => onCopyLink(e)}
          aria-label={copy?.copied ? `Link copied to “${e.title}”` : `Copy link to “${e.title}”`}
        >
          {copy?.copied ? 'Link copied' : 'Copy link'}
        </button>
      </div>
      <Heading className={styles.title}>{e.title}</Heading>
      <p>{e.summary}</p>
      <Caveats item={e} className={styles.note} />
      {e.people.length > 0 ? (
        <p className={styles.people}>
          With{' '}
          {e.people.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? ', ' : null}
              <Link to={paths.character(p.id)}>{p.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      <p className={styles.sources}>
          Source{e.cited.length > 1 ? 's' : ''}:{' '}
          {e.cited.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? '; ' : null}
              <a href={paths.source(s.id, s.date)}>{s.name}</a>
            </span>
          ))}
      </p>
      {copy && !copy.copied ? (
        <p className={styles.copyFailed}>
          This browser wouldn’t copy it. The link is{' '}
          <input readOnly value={copy.url} aria-label="Link to this event" onFocus={(ev) => ev.currentTarget.select()} />
        </p>
      ) : null}
    </article>
  );
}

/**
 * An event whose words are on their way (its page's document is being fetched): what the index says of it, in the
 * same card, so the list keeps its place and a link to it still lands.
 */
export function TimelineEventPending({ entry: e, level, targeted }: { entry: TimelineFacts; level: 3 | 4; targeted: boolean }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article id={e.id} className={styles.event} data-kind={e.kind} data-targeted={targeted || undefined} tabIndex={-1} aria-busy="true">
      <div className={styles.meta}>
        <time dateTime={e.date}>{formatDate(e.date)}</time>
        <span className={styles.kind}>{CATEGORY_LABELS[e.category]}</span>
      </div>
      <Heading className={styles.title}>Loading this event…</Heading>
    </article>
  );
}
