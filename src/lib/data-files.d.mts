/** Types for src/lib/data-files.mjs. */
export declare const dataFileName: (collection: string) => string;
export declare const schemaFileName: (collection: string) => string;
export declare function entriesOf(collection: string, json: unknown): unknown[];
export declare function dataFileText(collection: string, entries: readonly unknown[]): string;
export declare function entryLines(text: string): Map<string, number>;
