/** Types for scripts/content-security-policy.mjs, which the build and the end-to-end tests import. */
export declare const CONTENT_SECURITY_POLICY: string;
export declare const CONTENT_SECURITY_POLICY_HEADER: string;
export declare function cspMeta(): string;
