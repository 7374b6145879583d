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
import { WING_PHRASES } from "./data/names.ts";

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
  /** The words of a two-word phrase must have something between them: its object ("drove the Union from", not "drove from the airport"). */
  objectBetween?: boolean;
  /** The gap holds no verb and no "that": one object, not a clause ("admitted Egypt to", not "admitted that it sent envoys to"). */
  plainGap?: boolean;
  /**
   * Words (lemmas) that, right after the phrase, belong to it and are no cue of their own: "tore up
   * military cooperation agreements" is one cue, not "tear up cooperation" and "agreement".
   */
  absorbs?: readonly string[];
  /** The gap may hold actors' names ("relations with Algeria have soured"): the cue encloses the pair. */
  acrossNames?: boolean;
  /** A second class the same words also say: leaving a body ends a membership and is a step apart. */
  also?: CueClass;
  /** Commas may stand in the gap ("a Franco-German initiative, later endorsed by Italy"). */
  acrossCommas?: boolean;
  /**
   * Negated, the cue says this class at full weight, not the other sign weaker: not recognising a
   * state or its claim is a stance of its own ("Serbia does not recognise Kosovo": estrangement).
   */
  negatedAs?: CueClass;
  /**
   * Backing a plan: mediation only of parties the plan is between ("between A and B") or, in
   * suggest.ts, of the text's main pair when the sentence names neither; between the backer and an
   * actor named beside it, support ("will back whatever settlement Belgrade accepts").
   */
  backing?: boolean;
  /**
   * Seeking an agreement (`SEEKING_VERBS`): read as backing between the parties it is between, and
   * nothing beside one actor ("Ruritania sought a treaty with Osterlich": the treaty's own cue says it).
   */
  seeking?: boolean;
  /**
   * Holding a body's chair: it speaks of the holder (named before it: "Stubb, who chairs", "whose
   * country holds") and the body (after it, or owning it: "the EU's rotating presidency") only.
   */
  chair?: boolean;
  /**
   * Chaired by others ("the Lima Group, which is co-chaired by Brazil, Chile and Peru"): it speaks
   * only of the body named right before it and those listed after "by", its members (pairs.ts).
   */
  chairedBy?: boolean;
  /**
   * Troops of a force ("soldiers of the Coastal Force (COFOR), mostly Kenyans"): it speaks only of
   * the force named right after "of", not a state, and a state named with it, its contributor.
   */
  troops?: boolean;
  /**
   * A force that "includes soldiers from" states ("The force … includes soldiers from Brazil, Honduras
   * and Paraguay, policemen from Costa Rica …"): it speaks only of the force named before it and a
   * state named after a word for soldiers and "from", its contributor (eighty-third round).
   */
  contributors?: boolean;
  /**
   * A force "made up of" states' soldiers ("The Coastal Mission (COMI), made up of some 2,000
   * Kenyan and Tanzanian troops, …"): it speaks only of the force named right before it and a state
   * named after it before a word for soldiers, its contributor (twenty-seventh round).
   */
  madeOf?: boolean;
  /** Lifting a penalty (`PUNITIVE_MEASURES`): cooperation when asked for (cues.ts `askedLiftings`). */
  lifting?: boolean;
  /**
   * Pressing or urging: a go-between's act only when its object is both parties ("pressed both
   * camps to compromise", "urged the two leaders", "press both Kampala and the rebels"); of any one
   * actor it says nothing (pairs.ts).
   */
  bothSides?: boolean;
  /** A court's order ("the Court ordered A and B to …"): read only between a court named before it and those after it (pairs.ts). */
  courtOrder?: boolean;
  /** Forming a body: read only between the body named right after the verb and its listed founders before it (pairs.ts). */
  forms?: boolean;
  /** "… to which A and B belong": read only between the antecedent before "to which" and the subjects after it (pairs.ts). */
  belongs?: boolean;
}

/** Words allowed between "bring" and "together" or "to the table", the parties' names included ("brought Colombia and the ELN together": 5). */
export const BRING_GAP = 8;

/** What a go-between carries between two parties ("carried messages between", "carrying proposals between"). */
export const ERRAND_OBJECTS: readonly string[] = ["message", "proposal", "offer", "letter", "note"];
/** Most tokens allowed between two words of a multi-word cue. */
export const MAX_GAP = 3;

