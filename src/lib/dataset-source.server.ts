/**
 * Reads `data/` from disk at build and test time (Node only: it uses `fs`, so no browser bundle can include
 * it). Every reader validates, so a bad entry stops the build naming the file, the entry and the field.
 * The browser never sees these files: it gets the documents the build derives from them (see dataset.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataFileName, entriesOf, entryLines } from './data-files.mjs';
import { validateDataset } from './dataset-validation.server.ts';
import { collectionSchemas, type CollectionName, type Dataset } from './schema.server.ts';

/**
 * `data/` in the project root (commands run from there). The build takes another folder with the same
 * files, such as the bench's 100× dataset.
 */
export const DEFAULT_DATA_DIR = resolve(process.cwd(), 'data');

/** The collections as read from disk, before validation. */
export function readRawCollections(dir: string = DEFAULT_DATA_DIR): Record<CollectionName, unknown> {
  const names = Object.keys(collectionSchemas) as CollectionName[];
  return Object.fromEntries(
    names.map((name) => [name, entriesOf(name, JSON.parse(readFileSync(join(dir, dataFileName(name)), 'utf8')))]),
  ) as Record<CollectionName, unknown>;
}

/** Where each entry sits in its file (1-based line), by collection and id: for "Improve this page". */
export type EntryLines = Partial<Record<CollectionName, ReadonlyMap<string, number>>>;

export function readEntryLines(dir: string = DEFAULT_DATA_DIR): EntryLines {
  const names = Object.keys(collectionSchemas) as CollectionName[];
  return Object.fromEntries(names.map((name) => [name, entryLines(readFileSync(join(dir, dataFileName(name)), 'utf8'))]));
}

/** The validated dataset; throws a `DatasetError` listing every problem. */
export function readDataset(dir: string = DEFAULT_DATA_DIR): Dataset {
  return validateDataset(readRawCollections(dir));
}
