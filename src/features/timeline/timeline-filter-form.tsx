import { paths } from '@/lib/paths.ts';
import { CATEGORY_LABELS, type Category, type TimelineFilters } from './timeline-filters.ts';
import styles from './timeline-filter-form.module.css';

export type FilterOptions = {
  /** How many of the events the viewer may see fall in each category. */
  categories: ReadonlyMap<Category, number>;
  /** The characters in those events (and any already chosen), by name, with their counts. */
  characters: { id: string; name: string; count: number }[];
  years: { year: string; count: number }[];
  /** Every episode, for the story range: titles are safe to show. */
  episodes: { id: string; label: string }[];
};

type Props = {
  filters: TimelineFilters;
  options: FilterOptions;
  onChange: (next: TimelineFilters) => void;
  /** Until the app is interactive the controls would do nothing. */
  disabled: boolean;
};

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((v) => v !== value));

/**
 * The filters as real form controls. Each change applies at once; without JavaScript the page says that
 * filtering needs it, and the full list stays below.
 */
export function TimelineFilterForm({ filters, options, onChange, disabled }: Props) {
  const set = (change: Partial<TimelineFilters>) => onChange({ ...filters, ...change });
  const chosenCharacters = filters.characters.length;

  return (
    // Its counts change with the viewer's level: `data-gated` holds it back while the page settles.
    <form
      className={styles.form}
      aria-label="Filter the timeline"
      action={paths.timeline()}
      method="get"
      onSubmit={(e) => e.preventDefault()}
      data-gated=""
    >
      <noscript>
        <p>Filtering needs JavaScript. The whole timeline is listed below.</p>
      </noscript>
      <fieldset className={styles.group} disabled={disabled}>
        <legend>What happened</legend>
        <div className={styles.choices}>
          {(Object.keys(CATEGORY_LABELS) as Category[]).map((category) => (
            <label key={category} className={styles.choice}>
              <input
                type="checkbox"
                name="category"
                value={category}
                checked={filters.categories.includes(category)}
                onChange={(e) => set({ categories: toggle(filters.categories, category, e.target.checked) })}
              />
              {CATEGORY_LABELS[category]} <span className={styles.count}>({options.categories.get(category) ?? 0})</span>
            </label>
          ))}
        </div>
      </fieldset>

      <details className={styles.group}>
        <summary className={styles.summary}>
          Characters{chosenCharacters > 0 ? ` (${chosenCharacters} chosen)` : ''}
        </summary>
        <fieldset className={styles.plain} disabled={disabled}>
          <legend className="visually-hidden">Characters</legend>
          <div className={styles.choices}>
            {options.characters.map((c) => (
              <label key={c.id} className={styles.choice}>
                <input
                  type="checkbox"
                  name="character"
                  value={c.id}
                  checked={filters.characters.includes(c.id)}
                  onChange={(e) => set({ characters: toggle(filters.characters, c.id, e.target.checked) })}
                />
                {c.name} <span className={styles.count}>({c.count})</span>
              </label>
            ))}
          </div>
        </fieldset>
      </details>

      <fieldset className={`${styles.group} ${styles.row}`} disabled={disabled}>
        <legend className="visually-hidden">When</legend>
        <label className={styles.field}>
          Year
          <select name="year" value={filters.year ?? ''} onChange={(e) => set({ year: e.target.value || null })}>
            <option value="">Any year</option>
            {options.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year} ({y.count})
              </option>
            ))}
          </select>
        </label>
        <EpisodeSelect label="On screen from" name="from" anyLabel="The first episode" value={filters.from} episodes={options.episodes} onChange={(from) => set({ from })} />
        <EpisodeSelect label="to" name="to" anyLabel="The last episode" value={filters.to} episodes={options.episodes} onChange={(to) => set({ to })} />
      </fieldset>
    </form>
  );
}

/** One end of the episode range for story events. */
function EpisodeSelect({ label, name, anyLabel, value, episodes, onChange }: {
  label: string;
  name: string;
  anyLabel: string;
  value: string | null;
  episodes: FilterOptions['episodes'];
  onChange: (value: string | null) => void;
}) {
  return (
    <label className={styles.field}>
      {label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{anyLabel}</option>
        {episodes.map((ep) => (
          <option key={ep.id} value={ep.id}>
            {ep.label}
          </option>
        ))}
      </select>
    </label>
  );
}
