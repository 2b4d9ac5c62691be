import { useId } from 'react';

/*
 * The wiki's few icons, drawn inline in the text's colour (`currentColor`) and hidden from assistive
 * technology: the control beside each names what it does. Inline rather than as CSS masks of SVG images, which
 * the stylesheet used to draw them with: each such image is a document of its own for the browser to make,
 * and on a throttled phone that cost the first paint about 50 ms (docs/decisions/0037). Each is sized by its
 * `className`.
 */

type IconProps = { className?: string };

const svg = { 'aria-hidden': true, focusable: false } as const;

/** A magnifying glass: search. */
export function SearchIcon({ className }: IconProps) {
  return (
    <svg {...svg} viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 5 5" />
    </svg>
  );
}

/** A crescent moon: the dark theme. */
export function MoonIcon({ className }: IconProps) {
  return (
    <svg {...svg} viewBox="0 0 20 20" className={className} fill="currentColor">
      <path d="M12.5 2.5a7.5 7.5 0 1 0 5 12.6A6.5 6.5 0 0 1 12.5 2.5z" />
    </svg>
  );
}

/** An arrow leaving a box: share. */
export function ShareIcon({ className }: IconProps) {
  return (
    <svg {...svg} viewBox="0 0 20 20" className={className} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 13V3M6 7l4-4 4 4M4 11v5a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1v-5" />
    </svg>
  );
}

/**
 * The wiki's leaf, with its vein cut out (the favicon's motif, src/styles/leaf.svg). Its mask needs an id of its
 * own on the page.
 */
export function LeafIcon({ className }: IconProps) {
  const vein = `${useId()}-vein`;
  return (
    <svg {...svg} viewBox="0 0 24 24" className={className} fill="currentColor">
      <mask id={vein}>
        <rect width="24" height="24" fill="#fff" />
        <path d="M6.5 17.5C9.5 13.5 13 10 17.5 6.5" stroke="#000" strokeWidth="1.3" strokeLinecap="round" fill="none" />
      </mask>
      <path mask={`url(#${vein})`} d="M4.2 19.8C3.2 10.6 9 3.6 20.6 3.4c.4 11.4-6.4 17.5-16.4 16.4z" />
      <path d="M2.4 21.6l3-3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
