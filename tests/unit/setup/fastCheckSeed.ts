/**
 * Property tests draw a new seed on every run, so each local run explores new cases (and a failure
 * prints its seed and counterexample). CI pins the seed (`FC_SEED` in .ci/run): a submission is
 * judged on the same cases every time, and a case found locally is fixed before it can fail a
 * landing by chance. `FC_SEED=<n> npm run test:unit` replays a run.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== "") {
  const n = Number(seed);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED must be an integer, got "${seed.slice(0, 80)}"`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: n });
}
