/**
 * Relations as flat rows: the shape of CSV exports and of `stancegraph snapshot`. One row per
 * relation; its first piece of evidence fills the quote and source columns.
 */
import type { Relation } from "../model/schema.ts";
import type { StanceModel } from "../model/stanceModel.ts";
import { toCsv } from "./csv.ts";

export const RELATION_COLUMNS = [
  "id",
  "source",
  "target",
  "source_label",
  "target_label",
  "type",
  "type_label",
  "sign",
  "directed",
  "from",
  "to",
  "quote",
  "source_id",
  "source_title",
  "confidence",
] as const;

export type RelationRow = Record<(typeof RELATION_COLUMNS)[number], string | number | boolean>;

export function relationRow(model: StanceModel, r: Relation): RelationRow {
  const type = model.relationTypes.get(r.type);
  const ev = r.evidence[0];
  const src = ev ? model.sources.get(ev.source) : undefined;
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    source_label: model.actors.get(r.source)?.label ?? r.source,
    target_label: model.actors.get(r.target)?.label ?? r.target,
    type: r.type,
    type_label: type?.label ?? r.type,
    sign: type?.sign ?? 0,
    directed: type?.directed ?? false,
    from: r.from,
    to: r.to ?? "",
    quote: ev?.quote ?? ev?.citation ?? "",
    source_id: ev?.source ?? "",
    source_title: src?.title ?? "",
    confidence: r.confidence ?? "",
  };
}

export function relationsCsv(model: StanceModel, relations: readonly Relation[]): string {
  return toCsv(
    RELATION_COLUMNS,
    relations.map((r) => {
      const row = relationRow(model, r);
      return RELATION_COLUMNS.map((c) => row[c]);
    }),
  );
}
