import { lazy, Suspense } from 'react';
import { useHydrated } from '@/lib/use-hydrated.ts';
import { useSpoilerPreferences } from './use-spoiler-settings.ts';

// Only a first-time visitor needs the question: its code loads after hydration, for them alone.
const FirstVisitSheet = lazy(() => import('./first-visit-sheet.tsx').then((m) => ({ default: m.FirstVisitSheet })));

/** The first-visit question, for a visitor who hasn't answered it (see `FirstVisitSheet`). */
export function FirstVisit() {
  const [prefs] = useSpoilerPreferences();
  const hydrated = useHydrated();
  if (!hydrated || prefs.promptDismissed) return null;
  return (
    // The sheet is fixed to the viewport: nothing moves while it loads or when it appears.
    <Suspense fallback={null}>
      <FirstVisitSheet />
    </Suspense>
  );
}
