/**
 * The alignment table's data, apart from its DOM (alignmentSection.ts): one row per actor, the
 * columns for one date or for two (compare mode), and how the rows sort. Pure; unit-tested in
 * tests/unit/alignmentTable.test.ts.
 */
import type { ActorAlignment, BlocPartition } from "../../model/analytics/index.ts";
import { signedNumber } from "./chartScales.ts";

export type AlignmentKey = "label" | "bloc" | "positive" | "negative" | "net" | "netA" | "netB" | "change";

export interface AlignmentRow {
  id: string;
  label: string;
  /** The actor's bloc at the last date; +∞ for none, so they sort last. */
  bloc: number;
  positive: number;
  negative: number;
  net: number;
  /** Net alignment at the first and last date, and its change (compare mode). */
  netA: number;
  netB: number;
  change: number;
}

export interface AlignmentColumn {
  key: AlignmentKey;
  /** The column heading. */
  text: string;
  /** A date under the heading (compare mode's two "Net" columns). */
  date?: string;
  /** The column in words, for the sort button's accessible name. */
  name: string;
  /** The cell's text; absent for the actor and bloc columns, which are drawn as they are. */
  format?: (r: AlignmentRow) => string;
  /** Emphasised cell (the net alignment). */
  strong?: boolean;
}

export interface AlignmentSort {
  key: AlignmentKey;
  descending: boolean;
}

/** What the figures at one date give the table. */
export interface AlignmentAt {
  date: string;
  alignment: ReadonlyArray<Pick<ActorAlignment, "id" | "label" | "positive" | "negative" | "net">>;
  blocs: Pick<BlocPartition, "blocOf">;
}

/** The columns for one date, or for the first and last of several (compare mode). */
export function alignmentColumns(cols: readonly Pick<AlignmentAt, "date">[]): AlignmentColumn[] {
  const first = cols[0]!.date;
  const last = cols[cols.length - 1]!.date;
  return cols.length > 1
    ? [
        { key: "label", text: "Actor", name: "actor" },
        { key: "bloc", text: "Bloc", name: `bloc on ${last}` },
        { key: "netA", text: "Net", date: first, name: `net alignment on ${first}`, format: (r) => signedNumber(r.netA) },
        { key: "netB", text: "Net", date: last, name: `net alignment on ${last}`, format: (r) => signedNumber(r.netB) },
        { key: "change", text: "Change", name: "change of net alignment", format: (r) => signedNumber(r.change, true) },
      ]
    : [
        { key: "label", text: "Actor", name: "actor" },
        { key: "bloc", text: "Bloc", name: "bloc" },
        { key: "positive", text: "+", name: "positive ties", format: (r) => String(r.positive) },
        { key: "negative", text: "−", name: "negative ties", format: (r) => String(r.negative) },
        { key: "net", text: "Net", name: "net alignment", format: (r) => signedNumber(r.net), strong: true },
      ];
}

/** One row per actor at the last date, with its net alignment at the first (0 when it had no ties then). */
export function alignmentRows(cols: readonly AlignmentAt[]): AlignmentRow[] {
  const last = cols[cols.length - 1]!;
  // One date: no lookup of 50,000 actors in a map of themselves.
  const first = cols.length > 1 ? new Map(cols[0]!.alignment.map((r) => [r.id, r.net])) : null;
  return last.alignment.map((r) => {
    const a = first ? (first.get(r.id) ?? 0) : r.net;
    return { id: r.id, label: r.label, bloc: last.blocs.blocOf.get(r.id) ?? Number.POSITIVE_INFINITY, positive: r.positive, negative: r.negative, net: r.net, netA: a, netB: r.net, change: r.net - a };
  });
}

/** The default order: by net alignment (by the size of its change in compare mode), largest first. */
export function defaultSort(compare: boolean): AlignmentSort {
  return { key: compare ? "change" : "net", descending: true };
}

/** `sort` when the columns have its key, else the default key for them in the same direction. */
export function sortFor(sort: AlignmentSort, columns: readonly AlignmentColumn[]): AlignmentSort {
  return columns.some((c) => c.key === sort.key) ? sort : { ...sort, key: defaultSort(columns.some((c) => c.key === "change")).key };
}

/** The order after choosing column `key`: the same column flips; a new one starts descending, but names and blocs ascending. */
export function nextSort(sort: AlignmentSort, key: AlignmentKey): AlignmentSort {
  return { key, descending: key === sort.key ? !sort.descending : key !== "label" && key !== "bloc" };
}

/** The order of `sort` (a change by its size, then its sign), ties broken by name. */
function rowOrder({ key, descending }: AlignmentSort): (p: AlignmentRow, q: AlignmentRow) => number {
  const dir = descending ? -1 : 1;
  return (p, q) => {
    const a = p[key];
    const b = q[key];
    const d = typeof a === "number" && typeof b === "number" ? (key === "change" ? Math.abs(a) - Math.abs(b) || a - b : a - b) : String(a).localeCompare(String(b));
    return d * dir || p.label.localeCompare(q.label);
  };
}

/** The rows in `sort`'s order (a change by its size, then its sign), ties broken by name. A new array. */
export function sortRows(rows: readonly AlignmentRow[], sort: AlignmentSort): AlignmentRow[] {
  return [...rows].sort(rowOrder(sort));
}

/**
 * The first `n` rows of `sortRows(rows, sort)`, without sorting them all: the table shows 100 of
 * 50,000 actors, and the full sort (names compared on ties) was 220 ms of the panel's first draw.
 */
export function firstRows(rows: readonly AlignmentRow[], sort: AlignmentSort, n: number): AlignmentRow[] {
  if (n <= 0) return [];
  if (rows.length <= n * 4) return sortRows(rows, sort).slice(0, n);
  const order = rowOrder(sort);
  // The best n so far, in order; a row goes in only when it comes before the last of them.
  const best: AlignmentRow[] = [];
  for (const r of rows) {
    if (best.length === n && order(r, best[n - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(best[mid]!, r) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, r);
    if (best.length > n) best.pop();
  }
  return best;
}
