import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { MAX_QUERY_LENGTH, paths } from '@/lib/paths.ts';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import type { FieldContext } from './header-search-slot.tsx';
import styles from './header-search.module.css';

/*
 * This file's chunk imports nothing but the entry's: the field hydrates one request after the viewer reaches for
 * it (header-search-slot.tsx). It is a React root of its own, so nothing else on the page waits for it.
 */

/** The field's ids. There is one field, in the header; a fixed base id is the same in the prerender and in its own root. */
const id = 'header-search';

/** The id of the header suggestion at an index, for the field's `aria-activedescendant`. */
export const suggestionId = (baseId: string, index: number) => `${baseId}-option-${index}`;

// The options, the engine and MiniSearch: one chunk, fetched when the field is first focused.
const loadSuggestions = () => import('./search-suggestions.tsx');
const Suggestions = lazy(() => loadSuggestions().then((m) => ({ default: m.Suggestions })));

/**
 * The search field in the header of every page, with suggestions as you type: an ARIA combobox whose listbox
 * options load lazily (search-suggestions.tsx). The keys work on the options as rendered, so this code knows
 * nothing of results. It loads when the viewer reaches for the field (header-search-slot.tsx). On a phone the field folds behind a magnifying glass (a label,
 * so a tap focuses the field) and opens across the header while it has focus: CSS alone, so nothing here
 * tracks it.
 */
function HeaderSearch({ settings, navigate }: { settings: SpoilerSettings; navigate: FieldContext['navigate'] }) {
  const client = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const query = value.trim();
  // Fetches the index and the engine while the viewer starts typing.
  const prefetch = () => {
    void import('./prefetch-search-corpus.ts').then((m) => m.prefetchSearchCorpus(client));
    void loadSuggestions();
  };
  const listed = open && query !== '';

  // This code arrives when the viewer reaches for the field (header-search-slot.tsx), maybe after they focused it
  // and typed: start fetching what typing needs, and take up what they typed, which React doesn't replay.
  useEffect(() => {
    const input = inputRef.current;
    const focused = document.activeElement === input;
    if (focused) prefetch();
    if (input?.value) {
      setValue(input.value);
      setOpen(focused);
    }
    // Once, on arrival.
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
    <div className={styles.search}>
      {/* Hidden from assistive technology, which reaches the field itself; a tap on it focuses the field. */}
      <label htmlFor={`${id}-input`} className={`outlined-control ${styles.toggle}`} title="Search" aria-hidden="true" />
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
          {listed ? (
            <Suspense fallback={null}>
              <Suggestions query={query} settings={settings} active={active} onActive={setActive} baseId={id} onChoose={go} />
            </Suspense>
          ) : null}
        </div>
      </form>
    </div>
  );
}

/** The field as the page has it: in the prerender, inside the page's tree; in the browser, its own root's. */
export function HeaderSearchField({ context }: { context: FieldContext }) {
  return <HeaderSearch settings={context.useSettings()} navigate={context.navigate} />;
}

/**
 * Gives the field a React root of its own in `slot`: hydrating the prerendered field in the container the
 * prerender put there, or drawing it in a new one where the page was drawn in the browser (a 404 page, an error).
 * Returns the unmount.
 */
export function mountHeaderSearch(slot: HTMLElement, context: FieldContext): () => void {
  const field = (
    <QueryClientProvider client={context.client}>
      <HeaderSearchField context={context} />
    </QueryClientProvider>
  );
  let root: Root;
  const prerendered = slot.firstElementChild as HTMLElement | null;
  if (prerendered) root = hydrateRoot(prerendered, field);
  else {
    const container = slot.appendChild(document.createElement('div'));
    container.className = styles.slot as string;
    (root = createRoot(container)).render(field);
  }
  // Later, not now: the page's tree calls this while React is committing it, and a root can't unmount then.
  return () => setTimeout(() => root.unmount());
}
