/**
 * Word lists for people named with their office (MIT, written for Stancegraph), read by
 * learnPeople in people.ts: "Venezuelan President Nicolás Maduro", "Ethiopia's prime minister, Abiy
 * Ahmed", "President Ruto of Kenya", "Abiy Ahmed, Ethiopia's prime minister". Lower-case.
 */

/**
 * Offices: a title needs one of these ("president", "minister", "emir"). A monarch's title too ("Tsar
 * Nicholas II", "the Kaiser", "the Emperor"): an office, not a body's name ("shah" is left out: a
 * word of given names, "Ahmad Shah Massoud").
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "president", "vice-president", "premier", "minister", "chancellor", "king", "queen", "emir", "amir", "prince", "sultan", "monarch",
  "leader", "ruler", "secretary", "secretary-general", "envoy", "ambassador", "general", "commander", "chief", "spokesman",
  "spokeswoman", "spokesperson", "negotiator", "chairman", "chairwoman", "chairperson", "speaker", "dictator", "governor", "diplomat",
  "head", "mediator", "representative", "commissioner", "director", "emperor", "empress", "tsar", "czar", "tsarina", "kaiser",
]);

/** Words that may stand in a title before or between its heads ("prime minister", "foreign minister", "crown prince", "former president"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "prime", "foreign", "defence", "defense", "interior", "finance", "trade", "economy", "energy", "justice", "vice", "deputy", "acting",
  "interim", "former", "then", "transitional", "crown", "supreme", "army", "military", "security", "national", "top", "chief", "senior",
  "special", "state", "junta", "de", "facto", "outgoing", "incoming", "newly", "elected", "minister", "president", "general",
]);

/** "Secretary of State", "Chief of Staff": these words after "of" stay in the title (not a state's name). */
export const TITLE_OF: ReadonlySet<string> = new Set(["state", "staff", "defence", "defense", "foreign", "affairs", "government"]);

/** Lower-case words that may stand inside a person's name ("Tamim bin Hamad Al Thani", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "du", "y", "ter", "abu"]);

/** Honorifics that open a name but are no part of its short form ("Sheikh Tamim", "Mr Kagame"). */
export const HONORIFICS: ReadonlySet<string> = new Set(["sheikh", "sheik", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "gen", "col", "lt", "maj", "brig", "marshal", "field", "emir", "king", "queen", "prince", "princess", "sultan", "president", "general", "rev", "reverend", "archbishop", "bishop", "cardinal", "imam", "ayatollah", "major", "captain", "colonel", "lieutenant", "brigadier", "sergeant"]);

/**
 * Titles written before a name that hold no office of a state's ("Senator Mitchell", "Mayor Diaz",
 * "Pope Francis"), beside TITLE_HEADS and HONORIFICS: a surname after one is that person's, not
 * another's full name (gazetteer.ts insideAnotherName).
 */
export const OTHER_TITLES: ReadonlySet<string> = new Set([
  "senator", "sen", "congressman", "congresswoman", "rep", "mayor", "judge", "justice", "pope", "admiral", "adm", "professor", "prof",
  "comrade", "father", "brother", "sister", "rabbi", "mullah", "marshal", "consul", "deputy", "mp", "st", "saint",
]);

/** Most words in a person's name. */
export const MAX_PERSON_WORDS = 6;

/** "X of Congo" is a person of that state only when a title stands this many words before ("the foreign ministers of the two countries, X of Congo and Y of Rwanda"). */
export const TITLE_REACH = 12;

/** "The presidents of Venezuela and Guyana … Nicolás Maduro and Irfaan Ali": the names are looked for this many words on. */
export const LIST_REACH = 60;
