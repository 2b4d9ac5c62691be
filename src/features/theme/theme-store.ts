import { browserStorage, createPreferenceStore } from '@/lib/preference-store.ts';

/** The theme the viewer chose in the header; without a choice (`null`) the system's applies. */
export type Theme = 'light' | 'dark';

/** Read by public/boot.js too, which puts the choice on the page before its first paint. */
export const THEME_STORAGE_KEY = 'heartstopper-wiki:theme';

export const parseTheme = (raw: string | null): Theme | null => (raw === '"light"' || raw === '"dark"' ? (JSON.parse(raw) as Theme) : null);

export const createThemeStore = (getStorage: () => Storage | undefined) => createPreferenceStore(THEME_STORAGE_KEY, parseTheme, getStorage);

export const themeStore = createThemeStore(browserStorage);
