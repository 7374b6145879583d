/**
 * Stance analytics: structural balance, actor alignment, blocs and their evolution over time,
 * computed from the signed graph at a date. Pure functions over the model; the CLI
 * (`stancegraph analyze`) and the app's Analysis panel share them. Definitions and references:
 * docs/analytics.md.
 */
export * from "./signedGraph.ts";
export * from "./balance.ts";
export * from "./alignment.ts";
export * from "./blocs.ts";
export * from "./series.ts";
