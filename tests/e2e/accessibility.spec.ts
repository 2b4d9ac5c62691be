import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { axeProblems, useAxe } from './axe.ts';
import { watchCspViolations } from './csp.ts';
import { openHeaderMenu } from './header.ts';
import { layoutShiftsOf } from './layout-shift.ts';
import { firstOfKind, MANY, projectShare, sitemapPaths } from './sitemap.ts';
import { expect, test } from './test.ts';
import { openInApp } from './visit.ts';

const SCHEMES = ['light', 'dark'] as const;

/** Pages not in the sitemap that a visitor sees all the same: the not-found page and search results. */
const EXTRA = ['/no-such-page/', '/search/?q=nick'];

/** The pages each project sweeps: `projectShare` of the sitemap and the pages above. */
const pagesFor = async (page: Page, isMobile: boolean) => projectShare([...(await sitemapPaths(page.request)), ...EXTRA], isMobile);

/** Two frames: whatever a change of state drew is laid out and painted. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * axe in both schemes, switched in place: the page's colours follow `prefers-color-scheme` without a reload.
 * Everything in the first; in the second only what colours decide, as nothing else changes with the scheme.
 */
async function inBothSchemes(page: Page, label: string, scope?: string, schemes: readonly (typeof SCHEMES)[number][] = SCHEMES): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    problems.push(...(await axeProblems(page, `${label}, ${colorScheme}`, { scope, colourOnly: colorScheme !== SCHEMES[0] })));
  }
  return problems;
}

const cdpSessions = new WeakMap<Page, CDPSession>();

/** Turns the browser's cache off (or on again) for the page's next loads. */
async function cacheOff(page: Page, off: boolean) {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdpSessions.set(page, cdp);
  }
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: off });
}

/**
 * One page, loaded once as a new visitor (its layout shift measured as it loads: none is a problem), in every
 * state a viewer can put its chrome in:
 * - at "nothing yet" with the first-visit question showing (what a new visitor sees first), in both schemes
 *   (on a character, cast or episode page, its `main`: the chrome around it is checked on the other pages);
 * - on a phone, with the header's menu open: only the header changed, so only it is checked again. The menu
 *   is the same on every page of a kind (what differs is the section marked current), so it is checked on the
 *   one-of-a-kind pages, which between them have every section current and none;
 * - with spoilers on, through the header's switch as a viewer turns it on (which also answers the question),
 *   the menu closed again, in both schemes: what changed, the content marked `data-gated` (what changes with
 *   the viewer's level, src/lib/gated-section.tsx) now with spoilers and their badges. A page with none (search
 *   results, whose matches follow the level) has its whole content checked again.
 */
