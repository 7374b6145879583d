/**
 * The options step for event data: the window, the minimum number of events, the margin and the
 * actors, with the documented defaults filled in (docs/ingest.md), each field checked with the
 * CLI's bounds before the load worker aggregates. Resolves with the rules, or null on Cancel.
 */
import { h } from "../../dom/dom.ts";
import { formatBytes } from "../../model/load.ts";
import type { IngestRules } from "../../io/ingest/buildDataset.ts";
import { readRuleFields, ruleFields, type RuleField } from "../../io/ingest/rulesInput.ts";
import type { IngestQuestion } from "../../app/loadProtocol.ts";
import { field, select, setFieldError, stepDialog } from "./stepDialog.ts";

const WINDOWS: Array<[string, string]> = [
  ["month", "Month"],
  ["quarter", "Quarter"],
  ["year", "Year"],
];

/** Asks for the ingest rules. */
export function askIngestOptions(q: IngestQuestion): Promise<IngestRules | null> {
  return new Promise((resolve) => {
    const settle = (rules: IngestRules | null) => {
      step.remove();
      resolve(rules);
    };
    const d = q.defaults;
    const files = q.files.map((f) => `“${f.name}” (${formatBytes(f.bytes)}, ${f.lines.toLocaleString("en")} lines)`).join(", ");
    const step = stepDialog({
      className: "ingest-step",
      title: "Ingest event data",
      intro: `${q.formatTitle}: ${files}. Each event is signed by its code (cooperative, conflictual or neutral) and counted per pair of actors and window; a window with enough events and a clear margin becomes a relation, and consecutive windows of one sign merge into one. Nothing changes on screen until the dataset is ready.`,
      cancelText: "Cancel (keep the graph on screen)",
      onCancel: () => settle(null),
    });

    const start = ruleFields(q.rules ?? d);
    const windowSel = select(WINDOWS, start.window);
    const minEvents = h("input", { type: "text", inputmode: "numeric", autocomplete: "off", value: start.minEvents });
    const margin = h("input", { type: "text", inputmode: "decimal", autocomplete: "off", value: start.margin });
    const actorRadios = (["countries", "all"] as const).map((value) =>
      h("input", { type: "radio", name: `ingest-actors`, value, ...(start.actors === value ? { checked: true } : {}) }),
    );
    const fields = {
      window: field("Window", windowSel, `the calendar unit events are counted in (default ${d.window})`),
      minEvents: field("Minimum events per window", minEvents, `cooperative and conflictual events a window needs to count (default ${d.minEvents})`),
      margin: field("Margin, 0 to 1", margin, `|coop − conf| / (coop + conf) a window needs (default ${d.margin}: about 65 to 35)`),
    };
    const actorsError = h("span", { class: "field-error", id: "ingest-actors-error", hidden: true });
    const actors = h(
      "fieldset",
      { class: "field-group", "aria-describedby": "ingest-actors-error" },
      h("legend", {}, "Actors"),
      h("label", { class: "choice" }, actorRadios[0]!, ` Countries only: states by their ISO 3166 code${d.actors === "countries" ? " (default)" : ""}`),
      h("label", { class: "choice" }, actorRadios[1]!, ` All actors: also organisations and groups with no country, by name${d.actors === "all" ? " (default)" : ""}`),
      actorsError,
    );
    const controls: Record<RuleField, HTMLElement> = { window: windowSel, minEvents, margin, actors: actorRadios[0]! };
    const errors: Record<RuleField, HTMLElement> = { window: fields.window.error, minEvents: fields.minEvents.error, margin: fields.margin.error, actors: actorsError };

    const values = () => ({ window: windowSel.value, minEvents: minEvents.value, margin: margin.value, actors: actorRadios.find((r) => r.checked)?.value ?? "" });
    const reset = () => {
      const f = ruleFields(d);
      windowSel.value = f.window;
      minEvents.value = f.minEvents;
      margin.value = f.margin;
      for (const r of actorRadios) r.checked = r.value === f.actors;
      for (const k of Object.keys(controls) as RuleField[]) setFieldError(controls[k], errors[k], null);
    };
    step.form.addEventListener("submit", (e) => {
      e.preventDefault();
      const read = readRuleFields(values());
      for (const k of Object.keys(controls) as RuleField[]) setFieldError(controls[k], errors[k], null);
      if (read.ok) return settle(read.rules);
      for (const p of read.problems) setFieldError(controls[p.field], errors[p.field], p.message);
      controls[read.problems[0]!.field].focus();
    });

    step.actions.prepend(h("button", { type: "button", class: "tool", onclick: reset }, "Use the defaults"));
    step.actions.append(h("button", { type: "submit", class: "tool primary" }, "Ingest"));
    step.form.append(
      q.problem ? h("p", { class: "step-problem", role: "alert" }, q.problem) : "",
      fields.window.row,
      fields.minEvents.row,
      fields.margin.row,
      actors,
      h("p", { class: "field-hint" }, `Defaults: ${d.window}, at least ${d.minEvents} events, margin ${d.margin}, ${d.actors === "countries" ? "countries only" : "all actors"}; why, in docs/ingest.md. For GDELT's full volume raise the minimum or narrow the window.`),
      step.actions,
    );
    step.open();
  });
}
