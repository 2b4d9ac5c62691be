import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { paths } from '@/lib/paths.ts';
import { CATEGORY_LABELS, type Category, type TimelineFilters, type TimelineOrder } from './timeline-filters.ts';
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
  /** How the list is ordered: by real-world date (default) or the story by episode. Lives in the URL as `order=story`. */
  order: TimelineOrder;
  onOrderChange: (order: TimelineOrder) => void;
  /**
   * Until the app is interactive the controls would do nothing, so they are `inert`: no click, tap or key
   * reaches them. Not `disabled`, which flips the state of each of the 60-odd controls and options one by one
   * when the app arrives; `inert` is one attribute on each group (docs/decisions/0015).
   */
  disabled: boolean;
  /** Whether the timeline has pages besides `/timeline/` (linked above the form): then they, not this page, list every event. */
  paged: boolean;
};

const ORDERS: { value: TimelineOrder; label: string }[] = [
  { value: 'release', label: 'By release date' },
  { value: 'story', label: 'In story order' },
];

const toggle = <T,>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((v) => v !== value));

/**
 * The order and the filters as real form controls. Each change applies at once; without JavaScript the page
 * says that filtering needs it, and where every event is listed (this page, or the timeline's pages).
 *
 * On a phone the filters fold behind a "Filters" button so the list starts on the first screen. Both the
 * server and the first client render are folded; only the phone stylesheet hides the fold, so nothing moves
 * when the page hydrates, and on a wide screen the button is never shown.
 */
export function TimelineFilterForm({ filters, options, onChange, order, onOrderChange, disabled, paged }: Props) {
  const set = (change: Partial<TimelineFilters>) => onChange({ ...filters, ...change });
  const chosenCharacters = filters.characters.length;
  // One per chip the list shows under "Active filters", so the two numbers agree.
  const active =
    filters.categories.length + filters.characters.length + (filters.year ? 1 : 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);
  // UI state, not URL state: a shared link opens with the filters folded, whatever they are.
  const [open, setOpen] = useState(false);
  const [charactersOpen, setCharactersOpen] = useState(false);
  const panelId = `${useId()}-filters`;
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Escape folds the panel and puts focus back on the button, instead of on a control that just vanished.
  // On a wide screen the button isn't displayed, so focus() does nothing and focus stays where it was.
  const onPanelKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };

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
      {/* Outside the fold, so a phone without JavaScript says why the button does nothing. */}
      <noscript>
        <p>Filtering needs JavaScript. {paged ? 'Every event is listed on its year’s page, linked above.' : 'Every event is listed below.'}</p>
      </noscript>
      <fieldset className={styles.group} inert={disabled}>
        <legend>Order</legend>
        <div className={styles.choices}>
          {ORDERS.map((o) => (
            <label key={o.value} className={styles.choice}>
              <input
                type="radio"
                name="order"
                value={o.value}
                checked={order === o.value}
                onChange={(e) => {
                  if (e.target.checked) onOrderChange(o.value);
                }}
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>

      <button
        type="button"
        ref={buttonRef}
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        inert={disabled}
        onClick={() => setOpen(!open)}
        // Seen as "Filters (2)", heard as "Filters, 2 active". A label, not hidden text: Chrome would read
        // the hidden span's comma as " , ".
        aria-label={active > 0 ? `Filters, ${active} active` : undefined}
      >
        Filters{active > 0 ? ` (${active})` : ''}
        <span className="disclosure-chevron" aria-hidden="true" />
      </button>

      {/* Not a region or dialog: just the rest of the form, which the phone stylesheet folds. */}
      <div id={panelId} className={styles.panel} data-open={open ? '' : undefined} onKeyDown={onPanelKeyDown}>
        <fieldset className={styles.group} inert={disabled}>
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

        <details className={styles.group} onToggle={(e) => setCharactersOpen(e.currentTarget.open)}>
          <summary className={styles.summary}>
            Characters{chosenCharacters > 0 ? ` (${chosenCharacters} chosen)` : ''}
          </summary>
          <fieldset className={styles.plain} inert={disabled}>
            <legend className="visually-hidden">Characters</legend>
            <div className={styles.choices}>
              {/* Drawn once opened: at 100× data they are hundreds of controls no one sees folded. */}
              {(charactersOpen ? options.characters : []).map((c) => (
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

        <fieldset className={`${styles.group} ${styles.row}`} inert={disabled}>
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
      </div>
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
