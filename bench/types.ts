/** The shapes every benchmark suite shares (bench/run.ts runs the suites and prints their rows). */

/** One measure at one size: the median of its repetitions, and its baseline's when it has one. */
export interface BenchRow {
  suite: string;
  actors: number;
  relations: number;
  measure: string;
  value: number;
  unit: "ms" | "it/s" | "MiB" | "fps" | "tasks";
  /** Repetitions the median was taken over. */
  reps: number;
  /** The natural floor or alternative, timed in the same run. */
  baseline?: { measure: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
}

/** A budget from the issue, checked against this run's numbers. Reported, never asserted. */
export interface BudgetLine {
  pass: boolean;
  text: string;
  /**
   * Not measured because this run left the measure out on purpose (a size the suite does not time
   * it at): printed SKIP, not FAIL, since nothing was found over budget. `pass` is false.
   */
  skipped?: boolean;
}

export interface SuiteResult {
  rows: BenchRow[];
  budgets: BudgetLine[];
  /** What the suite could not measure and why, and how to read its numbers. */
  notes: string[];
}

export interface BenchContext {
  /** Numbers of actors to run at, ascending. */
  sizes: number[];
  /** The sizes came from --sizes (not the defaults): a suite with sizes of its own picks among them. */
  sizesGiven?: boolean | undefined;
  relationsPerActor: number;
  quick: boolean;
  /** Repetitions per measure; undefined: the suite chooses by size. */
  reps: number | undefined;
  /** Progress, to stderr: a long run should show it is alive. */
  log(message: string): void;
  /** A production build of Gephi Lite, for the peer suite (--peer-build). */
  peerBuild?: string | undefined;
}

export interface BenchSuite {
  name: string;
  /** Run only when named in --suites (the peer suite needs a build the user makes). */
  onlyWhenAsked?: boolean;
  run(context: BenchContext): Promise<SuiteResult>;
}
