/**
 * A page that the app will change once it runs (a returning viewer's spoilers placed, filters in the link
 * applied) holds back what could move until then, so nothing jumps (src/styles/global.css). The pre-paint
 * script marks the page (src/app/boot.ts), the app's entry gives hydration longer if it arrived in time
 * (src/app/entry-client.tsx), and the shell clears the mark in its first render after hydration
 * (src/app/use-settled.ts). These are the terms all of them, the stylesheet and the tests share.
 */

/** The attribute on `<html>` while the page settles, as the stylesheet selects it: `pending`, then `hydrating`. */
export const SETTLING_ATTRIBUTE = 'data-settling';
/** The custom property the stylesheet's fallback reads: how long held-back content may stay hidden. */
const WITHIN = '--settle-within';

export const SETTLE = {
  /** Held-back content shows after this long whatever happens, for a page whose app never comes. */
  withinMs: 2000,
  /** Once the app's code has arrived before that, a slow device gets this long to hydrate. */
  whileHydratingMs: 6000,
  /**
   * The app must arrive this much before `withinMs` to lengthen the wait: past it the content may be shown
   * already, and a longer wait would hide it again. About a frame or two on a slow phone.
   */
  marginMs: 100,
} as const;

/** The pre-paint script: this page will change once the app runs, so hold back what could move. */
export function markSettling(root: HTMLElement): void {
  root.setAttribute(SETTLING_ATTRIBUTE, 'pending');
  root.style.setProperty(WITHIN, `${SETTLE.withinMs}ms`);
}

/**
 * The app's entry, as it starts: a page still held back, whose fallback hasn't run out, waits for hydration.
 * `now` is the fallback's own clock, the document timeline's time (the same as `performance.now()` unless
 * something, a test say, runs the page's animations at another rate).
 */
export function extendSettlingForHydration(root: HTMLElement, now: number): void {
  if (root.getAttribute(SETTLING_ATTRIBUTE) !== 'pending' || now >= SETTLE.withinMs - SETTLE.marginMs) return;
  root.setAttribute(SETTLING_ATTRIBUTE, 'hydrating');
  root.style.setProperty(WITHIN, `${SETTLE.whileHydratingMs}ms`);
}

/** The app has rendered the settled page: show everything. */
export function markSettled(root: HTMLElement): void {
  root.removeAttribute(SETTLING_ATTRIBUTE);
  root.style.removeProperty(WITHIN);
}

/** Whether the page is held back (for tests and the bench). */
export const settlingState = (root: HTMLElement): string | null => root.getAttribute(SETTLING_ATTRIBUTE);
