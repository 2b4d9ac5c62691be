import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { openLevelControl } from './level-control-events.ts';
import { levelOptionsQuery } from '@/lib/spoiler-queries.ts';
import type { SpoilerPreferences } from '@/lib/spoiler-preferences.ts';
import { useSpoilerPreferences } from '@/lib/use-spoiler-settings.ts';
import styles from './first-visit-sheet.module.css';

/**
 * The first-visit question, answered in one tap: nothing yet, each earlier season whole, some of the newest
 * season (which opens the header's "I've watched" control at its episodes), or all of it. A sheet fixed to the bottom of the viewport, so
 * appearing after hydration never moves the page (it depends on storage, so it can't be prerendered).
 */
export function FirstVisitSheet() {
  const [prefs, update] = useSpoilerPreferences();
  const { data: levels } = useSuspenseQuery(levelOptionsQuery());
  const hydrated = useHydrated();
  const titleId = useId();
  const sheetRef = useRef<HTMLElement>(null);

  if (!hydrated || prefs.promptDismissed) return null;

  const earlier = levels.slice(0, -1);
  const latest = levels.at(-1);
  // Once answered the sheet goes. If focus was in it, it moves to the page's content rather than be lost.
  // (`#main` is the page's content, the skip link's target.)
  const answer = (change: Partial<SpoilerPreferences>) => {
    if (sheetRef.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    update({ ...change, promptDismissed: true });
  };
  const watched = (level: string) => answer({ showAll: false, watched: level });

  return (
    <section ref={sheetRef} className={styles.sheet} aria-labelledby={titleId}>
      <div className={styles.inner}>
        <div className={styles.head}>
          <h2 id={titleId} className={styles.title}>
            How far have you watched?
          </h2>
          <button type="button" className={styles.dismiss} onClick={() => answer({})}>
            Not now
          </button>
        </div>
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
            // Episode by episode is what the header's "I've watched" control is for: open it, rather than
            // keep a second list of episodes here. Choosing there answers this question too.
            <button type="button" className={styles.answer} onClick={openLevelControl}>
              Some of Season {latest.season}…
            </button>
          )}
          <button type="button" className={styles.answer} onClick={() => answer({ showAll: true })}>
            All of it
          </button>
        </div>
      </div>
    </section>
  );
}
