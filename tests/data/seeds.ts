import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The seed articles live beside the repo in `../shared/seeds` (CI has them there). They are press articles,
 * so they are not copied into the repo; set SEEDS_DIR to point elsewhere.
 */
export const SEEDS_DIR = resolve(process.env.SEEDS_DIR ?? join(import.meta.dirname, '../../../shared/seeds'));

export const seedsAvailable = existsSync(SEEDS_DIR);

/** Seed text by file name without `.txt`, whitespace collapsed. */
export function readSeeds(): Map<string, string> {
  return new Map(
    readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f.replace(/\.txt$/, ''), collapse(readFileSync(join(SEEDS_DIR, f), 'utf8'))]),
  );
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
