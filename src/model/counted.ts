/**
 * "1 actor", "12,853 relations": a count, grouped by thousands as English writes them, with its
 * noun in the number it takes. One helper for the app's notices and the CLI's summaries.
 */
export function counted(n: number, noun: string): string {
  return `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
}
