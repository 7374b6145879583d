/**
 * `stancegraph`: the command-line tool. Each command is a module under `commands/`; this file only
 * dispatches and turns errors into exit codes (1 data, 2 usage).
 */
import { writeFileSync } from "node:fs";
import { UsageError, type CliIO, type Command } from "./cli.ts";
import { echo } from "../model/echo.ts";
import { FileProblemError } from "../io/regularFile.ts";
import { validateCommand } from "./commands/validate.ts";
import { snapshotCommand } from "./commands/snapshot.ts";
import { generateCommand } from "./commands/generate.ts";
import { exportCommand } from "./commands/export.ts";
import { analyzeCommand } from "./commands/analyze.ts";
import { suggestCommand } from "./commands/suggest.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { convertCommand } from "./commands/convert.ts";

export const COMMANDS: Command[] = [validateCommand, snapshotCommand, generateCommand, exportCommand, analyzeCommand, suggestCommand, ingestCommand, convertCommand];

const USAGE = () => `Usage: stancegraph COMMAND [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Run "stancegraph COMMAND --help" for a command's options.`;

export const nodeIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  writeFile: (path, data) => writeFileSync(path, data),
};

/** Runs the tool with `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`stancegraph: unknown command ${echo(name)}\n\n${USAGE()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // A file argument that is missing, a directory, a pipe or too large is a mistake in the call.
    if (e instanceof UsageError || e instanceof FileProblemError) {
      io.err(`stancegraph ${name}: ${e.message}\nRun "stancegraph ${name} --help" for usage.`);
      return 2;
    }
    throw e;
  }
}
