import { useEffect, useRef, type ReactNode } from 'react';
import { describeReveal, parseEpisodeCode } from './spoilers.ts';
import type { GateState } from './use-gate.ts';
import styles from './gated-section.module.css';

/** "S2 · E5" (or "S2" when a source gives only the season): where a shown spoiler comes from. */
export function EpisodeBadge({ reveals, title }: { reveals: string; /** The episode's title, where there is room: "S2 · E4 Challenge". */ title?: string }) {
  const parsed = parseEpisodeCode(reveals);
  if (!parsed) return null;
  const code = parsed.episode === undefined ? `S${parsed.season}` : `S${parsed.season} · E${parsed.episode}`;
  const label = title ? `${code} ${title}` : code;
  return (
    <span className={styles.badge}>
      <span aria-hidden="true">{label}</span>
      <span className="visually-hidden">
        From {describeReveal(reveals)}
        {title ? `, “${title}”` : ''}:{' '}
      </span>
    </span>
  );
}

/** What a page's sections need from its gate (`useGate`): which lists hide more, which are on their way, how to show one. */
export type SectionGate = Pick<GateState<unknown>, 'hidden' | 'showing' | 'show'>;

/** A `GatedSection`'s gate props for one list, or null when the list has nothing to show and nothing hidden. */
export function sectionGate(gate: SectionGate, list: string, items: readonly unknown[]) {
  const hidden = gate.hidden.has(list);
  return items.length > 0 || hidden ? { hidden, showing: gate.showing.has(list), onShow: () => gate.show(list) } : null;
}

type GatedSectionProps = {
  /** The section's heading id. */
  id: string;
  heading: string;
  /** The list's own class: the section renders the `<ul>`, so focus can land on it once its spoilers are shown. */
  listClassName?: string | undefined;
  /** The list items; or, with `prose`, paragraphs and subheadings in a `<div>` instead of a list. */
  children: ReactNode;
  prose?: boolean;
  /** The list has items beyond the viewer's level. */
  hidden: boolean;
  /** Its items were asked for and are on their way. */
  showing: boolean;
  onShow: () => void;
};

/**
 * A section of a page whose list may hold spoilers: whatever is hidden is one quiet line with no count and no
 * episode, and one button that shows the whole section.
 */
export function GatedSection({ id, heading, listClassName, children, prose = false, hidden, showing, onShow }: GatedSectionProps) {
  const { listRef, show, listClassName: focusable } = useFocusOnShown<HTMLUListElement & HTMLDivElement>(hidden, onShow);
  const List = prose ? 'div' : 'ul';
  return (
    // `data-gated` marks content that changes with the viewer's level (see src/styles/global.css).
    <section aria-labelledby={id} data-gated="">
      <h2 id={id}>{heading}</h2>
      <List ref={listRef} tabIndex={-1} className={[focusable, listClassName].filter(Boolean).join(' ')}>
        {children}
      </List>
      {hidden ? <MoreHidden showing={showing} onShow={show} what={heading} /> : null}
    </section>
  );
}

/**
 * After the viewer asks to see a list's hidden items and they arrive (the list no longer hides anything), focus
 * moves to the list, because the button they pressed is gone.
 */
export function useFocusOnShown<E extends HTMLElement = HTMLElement>(hidden: boolean, onShow: () => void) {
  const listRef = useRef<E>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current && !hidden) {
      asked.current = false;
      listRef.current?.focus();
    }
  }, [hidden]);
  const show = () => {
    asked.current = true;
    onShow();
  };
  return { listRef, show, listClassName: styles.list };
}

/** The one line that stands for everything hidden in a section. */
export function MoreHidden({ showing, onShow, what }: { showing: boolean; onShow: () => void; what: string }) {
  return (
    // Changes with the viewer's level, like the list it stands for (see src/styles/global.css).
    <p className={styles.more} data-gated="">
      <span>More from episodes you haven’t watched.</span>
      <button type="button" className={styles.show} onClick={onShow} disabled={showing}>
        {showing ? 'Loading…' : 'Show'} <span className="visually-hidden">spoilers in “{what}”</span>
      </button>
    </p>
  );
}
