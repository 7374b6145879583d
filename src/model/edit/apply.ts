/**
 * Applying a command: compile it to ops (compile.ts), apply them with structural sharing
 * (ops.ts), check what they touched with the dataset validator's own rules (check.ts), and return
 * the new dataset with the command's inverse. A command that would break the dataset is refused
 * with every reason, and the dataset the caller holds is never changed (it is immutable).
 */
import type { Dataset } from "../schema.ts";
import type { ValidateOptions, ValidationIssue } from "../validate.ts";
import { EditError, type Command, type Consequences, type Op, type Touched } from "./commands.ts";
import { compile } from "./compile.ts";
import { invertOps, touchedBy } from "./ops.ts";
import { checkTouched, type CheckHints } from "./check.ts";
import { describeCommand, relationName, actorName, short } from "./describe.ts";

/** A command carried out. */
export interface Applied {
  dataset: Dataset;
  /** Applied to `dataset`, gives back the dataset the command was applied to, exactly. */
  inverse: Extract<Command, { kind: "patch" }>;
  /** Ids added, removed and changed, per collection (net). */
  touched: Touched;
  /** The primitive ops, in order: what an incremental model update follows. */
  ops: Op[];
  /** Warnings on the touched records (an overlap, a name two actors share). */
  warnings: ValidationIssue[];
}

export type EditOutcome = ({ ok: true } & Applied) | { ok: false; errors: ValidationIssue[] };

/** The error `apply` throws for a refused command. */
export class EditRefusedError extends Error {
  readonly errors: ValidationIssue[];
  constructor(errors: ValidationIssue[]) {
    super(`edit refused: ${errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join("; ")}${errors.length > 3 ? "; …" : ""}`);
    this.name = "EditRefusedError";
    this.errors = errors;
  }
}

/** How an edit is checked: the validator's options, and what a loaded model knows (faster, same result). */
export interface EditOptions extends ValidateOptions {
  hints?: CheckHints;
}

/** Carries out a command, or says why not. Never throws for a bad command. */
export function tryApply(dataset: Dataset, command: Command, options: EditOptions = {}): EditOutcome {
  const raw = applyUnchecked(dataset, command);
  if (!raw.ok) return raw;
  const { hints, ...validate } = options;
  const { errors, warnings } = checkTouched(raw.dataset, raw.touched, validate, raw.ops, hints);
  if (errors.length > 0) return { ok: false, errors };
  return { ...raw, warnings };
}

/** `tryApply` that throws `EditRefusedError` when the command is refused. */
export function apply(dataset: Dataset, command: Command, options: EditOptions = {}): Applied {
  const outcome = tryApply(dataset, command, options);
  if (!outcome.ok) throw new EditRefusedError(outcome.errors);
  return outcome;
}

/**
 * The command carried out without checking the result (only refused when it cannot be carried out
 * at all). For tests that compare the touched check with the full validator.
 */
export function applyUnchecked(dataset: Dataset, command: Command): ({ ok: true } & Omit<Applied, "warnings">) | { ok: false; errors: ValidationIssue[] } {
  try {
    const { ops, dataset: next } = compile(dataset, command);
    return { ok: true, dataset: next, ops, touched: touchedBy(ops), inverse: { kind: "patch", ops: invertOps(ops) } };
  } catch (e) {
    if (e instanceof EditError) return { ok: false, errors: [{ path: e.path, message: e.message.slice(e.path.length + 2) }] };
    throw e;
  }
}

/** What a command would do, for the confirm dialog. */
export interface Plan {
  /** The command with its consequences filled in: apply this one once the user confirms. */
  command: Command;
  /** The history label it will have ("Deleted actor Kremlin with 3 relations"). */
  label: string;
  /** One line per record the command takes with it; empty when there is nothing to confirm. */
  consequences: string[];
  /** Whether the user should confirm (anything beyond the record the command names). */
  needsConfirmation: boolean;
  /** Why it would be refused; empty when it would apply. */
  errors: ValidationIssue[];
}

/** Lines listed in a plan before "and N more". */
const PLAN_LINES = 12;

/**
 * Says what a command would do, with its consequences filled in (relations and events that go
 * with a removed actor, source or type; relations between two merged actors). Pure: nothing is
 * applied.
 */
export function plan(dataset: Dataset, command: Command, options: ValidateOptions = {}): Plan {
  const filled = fillConsequences(dataset, command);
  const label = describeCommand(dataset, filled);
  const consequences = consequenceLines(dataset, filled);
  const outcome = tryApply(dataset, filled, options);
  return { command: filled, label, consequences, needsConfirmation: consequences.length > 0, errors: outcome.ok ? [] : outcome.errors };
}

function fillConsequences(dataset: Dataset, command: Command): Command {
  if (command.kind === "batch") {
    let current = dataset;
    const commands = command.commands.map((sub) => {
      const filled = fillConsequences(current, sub);
      const step = applyUnchecked(current, filled);
      if (step.ok) current = step.dataset;
      return filled;
    });
    return { ...command, commands };
  }
  if (command.kind !== "removeActor" && command.kind !== "mergeActors" && command.kind !== "removeSource" && command.kind !== "removeRelationType") return command;
  let found: Consequences | undefined;
  try {
    compile(dataset, command, (actual) => (found = actual));
  } catch {
    return command; // tryApply reports why
  }
  return found ? { ...command, consequences: found } : command;
}

function consequenceLines(d: Dataset, c: Command): string[] {
  if (c.kind === "batch") return c.commands.flatMap((sub) => consequenceLines(d, sub));
  if (!("consequences" in c) || !c.consequences) return [];
  const lines: string[] = [];
  const relations = new Map(c.consequences.relations.map((id) => [id, true]));
  // A source's removal takes only its evidence, unless a record has no other.
  const verb = (evidence: ReadonlyArray<{ source: string }>) =>
    c.kind !== "removeSource" || evidence.every((ev) => ev.source === c.id) ? "Removes" : "Loses its evidence from this source";
  for (const r of d.relations) if (relations.has(r.id)) lines.push(`${verb(r.evidence)}: ${relationName(d, r)}`);
  const events = new Set(c.consequences.events);
  for (const e of d.events) {
    if (!events.has(e.id)) continue;
    lines.push(c.kind === "removeActor" ? `No longer names ${actorName(d, c.id)}: event ${short(e.label)}` : `${verb(e.evidence)}: event ${short(e.label)}`);
  }
  if (lines.length <= PLAN_LINES) return lines;
  return [...lines.slice(0, PLAN_LINES), `… and ${lines.length - PLAN_LINES} more`];
}
