/** Types for scripts/chromium.mjs, which plain Node scripts import too. */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
