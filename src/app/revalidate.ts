import type { ShouldRevalidateFunction } from 'react-router';

/**
 * A change of the query string alone (the timeline's filters) needs no data: the page derives what it shows
 * from the URL. Skipping the loaders lets a filter apply in the same moment it is clicked. Anything else,
 * including a retry of the same address, revalidates as usual.
 */
export const skipOnQueryChange: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;
