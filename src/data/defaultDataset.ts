/**
 * The embedded default dataset, bundled with the app. The app opens it without validating it at
 * every start (the validator is not in the page's code): it is validated, quotes included, by the
 * unit tests that every build runs (tests/unit/dataset.test.ts and defaultDataset.test.ts).
 */
import karabakh from "../../graph-data/karabakh.json";

/** Parsed JSON; valid by the tests above (a file a user brings is always validated). */
export const DEFAULT_DATASET_JSON: unknown = karabakh;
