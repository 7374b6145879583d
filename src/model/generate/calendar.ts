/**
 * The generated dataset's time: a span of whole years ending on 2025-01-01, days numbered from its
 * start, and one ISO string per day computed once (500k relations would otherwise format a million
 * dates). The named periods sit at a quarter, a half and three quarters of the span.
 */
import type { Period } from "../schema.ts";
import { fromDay, toDay } from "../dates.ts";

export const END_DATE = "2025-01-01";

export interface Calendar {
  /** First day of the span, `YYYY-01-01`. */
  startDate: string;
  /** Number of days from the start to END_DATE. */
  days: number;
  /** The ISO date of day `d` (0 ≤ d ≤ days). */
  dateOf: readonly string[];
}

/** The span of `years` years ending on END_DATE. */
export function createCalendar(years: number): Calendar {
  const startDate = `${String(2025 - years).padStart(4, "0")}-01-01`;
  const start = toDay(startDate);
  const days = toDay(END_DATE) - start;
  return { startDate, days, dateOf: Array.from({ length: days + 1 }, (_, d) => fromDay(start + d)) };
}

/** Early, middle and late: the named views of a generated dataset. */
export function generatedPeriods({ days, dateOf }: Calendar): Period[] {
  const at = (day: number) => dateOf[day]!;
  return [
    { id: "early", label: `Early (${at(days >> 2).slice(0, 4)})`, date: at(days >> 2) },
    { id: "middle", label: `Middle (${at(days >> 1).slice(0, 4)})`, date: at(days >> 1) },
    { id: "late", label: `Late (${at((3 * days) >> 2).slice(0, 4)})`, date: at((3 * days) >> 2) },
  ];
}
