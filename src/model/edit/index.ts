/** The curation engine (issue #13): what the workspace UI imports. docs/curation.md describes it. */
export type { Command, CommandKind, Changes, Collection, Consequences, EvidenceOwner, IdChanges, Op, Touched } from "./commands.ts";
export { EditError } from "./commands.ts";
export { apply, applyUnchecked, plan, tryApply, EditRefusedError, type Applied, type EditOptions, type EditOutcome, type Plan } from "./apply.ts";
export { checkTouched, type CheckHints, type EditCheck } from "./check.ts";
export { describeCommand } from "./describe.ts";
export { canRedo, canUndo, historyList, DEFAULT_HISTORY_LIMIT, emptyHistory, type HistoryEntry, type HistoryState } from "./history.ts";
export { EditSession, type SessionEvent, type SessionOptions, type SessionOutcome } from "./session.ts";
export { updateModel, type ModelChange, type ModelEdit } from "./updateModel.ts";
export { newDataset, RELATION_TYPE_PALETTE, suggestId } from "./template.ts";
export { draftIssues, issueTarget, issuesByRecord, type IssueTarget } from "./issues.ts";
export { planSourceEdit, type BrokenQuote, type SourceEdit } from "./sourceEdit.ts";
