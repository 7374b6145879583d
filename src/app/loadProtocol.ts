/** The messages between the page (loading.ts) and the load worker (loadWorker.ts). Types only. */
import type { Dataset } from "../model/schema.ts";
import type { ValidationIssue } from "../model/validate.ts";
import type { Prepared } from "../model/prepare.ts";
import type { EventFormat } from "../io/ingest/layouts.ts";
import type { IngestRules } from "../io/ingest/buildDataset.ts";
import type { MappingChoice, MappingPreview, MappingSetup } from "../io/convert/mappingSession.ts";

/**
 * What the page asks the load worker for: the import kept from an earlier visit, or files the user
 * opened (`file` first; `others` when several were chosen or dropped together: event files of one
 * format, or a CSV edge list and its actors CSV).
 */
export type LoadRequest = { source: "stored" } | { source: "file"; file: File; others?: File[] };

/** Sent to a worker started ahead of a load (loading.ts prepareLoader): fetch the pipeline now, the request comes later. */
export interface LoadWarmUp {
  warm: true;
}

/** Event data: the options step (window, minimum events, margin, actors) before aggregating. */
export interface IngestQuestion {
  kind: "ingest";
  format: EventFormat;
  /** "GDELT 2.0 event export". */
  formatTitle: string;
  files: Array<{ name: string; bytes: number; lines: number }>;
  /** The documented defaults (docs/ingest.md), shown filled in. */
  defaults: IngestRules;
  /** Asked again: the rules last tried, and why they gave nothing. */
  rules?: IngestRules;
  problem?: string;
}

/** Another tool's graph: the mapping step. */
export interface MappingQuestion {
  kind: "mapping";
  setup: MappingSetup;
  /** An Excel workbook with more than one table: its sheets, and the one read as the edge list. */
  sheets?: { names: string[]; chosen: string };
  /** The preview of the guessed mapping. */
  preview: MappingPreview;
}

export type LoadQuestion = IngestQuestion | MappingQuestion;

/** The page's answers while the worker waits on a question. */
export type LoadAnswer =
  | { type: "ingest"; rules: IngestRules }
  | { type: "preview"; seq: number; choice: MappingChoice }
  | { type: "convert"; choice: MappingChoice }
  /** Read another sheet of the workbook as the edge list: the worker asks the mapping again. */
  | { type: "sheet"; sheet: string };

/** What the load worker posts. */
export type LoadMessage =
  | { type: "progress"; stage: string; fraction: number; name?: string }
  | { type: "none" }
  | { type: "ask"; question: LoadQuestion }
  | { type: "preview"; seq: number; preview: MappingPreview }
  | { type: "invalid"; name: string; problems: string[]; issues?: ValidationIssue[] }
  | { type: "part"; key: "actors" | "relations" | "events" | "sources"; items: unknown[] }
  | { type: "loaded"; name: string; dataset: Dataset; prepared: Prepared; warnings: string[]; keep?: Blob }
  | { type: "failed"; message: string };
