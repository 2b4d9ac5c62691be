import type { Page } from '@playwright/test';

/**
 * On a phone or a tablet the header folds its navigation, spoiler controls and theme switch into a menu; a
 * viewer opens it to reach them. On a wide screen they are in the header already, and this does nothing.
 */
export async function openHeaderMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Menu/ });
  const open = await page.locator('#site-menu').evaluate((menu) => menu.matches(':popover-open'));
  if (!open && (await button.isVisible())) await button.click();
}
