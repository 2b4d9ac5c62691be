import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { AvatarImage } from '@/lib/avatar-image.tsx';
import { paths } from '@/lib/paths.ts';
import { playedBy } from '@/lib/words.ts';
import { characterListQuery } from './character-queries.ts';
import styles from './character-previews.module.css';

/** How long a mouse must rest on a link before its preview shows, so sweeping across a page shows nothing. */
const HOVER_DELAY_MS = 300;
/** The card's size, to place it where it fits: below the link, or above when there is no room below. */
const CARD_WIDTH = 288;
const CARD_HEIGHT = 170;

/** The character a link leads to, if it leads to a character's page. */
function characterOf(link: HTMLAnchorElement): string | null {
  const { pathname } = new URL(link.href);
  const slug = pathname.startsWith(paths.characters()) ? pathname.slice(paths.characters().length).replace(/\/$/, '') : '';
  return slug && !slug.includes('/') && pathname !== window.location.pathname ? decodeURIComponent(slug) : null;
}

type Shown = { link: HTMLAnchorElement; id: string };

/**
 * Shows a small card about a character while a mouse or pen rests on a link to their page, or the keyboard
 * focuses one, inside `within`. Touch never shows one: a tap follows the link. The card never covers the link
 * or takes the pointer, so it never stands in the link's way; Escape, moving away or leaving dismisses it.
 * Everything on it (avatar, name, actor, tagline) is public at every level: taglines are spoiler-free by schema.
 */
export function CharacterPreviews({ within, first }: { within: RefObject<HTMLElement | null>; first: Element }) {
  const cardId = useId();
  const [shown, setShown] = useState<Shown | null>(null);
  const { data: characters } = useQuery(characterListQuery());

  useEffect(() => {
    const root = within.current;
    if (!root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const linkOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLAnchorElement>(`a[href^="${paths.characters()}"]`) : null;
    const show = (link: HTMLAnchorElement | null, delay: number) => {
      clearTimeout(timer);
      const id = link && characterOf(link);
      if (!link || !id) return;
      timer = setTimeout(() => setShown({ link, id }), delay);
    };
    const hide = () => {
      clearTimeout(timer);
      setShown(null);
    };
    const onPointerOver = (e: PointerEvent) => e.pointerType !== 'touch' && show(linkOf(e.target), HOVER_DELAY_MS);
    const onPointerOut = (e: PointerEvent) => linkOf(e.target) && !linkOf(e.target)?.contains(e.relatedTarget as Node | null) && hide();
    // A tap or click focuses a link too, but only keyboard focus is `:focus-visible`.
    const onFocusIn = (e: FocusEvent) => {
      const link = linkOf(e.target);
      if (link?.matches(':focus-visible')) show(link, 0);
    };
    const onKeyDown = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    // The link that woke this module is shown as if it had been found here.
    if (first instanceof HTMLAnchorElement) show(first, first.matches(':focus-visible') ? 0 : HOVER_DELAY_MS);
    const listeners = [
      [root, 'pointerover', onPointerOver],
      [root, 'pointerout', onPointerOut],
      [root, 'focusin', onFocusIn],
      [root, 'focusout', hide],
      [document, 'keydown', onKeyDown],
      [window, 'pagehide', hide],
    ] as [EventTarget, string, EventListener][];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    return () => {
      clearTimeout(timer);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }, [within, first]);

  const character = shown && characters?.find((c) => c.id === shown.id);
  // The link names the card as its description while it shows, so a screen reader can read it too.
  useEffect(() => {
    if (!character || !shown) return;
    shown.link.setAttribute('aria-describedby', cardId);
    return () => shown.link.removeAttribute('aria-describedby');
  }, [character, shown, cardId]);
  if (!shown || !character) return null;

  const rect = shown.link.getBoundingClientRect();
  const below = rect.bottom + 8 + CARD_HEIGHT <= window.innerHeight;
  const top = window.scrollY + (below ? rect.bottom + 8 : rect.top - 8 - CARD_HEIGHT);
  const left = window.scrollX + Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - CARD_WIDTH - 8));

  return createPortal(
    <div id={cardId} role="tooltip" className={`${styles.card} ${below ? '' : styles.above}`} style={{ top, left, width: CARD_WIDTH }}>
      <AvatarImage id={character.id} name={character.name} size={48} />
      <div>
        <p className={styles.name}>{character.name}</p>
        <p className={styles.actor}>Played by {playedBy(character.actors)}</p>
        <p className={styles.tagline}>{character.tagline}</p>
      </div>
    </div>,
    document.body,
  );
}
