/**
 * The app marks `<html>` once it is ready: hydrated (or, on a page drawn in the browser such as 404.html or an
 * error page, rendered), with its router listening, so a link click is a navigation inside the app and every
 * control works. The shell sets it in its first layout effect after hydration (src/app/use-settled.ts); the
 * end-to-end tests wait for it (tests/e2e/test.ts) instead of taking a control's state as a sign.
 */
const ATTRIBUTE = 'data-app-ready';

/** The app is ready: set once, never removed (a new document starts without it). */
export function markAppReady(root: HTMLElement): void {
  root.setAttribute(ATTRIBUTE, '');
}

/** A CSS selector matching `<html>` once the app is ready. */
export const appReadySelector = (): string => `html[${ATTRIBUTE}]`;
