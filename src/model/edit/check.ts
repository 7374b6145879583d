/**
 * Validation of one edit: the same rules and messages as `validateDataset`, run over what the edit
 * touched instead of the whole dataset.
 *
 * How: the records the edit added or changed, the records that refer to anything it removed or
 * changed (relations of a removed actor, evidence citing a changed source), and what those records
 * refer to, are copied in dataset order into a small dataset that `validateDataset` itself checks;
 * the paths of its findings are mapped back to the real positions (`relations[3]` of the small
 * dataset is `relations[70412]` of the real one). Every position a touched id occurs at is taken,
 * so a duplicate id is reported exactly as the full validator reports it, and every relation of the
 * same pair and type, so overlap warnings are too. Given a valid dataset before the edit, the
 * errors are exactly those of the full validator after it (tests/unit/edit-check.test.ts checks
 * this on random edits). Warnings are those of the touched records; warnings an edit causes on a
 * record it did not touch (an untouched actor whose name is now also a touched actor's) appear
 * at the next full validation.
 */
import type { Dataset, Evidence, Relation } from "../schema.ts";
import { validateDataset, type ValidateOptions, type ValidationIssue } from "../validate.ts";
import { COLLECTIONS, type Collection, type Op, type Touched } from "./commands.ts";

export interface EditCheck {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/**
 * Checks the records an edit touched (see the module comment). `ops`, when given, are the edit's
 * own: the relations they insert or change name their pairs up front, so one pass over the
 * relations finds both the touched ones and the others of their pairs.
 */
export function checkTouched(dataset: Dataset, touched: Touched, options: ValidateOptions = {}, ops: readonly Op[] = [], hints?: CheckHints): EditCheck {
  const focusIds = new Map<Collection, Set<string>>();
  for (const c of COLLECTIONS) focusIds.set(c, new Set([...touched[c].added, ...touched[c].changed]));
  const removedActors = new Set(touched.actors.removed);
  const removedTypes = new Set(touched.relationTypes.removed);
  // An added source counts too when it has the id of an existing one: it changes the text quotes
  // are checked against. A new id is cited by nothing yet (the dataset was valid), so no scan.
  const sourceIdCount = new Map<string, number>();
  if (touched.sources.added.length > 0) for (const src of dataset.sources) sourceIdCount.set(src.id, (sourceIdCount.get(src.id) ?? 0) + 1);
  const citedSources = new Set([...touched.sources.removed, ...touched.sources.changed, ...touched.sources.added.filter((id) => (sourceIdCount.get(id) ?? 0) > 1)]);

  // Positions to copy, per collection; `focus` marks those whose warnings are reported.
  const take = new Map<Collection, Set<number>>(COLLECTIONS.map((c) => [c, new Set<number>()]));
  const focus = new Map<Collection, Set<number>>(COLLECTIONS.map((c) => [c, new Set<number>()]));
  const add = (c: Collection, i: number, isFocus: boolean) => {
    take.get(c)!.add(i);
    if (isFocus) focus.get(c)!.add(i);
  };
  const cites = (evidence: unknown): boolean => {
    if (!Array.isArray(evidence)) return false;
    for (let k = 0; k < evidence.length; k++) if (citedSources.has((evidence[k] as Evidence | undefined)?.source as string)) return true;
    return false;
  };

  // Relations: touched, referring to a removed actor, type or a touched source; then the others
  // of the same pair and type (overlap warnings).
  const relations = dataset.relations;
  const pairKeys = new Set<string>();
  const pairActors = new Set<string>();
  const relFocus = focusIds.get("relations")!;
  for (const op of ops) {
    if (op.op === "meta" || op.collection !== "relations" || op.op === "remove") continue;
    const r = (op.op === "insert" ? op.record : op.after) as { type: string; source: string; target: string };
    if (typeof r.type === "string" && typeof r.source === "string" && typeof r.target === "string") {
      pairKeys.add(sameKey(r));
      pairActors.add(r.source);
      pairActors.add(r.target);
    }
  }
  const keysKnown = pairKeys.size;
  const samePair = (r: Relation) => (pairActors.has(r.source) || pairActors.has(r.target)) && pairKeys.has(sameKey(r));
  // The scans below run only when something can match: most edits (a rename, a new source) skip
  // them, and one pass over 100k relations costs a few milliseconds.
  const anyRemoved = removedActors.size + removedTypes.size > 0;
  const anyCited = citedSources.size > 0;
  const hinted = hints && ops.length > 0 && !anyCited && removedTypes.size === 0 && (removedActors.size === 0 || hints.relationsOf !== undefined);
  const located = hinted ? locateWithHints(relations, relFocus, ops, hints, pairKeys, removedActors) : null;
  if (located) for (const i of located) add("relations", i, true);
  else if (relFocus.size > 0 || anyRemoved || anyCited) {
    for (let i = 0; i < relations.length; i++) {
      const r = relations[i]!;
      if (relFocus.has(r.id) || (anyRemoved && (removedActors.has(r.source) || removedActors.has(r.target) || removedTypes.has(r.type))) || (anyCited && cites(r.evidence))) {
        add("relations", i, true);
        pairKeys.add(sameKey(r));
        pairActors.add(r.source);
      } else if (keysKnown > 0 && samePair(r)) add("relations", i, true);
    }
  }
  // Pairs found only in the pass above (no ops given, or a record the ops did not name) need a second one.
  if (!located && pairKeys.size > keysKnown) {
    for (let i = 0; i < relations.length; i++) {
      const r = relations[i]!;
      if (samePair(r)) add("relations", i, true);
    }
  }
  const evFocus = focusIds.get("events")!;
  if (evFocus.size > 0 || removedActors.size > 0 || anyCited) {
    dataset.events.forEach((e, i) => {
      const namesRemoved = removedActors.size > 0 && Array.isArray(e.actors) && e.actors.some((a) => removedActors.has(a));
      if (evFocus.has(e.id) || namesRemoved || (anyCited && cites(e.evidence))) add("events", i, true);
    });
  }
  for (const c of ["actors", "relationTypes", "sources", "periods"] as const) {
    const ids = focusIds.get(c)!;
    if (ids.size === 0) continue;
    (dataset[c] as Array<{ id: string }>).forEach((x, i) => {
      if (ids.has(x.id)) add(c, i, true);
    });
  }

  // What the taken relations and events refer to, so only real problems are found.
  const needActors = new Set<string>();
  const needTypes = new Set<string>();
  const needSources = new Set<string>();
  const refer = (evidence: unknown) => {
    if (Array.isArray(evidence)) for (const ev of evidence as Evidence[]) if (typeof ev?.source === "string") needSources.add(ev.source);
  };
  for (const i of take.get("relations")!) {
    const r = relations[i]!;
    needActors.add(r.source);
    needActors.add(r.target);
    needTypes.add(r.type);
    refer(r.evidence);
  }
  for (const i of take.get("events")!) {
    const e = dataset.events[i]!;
    if (Array.isArray(e.actors)) for (const a of e.actors) needActors.add(a);
    refer(e.evidence);
  }
  // A touched actor's warnings name the first actor that has each of its names.
  const names = new Set<string>();
  for (const i of focus.get("actors")!) for (const n of namesOf(dataset.actors[i]!)) names.add(n);
  const firstOwner = new Map<string, number>();
  if (needActors.size > 0 || names.size > 0) {
    dataset.actors.forEach((a, i) => {
      if (needActors.has(a.id)) add("actors", i, false);
      if (names.size > 0) for (const n of namesOf(a)) if (names.has(n) && !firstOwner.has(n)) firstOwner.set(n, i);
    });
  }
  for (const i of firstOwner.values()) add("actors", i, false);
  dataset.relationTypes.forEach((t, i) => needTypes.has(t.id) && add("relationTypes", i, false));
  // The schema wants at least one relation type; any will do when none is needed.
  if (take.get("relationTypes")!.size === 0 && dataset.relationTypes.length > 0) add("relationTypes", 0, false);
  dataset.sources.forEach((s, i) => needSources.has(s.id) && add("sources", i, false));

  // The small dataset, in dataset order, and the way back to real positions.
  const small: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) if (!(COLLECTIONS as readonly string[]).includes(key)) small[key] = value;
  const back = new Map<Collection, number[]>();
  for (const c of COLLECTIONS) {
    const positions = [...take.get(c)!].sort((a, b) => a - b);
    back.set(c, positions);
    small[c] = positions.map((i) => (dataset[c] as unknown[])[i]);
  }
  const result = validateDataset(small, options);
  const remap = (issue: ValidationIssue): ValidationIssue => ({
    path: remapRefs(issue.path, PATH_REF, back),
    message: remapRefs(issue.message, MESSAGE_REF, back),
  });
  const errors = (result.ok ? [] : result.errors).map(remap);
  const warnings = result.warnings
    .filter((w) => {
      const m = /^(actors|relationTypes|relations|events|sources|periods)\[(\d+)\]/.exec(w.path);
      return !m || focus.get(m[1] as Collection)!.has(back.get(m[1] as Collection)![Number(m[2])]!);
    })
    .map(remap);
  return { errors, warnings };
}

