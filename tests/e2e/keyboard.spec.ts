import { expect, test, type Locator, type Page } from '@playwright/test';
import { settled, storeSettings } from './spoiler-settings.ts';

const none = { showAll: false, watched: 'none' };

/**
 * Where focus is after a key, and whether a sighted keyboard user can see it there. Each stop is checked:
 * - focus is on an element, never on `<body>` (where it lands when what had it goes away);
 * - the element is drawn in the viewport, not clipped to nothing;
 * - a control shows that it has focus: it matches `:focus-visible`, and its look (outline, shadow, border,
 *   background, or the strokes of an SVG link) differs from its look once focus has left it, which is compared
 *   at the next stop. Where the app puts focus on landing (the new page's `<h1>`, or `<main>` after the skip
 *   link) is not a control, and only needs to be on screen: a reader starts there and tabs on.
 */
async function focusStop(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { lastStop?: { el: Element; look: string; name: string } };
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} “${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}”`;
    const look = (e: Element) =>
      [e, ...e.querySelectorAll('*')]
        .slice(0, 40)
        .map((n) => {
          const s = getComputedStyle(n);
          return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor, s.stroke, s.strokeWidth].join();
        })
        .join('|');
    const problems: string[] = [];
    const prev = w.lastStop;
    const el = document.activeElement;
    if (prev && prev.el !== el && prev.el.isConnected && look(prev.el) === prev.look) {
      problems.push(`${prev.name} looks the same focused and not`);
    }
    if (!el || el === document.body) {
      w.lastStop = undefined;
      return [...problems, 'focus is on <body>'];
    }
    const name = describe(el);
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) {
      problems.push(`${name} has focus but is not on screen`);
    }
    const landing = el.id === 'main' || (el.tagName === 'H1' && el.getAttribute('tabindex') === '-1');
    if (landing) {
      w.lastStop = undefined;
      return problems;
    }
    if (!el.matches(':focus-visible')) problems.push(`${name} has focus but doesn't match :focus-visible`);
    w.lastStop = { el, look: look(el), name };
    return problems;
  });
}

test('a keyboard alone goes from the skip link through search, a character, the timeline’s filters, spoilers and the theme, always seeing where it is', async ({ page, isMobile }) => {
  test.setTimeout(60_000);
  const problems: string[] = [];
  const press = async (key: string) => {
    await page.keyboard.press(key);
    problems.push(...(await focusStop(page)).map((p) => `after ${key}: ${p}`));
  };
  const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);
  /** Tabs (or Shift+Tabs) to `target`, checking every stop on the way. */
  const tabTo = async (target: Locator, { backward = false, max = 150 } = {}) => {
    for (let i = 0; i < max && !(await isFocused(target)); i++) await press(backward ? 'Shift+Tab' : 'Tab');
    await expect(target).toBeFocused();
  };

  await storeSettings(page, none);
  await page.goto('/');
  await settled(page, none);

  // The first Tab reaches the skip link, which takes focus past the header to the content.
  await press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);

  // `/` jumps to the header's search; a misspelled name, Down and Enter open the character.
  await press('/');
  const field = page.getByRole('combobox', { name: 'Search the wiki' });
  await expect(field).toBeFocused();
  await page.keyboard.type('charly spirng');
  const first = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
  await expect(first).toContainText('Charlie Spring');
  await press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await press('Enter');
  // The new page is announced: focus is on its heading, and the title names it.
  await expect(page.getByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeFocused();
  await expect(page).toHaveTitle(/Charlie Spring/);

  // On to the timeline, filtered to him, through every link and control of his page.
  await tabTo(page.getByRole('link', { name: 'Open the timeline filtered to Charlie' }));
  await press('Enter');
  await expect(page).toHaveURL(/\/timeline\/\?character=charlie-spring$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeFocused();

  // The filters (folded behind a button on a phone): a category, from the keyboard; focus stays on it.
  const filters = page.getByRole('button', { name: /^Filters/ });
  if (await filters.isVisible()) {
    await tabTo(filters);
    await press('Enter');
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
  }
  const category = page.getByRole('group', { name: 'What happened' }).getByRole('checkbox').first();
  await tabTo(category);
  await press('Space');
  await expect(category).toBeChecked();
  await expect(page).toHaveURL(/[?&]category=/);
  await expect(category).toBeFocused();

  // Back up to the header's spoiler controls (on a phone, in its menu).
  const show = page.getByRole('switch', { name: 'Show spoilers' });
  if (isMobile) {
    await tabTo(page.getByRole('button', { name: /^Menu, spoilers: / }), { backward: true });
    await press('Enter');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await tabTo(show);
  } else {
    await tabTo(show, { backward: true });
  }
  await press('Space');
  await expect(show).toHaveAttribute('aria-checked', 'true');
  const watched = page.getByRole('banner').getByRole('button', { name: /^I’ve watched/ });
  await tabTo(watched);
  await press('Enter');
  await expect(page.getByRole('radio', { name: 'All of it' })).toBeFocused();
  await press('ArrowUp');
  await press('Escape');
  await expect(watched).toBeFocused();

  // And the theme.
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const before = await background();
  const theme = page.getByRole('switch', { name: 'Dark theme' });
  await tabTo(theme);
  await press('Space');
  // The browser's scheme is light here: the switch turns the dark theme on.
  await expect(theme).toHaveAttribute('aria-checked', 'true');
  expect(await background()).not.toBe(before);
  // Leave the last control, so its look unfocused is compared too.
  await press('Shift+Tab');

  expect(problems).toEqual([]);
});
