/**
 * Word lists for phrases that refer back to actors just named (MIT, written for Stancegraph):
 * groups counted ("the four countries", "both sides", "the two capitals") and a state called by
 * its form of government ("the emirate", "the kingdom"). Resolved in anaphora.ts.
 */

/** Count words before a plural group noun; digits ("the 4 countries") are read as numbers. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ["both", 2], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
]);

/**
 * Group nouns (lemmas) and which actors they can stand for: states only ("the two countries", "the
 * two capitals"), or any actor ("both sides", "the two parties" may be a state and an armed group).
 */
export const GROUP_NOUNS: ReadonlyMap<string, "state" | "any"> = new Map([
  ...["country", "nation", "state", "government", "capital", "kingdom", "monarchy", "republic", "neighbour", "neighbor"].map((n) => [n, "state"] as const),
  ...["side", "party", "delegation", "rival", "ally", "power", "bloc", "foe", "adversary", "partner"].map((n) => [n, "any"] as const),
  // "both commanders", "the two generals", "the two forces", "the two leaders": a party's people or forces stand for it.
  ...["general", "commander", "force", "faction", "belligerent", "leader", "army", "camp"].map((n) => [n, "any"] as const),
  // "the two regions", "both territories": breakaway regions are parties of their own (non-state).
  ...["region", "territory", "enclave", "province"].map((n) => [n, "any"] as const),
]);

/**
 * Group nouns (lemmas) of armed groups and movements counted ("the two movements formed the Patriotic
 * Front", "both militias"): they stand for as many actors that are no state, bloc or person
 * (eighty-third round). Kept apart from GROUP_NOUNS, whose words are never read as a word of a name
 * the text gave ("the movement" for a "… Liberation Movement").
 */
export const NON_STATE_GROUP_NOUNS: ReadonlySet<string> = new Set(["movement", "group", "militia", "organisation", "organization", "guerrilla"]);

/**
 * Words for the parties of a conflict or a negotiation as a whole, read uncounted after "the" ("the
 * sides", "the parties", "the belligerents"): they stand for the text's main pair.
 */
export const PARTY_NOUNS: ReadonlySet<string> = new Set(["side", "party", "belligerent"]);

/**
 * Group nouns (lemmas) that, counted two ("both sides", "the two leaders", "both commanders"), name
 * the parties of the conflict or the deal: with no pair just before them they stand for the text's
 * main pair. Not "the two countries" or "the two regions", which are as often another two.
 */
export const MAIN_PARTY_NOUNS: ReadonlySet<string> = new Set(["side", "party", "delegation", "rival", "foe", "adversary", "belligerent", "general", "commander", "leader", "camp", "faction"]);

/**
 * Group nouns (lemmas) that, counted two ("both sides", "the two parties", "both delegations"), are
 * the parties of the conflict or the talks themselves: they stand for the text's main pair when it
 * has one, whatever two were named just before (twenty-third round). "Camp" too since round 38
 * ("pressing both camps to compromise" after "Britain joined Washington": not Britain and the US).
 */
export const SIDE_NOUNS: ReadonlySet<string> = new Set(["side", "party", "delegation", "belligerent", "camp"]);

/**
 * Group nouns (lemmas) that, counted two ("both governments", "the two governments"), stand for the
 * text's main pair unless the sentences just before list two actors ("Armenia and Azerbaijan fought
 * a war … the Minsk Group has mediated between the two governments"): a pair named apart there is
 * more often a third party and one side ("Peru has sided with Argentina. The Secretary-General then
 * held talks with envoys of both governments": Britain and Argentina). Sixty-eighth round.
 */
export const MAIN_UNLESS_LISTED_NOUNS: ReadonlySet<string> = new Set(["government"]);

/**
 * Points of the compass: "the south", "the north" are a region of the country, not the group whose
 * name holds the word ("the South Sudan Defence Forces"; twenty-third round).
 */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western"]);

/**
 * Descriptions that, as the last word of a name, still more often mean another actor than the one
 * so named ("the government" beside a "Government of National Accord" is as often the state's,
 * "the group" any group): they do not prefer that name (anaphora.ts, `ownAntecedent`).
 */
export const SHARED_HEADS: ReadonlySet<string> = new Set(["government", "administration", "authorities", "country", "nation", "group", "organisation", "organization", "body"]);

/** Words that set a group's members against each other ("the warring generals", "the rival camps"): any group noun after one is the parties as a whole. */
export const OPPOSING_WORDS: ReadonlySet<string> = new Set(["warring", "rival", "opposing", "feuding", "competing"]);

/** Most words between the count and the group noun ("the two Gulf neighbours", "the two former rivals"). */
export const GROUP_MODIFIERS = 2;

/**
 * Forms of government that name a state in the singular ("the kingdom", "the emirate"), lower-case.
 * A state holds a title when one of its names contains it as words ("Kingdom of Saudi Arabia",
 * "Sultanate of Oman", "Islamic Republic of Iran"), or when it is listed in `TITLE_HOLDERS`.
 */
export const POLITY_TITLES: readonly string[] = ["kingdom", "emirate", "sultanate", "principality", "grand duchy", "islamic republic"];

/** States whose names in countries.json do not say their form of government ("State of Qatar"), by ISO 3166-1 alpha-3. */
export const TITLE_HOLDERS: ReadonlyMap<string, readonly string[]> = new Map([["emirate", ["QAT", "KWT"]]]);

/** How many sentences back an antecedent is looked for (the anaphor's own sentence is 0). */
export const ANTECEDENT_SENTENCES = 3;

