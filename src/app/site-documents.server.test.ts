import { describe, expect, it } from 'vitest';
import { readDataset, readEntryLines } from '@/lib/dataset-source.server.ts';
import { buildSiteFiles } from './site-documents.server.ts';

const files = [...buildSiteFiles(readDataset(), readEntryLines())];

/** Whether a value holds an item gated at some episode (one whose `reveals` names it), anywhere inside it. */
const holdsGated = (value: unknown): boolean => {
  if (Array.isArray(value)) return value.some(holdsGated);
  if (typeof value !== 'object' || value === null) return false;
  return ('reveals' in value && typeof value.reveals === 'string') || Object.values(value).some(holdsGated);
};

describe('the data files and who may have them', () => {
  it('names public only files without a gated item, which every device may then keep offline', () => {
    const named = files.filter(([, file]) => file.public);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(([, file]) => holdsGated(file.content)).map(([name]) => name)).toEqual([]);
  });
});
