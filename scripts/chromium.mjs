// Playwright cannot download browsers here: the tests and the bench drive Debian's Chromium
// (`apt-get install chromium`), or the one CHROMIUM_PATH names.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a root, headless, offline machine: no sandbox, no GPU, and none of Chrome's own network calls. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
