/**
 * The analysis worker's per-actor figures as they travel to the page: actors as indexes into the
 * dataset's actor list (which the page and the worker hold in the same order), counts in typed
 * arrays. A structured clone copies a typed array as bytes; objects it rebuilds one by one. At
 * 50,000 actors the alignment table as objects (with each actor's partner lists) and the blocs
 * (with every member's label) were 11.5 of the answer's 15.5 MiB, and receiving them one task of
 * 0.5–4.9 s on the page, most of it the garbage collector's.
 *
 * The page unpacks them into the very shapes the analytics return, equal to what it would compute
 * itself (tests/unit/analysisProtocol.test.ts); an actor's partner lists, which nothing on the page
 * shows, are computed there from the constellation's signed graph if ever read.
 *
 * Written here: no library packs records into typed arrays for postMessage in this shape.
 */
import type { ActorAlignment } from "../model/analytics/alignment.ts";
import { alignmentOf } from "../model/analytics/alignment.ts";
import type { Bloc, BlocPartition, UnexplainedTie } from "../model/analytics/blocs.ts";
import type { ActorRef, SignedGraph } from "../model/analytics/signedGraph.ts";

/** Rows of the alignment table: `actor[i]` is an index into the roster. */
export interface PackedAlignment {
  actor: Int32Array;
  positive: Int32Array;
  negative: Int32Array;
}

/** A bloc partition: members of bloc k (k = 1…) are `members[offsets[k-1] … offsets[k])`, roster indexes in the bloc's order. */
export interface PackedBlocs extends Omit<BlocPartition, "blocs" | "blocOf" | "unaligned" | "undetermined" | "unexplained"> {
  blocIds: Int32Array;
  offsets: Int32Array;
  members: Int32Array;
  unaligned: Int32Array;
  undetermined: Int32Array;
  unexplained: { a: Int32Array; b: Int32Array; sign: Int8Array; inside: Uint8Array };
}

/** Roster indexes of ids: a Map (ids are data, never object keys). */
export function rosterIndex(roster: readonly ActorRef[]): ReadonlyMap<string, number> {
  return new Map(roster.map((a, i) => [a.id, i]));
}

function indexesOf(ids: readonly string[], index: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    const at = index.get(id);
    if (at === undefined) throw new Error(`actor ${JSON.stringify(id)} is not in the dataset's actors`);
    out[i] = at;
  });
  return out;
}

function idsOf(indexes: Int32Array, roster: readonly ActorRef[]): string[] {
  return Array.from(indexes, (i) => roster[i]!.id);
}

export function packAlignment(rows: readonly ActorAlignment[], index: ReadonlyMap<string, number>): PackedAlignment {
  return {
    actor: indexesOf(
      rows.map((r) => r.id),
      index,
    ),
    positive: Int32Array.from(rows, (r) => r.positive),
    negative: Int32Array.from(rows, (r) => r.negative),
  };
}

/**
 * An alignment row received from the worker: its counts as sent, its partner lists computed from
 * the constellation's signed graph when first read (by any row: all rows' at once).
 */
class ReceivedRow implements ActorAlignment {
  readonly net: number;
  readonly #full: () => ReadonlyMap<string, ActorAlignment>;
  constructor(
    readonly id: string,
    readonly label: string,
    readonly positive: number,
    readonly negative: number,
    full: () => ReadonlyMap<string, ActorAlignment>,
  ) {
    this.net = positive - negative;
    this.#full = full;
  }
  get positivePartners(): string[] {
    return this.#full().get(this.id)?.positivePartners ?? [];
  }
  get negativePartners(): string[] {
    return this.#full().get(this.id)?.negativePartners ?? [];
  }
}

/** The alignment rows of `packed`; `graph` gives the constellation's signed graph (built on the page when a partner list is first read). */
export function unpackAlignment(packed: PackedAlignment, roster: readonly ActorRef[], graph: () => SignedGraph): ActorAlignment[] {
  let full: ReadonlyMap<string, ActorAlignment> | null = null;
  const partners = () => (full ??= new Map(alignmentOf(graph()).map((r) => [r.id, r])));
  return Array.from(packed.actor, (at, i) => new ReceivedRow(roster[at]!.id, roster[at]!.label, packed.positive[i]!, packed.negative[i]!, partners));
}

export function packBlocs(p: BlocPartition, index: ReadonlyMap<string, number>): PackedBlocs {
  const { blocs, blocOf: _derived, unaligned, undetermined, unexplained, ...rest } = p;
  const offsets = new Int32Array(blocs.length + 1);
  blocs.forEach((b, k) => (offsets[k + 1] = offsets[k]! + b.members.length));
  return {
    ...rest,
    blocIds: Int32Array.from(blocs, (b) => b.id),
    offsets,
    members: indexesOf(
      blocs.flatMap((b) => b.members),
      index,
    ),
    unaligned: indexesOf(unaligned, index),
    undetermined: indexesOf(undetermined, index),
    unexplained: {
      a: indexesOf(
        unexplained.map((t) => t.a),
        index,
      ),
      b: indexesOf(
        unexplained.map((t) => t.b),
        index,
      ),
      sign: Int8Array.from(unexplained, (t) => t.sign),
      inside: Uint8Array.from(unexplained, (t) => (t.reason === "negative-inside" ? 1 : 0)),
    },
  };
}

/** The bloc partition of `packed`, with `blocOf` rebuilt from the members (every tied actor is in one bloc). */
export function unpackBlocs(packed: PackedBlocs, roster: readonly ActorRef[]): BlocPartition {
  const { blocIds, offsets, members, unaligned, undetermined, unexplained, ...rest } = packed;
  const blocOf = new Map<string, number>();
  const blocs: Bloc[] = Array.from(blocIds, (id, k) => {
    const list = members.subarray(offsets[k]!, offsets[k + 1]!);
    const ids = idsOf(list, roster);
    for (const m of ids) blocOf.set(m, id);
    return { id, members: ids, labels: Array.from(list, (i) => roster[i]!.label) };
  });
  const ties: UnexplainedTie[] = Array.from(unexplained.a, (a, i) => ({
    a: roster[a]!.id,
    b: roster[unexplained.b[i]!]!.id,
    sign: unexplained.sign[i] === 1 ? 1 : -1,
    reason: unexplained.inside[i] === 1 ? "negative-inside" : "positive-between",
  }));
  return { ...rest, blocs, blocOf, unaligned: idsOf(unaligned, roster), undetermined: idsOf(undetermined, roster), unexplained: ties };
}

export function packActors(actors: readonly ActorRef[], index: ReadonlyMap<string, number>): Int32Array {
  return indexesOf(
    actors.map((a) => a.id),
    index,
  );
}

export function unpackActors(packed: Int32Array, roster: readonly ActorRef[]): ActorRef[] {
  return Array.from(packed, (i) => ({ id: roster[i]!.id, label: roster[i]!.label }));
}
