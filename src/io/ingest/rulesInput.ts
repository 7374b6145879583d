/**
 * The ingest rules as a user types them (the app's options step): text fields in, the rules or a
 * problem per field out, with the same bounds as the CLI's options (--window, --min-events,
 * --margin, --actors). Imports nothing but the aggregation's names, so the page can use it without
 * loading the ingest code (which runs in the load worker).
 */
import { WINDOW_UNITS, type ActorScope, type WindowUnit } from "./aggregation.ts";
import type { IngestRules } from "./buildDataset.ts";

export interface RuleFields {
  window: string;
  minEvents: string;
  margin: string;
  actors: string;
}

export type RuleField = keyof RuleFields;

export interface RuleProblem {
  field: RuleField;
  message: string;
}

const ACTOR_SCOPES: readonly ActorScope[] = ["countries", "all"];

const clip = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** The rules the fields say, or every field that is wrong and why. */
export function readRuleFields(fields: RuleFields): { ok: true; rules: IngestRules } | { ok: false; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const window = fields.window.trim();
  if (!(WINDOW_UNITS as readonly string[]).includes(window)) problems.push({ field: "window", message: `${clip(window)} is not a window (month, quarter or year)` });
  const actors = fields.actors.trim();
  if (!(ACTOR_SCOPES as readonly string[]).includes(actors)) problems.push({ field: "actors", message: `${clip(actors)} is not an actor scope (countries or all)` });
  const min = fields.minEvents.trim();
  if (!/^[1-9]\d{0,8}$/.test(min)) problems.push({ field: "minEvents", message: `${clip(min)} is not a whole number from 1` });
  const marginText = fields.margin.trim();
  const margin = Number(marginText);
  if (!/^\d*\.?\d+$/.test(marginText) || margin > 1) problems.push({ field: "margin", message: `${clip(marginText)} is not a number from 0 to 1` });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rules: { window: window as WindowUnit, minEvents: Number(min), margin, actors: actors as ActorScope } };
}

/** The fields showing `rules` (to fill the form with the defaults). */
export function ruleFields(rules: IngestRules): RuleFields {
  return { window: rules.window, minEvents: String(rules.minEvents), margin: String(rules.margin), actors: rules.actors };
}
