/**
 * The cue lexicon: words and phrases that signal a stance between two actors named near them, as
 * data. Each cue belongs to a class; a class has a sign and the relation-type ids it prefers.
 *
 * A phrase is written as lemmas separated by spaces ("sign treaty", "host talk"); each word matches a
 * token whose lemma or lower-cased text is that word, and up to `MAX_GAP` tokens may stand between
 * two words of a phrase ("signed a defence treaty", "hosted earlier rounds of talks"). `pos`
 * restricts a one-word cue to a part of speech where the word is ambiguous ("back" as a verb, not
 * "a while back"). Weights run from 0 to 1: how surely the cue, near two actors, means its class.
 * Multi-word phrases win over the single words inside them.
 */

export type CueClass = "alliance" | "cooperation" | "membership" | "mediation" | "estrangement" | "hostility" | "prosecution";

export interface CueClassInfo {
  sign: -1 | 0 | 1;
  /** Relation-type ids to use when the dataset has one, in order of preference. */
  types: readonly string[];
  /** Directed classes: which end acts ("the member joins the body", "the mediator stands between"). */
  directed: boolean;
}

export const CUE_CLASSES: Readonly<Record<CueClass, CueClassInfo>> = {
  alliance: { sign: 1, types: ["alliance", "partnership", "cooperation"], directed: false },
  cooperation: { sign: 1, types: ["partnership", "cooperation", "support", "alliance"], directed: false },
  membership: { sign: 1, types: ["membership", "member"], directed: true },
  mediation: { sign: 0, types: ["mediation"], directed: true },
  estrangement: { sign: -1, types: ["estrangement", "rivalry", "tension", "opposition"], directed: false },
  hostility: { sign: -1, types: ["hostility", "conflict", "war", "estrangement"], directed: false },
  prosecution: { sign: -1, types: ["prosecution"], directed: true },
};

export interface CueEntry {
  phrase: string;
  class: CueClass;
  weight: number;
  pos?: "VERB" | "NOUN" | "ADJ";
  /** Most tokens between two words of this phrase, when not `MAX_GAP`. */
  gap?: number;
}

/** Most tokens allowed between two words of a multi-word cue. */
export const MAX_GAP = 3;

const entries = (cls: CueClass, weight: number, phrases: string[], pos?: CueEntry["pos"]): CueEntry[] =>
  phrases.map((phrase) => ({ phrase, class: cls, weight, ...(pos ? { pos } : {}) }));

/**
 * Ending an adversarial measure is a step toward cooperation, whatever the measure's own sign:
 * "lifted the blockade", "ended their three-year boycott", "the lifting of sanctions", "healed the
 * rift". Each verb with each measure is a cooperation phrase; being longer than the measure alone,
 * it wins over it. "easing" is listed as written: the tagger keeps it as its own lemma.
 */
export const TERMINATING_VERBS: readonly string[] = ["end", "lift", "ease", "easing", "drop", "scrap", "halt", "abandon", "resolve", "settle", "heal", "mend", "overcome", "repeal", "remove", "terminate", "call off"];
export const ADVERSARIAL_MEASURES: readonly string[] = ["boycott", "blockade", "embargo", "sanction", "rift", "dispute", "feud", "quarrel", "estrangement", "isolation", "standoff", "stand-off", "freeze", "suspension", "ban", "restriction"];
/** Words allowed between the verb and the measure ("ended their three-year boycott": 4). */
export const TERMINATION_GAP = 5;

/**
 * Verbs after which "to" + a cue is the cue refused or not done ("refused to lift the blockade",
 * "failed to condemn"): the cue reads as negated, as "did not …" would.
 */
export const REFUSING_VERBS: ReadonlySet<string> = new Set(["refuse", "decline", "fail"]);

