/** Types for scripts/content-security-policy.mjs, which vite.config.ts, the prerender and the end-to-end tests import. */
export declare function inlineHash(text: string): string;
export declare function contentSecurityPolicy(inlineScripts: readonly string[], inlineStyles?: readonly string[]): string;
export declare function contentSecurityPolicyHeader(inlineScripts: readonly string[]): string;
