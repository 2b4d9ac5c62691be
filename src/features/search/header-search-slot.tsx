import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { SpoilerSettings } from '@/lib/spoilers.ts';
import type * as HeaderSearchModule from './header-search.tsx';
import styles from './header-search.module.css';

/** What the field needs from the page, which its own React root doesn't have. */
export type FieldContext = {
  client: QueryClient;
  navigate: (href: string) => unknown;
  /** A hook: the field's root reads the settings itself and follows them. */
  useSettings: () => SpoilerSettings;
};

let loaded: typeof HeaderSearchModule | undefined;
/** The field's code. The prerender loads it before rendering (src/app/entry-server.tsx), so pages carry the field. */
export const loadHeaderSearch = () => import('./header-search.tsx').then((m) => (loaded = m));

// In the browser, what is inside the slot (the field's root's container) belongs to the field's own root: the
// page's tree leaves it as it is.
const LEFT_ALONE = { __html: '' };

// Keys go to what is focused: an element, or the body.
const isTyping = (target: EventTarget | null) => (target as Element).closest('input, textarea, select, [contenteditable]');

/**
 * The header's search field, whose code (header-search.tsx) a page loads only when the viewer reaches for it.
 * The prerendered field is a plain form until then (typing and Enter work: it opens the results page).
 * Pointing at it, touching it, focusing it, `/`, Ctrl+K or Cmd+K load the code, which hydrates the field as a
 * React root of its own and takes up what the viewer typed meanwhile.
 *
 * Its own root, because under the page's tree a field still waiting for its code would hold up every
 * navigation: React must hydrate it before it can apply a router update (docs/decisions/0014).
 */
export function HeaderSearchSlot(context: FieldContext) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const slot = ref.current as HTMLDivElement;
    let unmount: (() => void) | undefined;
    let woken = false;
    let gone = false;
    const wake = () => {
      if (woken) return;
      woken = true;
      void loadHeaderSearch().then((m) => gone || (unmount = m.mountHeaderSearch(slot, context)));
    };
    // On the document, capturing, so nothing on the way stops them.
    const onIntent = (e: Event) => slot.contains(e.target as Node) && wake();
    const intents = ['pointerover', 'touchstart', 'focusin'];
    intents.forEach((type) => document.addEventListener(type, onIntent, { capture: true, passive: true }));
    // `/`, Ctrl+K and Cmd+K focus the field from anywhere, unless the viewer is typing in another field.
    const onKey = (e: KeyboardEvent) => {
      const field = slot.querySelector('input');
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
      const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      if (e.defaultPrevented || !field || !(slash || k) || (isTyping(e.target) && e.target !== field)) return;
      e.preventDefault();
      field.focus();
      field.select();
    };
    document.addEventListener('keydown', onKey);
    // Drawn in the browser (a 404 page, an error), the slot is empty: draw the field now.
    if (!slot.firstChild) wake();
    return () => {
      gone = true;
      unmount?.();
      intents.forEach((type) => document.removeEventListener(type, onIntent, { capture: true }));
      document.removeEventListener('keydown', onKey);
    };
    // Once: the context's parts are stable for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return import.meta.env.SSR ? (
    <div className={styles.slot}>
      <div className={styles.slot}>{loaded && <loaded.HeaderSearchField context={context} />}</div>
    </div>
  ) : (
    // The one use, and no markup: an empty string is how React is told to leave an element's content alone.
    // eslint-disable-next-line no-restricted-syntax
    <div ref={ref} className={styles.slot} dangerouslySetInnerHTML={LEFT_ALONE} suppressHydrationWarning />
  );
}
