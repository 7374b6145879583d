/**
 * Names the text uses that are no actor yet: the capitalised name runs of a text that the gazetteer
 * (the dataset, the bundled data and the names the text taught it) does not read as an actor,
 * best first, for a curator to add with one click when a party of the text went unrecognised.
 *
 * Ten rounds of rules for how a text introduces its parties still met unseen texts whose central
 * party was introduced in a way not yet learned ("Kataib Hezbollah" read as Lebanon's Hezbollah,
 * "the Islamic Resistance in Iraq" learned without "in Iraq", "known as Barbecue"). Rather than
 * one more rule per text, this lists what the engine could not read, so the curator can say who
 * the party is. Pure: no DOM, no Node APIs, no clock.
 */
import type { ActorKind } from "../schema.ts";
import citiesFile from "./data/cities.json";
import { GEOGRAPHIC_HEADS } from "./data/bodies.ts";
import { DEFAULT_NAME_KIND, NAME_HEADS, NAMING_PHRASES } from "./data/names.ts";
import { isGivenName } from "./data/leaders.ts";
import { HONORIFICS, NAME_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_OF } from "./data/titles.ts";
import { acronymFits, sentenceStart, squashName, titleLines, wordsOf, type Word } from "./gazetteer.ts";
import { readText, type Candidate, type SuggestDataset, type SuggestOptions, type TextReading } from "./suggest.ts";

/** A name the text uses that no actor of the gazetteer reads: offered as a new actor. */
export interface UnrecognisedName {
  /** The name as the text first writes it, without a leading "the": `text.slice(start, end)`. */
  name: string;
  /** The id the gold convention gives it: its acronym, given in parentheses or used in the text, else the name squashed ("KATAIBHEZBOLLAH"). */
  id: string;
  /** Guessed from its head word ("Front", "Forces": non-state; "Union": bloc; "Court"); a person after an office or when its surname is written alone; else organization. */
  kind: ActorKind;
  /** How often the text writes it (its acronym included). */
  count: number;
  /** Offsets of its first occurrence. */
  start: number;
  end: number;
  /** A known actor whose name the run contains ("Kataib Hezbollah": Lebanon's Hezbollah), which the engine read there instead. */
  contains?: string;
  /** That actor's label ("Hezbollah"), for saying what the engine read there. */
  containsLabel?: string;
  /** Higher first: how often it is written, and how often beside a cue and another actor. */
  score: number;
}

/** What a suggest request answers: the candidates, and the names the text uses that are no actor yet. */
export interface TextSuggestions {
  candidates: Candidate[];
  names: UnrecognisedName[];
}

const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
/** How a people-word adds to its place's name ("Kela" → "Kelan", "Dorv" → "Dorvese"). */
const DEMONYM_ENDINGS: readonly string[] = ["n", "an", "ian", "ese", "i"];
/** How a place's name adds to its people-word ("Varon" → "Varonia", "Varona"). */
const DEMONYM_PLACE_ENDINGS: readonly string[] = ["ia", "a"];
/** Lower-case words after a language's name ("the Kel name", "the Kel word for"). */
const LANGUAGE_AFTER = /^[ \t]+(?:name|names|word|words|term|phrase|translation|spelling|language|dialect|tongue)\b/u;
/** A hyphenated place's words before its last ("Pont-sur-", "Stratford-upon-", "Saint-Jean-de-"). */
const HYPHEN_PLACE_BEFORE = /\p{Lu}[\p{L}]*-(?:sur|sous|en|on|upon|under|le|la|les|de|du|des|am|an|im|in)-$/u;
/** Months written in full (of four letters or fewer: "May", "June", "July"), which a given name may share. */
const FULL_MONTHS: ReadonlySet<string> = new Set(["may", "june", "july"]);
const CITIES: ReadonlySet<string> = new Set((citiesFile as unknown as { cities: Array<[string, string]> }).cities.map(([name]) => name));
/** Connectors that may stand between a name's capitalised words after a head word ("Resistance in Iraq", "Front for the Liberation of"). */
const HEAD_CONNECTORS: ReadonlySet<string> = new Set(["of", "in", "for"]);
/** Particles inside a name ("Harakat al-Nujaba", "Abu Baqir al-Saadi"): join without a head word (the short ones only before a hyphen). */
const PARTICLES: ReadonlySet<string> = new Set([
  ...[...NAME_PARTICLES].filter((p) => p.length >= 2 && !["do", "an", "as", "at"].includes(p)),
  // Spanish and Italian particles inside a place's or a person's name ("Punta del Este", "Porto della
  // Valle"): the name goes on after them, no capitalised tail standing alone.
  "del", "della", "delle", "dei", "degli",
]);
/** The word before "of (the)" right before a name ("the Treaty of Guarantee": "Treaty"). */
const HEAD_OF_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[ \t]+of[ \t]+(?:the[ \t]+)?$/u;
/** Particles that say "son of" or "daughter of" in a name: a person's. */
const SON_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "ben"]);
const HYPHEN_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, "ad", "ash", "as", "ar", "at", "az", "an"]);
/**
 * The organs of an international body, written "the Assembly of the League of Nations", "the General
 * Assembly of the United Nations", "the Secretariat of the Commonwealth": the body itself, no unknown name.
 */
const BODY_ORGANS: ReadonlySet<string> = new Set(["assembly", "general", "council", "secretariat", "secretary", "parliamentary", "executive", "committee", "commission"]);
/** A state's body written with its people-word or name ("the Iraqi Foreign Ministry", "US Central Command"): the state itself. */
const STATE_BODIES: ReadonlySet<string> = new Set([
  "ministry", "embassy", "parliament", "cabinet", "government", "administration", "command", "navy", "army", "forces", "military", "force",
  "guard", "police", "presidency", "senate", "congress", "treasury", "department", "office", "courts", "court", "state", "officials",
]);
/** A name ending or opening with these names a thing, a place or an event, not a party ("the Abraham Accords", "Argyle International Airport", "Plan Colombia"). */
const THING_HEADS: ReadonlySet<string> = new Set([
  "accord", "accords", "agreement", "agreements", "initiative", "plan", "prize", "declaration", "process", "treaty", "protocol", "memorandum",
  "airport", "palace", "river", "fleet", "lawn", "strip", "war", "summit", "conference", "talks", "operation", "port", "island", "islands",
  "province", "region", "valley", "desert", "mountains", "bridge", "dam", "base", "camp", "road", "square", "street", "hotel", "hall",
  "statute", "charter", "eve", "highway", "motorway", "expressway", "airfield", "airbase",
  // A sporting contest ("the World Cup qualifier", "the Asian Championship"): an event, not a party.
  "cup", "championship", "championships", "tournament", "olympics",
]);
/** Single words for a faith's or a people's members, which no ending gives away ("Muslim", "Sunnis", "Arabs"): no party of their own. */
const FAITH_WORDS: ReadonlySet<string> = new Set([
  "muslim", "muslims", "sunni", "sunnis", "shia", "hindu", "hindus", "sikh", "sikhs", "druze", "arab", "arabs", "jew", "jews",
  "catholics", "protestant", "protestants", "orthodox", "evangelicals",
  // Peoples whose names no ending gives away ("Tutsi", "Kurds", "Serbs", "Tuareg").
  "hutu", "hutus", "tutsi", "tutsis", "kurd", "kurds", "tamil", "tamils", "serb", "serbs", "croat", "croats", "tuareg", "tuaregs",
  "zaghawa", "pashtun", "pashtuns", "tajik", "tajiks", "uzbek", "uzbeks", "hazara", "hazaras", "yazidi", "yazidis", "copts", "baloch",
]);
/**
 * A name of two words or more ending with these is a building or a place, not a party ("Harambee
 * House", "Golan Heights", "Kodori Gorge", "Garamba National Park"); opening with these too ("Lake
 * Nasser", "Avenue Kleber", "Mount Elgon"). Not "Park" first: a surname ("Park Geun-hye").
 */