export const CUE_LEXICON: readonly CueEntry[] = [
  // Alliance: a declared, usually military, bond.
  ...entries("alliance", 1, ["ally", "alliance", "allied", "defence pact", "defense pact", "mutual defence", "mutual defense", "security pact", "military pact", "collective defence", "security guarantee", "defence treaty", "defense treaty"]),
  ...entries("alliance", 0.8, ["military base", "army base", "military installation", "army installation", "pact", "military partner", "band together"]),
  // Cooperation: support, friendship, arms, aid, agreements.
  ...entries("cooperation", 1, ["support", "backing", "partner", "partnership", "cooperate", "cooperation", "co-operation", "rapprochement", "friendship", "solidarity", "close tie", "closer tie", "warm tie", "warm relation", "cordial", "friendly", "normalise", "normalize", "normalisation", "normalization", "restore tie", "restore relation", "restore diplomatic relation", "reopen embassy", "aid", "assistance", "arm supply", "supply weapon", "send weapon", "sell", "sale", "sponsorship", "strategic partner"]),
  ...entries("cooperation", 1, ["back", "arm", "endorse", "help", "defend"], "VERB"),
  ...entries("cooperation", 0.7, ["agreement", "deal", "treaty", "sign agreement", "sign deal", "weapon", "ammunition", "radar", "missile", "rocket", "pledge", "invest", "investment", "praise", "welcome", "stand by", "stand with", "side with", "in favour of", "tie", "relation", "nearer"]),
  // Ending an adversarial measure.
  ...TERMINATING_VERBS.flatMap((verb) => ADVERSARIAL_MEASURES.map((measure): CueEntry => ({ phrase: `${verb} ${measure}`, class: "cooperation", weight: 1, gap: TERMINATION_GAP }))),
  // Membership: belonging to a body (used only when one side is a bloc, organisation or court).
  ...entries("membership", 1, ["join", "member", "membership", "accede", "accession", "participation", "ratify", "state party"]),
  // Mediation: standing between two others.
  ...entries("mediation", 1, ["mediate", "mediation", "mediator", "broker", "host talk", "hold talk", "peace talk", "peacekeeper", "peacekeeping", "maintain order", "facilitate", "truce", "ceasefire", "cease-fire", "peace treaty", "nonaggression treaty", "peace deal", "intervene"]),
  ...entries("mediation", 0.6, ["talk", "host", "negotiation", "envoy"]),
  // Estrangement: political distance, protest and distrust, without fighting.
  ...entries("estrangement", 1, ["condemn", "censure", "criticise", "criticize", "criticism", "denounce", "accuse", "accusation", "blame", "recall ambassador", "recall envoy", "expel", "expulsion", "summon ambassador", "freeze", "suspend", "sanction", "embargo", "cut tie", "cut off", "sever", "rupture", "rift", "dispute", "breach of trust", "betray", "deceive", "sell out", "distance", "distrust", "mistrust", "cast doubt", "countermeasure", "retaliatory", "boycott", "blockade", "feud", "quarrel", "standoff", "stand-off", "stab in the back", "duplicity", "rival", "rivalry", "hostile", "against", "oppose", "opposing", "reject", "protest", "threaten", "warn", "isolate"]),
  ...entries("estrangement", 0.7, ["recall", "doubt", "concern", "anxiety", "alarm", "anger", "tension", "hold up", "block", "veto", "disappointment", "coolly", "snub", "unacceptable"]),
  // Hostility: armed enmity.
  ...entries("hostility", 1, ["war", "invade", "invasion", "attack", "offensive", "enemy", "foe", "arch-enemy", "hostility", "fight", "battle", "battling", "clash", "shell", "shelling", "bomb", "bombing", "airstrike", "occupy", "occupation", "annex", "annexation", "crush", "squash", "squashed", "aggression", "roll into"]),
  ...entries("hostility", 0.6, ["conflict", "strike"]),
  // Prosecution: a court pursues an actor (only when one side is a court; else estrangement).
  ...entries("prosecution", 1, ["arrest warrant", "warrant", "arrest", "indict", "indictment", "prosecute", "prosecution", "war crime", "capture"]),
];
