import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { sourceName } from '@/lib/citations.tsx';
import { documents } from '@/lib/dataset.ts';
import { formatDate } from '@/lib/dates.ts';
import { MediumLabel } from '@/lib/medium-label.tsx';
import { paths } from '@/lib/paths.ts';
import { GatedUnavailable } from '@/lib/gated-unavailable.tsx';
import { SpoilerPlaceholder } from '@/lib/spoiler-placeholder.tsx';
import { useReveals } from '@/lib/use-reveals.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { useGate } from '@/lib/use-gate.ts';
import { viewTimeline, type TimelineEntry } from './timeline.ts';
import { timelineQuery } from './timeline-queries.ts';
import styles from './timeline-list.module.css';

export function TimelineList({ settings }: { settings: SpoilerSettings }) {
  const [revealed, reveal] = useReveals();
  const { data: document } = useSuspenseQuery(timelineQuery());
  const { gate, failed, retry } = useGate(documents.timeline, document, settings, revealed);
  const slots = viewTimeline(document, gate);

  return (
    <>
      {failed ? <GatedUnavailable onRetry={retry} /> : null}
      <ol className={styles.timeline}>
        {slots.map((slot) =>
          slot.hidden ? (
            <li key={slot.key} className={styles.event} data-kind="hidden">
              <SpoilerPlaceholder reveals={slot.reveals} noun="event" onReveal={() => reveal(slot.key)} />
            </li>
          ) : (
            <TimelineItem key={slot.key} entry={slot.item} />
          ),
        )}
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
