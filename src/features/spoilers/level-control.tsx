import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type FocusEvent } from 'react';
import { describeLevel, levelOrder, type SeasonLevels } from './levels.ts';
import { levelOptionsQuery } from './spoiler-queries.ts';
import type { SpoilerPreferences } from './spoiler-store.ts';
import styles from './level-control.module.css';

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
  prefs: SpoilerPreferences;
  update: (change: Partial<SpoilerPreferences>) => void;
  /** Until the app hydrates, opening the panel would do nothing. */
  disabled: boolean;
};

/**
 * "I've watched": a disclosure button saying the current level in a few words, and a popover with one radio
 * per level. Arrowing or clicking through the radios must never reveal anything by accident, so a choice
 * that hides more applies at once, while one that shows more waits for the confirm button.
 */
export function LevelControl({ prefs, update, disabled }: Props) {
  const { data: levels } = useSuspenseQuery(levelOptionsQuery());
  const [open, setOpen] = useState(false);
  // A higher choice that waits for confirmation; undefined shows the stored setting.
  const [pendingChoice, setPendingChoice] = useState<string>();
  const id = useId();
  const panelId = `${id}-panel`;
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const order = levelOrder(levels);
  const current = prefs.showAll ? ALL : prefs.watched;
  // Only ever higher than the current setting: a stored change (another tab) may have overtaken it.
  const pending = pendingChoice !== undefined && rank(pendingChoice, order) > rank(current, order) ? pendingChoice : undefined;
  const selected = pending ?? current;
  const summary = describeLevel(prefs, levels);

  // Opening puts focus on the current level, so the arrow keys work straight away.
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [open]);

  // A click anywhere else closes the panel; focus stays where the viewer clicked.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapperRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // An unconfirmed choice is forgotten, so the panel always opens at the stored setting.
  const openPanel = () => {
    setPendingChoice(undefined);
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    if (returnFocus) buttonRef.current?.focus();
    setOpen(false);
  };

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
    close(true);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      close(true);
    }
  };

  // Tabbing out of the panel closes it, so it never hangs over the page unattended.
  const onBlur = (e: FocusEvent) => {
    const next = e.relatedTarget;
    if (open && next instanceof Node && !wrapperRef.current?.contains(next)) close(false);
  };

  const radio = (value: string, label: string) => (
    <label className={styles.choice} key={value}>
      <input
        type="radio"
        name={`${id}-level`}
        value={value}
        checked={selected === value}
        onChange={() => choose(value)}
      />
      <span>{label}</span>
    </label>
  );

  // The summaries the button can show, stacked invisibly, so its width never changes with the level. Digits
  // are tabular, so one "Up to …" of each length stands for the rest.
  const upTo = levels.flatMap((s) => s.choices.map((c) => `Up to ${c.short}`));
  const sizes = ['Nothing yet', 'Everything', ...upTo.filter((text, i) => upTo.findIndex((t) => t.length === text.length) === i)];

  return (
    <div className={styles.control} ref={wrapperRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        type="button"
        ref={buttonRef}
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : openPanel())}
      >
        <span className={styles.label}>
          I’ve watched<span className={styles.visuallyHidden}>:</span>
        </span>{' '}
        <span className={styles.value}>
          <span>{summary}</span>
          {sizes.map((text) => (
            <span key={text} className={styles.sizer} aria-hidden="true">
              {text}
            </span>
          ))}
        </span>
        <span className={styles.chevron} aria-hidden="true" />
      </button>
      {open && (
        <div id={panelId} ref={panelRef} className={styles.panel}>
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
              <button type="button" className={styles.close} onClick={() => close(true)}>
                Close
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
