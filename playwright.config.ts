import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = 4174;

/** The same site built from the synthetic 100× dataset (`npm run build:100x`), for the byte budgets. */
export const SCALED_URL = 'http://localhost:4175';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    // A registered service worker would precache the whole site in the background of every test and answer
    // requests that `page.route` can't see. The offline tests allow it for themselves.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } },
    // The same journeys at a desktop width; the leak scan at every level is width-independent and runs once.
    { name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' }, testIgnore: /spoilers\.spec/ },
  ],
  webServer: [
    {
      // The production build, served like a plain static host: no rewrites, 404.html for unknown paths.
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node scripts/serve.mjs --port 4175 --root .bench/dist-100x',
      url: `${SCALED_URL}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
