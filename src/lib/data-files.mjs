/**
 * How `data/` is laid out on disk, said once for everything that reads or writes it or links to it: the
 * dataset module, the synthetic 100× data, the schema generator, the tests and the "Improve this page" link.
 * Plain JavaScript with no Node imports, so the build's Node scripts and the browser can both import it.
 *
 * Each collection is one file, `data/<collection>.json`: an object naming its JSON Schema with `$schema`
 * (so an editor completes fields and flags mistakes as you type) and holding the entries under the
 * collection's name. The schemas are generated from the zod schemas into `data/schema/`.
 */

/** The file a collection lives in, relative to the data folder. */
export const dataFileName = (collection) => `${collection}.json`;

/** Its JSON Schema, relative to the data folder; a data file's `$schema` names it relative to itself. */
export const schemaFileName = (collection) => `schema/${collection}.schema.json`;

/** The entries of a data file's parsed JSON; throws, naming the file, when it is not laid out as above. */
export function entriesOf(collection, json) {
  const entries = json && typeof json === 'object' && !Array.isArray(json) ? json[collection] : undefined;
  if (!Array.isArray(entries)) {
    throw new Error(
      `data/${dataFileName(collection)}: expected an object with "$schema" and the entries in a list under "${collection}"`,
    );
  }
  return entries;
}

/** A data file's text for these entries, formatted as the repository keeps it (two spaces, a final newline). */
export function dataFileText(collection, entries) {
  return `${JSON.stringify({ $schema: `./${schemaFileName(collection)}`, [collection]: entries }, null, 2)}\n`;
}

/** An entry's `"id"` line as `dataFileText` writes it: six spaces in (the file's object, then its list). */
const ID_LINE = /^ {6}"id": "([^"]+)",?$/;

/** Each entry's line in a data file's text (1-based), by id: where "Improve this page" points. */
export function entryLines(text) {
  const lines = new Map();
  text.split('\n').forEach((line, i) => {
    const id = ID_LINE.exec(line)?.[1];
    if (id !== undefined && !lines.has(id)) lines.set(id, i + 1);
  });
  return lines;
}
