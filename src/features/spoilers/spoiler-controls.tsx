import { useHydrated } from '@/lib/use-hydrated.ts';
import { LevelControl } from './level-control.tsx';
import { useSpoilerPreferences } from '@/lib/use-spoiler-settings.ts';
import styles from './spoiler-controls.module.css';

/**
 * The header's "Show spoilers" switch and "I've watched" control: two views of one setting. With the switch
 * on, the level control says "Everything"; turning it off returns to the stored level.
 */
export function SpoilerControls() {
  const [prefs, update] = useSpoilerPreferences();
  const hydrated = useHydrated();

  return (
    <div className={styles.controls}>
      <button
        type="button"
        role="switch"
        aria-checked={prefs.showAll}
        className="switch"
        // Until the app is interactive the switch would do nothing, so say so.
        disabled={!hydrated}
        onClick={() => update({ showAll: !prefs.showAll, promptDismissed: true })}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        Show spoilers
      </button>
      <LevelControl prefs={prefs} update={update} disabled={!hydrated} />
    </div>
  );
}
