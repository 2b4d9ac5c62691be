import { MoonIcon } from '@/lib/icons.tsx';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { themeStore } from './theme-store.ts';
import { useDarkTheme } from './use-dark-theme.ts';

/** The header's "Dark theme" switch (drawn by global.css): it overrides the system's theme, kept on the device. */
export function ThemeToggle() {
  const dark = useDarkTheme();
  return (
    // Until the app is interactive the switch would do nothing, so say so.
    <button type="button" role="switch" aria-checked={dark} className="switch theme-switch" disabled={!useHydrated()} onClick={() => themeStore.set(dark ? 'light' : 'dark')}>
      <MoonIcon className="switch-icon" />
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-label">Dark theme</span>
    </button>
  );
}
