/** Types for bench/floor/build.mjs, which the bench and the end-to-end budget test import. */
export declare const APP_BUDGET_BYTES: number;
/** The gzip size, in bytes, of all JS the framework floor's production build emits. */
export declare function measureFloor(): Promise<number>;
