import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect, useState, type ReactNode } from 'react';
import { HydratedContext } from '@/lib/use-hydrated.ts';

/** The app's providers, on the server and in the browser: `useHydrated` is false for the first render only. */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  // After the first commit, as a transition: the render it starts (the URL's filters, the controls that need
  // the app) yields to the browser every few milliseconds, as hydration does, instead of one synchronous
  // render (docs/decisions/0015). A page drawn in the browser, not hydrated (404.html), takes the same step.
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return (
    <StrictMode>
      <HydratedContext value={hydrated}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </HydratedContext>
    </StrictMode>
  );
}