/**
 * Descriptions that carry a subject over from the sentences before ("the bloc", "the junta", "the
 * rebels"), by the word as written (lower-case), with the kinds of actor each may stand for. Read
 * after "the" and up to `GROUP_MODIFIERS` describing words ("the regional bloc", "the ruling junta").
 */
type DescribedKind = "state" | "bloc" | "organization" | "court" | "non-state";
export const DESCRIPTIONS: ReadonlyMap<string, readonly DescribedKind[]> = new Map<string, readonly DescribedKind[]>([
  ...["bloc", "alliance", "union", "community", "organisation", "organization", "body", "grouping", "club", "coalition", "league"].map((w): [string, DescribedKind[]] => [w, ["bloc", "organization"]]),
  ...["junta", "government", "regime", "country", "administration", "nation", "authorities", "rulers", "leadership", "monarchy", "republic"].map((w): [string, DescribedKind[]] => [w, ["state"]]),
  ...["group", "militia", "rebels", "insurgents", "militants", "movement", "fighters", "jihadists", "separatists", "insurgency", "paramilitaries", "guerrillas"].map((w): [string, DescribedKind[]] => [w, ["non-state"]]),
  ...["court", "tribunal"].map((w): [string, DescribedKind[]] => [w, ["court"]]),
  // "The force is commanded by …" after "the Inter-American Peace Force": only a force or mission
  // whose own name holds the word (no kind fits: "asked the world body to extend the mission" is no
  // body's; a state's own forces are its state; eighty-third round).
  ...["force", "mission"].map((w): [string, DescribedKind[]] => [w, []]),
]);

/** A sentence-opening "It" stands for the previous sentence's subject, unless a form of these follows ("It is unclear …"). */
export const EXPLETIVE_AFTER_IT: ReadonlySet<string> = new Set(["be", "seem", "appear", "remain", "take", "'s", "’s"]);

/** How many words into its sentence a name may stand and still be read as its subject. */
export const SUBJECT_REACH = 6;

/** How many sentences back a description or "It" looks for its actor (across a paragraph break). */
export const DESCRIPTION_SENTENCES = 4;

/** How many words into its sentence an "its" may stand, no actor before it, to carry the subject over ("In January its coast guard …"). */
export const POSSESSIVE_REACH = 4;

/**
 * Words of a name the text gave that a description taking them ("the army", "the people") more
 * often means another actor by: a state's or anyone's forces, and the people (anaphora.ts,
 * `ownNameWords`). Lower-case.
 */
export const OTHERS_WORDS: ReadonlySet<string> = new Set([
  "forces", "military", "police", "guard", "guards", "troops", "people", "peoples", "world", "nations", "national", "united", "international",
  // What the parties sign or wage, not a party: "the accord" beside a "Government of National Accord".
  "accord", "accords", "agreement", "treaty", "deal", "process", "talks", "truce", "ceasefire", "operation", "peace", "war",
]);

/**
 * Words a report calls an armed rising by where it names the group ("the rebel X", "the guerrillas
 * of the X", "X rebels", "X, the ethnic Albanian rebels who …"), lower-case as written (insurgents.ts,
 * round 38).
 */
export const INSURGENCY_WORDS: ReadonlySet<string> = new Set(["rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents", "separatist", "separatists"]);

/** Kinds of actor a report may call rebels: an armed group, a party the gazetteer knows as an organisation ("Communist Party of Nepal (Maoist)") or a "Union" it reads as a bloc. */
export const INSURGENT_KINDS: ReadonlySet<string> = new Set(["non-state", "organization", "bloc"]);

/** Nouns of a person after "rebel" ("the rebel chief Prachanda", "a former rebel commander"): the name beside them is a person's, no group named as rebels. */
export const REBEL_PERSON_NOUNS: ReadonlySet<string> = new Set(["leader", "leaders", "commander", "commanders", "chief", "chiefs", "spokesman", "spokeswoman", "general", "official", "officials", "negotiator", "negotiators", "envoy", "delegate", "delegates"]);

/** Most words of an apposition read for a word of a rising ("the ethnic Albanian guerrilla force"). */
export const APPOSITION_REACH = 6;

/** Words that end an apposition before its description is read: what follows is a clause about the group ("the force that fought the rebels"). */
export const APPOSITION_STOPS: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "whose", "of", "in", "with", "against", "and"]);

/** Descriptions of a rising (plural, lower-case) that stand for the one group the text calls so (insurgents.ts). */
export const RISING_NOUNS: ReadonlySet<string> = new Set(["rebels", "guerrillas", "insurgents", "separatists"]);

/** Nouns that, after "rebel"/"guerrilla" or before "of … rebels", say the text has several risings ("rebel movements", "a coalition of rebels"). */
export const SEVERAL_GROUP_NOUNS: ReadonlySet<string> = new Set(["groups", "movements", "factions", "organisations", "organizations", "armies", "coalition", "coalitions", "alliance", "alliances", "umbrella", "fronts", "regions", "republics", "territories"]);

/** Words right before "rebels" that say there are other risings than the one named ("other rebels", "rival guerrillas"). */
export const SEVERAL_BEFORE: ReadonlySet<string> = new Set(["other", "rival", "various", "both"]);

/** Words right after a description in apposition to a name that go on to say what it is ("X, the alliance of …", "X, the bloc that …"): anaphora.ts reads it as that name. */
export const APPOSITION_GOES_ON: ReadonlySet<string> = new Set(["of", "that", "which", "whose", "based", "formed", "founded", "created", "set", "led", "made"]);
