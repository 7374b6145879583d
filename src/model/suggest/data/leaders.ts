/**
 * People read as their state when a text names them ("President Barack Obama", "Vladimir Putin"),
 * read by learnPeople in people.ts: leaders.json, derived from the PETRARCH2 Phoenix dictionary (MIT,
 * notice in leaders.LICENSE.md; government members to 2014), and below, heads of state and
 * government and foreign ministers who took office after 2014 or whom that dictionary lacks
 * (written for Stancegraph from public record, MIT). Each row: the name in lower case without
 * diacritics, hyphens as spaces; the state's ISO 3166-1 alpha-3 code; the first and last year in
 * office (null: still in office, or not known).
 */
import leadersFile from "./leaders.json";
import { HONORIFICS, NAME_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS } from "./titles.ts";

export type LeaderRow = readonly [name: string, iso3: string, from: number | null, to: number | null];

export const LEADERS_SUPPLEMENT: readonly LeaderRow[] = [
  ["donald trump", "USA", 2017, null], ["kamala harris", "USA", 2021, 2025], ["antony blinken", "USA", 2021, 2025], ["marco rubio", "USA", 2025, null], ["mike pompeo", "USA", 2018, 2021], ["rex tillerson", "USA", 2017, 2018],
  ["theresa may", "GBR", 2016, 2019], ["boris johnson", "GBR", 2019, 2022], ["liz truss", "GBR", 2022, 2022], ["rishi sunak", "GBR", 2022, 2024], ["keir starmer", "GBR", 2024, null], ["david lammy", "GBR", 2024, null],
  ["emmanuel macron", "FRA", 2017, null], ["jean yves le drian", "FRA", 2012, 2022],
  ["olaf scholz", "DEU", 2021, 2025], ["friedrich merz", "DEU", 2025, null], ["annalena baerbock", "DEU", 2021, 2025],
  ["giorgia meloni", "ITA", 2022, null], ["mario draghi", "ITA", 2021, 2022], ["giuseppe conte", "ITA", 2018, 2021], ["pedro sanchez", "ESP", 2018, null],
  ["justin trudeau", "CAN", 2015, 2025], ["mark carney", "CAN", 2025, null],
  ["anthony albanese", "AUS", 2022, null], ["scott morrison", "AUS", 2018, 2022], ["malcolm turnbull", "AUS", 2015, 2018], ["penny wong", "AUS", 2022, null],
  ["jacinda ardern", "NZL", 2017, 2023], ["christopher luxon", "NZL", 2023, null],
  ["yoshihide suga", "JPN", 2020, 2021], ["fumio kishida", "JPN", 2021, 2024], ["shigeru ishiba", "JPN", 2024, 2025], ["shinzo abe", "JPN", 2006, 2020],
  ["moon jae in", "KOR", 2017, 2022], ["yoon suk yeol", "KOR", 2022, 2025], ["lee jae myung", "KOR", 2025, null], ["kim jong un", "PRK", 2011, null],
  ["li qiang", "CHN", 2023, null], ["wang yi", "CHN", 2013, null], ["li keqiang", "CHN", 2013, 2023],
  ["tsai ing wen", "TWN", 2016, 2024], ["lai ching te", "TWN", 2024, null],
  ["subrahmanyam jaishankar", "IND", 2019, null], ["imran khan", "PAK", 2018, 2022], ["shehbaz sharif", "PAK", 2022, null],
  ["rodrigo duterte", "PHL", 2016, 2022], ["ferdinand marcos jr", "PHL", 2022, null], ["enrique manalo", "PHL", 2022, 2025],
  ["joko widodo", "IDN", 2014, 2024], ["prabowo subianto", "IDN", 2024, null], ["anwar ibrahim", "MYS", 2022, null],
  ["volodymyr zelensky", "UKR", 2019, null], ["volodymyr zelenskiy", "UKR", 2019, null], ["volodymyr zelenskyy", "UKR", 2019, null], ["dmytro kuleba", "UKR", 2020, 2024], ["andrii sybiha", "UKR", 2024, null],
  ["mikhail mishustin", "RUS", 2020, null], ["alexander lukashenko", "BLR", 1994, null], ["aleksandr lukashenko", "BLR", 1994, null], ["kassym jomart tokayev", "KAZ", 2019, null],
  ["hakan fidan", "TUR", 2023, null], ["mevlut cavusoglu", "TUR", 2014, 2023],
  ["naftali bennett", "ISR", 2021, 2022], ["yair lapid", "ISR", 2022, 2022],
  ["hassan rouhani", "IRN", 2013, 2021], ["ebrahim raisi", "IRN", 2021, 2024], ["masoud pezeshkian", "IRN", 2024, null], ["mohammad javad zarif", "IRN", 2013, 2021], ["abbas araghchi", "IRN", 2024, null],
  ["mohammed bin salman", "SAU", 2017, null], ["faisal bin farhan", "SAU", 2019, null], ["mohammed bin zayed", "ARE", 2022, null], ["tamim bin hamad al thani", "QAT", 2013, null],
  ["abdel fattah el sisi", "EGY", 2014, null],
  ["cyril ramaphosa", "ZAF", 2018, null], ["bola tinubu", "NGA", 2023, null], ["muhammadu buhari", "NGA", 2015, 2023], ["abiy ahmed", "ETH", 2018, null], ["william ruto", "KEN", 2022, null], ["uhuru kenyatta", "KEN", 2013, 2022], ["felix tshisekedi", "COD", 2019, null],
  ["jair bolsonaro", "BRA", 2019, 2022], ["javier milei", "ARG", 2023, null], ["andres manuel lopez obrador", "MEX", 2018, 2024], ["claudia sheinbaum", "MEX", 2024, null], ["gustavo petro", "COL", 2022, null],
  ["andrzej duda", "POL", 2015, 2025], ["aleksandar vucic", "SRB", 2014, null], ["albin kurti", "XKX", 2020, null], ["nikol pashinyan", "ARM", 2018, null],
];

