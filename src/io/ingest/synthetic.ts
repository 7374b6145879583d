/**
 * Seeded synthetic event files in the real layouts, as large as asked (the ingest benchmark uses
 * 1 and 4 million events): a fixed set of states, dyads drawn with skewed weights, each dyad with a
 * stance that turns now and then, codes drawn to match it mostly. The same options give the same
 * bytes. Lines are produced one at a time, so a file of any size is written in constant memory.
 */
import { mulberry32 } from "../../model/random.ts";
import { addDays } from "../../model/dates.ts";
import type { EventFormat } from "./layouts.ts";
import { eventFileHeader, eventLine, type SyntheticEvent } from "./writeEvents.ts";

export interface SyntheticOptions {
  format: EventFormat;
  events: number;
  seed: number;
  /** First day (default 2015-01-01) and number of days the events spread over (default 10 years). */
  start?: string;
  days?: number;
}

/** States the generator uses (ISO alpha-3, with the names the sources would write). */
const STATES: Array<[string, string]> = [
  ["ARM", "Armenia"], ["AZE", "Azerbaijan"], ["RUS", "Russia"], ["TUR", "Turkey"], ["IRN", "Iran"], ["GEO", "Georgia"],
  ["UKR", "Ukraine"], ["FRA", "France"], ["DEU", "Germany"], ["USA", "United States"], ["CHN", "China"], ["IND", "India"],
  ["GBR", "United Kingdom"], ["ISR", "Israel"], ["EGY", "Egypt"], ["SAU", "Saudi Arabia"], ["KAZ", "Kazakhstan"], ["POL", "Poland"],
  ["JPN", "Japan"], ["KOR", "South Korea"], ["PAK", "Pakistan"], ["SYR", "Syria"], ["IRQ", "Iraq"], ["BLR", "Belarus"],
  ["ITA", "Italy"], ["ESP", "Spain"], ["BRA", "Brazil"], ["MEX", "Mexico"], ["NGA", "Nigeria"], ["ZAF", "South Africa"],
];

const CODES = {
  cameo: { coop: ["036", "042", "043", "051", "057", "061", "071"], conf: ["111", "112", "122", "130", "163", "173", "190"], neutral: ["010", "020"] },
  plover: { coop: ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"], conf: ["ACCUSE", "REJECT", "THREATEN", "SANCTION", "ASSAULT"], neutral: [] as string[] },
};

/** The file's text, chunk by chunk (a header first for ICEWS, then batches of lines). */
export function* syntheticEventChunks(options: SyntheticOptions): Generator<string> {
  const random = mulberry32(options.seed);
  const start = options.start ?? "2015-01-01";
  const days = options.days ?? 3652;
  const codes = options.format === "plover" ? CODES.plover : CODES.cameo;
  const n = STATES.length;
  // Dyads with weights (a few busy pairs, many quiet ones) and a stance that turns at random days.
  const dyads: Array<{ a: number; b: number; weight: number; turns: number[] }> = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const turns = Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * days)).sort((x, y) => x - y);
      dyads.push({ a, b, weight: random() ** 3, turns });
    }
  }
  const total = dyads.reduce((s, d) => s + d.weight, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const d of dyads) cumulative.push((acc += d.weight / total));
  const initial = dyads.map(() => (random() < 0.6 ? 1 : -1));

  yield eventFileHeader(options.format);
  let batch = "";
  for (let i = 0; i < options.events; i++) {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    const dyad = dyads[lo]!;
    const day = Math.floor(random() * days);
    const flips = dyad.turns.filter((t) => t <= day).length;
    const stance = flips % 2 === 0 ? initial[lo]! : -initial[lo]!;
    const roll = random();
    const list = roll < 0.1 && codes.neutral.length > 0 ? codes.neutral : (roll < 0.8) === (stance === 1) ? codes.coop : codes.conf;
    const [x, y] = random() < 0.5 ? [dyad.a, dyad.b] : [dyad.b, dyad.a];
    const date = addDays(start, day);
    const id = String(500_000_000 + i);
    const event: SyntheticEvent = {
      id,
      date,
      a: { country: STATES[x]![0], name: STATES[x]![1] },
      b: { country: STATES[y]![0], name: STATES[y]![1] },
      code: list[Math.floor(random() * list.length)]!,
      url: `https://news.example.org/${date.slice(0, 7)}/${id}`,
    };
    batch += eventLine(options.format, event);
    if (batch.length > 1 << 20) {
      yield batch;
      batch = "";
    }
  }
  if (batch !== "") yield batch;
}
