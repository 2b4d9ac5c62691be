/** Asks the header's "I've watched" control to open: the first-visit sheet's "Some of Season 2…". */
const OPEN = 'wiki:open-level-control';

export function openLevelControl(): void {
  window.dispatchEvent(new Event(OPEN));
}

/** For the control: calls `open` whenever something asks; returns the unsubscribe. */
export function onOpenLevelControl(open: () => void): () => void {
  window.addEventListener(OPEN, open);
  return () => window.removeEventListener(OPEN, open);
}