const BUNDLED = (leadersFile as unknown as { leaders: LeaderRow[] }).leaders;
let byName: Map<string, string> | undefined;

let byShort: Map<string, Set<string>> | undefined;
/** Words of rows that name a state or its people, not a person ("united states …", "russian …"). */
const NOT_NAMES: ReadonlySet<string> = new Set(["united", "states", "kingdom", "republic", "russian", "american", "british", "chinese", "french", "israeli", "iranian", "palestinian"]);

/**
 * The state (ISO 3166-1 alpha-3) of a person by name, in the key form above; the supplement wins.
 * A name of two words that no row has whole may be a longer row's first and last words or its first
 * two ("salva kiir" of "salva kiir mayardit", "recep erdogan" of "recep tayyip erdogan"): news drops
 * a middle or a last name. Only when every such row is of one state.
 */
export function leaderState(key: string): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const [name, iso3] of BUNDLED) byName.set(name, iso3);
    for (const [name, iso3] of LEADERS_SUPPLEMENT) byName.set(name, iso3);
  }
  const whole = byName.get(key);
  if (whole !== undefined || key.split(" ").length !== 2) return whole;
  if (!byShort) {
    byShort = new Map();
    // Rows that hold an office or a body ("crown prince haakon", "united states president", "russian
    // president vladimir putin") are no person's names to shorten; nor a particle ("hamad al kasasbeh").
    const nameWord = (x: string) => !TITLE_HEADS.has(x) && !TITLE_MODIFIERS.has(x) && !HONORIFICS.has(x) && !NAME_PARTICLES.has(x) && !NOT_NAMES.has(x);
    for (const [name, iso3] of byName) {
      const w = name.split(" ");
      if (w.length < 3 || !w.every(nameWord)) continue;
      for (const short of new Set([`${w[0]} ${w[1]}`, `${w[0]} ${w.at(-1)}`])) {
        const states = byShort.get(short) ?? new Set<string>();
        states.add(iso3);
        byShort.set(short, states);
      }
    }
  }
  const states = byShort.get(key);
  return states?.size === 1 ? [...states][0] : undefined;
}

/** A name as written ("Recep Tayyip Erdoğan", "Ferdinand Marcos Jr.") in the key form ("recep tayyip erdogan"). */
export const leaderKey = (name: string) =>
  name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[.’']/g, "").split(/[\s-]+/).filter(Boolean).join(" ");

/**
 * Words the rows above open a person's name with, two words or more ("william", "ismail", "igor",
 * "javier"): a given name. The names list (unrecognised.ts) reads a new name of two words or more
 * that opens with one as a person's ("Howard Wolpe", "Ismail Haniyeh"), so the curator's new actor
 * starts as a person. Drawn from these government rows of every state rather than a national
 * list of first names, which would miss most of the world's. Not: a particle or an honorific
 * ("abu", "bin", "sheikh"), an office's word, a short letter ("m"), a surname-first row's family
 * name is kept (Korean and Chinese rows open with it; a name that opens with one is a person's too).
 */
let givenNames: Set<string> | undefined;
const NOT_GIVEN: ReadonlySet<string> = new Set(["abu", "abd", "haji", "hajji", "kpa", "sir"]);
export function isGivenName(word: string): boolean {
  if (!givenNames) {
    givenNames = new Set();
    const nameWord = (x: string) => !TITLE_HEADS.has(x) && !TITLE_MODIFIERS.has(x) && !HONORIFICS.has(x) && !NAME_PARTICLES.has(x) && !NOT_NAMES.has(x) && !NOT_GIVEN.has(x);
    for (const [name] of [...BUNDLED, ...LEADERS_SUPPLEMENT]) {
      const w = name.split(" ");
      if (w.length >= 2 && w[0]!.length >= 3 && /^[a-z]+$/.test(w[0]!) && nameWord(w[0]!)) givenNames.add(w[0]!);
    }
  }
  // "Jean-Bosco": its first part.
  return givenNames.has(leaderKey(word).split(" ")[0] ?? "");
}

