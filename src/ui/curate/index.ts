/**
 * The curation workspace's entry points (issue #13). `mountCurate` returns, among others,
 * `openRelationForm(prefill)` and `addEvidence(relationId, evidence)` for the suggestions list
 * (issue #14), which plugs into the reading pane's `suggestionsHost`.
 */
export { mountCurate, type Curate, type CurateDetails, type CurateOptions } from "./curate.ts";
export type { RelationPrefill } from "../../app/curation.ts";
export { confirmDialog } from "./forms.ts";
