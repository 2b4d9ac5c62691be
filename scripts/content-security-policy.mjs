// The Content Security Policy every built page carries in a <meta> (docs/decisions/0012, 0038). Same-origin
// everything: no eval, images may also be `data:` URLs, and no inline script or style but the ones named here by
// their hash: the pre-paint script (src/app/boot.ts) and the page's critical CSS (scripts/critical-css.mjs). The
// HTTP-header form adds what a <meta> can't carry: `frame-ancestors` (browsers ignore it there).
import { createHash } from 'node:crypto';

/** An inline script's or style's CSP hash source: `'sha256-…'` of its exact text. */
export const inlineHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const directives = (scriptSources, styleSources) => [
  "default-src 'self'",
  ["script-src 'self'", ...scriptSources].join(' '),
  ["style-src 'self'", ...styleSources].join(' '),
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy for a page whose only inline scripts are `inlineScripts` and only inline styles `inlineStyles`, as its <meta> carries it. */
export const contentSecurityPolicy = (inlineScripts, inlineStyles = []) => directives(inlineScripts.map(inlineHash), inlineStyles.map(inlineHash)).join('; ');

/**
 * For hosts that allow headers: `Content-Security-Policy: <this>`, one for every page. Each page's critical CSS is
 * its own, so this one allows inline styles, and each page's <meta> narrows that to its own style's hash. A browser
 * enforces both policies, so a page's only inline style is still the one its <meta> names.
 */
export const contentSecurityPolicyHeader = (inlineScripts) =>
  [...directives(inlineScripts.map(inlineHash), ["'unsafe-inline'"]), "frame-ancestors 'none'"].join('; ');