const PLACE_LAST: ReadonlySet<string> = new Set(["house", "tower", "towers", "building", "stadium", "heights", "gorge", "wharf", "canal", "pass", "park", "falls", "hills", "delta", "lake", "avenue"]);
const PLACE_FIRST: ReadonlySet<string> = new Set(["lake", "avenue", "mount"]);
/** Words before a people-word that make a region's adjective of it ("Latin American", "West African", "Central Asian"). */
const REGION_ADJECTIVES: ReadonlySet<string> = new Set(["latin", "central", "south", "southern", "north", "northern", "east", "eastern", "west", "western", "roman"]);
/** Regions and continents: places, not parties ("the Middle East", "South America", "the Horn of Africa"). */
const REGIONS: ReadonlySet<string> = new Set([
  "africa", "america", "americas", "asia", "europe", "east", "west", "caucasus", "balkans", "sahel", "horn", "caribbean", "pacific", "atlantic",
  "mediterranean", "levant", "maghreb", "arctic", "antarctica", "oceania", "scandinavia", "eurasia",
]);
/** A single capitalised word ending so is a people-word or an adjective ("Shiite", "Western", "Islamist", "Crimean", "Africans", "Dominican", "Paraguayan"; not "Vatican"). */
const ADJECTIVE_ENDING = /(?:ic|ish|ist|ists|ite|ites|ian|ians|ean|eans|ese|ern|ans|(?<!t)ican|ayan)$/u;
/** Lower-case heads that end a party's name ("the Maute group", "the Amal movement"). */
const LOWER_HEADS: ReadonlySet<string> = new Set(["group", "movement", "militia", "faction", "party", "coalition", "alliance", "brigade", "brigades"]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** Lower-case words after a name with a number that make it a party's, not a model's ("M-23 rebels", not "F-35 jets"). */
const PARTY_AFTER: ReadonlySet<string> = new Set([...LOWER_HEADS, "rebels", "fighters", "militants", "insurgents", "guerrillas", "militiamen", "forces"]);
/** Prepositions of place before a name ("in Goma", "outside Kobani", "out of Kidal"). */
const PLACE_WORDS = String.raw`in|at|near|around|outside|into|out\s+of|across|inside|off|along`;
/**
 * Words before a place's name ("in Goma", "near the town of Palma", "outside Kobani"), a land's
 * share ("the whole of Varo", "the southern half of Kel") and a land's kind ("its exclave of Tala",
 * "the peninsula of Kel"): a share of something is land, not a party.
 * And where a person comes from ("the leader's hometown of Varo", "his birthplace of Kel"): a town.
 */
const PLACE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${PLACE_WORDS}|towards?|(?:city|town|port|village|province|region|district|island|capital|state|county|resort|exclave|enclave|peninsula|hometown|birthplace|home\s+town|home\s+village|whole|rest|(?:(?:north|south|east|west)(?:ern)?\s+)?(?:half|part|tip))\s+of|(?:returned|travelled|traveled|flew|went|came|moved|fled)\s+(?:back\s+)?to)\s+(?:the\s+)?(?:(?:port\s+)?(?:city|town|village|province|region|district)\s+of\s+)?$`,
  "iu",
);
/**
 * Verbs and nouns of taking a town by force ("stormed Varo", "laid siege to Kel", "the siege of
 * Tala", "troops took Dorva", "recaptured Varo", "overran Kel", "entered Tala", "marched on Kel"): what an army
 * besieges, storms or takes is ground, not a party (a state's or a group's name the gazetteer reads
 * is no entry of the list; "took the Varo Front to court" has an article between). Not "seized":
 * power, a parliament or a party's leaders are seized too (the unit tests' "Rebels seized Bunagana").
 */
const TAKING_VERBS = String.raw`(?:besieg(?:e|ed|es|ing)|(?:laid|lay|lays|laying)\s+siege\s+to|siege\s+of|storm(?:ed|s|ing)?|overr(?:an|un|uns|unning)|(?:re)?captur(?:e|ed|es|ing)|(?:re)?(?:took|take|takes|taking|taken)|enter(?:ed|s|ing)?|(?:march(?:ed|es|ing)?|advanc(?:e|ed|es|ing))\s+on)`;
/**
 * Words of giving land up ("cedes Varo", "refused to give up Kel", "mourned the loss of Tala", "the
 * cession of Dorva"): what a state cedes or loses is ground, not a party. A claim, a role or weapons
 * given up are lower-case: no name follows.
 */
const CEDING_WORDS = String.raw`(?:ced(?:e|ed|es|ing)|(?:give|gave|gives|giving|given)\s+up|loss\s+of|cession\s+of)`;
/**
 * A name a verb of holding or quitting land takes ("troops have occupied Varo", "annexed Kel", "to
 * leave Tala"), or the land an army is moved out of ("withdraw its troops from Varo", "drove the
 * rebels from Kel"): ground, not a party. Something must be moved between the verb and "from": a
 * state withdraws from a body too ("withdrew from the Kel Compact").
 */
const LAND_VERB_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:occup(?:y|ied|ies|ying)|annex(?:ed|es|ing)?|leav(?:e|es|ing)|${TAKING_VERBS}|${CEDING_WORDS})\s+|(?:withdr(?:aw|ew|awn|awing|aws)|dr(?:ove|ive|iven|ives|iving)|expel(?:led|ling|s)?|push(?:ed|es|ing)?)\s+(?:[\p{L}'’]+\s+){1,3}?from\s+)(?:the\s+)?$`,
  "iu",
);
/** A bare name: up to three capitalised words ("Kidal", "Tel Abyad"), no article or lower-case word. */
const BARE_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}`;
/**
 * A name the text itself calls a town or a natural feature: "Talmi, the Dorvan capital", "Varo, a
 * port city", "the Kelo river". A town's name may stand for its government elsewhere in the text
 * ("talks between Lima and Talmi"), but the party is then the land's (a state or a region the
 * gazetteer reads), not a new one the names list should offer.
 */
const TOWN_APPOSITION = /^[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:capital|city|town|village|port|river|shore|coast|coastline|plateau|plain|highlands|lowlands)\b(?!['’])/u;
const FEATURE_AFTER = /^[ \t]+(?:river|mountains|lake|strait|gorge|delta|estuary|basin)\b/u;
/**
 * A name before a lower-case word for a built place: "the Varo air base", "the Kelo airport", "the
 * Talmi highway", "the Dorva bridge". A place wherever else the text writes it, as a town is.
 */
const BUILT_PLACE_AFTER = /^[ \t]+(?:(?:air|naval|military|army)[ \t]+base|airbase|airfield|airport|highway|motorway|bridge|pipeline|dam|canal|border[ \t]+crossing)\b/u;
/**
 * A name before a word for a weapon names its model, not a party: "fired Varo missiles", "Kelo
 * tanks", "Talmi fighter jets", "Dorva attack helicopters". "Varo fighters" are people: not here.
 */
const WEAPON_AFTER = /^[ \t]+(?:(?:anti-[\p{Ll}]+|surface-to-air|air-to-air|ballistic|cruise|attack|fighter|assault|anti-tank|anti-aircraft)[ \t]+)?(?:missiles?|rockets?|tanks?|jets?|fighter[ \t-](?:jets?|planes?|bombers?|aircraft)|bombers?|warplanes?|helicopters?|gunships?|drones?|rifles?|howitzers?|launchers?|interceptors?|missile[ \t]+(?:batteries|battery|systems?|launchers?))\b/u;
/** Names listed before "and other republics of …", "and other towns": places of that kind ("from Kelo, Varo and other towns of the north"). */
const OTHER_PLACES_AFTER = new RegExp(
  String.raw`^(?:[ \t]*,[ \t]*${BARE_NAME})*[ \t]*,?[ \t]+(?:and|or)[ \t]+other[ \t]+(?:republics|regions|provinces|towns|cities|villages|districts|territories|ports)\b`,
  "u",
);
/**
 * A later name of a list of bare names after a preposition of place ("drove the army out of Kidal,
 * Gao and Timbuktu", "in Timbuktu and Kidal"): a place too. Only bare names chain: "in Geneva, the
 * Front and …" is a venue and a party.
 */
const PLACE_LIST_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${PLACE_WORDS}|${CEDING_WORDS})\s+(?:(?:${BARE_NAME}[ \t]*,[ \t]*)*${BARE_NAME}(?:[ \t]*,)?[ \t]+and[ \t]+|(?:${BARE_NAME}[ \t]*,[ \t]*)+)$`,
  "u",
);
/** A name before a lower-case word for a place it names ("attacked army positions in the Timbuktu region"). */
const PLACE_AFTER = /^[ \t]+(?:region|province|district|valley|area|prefecture|governorate|oblast)\b/u;
/** A place whose name takes a capitalised article, after a preposition of place ("to The Hague", "in The Gambia"). */
const PLACE_THE_BEFORE = /(?:^|[^\p{L}])(?:in|to|from|at|near)[ \t]+The[ \t]+$/u;
const NAMING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${NAMING_PHRASES.join("|")})\\s+(?:the\\s+)?["“']?$`, "iu");
/** Most words in one name. */
const MAX_WORDS = 10;
/**
 * Nouns for a person's role or place in a story, beyond the offices of TITLE_HEADS: "the Shiite
 * cleric Ali al-Sistani", "his Indian counterpart, Ajit Doval", "Alex Saab, a Colombian
 * businessman". Singular only: "the rebels" and "the officials" are groups.
 */
const PERSON_ROLES: ReadonlySet<string> = new Set([
  ...TITLE_HEADS, "cleric", "counterpart", "founder", "co-founder", "businessman", "businesswoman", "official", "priest", "bishop",
  "archbishop", "ayatollah", "imam", "deputy", "adviser", "advisor", "aide", "son", "daughter", "wife",
  "husband", "brother", "sister", "father", "mother", "journalist", "academic", "economist", "lawyer", "judge", "prosecutor", "colonel",
  "officer", "warlord", "strongman", "rival", "opponent", "politician", "lawmaker", "senator", "activist", "militant", "veteran",
  "nephew", "cousin", "widow", "heir", "mayor", "premier", "emissary", "delegate", "intermediary", "facilitator", "statesman",
]);
/** How an apposition describing who someone is opens ("a Colombian businessman", "one of its priests", "his deputy"). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "one", "his", "her", "its", "their", "former", "then", "now", "also"]);
/** The words of an apposition after a name ("Alex Saab, a Colombian businessman close to Maduro"), up to its end. */
/** Short words a hyphen joins to a name as a compound, not as a given name's syllable ("Al Jazeera-run", "Cold War-era"). */
const HYPHEN_COMPOUND_WORDS: ReadonlySet<string> = new Set(["run", "led", "held", "born", "made", "era", "wide", "type", "like", "free", "only", "area", "zone", "war", "plus", "old", "new", "sur", "on", "off", "in", "up"]);
/** Kin words whose "of" names a person ("the wife of Nelson Mandela", "a son of Muammar Gaddafi"). */
const KIN_WORDS: ReadonlySet<string> = new Set(["wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "father", "mother", "nephew", "niece", "cousin", "grandson", "granddaughter", "heir"]);
/** The words before a name that say it is whoever leads a body ("a group led by Ivo Marek"). */
const LED_BY_BEFORE = /\b(?:led|headed|commanded|founded)[ \t]+by[ \t]+$/u;
const APPOSITION_AFTER = /^[ \t]*,[ \t]+([^,.;:()\u2014\n]{1,90})/u;

/** "-born", "-bred" right after a name: a birthplace or a people-word describing a person. */
const BIRTH_AFTER = /^-(?:born|bred)\b/u;
/**
 * A capitalised word followed by "for" and another ("Partnership for Peace"), or preceded by one: a
 * title's halves. Not "of": "the Order of Zemba", "Huey Long of Louisiana" name a place or a person
 * after it as often as a title goes on.
 */
const TITLE_LINK_AFTER = /^[ \t]+for[ \t]+\p{Lu}/u;
const TITLE_LINK_BEFORE = /\p{Lu}[\p{L}'’-]*[ \t]+for[ \t]+$/u;
const isUpper = (w: Word) => /^\p{Lu}/u.test(w.text);
const isAcronym = (s: string) => s.length >= 2 && /^[\p{Lu}\p{N}-]+$/u.test(s) && /\p{Lu}/u.test(s);

/** The candidates and the unrecognised names of `text`, from one reading. */
export function suggestWithNames(text: string, dataset: SuggestDataset | null, options: SuggestOptions = {}): TextSuggestions {
  const reading = readText(text, dataset, options);
  return { candidates: reading.candidates, names: namesOf(reading) };
}

/** The names `text` uses that the gazetteer does not read as an actor, best first. */
export function unrecognisedNames(text: string, dataset: SuggestDataset | null, options: SuggestOptions = {}): UnrecognisedName[] {
  return namesOf(readText(text, dataset, options));
}

interface Run {
  first: number;
  last: number;
  /** Follows an office ("President X"): a person. */
  afterTitle: boolean;
  /** A lower-case head after an acronym ("the VMRO-DPMNE party"): says its kind, not part of its name. */
  lowerHead?: number;
}

/** The unrecognised names of a reading (see `unrecognisedNames`). */
export function namesOf(reading: TextReading): UnrecognisedName[] {
  const { text, words, analysis, gazetteer, named } = reading;
  if (words.length === 0) return [];
  const lineIsTitle = titleLines(text, words);
  const posAt = new Map<number, string>();
  for (const t of analysis.tokens) posAt.set(t.start, t.pos);
  const lowerForms = new Set(words.filter((w) => !isUpper(w)).map((w) => w.lower));
  // The mention covering each word, if any (mentions are in text order and do not overlap).
  const mentionOf = new Array<number>(words.length).fill(-1);
  for (let i = 0, m = 0; i < words.length && m < named.length; ) {
    const mention = named[m]!;
    if (words[i]!.end <= mention.start) i++;
    else if (words[i]!.start >= mention.end) m++;
    else mentionOf[i++] = m;
  }
  // A known actor's word at `k` (across a title's "for": "the Friends for Syria" names Syria).
  const knownAt = (k: number) => k >= 0 && k < words.length && mentionOf[k]! >= 0;
  const stateAt = (i: number) => mentionOf[i]! >= 0 && named[mentionOf[i]!]!.form === "name" && gazetteer.actors.get(named[mentionOf[i]!]!.actor)?.kind === "state";
  // A state's name at word `i`, then another's after a comma or "and": a list of states.
  const membersListed = (i: number): boolean => {
    if (i >= words.length || !stateAt(i)) return false;
    let e = i;
    while (e + 1 < words.length && mentionOf[e + 1] === mentionOf[i]) e++;
    const n = words[e + 1]?.lower === "and" ? e + 2 : e + 1;
    return n < words.length && stateAt(n) && (n === e + 2 || /^[ \t]*,[ \t]*$/.test(text.slice(words[e]!.end, words[e + 1]!.start)));
  };
  // Capitalised words written inside a sentence: a sentence's first word counts as a name only when the text writes it so elsewhere too.
  const midSentence = new Set<string>();
  for (let n = 0; n < words.length; n++) if (isUpper(words[n]!) && !sentenceStart(text, words, n)) midSentence.add(words[n]!.lower);
  // Words inside a known name of two words or more ("Abiy" of "Abiy Ahmed"): written alone, the same actor.
  const insideKnown = new Set<string>();
  for (const m of named) {
    const inner = text.slice(m.start, m.end).split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);
    if (inner.length >= 2) for (const w of inner) insideKnown.add(w);
  }
  const between = (i: number) => text.slice(words[i]!.end, words[i + 1]!.start);
  // A people-word at word `n`: a known state's ("British"), or one its ending or a list gives away ("Varonian", "Kurds").
  const peopleWordAt = (n: number) =>
    n >= 0 && n < words.length && isUpper(words[n]!) &&
    ((mentionOf[n]! >= 0 && named[mentionOf[n]!]!.form === "demonym") || (mentionOf[n]! < 0 && (ADJECTIVE_ENDING.test(words[n]!.lower) || FAITH_WORDS.has(words[n]!.lower))));
  // A single capital, with or without a dot, before another capitalised word: an initial ("A K Varo", "J. Kerr").
  const initialAt = (n: number) => /^\p{Lu}$/u.test(words[n]!.text) && n + 1 < words.length && isUpper(words[n + 1]!) && /^\.?[ \t]+$/.test(between(n));
  // The capitalised words of the text, for a people-word's place: "Varonia" for "Varonian" or "Varon", "Kela" for "Kelan".
  const capitalWords = new Set(words.filter(isUpper).map((w) => w.text));
  const demonymOfNamed = (w: string): boolean =>
    DEMONYM_PLACE_ENDINGS.some((e) => capitalWords.has(w + e)) ||
    DEMONYM_ENDINGS.some((e) => w.endsWith(e) && w.length - e.length >= 4 && capitalWords.has(w.slice(0, -e.length)));
  // Words i and i + 1 stand together within a name: a space, a hyphen, or a possessive's apostrophe.
  // A firm's partners joined by an ampersand are one name ("Kuhn, Loeb & Co.", "Marsh & Lind"), the
  // comma before the last partner's "&" too; not a list of names ("Kuhn, Loeb and Marsh").
  const ampersand = (i: number) =>
    isUpper(words[i]!) && isUpper(words[i + 1]!) && (/^[ \t]+&[ \t]+$/.test(between(i)) || (/^,[ \t]+$/.test(between(i)) && i + 2 < words.length && /^[ \t]+&[ \t]+$/.test(between(i + 1)) && isUpper(words[i + 2]!)));
  const linked = (i: number) => /^(?:[ \t]+|-|['’])$/.test(between(i)) || (/^['’][ \t]+$/.test(between(i)) && words[i]!.lower.endsWith("s") && isUpper(words[i + 1]!)) || ampersand(i);
  // An office: its head ("President", "Minister"), a word of it before a head ("Prime", "Foreign"), and "of State" after one.
  const titleHead = (i: number) => (TITLE_HEADS.has(words[i]!.lower) || (words[i]!.lower.endsWith("s") && TITLE_HEADS.has(words[i]!.lower.slice(0, -1)))) && !(i + 1 < words.length && NAME_HEADS.has(words[i + 1]!.lower));
  const titleWord = (i: number): boolean =>
    titleHead(i) ||
    ((TITLE_MODIFIERS.has(words[i]!.lower) || TITLE_OF.has(words[i]!.lower)) && i + 1 < words.length && isUpper(words[i + 1]!) && linked(i) && titleWord(i + 1)) ||
    (TITLE_OF.has(words[i]!.lower) && i >= 2 && words[i - 1]!.lower === "of" && titleHead(i - 2));
  /**
   * Whether the words around a name say it is a person's: a role right before it ("the Shiite
   * cleric Ali al-Sistani", "the Quds Force commander, Esmail Qaani"), an apposition after it that
   * holds one ("Alex Saab, a Colombian businessman", "Matteo Zuppi, one of its priests"), or ", who".
   */
  const personAround = (start: number, end: number): boolean => {
    const before = /(\p{Ll}[\p{L}-]*)[ \t]*,?[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (before !== undefined && PERSON_ROLES.has(before)) return true;
    // "the wife of Nelson Mandela": a kin word's "of" names a person (a role's does not: "chairman of Hamas").
    const kin = /(\p{Ll}+)[ \t]+of[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (kin !== undefined && KIN_WORDS.has(kin)) return true;
    // "the Varo Liberation Front (VLF) of Ivo Marek", "the VLF of Ivo Marek": a body's short name, then
    // "of" and a name of two or three words (no head word: checked by the caller), is the body's leader.
    if (/(?:\p{Lu}{2,}|\))[ \t]+of[ \t]+$/u.test(text.slice(Math.max(0, start - 16), start)) && /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}$/u.test(text.slice(start, end))) return true;
    // "a paramilitary group led by Ivo Marek": a name of two or three words (no head word: checked by
    // the caller) after "led by", "headed by", "commanded by" is the one who leads, a person.
    if (LED_BY_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2}$/u.test(text.slice(start, end))) return true;
    const apposition = APPOSITION_AFTER.exec(text.slice(end, end + 100))?.[1];
    if (apposition === undefined) return false;
    const ws = apposition.split(/[ \t]+/u).filter((w) => w !== "");
    if (ws[0] === "who") return true;
    // A description, not a list's next name nor a clause ("Erbil, killing a businessman"): it opens
    // with an article or a possessive ("the community's founder", "Iran's"), or with the role itself ("chairman of the PLO").
    if (ws.length > 10 || !(APPOSITION_OPENERS.has(ws[0]!) || /^\p{Lu}[\p{L}-]*['’]s$/u.test(ws[0]!) || PERSON_ROLES.has(ws[0]!))) return false;
    // "one of its priests": one of several people, the role in the plural.
    const one = ws[0] === "one" && ws[1] === "of";
    // A role in the possessive is whose the thing is, not what the name is ("Harambee House, the president's office").
    return ws.some((w, n) => {
      if (/['’]s$/u.test(w) && n < ws.length - 1) return false;
      const word = w.toLowerCase().replace(/['’]s$/u, "");
      return PERSON_ROLES.has(word) || (one && word.endsWith("s") && PERSON_ROLES.has(word.slice(0, -1)));
    });
  };
  // A title's word joined by a hyphen to a capitalised word that is no title's is part of a name
  // ("Hossein Amir-Abdollahian"; "Secretary-General" stays an office).
  const hyphenJoined = (i: number) => i + 1 < words.length && between(i) === "-" && isUpper(words[i + 1]!) && !titleWord(i + 1);
  // A month's abbreviation before a capitalised word is a given name ("Jan Egeland"); before a day or a dot, a month ("Jan. 5", "Jan 5").
  // A month's full name ("May", "June", "July") before a known actor's word or a people-word opens a clause ("in July French troops
  // landed"): a month, not a given name.
  const givenName = (i: number) =>
    words[i]!.lower.length <= 4 && i + 1 < words.length && /^[ \t]+$/.test(between(i)) && isUpper(words[i + 1]!) && !/^\p{N}/u.test(words[i + 1]!.text) &&
    !(FULL_MONTHS.has(words[i]!.lower) && (mentionOf[i + 1]! >= 0 || ADJECTIVE_ENDING.test(words[i + 1]!.lower) || FAITH_WORDS.has(words[i + 1]!.lower)));
  const stopper = (i: number) => (MONTHS_AND_DAYS.has(words[i]!.lower) && !givenName(i)) || (titleWord(i) && !hyphenJoined(i)) || (HONORIFICS.has(words[i]!.lower) && !NAME_HEADS.has(words[i + 1]?.lower ?? ""));

  // A word after an honorific's abbreviation ("the Rev. Ada Lind", "Dr. Tomas Kerr"): no sentence's first word.
  const afterAbbreviation = (i: number) => i > 0 && isUpper(words[i - 1]!) && words[i - 1]!.text.length <= 4 && HONORIFICS.has(words[i - 1]!.lower) && /^\.[ \t]+$/.test(between(i - 1));
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isUpper(words[i]!) || stopper(i) || lineIsTitle(i)) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    let k = i;
    while (k + 1 < words.length && linked(k) && last - first < MAX_WORDS) {
      const next = words[k + 1]!;
      // A possessive: "Iran's Revolutionary Guards" is Iran's, "People's Liberation Army" one name.
      if (next.lower === "s" && /['’]/.test(between(k))) {
        // … and "Nuri's Islamic Renaissance Party (IRP)", a known name after it, is that name's owner's.
        if (mentionOf[k]! >= 0 || k + 2 >= words.length || !linked(k + 1) || !isUpper(words[k + 2]!) || mentionOf[k + 2]! >= 0) break;
        // … and "the League's Assembly": a head word alone after "the" is a body named by its head, the owner (as gazetteer.ts learns).
        if (k === first && NAME_HEADS.has(words[k]!.lower) && words[k - 1]?.lower === "the") break;
        k += 1;
        continue;
      }
      if (isUpper(next) || /^\p{N}/u.test(next.text)) {
        if (stopper(k + 1)) break;
        k += 1;
        last = k;
        continue;
      }
      // A given name's syllable after a hyphen ("Ban Ki-moon", "Kim Jong-un", "Moon Jae-in"): short,
      // lower-case, after a name's second word; not a compound's word ("the Saudi-led", "Al Jazeera-run").
      if (between(k) === "-" && k > first && /^\p{Ll}{1,4}$/u.test(next.text) && !/(?:ed|ing)$/u.test(next.lower) && !HYPHEN_COMPOUND_WORDS.has(next.lower)) {
        k += 1;
        last = k;
        continue;
      }
      // Lower-case connectors between capitalised words: particles anywhere, "of/in/for (the)" after a head word.
      let c = k + 1;
      if (PARTICLES.has(next.lower) || (HYPHEN_PARTICLES.has(next.lower) && between(k + 1) === "-")) c = k + 1;
      else if (HEAD_CONNECTORS.has(next.lower) && words.slice(first, k + 1).some((w) => NAME_HEADS.has(w.lower))) {
        // "… in Iraq": only a state's name after "in" (not "the ICJ in The Hague").
        if (next.lower === "in" && (c + 1 >= words.length || !stateAt(c + 1))) break;
        // "the Lakeside Group of Norway, Chile and Ghana": states listed after "of" are the body's members, no tail of its name (gazetteer.ts).
        if (next.lower === "of" && membersListed(c + 1)) break;
        if (next.lower !== "in" && c + 1 < words.length && words[c + 1]!.lower === "the" && linked(c)) c += 1;
      } else break;
      if (c + 1 >= words.length || !linked(c) || !isUpper(words[c + 1]!) || stopper(c + 1)) break;
      k = c + 1;
      last = k;
    }
    // "the Maute group", "the Amal movement": a lower-case head after the name is part of it; after
    // an acronym it only says what the acronym is ("the VMRO-DPMNE party" is the VMRO-DPMNE).
    let lowerHead: number | undefined;
    if (last + 1 < words.length && mentionOf[last]! < 0 && LOWER_HEADS.has(words[last + 1]!.text) && /^[ \t]+$/.test(between(last))) {
      if (isAcronym(text.slice(words[first]!.start, words[last]!.end))) lowerHead = last + 1;
      else last += 1;
      k = Math.max(k, last + (lowerHead !== undefined ? 1 : 0));
    }
    // After an office or an honorific ("Archbishop Oscar Romero", "Major Johnny Paul Koroma"): a person.
    const afterTitle = first > 0 && (titleWord(first - 1) || HONORIFICS.has(words[first - 1]!.lower)) && (linked(first - 1) || afterAbbreviation(first));
    runs.push({ first, last, afterTitle, ...(lowerHead !== undefined ? { lowerHead } : {}) });
    i = k + 1;
  }

  /** A listed name while the text is read: the entry's fields and what its score is made of. */
  interface Found extends Omit<UnrecognisedName, "containsLabel" | "score"> {
    cued: number;
    /** Occurrences written as a place ("in Goma", "the town of Palma", "the Kidal region"). */
    placed: number;
    /** The text calls it a town or a natural feature once at least ("Talmi, the Dorvan capital", "the Kelo river"): no party. */
    town: boolean;
    /** … of which before a word for a region ("the Amhara region"): a region may be a party too ("the Amhara region's forces"). */
    regioned: number;
    introduced: boolean;
    /** A head word says what it is ("Front", "Government", "Center"): likelier a party than a bare name. */
    headed: boolean;
  }
  const found = new Map<string, Found>();
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = analysis.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (analysis.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Whether the sentence at `start` holds a cue outside the name and another actor than `contains`.
  const cuedHere = (start: number, end: number, contains: string | undefined) => {
    if (analysis.sentences.length === 0) return false;
    const s = sentenceOf(start);
    const sent = analysis.sentences[s]!;
    const others = named.some((m) => m.start >= sent.start && m.end <= sent.end && (m.end <= start || m.start >= end) && m.actor !== contains);
    if (!others) return false;
    return reading.sentenceCues(s).some((c) => {
      const cs = analysis.tokens[c.first]!.start;
      return cs < start || cs >= end;
    });
  };

  // Names of one word the text writes inside a sentence ("… and by Nimetz, then …"): a surname standing alone.
  const alone = new Set(
    runs.filter((r) => r.first === r.last && !sentenceStart(text, words, r.first) && posAt.get(words[r.first]!.start) === "PROPN" && !ADJECTIVE_ENDING.test(words[r.first]!.lower)).map((r) => words[r.first]!.text),
  );
  for (const run of runs) {
    let first = run.first;
    const last = run.last;
    // A sentence's first word, or a title line's: an ordinary word written with a capital ("After", "The")
    // … but not a given name before a surname the text writes alone ("Matthew Nimetz, the UN envoy, …").
    // … nor one before a name's particle ("Osama bin Laden").
    const givenBefore = (n: number) =>
      n < last && posAt.get(words[n]!.start) === "PROPN" && !lowerForms.has(words[n]!.lower) && (alone.has(words[n + 1]!.text) || (PARTICLES.has(words[n + 1]!.text) && /^[ \t]+$/.test(between(n))));
    const ordinary = (n: number) => sentenceStart(text, words, n) && !afterAbbreviation(n) && mentionOf[n]! < 0 && !(MONTHS_AND_DAYS.has(words[n]!.lower) && givenName(n)) && (posAt.get(words[n]!.start) !== "PROPN" || lowerForms.has(words[n]!.lower) || !midSentence.has(words[n]!.lower)) && !givenBefore(n);
    // "A" inside a sentence before another single capital is an initial ("of A K Varo's party"), no article.
    const initialA = (n: number) => words[n]!.text === "A" && !sentenceStart(text, words, n) && n < last && initialAt(n + 1);
    while (first <= last && ((ARTICLES.has(words[first]!.lower) && !initialA(first)) || ordinary(first))) first++;
    while (first <= last && !isUpper(words[first]!)) first++;
    if (first > last) continue;
    // A people-word before a person's name ("the Chechen Shamil Basayev", "a Kurdish Ahmed Tahir"): the
    // name is what follows, a given name and a surname; the word before describes the person.
    if (last - first >= 2 && mentionOf[first]! < 0 && !isGivenName(words[first]!.text) && isGivenName(words[first + 1]!.text) && !NAME_HEADS.has(words[first]!.lower) && !NAME_HEADS.has(words[last]!.lower) && /^[ \t]+$/.test(between(first)) && ARTICLES.has(words[first - 1]?.lower ?? "")) first++;
    // A person's full name in the possessive before a party's name ("Tomas Varkel's Hezb-e Dorva"): the
    // leader's party; the name is what follows. Two capitalised words, none a known actor's, a word the
    // text writes in lower case ("New Year's Day", "the Varo People's Party") or a people-word.
    const possessive = words.findIndex((w, n) => n > first && n < last && w.lower === "s" && /^['’]$/u.test(between(n - 1)));
    if (
      possessive === first + 2 &&
      words.slice(first, possessive).every((w, n) => isUpper(w) && mentionOf[first + n]! < 0 && !lowerForms.has(w.lower) && !NAME_HEADS.has(w.lower) && !ADJECTIVE_ENDING.test(w.lower)) &&
      /^[ \t]+$/.test(between(first)) &&
      isUpper(words[possessive + 1]!)
    )
      first = possessive + 1;
    // A state named before a name with no head word ("Israel Katz", "Kiev Mikhail Zurabov", "Swedish Gripen"): the name is what follows.
    // … not when a hyphen joins the state's word to another capitalised word before the name's last
    // ("the Hamburg-Varo Line", "the Kel-Varo Axis"): a compound of two places, one name (the line's,
    // the axis's), and no place itself, whatever preposition stands before it ("a partner in the Kel-Varo Axis").
    const stateEnd = mentionOf[first]! >= 0 ? words.findIndex((w, n) => n >= first && n < last && mentionOf[n] === mentionOf[first] && mentionOf[n + 1] !== mentionOf[first]) : -1;
    const hyphenCompound = stateEnd >= 0 && stateEnd + 1 < last && between(stateEnd) === "-" && isUpper(words[stateEnd + 1]!) && mentionOf[last]! < 0;
    if (mentionOf[first]! >= 0 && !hyphenCompound && gazetteer.actors.get(named[mentionOf[first]!]!.actor)?.kind === "state" && !words.slice(first, last + 1).some((w) => NAME_HEADS.has(w.lower))) {
      // … unless it is the state's own body ("US Southern Command", "Guyana Defence Force").
      if (STATE_BODIES.has(words[last]!.lower)) continue;
      const m = mentionOf[first]!;
      while (first <= last && mentionOf[first] === m) first++;
      while (first <= last && !isUpper(words[first]!)) first++;
      // One word left ("Qatar Airways", "British Guiana"): a word of the state's thing, not a name of its own.
      if (first >= last) continue;
    }
    const start = words[first]!.start;
    const end = words[last]!.end;
    const name = text.slice(start, end);
    const span = words.slice(first, last + 1);
    const capitalised = span.filter((w, n) => isUpper(w) && !(w.lower === "s" && n > 0));
    if (name.length < 2 || capitalised.length === 0) continue;
    const covering = [...new Set(span.map((_, n) => mentionOf[first + n]!).filter((m) => m >= 0))].map((m) => named[m]!);
    const uncovered = span.filter((w, n) => mentionOf[first + n]! < 0 && isUpper(w));
    let contains: string | undefined;
    if (covering.length > 0) {
      const lead = covering[0]!;
      const leadActor = gazetteer.actors.get(lead.actor);
      if (uncovered.length === 0) {
        // Every word is a known actor's: a name only when a group's name is placed with a connector ("the Islamic Resistance in Iraq").
        const joinedByHead = covering.length >= 2 && span.some((w) => HEAD_CONNECTORS.has(w.lower)) && leadActor !== undefined && leadActor.kind !== "state" && leadActor.kind !== "person" && lead.form === "name";
        if (!joinedByHead) continue;
      } else if (leadActor?.kind === "state" && mentionOf[first]! >= 0 && STATE_BODIES.has(words[last]!.lower)) {
        // "Iraqi Foreign Ministry", "US Central Command": the state's own body.
        continue;
      }
      // "the Assembly of the League of Nations": an organ's words, "of" (and "the"), then the known
      // body's name to the run's end.
      const at = span.findIndex((_, n) => mentionOf[first + n]! >= 0);
      const lead0 = span[at - 1]?.lower === "the" ? at - 1 : at;
      const organ =
        (leadActor?.kind === "organization" || leadActor?.kind === "bloc") &&
        lead0 >= 2 &&
        span[lead0 - 1]!.lower === "of" &&
        span.slice(0, lead0 - 1).every((w) => BODY_ORGANS.has(w.lower)) &&
        span.slice(at).every((_, n) => mentionOf[first + at + n] === mentionOf[first + at]);
      if (organ) continue;
      contains = lead.actor;
    }
    // A single word: an adjective or people-word ("Shiite", "Western"), a state's body ("Congress"), a part of a known name.
    if (span.length === 1 && (posAt.get(start) === "ADJ" || ADJECTIVE_ENDING.test(words[first]!.lower) || FAITH_WORDS.has(words[first]!.lower) || STATE_BODIES.has(words[first]!.lower) || insideKnown.has(name))) continue;
    // A people-word of a place the text names ("the Varonian freighter" … "Varonia"; "Kelan troops" …
    // "Kela"): the place's adjective, whose ending no list gives away; the place itself is what to list.
    if (span.length === 1 && contains === undefined && demonymOfNamed(words[first]!.text)) continue;
    // A word joined by "and"/"or" to a people-word before a lower-case noun ("Varonian and Kel troops",
    // "Kel and Varonian officers"): a people-word too, describing the noun, no party's name.
    if (span.length === 1 && contains === undefined && /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3)) && (peopleWordAt(first - 2) && /^[ \t]+(?:and|or)[ \t]+$/u.test(text.slice(words[first - 2]?.end ?? start, start)))) continue;
    if (span.length === 1 && contains === undefined && first + 3 < words.length && /^[ \t]+(?:and|or)[ \t]+$/u.test(text.slice(end, words[first + 2]!.start)) && peopleWordAt(first + 2) && /^[ \t]+\p{Ll}/u.test(text.slice(words[first + 2]!.end, words[first + 2]!.end + 3))) continue;
    // A word before a lower-case word for what a language says ("the Varonese name Tala Ko", "the Kel word
    // for peace", "in the Kel language"): a language, no party.
    if (span.length === 1 && LANGUAGE_AFTER.test(text.slice(end, end + 16))) continue;
    // The tail of a hyphenated place's name ("Pont-sur-Varo", "Stratford-upon-Kel"): part of a place.
    if (HYPHEN_PLACE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // One word the text also writes in lower case: a common word capitalised in a title or a thing's
    // name ("Agreement for Peace and Reconciliation", "the Line of Control"), not a party's name.
    if (span.length === 1 && lowerForms.has(words[first]!.lower)) continue;
    // Adjectives before a lower-case head describe, they do not name ("the South Slavic group", "an Islamist militia").
    const describing = (w: Word) => posAt.get(w.start) === "ADJ" || ADJECTIVE_ENDING.test(w.lower) || REGION_ADJECTIVES.has(w.lower) || FAITH_WORDS.has(w.lower);
    if (span.length > 1 && LOWER_HEADS.has(words[last]!.text) && capitalised.every(describing)) continue;
    // A number or a model ("F-35"), unless a head word makes it a name ("the March 23 Movement"), or a
    // party's lower-case word follows it ("M-23 rebels", "the M-23 fighters").
    if (span.some((w) => /^\p{N}/u.test(w.text)) && !span.some((w) => NAME_HEADS.has(w.lower)) && !(last + 1 < words.length && /^[ \t]+$/.test(between(last)) && PARTY_AFTER.has(words[last + 1]!.text))) continue;
    if (contains === undefined && CITIES.has(name)) continue;
    if (GEOGRAPHIC_HEADS.has(words[last]!.text) || GEOGRAPHIC_HEADS.has(words[first]!.text)) continue;
    // "Scud missiles", "Patriot missile batteries", "Leopard tanks": a weapon's model here.
    if (WEAPON_AFTER.test(text.slice(end, end + 40))) continue;
    // "Honduran-born citizens", "a Paris-born banker": where a person was born describes the person;
    // the gazetteer reads no actor there (gazetteer.ts), and no party is named.
    if (BIRTH_AFTER.test(text.slice(end, end + 8))) continue;
    // "NATO's Partnership for Peace programme": one word of a longer capitalised title whose words are
    // joined by "for" without a head word the run builder knows; its halves ("Partnership", "Peace")
    // are no names of their own.
    if (span.length === 1 && ((TITLE_LINK_AFTER.test(text.slice(end, end + 40)) && !knownAt(first + 2)) || (TITLE_LINK_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !knownAt(first - 2)))) continue;
    if (THING_HEADS.has(words[last]!.lower) || THING_HEADS.has(words[first]!.lower) || REGIONS.has(words[last]!.lower)) continue;
    // The rest of a thing's name after its head ("the Treaty of Guarantee"), and a doctrine ("Marxism-Leninism").
    const headBefore = HEAD_OF_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (headBefore !== undefined && THING_HEADS.has(headBefore.toLowerCase())) continue;
    // … and of a place's after its geographic head ("the Bay of Coral", "the Gulf of Varo"): the run
    // breaks at "of" when no party's head word stands before it, leaving the tail alone.
    if (headBefore !== undefined && GEOGRAPHIC_HEADS.has(headBefore)) continue;
    if (/ism$/u.test(words[last]!.lower)) continue;
    // A head word alone after a possessive ("the League's Assembly"): its owner's organ, no name.
    if (span.length === 1 && NAME_HEADS.has(words[first]!.lower) && /['’]s[ \t]+$/u.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (span.length > 1 && (PLACE_LAST.has(words[last]!.lower) || PLACE_FIRST.has(words[first]!.lower))) continue;
    if (span.length === 2 && REGION_ADJECTIVES.has(words[first]!.lower) && /(?:an|ic|ese)$/u.test(words[last]!.lower)) continue;
    // A treaty or a process named after it ("the Washington agreement", "the Minsk format").
    if (/^\s+(?:agreements?|accords?|protocols?|process|format|talks|declaration|plan|summit|deal|conference|war)\b/u.test(text.slice(end, end + 16))) continue;
    // … or an episode named after a place ("the Varo expedition of 1956", "the Kel crisis", "the Tala landings"): an event.
    if (/^\s+(?:expedition|crisis|affair|invasion|landings?)\b/u.test(text.slice(end, end + 16))) continue;
    // A dateline ("BOGOTA, Aug. 29 —"): a place in capitals opening its line.
    if (isAcronym(name) && /^[\p{Lu}\s,.-]*$/u.test(text.slice(text.lastIndexOf("\n", start) + 1, start)) && /^\s*,/.test(text.slice(end))) continue;
    // A plural of a known name ("the Donetsk and Lugansk People's Republics").
    if (contains !== undefined && squashName(name) === `${squashName(contains)}S`) continue;
    const key = squashName(name);
    const cued = cuedHere(start, end, contains) ? 1 : 0;
    // Written as a place: after "in", "near", "out of", "the town of" …, after a place's own capitalised article
    // ("referred the case to The Hague"), or right before "near" ("Ri-Kwangba near the border").
    // Also a later bare name of a list after such a word, and a name before "region" ("the Timbuktu region").
    const regioned = PLACE_AFTER.test(text.slice(end, end + 14)) ? 1 : 0;
    const placed =
      hyphenCompound ? 0 :
      PLACE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
      LAND_VERB_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
      PLACE_THE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
      PLACE_LIST_BEFORE.test(text.slice(Math.max(0, start - 90), start)) ||
      /^[ \t]+near[ \t]/u.test(text.slice(end, end + 8)) ||
      OTHER_PLACES_AFTER.test(text.slice(end, end + 160)) ||
      regioned === 1
        ? 1
        : 0;
    const town = TOWN_APPOSITION.test(text.slice(end, end + 60)) || FEATURE_AFTER.test(text.slice(end, end + 14)) || BUILT_PLACE_AFTER.test(text.slice(end, end + 24));
    const introduced = NAMING_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || /^\s*\(\s*\p{Lu}/u.test(text.slice(end, end + 4));
    const existing = found.get(key);
    // No head word says what it is, but the text says a person ("the cleric X", "X, a businessman", "X, who").
    // "Osama bin Laden", "Ahmed ibn Saud": a son's particle names a person.
    // "Howard Wolpe", "Ismail Haniyeh": two words or more opening with a given name (data/leaders.ts), no state's word among
    // them, no possessive ("Abhisit's Democrats" are his party).
    const person =
      !span.some((w) => NAME_HEADS.has(w.lower)) &&
      (personAround(start, end) || span.some((w) => SON_PARTICLES.has(w.text)) || (capitalised.length >= 2 && contains === undefined && !isAcronym(name) && !span.some((w) => w.lower === "s") && isGivenName(words[first]!.text)) ||
        // "A K Varo", "J. Tomas Kerr": a person's initials before a name.
        (capitalised.length >= 2 && contains === undefined && initialAt(first) && !initialAt(last)));
    if (existing) {
      if (person && existing.kind === DEFAULT_NAME_KIND) existing.kind = "person";
      existing.count++;
      existing.cued += cued;
      existing.introduced ||= introduced;
      existing.town ||= town;
      existing.placed += placed;
      existing.regioned += regioned;
      continue;
    }
    const kind: ActorKind =
      (run.lowerHead !== undefined ? NAME_HEADS.get(words[run.lowerHead]!.lower) : undefined) ??
      NAME_HEADS.get(words[last]!.lower) ?? NAME_HEADS.get(words[first]!.lower) ?? span.map((w) => NAME_HEADS.get(w.lower)).find((k) => k !== undefined) ?? ((run.afterTitle && first === run.first) || person ? "person" : DEFAULT_NAME_KIND);
    const headed = span.some((w) => NAME_HEADS.has(w.lower)) || run.lowerHead !== undefined;
    found.set(key, { name, id: key, kind, count: 1, start, end, ...(contains !== undefined ? { contains } : {}), cued, introduced, placed, town, regioned, headed });
  }

  // Ids by the gold convention: an acronym given in parentheses after the name, or used in the text, whose letters are its initials.
  const acronyms = new Set(words.filter((w) => isAcronym(w.text) && w.text.length >= 2).map((w) => w.text));
  for (const entry of found.values()) {
    if (isAcronym(entry.name)) continue;
    const given = /^\s*\(\s*([\p{Lu}\p{N}-]{2,10})\s*\)/u.exec(text.slice(entry.end, entry.end + 16))?.[1];
    const nameWords = words.filter((w) => w.start >= entry.start && w.end <= entry.end);
    const initials = nameWords.filter((w) => isUpper(w) && w.lower !== "s").map((w) => w.text[0]).join("");
    const used = initials.length >= 2 && acronyms.has(initials) ? initials : undefined;
    const acronym = given !== undefined && acronymFits(given, nameWords) ? given : used;
    if (acronym === undefined) continue;
    // "SPLM-IO": squashed like a name, SPLMIO (the gold convention).
    entry.id = squashName(acronym);
    entry.introduced ||= given !== undefined;
    // The acronym written alone is the same name: its count joins the name's.
    const alone = found.get(squashName(acronym));
    if (alone && alone !== entry) {
      entry.count += alone.count;
      entry.cued += alone.cued;
      entry.placed += alone.placed;
      entry.town ||= alone.town;
      entry.regioned += alone.regioned;
      found.delete(squashName(acronym));
    }
  }
  // A surname written alone after the full name ("Ashraf Ghani" … "Ghani"; "Charles Ble Goude" … "Ble
  // Goude"): the same person. The full name adds only capitalised words before it, none a head word
  // ("the Government of Southern Sudan" is not "Southern Sudan").
  // Each entry's words, split once (every entry is compared with every other).
  const wordTexts = new Map([...found.values()].map((f) => [f, wordsOf(f.name).map((w) => w.text)]));
  const endsWith = (full: Found, part: Found): boolean => {
    const long = wordTexts.get(full)!;
    const short = wordTexts.get(part)!;
    if (short.length >= long.length || short.some((w, n) => long[long.length - short.length + n] !== w)) return false;
    return long.slice(0, long.length - short.length).every((w) => (/^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase())) && !NAME_HEADS.has(w.toLowerCase()));
  };
  // "Saddam Hussein" … "troops loyal to Saddam": a one-word name that opens a full name of two or
  // three capitalised words (no head word, no particle) is the same person, called by a given name.
  const opensName = (full: Found, part: Found): boolean => {
    const long = wordTexts.get(full)!;
    const short = wordTexts.get(part)!;
    return short.length === 1 && long.length >= 2 && long.length <= 3 && long[0] === short[0] && long.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !NAME_HEADS.has(w.toLowerCase()));
  };
  for (const [key, entry] of found) {
    if (isAcronym(entry.name) || entry.contains !== undefined) continue;
    const full = [...found.values()].find((f) => f !== entry && f.start < entry.start && f.contains === undefined && opensName(f, entry));
    // Not when it also ends a longer name ("Gran Chaco" … "Chaco Boreal" … "Chaco"): the surname reading below decides.
    if (!full || [...found.values()].some((f) => f !== entry && /\s/.test(f.name) && endsWith(f, entry))) continue;
    full.count += entry.count;
    full.cued += entry.cued;
    if (full.kind === DEFAULT_NAME_KIND) full.kind = "person";
    full.placed += entry.placed;
    full.town ||= entry.town;
    full.regioned += entry.regioned;
    found.delete(key);
  }
  for (const [key, entry] of found) {
    if (isAcronym(entry.name)) continue;
    // The full name is two names at least ("Nagorno-Karabakh" is no "Karabakh" with a given name).
    const full = [...found.values()].find((f) => f !== entry && /\s/.test(f.name) && endsWith(f, entry));
    if (!full) continue;
    full.count += entry.count;
    full.cued += entry.cued;
    // A name whose last word stands for it alone is a person's ("Ashraf Ghani" … "Ghani"), unless a head word says otherwise.
    if (full.kind === DEFAULT_NAME_KIND && !wordTexts.get(full)!.some((w) => NAME_HEADS.has(w.toLowerCase()))) full.kind = "person";
    full.placed += entry.placed;
    full.town ||= entry.town;
    full.regioned += entry.regioned;
    found.delete(key);
  }
  // An acronym the gazetteer knows is no unknown name (a text may use it before it is learned): leave the others.
  return [...found.values()]
    .filter((f) => !gazetteer.actors.has(f.id) || f.contains !== undefined)
    // A place wherever the text writes it ("in Goma", "the port city of Hodeidah"): no party.
    // … or in half its uses or more, of two at least, none a region's ("talks in Gaza" … "Gaza's
    // hospitals" … "fighting in Gaza"): a town's name stands for its people or its buildings as
    // often as it is a place, a party's seldom.
    // … or one the text calls a town or a river once ("Talmi, the Dorvan capital").
    .filter((f) => f.introduced || (!f.town && f.placed < f.count && !(f.count >= 2 && 2 * f.placed >= f.count && f.regioned === 0)))
    .map((f) => ({ f, score: f.count + 2 * Math.min(f.cued, 3) + (f.introduced ? 1 : 0) + (f.headed ? 1 : 0) }))
    .sort((x, y) => y.score - x.score || x.f.start - y.f.start)
    .map(({ f, score }) => ({ name: f.name, id: f.id, kind: f.kind, count: f.count, start: f.start, end: f.end, ...(f.contains !== undefined ? { contains: f.contains, containsLabel: gazetteer.actors.get(f.contains)?.label ?? f.contains } : {}), score }));
}