/** Verbs of a court's orders and rulings: a go-between's cue only with a court as their subject (pairs.ts). */
export const COURT_VERBS: readonly string[] = ["order"];

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
 * Penalties one side imposes on another. Lifting or easing them ends no quarrel: the sanctions say
 * that the one who imposed them stands against the one they hit, and the lifting says so too (the
 * gold convention keeps the estrangement: "will lift nuclear-related sanctions on Iran", "eased some
 * oil sanctions on Venezuela"). Only a third party that asks for the lifting ("urged the council to
 * lift the sanctions", "called for the lifting of sanctions") sides with the one they hit: cues.ts.
 */
export const PUNITIVE_MEASURES: readonly string[] = ["sanction", "embargo", "penalty"];
/** Words that ask for something to be done, before a lifting of penalties (cues.ts). */
export const ASKING_WORDS: ReadonlySet<string> = new Set(["urge", "call", "ask", "press", "demand", "seek", "argue", "push", "lobby", "plead", "appeal", "request", "advocate", "want"]);

/**
 * Ending a cooperative bond is a step apart, whatever the bond's own sign: "tore up the military
 * cooperation agreements", "scrapped the defence pact", "suspended the partnership", "pulled out of
 * the accord", "halted arms exports to Ankara", "suspended weapons sales". Each verb with each bond is an estrangement phrase that wins over the bond alone.
 */
export const ENDING_VERBS: readonly string[] = [
  "end", "scrap", "tear up", "rip up", "suspend", "cancel", "revoke", "abrogate", "terminate", "annul", "renounce", "denounce",
  "repudiate", "withdraw from", "pull out of", "walk away from", "abandon", "break off", "freeze", "downgrade", "halt", "sever", "cut",
  "stop", "ban", "curb", "restrict",
];
export const COOPERATIVE_BONDS: readonly string[] = [
  "cooperation", "co-operation", "agreement", "accord", "pact", "treaty", "alliance", "partnership", "deal", "tie", "relation",
  "relationship", "aid", "assistance", "arrangement", "understanding", "memorandum", "support", "funding", "loan",
  // Arms and trade flowing to an actor: "halted arms exports to Turkey", "suspended weapons sales", "stopped deliveries".
  "export", "sale", "delivery", "shipment", "supply",
];

/**
 * Aid put in doubt or gone: "says it is reviewing its aid to Amman", "has lost most of its American
 * aid", "will reconsider its assistance". A donor weighing whether to go on giving, or a receiver that
 * no longer gets, tells a bond cooling, not a partnership: each verb with each kind of aid is an
 * estrangement phrase that wins over the aid alone (across a donor's name between: "lost its American aid").
 */
export const AID_DOUBTING_VERBS: readonly string[] = ["review", "reconsider", "reassess", "re-examine", "lose"];
export const AID_WORDS: readonly string[] = ["aid", "assistance", "funding", "loan", "subsidy"];

/**
 * Relations going bad: "relations soured", "ties deteriorated", "strained relations", "a chill in
 * ties". Each word with each bond, in either order, is an estrangement phrase.
 */
export const WORSENING_WORDS: readonly string[] = ["sour", "deteriorate", "deterioration", "worsen", "fray", "strain", "chill", "cool", "frosty", "tense", "sink", "plunge", "collapse", "break down"];
export const RELATION_WORDS: readonly string[] = ["relation", "relationship", "tie"];
/** Words allowed between "relations" and the verb, names included ("relations between Chile and Peru have soured": 5). */
export const WORSENING_GAP = 6;

/**
 * Economic and trade bonds: each word with each bond ("trade pact", "economic agreement", "free trade
 * deal", "investment treaty") is cooperation, which prefers the dataset's partnership type: a pact
 * about trade is no alliance. At most two words between ("trade and investment pact").
 */
export const ECONOMIC_WORDS: readonly string[] = ["trade", "economic", "commercial", "investment", "energy", "mining", "mineral", "oil", "gas", "customs", "tariff", "business"];
export const ECONOMIC_BONDS: readonly string[] = ["pact", "agreement", "deal", "accord", "treaty", "partnership", "cooperation", "framework", "integration", "tie", "relation", "memorandum", "arrangement"];

/**
 * Leaving a body, as a member does: it ends a membership (the curator records it, with its end) and
 * is a step apart from the body. Read as membership and, as a second reading, estrangement; like
 * any membership cue it needs a bloc, organisation or court on one side.
 */
export const LEAVING_VERBS: readonly string[] = ["leave", "quit", "exit", "withdraw from", "pull out of", "walk out of", "walk out", "walkout", "withdrawal from", "exit from", "departure from"];

/**
 * A collective-defence pledge: an attack counted "against them" or "on all of them" ("an attack on
 * Niger would be a declaration of war against them", "aggression against one is aggression against
 * all"). An adversarial cue followed, within `PLEDGE_REACH` words, by one of these prepositions and
 * one of these objects, with a conditional or defining word between (`PLEDGE_FRAMES`), speaks of those who pledge and the one they would defend: an alliance.
 */
export const PLEDGE_PREPOSITIONS: ReadonlySet<string> = new Set(["against", "on", "upon"]);
export const PLEDGE_OBJECTS: ReadonlySet<string> = new Set(["them", "us", "all", "both", "every", "each"]);
export const PLEDGE_REACH = 14;
/** A pledge is conditional or a definition: one of these stands between the cue and "against them" ("would be treated as"). */
/** The frame word may also stand up to this many words before the preposition ("would be treated as a declaration of war against them"). */
export const PLEDGE_FRAME_REACH = 8;
export const PLEDGE_FRAMES: ReadonlySet<string> = new Set(["would", "will", "shall", "consider", "considered", "treat", "treated", "regard", "regarded", "deem", "deemed", "count", "counted", "constitute", "amount"]);

/**
 * Backing or guaranteeing a plan between two parties is standing between them: each verb with each
 * plan, in either order ("endorsed the peace plan", "a proposal later endorsed by Italy", "guarantors
 * of the arrangement"), is mediation; the parties are those the plan is between or, when the
 * sentence does not name them, the text's main pair (suggest.ts). Commas may stand between.
 */
export const BACKING_VERBS: readonly string[] = ["back", "endorse", "sponsor", "guarantee", "underwrite", "propose", "put forward", "draft", "champion", "adopt"];
export const PLANS: readonly string[] = ["plan", "proposal", "initiative", "roadmap", "road map", "blueprint", "framework", "settlement", "peace deal", "peace plan", "arrangement"];
/**
 * Seeking an agreement between others is working for it, as a backer does: "which since 1983 has
 * sought a treaty between A and B", "works for a settlement between the two". Read as backing (the
 * parties are those it is between; beside one actor alone, nothing: "Israel sought a treaty with
 * Egypt" is the treaty's own cue's). Not "pursue": "has pursued a deal linking Namibia's independence
 * to a Cuban withdrawal" is read better by the deal's own word (measured: a pair lost, none gained).
 */
export const SEEKING_VERBS: readonly string[] = ["seek", "work for", "work toward", "work towards"];
export const SOUGHT_AGREEMENTS: readonly string[] = ["treaty", "accord", "agreement", "settlement", "peace deal", "deal"];
/** Words allowed between the verb and the plan ("backed the Franco-German peace plan": 4). */
export const BACKING_GAP = 4;

/** Recognising a state or a claim is cooperation; not recognising it, estrangement (`negatedAs`). */
export const RECOGNISING_WORDS: readonly string[] = ["recognise", "recognize", "recognition"];

/** What a rival claimant is recognised as, after "as" and the state's name: "recognise X as Venezuela's interim president". */
export const RIVAL_CLAIMS: readonly string[] = ["interim", "legitimate", "rightful", "acting president", "acting head", "lawful", "true government"];

/**
 * Verbs after which "to" + a cue is the cue refused or not done ("refused to lift the blockade",
 * "failed to condemn"): the cue reads as negated, as "did not …" would.
 */
export const REFUSING_VERBS: ReadonlySet<string> = new Set(["refuse", "decline", "fail"]);

/**
 * Words that open a condition not met when the sentence is written: the verb of its clause is no deed
 * done ("refuses to talk to Peru unless Lima recognises Bolivia", "until Lima recognises Bolivia":
 * Lima has not recognised it). "until" only before a verb in the present ("fought until the two
 * signed a truce" tells a truce that was signed).
 */
export const UNMET_CONDITIONS: ReadonlySet<string> = new Set(["unless", "until", "till"]);
/** Condition words that need the present tense after them to speak of what is not yet done. */
export const UNMET_IF_PRESENT: ReadonlySet<string> = new Set(["until", "till"]);
/** How many tokens a condition's opener may stand before its verb (its subject between). */
export const UNMET_REACH = 8;
/**
 * Urging an actor to stop or end what it does ("urged Moscow to stop supporting the separatists",
 * "called on Kigali to end its support"): the one who urges stands against the one urged; the names
 * stand inside the phrase. What is to stop keeps its own reading (Moscow supports the separatists).
 */
export const URGING_VERBS: readonly string[] = ["urge", "call on", "demand", "press", "tell", "warn"];
/** Verbs of pressing or urging that, with both parties as their object, make the subject a go-between (`bothSides`). */
export const PRESSING_VERBS: readonly string[] = ["press", "pressure", "pressurise", "pressurize", "urge", "push", "call on", "prod", "nudge", "coax", "appeal to", "implore"];
export const STOPPING_VERBS: readonly string[] = ["stop", "cease", "halt", "end", "withdraw", "pull"];
/** What a go-between calls on two or more to stop ("to cease fire", "to halt the fighting", "to end hostilities"): forty-fifth round. */
export const HALTED_FIGHTING: readonly string[] = ["fire", "fighting", "hostility", "hostilities", "war", "attack", "clash", "offensive", "shelling", "bombing", "advance"];
/**
 * Hosting one guest ("Erdogan hosted Zelensky", "hosted the Kenyan president") is receiving a
 * visit, cooperation at this weight, not mediation; hosting talks, or two parties, stays mediation.
 * `GUEST_WORDS` may stand between "host" and the guest ("the leaders of", "his counterpart from").
 */
export const HOSTED_VISIT_WEIGHT = 0.6;

/** Words of watching over others' agreement: a monitor stands between the parties it watches (mediation). */
export const MONITORING_WORDS: readonly string[] = ["monitor", "monitoring", "supervise", "supervision", "oversee", "verify"];
/** What a monitor quoted as a source does ("UN monitors say", "monitors have reported"): then it is no mediation cue (cues.ts). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(["say", "said", "says", "report", "reported", "estimate", "record", "recorded", "judge", "judged", "find", "found", "document", "count", "note", "believe"]);

/** Verbs of conducting others' talks, and what they conduct: "ran the negotiations", "co-chaired the talks" (mediation). */
export const STEERING_VERBS: readonly string[] = ["run", "chair", "steer", "oversee", "moderate", "accompany"];
export const STEERED_EVENTS: readonly string[] = ["talk", "negotiation", "round", "dialogue", "process", "peace process"];
export const GUEST_WORDS: ReadonlySet<string> = new Set(["the", "a", "his", "her", "its", "their", "leader", "president", "counterpart", "minister", "prime", "foreign", "delegation", "king", "emir", "crown", "prince", "head", "of", "from", "visiting"]);

/**
 * Words that are no cue where they stand, whatever the lexicon says of them:
 * - inside a hyphenated compound whose middle is one of `COMPOUND_LINKS` ("back-to-back trips",
 *   "face-to-face talks", "hand-in-hand", "side-by-side"): the compound is one word of its own;
 * - a particle of `VERB_PARTICLES` after a verb, or after a verb and its object of up to two words
 *   ("set back the plan", "set the talks back", "hit back"): not the verb "back";
 * - "against" before a setting noun of `SETTING_NOUNS`, up to one word between ("against this
 *   background", "against the backdrop of"): a frame, not opposition.
 */
export const COMPOUND_LINKS: ReadonlySet<string> = new Set(["to", "in", "by", "for", "and", "or", "on", "at", "of", "a"]);
export const VERB_PARTICLES: ReadonlySet<string> = new Set(["back"]);
export const SETTING_NOUNS: ReadonlySet<string> = new Set(["background", "backdrop"]);
/**
 * A war named as a time ("at the height of the war", "in the first days of the war", "during the
 * war", "since the war"): the frame of what the sentence tells, not a stance of the actors in it
 * ("Yushchenko flew to Tbilisi at the height of the war to stand beside Saakashvili"). Read after
 * "the" and up to one describing word ("the five-day war"); a war "against" or "between" someone
 * stays a cue ("with" does not: "at the height of the war with Polish President Lech Kaczynski" is
 * company).
 */
export const TIME_FRAME_BEFORE: ReadonlySet<string> = new Set(["during", "throughout", "since", "after", "before", "amid", "until", "till"]);
export const TIME_FRAME_NOUNS: ReadonlySet<string> = new Set(["height", "day", "days", "week", "weeks", "start", "end", "eve", "outbreak", "course", "aftermath", "wake", "beginning", "months", "hours"]);
export const FRAMED_EVENTS: ReadonlySet<string> = new Set(["war", "fighting", "conflict", "invasion", "offensive", "incursion", "assault", "operation", "campaign"]);
export const EVENT_PARTIES_AFTER: ReadonlySet<string> = new Set(["against", "between"]);
/**
 * A war opposed ("led the opposition to a war", "campaigning against a war", "they oppose the
 * war"): the war is the thing the sentence's actors stand against, not a fight between them, so the
 * word is no cue of hostility among those who oppose it (seventy-seventh round). Read after these
 * words and an article, up to one describing word between ("against a wider war"); a war "against"
 * or "between" someone (`EVENT_PARTIES_AFTER`) names its parties and stays a cue.
 */
export const OPPOSED_EVENT_BEFORE: ReadonlySet<string> = new Set(["against", "oppose", "opposed", "opposes", "opposing"]);
/** The noun of opposition, before "to": "the opposition to a war". */
export const OPPOSITION_NOUNS: ReadonlySet<string> = new Set(["opposition", "objection", "objections", "resistance"]);

/**
 * A gathering that is itself a party ("an alliance of three ethnic armed groups", "the rebel
 * coalition", "an alliance of opposition parties"): the noun after one of `PARTY_GATHERING_BEFORE`,
 * or before "of" and a number or one of them, names the party, and is no bond between others.
 */
export const PARTY_GATHERINGS: ReadonlySet<string> = new Set(["alliance", "coalition"]);
export const PARTY_GATHERING_BEFORE: ReadonlySet<string> = new Set(["rebel", "rebels", "opposition", "ethnic", "armed", "militant", "insurgent", "jihadist", "separatist", "guerrilla", "militia", "tribal", "northern", "southern", "eastern", "western"]);

/** A body counting one as its member, the one counted named between the words (pairs.ts). */
export const COUNTED_MEMBER_PHRASES: readonly string[] = ["count as member", "count among member"];
/** Being part of a body: its membership, the body named right after "of" (pairs.ts). */
export const PART_OF_PHRASES: readonly string[] = ["be part of", "become part of", "form part of", "remain part of"];
/** Most words between "admit" and its "to" ("readmitted the Republic of Egypt to"). */
const ADMITTED_REACH = 6;
/**
 * The gap of an admission phrase: "admit(ted) X to" may hold the one admitted (no verb between);
 * "admission to" the default; "named to", "appointed to", "elected to" nothing.
 */
function admissionGap(phrase: string): Partial<CueEntry> {
  if (/^(re)?admit/.test(phrase)) return { gap: ADMITTED_REACH, acrossNames: true, plainGap: true };
  return /^(re)?admission/.test(phrase) ? {} : { gap: 0 };
}
/** Verbs (lemmas) of a force that has states' soldiers in it: "includes soldiers from …" (pairs.ts `contributors`). */
const CONTRIBUTOR_VERBS: readonly string[] = ["include", "comprise", "number"];
/** Words (lemmas) for the soldiers a state sends to a force, before "from". */
const CONTRIBUTED_NOUNS: readonly string[] = ["soldier", "troop", "contingent", "peacekeeper", "police", "policeman", "officer", "personnel", "unit"];

/** Being let, named, appointed or elected into a body (membership): the body named right after the phrase (pairs.ts). */
export const ADMISSION_PHRASES: readonly string[] = ["admit to", "admit into", "admission to", "admission into", "readmit to", "readmitted to", "readmit into", "readmitted into", "readmission to", "name to", "appoint to", "elect to"];

/** Activities forces do together ("joint patrols", "exercise with"), lemmas: cooperation. */
/**
 * Nouns of a body of go-betweens, when a mediation word names it ("a mediation team", "a contact
 * group", "a panel of mediators", "a monitoring committee"): a sentence that goes on to list the
 * body's members ("The team included …") lists go-betweens (suggest.ts, twenty-ninth round).
 */
export const GO_BETWEEN_BODY_NOUNS: ReadonlySet<string> = new Set(["team", "group", "panel", "committee", "commission"]);
/** Verbs that list a body's members: "The team included …", "The panel comprises …", "The group consists of …". */
export const MEMBER_LISTING_VERBS: ReadonlySet<string> = new Set(["include", "comprise", "consist"]);
/** A truce's cue phrases: its parties are at war (pairs.ts), and never each other's go-betweens (suggest.ts). */
export const TRUCE_WORDS: ReadonlySet<string> = new Set(["truce", "ceasefire", "cease-fire"]);
/**
 * A fighter's companions (pairs.ts `fightCompanions`, forty-first round): the cue phrases of fighting
 * whose subject's side a phrase after the verb can name ("UNITA fought with the backing of South
 * Africa", "fighting the rebels alongside the militias", "fought on the government's side", "has
 * fought them from Zambia"): the one named there fights with the subject, not against it.
 */
export const FIGHT_PHRASES: ReadonlySet<string> = new Set(["fight", "battle", "battling"]);
/** A state's services named before it in a list ("together with the armies of A and B"): the state is named (fifty-fifth round). */
export const SERVICE_NOUNS: ReadonlySet<string> = new Set(["army", "force", "navy", "troop", "government"]);
/**
 * Nouns that close a name of a list of fighters' origins ("Troops from A and the other Gulf
 * Cooperation Council states, from B"): the list runs on past them (fifty-fifth round).
 */
export const LIST_GROUP_NOUNS: ReadonlySet<string> = new Set(["state", "country", "nation", "member", "ally"]);
/**
 * Verbs that launch an attack named by a noun after them ("launched an offensive", "mounted attacks",
 * "staged raids"): their listed subjects attack together, on one side (fifty-third round).
 */
export const LAUNCHING_VERBS: ReadonlySet<string> = new Set(["launch", "mount", "stage", "begin", "open"]);
/**
 * Verbs of driving an enemy out or back that help can be given to do ("helped government forces
 * drive the rebels from the towns", "helped repel the attack"): the one driven is fought by the
 * helper and the helped (forty-seventh round). Lemmas and forms (the tagger may read "drive" as a noun).
 */
export const DRIVING_VERBS: ReadonlySet<string> = new Set(["drive", "expel", "repel", "oust", "rout", "evict", "dislodge", "defeat", "crush"]);
/** Words of fighting beside another: "alongside the army", "beside Kabila's forces" (read as an alliance). */
export const COMPANION_WORDS: ReadonlySet<string> = new Set(["alongside", "beside"]);
/** What a backer gives a fighter: "with the backing of X", "with X's support", "with Soviet weapons", "with American tanks" (read as cooperation). */
export const BACKING_NOUNS: ReadonlySet<string> = new Set(["backing", "support", "help", "aid", "assistance", "blessing", "weapon", "arm", "tank", "aircraft", "warplane", "jet", "missile", "gun", "rifle", "helicopter", "artillery", "money", "fund"]);
/** Stores of arms a fighter goes to war with, besides `BACKING_NOUNS` ("with an arsenal bought from …"): forty-fifth round. */
export const ARMS_NOUNS: ReadonlySet<string> = new Set(["arsenal", "armament", "munition", "ammunition", "equipment", "materiel"]);
/** Verbs of having arms from a supplier ("bought from", "supplied by"): the supplier is on the fighter's side. */
export const SUPPLYING_VERBS: ReadonlySet<string> = new Set(["buy", "bought", "purchase", "purchased", "supply", "supplied", "provide", "provided", "sell", "sold", "ship", "shipped"]);
/** A fighter's refuge in another's land: "from bases in Angola", "from camps in Honduras", "from Zambian territory" (read as cooperation). */
export const BASE_NOUNS: ReadonlySet<string> = new Set(["base", "camp", "territory", "soil", "sanctuary", "rear base", "hideout"]);
/**
 * Weapons fired, not supplied (pairs.ts `weaponFired`, forty-first round): a weapon cue ("missile",
 * "rocket") before a noun of attack ("missile strikes", "rocket fire"), after a verb of firing
 * ("fired rockets at"), or before a verb of flying or hitting ("North Korean missiles fly over its
 * territory") is an attack.
 */
export const WEAPON_PHRASES: ReadonlySet<string> = new Set(["weapon", "missile", "rocket", "ammunition"]);
export const ATTACK_AFTER_WEAPON: ReadonlySet<string> = new Set(["strike", "attack", "fire", "barrage", "salvo", "raid"]);
/** Verbs of letting another act ("let American aircraft bomb Iraq from its base", "allowed Russian jets to strike"): pairs.ts `letActor`. */
export const LETTING_VERBS: ReadonlySet<string> = new Set(["let", "allow", "permit"]);
/** Nouns of number before "of" and the weapons fired ("fired dozens of Scud missiles at …", "launched a barrage of rockets"): pairs.ts `weaponFired` reads past them to the firing verb. */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set(["dozen", "score", "hundred", "thousand", "handful", "number", "barrage", "salvo", "volley", "hail", "wave", "string", "series", "pair", "couple"]);
export const FIRING_VERBS: ReadonlySet<string> = new Set(["fire", "launch", "lob", "shoot", "rain"]);
export const WEAPON_FLIGHT_VERBS: ReadonlySet<string> = new Set(["fly", "hit", "strike", "land", "slam", "rain"]);
/** Verbs of giving up one's own weapons to another ("would hand its weapons to the Indian force", "will hand over their weapons to NATO"): a disarmament the receiver oversees (pairs.ts `disarmedTo`). */
export const DISARMING_VERBS: ReadonlySet<string> = new Set(["hand", "surrender", "turn", "give"]);
/**
 * Peacekeeping cue phrases: the mediation they tell is the force's, or its owner's, named with the
 * word ("UN peacekeepers", "a peacekeeping force of the CIS"), not that of others the sentence names
 * (pairs.ts `peacekeepingOwners`, twenty-ninth round).
 */
export const PEACEKEEPING_WORDS: ReadonlySet<string> = new Set(["peacekeeper", "peacekeeping"]);
/** Nouns a peacekeeping word may stand before, before the "of" or "from" that names its owner ("a peacekeeping force of …"). */
export const FORCE_NOUNS: ReadonlySet<string> = new Set(["force", "mission", "operation", "contingent", "battalion", "troop", "unit"]);
export const JOINT_ACTIVITIES: readonly string[] = ["patrol", "exercise", "drill", "manoeuvre", "maneuver", "sail", "train", "operation"];

export const CUE_LEXICON: readonly CueEntry[] = [
  // Alliance: a declared, usually military, bond.
  ...entries("alliance", 1, ["ally", "alliance", "allied", "defence pact", "defense pact", "mutual defence", "mutual defense", "security pact", "military pact", "collective defence", "security guarantee", "defence treaty", "defense treaty"]),
  ...entries("alliance", 0.8, ["military base", "army base", "military installation", "army installation", "pact", "military partner", "band together"]),
  // Hosting another's forces: "Bahrain is home to the US Navy's Fifth Fleet", "home to a Russian naval base".
  ...["base", "fleet", "troop", "garrison", "headquarters"].map((w): CueEntry => ({ phrase: `home to ${w}`, class: "alliance", weight: 0.8, gap: 5, acrossNames: true })),
  ...entries("alliance", 0.8, ["naval base", "air base", "airbase"]),
  // Fighting on the same side: "fight alongside", "deployed alongside" (the longer phrase wins over "fight").
  ...entries("alliance", 1, ["fight alongside", "fight side by side", "fight beside", "deploy alongside", "serve alongside", "operate alongside"]),
  // Cooperation: support, friendship, arms, aid, agreements.
  ...entries("cooperation", 1, ["support", "backing", "partner", "partnership", "cooperate", "cooperation", "co-operation", "rapprochement", "friendship", "solidarity", "close tie", "closer tie", "warm tie", "warm relation", "cordial", "friendly", "normalise", "normalize", "normalisation", "normalization", "restore tie", "restore relation", "restore diplomatic relation", "reopen embassy", "aid", "assistance", "arm supply", "supply weapon", "send weapon", "supply arm", "rush arm", "rush weapon", "deliver arm", "deliver weapon", "sell", "sale", "sponsorship", "strategic partner"]),
  ...entries("cooperation", 1, ["back", "arm", "endorse", "help", "defend"], "VERB"),
  // Arms had from another: "receives arms and rear bases from Guinea", "bought arms from China" (the
  // noun alone is no cue: "arms" is also a limb, "arms control").
  ...entries("cooperation", 0.8, ["receive arm", "get arm", "obtain arm", "buy arm", "purchase arm", "acquire arm", "import arm"]),
  // Paying for and building up another's forces: "the army, trained and funded by Washington", "equipped by Moscow".
  ...entries("cooperation", 0.8, ["fund", "finance", "bankroll", "equip", "train"], "VERB"),
  // Paying another's way: "The mission is paid for largely by the European Union", "its running
  // costs are paid largely by the EU" (eighty-second round; the payer after "by").
  { phrase: "pay by", class: "cooperation", weight: 0.8, gap: 3 },
  // Taking another's fighters into one's pay: "the government hired Sandline, a military company", "hired the firm's gunships".
  ...entries("cooperation", 1, ["hire"], "VERB"),
  // Sending arms or goods to another: "has shipped tanks and rockets to Aoun's forces", "arms had been
  // shipped to Ecuador" (a verb only: "seized dozens of ships" is none).
  ...entries("cooperation", 0.8, ["ship"], "VERB"),
  // Giving another's fighters a refuge: "accused of sheltering the Taliban's leaders", "harbours militants", "a safe haven".
  ...entries("cooperation", 0.8, ["shelter", "harbour", "harbor", "sanctuary", "safe haven"]),
  // Drawing nearer to another, or away: "has stood closer to Baghdad than any of its neighbours",
  // "leaned towards New Delhi", "accused Yerevan of drifting towards the West" (the drifter's own
  // step, read as a deed by `deedCue`, not the accuser's quarrel); "turned away from France". Nothing
  // between the words: "moved armour towards the border" is no step towards anyone.
  ...["stand", "move", "draw", "drift", "edge", "lean", "tilt", "gravitate", "swing", "pivot"].flatMap((v) => entries("cooperation", 0.7, [`${v} closer to`, `${v} towards`, `${v} toward`]).map((e): CueEntry => ({ ...e, gap: 0 }))),
  ...["drift", "turn", "move", "pivot"].flatMap((v) => entries("estrangement", 0.7, [`${v} away from`]).map((e): CueEntry => ({ ...e, gap: 0 }))),
  ...entries("cooperation", 0.7, ["agreement", "deal", "treaty", "sign agreement", "sign deal", "weapon", "ammunition", "radar", "missile", "rocket", "pledge", "invest", "investment", "praise", "welcome", "stand by", "stand with", "stand beside", "stand alongside", "stand behind", "swing behind", "side with", "in favour of", "tie", "relation", "nearer"]),
  // Speaking with one voice: "called in joint declarations for …", "a joint statement said the two
  // sides would …": those who issue it together stand together (seventy-seventh round).
  ...entries("cooperation", 0.7, ["joint declaration", "joint statement", "joint communiqué", "joint communique"]),
  // Forces acting together: "joint sea and air patrols with the Philippines", "drilled with Japanese
  // warships", "troops train with …" (the longer phrase wins over "patrol" or "operation" alone).
  ...JOINT_ACTIVITIES.flatMap((a): CueEntry[] => [
    { phrase: `joint ${a}`, class: "cooperation", weight: 0.9, gap: 3 },
    { phrase: `${a} with`, class: "cooperation", weight: 0.8, gap: 1 },
  ]),
  ...URGING_VERBS.flatMap((u) => STOPPING_VERBS.map((v): CueEntry => ({ phrase: `${u} ${v}`, class: "estrangement", weight: 0.8, gap: 4, acrossNames: true }))),
  // An economic bond is a partnership, not an alliance: "signed a trade pact", "an economic agreement";
  // being longer, these win over "pact" (alliance) and "agreement" alone.
  ...ECONOMIC_WORDS.flatMap((w) => ECONOMIC_BONDS.map((bond): CueEntry => ({ phrase: `${w} ${bond}`, class: "cooperation", weight: 1, gap: 2 }))),
  // Ending an adversarial measure.
  ...TERMINATING_VERBS.flatMap((verb) => [...ADVERSARIAL_MEASURES, "penalty"].map((measure): CueEntry => ({ phrase: `${verb} ${measure}`, class: PUNITIVE_MEASURES.includes(measure) ? "estrangement" : "cooperation", weight: 1, gap: TERMINATION_GAP, absorbs: ADVERSARIAL_MEASURES, ...(PUNITIVE_MEASURES.includes(measure) ? { lifting: true } : {}) }))),
  // Ending a cooperative bond, and relations going bad.
  ...ENDING_VERBS.flatMap((verb) => COOPERATIVE_BONDS.filter((bond) => `${verb} ${bond}` !== "cut tie").map((bond): CueEntry => ({ phrase: `${verb} ${bond}`, class: "estrangement", weight: 1, gap: TERMINATION_GAP, absorbs: COOPERATIVE_BONDS }))),
  ...AID_DOUBTING_VERBS.flatMap((verb) => AID_WORDS.map((aid): CueEntry => ({ phrase: `${verb} ${aid}`, class: "estrangement", weight: 1, gap: TERMINATION_GAP, acrossNames: true, absorbs: AID_WORDS }))),
  ...WORSENING_WORDS.flatMap((w) => RELATION_WORDS.flatMap((r): CueEntry[] => [
    { phrase: `${w} ${r}`, class: "estrangement", weight: 1 },
    { phrase: `${r} ${w}`, class: "estrangement", weight: 1, gap: WORSENING_GAP, acrossNames: true },
  ])),
  // Leaving a body: the membership it ends, and distance.
  ...LEAVING_VERBS.map((phrase): CueEntry => ({ phrase, class: "membership", weight: 0.9, also: "estrangement" })),
  // Membership: belonging to a body (used only when one side is a bloc, organisation or court).
  ...entries("membership", 1, ["join", "member", "membership", "belong to", "accede", "accession", "participation", "ratify", "state party"]),
  // "an eight-nation bloc to which Ruritania and Osterlich both belong": "belong" at the end of a
  // relative clause opened by "to which"/"of which" (pairs.ts reads it only so).
  ...entries("membership", 1, ["belong"], "VERB").map((e): CueEntry => ({ ...e, belongs: true })),
  // Founding a body together: "Syria and Libya, together with Algeria and the PLO, formed the Front":
  // the founders listed before the verb are its members (pairs.ts reads it only so).
  // … and so are those who built or set it up, told after it in a relative clause too ("the customs
  // union that Ghana, Togo and Benin built in the 1960s").
  ...entries("membership", 1, ["form", "found", "build", "create", "establish"], "VERB").map((e): CueEntry => ({ ...e, forms: true })),
  // Being let into a body: "was admitted to the United Nations in 1993", "admission into the alliance";
  // or named, appointed or elected to it: "was elected to the Security Council", "were named to the
  // commission" (pairs.ts reads each only with the body named right after it).
  // (Named, appointed or elected right "to" it, nothing between: "named a special envoy to the talks" names a person.)
  // (Admitting one named between the words: "readmitted Egypt to the league", eighty-second round.)
  ...ADMISSION_PHRASES.map((phrase): CueEntry => ({ phrase, class: "membership", weight: 1, ...admissionGap(phrase) })),
  // Signing a body's founding documents is joining it: "signed the founding charter of the Union alongside
  // Chile and Peru" (the signers are its members; a later refusal to ratify is the signer's alone).
  ...entries("membership", 1, ["founding document", "founding charter", "founding treaty", "founding act", "founding declaration"]),
  // A party's or a movement's own wing ("the party's youth militia, the …", "…, the armed wing of the
  // movement"): the wing is its member (the direction from the owner's possessive or "of", pairs.ts).
  ...entries("membership", 0.9, [...WING_PHRASES]),
  // Troops of a force are its contributors' ("soldiers of the Coastal Force, most of them Kenyans"):
  // a membership of the force named right after "of" and a state named with it (pairs.ts).
  ...entries("membership", 0.9, ["soldier of", "troop of", "contingent of"]).map((e): CueEntry => ({ ...e, troops: true })),
  // … and so are those it "includes" from states ("The force … includes soldiers from Brazil, Honduras …").
  ...CONTRIBUTOR_VERBS.flatMap((verb) => CONTRIBUTED_NOUNS.map((noun) => `${verb} ${noun} from`)).map((phrase): CueEntry => ({ phrase, class: "membership", weight: 0.9, gap: 2, contributors: true })),
  // … and so are the soldiers a force is "made up of" ("AMTF, made up of 2,000 Kenyan and Tanzanian troops").
  ...entries("membership", 0.9, ["make up of", "compose of", "consist of"]).map((e): CueEntry => ({ ...e, madeOf: true })),
  // Chairing a body is a member's office: "Senegal's president, who chairs the African Union", "holds the rotating presidency".
  ...entries("membership", 0.9, ["chair", "chairman of", "chairwoman of", "chairperson of", "chairmanship", "rotating presidency", "hold presidency", "rotating chair"]).map((e): CueEntry => ({ ...e, chair: true })),
  // … and a body chaired by others is made of them ("the Lima Group, which is co-chaired by Brazil, Chile and Peru";
  // the tagger keeps "co-chaired" as its own lemma).
  ...entries("membership", 0.9, ["chair by", "co-chaired by"]).map((e): CueEntry => ({ ...e, chairedBy: true })),
  // Mediation: standing between two others.
  ...entries("mediation", 1, ["mediate", "mediation", "mediator", "broker", "host talk", "hold talk", "peace talk", "peacekeeper", "peacekeeping", "maintain order", "facilitate", "truce", "ceasefire", "cease-fire", "peace treaty", "nonaggression treaty", "peace deal", "intervene", "convene", "intermediary", "go-between", "good office", "shuttle diplomacy", "facilitator"]),
  ...entries("mediation", 0.8, ["interlocutor", "convene talk", "observer"]),
  // Witnesses of the parties' signing stand between them ("… attended as witnesses", "signed with
  // France as a witness"); not "witnesses said" (onlookers of a deed), hence "as" before it.
  ...entries("mediation", 0.8, ["as witness", "as a witness"]),
  // A contact group is a body of go-betweens: its members, named after it ("a contact group led by
  // Libya and including Gabon"), stand between the parties it was set up for.
  ...entries("mediation", 0.8, ["contact group"]),
  // Watching over what two others agreed (eighteenth round): "monitors from the EU", "will monitor
  // compliance", "to supervise the ceasefire", "will oversee the pullout", "verifies the reintegration".
  ...entries("mediation", 0.8, [...MONITORING_WORDS]),
  // Talks held under a third party's aegis: "under Mexican auspices", "under the auspices of the African Union".
  ...entries("mediation", 1, ["auspices", "aegis"]),
  // A court's orders and rulings on the parties before it: "The Court ordered Ruritania and Osterlich
  // to withdraw", "the tribunal ruled that Osterlich must …". Adjudicating between states is standing
  // between them; the verbs speak only with a court named before them (pairs.ts, COURT_VERBS).
  ...entries("mediation", 0.8, [...COURT_VERBS], "VERB").map((e): CueEntry => ({ ...e, courtOrder: true })),
  // Making peace between others: "to go to Khartoum to reconcile the generals".
  ...entries("mediation", 1, ["reconcile"], "VERB"),
  // Standing between the armies: "to keep the two sides apart", "to separate the armies along the lines".
  { phrase: "keep apart", class: "mediation", weight: 0.8, gap: BRING_GAP, acrossNames: true },
  ...entries("mediation", 0.8, ["separate"], "VERB"),
  // … or standing between them (forty-third round): "will stand between Egyptian and Israeli forces".
  ...entries("mediation", 0.8, ["stand between"]),
  // Bringing the parties together: "brought the two sides together", "to bring the two sides to the table".
  ...["bring together", "bring to table", "bring to negotiating table"].map((phrase): CueEntry => ({ phrase, class: "mediation", weight: 1, gap: BRING_GAP, acrossNames: true })),
  // Going between two parties: "shuttling between the Kremlin and Tbilisi", "went back and forth between them".
  ...entries("mediation", 1, ["shuttle between", "back and forth between", "shuttle back and forth"]),
  // A go-between's errand: "carried messages between the army and the rebels", "relayed messages between them",
  // "carrying proposals between the two delegations" (seventy-fifth round: proposals, offers, letters, notes).
  ...["carry", "pass", "relay", "ferry"].flatMap((v) => ERRAND_OBJECTS.flatMap((o) => entries("mediation", 1, [`${v} ${o} between`, `${v} ${o}s between`]))),
  ...entries("mediation", 0.8, ["shuttle"], "VERB"),
  // A meeting told with its host, either way round: "hosted the summit", "the meeting was hosted by …".
  ...["talk", "meeting", "summit", "negotiation", "round", "conference", "ceremony"].flatMap((m): CueEntry[] => [
    ...(m === "talk" ? [] : [{ phrase: `host ${m}`, class: "mediation" as const, weight: 1 }]),
    { phrase: `${m} host`, class: "mediation", weight: 1 },
  ]),
  // Conducting the talks of others, or having them conducted by: "ran the negotiations", "talks run by",
  // "steered both rounds", "accompanied the process" (seventeenth round).
  ...STEERING_VERBS.flatMap((verb) => STEERED_EVENTS.flatMap((event): CueEntry[] => [
    { phrase: `${verb} ${event}`, class: "mediation", weight: 1 },
    { phrase: `${event} ${verb} by`, class: "mediation", weight: 1 },
  ])),
  // Guarantors and backers of a plan: "act as guarantors", "a proposal endorsed by Italy".
  ...entries("mediation", 1, ["guarantor", "guarantee power", "guarantor power"]),
  ...BACKING_VERBS.flatMap((verb) => PLANS.flatMap((plan): CueEntry[] => [
    { phrase: `${verb} ${plan}`, class: "mediation", weight: 0.9, gap: BACKING_GAP, acrossCommas: true, backing: true },
    { phrase: `${plan} ${verb}`, class: "mediation", weight: 0.9, gap: BACKING_GAP, acrossCommas: true, backing: true },
  ])),
  ...SEEKING_VERBS.flatMap((verb) => SOUGHT_AGREEMENTS.map((plan): CueEntry => ({ phrase: `${verb} ${plan}`, class: "mediation", weight: 0.9, gap: BACKING_GAP, backing: true, seeking: true }))),
  ...entries("mediation", 0.6, ["talk", "host", "negotiation", "envoy"]),
  // Negotiating for the release of hostages or prisoners another holds ("has been negotiating for the
  // release of the hostages the Front holds"): a go-between's work with the holder (fifty-fifth round).
  ...entries("mediation", 0.8, ["negotiate release", "negotiate for release"]),
  // Recognition, and its refusal: "has recognised Kosovo"; "does not recognise", "refuses to recognise", "non-recognition".
  ...RECOGNISING_WORDS.map((phrase): CueEntry => ({ phrase, class: "cooperation", weight: 0.8, negatedAs: "estrangement" })),
  // Recognising a rival claimant ("whom Bogotá recognises as Venezuela's interim president"): a step
  // apart from the government in place, the state's name standing inside the phrase.
  ...RECOGNISING_WORDS.flatMap((r) => RIVAL_CLAIMS.map((claim): CueEntry => ({ phrase: `${r} as ${claim}`, class: "estrangement", weight: 1, gap: 3, acrossNames: true }))),
  ...entries("estrangement", 1, ["non-recognition", "nonrecognition", "withhold recognition", "withdraw recognition"]),
  // Keeping an actor out of a body or a place: "to keep Pristina out of the world body", "shut out of talks".
  ...["keep out", "shut out", "lock out"].map((phrase): CueEntry => ({ phrase, class: "estrangement", weight: 0.9, acrossNames: true })),
  ...entries("estrangement", 0.9, ["exclude", "exclusion"]),
  ...entries("cooperation", 0.8, ["count on", "rely on", "lean on"]),
  // Pressing both parties to settle: "joined Washington in pressing both camps to compromise".
  ...PRESSING_VERBS.map((phrase): CueEntry => ({ phrase, class: "mediation", weight: 0.8, bothSides: true, ...(phrase.includes(" ") ? {} : { pos: "VERB" as const }) })),
  ...entries("cooperation", 1, ["close link", "strong link", "close connection", "work closely with", "work hand in hand with"]),
  // "a nationalist group close to the Front", "Guinea, whose president is close to the movement's
  // leadership", "too close to Iran": near an actor, not a number or a state of things ("close to
  // 200,000", "close to collapse"; pairs.ts reads it only with the actor named right after it).
  ...entries("cooperation", 0.9, ["close to"]),
  // Acting in concert (eighteenth round): "meeting to coordinate their opposition", "agreed to work together against terrorism".
  ...entries("cooperation", 0.8, ["coordinate"], "VERB"),
  ...entries("cooperation", 0.8, ["work together", "join force", "act together", "in concert"]),
  // … or in secret (forty-third round): "acted in collusion with Israel", "colluded with the junta".
  ...entries("cooperation", 0.8, ["collusion", "collude"]),
  // Sending supplies: "flew supplies to the paramilitaries", "supplied the rebels".
  ...entries("cooperation", 0.7, ["supply"]),
  // Estrangement: political distance, protest and distrust, without fighting.
  ...entries("estrangement", 1, ["condemn", "censure", "criticise", "criticize", "criticism", "denounce", "accuse", "accused", "accusation", "blame", "recall ambassador", "recall envoy", "expel", "expulsion", "summon ambassador", "freeze", "suspend", "sanction", "embargo", "cut tie", "cut off", "sever", "rupture", "rift", "dispute", "breach of trust", "betray", "deceive", "sell out", "distance", "distrust", "mistrust", "cast doubt", "countermeasure", "retaliatory", "boycott", "blockade", "feud", "quarrel", "standoff", "stand-off", "stab in the back", "duplicity", "rival", "rivalry", "hostile", "against", "oppose", "opposing", "reject", "protest", "threaten", "warn", "isolate"]),
  // Turning something into a weapon against another: "using food as a weapon", "weaponising gas supplies".
  ...["as weapon", "weaponise", "weaponize", "weaponising", "weaponizing", "weaponised", "weaponized", "weaponisation", "weaponization"].map((phrase): CueEntry => ({ phrase, class: "estrangement", weight: 1, gap: 1 })),
  // A break between two who stood together: "broke with the alliance it had joined", "split with Moscow", "fell out with its patron".
  ...["break with", "split with", "fall out with", "part way with"].map((phrase): CueEntry => ({ phrase, class: "estrangement", weight: 1, gap: 1 })),
  // Keeping another's people out: "closed the land border", "deported thousands to Haiti", "has taken a harder line".
  ...entries("estrangement", 0.9, ["deport", "deportation", "hard line", "harder line", "tougher line"]),
  ...["close border", "seal border", "shut border"].map((phrase): CueEntry => ({ phrase, class: "estrangement", weight: 0.9, gap: 2 })),
  // Branding another a terrorist body: "designated the group a foreign terrorist organisation", "blacklisted it".
  ...["designate terrorist", "list terrorist"].map((phrase): CueEntry => ({ phrase, class: "estrangement", weight: 1, gap: 12, acrossNames: true, acrossCommas: true })),
  ...entries("estrangement", 0.7, ["recall", "doubt", "concern", "anxiety", "alarm", "anger", "tension", "hold up", "block", "veto", "disappointment", "coolly", "snub", "unacceptable", "violate", "violation", "infringe", "infringement"]),
  // Hostility: armed enmity.
  ...entries("hostility", 1, ["war", "invade", "invasion", "attack", "offensive", "enemy", "foe", "arch-enemy", "hostility", "fight", "battle", "battling", "clash", "shell", "shelling", "bomb", "bombing", "airstrike", "occupy", "occupation", "annex", "annexation", "crush", "squash", "squashed", "aggression", "roll into"]),
  ...entries("hostility", 0.6, ["conflict", "strike"]),
  // An armed uprising against a state: "the PKK, which has waged an insurgency in south-east Turkey".
  ...entries("hostility", 1, ["insurgency", "insurrection", "uprising against"]),
  // … told with its verb (forty-third round): "rose against Laurent Kabila", "rebelled against the
  // crown", "took up arms against the government" (an armed rising, not a protest: hostility).
  ...entries("hostility", 1, ["rise against", "rise up against", "rebel against", "revolt against", "rebellion against", "take up arm against"]),
  // Killing: "a bomber from ISIS-K killed 13 American soldiers", "Israeli strikes killed Iranian officers".
  ...entries("hostility", 0.8, ["kill"], "VERB"),
  // Plundering another's homes or towns: "was accused of looting Kestan homes", "has been looting
  // Ghanaian towns" (a verb only: the tagger reads "looted" before a noun as an adjective, and a
  // bare participle, "a capital burned and looted", names no looter).
  ...entries("hostility", 0.8, ["loot", "plunder", "pillage"], "VERB"),
  // Belonging told as being part of a body (eighty-second round): "Another faction of the MAA is part
  // of the Platform", "Chad is now part of ECCAS" (pairs.ts reads it only with the body named right
  // after it: "The deal is part of Russia's plan" is no one's membership).
  ...PART_OF_PHRASES.map((phrase): CueEntry => ({ phrase, class: "membership", weight: 0.8, gap: 2 })),
  // … and a body counting one among its members: "counts the FLNKS as a full member" (pairs.ts: the
  // one counted, named inside, and a body named before it in the sentence).
  ...COUNTED_MEMBER_PHRASES.map((phrase): CueEntry => ({ phrase, class: "membership", weight: 0.9, gap: 6, acrossNames: true, objectBetween: true, plainGap: true })),
  // Driving an enemy out and hunting it (eighty-second round): "drove the Islamic Courts Union, which
  // had seized Mogadishu, from the capital", "drove them out", "routed his army", "hunting down
  // supporters of the CNRT", "crossed the border in pursuit of its own rebels".
  ...entries("hostility", 0.8, ["rout", "dislodge", "hunt", "hunt down"], "VERB"),
  ...entries("hostility", 0.8, ["in pursuit of"]),
  { phrase: "drive out", class: "hostility", weight: 0.8, gap: 4, acrossNames: true, objectBetween: true, plainGap: true },
  { phrase: "drive from", class: "hostility", weight: 0.8, gap: 16, acrossNames: true, acrossCommas: true, objectBetween: true },
  // Prosecution: a court pursues an actor (only when one side is a court; else estrangement).
  ...entries("prosecution", 1, ["arrest warrant", "warrant", "arrest", "indict", "indictment", "prosecute", "prosecution", "war crime", "capture"]),
];