async function sweep(page: Page, path: string, { firstOfItsKind }: { firstOfItsKind: boolean }): Promise<string[]> {
  // A page of a template shares its colours with the first of its kind, checked in both schemes: the rest in one.
  const schemes = firstOfItsKind ? SCHEMES : SCHEMES.slice(0, 1);
  // As on a first visit, nothing cached, for the first page of each kind; the rest come as the next page of a
  // visit does (the layout-shift measurement doesn't depend on when the code arrives: layout-shift.ts).
  await cacheOff(page, firstOfItsKind);
  await page.emulateMedia({ colorScheme: 'light' });
  // As it loads, nothing on the page moves, the first-visit question included (layout-shift.ts).
  const shifts = await layoutShiftsOf(page, path);
  const problems = shifts.map((shift) => `${path} shifted as it loaded: ${shift}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The question appears once the app has hydrated: from then on the page is what a new visitor sees.
  await expect(page.getByRole('button', { name: 'Not now' })).toBeVisible();
  // The header, the footer and the question are the same on every page: checked whole on the one-of-a-kind
  // pages, at both widths; on the many pages of a template, only what the page itself holds.
  problems.push(...(await inBothSchemes(page, `${path} at nothing yet`, MANY.test(path) ? 'main' : undefined, schemes)));

  const phone = await page.getByRole('button', { name: /^Menu, spoilers: / }).isVisible();
  if (phone) {
    await openHeaderMenu(page);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    if (!MANY.test(path)) problems.push(...(await inBothSchemes(page, `${path} with the menu open`, 'header')));
  }
  await page.getByRole('switch', { name: 'Show spoilers' }).click();
  await expect(page.getByRole('switch', { name: 'Show spoilers' })).toHaveAttribute('aria-checked', 'true');
  if (phone) {
    await page.keyboard.press('Escape');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  }
  // Everything is shown: no section is still waiting for its spoilers.
  await expect(page.getByText('More from episodes you haven’t watched.')).toHaveCount(0, { timeout: 10_000 });
  await frames(page);
  const gated = (await page.locator('main [data-gated]').count()) > 0;
  problems.push(...(await inBothSchemes(page, `${path} with spoilers on`, gated ? 'main [data-gated]' : 'main', schemes)));
  return problems;
}

/**
 * A character, cast or episode page after the first of its kind: the same template, so what differs is its
 * content, all of which shows with the spoilers on. It opens in the app, as from a link, with the spoilers
 * still on from the page before, and axe checks its `main` whole, in one scheme. (How it loads, and that nothing
 * on it moves meanwhile, is the leak scan's: it loads every page once, spoilers.spec.ts.)
 */
async function sweepContent(page: Page, path: string): Promise<string[]> {
  await openInApp(page, path);
  // On a phone the switch is in the folded menu: still there, hidden.
  await expect(page.getByRole('switch', { name: 'Show spoilers', includeHidden: true })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('More from episodes you haven’t watched.')).toHaveCount(0, { timeout: 10_000 });
  await frames(page);
  return axeProblems(page, `${path} with spoilers on`, { scope: 'main' });
}

test.describe('every page as a new visitor sees it: still as it loads, and axe in every state of its chrome', () => {
  // Four parts per project, so the two workers share the sweep and neither is left with a long one at the end.
  const PARTS = 4;
  for (let part = 0; part < PARTS; part++) {
    test(`axe finds nothing on any page, and nothing moves as a new visitor first sees one of each kind: at nothing yet and with spoilers, menu open and closed, in either scheme (part ${part + 1} of ${PARTS})`, async ({ page, isMobile }) => {
      // Under a minute each on a 2-core machine busy with other work; the limit leaves room for a busier one.
      test.setTimeout(180_000);
      // Each page is a new visitor's: what the last page stored (spoilers on, the question answered) is forgotten.
      await page.addInitScript(() => window.localStorage.clear());
      await useAxe(page);
      const cspViolations = watchCspViolations(page);
      const all = await pagesFor(page, isMobile);
      const problems: string[] = [];
      let loaded = false;
      for (const path of all.filter((_, i) => i % PARTS === part)) {
        const firstOfItsKind = firstOfKind(path, all);
        // The first page of a part loads whole, whatever it is: the app must be running to open the rest in it.
        problems.push(...(loaded && MANY.test(path) && !firstOfItsKind ? await sweepContent(page, path) : await sweep(page, path, { firstOfItsKind })));
        loaded = true;
      }
      // Nothing on any page was refused by the Content Security Policy either.
      expect([...problems, ...cspViolations]).toEqual([]);
    });
  }

  test('axe finds nothing in what opens on request: search suggestions, the level picker, folded filters, a preview card', async ({ page, isMobile, appReady }) => {
    test.setTimeout(90_000);
    const problems: string[] = [];
    const check = async (label: string, scope: string) => {
      await frames(page);
      problems.push(...(await inBothSchemes(page, label, scope)));
    };
    // Answered once, the first-visit question is gone from the next pages, which wait for the app instead.
    await useAxe(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Not now' }).click();

    // The header's suggestions, as typed (on a phone the field opens across the header).
    await page.keyboard.press('/');
    await page.keyboard.type('nick');
    await expect(page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first()).toBeVisible();
    await check('/ with search suggestions', 'header');
    // Escape closes the list; on a phone, Close folds the field again, uncovering the menu button.
    await page.keyboard.press('Escape');
    if (isMobile) await page.getByRole('banner').getByRole('button', { name: 'Close' }).click();

    // "I've watched", open at its radios (in the menu on a phone).
    await openHeaderMenu(page);
    await page.getByRole('banner').getByRole('button', { name: /^I’ve watched/ }).click();
    await expect(page.getByRole('radio', { name: 'Nothing yet' })).toBeFocused();
    await check('/ with the level picker open', 'header');

    // The timeline's filters, which a phone folds behind a button (wider, they are always open and swept).
    if (isMobile) {
      await page.goto('/timeline/');
      await appReady();
      await page.getByRole('button', { name: /^Filters/ }).click();
      await expect(page.getByRole('checkbox', { name: /^Casting/ })).toBeVisible();
      await check('/timeline/ with the filters unfolded', 'main form');
    } else {
      // A link to a character shows a card about them when the mouse rests on it or the keyboard reaches it (a
      // phone has neither). The keyboard's: axe scrolls, which takes the link from under a resting mouse.
      await page.goto('/characters/nick-nelson/');
      await appReady();
      const infobox = page.getByRole('complementary', { name: 'Infobox' });
      const sarah = infobox.getByRole('link', { name: 'Sarah Nelson' });
      await infobox.getByRole('link', { name: 'Kit Connor' }).focus();
      for (let i = 0; i < 5 && !(await sarah.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(page.getByRole('tooltip')).toContainText('Sarah Nelson');
      // The card fades in: measured mid-fade, its text is paler than it ends up (axe once read 3.7:1).
      await page.getByRole('tooltip').evaluate((card) => Promise.all(card.getAnimations({ subtree: true }).map((a) => a.finished)));
      await check('/characters/nick-nelson/ with a preview card', '[role="tooltip"]');
    }
    expect(problems).toEqual([]);
  });
});

test.describe('motion', () => {
  test('every transition and animation in the build’s CSS is for viewers with no preference against motion', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'the stylesheets are the same at every width: checked once');
    // Every stylesheet the build ships, lazily loaded ones included: what the server under test serves from dist/.
    const dir = new URL('../../dist/assets/', import.meta.url);
    const sheets = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    expect(sheets.length).toBeGreaterThan(0);
    await page.goto('/about/');
    const moving = await page.evaluate((texts) => {
      const found: string[] = [];
      const seconds = (value: string) => Math.max(0, ...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1) || 0));
      // A rule moves something if it runs an animation or a transition that lasts; only `@media
      // (prefers-reduced-motion: no-preference)` may hold one. (A 0 s animation, like the one that shows
      // content held back for 2 s, moves nothing.)
      const walk = (rules: CSSRuleList, allowed: boolean) => {
        for (const rule of rules) {
          const inside = allowed || (rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
          if (rule instanceof CSSStyleRule && !inside) {
            const animated = rule.style.animationName && rule.style.animationName !== 'none' && seconds(rule.style.animationDuration) > 0;
            if (animated || seconds(rule.style.transitionDuration) > 0) found.push(rule.cssText.slice(0, 160));
          }
          if ('cssRules' in rule && !(rule instanceof CSSKeyframesRule)) walk((rule as CSSGroupingRule).cssRules, inside);
        }
      };
      for (const text of texts) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        walk(sheet.cssRules, false);
      }
      return found;
    }, sheets);
    expect(moving).toEqual([]);
  });

  test('with reduced motion asked for, the leaves stay still and the switches jump instead of sliding', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'the same stylesheet at every width: checked once, where the switches are in the menu');
    // Each visit is a new visitor's, whom the first-visit question rises to meet.
    await page.addInitScript(() => window.localStorage.clear());
    /** What is animating now, and what a switch does the moment it is pressed. */
    const motion = async () => {
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Not now' })).toBeVisible();
      const running = await page.evaluate(() => document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? 'a transition'));
      // On a phone the switches are in the menu: drawn only once it is open.
      await openHeaderMenu(page);
      // Pressed and looked at in one go: the thumb's slide lasts 120 ms, which a round trip could miss. (React
      // draws the press in a microtask, queued before this one.)
      const pressed = await page.evaluate(async () => {
        document.querySelector<HTMLElement>('[role="switch"]')!.click();
        await Promise.resolve();
        return document.getAnimations().map((a) => (a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName);
      });
      return { running, pressed };
    };
    // The control: without the preference the home page's leaves drift, and the thumb slides.
    const moving = await motion();
    expect(moving.running).toContainEqual(expect.stringMatching(/^drift/));
    expect(moving.pressed).toContain('translate');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion()).toEqual({ running: [], pressed: [] });
  });
});
