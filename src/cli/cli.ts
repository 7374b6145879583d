/** Shared pieces of the command-line tool: the command shape, usage errors, argument parsing. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { clip, echo } from "../model/echo.ts";

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
    // Node's messages run on with hints about its own API ("To specify a positional argument…");
    // keep the first sentence, and say how to pass a value that starts with a dash.
    const message = e instanceof Error ? e.message : String(e);
    const first = message.split(/\.\s|\n/)[0]!.replace(/\.$/, "");
    const dash = /Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    // (Node repeats the option as typed, which may be of any length.)
    if (dash) throw new UsageError(`${clip(first, 160)}: to give a value starting with "-", write ${clip(dash[1]!)}=VALUE`);
    // A dataset file given as `validate` takes it (`snapshot karabakh.json --at …`): name the option.
    const positional = /^Unexpected argument '([^]*)'$/.exec(first);
    if (positional && "dataset" in options && /\.(json|gexf|xml)$/i.test(positional[1]!)) {
      throw new UsageError(`${clip(first, 160)}: give the dataset file as --dataset ${clip(positional[1]!)}`);
    }
    throw new UsageError(clip(first, 160));
  }
}

/**
 * Writes `--out`: a path that cannot be written (a directory, a missing folder, no permission) is a
 * usage error naming it, not a stack trace.
 */
export function writeOut(io: CliIO, path: string, data: string | Uint8Array): void {
  try {
    io.writeFile(path, data);
  } catch (e) {
    throw new UsageError(`cannot write ${echo(path)}: ${clip(e instanceof Error ? e.message : String(e), 200)}`, { cause: e });
  }
}
