import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SearchIcon } from '@/lib/icons.tsx';
import { MAX_QUERY_LENGTH, paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import { suggestionId } from './suggestion-id.ts';
import styles from './header-search.module.css';

/** The field's ids. There is one field, in the header. */
const id = 'header-search';

// Keys go to what is focused: an element, or the body.
const isTyping = (target: EventTarget | null) => (target as Element).closest('input, textarea, select, [contenteditable]');

// The options, the engine and MiniSearch: one chunk, fetched when the viewer heads for the field.
const loadSuggestions = () => import('./search-suggestions.tsx');
type SuggestionsModule = Awaited<ReturnType<typeof loadSuggestions>>;

/**
 * The search field in the header of every page, with suggestions as you type: an ARIA combobox whose listbox
 * options load lazily with the engine and the index's head (search-suggestions.tsx), when the viewer heads for
 * the field: a pointer entering or pressing it or its magnifying glass, or focus (a tap, Tab, or the keys).
 * The keys work on the options as rendered, so this code knows nothing of results. `/`, Ctrl+K and Cmd+K focus
 * it from anywhere. Without JavaScript it is a plain form whose Enter opens the results page. On a phone the
 * field folds behind a magnifying glass (a label, so a tap focuses the field) and opens across the header
 * while it has focus: CSS alone, so nothing here tracks it.
 */
export function HeaderSearch({ settings, navigate }: { settings: SpoilerSettings; navigate: (href: string) => unknown }) {
  const client = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The options' code once it is here: rendered without a Suspense boundary, whose reveal React holds back
  // (up to 300 ms after a fallback), so the first query's options appear as soon as they are worked out.
  const [suggestions, setSuggestions] = useState<SuggestionsModule | null>(null);

  const query = value.trim();
  // Fetches the index's head and the engine while the viewer reaches for the field, before they type.
  const prefetch = () => {
    if (suggestions) return;
    void import('./prefetch-search-corpus.ts').then((m) => m.prefetchSearchCorpus(client));
    void loadSuggestions().then(setSuggestions);
  };
  const listed = open && query !== '';

  // The viewer may have focused the prerendered field and typed before the page hydrated: start fetching what
  // typing needs, and take up what they typed, which React doesn't replay.
  useEffect(() => {
    const input = inputRef.current;
    const focused = document.activeElement === input;
    if (focused) prefetch();
    if (input?.value) {
      setValue(input.value);
      setOpen(focused);
    }
    // `/`, Ctrl+K and Cmd+K focus the field from anywhere, unless the viewer is typing in another field.
    const onKey = (e: globalThis.KeyboardEvent) => {
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
      const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      if (e.defaultPrevented || !input || !(slash || k) || (isTyping(e.target) && e.target !== input)) return;
      e.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
    // Once, on hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  /** Leaves the field, empty, for the page's content (and on a phone, folds it). */
  const leave = () => {
    close();
    setValue('');
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  const go = (href: string) => {
    leave();
    navigate(href);
  };

  // Moving through the options and choosing one are the options' code (search-suggestions.tsx), loaded with them.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !listed) {
      e.preventDefault();
      setOpen(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      // First the list closes, then the field empties.
      if (listed) close();
      else setValue('');
    }
  };

  return (
    <div className={styles.search} onPointerEnter={prefetch} onPointerDown={prefetch}>
      {/* Hidden from assistive technology, which reaches the field itself; a tap on it focuses the field. */}
      <label htmlFor={`${id}-input`} className={`outlined-control ${styles.toggle}`} title="Search" aria-hidden="true">
        <SearchIcon className={styles.glass} />
      </label>
      <form
        id={`${id}-form`}
        role="search"
        aria-labelledby={`${id}-label`}
        className={styles.form}
        action={paths.search()}
        onSubmit={(e) => {
          e.preventDefault();
          if (query) go(paths.search(query));
        }}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) close();
        }}
      >
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="visually-hidden">
          Search the wiki
        </label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          name="q"
          placeholder="Search"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY_LENGTH}
          role="combobox"
          // Its name is its own label's: the glass, a label of it too, would add its title ("Search Search the wiki").
          aria-labelledby={`${id}-label`}
          aria-autocomplete="list"
          aria-expanded={listed}
          aria-controls={`${id}-list`}
          aria-activedescendant={listed && active >= 0 ? suggestionId(id, active) : undefined}
          aria-keyshortcuts="/ Control+K Meta+K"
          value={value}
          onFocus={prefetch}
          onChange={(e) => {
            setValue(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className={`outlined-control ${styles.fold}`} onClick={leave}>
          Close
        </button>
        <div id={`${id}-list`} role="listbox" aria-label="Suggestions" className={styles.list} hidden={!listed}>
          {listed && suggestions ? (
            <suggestions.Suggestions query={query} settings={settings} active={active} onActive={setActive} baseId={id} onChoose={go} />
          ) : null}
        </div>
      </form>
    </div>
  );
}