/**
 * What the model knew before the edit (the edit session passes it): with it, the relations to
 * check are found without a pass over all of them.
 */
export interface CheckHints {
  /** Position of the relation with this id before the edit, or undefined when there was none. */
  relationBefore(id: string): number | undefined;
  /** Ids of the relations between two actors before the edit (any type, either direction). */
  pairBefore(a: string, b: string): readonly string[];
  /** Ids of an actor's relations before the edit; without it, removing an actor means a pass. */
  relationsOf?(actor: string): readonly string[];
}

/**
 * The positions, after the edit, of the relations a pass would find: those the ops put in place,
 * and those that were there before with a touched id (a duplicate) or on a touched pair, moved
 * through the ops' insertions and removals, and those of a removed actor. Kept when their record,
 * after the edit, has a touched id, a touched pair and type, or a removed actor.
 */
function locateWithHints(
  relations: readonly Relation[],
  relFocus: ReadonlySet<string>,
  ops: readonly Op[],
  hints: CheckHints,
  pairKeys: ReadonlySet<string>,
  removedActors: ReadonlySet<string>,
): Set<number> {
  const relOps = ops.filter((op) => op.op !== "meta" && op.collection === "relations") as Array<Exclude<Op, { op: "meta" }>>;
  /** A position after relOps[from - 1], carried to after the last op (-1: removed). */
  const forward = (start: number, from: number): number => {
    let pos = start;
    for (let k = from; k < relOps.length; k++) {
      const op = relOps[k]!;
      if (op.op === "insert") {
        if (pos >= op.index) pos++;
      } else if (op.op === "remove") {
        if (pos === op.index) return -1;
        if (pos > op.index) pos--;
      }
    }
    return pos;
  };
  const keys = new Set(pairKeys);
  const out = new Set<number>();
  const consider = (pos: number, pending: string[]) => {
    const r = relations[pos];
    if (!r || out.has(pos)) return;
    const key = sameKey(r);
    const refersToRemoved = removedActors.size > 0 && (removedActors.has(r.source) || removedActors.has(r.target));
    if (!relFocus.has(r.id) && !keys.has(key) && !refersToRemoved) return;
    out.add(pos);
    // A touched id found on another pair (a duplicate): that pair's relations are looked at too, as a pass would.
    if (!keys.has(key)) {
      keys.add(key);
      pending.push(key);
    }
  };
  const fromBefore = (ids: Iterable<string>, pending: string[]) => {
    for (const id of ids) {
      const p = hints.relationBefore(id);
      if (p !== undefined) consider(forward(p, 0), pending);
    }
  };
  const pending: string[] = [...keys];
  relOps.forEach((op, k) => {
    if (op.op !== "remove") consider(forward(op.index, k + 1), pending);
  });
  fromBefore(relFocus, pending);
  for (const actor of removedActors) fromBefore(hints.relationsOf!(actor), pending);
  while (pending.length > 0) {
    const [, a, b] = pending.pop()!.split("\u0000") as [string, string, string];
    fromBefore(hints.pairBefore(a, b), pending);
  }
  return out;
}

