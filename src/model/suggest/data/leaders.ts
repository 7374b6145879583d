/**
 * People read as their state when a text names them ("President Barack Obama", "Vladimir Putin"),
 * read by learnPeople in people.ts: leaders.json, derived from the PETRARCH2 Phoenix dictionary (MIT,
 * notice in leaders.LICENSE.md; government members to 2014), and below, heads of state and
 * government and foreign ministers who took office after 2014 or whom that dictionary lacks
 * (written for Stancegraph from public record, MIT). Each row: the name in lower case without
 * diacritics, hyphens as spaces; the state's ISO 3166-1 alpha-3 code; the first and last year in
 * office (null: still in office, or not known). A person with terms years apart has a row for each
 * term (Harold Wilson 1964–1970 and 1974–1976, not 1964–1976 over Edward Heath's years).
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

/**
 * Leaders before the Phoenix dictionary's years (it holds government members from about 2000): the
 * heads of state and government and the foreign ministers of the great powers since 1945 (the United
 * States, the Soviet Union and Russia, Britain, France, West Germany and Germany, China), and the
 * American presidents and British prime ministers since 1897 (written for Stancegraph from public
 * record, MIT). A text of the Cold War or before names them by a full name with no state beside
 * ("Nikita Khrushchev", "Helmut Kohl"). The Soviet Union's under its ISO 3166-3 code, read as it only
 * in a text of its years (stateByIso finds no SUN later). Left out: those who later acted for
 * another as its envoy (Cyrus Vance and David Owen for the UN and the EC in Yugoslavia, Lord
 * Carrington for the EC, James Baker for the UN in Western Sahara) and those who led two states
 * (Eduard Shevardnadze).
 */
