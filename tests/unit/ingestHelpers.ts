/** Shared by the ingest tests: the fixtures' paths and an in-process CLI run. */
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/main.ts";
import type { CliIO } from "../../src/cli/cli.ts";

export const ingestFixture = (name: string) => fileURLToPath(new URL(`../fixtures/ingest/${name}`, import.meta.url));

/** Every fixture in an event layout, with its format. */
export const EVENT_FIXTURES = [
  ["gdelt", "gdelt-2023.export.CSV"],
  ["gdelt", "gdelt-2023.export.CSV.gz"],
  ["icews", "icews-2023.tab"],
  ["plover", "plover-2023.jsonl"],
  ["plover", "plover-2023.json"],
  ["plover", "plover-gsr-sample.json"],
] as const;

/** Runs the CLI in-process and captures what it prints and writes. */
export async function runIngestCli(...argv: string[]) {
  let out = "";
  let err = "";
  const files = new Map<string, string | Uint8Array>();
  const io: CliIO = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), writeFile: (p, d) => files.set(p, d) };
  const code = await runCli(argv, io);
  return { code, out, err, files };
}
