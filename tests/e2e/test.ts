import { expect, test as base, type Page } from '@playwright/test';
import { appReadySelector } from '../../src/lib/app-ready.ts';

/**
 * Resolves once the app in `page` is ready (src/lib/app-ready.ts): hydrated, or drawn in the browser, with its
 * router listening, so a click on a link is a navigation inside the app and the controls respond. Waits for the
 * mark on `<html>`, for up to 15 s unless told otherwise: a filtered timeline link fetches the timeline's index
 * before it hydrates, and on CI's two busy cores that passed the 5 s of an ordinary assertion. Helpers that take
 * a page use this; a test uses the `appReady` fixture.
 */
export async function waitForAppReady(page: Page, options: { timeout?: number } = {}): Promise<void> {
  await expect(page.locator(appReadySelector()), 'the app is ready: hydrated, its router listening').toBeAttached({ timeout: 15_000, ...options });
}

/** Waits for the app to be ready in the test's page, or in another page it opened. */
export type AppReady = (page?: Page, options?: { timeout?: number }) => Promise<void>;

/**
 * Playwright's `test`, with `appReady`: a test that clicks a link and asserts a navigation inside the app, or
 * uses a control that only works once the app runs, waits for it first.
 */
export const test = base.extend<{ appReady: AppReady }>({
  appReady: async ({ page }, use) => {
    await use((other = page, options) => waitForAppReady(other, options));
  },
});

export { expect };
