import axe, { type AxeResults, type ElementContext, type RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';

/**
 * Puts axe in every page this test's page loads from now on, before the page's own scripts, so a test can
 * run it as often as it likes. `AxeBuilder.analyze()` injects axe again on every call (1–2 s each); this costs
 * each page about a tenth of a second, and sending axe's 600 KB to each page once more (`page.evaluate`) about
 * half a second more. That is what lets every page of the sitemap be checked in every state within the CI's time.
 */
export async function useAxe(page: Page): Promise<void> {
  await page.addInitScript(axe.source);
}

/** The rules whose outcome depends on colours: all a change of colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type AxeOptions = {
  /** A selector: only what it selects is checked (what a change of state changed). */
  scope?: string;
  /** Only the rules a change of colour scheme can change, for a page already checked in the other scheme. */
  colourOnly?: boolean;
};

/**
 * Runs axe (every rule it enables by default: WCAG 2.0–2.2 A and AA, and its best practices; and the target size
 * of WCAG 2.2 AA, which it leaves off) on the page, or on part of it, and returns one line per problem, each starting with `label`:
 * - every violation;
 * - every colour-contrast result axe could not decide ("incomplete": text over an overlapping element, a
 *   gradient or a pseudo-element), decided here from the computed colours: the text's colour, with the
 *   opacity of it and its ancestors, over the backgrounds painted under its middle, walked from the text down
 *   until one is opaque. Under 4.5:1 (3:1 for large text) is a failure; a background that isn't a plain
 *   colour (an image, a gradient) is one too, as nothing here can say what is under the text;
 * - every other incomplete result: nothing axe couldn't decide is left unexamined. None is expected.
 * Run it only on a settled page: it reads the page as it is drawn.
 */
export async function axeProblems(page: Page, label: string, { scope, colourOnly = false }: AxeOptions = {}): Promise<string[]> {
  return page.evaluate(
    async ({ label, scope, colourOnly, COLOUR_RULES }) => {
      type Rgba = [number, number, number, number];
      const win = window as unknown as { axe: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> } };
      const { violations, incomplete } = await win.axe.run(scope ? { include: [scope] } : document, {
        resultTypes: ['violations', 'incomplete'],
        // WCAG 2.2's target size (2.5.8) is off in axe by default; Lighthouse runs it, and a phone reader needs it.
        ...(colourOnly ? { runOnly: { type: 'rule', values: COLOUR_RULES } } : { rules: { 'target-size': { enabled: true } } }),
      });
      const problems: string[] = [];
      for (const rule of violations) {
        for (const node of rule.nodes) problems.push(`${label}: ${rule.id} at ${node.target.join(' ')}: ${node.failureSummary ?? rule.help}`);
      }

      const parse = (colour: string): Rgba | undefined => {
        // Chromium gives computed colours as rgb()/rgba(), or color(srgb …) for some.
        const m = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(colour) ??
          /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(colour);
        if (!m) return undefined;
        const scale = colour.startsWith('color(') ? 255 : 1;
        return [Number(m[1]) * scale, Number(m[2]) * scale, Number(m[3]) * scale, m[4] === undefined ? 1 : Number(m[4])];
      };
      /** `top` drawn with its alpha over the opaque `bottom`. */
      const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
      const luminance = ([r, g, b]: Rgba) => {
        const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const ratio = (a: Rgba, b: Rgba) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };

      /** The contrast of an element's text over what is painted under it, or why it can't be told. */
      const contrastOf = (el: Element): { ratio: number; needed: number } | string => {
        const style = getComputedStyle(el);
        let fg = parse(style.color);
        if (!fg) return `unreadable colour ${style.color}`;
        let opacity = 1;
        for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        fg = [fg[0], fg[1], fg[2], fg[3] * opacity];
        // The middle of the element's text (its first line box), brought into view so the point can be asked.
        el.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.selectNodeContents(el);
        const box = range.getClientRects()[0] ?? el.getBoundingClientRect();
        const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        // Whatever is drawn over the element (a fixed sheet, a popover) isn't under its text: start at the element.
        const at = stack.findIndex((e) => e === el || e.contains(el));
        const under = at >= 0 ? stack.slice(at) : [];
        // Not at that point (clipped, or under a sticky bar): its ancestors are what it is drawn on.
        if (!under.length) for (let e: Element | null = el; e; e = e.parentElement) under.push(e);
        const layers: Rgba[] = [];
        for (const e of under) {
          const s = getComputedStyle(e);
          if (s.backgroundImage !== 'none') return `a background image or gradient under it (${e.tagName.toLowerCase()}.${e.className})`;
          const bg = parse(s.backgroundColor);
          if (!bg || bg[3] === 0) continue;
          let layerOpacity = 1;
          for (let p: Element | null = e; p; p = p.parentElement) layerOpacity *= Number(getComputedStyle(p).opacity);
          layers.push([bg[0], bg[1], bg[2], bg[3] * layerOpacity]);
          if (bg[3] * layerOpacity >= 1) break;
        }
        // The canvas: white in light, Chromium's dark canvas in dark, under everything else.
        let bg: Rgba = matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18, 1] : [255, 255, 255, 1];
        for (const layer of layers.reverse()) bg = over(layer, bg);
        const px = parseFloat(style.fontSize);
        const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
        return { ratio: ratio(over(fg, bg), bg), needed: large ? 3 : 4.5 };
      };

      for (const rule of incomplete) {
        for (const node of rule.nodes) {
          const where = `${label}: ${rule.id} (incomplete) at ${node.target.join(' ')}`;
          if (rule.id !== 'color-contrast') {
            problems.push(`${where}: ${node.any.concat(node.all, node.none).map((c) => c.message).join('; ')}`);
            continue;
          }
          const selector = node.target[0];
          const el = typeof selector === 'string' && node.target.length === 1 ? document.querySelector(selector) : null;
          if (!el) {
            problems.push(`${where}: element not found to check by hand`);
            continue;
          }
          const result = contrastOf(el);
          if (typeof result === 'string') problems.push(`${where}: can't tell its contrast: ${result}`);
          else if (result.ratio < result.needed) {
            problems.push(`${where}: contrast ${result.ratio.toFixed(2)}:1, under ${result.needed}:1 (“${el.textContent?.trim().slice(0, 40)}”)`);
          }
        }
      }
      return problems;
    },
    { label, scope, colourOnly, COLOUR_RULES },
  );
}
