import { lazy, memo, Suspense, useEffect, useRef } from 'react';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import type * as HeaderSearchModule from './header-search.tsx';
import styles from './header-search.module.css';

let loaded: typeof HeaderSearchModule | undefined;
/** The field's code. The prerender loads it before rendering (src/app/entry-server.tsx), so pages carry the field. */
export const loadHeaderSearch = () => import('./header-search.tsx').then((m) => (loaded = m));

let wake = () => {};
const woken = new Promise<void>((resolve) => (wake = resolve));
/**
 * Loads the field's code now. The app calls it when the router's state first changes: a navigation, even one
 * that changes the query alone, re-renders everything that reads the location, and React can't finish it while
 * the field waits unhydrated.
 */
export const wakeHeaderSearch = () => wake();
const LazyHeaderSearch = lazy(() => woken.then(loadHeaderSearch).then((m) => ({ default: m.HeaderSearch })));

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Rendered only when the field is drawn in the browser rather than hydrated (a 404 page, an error): load it now. */
function Waker() {
  useEffect(wake, []);
  return null;
}

function Field({ useSettings }: { useSettings: () => SpoilerSettings }) {
  const Search = loaded?.HeaderSearch ?? LazyHeaderSearch;
  return <Search settings={useSettings()} />;
}

/**
 * The header's search field, whose code (header-search.tsx) a page loads only when the viewer reaches for it.
 * The prerendered field is a plain form until then (typing and Enter work: it opens the results page), and React
 * leaves it unhydrated while its code is missing. Pointing at it, touching it, focusing it, `/`, Ctrl+K or Cmd+K
 * load the code, as does reaching for a link or any navigation; React then hydrates the field, which takes up
 * what the viewer typed meanwhile.
 * `useSettings` is a hook, not the settings: a new value reaching a field that hasn't hydrated yet would make
 * React throw its server HTML away.
 */
export const HeaderSearchSlot = memo(function HeaderSearchSlot({ useSettings }: { useSettings: () => SpoilerSettings }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const slot = ref.current;
    // On the document, capturing: React stops events aimed at content it hasn't hydrated before they go further.
    // Reaching for any link or control counts too: following a link or filtering the timeline navigates, which
    // needs the field's code (see `wakeHeaderSearch`), so it loads while the pointer is on its way.
    const onIntent = (e: Event) => (e.target as Element).closest?.('a[href], button, input, select, label, summary') && wake();
    const intents = ['pointerover', 'touchstart', 'focusin'];
    intents.forEach((type) => document.addEventListener(type, onIntent, { capture: true, passive: true }));
    // `/`, Ctrl+K and Cmd+K focus the field from anywhere, unless the viewer is typing in another field.
    const onKey = (e: KeyboardEvent) => {
      const field = slot?.querySelector('input');
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
      const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      if (e.defaultPrevented || !field || !(slash || k) || (isTyping(e.target) && e.target !== field)) return;
      e.preventDefault();
      field.focus();
      field.select();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      intents.forEach((type) => document.removeEventListener(type, onIntent, { capture: true }));
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <div ref={ref} className={styles.slot}>
      <Suspense fallback={<Waker />}>
        <Field useSettings={useSettings} />
      </Suspense>
    </div>
  );
});
