import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { sourceName } from '@/lib/citations.tsx';
import { documents } from '@/lib/dataset.ts';
import { formatDate } from '@/lib/dates.ts';
import { EpisodeBadge, MoreHidden, useFocusOnShown } from '@/lib/gated-section.tsx';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import type { TimelineEntry } from './timeline.ts';
import { timelineQuery } from './timeline-queries.ts';
import styles from './timeline-list.module.css';

/** The list of events the timeline's spoilers live in. */
const EVENTS = 'entries';

export function TimelineList({ settings }: { settings: SpoilerSettings }) {
  const { data: document } = useSuspenseQuery(timelineQuery());
  const gated = useGate(documents.timeline, document, settings);
  const hidden = gated.hidden.has(EVENTS);
  const { listRef, show, listClassName } = useFocusOnShown<HTMLOListElement>(hidden, () => gated.show(EVENTS));

  return (
    <>
      {gated.failed ? <GatedUnavailable onRetry={gated.retry} /> : null}
      {hidden ? <MoreHidden showing={gated.showing.has(EVENTS)} onShow={show} what="the timeline" /> : null}
      <ol ref={listRef} tabIndex={-1} className={`${listClassName} ${styles.timeline}`} data-gated="">
        {gated.document.entries.map((entry) => (
          <TimelineItem key={entry.id} entry={entry} />
        ))}
      </ol>
    </>
  );
}

function TimelineItem({ entry: e }: { entry: TimelineEntry }) {
  return (
    <li id={e.id} className={styles.event} data-kind={e.kind}>
      <div className={styles.meta}>
        <time dateTime={e.date}>{formatDate(e.date)}</time>
        <span className={styles.kind}>{e.kind === 'story' ? 'On screen' : 'News'}</span>
        {e.reveals ? <EpisodeBadge reveals={e.reveals} /> : null}
        <MediumLabel medium={e.medium} />
      </div>
      <h2 className={styles.title}>{e.title}</h2>
      <p>{e.summary}</p>
      {e.note ? <p className={styles.note}>Note: {e.note}</p> : null}
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
            <a href={paths.source(s.id)}>{sourceName(s)}</a>
          </span>
        ))}
      </p>
    </li>
  );
}
