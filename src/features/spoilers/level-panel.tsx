import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { levelOrder, type SeasonLevels } from '@/lib/spoiler-levels.ts';
import { levelOptionsQuery } from '@/lib/spoiler-queries.ts';
import type { SpoilerPreferences } from '@/lib/spoiler-preferences.ts';
import styles from './level-panel.module.css';

/** The radio value for "All of it", which is the switch rather than a level. */
const ALL = 'all';

/** A choice's place in watch order; "All of it" is above every episode. */
function rank(choice: string, order: readonly string[]): number {
  return choice === ALL ? order.length : order.indexOf(choice);
}

/** What a choice stores. Every change through the controls also answers the first-visit question. */
function preferencesFor(choice: string): Partial<SpoilerPreferences> {
  return choice === ALL
    ? { showAll: true, promptDismissed: true }
    : { showAll: false, watched: choice, promptDismissed: true };
}

function confirmLabel(choice: string, levels: readonly SeasonLevels[]): string {
  if (choice === ALL) return 'Show everything';
  const short = levels.flatMap((s) => s.choices).find((c) => c.value === choice)?.short;
  return `Show up to ${short}`;
}

type Props = {
  id: string;
  prefs: SpoilerPreferences;
  update: (change: Partial<SpoilerPreferences>) => void;
  /** Closes the panel, returning focus to its button when asked. */
  onClose: (returnFocus: boolean) => void;
  /** The control around the button and the panel: clicks and focus outside it close the panel. */
  within: RefObject<HTMLDivElement | null>;
};

/**
 * The "I've watched" popover: one radio per level. Arrowing or clicking through the radios must never reveal
 * anything by accident, so a choice that hides more applies at once, while one that shows more waits for the
 * confirm button. Loaded when the viewer reaches for the button (see `LevelControl`).
 */
export function LevelPanel({ id, prefs, update, onClose, within }: Props) {
  const { data: levels } = useSuspenseQuery(levelOptionsQuery());
  // A higher choice that waits for confirmation; undefined shows the stored setting.
  const [pendingChoice, setPendingChoice] = useState<string>();
  const name = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  const order = levelOrder(levels);
  const current = prefs.showAll ? ALL : prefs.watched;
  // Only ever higher than the current setting: a stored change (another tab) may have overtaken it.
  const pending = pendingChoice !== undefined && rank(pendingChoice, order) > rank(current, order) ? pendingChoice : undefined;
  const selected = pending ?? current;

  // While open: a click anywhere else closes it, leaving focus where the viewer clicked; Escape closes it and
  // returns focus to the button; tabbing out of the control closes it, so it never hangs over the page unattended.
  // Here rather than in the button's code, which every page loads.
  useEffect(() => {
    const control = within.current;
    if (!control) return;
    const outside = (target: EventTarget | null) => target instanceof Node && !control.contains(target);
    const onPointerDown = (e: PointerEvent) => outside(e.target) && onClose(false);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onClose(true);
    };
    const onFocusOut = (e: FocusEvent) => outside(e.relatedTarget) && onClose(false);
    document.addEventListener('pointerdown', onPointerDown);
    control.addEventListener('keydown', onKeyDown);
    control.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      control.removeEventListener('keydown', onKeyDown);
      control.removeEventListener('focusout', onFocusOut);
    };
  }, [within, onClose]);

  // Opening puts focus on the current level, so the arrow keys work straight away.
  useEffect(() => {
    panelRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const choose = (choice: string) => {
    if (rank(choice, order) > rank(current, order)) {
      setPendingChoice(choice);
      return;
    }
    // Lower (or the same): it only hides more, so it needs no confirmation.
    setPendingChoice(undefined);
    if (choice !== current) update(preferencesFor(choice));
  };

  const confirm = (e: FormEvent) => {
    e.preventDefault();
    if (pending === undefined) return;
    update(preferencesFor(pending));
    onClose(true);
  };

  const radio = (value: string, label: string) => (
    <label className={styles.choice} key={value}>
      <input type="radio" name={name} value={value} checked={selected === value} onChange={() => choose(value)} />
      <span>{label}</span>
    </label>
  );

  return (
    <div id={id} ref={panelRef} className={styles.panel}>
      <form onSubmit={confirm}>
        <fieldset className={styles.levels}>
          <legend className={styles.title}>How far have you watched?</legend>
          <p className={styles.hint}>Going back applies at once. Going further waits until you confirm.</p>
          {radio('none', 'Nothing yet')}
          <div className={styles.seasons}>
            {levels.map((season) => (
              <fieldset key={season.season} className={styles.season}>
                <legend>Season {season.season}</legend>
                {season.choices.map((c) => radio(c.value, `E${c.episode} · ${c.title}`))}
              </fieldset>
            ))}
          </div>
          {radio(ALL, 'All of it')}
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className={styles.confirm} disabled={pending === undefined}>
            {pending === undefined ? 'Show more' : confirmLabel(pending, levels)}
          </button>
          <button type="button" className={styles.close} onClick={() => onClose(true)}>
            Close
          </button>
        </div>
      </form>
    </div>
  );
}
