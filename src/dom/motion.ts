/** Whether the user asked the system for less motion (fades and node animations are skipped then). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
