import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, type SelectHTMLAttributes } from 'react';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { levelOptionsQuery } from './spoiler-queries.ts';
import { useSpoilerPreferences } from './use-spoiler-settings.ts';
import styles from './spoiler-controls.module.css';

/** "I've watched": nothing yet, Season 1, Season 2 episode by episode, all of Season 2. */
function LevelSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  const { data: options } = useSuspenseQuery(levelOptionsQuery());
  return (
    <select {...props}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** The header's "Show spoilers" switch and "I've watched" picker. */
export function SpoilerControls() {
  const [prefs, update] = useSpoilerPreferences();
  const hydrated = useHydrated();
  const levelId = useId();

  return (
    <div className={styles.controls}>
      <button
        type="button"
        role="switch"
        aria-checked={prefs.showAll}
        className={styles.switch}
        // Until the app is interactive the switch would do nothing, so say so.
        disabled={!hydrated}
        onClick={() => update({ showAll: !prefs.showAll })}
      >
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
        Show spoilers
      </button>
      <label htmlFor={levelId} className={styles.level}>
        I’ve watched
      </label>
      <LevelSelect
        id={levelId}
        value={prefs.watched}
        disabled={!hydrated || prefs.showAll}
        onChange={(e) => update({ watched: e.target.value, promptDismissed: true })}
      />
    </div>
  );
}

/** A short, dismissible first-visit prompt that offers to set the level. */
export function FirstVisitPrompt() {
  const [prefs, update] = useSpoilerPreferences();
  const hydrated = useHydrated();
  const selectId = useId();
  // Only in the browser: it depends on what this visitor chose before.
  if (!hydrated || prefs.promptDismissed) return null;

  return (
    <section className={styles.prompt} aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`} className={styles.promptTitle}>
        New here? No spoilers until you say so.
      </h2>
      <p>Tell us how far you’ve watched and we’ll show everything up to there.</p>
      <form
        className={styles.promptForm}
        onSubmit={(e) => {
          e.preventDefault();
          const watched = new FormData(e.currentTarget).get('watched');
          update({ watched: typeof watched === 'string' ? watched : 'none', promptDismissed: true });
        }}
      >
        <label htmlFor={selectId}>I’ve watched</label>
        <LevelSelect id={selectId} name="watched" defaultValue={prefs.watched} />
        <button type="submit">Set my level</button>
        <button type="button" onClick={() => update({ promptDismissed: true })}>
          Not now
        </button>
      </form>
    </section>
  );
}
