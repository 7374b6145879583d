/**
 * Word lists for names a text introduces itself (MIT, written for Stancegraph), read by
 * learnNames in gazetteer.ts: "the Coordination of Azawad Movements (CMA)", "a militia known as the
 * Rapid Support Forces", "the Arakan Army".
 */
import type { ActorKind } from "../../schema.ts";

/** Lower-case words that may stand inside a capitalised name ("Front for the Liberation of …"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "the", "for", "and", "de", "du", "des", "la", "le", "al", "el", "in", "on", "to", "&"]);

/**
 * Words for a document that a body adopts or powers sign (lower-case): a name that opens with one
 * before its "of" ("the Final Act of the Congress", "the Charter of the Organisation") names the
 * document, not the body after "of", though that body's head word ends it.
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(["act", "acts", "treaty", "treaties", "charter", "covenant", "protocol", "accord", "accords", "agreement", "declaration", "statute", "memorandum", "communique", "communiqué", "resolution", "resolutions", "convention"]);

/**
 * Head words that make a run of capitalised words the name of a body or an armed group, with the
 * kind of actor they make (lower-case; the name's first or last word).
 */
export const NAME_HEADS: ReadonlyMap<string, ActorKind> = new Map([
  ...["movement", "movements", "front", "force", "forces", "army", "brigade", "brigades", "militia", "militias", "coordination", "guard", "guards", "battalion", "battalions", "legion", "group", "mujahideen", "resistance", "liberation"].map((w) => [w, "non-state"] as const),
  // "a Free Corps", "the Volunteer Corps": an armed body raised outside a state's army.
  ["corps", "non-state"],
  // The same in German, which news leaves untranslated: "the Baltic Landeswehr" (Latvia, 1918–19),
  // "the Tyrolean Heimwehr", "the Vienna Volkswehr" (Austria, 1918–20, 1920s–30s). Not "Division":
  // a state's unit as often ("its 201st Motor Rifle Division").
  ...["landeswehr", "heimwehr", "volkswehr"].map((w) => [w, "non-state"] as const),
  // "the Little Entente", "the Balkan Entente": states bound by treaties, as an alliance is.
  ...["union", "community", "alliance", "coalition", "bloc", "confederation", "entente"].map((w) => [w, "bloc"] as const),
  ...["court", "tribunal"].map((w) => [w, "court"] as const),
  // "the Government of National Accord", "the Kurdistan Regional Government": a government the text names (a state's is its state).
  ["government", "non-state"],
  ...["council", "committee", "organisation", "organization", "party", "league", "authority", "commission", "agency", "bank", "fund", "assembly", "federation", "association", "congress", "mission", "office", "secretariat", "institute"].map((w) => [w, "organization"] as const),
  // "the Carter Center", "the Henry Dunant Centre": a foundation or a think-tank (not a venue: CENTRE_VENUE_WORDS).
  ...["center", "centre"].map((w) => [w, "organization"] as const),
  // The same heads in the languages whose parties news names untranslated ("the Asom Gana Parishad", "the
  // Bharatiya Jana Sangh", "the Jamaat-e-Islami", "the Partido Revolucionario …"): council, union, front,
  // assembly, party. Not words that are also common names ("Dal", "Sabha" of "Lok Sabha", a parliament).
  ...["parishad", "samiti", "sangh", "morcha", "jamaat", "jamiat", "partido", "parti", "partei", "partai", "frente", "movimiento"].map((w) => [w, "organization"] as const),
  // Companies: "Chevron Corporation", "Gazprom Neft Holdings", "Wagner"-like groups stay non-state above.
  ...["company", "corporation", "corp", "inc", "ltd", "limited", "plc", "llc", "holdings", "petroleum", "airlines", "industries", "consortium"].map((w) => [w, "organization"] as const),
]);

/** Head words that name a building as often as a body ("the Carter Center", "the Convention Centre"). */
export const CENTRE_HEADS: ReadonlySet<string> = new Set(["center", "centre"]);

