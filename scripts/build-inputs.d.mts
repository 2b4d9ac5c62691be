/** Types for scripts/build-inputs.mjs, which `npm start` imports as plain Node. */
export declare const BUILD_INPUTS: string[];

/** The inputs under `root` modified after `time` (ms since the epoch), newest first; a folder only if nothing in it is. */
export declare function changedSince(root: string, inputs: readonly string[], time: number): string[];

/** Why `dist` must be built before it is served, in one line, or undefined when it is up to date. */
export declare function rebuildReason(root: string, dist: string, inputs?: readonly string[]): string | undefined;
