/** The embedded default dataset, bundled with the app. Its quotes are checked by the unit tests. */
import karabakh from "../../graph-data/karabakh.json";

/** Parsed JSON, not yet validated: it goes through the same validation as any imported file. */
export const DEFAULT_DATASET_JSON: unknown = karabakh;
