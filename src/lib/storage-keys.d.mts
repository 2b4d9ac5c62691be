/** Types for src/lib/storage-keys.mjs. */
export declare const STORAGE_KEYS: Readonly<{ spoilers: 'heartstopper-wiki:spoilers'; theme: 'heartstopper-wiki:theme'; displayFont: 'heartstopper-wiki:display-font' }>;
