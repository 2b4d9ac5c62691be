import { createServer, type AddressInfo, type Server } from 'node:net';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/** `count` different ports that nothing listens on now, picked by the system. */
async function freePorts(count: number): Promise<number[]> {
  // All held open at once, so the system can't hand out the same port twice.
  const probes = await Promise.all(
    Array.from({ length: count }, () => new Promise<Server>((resolve, reject) => {
      const probe = createServer().once('error', reject);
      probe.listen(0, '127.0.0.1', () => resolve(probe));
    })),
  );
  const ports = probes.map((probe) => (probe.address() as AddressInfo).port);
  await Promise.all(probes.map((probe) => new Promise((done) => probe.close(done))));
  return ports;
}

// The tests only ever run against servers they started, on ports no other server holds: a fixed port may be
// another checkout's or another project's. This module is evaluated by the runner and again in each worker
// (and by the specs that import SCALED_URL), so the runner picks the ports and the workers inherit them.
process.env.E2E_PORTS ??= (await freePorts(2)).join(' ');
const [PORT, SCALED_PORT] = process.env.E2E_PORTS.split(' ');

/** The same site built from the synthetic 100× dataset (`npm run build:100x`), for the byte budgets. */
export const SCALED_URL = `http://localhost:${SCALED_PORT}`;

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
    // A Pixel 7's viewport, touch and user agent, painted at one device pixel per CSS pixel: the layout is the
    // phone's, and painting 2.6 times the pixels each way only cost the suite a fifth of its phone time.
    { name: 'phone', use: { ...devices['Pixel 7'], deviceScaleFactor: 1, browserName: 'chromium' } },
    // The same journeys at a desktop width; the leak scan at every level is width-independent and runs once.
    { name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' }, testIgnore: /spoilers\.spec/ },
  ],
  webServer: [
    {
      // The production build, served like a plain static host: no rewrites, 404.html for unknown paths.
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --port ${SCALED_PORT} --root .bench/dist-100x`,
      url: `${SCALED_URL}/`,
      reuseExistingServer: false,
    },
  ],
});
