import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { onOpenLevelControl } from './level-control-events.ts';
import { describeLevel } from '@/lib/spoiler-levels.ts';
import { levelOptionsQuery } from '@/lib/spoiler-queries.ts';
import type { SpoilerPreferences } from '@/lib/spoiler-preferences.ts';
import styles from './level-control.module.css';

// The radios load when the viewer reaches for the button (pointer, touch or focus), not with every page.
const loadPanel = () => import('./level-panel.tsx');
const LevelPanel = lazy(() => loadPanel().then((m) => ({ default: m.LevelPanel })));

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
  const id = useId();
  const panelId = `${id}-panel`;
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const summary = describeLevel(prefs, levels);

  useEffect(() => onOpenLevelControl(() => setOpen(true)), []);

  // The panel mounts afresh each time, so an unconfirmed choice is forgotten.
  const openPanel = () => setOpen(true);

  const close = (returnFocus: boolean) => {
    if (returnFocus) buttonRef.current?.focus();
    setOpen(false);
  };

  return (
    <div className={styles.control} ref={wrapperRef}>
      <button
        type="button"
        ref={buttonRef}
        className={`outlined-control ${styles.toggle}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={disabled}
        onPointerEnter={() => void loadPanel()}
        onTouchStart={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => (open ? close(false) : openPanel())}
      >
        <span className={styles.label}>
          I’ve watched<span className="visually-hidden">:</span>
        </span>{' '}
        <span className={styles.value}>{summary}</span>
        <span className={`disclosure-chevron ${styles.chevron}`} aria-hidden="true" />
      </button>
      {open && (
        <Suspense fallback={null}>
          <LevelPanel id={panelId} prefs={prefs} update={update} onClose={close} within={wrapperRef} />
        </Suspense>
      )}
    </div>
  );
}
