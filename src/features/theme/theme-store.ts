import { browserStorage, createPreferenceStore } from '@/lib/preference-store.ts';
import { STORAGE_KEYS } from '@/lib/storage-keys.mjs';

/** The theme the viewer chose in the header; without a choice (`null`) the system's applies. */
export type Theme = 'light' | 'dark';

/**
 * The attribute on `<html>` that holds the theme the viewer chose, as the stylesheet selects it: the pre-paint
 * script puts it there (src/app/boot.ts), and the switch changes it (use-dark-theme.ts).
 */
export const THEME_ATTRIBUTE = 'data-theme';

export const parseTheme = (raw: string | null): Theme | null => (raw === '"light"' || raw === '"dark"' ? (JSON.parse(raw) as Theme) : null);

export const createThemeStore = (getStorage: () => Storage | undefined) => createPreferenceStore(STORAGE_KEYS.theme, parseTheme, getStorage);

// Pure: the pre-paint script reads `parseTheme` from this module and has no use for the store.
export const themeStore = /* @__PURE__ */ createThemeStore(browserStorage);
