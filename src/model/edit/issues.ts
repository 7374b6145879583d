/**
 * Validation problems as the workspace shows them: each linked to the record it is about (the
 * live problem list, "each linked to the item"), and a form's draft checked field by field as it
 * is typed, with the validator's own rules and messages.
 */
import type { Dataset } from "../schema.ts";
import type { ValidateOptions, ValidationIssue } from "../validate.ts";
import { COLLECTIONS, type Collection, type Command, type RecordOf } from "./commands.ts";
import { tryApply } from "./apply.ts";

/** The record a problem is about, and the field within it (e.g. `evidence[0].quote`); null for the dataset itself. */
export interface IssueTarget {
  collection: Collection;
  /** The record's id, when it has one (a broken record may not). */
  id: string | null;
  index: number;
  /** The rest of the path inside the record, "" for the record as a whole. */
  field: string;
}

/** Which record a validator path (`relations[4].evidence[0].quote`) points at, in `dataset`. */
export function issueTarget(dataset: Dataset, path: string): IssueTarget | null {
  const m = /^(actors|relationTypes|relations|events|sources|periods)\[(\d+)\]\.?(.*)$/.exec(path);
  if (!m) return null;
  const collection = m[1] as Collection;
  const index = Number(m[2]);
  const record = (dataset[collection] as unknown[])[index] as { id?: unknown } | undefined;
  return { collection, id: typeof record?.id === "string" ? record.id : null, index, field: m[3]! };
}

/** Problems grouped by record (`collection` → id → issues), for the problem list and the badges on items. */
export function issuesByRecord(dataset: Dataset, issues: readonly ValidationIssue[]): { records: Map<Collection, Map<string, ValidationIssue[]>>; dataset: ValidationIssue[] } {
  const records = new Map<Collection, Map<string, ValidationIssue[]>>(COLLECTIONS.map((c) => [c, new Map()]));
  const rest: ValidationIssue[] = [];
  for (const issue of issues) {
    const target = issueTarget(dataset, issue.path);
    if (!target || target.id === null) {
      rest.push(issue);
      continue;
    }
    const byId = records.get(target.collection)!;
    const list = byId.get(target.id);
    if (list) list.push(issue);
    else byId.set(target.id, [issue]);
  }
  return { records, dataset: rest };
}

/** The command that adds a record to a collection. */
function addCommand(collection: Collection, draft: RecordOf[Collection]): Command {
  switch (collection) {
    case "actors":
      return { kind: "addActor", actor: draft as RecordOf["actors"] };
    case "relationTypes":
      return { kind: "addRelationType", relationType: draft as RecordOf["relationTypes"] };
    case "relations":
      return { kind: "addRelation", relation: draft as RecordOf["relations"] };
    case "events":
      return { kind: "addEvent", event: draft as RecordOf["events"] };
    case "sources":
      return { kind: "addSource", source: draft as RecordOf["sources"] };
    case "periods":
      return { kind: "addPeriod", period: draft as RecordOf["periods"] };
  }
}

/**
 * A form's draft record checked as if it were added (or, with `replacing`, as the record with
 * that id changed): the problems per field (`"iso3"`, `"evidence[0].quote"`, `""` for the record
 * as a whole), in the validator's words. Empty when the draft would be accepted.
 */
export function draftIssues<C extends Collection>(
  dataset: Dataset,
  collection: C,
  draft: RecordOf[C],
  options: ValidateOptions & { replacing?: string } = {},
): Map<string, string[]> {
  const { replacing, ...validate } = options;
  const base = replacing === undefined ? dataset : { ...dataset, [collection]: (dataset[collection] as Array<{ id: string }>).filter((x) => x.id !== replacing) };
  const outcome = tryApply(base as Dataset, addCommand(collection, draft), validate);
  const out = new Map<string, string[]>();
  if (outcome.ok) return out;
  const at = (base[collection] as unknown[]).length;
  for (const e of outcome.errors) {
    const m = /^(actors|relationTypes|relations|events|sources|periods)\[(\d+)\]\.?(.*)$/.exec(e.path);
    // The draft's own fields by name; a problem elsewhere (a duplicate's first use) by its path.
    const field = m && m[1] === collection && Number(m[2]) === at ? m[3]! : `(${e.path})`;
    const list = out.get(field);
    if (list) list.push(e.message);
    else out.set(field, [e.message]);
  }
  return out;
}
