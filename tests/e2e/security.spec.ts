import { expect, test } from '@playwright/test';
import { contentSecurityPolicy } from '../../scripts/content-security-policy.mjs';
import { watchCspViolations } from './csp.ts';
import { sitemapPaths } from './sitemap.ts';

/** HTML's escapes in an attribute or a script's text, undone, as a browser reads them. */
const unescaped = (text: string) => text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

// What a page's HTML says doesn't depend on the width: once.
test.describe('every built page', () => {
  test.skip(({ isMobile }) => isMobile, 'the served HTML is the same at every width');

  test('carries the Content Security Policy first, allowing exactly its inline script and style, the pre-paint script and its critical CSS, by hash', async ({ request }) => {
    const problems: string[] = [];
    for (const path of [...(await sitemapPaths(request)), '/no-such-page/']) {
      const html = await (await request.get(path)).text();
      // Data blocks are never run, so the policy allows them; any other inline script must be named in it.
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([^<]*)<\/script>/g)].map((m) => m[1]!);
      if (inline.length !== 1) problems.push(`${path}: ${inline.length} inline scripts, not the one pre-paint script`);
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      if (styles.length !== 1 || html.split('<style').length !== 2) problems.push(`${path}: ${html.split('<style').length - 1} inline styles, not the one critical CSS`);
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      if (!meta) problems.push(`${path}: no policy`);
      else if (unescaped(meta[1]!) !== contentSecurityPolicy(inline, styles)) problems.push(`${path}: the policy is not the one for its inline script and style: ${unescaped(meta[1]!)}`);
      if (meta && meta.index > html.search(/<script|<link|<style/)) problems.push(`${path}: the policy comes after a script, link or style`);
      if (/\sstyle="/.test(html)) problems.push(`${path}: a style attribute`);
    }
    expect(problems).toEqual([]);
  });

  test('opens external links without handing over the page or the address', async ({ request }) => {
    const unsafe: string[] = [];
    let external = 0;
    for (const path of await sitemapPaths(request)) {
      const html = await (await request.get(path)).text();
      for (const [link] of html.matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
        external += 1;
        const rel = (/\brel="([^"]*)"/.exec(link)?.[1] ?? '').split(' ');
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${path}: ${link}`);
      }
    }
    // The sources are cited on most pages: the check has links to look at.
    expect(external).toBeGreaterThan(50);
    expect(unsafe).toEqual([]);
  });
});

test('Chromium enforces the policy: an inline script injected into a page does not run', async ({ page }) => {
  const violations = watchCspViolations(page);
  await page.goto('/characters/nick-nelson/');
  await expect(page.getByRole('heading', { level: 1, name: 'Nick Nelson' })).toBeVisible();
  expect(violations).toEqual([]);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBe(1);
});
