import { useSyncExternalStore } from 'react';
import { THEME_ATTRIBUTE, themeStore } from './theme-store.ts';

const systemDark = () => matchMedia('(prefers-color-scheme: dark)');

/**
 * A choice is put on the page as `THEME_ATTRIBUTE` on <html>, which sets the CSS `color-scheme` that picks every
 * colour token's light or dark value (src/styles/tokens.css). Made here or in another tab, it applies at once.
 */
const subscribe = (listener: () => void) => {
  const media = systemDark();
  media.addEventListener('change', listener);
  const unsubscribe = themeStore.subscribe(() => {
    document.documentElement.setAttribute(THEME_ATTRIBUTE, themeStore.getSnapshot() ?? '');
    listener();
  });
  return () => {
    media.removeEventListener('change', listener);
    unsubscribe();
  };
};

const isDark = () => (themeStore.getSnapshot() ?? (systemDark().matches ? 'dark' : 'light')) === 'dark';

/**
 * Whether the page is dark, by the viewer's choice (`themeStore`) or else the system's. Light while the server
 * renders and React hydrates; the page's colours are right all along (src/app/boot.ts).
 */
export const useDarkTheme = (): boolean => useSyncExternalStore(subscribe, isDark, () => false);