export const EARLIER_LEADERS: readonly LeaderRow[] = [
  // The United States: presidents since McKinley, secretaries of state since 1945.
  ["william mckinley", "USA", 1897, 1901], ["theodore roosevelt", "USA", 1901, 1909], ["william howard taft", "USA", 1909, 1913], ["woodrow wilson", "USA", 1913, 1921],
  ["warren harding", "USA", 1921, 1923], ["warren g harding", "USA", 1921, 1923], ["calvin coolidge", "USA", 1923, 1929], ["herbert hoover", "USA", 1929, 1933],
  ["franklin roosevelt", "USA", 1933, 1945], ["franklin d roosevelt", "USA", 1933, 1945], ["franklin delano roosevelt", "USA", 1933, 1945],
  ["harry truman", "USA", 1945, 1953], ["harry s truman", "USA", 1945, 1953], ["dwight eisenhower", "USA", 1953, 1961], ["dwight d eisenhower", "USA", 1953, 1961],
  ["john kennedy", "USA", 1961, 1963], ["john f kennedy", "USA", 1961, 1963], ["lyndon johnson", "USA", 1963, 1969], ["lyndon b johnson", "USA", 1963, 1969],
  ["richard nixon", "USA", 1969, 1974], ["gerald ford", "USA", 1974, 1977], ["jimmy carter", "USA", 1977, 1981], ["ronald reagan", "USA", 1981, 1989],
  ["george h w bush", "USA", 1989, 1993], ["bill clinton", "USA", 1993, 2001], ["william clinton", "USA", 1993, 2001], ["william jefferson clinton", "USA", 1993, 2001],
  ["james byrnes", "USA", 1945, 1947], ["george marshall", "USA", 1947, 1949], ["george c marshall", "USA", 1947, 1949], ["dean acheson", "USA", 1949, 1953],
  ["john foster dulles", "USA", 1953, 1959], ["christian herter", "USA", 1959, 1961], ["dean rusk", "USA", 1961, 1969], ["henry kissinger", "USA", 1969, 1977],
  ["edmund muskie", "USA", 1980, 1981], ["alexander haig", "USA", 1981, 1982], ["george shultz", "USA", 1982, 1989], ["lawrence eagleburger", "USA", 1992, 1993],
  ["warren christopher", "USA", 1993, 1997], ["madeleine albright", "USA", 1997, 2001],
  // The Soviet Union: its leaders, premiers and foreign ministers.
  ["joseph stalin", "SUN", 1922, 1953], ["josef stalin", "SUN", 1922, 1953], ["georgy malenkov", "SUN", 1953, 1955], ["nikolai bulganin", "SUN", 1955, 1958],
  ["nikita khrushchev", "SUN", 1953, 1964], ["leonid brezhnev", "SUN", 1964, 1982], ["alexei kosygin", "SUN", 1964, 1980], ["aleksei kosygin", "SUN", 1964, 1980],
  ["nikolai podgorny", "SUN", 1965, 1977], ["yuri andropov", "SUN", 1982, 1984], ["konstantin chernenko", "SUN", 1984, 1985], ["mikhail gorbachev", "SUN", 1985, 1991],
  ["nikolai ryzhkov", "SUN", 1985, 1991], ["vyacheslav molotov", "SUN", 1930, 1949], ["vyacheslav molotov", "SUN", 1953, 1956], ["andrei vyshinsky", "SUN", 1949, 1953], ["dmitri shepilov", "SUN", 1956, 1957],
  ["andrei gromyko", "SUN", 1957, 1988], ["alexander bessmertnykh", "SUN", 1991, 1991], ["boris pankin", "SUN", 1991, 1991],
  // Russia since 1991.
  ["boris yeltsin", "RUS", 1991, 1999], ["viktor chernomyrdin", "RUS", 1992, 1998], ["andrei kozyrev", "RUS", 1990, 1996], ["yevgeny primakov", "RUS", 1996, 1999],
  ["sergei kiriyenko", "RUS", 1998, 1998], ["sergei stepashin", "RUS", 1999, 1999], ["yegor gaidar", "RUS", 1992, 1992],
  // Britain: prime ministers since Salisbury's last government, foreign secretaries since 1945.
  ["arthur balfour", "GBR", 1902, 1905], ["henry campbell bannerman", "GBR", 1905, 1908], ["herbert asquith", "GBR", 1908, 1916], ["david lloyd george", "GBR", 1916, 1922],
  ["bonar law", "GBR", 1922, 1923], ["stanley baldwin", "GBR", 1923, 1929], ["stanley baldwin", "GBR", 1935, 1937],
  ["ramsay macdonald", "GBR", 1924, 1924], ["ramsay macdonald", "GBR", 1929, 1935], ["neville chamberlain", "GBR", 1937, 1940],
  ["winston churchill", "GBR", 1940, 1945], ["winston churchill", "GBR", 1951, 1955], ["clement attlee", "GBR", 1945, 1951], ["anthony eden", "GBR", 1951, 1957], ["harold macmillan", "GBR", 1957, 1963],
  ["alec douglas home", "GBR", 1960, 1964], ["alec douglas home", "GBR", 1970, 1974],
  ["harold wilson", "GBR", 1964, 1970], ["harold wilson", "GBR", 1974, 1976], ["edward heath", "GBR", 1970, 1974], ["james callaghan", "GBR", 1974, 1979],
  ["margaret thatcher", "GBR", 1979, 1990], ["john major", "GBR", 1990, 1997], ["edward grey", "GBR", 1905, 1916], ["ernest bevin", "GBR", 1945, 1951],
  ["selwyn lloyd", "GBR", 1955, 1960], ["geoffrey howe", "GBR", 1983, 1989], ["douglas hurd", "GBR", 1989, 1995], ["malcolm rifkind", "GBR", 1995, 1997], ["robin cook", "GBR", 1997, 2001],
  // France: presidents, prime ministers and foreign ministers since 1945.
  ["vincent auriol", "FRA", 1947, 1954], ["rene coty", "FRA", 1954, 1959], ["charles de gaulle", "FRA", 1958, 1969], ["georges pompidou", "FRA", 1962, 1974],
  ["valery giscard destaing", "FRA", 1974, 1981], ["francois mitterrand", "FRA", 1981, 1995], ["guy mollet", "FRA", 1956, 1957], ["pierre mendes france", "FRA", 1954, 1955],
  ["michel debre", "FRA", 1959, 1962], ["jacques chaban delmas", "FRA", 1969, 1972], ["pierre messmer", "FRA", 1972, 1974], ["raymond barre", "FRA", 1976, 1981],
  ["pierre mauroy", "FRA", 1981, 1984], ["michel rocard", "FRA", 1988, 1991], ["edith cresson", "FRA", 1991, 1992], ["pierre beregovoy", "FRA", 1992, 1993],
  ["edouard balladur", "FRA", 1993, 1995], ["lionel jospin", "FRA", 1997, 2002], ["georges bidault", "FRA", 1944, 1948], ["georges bidault", "FRA", 1949, 1950], ["georges bidault", "FRA", 1953, 1954], ["robert schuman", "FRA", 1948, 1953],
  ["christian pineau", "FRA", 1956, 1958], ["maurice couve de murville", "FRA", 1958, 1968], ["michel jobert", "FRA", 1973, 1974], ["claude cheysson", "FRA", 1981, 1984],
  ["roland dumas", "FRA", 1984, 1986], ["roland dumas", "FRA", 1988, 1993], ["herve de charette", "FRA", 1995, 1997], ["hubert vedrine", "FRA", 1997, 2002],
  // West Germany and Germany: chancellors and foreign ministers; the German Empire's first chancellor.
  ["otto von bismarck", "DEU", 1871, 1890], ["konrad adenauer", "DEU", 1949, 1963], ["ludwig erhard", "DEU", 1963, 1966], ["kurt georg kiesinger", "DEU", 1966, 1969],
  ["willy brandt", "DEU", 1966, 1974], ["walter scheel", "DEU", 1969, 1979], ["helmut schmidt", "DEU", 1974, 1982], ["helmut kohl", "DEU", 1982, 1998],
  ["hans dietrich genscher", "DEU", 1974, 1992], ["klaus kinkel", "DEU", 1992, 1998], ["richard von weizsacker", "DEU", 1984, 1994], ["roman herzog", "DEU", 1994, 1999],
  // China: its leaders, premiers and foreign ministers since 1949.
  ["mao zedong", "CHN", 1949, 1976], ["mao tse tung", "CHN", 1949, 1976], ["zhou enlai", "CHN", 1949, 1976], ["chou en lai", "CHN", 1949, 1976],
  ["liu shaoqi", "CHN", 1959, 1968], ["hua guofeng", "CHN", 1976, 1981], ["deng xiaoping", "CHN", 1978, 1992], ["zhao ziyang", "CHN", 1980, 1989],
  ["hu yaobang", "CHN", 1981, 1987], ["li peng", "CHN", 1987, 1998], ["jiang zemin", "CHN", 1989, 2003], ["zhu rongji", "CHN", 1998, 2003],
  ["chen yi", "CHN", 1958, 1972], ["qian qichen", "CHN", 1988, 1998],
];

