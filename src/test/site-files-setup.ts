import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteFiles } from '@/app/site-documents.server.ts';
import { readDataset, readEntryLines } from '@/lib/dataset-source.server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the documents and gated parts the build writes, as JSON files by their names. */
    siteFilesDir: string;
  }
}

/**
 * Vitest's global setup: builds the site's documents and gated parts once per run, as the build writes them,
 * into a temporary folder. Each test file reads the few it needs from there (src/test-setup.ts), instead of
 * building the whole site again.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'wiki-site-files-'));
  for (const [file, { content }] of buildSiteFiles(readDataset(), readEntryLines())) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(content));
  }
  project.provide('siteFilesDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
