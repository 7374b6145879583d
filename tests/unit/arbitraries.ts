/**
 * fast-check arbitraries for property tests: VALID datasets of the format (validateDataset accepts
 * every one; a test checks that), with text that tries to break writers: quotes inside quotes,
 * ampersands, markup, line breaks, emoji, JSON- and XML-looking strings.
 */
import fc from "fast-check";
import type { Actor, ActorKind, Dataset, Evidence, Relation, RelationType, Source, StanceEvent } from "../../src/model/schema.ts";
import { fromDay, toDay } from "../../src/model/dates.ts";

export interface DatasetArbOptions {
  maxActors?: number;
  maxRelations?: number;
}

const NASTY = ['"', "'", "&", "<", ">", "<script>alert(1)</script>", "]]>", "&amp;", "&#10;", "\n", "\t", "\r\n", "\r", "  ", "é", "日本", "😀", "\\", '{"a":1}', "--", ",", "=SUM(A1)", "\u2028"];

/**
 * Free text with a good share of troublemakers, within what the format allows: no control
 * characters other than tab and line breaks, no lone surrogates, no U+FFFE/U+FFFF (the validator
 * refuses those; tests/unit/hardening-*.test.ts feed them in on purpose).
 */
export function textArb(): fc.Arbitrary<string> {
  const pieces = fc.constantFrom(...NASTY, "a", "b", "Alpha", " ");
  const allowed = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
  return fc.oneof(
    fc.string({ maxLength: 12 }).map(allowed),
    fc.string({ unit: "grapheme", maxLength: 8 }).map(allowed),
    fc.array(pieces, { maxLength: 6 }).map((a) => a.join("")),
  );
}

const nonEmpty = () => textArb().map((s) => (s.length > 0 ? s : "x"));

export const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,9}$/);

const dayArb = fc.integer({ min: toDay("1900-01-01"), max: toDay("2100-12-31") });
const KINDS: ActorKind[] = ["state", "bloc", "organization", "court", "non-state", "person"];

/** Removes keys whose value is undefined (optional fields that were not generated). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A valid dataset. */
export function datasetArb(options: DatasetArbOptions = {}): fc.Arbitrary<Dataset> {
  const text = textArb();
  const label = nonEmpty();
  const ids = (min: number, max: number) => fc.uniqueArray(idArb, { minLength: min, maxLength: max, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() });

  return fc
    .record({
      actorIds: ids(2, options.maxActors ?? 6),
      typeIds: ids(1, 4),
      sourceIds: ids(1, 4),
      relationIds: ids(0, options.maxRelations ?? 10),
      eventIds: ids(0, 3),
      periodIds: ids(0, 3),
      seed: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
      texts: fc.array(text, { minLength: 60, maxLength: 60 }),
      labels: fc.array(label, { minLength: 60, maxLength: 60 }),
      days: fc.array(dayArb, { minLength: 40, maxLength: 40 }),
      schema: opt(fc.constantFrom("./schema.json", "../graph-data/schema.json")),
      withSpan: fc.boolean(),
    })
    .map(({ actorIds, typeIds, sourceIds, relationIds, eventIds, periodIds, seed, texts, labels, days, schema, withSpan }) => {
      // Deterministic picks from the generated pools keep shrinking meaningful and the code short.
      let k = 0;
      const next = () => seed[k++ % seed.length]!;
      const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length]!;
      const maybe = <T>(v: T): T | undefined => (next() % 3 === 0 ? undefined : v);
      const t = () => pick(texts);
      const l = () => pick(labels);
      const day = () => pick(days);

      const actors: Actor[] = actorIds.map((id) => {
        const kind = pick(KINDS);
        return compact<Actor>({
          id,
          label: l(),
          kind,
          wikidata: maybe(Array.from({ length: next() % 3 }, () => `Q${1 + (next() % 99999)}`)),
          iso3: kind === "state" && next() % 2 === 0 ? "ABC" : undefined,
          aliases: maybe(Array.from({ length: next() % 3 }, l)),
          description: maybe(t()),
        });
      });
      const relationTypes: RelationType[] = typeIds.map((id) =>
        compact<RelationType>({
          id,
          label: l(),
          sign: pick([-1, 0, 1] as const),
          directed: next() % 2 === 0,
          color: `#${(next() % 0x1000000).toString(16).padStart(6, "0")}`,
          description: maybe(t()),
        }),
      );
      const sources: Source[] = sourceIds.map((id) =>
        compact<Source>({
          id,
          title: l(),
          publisher: l(),
          date: maybe(fromDay(day())),
          url: maybe(`https://example.org/${id}`),
          file: next() % 2 === 0 ? `sources/${id}.txt` : undefined,
          note: maybe(t()),
        }),
      );
      // A quote needs a source with a local text; a reference source gets a citation.
      const evidence = (): Evidence[] =>
        Array.from({ length: 1 + (next() % 2) }, () => {
          const s = pick(sources);
          return s.file !== undefined ? { source: s.id, quote: l() } : { source: s.id, citation: l() };
        });
      const relations: Relation[] = relationIds.map((id) => {
        const si = next() % actors.length;
        const ti = (si + 1 + (next() % (actors.length - 1))) % actors.length;
        const from = day();
        return compact<Relation>({
          id,
          source: actors[si]!.id,
          target: actors[ti]!.id,
          type: pick(relationTypes).id,
          from: fromDay(from),
          to: maybe(fromDay(from + 1 + (next() % 5000))),
          evidence: evidence(),
          note: maybe(t()),
          confidence: maybe(pick(["low", "medium", "high"] as const)),
        });
      });
      const events: StanceEvent[] = eventIds.map((id) => {
        const date = day();
        return compact<StanceEvent>({
          id,
          date: fromDay(date),
          end: maybe(fromDay(date + (next() % 30))),
          label: l(),
          description: maybe(t()),
          actors: [...new Set(Array.from({ length: next() % 3 }, () => pick(actors).id))],
          evidence: evidence(),
        });
      });
      const spanFrom = day();
      return compact<Dataset>({
        $schema: schema,
        format: "stancegraph/1",
        id: pick(actorIds).toLowerCase(),
        title: l(),
        description: maybe(t()),
        span: withSpan ? { from: fromDay(spanFrom), to: fromDay(spanFrom + 1 + (next() % 9000)) } : undefined,
        actors,
        relationTypes,
        relations,
        events,
        sources,
        periods: periodIds.map((id) => compact({ id, label: l(), date: fromDay(day()), description: maybe(t()) })),
      });
    });
}
