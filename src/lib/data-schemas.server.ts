/**
 * Build time: the JSON Schema of each data file, generated from the zod schemas (zod's `z.toJSONSchema`),
 * so an editor completes fields and flags mistakes in `data/*.json` as you type. `npm run data:schemas`
 * writes them to `data/schema/`; a data test fails when they are out of date.
 *
 * What a JSON Schema can't say (references between files, real dates, the refinements) is still checked
 * when the data loads: the schemas help an editor, validation decides.
 */
import { z } from 'zod';
import { collectionSchemas, type CollectionName } from './schema.server.ts';

/** The schema of one data file: its `$schema` line and its entries under the collection's name. */
export function dataFileJsonSchema(collection: CollectionName): Record<string, unknown> {
  const file = z.strictObject({
    $schema: z.string().optional(),
    [collection]: collectionSchemas[collection],
  });
  return {
    ...z.toJSONSchema(file, { target: 'draft-7', unrepresentable: 'any' }),
    title: `data/${collection}.json`,
    description: `The ${collection} of the Heartstopper wiki. Generated from src/lib/schema.server.ts by npm run data:schemas: edit that, not this.`,
  };
}

/** Every collection's JSON Schema, as the text its file holds. */
export function dataSchemaTexts(): Record<CollectionName, string> {
  const names = Object.keys(collectionSchemas) as CollectionName[];
  return Object.fromEntries(names.map((name) => [name, `${JSON.stringify(dataFileJsonSchema(name), null, 2)}\n`])) as Record<
    CollectionName,
    string
  >;
}
