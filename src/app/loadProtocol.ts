/** The messages between the page (loading.ts) and the load worker (loadWorker.ts). */
import type { Dataset } from "../model/schema.ts";
import type { ValidationIssue } from "../model/validate.ts";
import type { Prepared } from "../model/prepare.ts";

/** What the page asks the load worker for. */
export type LoadRequest = { source: "stored" } | { source: "file"; file: File };

/** What the load worker posts. */
export type LoadMessage =
  | { type: "progress"; stage: string; fraction: number; name?: string }
  | { type: "none" }
  | { type: "invalid"; name: string; problems: string[]; issues?: ValidationIssue[] }
  | { type: "part"; key: "actors" | "relations" | "events" | "sources"; items: unknown[] }
  | { type: "loaded"; name: string; dataset: Dataset; prepared: Prepared; warnings: string[]; keep?: Blob }
  | { type: "failed"; message: string };
