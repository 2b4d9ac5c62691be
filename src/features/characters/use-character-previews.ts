import { useState, type FocusEvent, type PointerEvent } from 'react';
import { paths } from '@/lib/paths.ts';
import type { CharacterPreviews } from './character-previews.tsx';

const CHARACTER_LINK = `a[href^="${paths.characters()}"]`;

/**
 * Previews of linked characters, like Wikipedia's page previews. Their code loads the first time a mouse or
 * pen rests on a link to a character, or the keyboard focuses one, so a page that is only read or touched never
 * loads it. Spread `wake` on the element whose links get previews, and render `Previews` when it is set.
 */
export function useCharacterPreviews() {
  const [loaded, setLoaded] = useState<{ Previews: typeof CharacterPreviews; first: Element }>();
  const wake = (e: PointerEvent | FocusEvent) => {
    const link = e.target instanceof Element ? e.target.closest(CHARACTER_LINK) : null;
    // A tap focuses a link too, but only focus from the keyboard is `:focus-visible`.
    if (loaded || !link || ('pointerType' in e ? e.pointerType === 'touch' : !link.matches(':focus-visible'))) return;
    void import('./character-previews.tsx').then((m) => setLoaded({ Previews: m.CharacterPreviews, first: link }));
  };
  return { wake: { onPointerOver: wake, onFocus: wake }, ...loaded };
}
