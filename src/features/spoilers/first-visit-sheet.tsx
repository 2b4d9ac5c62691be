import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { levelOptionsQuery } from './spoiler-queries.ts';
import type { SpoilerPreferences } from './spoiler-store.ts';
import { useSpoilerPreferences } from './use-spoiler-settings.ts';
import styles from './first-visit-sheet.module.css';

/**
 * The first-visit question, answered in one tap: nothing yet, each earlier season whole, some of the newest
 * season (a second step lists its episodes), or all of it. A sheet fixed to the bottom of the viewport, so
 * appearing after hydration never moves the page (it depends on storage, so it can't be prerendered).
 */
export function FirstVisitSheet() {
  const [prefs, update] = useSpoilerPreferences();
  const { data: levels } = useSuspenseQuery(levelOptionsQuery());
  const hydrated = useHydrated();
  const [step, setStep] = useState<'seasons' | 'episodes'>('seasons');
  const titleId = useId();
  const firstEpisodeRef = useRef<HTMLButtonElement>(null);
  const someRef = useRef<HTMLButtonElement>(null);
  // Focus follows the viewer between the steps, but the sheet appearing never takes focus from the page.
  const stepChanged = useRef(false);

  useEffect(() => {
    if (!stepChanged.current) return;
    (step === 'episodes' ? firstEpisodeRef : someRef).current?.focus();
  }, [step]);

  if (!hydrated || prefs.promptDismissed) return null;

  const earlier = levels.slice(0, -1);
  const latest = levels.at(-1);
  const go = (next: typeof step) => {
    stepChanged.current = true;
    setStep(next);
  };
  // Once answered the sheet goes; the browser carries on tabbing from where it was, just before the content.
  const answer = (change: Partial<SpoilerPreferences>) => update({ ...change, promptDismissed: true });
  const watched = (level: string) => answer({ showAll: false, watched: level });

  return (
    <section className={styles.sheet} aria-labelledby={titleId}>
      <div className={styles.inner}>
        <div className={styles.head}>
          <h2 id={titleId} className={styles.title}>
            How far have you watched?
          </h2>
          <button type="button" className={styles.dismiss} onClick={() => answer({})}>
            Not now
          </button>
        </div>
        {step === 'seasons' || !latest ? (
          <>
            <p className={styles.note}>We’ll hide anything after that. Change it any time in the header.</p>
            <div className={styles.answers}>
              <button type="button" className={styles.answer} onClick={() => watched('none')}>
                Nothing yet
              </button>
              {earlier.map((season) => (
                <button
                  type="button"
                  key={season.season}
                  className={styles.answer}
                  onClick={() => watched(season.choices.at(-1)?.value ?? 'none')}
                >
                  Season {season.season}
                </button>
              ))}
              {latest && (
                <button type="button" ref={someRef} className={styles.answer} onClick={() => go('episodes')}>
                  Some of Season {latest.season}…
                </button>
              )}
              <button type="button" className={styles.answer} onClick={() => answer({ showAll: true })}>
                All of it
              </button>
            </div>
          </>
        ) : (
          <div role="group" aria-labelledby={`${titleId}-episodes`}>
            <div className={styles.stepHead}>
              <button type="button" className={styles.back} onClick={() => go('seasons')}>
                <span aria-hidden="true">‹ </span>Back
              </button>
              <p id={`${titleId}-episodes`} className={styles.stepLabel}>
                Season {latest.season}, up to and including:
              </p>
            </div>
            <div className={styles.answers}>
              {latest.choices.map((c, i) => (
                <button
                  type="button"
                  key={c.value}
                  ref={i === 0 ? firstEpisodeRef : undefined}
                  className={`${styles.answer} ${styles.episode}`}
                  onClick={() => watched(c.value)}
                >
                  E{c.episode} · {c.title}
                </button>
              ))}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
