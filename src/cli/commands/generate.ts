import type { Command } from "../cli.ts";
import { parseOptions, UsageError, writeOut } from "../cli.ts";
import { GENERATE_LIMITS, checkGenerateOptions, generateDataset, maxRelations, type GenerateOptions } from "../../model/generate.ts";
import { datasetJsonLines } from "../../io/datasetJson.ts";
import { formatBytes } from "../../model/load.ts";
import { clip, echo } from "../../model/echo.ts";

export const generateCommand: Command = {
  name: "generate",
  summary: "make a seeded synthetic dataset (for benchmarks and tests)",
  help: `Usage: stancegraph generate [--actors N] [--relations M] [--years Y] [--seed S] [--out FILE]

Writes a valid synthetic dataset: invented actors in a few blocs, sparse ties (mostly cooperative
within a bloc, adversarial across), relations that turn from one type to another over time,
memberships, mediation, events, and reference sources with citations. The same options always give
the same bytes.
  --actors N      number of actors (default 1000)
  --relations M   exact number of relations (default 10 per actor; at most one per actor pair)
  --years Y       length of the time span in years, ending 2025-01-01 (default 20)
  --seed S        seed of the generator, 0 to 4294967295 (default 1)
  --out FILE      write to FILE instead of standard output`,
  async run(argv, io) {
    const { values } = parseOptions(argv, {
      actors: { type: "string" },
      relations: { type: "string" },
      years: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
    });
    if (values.help) return io.out(this.help), 0;
    const actors = wholeNumber("actors", values.actors ?? "1000");
    const options: GenerateOptions = {
      actors,
      relations: values.relations === undefined ? Math.min(10 * actors, maxRelations(actors)) : wholeNumber("relations", values.relations),
      years: wholeNumber("years", values.years ?? "20"),
      seed: wholeNumber("seed", values.seed ?? "1"),
    };
    const problem = checkGenerateOptions(options);
    if (problem) throw new UsageError(`--${problem}`);
    const dataset = generateDataset(options);
    const text = datasetJsonLines(dataset);
    if (values.out === undefined) {
      // The text already ends with a newline; io.out adds none then.
      io.out(text);
      return 0;
    }
    writeOut(io, values.out, text);
    io.out(
      `wrote ${values.out} (${formatBytes(text.length)}): ${dataset.actors.length} actors, ${dataset.relations.length} relations, ` +
        `${dataset.events.length} events, ${dataset.sources.length} sources`,
    );
    return 0;
  },
};

/** Parses a non-negative whole number given as text, or says which option was wrong and how. */
function wholeNumber(option: keyof typeof GENERATE_LIMITS, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--${option} ${echo(text)} is not a whole number`);
  const value = Number(text);
  const { min, max } = GENERATE_LIMITS[option];
  if (value < min || value > max) throw new UsageError(`--${option} ${clip(text)} is out of range (${min} to ${max})`);
  return value;
}

