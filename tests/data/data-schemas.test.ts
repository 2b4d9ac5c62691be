import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileName, schemaFileName } from '@/lib/data-files.mjs';
import { DEFAULT_DATA_DIR } from '@/lib/dataset-source.server.ts';
import { dataSchemaTexts } from '@/lib/data-schemas.server.ts';

const texts = Object.entries(dataSchemaTexts());
const read = (file: string) => readFileSync(join(DEFAULT_DATA_DIR, file), 'utf8');

describe('the data files’ JSON Schemas (for editors)', () => {
  it.each(texts)('%s: data/schema/ holds what the zod schemas generate (run npm run data:schemas after changing them)', (name, text) => {
    expect(read(schemaFileName(name))).toBe(text);
  });

  it.each(texts)('%s: the data file names its schema', (name) => {
    const file = JSON.parse(read(dataFileName(name))) as { $schema?: string };
    expect(file.$schema).toBe(`./${schemaFileName(name)}`);
  });

  it('describes a field’s shape, so an editor can flag a mistake', () => {
    const episodes = JSON.parse(dataSchemaTexts().episodes) as {
      properties: { episodes: { items: { required: string[]; additionalProperties: boolean; properties: Record<string, { pattern?: string }> } } };
    };
    const entry = episodes.properties.episodes.items;
    expect(entry.required).toEqual(expect.arrayContaining(['id', 'season', 'number', 'title', 'released', 'sources']));
    expect(entry.additionalProperties).toBe(false);
    expect(entry.properties.id?.pattern).toBeDefined();
  });
});