/** Same type and unordered pair: the relations whose overlaps the validator warns about. */
function sameKey(r: { type: string; source: string; target: string }): string {
  return r.source < r.target ? `${r.type}\u0000${r.source}\u0000${r.target}` : `${r.type}\u0000${r.target}\u0000${r.source}`;
}

/** Names per actor record: records are shared between edits, so each is lowered once. */
const namesCache = new WeakMap<object, string[]>();

/** An actor's names as the validator compares them. */
function namesOf(a: { label?: unknown; aliases?: unknown }): string[] {
  let cached = namesCache.get(a);
  if (!cached) {
    const names = [a.label, ...(Array.isArray(a.aliases) ? a.aliases : [])].filter((n): n is string => typeof n === "string");
    namesCache.set(a, (cached = names.map((n) => n.trim().toLowerCase())));
  }
  return cached;
}

/** Where the validator writes positions: at the start of a path, and in two messages (never in quoted user text). */
const PATH_REF = /^()(actors|relationTypes|relations|events|sources|periods)\[(\d+)\]/;
const MESSAGE_REF = /(\(first used at |^overlaps )(actors|relationTypes|relations|events|sources|periods)\[(\d+)\]/;

/** `relations[3]` of the small dataset → `relations[<real position>]`. */
function remapRefs(text: string, pattern: RegExp, back: ReadonlyMap<Collection, number[]>): string {
  return text.replace(pattern, (whole, lead: string, c: Collection, k: string) => {
    const real = back.get(c)?.[Number(k)];
    return real === undefined ? whole : `${lead}${c}[${real}]`;
  });
}
