/**
 * `npm run schemas`: writes the content files' JSON Schemas (generated from geo/schema.ts by
 * geo/json-schema.ts) into schemas/, where .vscode/settings.json points VS Code at them.
 *
 *   npx tsx geo/cli/write-json-schemas.ts [dir]
 *
 * Run it after changing geo/schema.ts and commit the result: a unit test fails while the
 * committed files differ from what the schema generates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toJsonSchemas } from '../json-schema';

/** The exact text of a schema file: pretty-printed, with a trailing newline (as editors save files). */
export function toSchemaFileText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Writes every schema into `dir` (created if needed; relative to the working directory) and returns the paths written. */
export function writeJsonSchemas(dir = 'schemas'): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(toJsonSchemas()).map(([name, schema]) => {
    const file = path.join(dir, name);
    writeFileSync(file, toSchemaFileText(schema));
    return file;
  });
}

if (process.argv[1]?.endsWith('write-json-schemas.ts')) {
  for (const file of writeJsonSchemas(process.argv[2])) console.log(`wrote ${file}`);
}