/**
 * Words that make a "Centre" a venue, no party ("the Birendra International Convention Centre", "the
 * World Trade Center", "the Kennedy Medical Center"): lower-case.
 */
export const CENTRE_VENUE_WORDS: ReadonlySet<string> = new Set([
  "convention", "conference", "congress", "trade", "shopping", "medical", "exhibition", "press", "media", "detention", "business", "sports", "sport", "cultural", "culture", "community", "health", "data", "financial", "world", "arts", "civic", "city", "town", "visitor", "visitors", "operations", "command", "control", "coordination", "emergency", "reception", "transit", "call", "space", "training", "research",
]);

/**
 * Heads of a name two names share when the text joins them ("the Donetsk and Lugansk People's
 * Republics", "the Karen and Kachin Armies"), in the singular: the name heads above, and "republic"
 * (a republic the state data does not know is a breakaway one).
 */
export const COORDINATED_HEADS: ReadonlyMap<string, ActorKind> = new Map([...NAME_HEADS, ["republic", "non-state"]]);

/** Words just before such names that make them non-state ("the self-proclaimed …", "the breakaway …"). */
export const NON_STATE_MODIFIERS: readonly string[] = ["self-proclaimed", "self-declared", "self-styled", "breakaway", "separatist", "secessionist", "rebel", "renegade", "unrecognised", "unrecognized", "so-called"];

/**
 * What follows a state's people-word in the name of that state's army ("the Sudanese Armed Forces
 * (SAF)", "the Myanmar Army"): when a text learns such a name as an actor of its own, its plain
 * descriptions stand for it there (ARMY_DESCRIPTIONS). Lower-case.
 */
export const ARMY_NAME_TAILS: ReadonlySet<string> = new Set(["armed forces", "army", "defence forces", "defense forces", "military"]);

/**
 * How news goes on to call a state's army after naming it: with the article ("the army", "the
 * military", "the junta", "the armed forces") and, as a modifier, "army" ("army chief …", "army
 * jets"); after the state's name ("Sudan's army") or people-word ("Sudanese military") in
 * learnNames. Lower-case: gazetteer.ts reads an all-lower-case form as a description, which another
 * actor's word or a possessive before it makes another's ("Egypt's army", "whose military").
 */
export const ARMY_DESCRIPTIONS: readonly string[] = ["the army", "the military", "the junta", "the armed forces", "army"];
/** The nouns written after the state's name or people-word ("Sudan's army", "the Sudanese military"). */
export const ARMY_NOUNS: readonly string[] = ["army", "military", "armed forces"];

/**
 * A state's armed forces that rule or fight as a party of their own: when the text gives them a name
 * ("The military, known as the Tatmadaw, seized power"), these too stand for that name, with the
 * article, and after the state's name or people-word ("Myanmar's junta", "the Burmese generals").
 */
export const RULING_ARMY_DESCRIPTIONS: readonly string[] = ["the generals", "the regime", "the military government", "the military regime", "the military junta", "junta"];
export const RULING_ARMY_NOUNS: readonly string[] = ["junta", "generals", "regime", "military government", "military rulers"];

/**
 * How a group names itself ("The insurgents call themselves …"): when the same sentence then gives
 * the name others use ("… but locals know them as …", PUBLIC_NAMING_PHRASES), that name is the id
 * (the gold convention names a party as the text's readers know it) and the self-name another form.
 */
export const SELF_NAMING_PHRASES: readonly string[] = ["calling itself", "calls itself", "call themselves", "calling themselves", "called themselves"];
/** How others name a group ("locals know them as …", "known locally as …"). */
export const PUBLIC_NAMING_PHRASES: readonly string[] = ["known as", "know them as", "know it as", "knew them as", "known locally as", "locally known as"];

/**
 * The common nouns of an armed group that a text introduces a name with ("The insurgents call
 * themselves …", "the militants, known as …"): once it does, these stand for that name in the text.
 */
