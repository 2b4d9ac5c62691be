/** Types for scripts/content-security-policy.mjs, which vite.config.ts, the build and the end-to-end tests import. */
export declare function scriptHash(script: string): string;
export declare function contentSecurityPolicy(inlineScripts: readonly string[]): string;
export declare function contentSecurityPolicyHeader(inlineScripts: readonly string[]): string;
