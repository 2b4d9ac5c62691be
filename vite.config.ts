import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';
import { rawCollections } from './src/lib/dataset.ts';
import { validateDataset } from './src/lib/dataset-validation.ts';

/** Fails `vite build`, `vite dev` and `vitest` at start-up when an entry in data/ is invalid. */
function validateData(): Plugin {
  return {
    name: 'heartstopper:validate-data',
    buildStart() {
      validateDataset(rawCollections);
    },
  };
}

export default defineConfig({
  plugins: [react(), validateData()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // One stylesheet linked from every prerendered page, so pages are styled before (and without) JS.
    cssCodeSplit: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    restoreMocks: true,
  },
});
