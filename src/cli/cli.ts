/** Shared pieces of the command-line tool: the command shape, usage errors, argument parsing. */
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface Command {
  name: string;
  /** One line for `stancegraph --help`. */
  summary: string;
  /** The full `stancegraph NAME --help` text. */
  help: string;
  /** Returns the exit code: 0 done, 1 the data is wrong, 2 the arguments are wrong. */
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Writes a file; `--out` goes through here so tests can capture it. */
  writeFile(path: string, data: string | Uint8Array): void;
}

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `node:util` parseArgs, with its errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.replace(/\. To specify.*$/s, "") : String(e));
  }
}
