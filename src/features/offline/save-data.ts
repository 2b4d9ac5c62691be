/**
 * The reader's browser asks sites to save data (Save-Data): a visit installs no worker and keeps nothing ahead,
 * and "Keep the wiki for offline reading" says its size first (docs/decisions/0030).
 */
export const savingData = (): boolean => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
