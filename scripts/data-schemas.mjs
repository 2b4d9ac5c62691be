// Writes data/schema/<collection>.schema.json from the zod schemas (src/lib/data-schemas.server.ts), so an
// editor can complete and check data/*.json as you type. Run it after changing src/lib/schema.server.ts:
// `npm run data:schemas`. tests/data/data-schemas.test.ts fails when the files are out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { schemaFileName } from '../src/lib/data-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(join(root, 'src/lib/data-schemas.server.ts'), { root, logLevel: 'warn' });
const texts = module.dataSchemaTexts();
for (const [collection, text] of Object.entries(texts)) {
  const file = join(root, 'data', schemaFileName(collection));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
console.log(`Wrote ${Object.keys(texts).length} JSON Schemas to data/schema/.`);
