// The Content Security Policy every built page carries in a <meta> (docs/decisions/0012). Same-origin
// everything: no inline script, no eval, no inline style; images may also be `data:` URLs. The HTTP-header
// form adds what a <meta> can't carry: `frame-ancestors` (browsers ignore it there).
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** For hosts that allow headers: `Content-Security-Policy: <this>`. */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The <meta> tag; it comes before anything the policy governs. */
export const cspMeta = () => `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
