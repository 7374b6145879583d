/** Writes graph-data/schema.json from the TypeBox schema in src/model/schema.ts (`npm run schema`). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { schemaJson } from "../src/model/schemaJson.ts";

const target = fileURLToPath(new URL("../graph-data/schema.json", import.meta.url));
writeFileSync(target, schemaJson());
console.log(`wrote ${target}`);
