// The Content Security Policy every built page carries in a <meta> (docs/decisions/0012). Same-origin
// everything: no eval, no inline style, images may also be `data:` URLs, and no inline script but the ones
// named here by their hash (the pre-paint script, src/app/boot.ts). The HTTP-header form adds what a <meta>
// can't carry: `frame-ancestors` (browsers ignore it there).
import { createHash } from 'node:crypto';

/** A script's CSP hash source: `'sha256-…'` of its exact text. */
export const scriptHash = (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

const directives = (inlineScripts) => [
  "default-src 'self'",
  ["script-src 'self'", ...inlineScripts.map(scriptHash)].join(' '),
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy for a page whose only inline scripts are `inlineScripts`, as its <meta> carries it. */
export const contentSecurityPolicy = (inlineScripts) => directives(inlineScripts).join('; ');

/** For hosts that allow headers: `Content-Security-Policy: <this>`. */
export const contentSecurityPolicyHeader = (inlineScripts) => [...directives(inlineScripts), "frame-ancestors 'none'"].join('; ');