export const GROUP_COMMON_NOUNS: readonly string[] = ["insurgents", "militants", "jihadists", "rebels", "fighters", "gunmen"];

/**
 * A party's or a movement's wings: "the party's youth militia, the …" names one (learnNames), and
 * these, with their owner's possessive or "of", make it the owner's member (pairs.ts).
 */
export const WING_PHRASES: readonly string[] = ["youth wing", "armed wing", "military wing", "political wing", "student wing", "paramilitary wing", "youth militia", "party militia"];

/** Words that introduce a name after a description: "a militia known as the …", "a group calling itself …". */
export const NAMING_PHRASES: readonly string[] = [
  ...new Set(["known as", "called", "dubbed", "named", "styled", ...SELF_NAMING_PHRASES, ...PUBLIC_NAMING_PHRASES]),
];

/**
 * Descriptions that name what follows them: "the oil company ExxonMobil", "the mining firm Glencore",
 * "the armed group Ansar Dine" (the name's kind comes from the description's head word, as after
 * "known as"). Read like NAMING_PHRASES, with "the" allowed between.
 */
export const DESCRIPTOR_PHRASES: readonly string[] = [
  "company", "firm", "giant", "operator", "producer", "miner", "conglomerate", "contractor", "consortium", "insurer", "lender", "carrier",
  "armed group", "militant group", "rebel group", "jihadist group", "Islamist group", "insurgent group", "separatist group", "militia", "rebel movement", "armed movement",
  // "the opposition Unitary Platform", "the opposition alliance Democratic Front": the opposition's party (OPPOSITION_FORMS).
  "opposition", "opposition alliance", "opposition coalition", "opposition party", "opposition bloc", "opposition movement",
];

/**
 * How a text goes on to call the one party it introduced as the opposition ("the opposition Unitary
 * Platform", "the Platform, the main opposition alliance"): these stand for it, as "the insurgents"
 * do for the one armed group named with that noun (GROUP_COMMON_NOUNS). Lower-case.
 */
export const OPPOSITION_FORMS: readonly string[] = [
  "the opposition",
  ...["candidates", "candidate", "activists", "leaders", "leader", "figures", "figure", "parties", "politicians", "lawmakers", "members", "supporters", "delegation", "negotiators", "camp", "primary", "primaries"].map((n) => `opposition ${n}`),
];

/** The kind of a name that says none itself (an acronym in parentheses after a name with no head word). */
export const DEFAULT_NAME_KIND: ActorKind = "organization";

/** Most words in a name a text introduces. */
export const MAX_NAME_WORDS = 10;
/**
 * Most words in a name an acronym in parentheses closes: its letters say where it starts, and a
 * mission's name with the country it serves runs longer ("the Mission for the Consolidation of Peace
 * in the Central African Republic (MICOPAX)" is eleven words).
 */
export const MAX_ACRONYM_NAME_WORDS = 14;

/**
 * Lower-case words that describe a party between "the" and its name before a lower-case head ("the
 * conservative New Democracy party", "the nationalist VMRO-DPMNE party", "the main opposition … party"):
 * politics and standing, no part of the name.
 */
export const PARTY_DESCRIPTORS: ReadonlySet<string> = new Set([
  "nationalist", "conservative", "liberal", "leftist", "rightist", "socialist", "communist", "centrist", "populist", "ruling", "governing",
  "opposition", "main", "largest", "hardline", "moderate", "radical", "banned", "outlawed", "secular", "religious", "ultranationalist", "separatist", "regional",
]);

/**
 * Head words of a body of states that a report defines by its members, listed after its name's "of"
 * ("the Lakeside Group of Norway, Chile and Ghana") or in an apposition ("the Harbour States, Peru,
 * Chile and Ecuador, have …").
 */
export const MEMBERS_OF_HEADS: ReadonlySet<string> = new Set(["group", "commission", "committee", "council", "states", "countries", "nations", "alliance", "entente", "league", "coalition"]);
