/** The published JSON Schema text (graph-data/schema.json), derived from `schema.ts`. */
import { DatasetSchema } from "./schema.ts";

export function schemaJson(): string {
  // TypeBox schemas are plain JSON Schema objects; JSON.stringify drops its symbol-keyed metadata.
  const schema = { $schema: "http://json-schema.org/draft-07/schema#", ...DatasetSchema };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