/**
 * Monarchs named by title and one name ("Tsar Alexander", "Emperor Francis"), with the state they
 * reigned over and the years of the reign (Britannica, "Alexander I", "Nicholas I", "Alexander II",
 * "Alexander III", "Nicholas II", "Paul", "Francis II"): in a text of those years the monarch is the
 * state (people.ts `learnMonarchs`). Title as written, lower-cased name.
 */
export const REIGNS: ReadonlyArray<readonly [titles: readonly string[], name: string, iso3: string, from: number, to: number]> = [
  [["Tsar", "Czar", "Emperor"], "paul", "RUS", 1796, 1801],
  [["Tsar", "Czar", "Emperor"], "alexander", "RUS", 1801, 1825],
  [["Tsar", "Czar", "Emperor"], "nicholas", "RUS", 1825, 1855],
  [["Tsar", "Czar", "Emperor"], "alexander", "RUS", 1855, 1894],
  [["Tsar", "Czar", "Emperor"], "nicholas", "RUS", 1894, 1917],
  // Francis II of the Holy Roman Empire, Francis I of Austria from 1804, to his death in 1835.
  [["Emperor"], "francis", "AUT", 1804, 1835],
];

/** The state a monarch named by `title` and one `name` reigned over in `year`, if listed. */
export function reignState(title: string, name: string, year: number | undefined): string | undefined {
  if (year === undefined) return undefined;
  const key = name.toLowerCase();
  return REIGNS.find(([titles, n, , from, to]) => titles.includes(title) && n === key && from <= year && year <= to)?.[2];
}

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
export function leaderState(key: string, year?: number): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const [name, iso3] of BUNDLED) byName.set(name, iso3);
    for (const [name, iso3] of LEADERS_SUPPLEMENT) byName.set(name, iso3);
  }
  // An earlier leader speaks for the state in a text of his years in office only (a former president
  // named in a later report may act for no state: "the Carter Center"); in a text without a date, always.
  const earlier = EARLIER_LEADERS.find(([name, , from, to]) => name === key && (year === undefined || ((from ?? year) <= year && year <= (to ?? year))));
  if (earlier && !byName.has(key)) return earlier[1];
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

