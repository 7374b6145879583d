/**
 * Today's date as the app sees it: the local calendar day (YYYY-MM-DD), or the day a browser test
 * set before the app started (`window.stancegraphTestHooks.today`), so a test does not depend on
 * the day it runs. A new dataset's timeline opens at it (src/model/stanceModel.ts `undatedWindow`).
 */
export function today(): string {
  const hook = (globalThis as { stancegraphTestHooks?: { today?: unknown } }).stancegraphTestHooks?.today;
  if (typeof hook === "string" && /^\d{4}-\d{2}-\d{2}$/.test(hook)) return hook;
  const d = new Date();
  return `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
