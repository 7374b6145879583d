/**
 * Reading one sentence (or two neighbours): for each pair of actors it names, which cue speaks of
 * that pair, and how strongly. The rules are few and general:
 *
 * - a cue between the two mentions is theirs; a cue outside counts less the further it is, and less
 *   again when another actor stands between it and the pair;
 * - "between A and B" / "among A and B" makes a group: the word before it ("talks between", "pact
 *   between") belongs to the pair inside, and a mediation cue ties the parties inside to an actor
 *   outside, never to each other;
 * - "Moscow-led X", "Iran-aligned X": the participle is a cue for the name and the actor after it;
 * - actors listed together ("Germany and Britain pledged …") are co-subjects: a cue relates them to
 *   the third actor they act on, unless the sentence says they act on each other;
 * - membership needs a body on one side and prosecution a court; otherwise they read as cooperation
 *   and estrangement;
 * - a negated cue of one sign reads as the other sign, weaker ("did not support"); a negated
 *   mediation or prosecution cue is no cue;
 * - a people-word before a private person ("an Azerbaijani analyst said") is a weak mention.
 */
import type { Token } from "./nlp.ts";
import type { CueHit } from "./cues.ts";
import type { GazetteerActor, Mention } from "./gazetteer.ts";
import { ADMISSION_PHRASES, COUNTED_MEMBER_PHRASES, PART_OF_PHRASES, AID_DOUBTING_VERBS, ARMS_NOUNS, ASKING_WORDS, ATTACK_AFTER_WEAPON, BACKING_NOUNS, BASE_NOUNS, COMPANION_WORDS, CUE_CLASSES, DISARMING_VERBS, DRIVING_VERBS, FIGHT_PHRASES, FIRING_VERBS, FORCE_NOUNS, HALTED_FIGHTING, LAUNCHING_VERBS, LETTING_VERBS, LIST_GROUP_NOUNS, PEACEKEEPING_WORDS, QUANTITY_NOUNS, RELATION_WORDS, SERVICE_NOUNS, STOPPING_VERBS, SUPPLYING_VERBS, URGING_VERBS, TRUCE_WORDS, WEAPON_FLIGHT_VERBS, WEAPON_PHRASES, type CueClass } from "./lexicon.ts";
import { WING_PHRASES } from "./data/names.ts";
import { LIST_WORDS, clauseBreaks, interveningActors, isPlace, listed, mentionQuality, ownerOf, participleOpens, relativeClauseAt, withListed } from "./context.ts";

/** A mention placed on the token stream. */
export interface PlacedMention extends Mention {
  firstToken: number;
  lastToken: number;
  /**
   * A phrase that refers back ("the four countries", "the kingdom", anaphora.ts): the group it
   * belongs to (members share the phrase's tokens), how many it stands for, and the name it stands for.
   */
  anaphor?: {
    group: number;
    size: number;
    referent: { start: number; end: number };
    /** The phrase stands for the text's main pair as a whole ("both sides", "the two delegations", "the parties"). */
    mainPair?: boolean;
  };
}

export interface PairReading {
  /** The pair as found: `a` is mentioned first. */
  a: PlacedMention;
  b: PlacedMention;
  cue: CueHit | null;
  /** The class the cue is read as (after negation and the body/court checks). */
  cueClass: CueClass | null;
  /** 0…1: how likely a curator accepts this reading. */
  score: number;
  /** For a directed class: true when `b` acts on `a` (the member is b, the mediator is b, …). */
  reversed: boolean;
  /** A directed class whose direction no word or kind said (`a` acts by default); the text's main pair may say it (suggest.ts). */
  guessed?: boolean;
  /** Another reading of the same pair, of the opposite sign, that the span also carries (nearly as strongly). */
  second?: PairReading;
}

/** Words that say the actors of a sentence act on each other (a group phrase itself does not). */
const MUTUAL = /\b(each other|one another|bilateral|mutual|their (?:ties|relations|embassies|border)|between them)\b/i;
/** Whether a sentence says what its actors do is mutual ("mutual support", "each other", "between them"). */
export function saysMutual(sentence: string): boolean {
  return MUTUAL.test(sentence) || JOINT_ACTION.test(sentence);
}
/**
 * A deed the listed do together ("sailed with Philippine vessels in the first four-nation maritime
 * exercise", "launched joint patrols"): co-subjects listed in the sentence act with each other too
 * (eighty-third round; for the readings past a sentence's cap only, suggest.ts).
 */
const JOINT_ACTION = /\b(?:joint|combined|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:nation|country|state))\s+(?:[\p{L}-]+\s+){0,3}?(?:exercises?|drills?|patrols?|manoeuvres|maneuvers|operations?|offensive|statement|communiqu[ée]|declaration)\b/iu;
const RECIPROCAL = /\b(each other|one another|the two (?:countries|sides|states|nations|governments|leaders|allies|neighbours|neighbors|rivals)|both sides|bilateral|mutual|their (?:ties|relations|embassies|border)|between them)\b/i;
const BODY_KINDS = new Set(["organization", "bloc", "court"]);
/** How much a cue before both actors counts when they are not listed together. */
const BEFORE_BOTH = 0.6;
/** A cue's second class (lexicon `also`) counts for this much of its weight. */
const SECOND_CLASS = 0.8;
/** A second reading of a pair, of the opposite sign, is offered when it scores at least this share of the first's cue score. */
const SECOND_READING = 0.5;
/** Co-subjects of an adversarial cue, read as siding together: this much of the cue's weight. */
const SIDE_TOGETHER = 0.6;
/**
 * A sentence's mediator and one of the parties: the parties' own cooperative cue ("X and Y signed a
 * deal brokered by Z": the deal is X's and Y's) counts this much of its weight for the pair. An
 * adversarial cue keeps its weight: the mediator of one clause may quarrel with a party in another.
 */
const MEDIATOR_OWN = 0.25;
/** Nouns of a bond ("ally", "partner") that, owned by an actor ("Moscow's closest ally"), tie it to the actor they describe. */
const RELATION_NOUNS: ReadonlySet<string> = new Set(["ally", "partner", "member", "friend", "backer", "patron", "protector", "client", "proxy", "enemy", "foe", "rival", "adversary"]);
/** … read this strongly. */
const POSSESSED_BOND = 0.8;
/** Whether the cue's noun is owned by mention `m` ("Moscow's closest ally"), up to two describing words between. */
function possessedBy(tokens: readonly Token[], cue: CueHit, m: PlacedMention): boolean {
  const k = m.lastToken + 1;
  if (!/^['’]s?$/.test(tokens[k]?.lower ?? "")) return false;
  return cue.last - k - 1 <= 2 && tokens.slice(k + 1, cue.last).every((t) => t.pos === "ADJ" || t.pos === "ADV");
}

/** Cues of accusing: they speak of the accuser and the accused, not of the accused and the object of the deed. */
const ACCUSING: ReadonlySet<string> = new Set(["accuse", "accused", "accusation", "blame"]);
/** Whether, after "of" between the accused `a` and `b`, a cue of the deed stands before or right after `b` ("of supplying the rebels with missiles"). */
function deedCue(tokens: readonly Token[], accusing: CueHit, cues: readonly CueHit[], a: PlacedMention, b: PlacedMention): boolean {
  let of = -1;
  for (let k = a.lastToken + 1; k < b.firstToken; k++) if (tokens[k]!.lower === "of") of = k;
  return of >= 0 && cues.some((c) => c !== accusing && c.first > of && c.first <= b.lastToken + 4);
}
/** Words of time the tagger may read as adjectives, between an accuser and its verb ("Luanda has long accused …"). */
const TIME_ADVERBS: ReadonlySet<string> = new Set(["long", "repeatedly", "often", "again", "previously", "recently", "already", "frequently", "openly", "publicly"]);
/**
 * The two ends of an active accusation ("Riyadh accuses Tehran", "Kyiv has accused Moscow"): the actor
 * named right before the verb (auxiliaries and adverbs between) and the one right after it (a
 * determiner between). The accusation speaks of them; another pair of the sentence ("the Houthis,
 * whom Riyadh accuses Tehran of arming": Iran and the Houthis) it speaks of only faintly.
 */
function accusationEnds(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], verbs: ReadonlySet<string> = ACCUSING): readonly [PlacedMention, PlacedMention] | undefined {
  if (!verbs.has(cue.phrase) || cue.negated) return undefined;
  let k = cue.first - 1;
  while (k >= 0 && k >= cue.first - 3 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || TIME_ADVERBS.has(tokens[k]!.lower))) k--;
  // "Russia's foreign ministry accused …": the state owning the accusing body (up to three words after its possessive) is the accuser (sixty-ninth round).
  let j = k;
  while (j > k - 3 && j > 0 && (tokens[j]!.pos === "NOUN" || tokens[j]!.pos === "ADJ")) j--;
  const owner = j < k && /^['’]s?$/.test(tokens[j]!.lower) ? mentions.find((m) => m.lastToken === j - 1) : undefined;
  const subject = mentions.find((m) => m.lastToken === k) ?? owner;
  let n = cue.last + 1;
  while (n < tokens.length && n <= cue.last + 2 && tokens[n]!.pos === "DET") n++;
  // "accuses the US oil major": a name before a noun modifies it, and is not the one accused.
  const object = mentions.find((m) => m.firstToken === n && !["NOUN", "PROPN", "ADJ"].includes(tokens[m.lastToken + 1]?.pos ?? "")) ?? (subject && tokens[cue.last + 1]?.lower === "of" ? relativeObject(tokens, subject, mentions) : undefined);
  return subject && object && subject.actor !== object.actor ? [subject, object] : undefined;
}
/**
 * The antecedent a relative clause's subject acts on ("Eritrea, whose government Khartoum accuses of
 * …", "the rebels, whom Kampala accuses of …"): the name before the comma that opens the clause.
 */
function relativeObject(tokens: readonly Token[], subject: PlacedMention, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  let k = subject.firstToken - 1;
  if (tokens[k]?.pos === "NOUN" && tokens[k - 1]?.lower === "whose") k -= 1;
  else if (tokens[k]?.lower !== "whom") return undefined;
  if (tokens[k - 1]?.lower !== ",") return undefined;
  return mentions.find((m) => m.lastToken === k - 2);
}
/**
 * Verbs of blame whose deed follows "for" ("condemned Eritrea for arming the rebels", "sanctioned
 * Iran for supplying drones"): the deed is the one blamed's, as after an accusation's "of"
 * (eighty-first round).
 */
const BLAMING_FOR: ReadonlySet<string> = new Set([...ACCUSING, "condemn", "censure", "criticise", "criticize", "denounce", "sanction"]);
/**
 * Whether `cue` is the deed after an active accusation's "of" (or a blame's "for") and the pair is
 * not the accused with an actor of the cue's sentence.
 */
function deedOfAccused(tokens: readonly Token[], cue: CueHit, cues: readonly CueHit[], mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  const preposition = tokens[cue.first - 1]?.lower;
  if (preposition !== "of" && preposition !== "for") return false;
  const accusation = cues.find((c) => c !== cue && c.last < cue.first && c.last >= cue.first - 6);
  const ends = accusation ? accusationEnds(tokens, accusation, mentions, preposition === "of" ? ACCUSING : BLAMING_FOR) : undefined;
  if (!ends || ends[1].lastToken >= cue.first) return false;
  const sentence = tokens[cue.first]!.sentence;
  const accused = ends[1].actor;
  const other = a.actor === accused ? b : b.actor === accused ? a : undefined;
  // "Ethiopia accused Eritrea of arming the rebels": a deed of no hostility is the accused's toward
  // a third, never a bond between accuser and accused (it was their second reading, a partnership,
  // at 0.65; eighty-first round).
  if (other !== undefined && other.actor === ends[0].actor && CUE_CLASSES[cue.class].sign >= 0) return true;
  // "Moscow accused Yerevan of drifting towards the West": a deed whose cue ends in its preposition
  // reaches the one named after it, not the accuser named before the accusation (sixty-ninth round).
  if (other !== undefined && other.actor === ends[0].actor && other.lastToken < accusation!.first && tokens[cue.last]!.pos === "ADP") return true;
  // "… accuses of backing insurgents in eastern Sudan": a deed on an unnamed object speaks of the
  // accused with no one (not the accuser, not a place named after it).
  if (other !== undefined && unnamedObject(tokens, cue, mentions, cues)) return true;
  return other === undefined || tokens[other.firstToken]!.sentence !== sentence;
}
/** A truce's cue words (lexicon TRUCE_WORDS): its parties, listed together or between, are at war … */
/** … read this strongly (of the cue's weight). */
const TRUCE_PARTIES = 0.6;
/** Verbs whose subject and the one named after "with" make a deal together ("signed a peace treaty with"). */
const SIGNING_VERBS: ReadonlySet<string> = new Set(["sign", "conclude", "seal", "strike", "reach", "make", "agree", "negotiate", "initial", "ink"]);
/** Most tokens between the signing verb and the deal word ("signed a separate peace treaty": 2), and between the deal word and the verb of a relative clause ("the truce that Peru signed": 3). */
const SIGNED_REACH = 3;
/** Words before a signing verb that say the deal was not made. */
const REFUSING_WORDS: ReadonlySet<string> = new Set(["not", "never", "n't", "refuse", "decline", "reject", "fail"]);
/** Mediation cues that name a deal of peace, which its signers make with each other. */
const SIGNED_PEACE_CUES: ReadonlySet<string> = new Set(["peace treaty", "nonaggression treaty", "peace deal"]);
/**
 * Whether the pair signed the cue's deal with each other: one the subject of a signing verb, the
 * other named after "with" (or listed with the one named there): "Peru signed a peace treaty with
 * Chile and Bolivia", "the peace treaty Peru signed with Chile". They are its parties, not each
 * other's go-between.
 */
function signedWith(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  const sentence = tokens[cue.first]!.sentence;
  const signing = (k: number) => tokens[k] !== undefined && tokens[k]!.sentence === sentence && tokens[k]!.pos === "VERB" && SIGNING_VERBS.has(tokens[k]!.lemma.toLowerCase());
  let verb = -1;
  let withAt = -1;
  // "signed a (separate) peace treaty with …"
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 1 - SIGNED_REACH); k--) {
    if (signing(k)) {
      verb = k;
      break;
    }
    if (!["DET", "ADJ", "NUM"].includes(tokens[k]!.pos)) break;
  }
  if (verb >= 0 && tokens[cue.last + 1]?.lower === "with") withAt = cue.last + 1;
  // "the peace treaty (that) Peru signed with …"
  if (withAt < 0) {
    verb = -1;
    for (let k = cue.last + 1; k <= cue.last + 1 + SIGNED_REACH && k < tokens.length; k++) {
      if (signing(k)) {
        verb = k;
        break;
      }
    }
    if (verb >= 0 && tokens[verb + 1]?.lower === "with") withAt = verb + 1;
  }
  if (withAt < 0) return false;
  // A deal not signed ("refused to sign a peace treaty with", "has not signed") makes no signers.
  if (tokens.slice(Math.max(0, verb - 3), verb).some((t) => REFUSING_WORDS.has(t.lemma.toLowerCase()))) return false;
  const start = ["the", "a", "an"].includes(tokens[withAt + 1]?.lower ?? "") ? withAt + 2 : withAt + 1;
  const first = mentions.find((m) => m.firstToken === start || m.firstToken === withAt + 1);
  if (!first) return false;
  const withs = withListed(tokens, mentions, [first]);
  // The subject: before the verb, and before the deal word too unless the verb follows it ("the treaty Peru signed").
  const subject = (m: PlacedMention) => m.lastToken < verb && (verb < cue.first ? true : m.firstToken > cue.last) && tokens[m.firstToken]!.sentence === sentence;
  return [[a, b], [b, a]].some(([x, y]) => withs.has(x!) && !withs.has(y!) && ![...withs].some((w) => w.actor === y!.actor) && subject(y!));
}
/**
 * Whether `b` is the place a fight is fought in, named right after the cue's verb ("fought in
 * Estonia", "fighting in the Congo"), `a` named before the verb, and the clause goes on to its enemy
 * after "against" ("… against Red forces"): the place is where, not whom, the fighter fights —
 * unless the enemy named after "against" is the place's own ("fighting in Ukraine against
 * Ukrainian forces") or only modifies the enemy ("against NATO-trained units": the units are the
 * enemy, NATO trained them).
 */
function foughtIn(tokens: readonly Token[], cue: CueHit, a: PlacedMention, b: PlacedMention, mentions: readonly PlacedMention[]): boolean {
  if (tokens[cue.last]!.pos !== "VERB" || tokens[cue.last + 1]?.lower !== "in" || a.lastToken >= cue.first) return false;
  const sentence = tokens[cue.first]!.sentence;
  if (b.firstToken !== cue.last + 2 && !(b.firstToken === cue.last + 3 && tokens[cue.last + 2]!.lower === "the") && !laterPlace(tokens, cue, b, sentence)) return false;
  for (let k = b.lastToken + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.lower === "against") {
      const enemy = mentions.find((m) => m.firstToken > k && m.firstToken <= k + 3 && tokens[m.firstToken]!.sentence === sentence);
      return !enemy || (enemy.actor !== b.actor && !["-", "–"].includes(tokens[enemy.lastToken + 1]?.lower ?? ""));
    }
    if (t.pos === "VERB" || t.pos === "AUX" || CLAUSE_WORDS.has(t.lower) || [";", "—", "–"].includes(t.lower)) return false;
  }
  return false;
}
/**
 * Whether `b` is a later place of the fight's places ("fought in Estonia and in the hills of Chile",
 * "fought in Chad and Sudan"): after "in", "and" or "of" ("the" between), with no verb, clause word,
 * "against" or dash from the verb's "in" to it (seventy-fifth round).
 */
function laterPlace(tokens: readonly Token[], cue: CueHit, b: PlacedMention, sentence: number): boolean {
  if (b.firstToken <= cue.last + 2 || tokens[b.firstToken]!.sentence !== sentence) return false;
  const before = tokens[b.firstToken - 1]!.lower === "the" ? b.firstToken - 2 : b.firstToken - 1;
  if (!["in", "and", "of"].includes(tokens[before]?.lower ?? "")) return false;
  return !tokens.slice(cue.last + 2, b.firstToken).some((t) => t.pos === "VERB" || t.pos === "AUX" || CLAUSE_WORDS.has(t.lower) || ["against", ";", "—", "–"].includes(t.lower));
}
/**
 * Whether the pair are listed together as the subject of a signing verb right before the cue's deal
 * ("Peru and Chile signed a peace treaty on Monday", "Peru and Chile have agreed a truce"): its
 * parties, under any of their names in the sentence ("…, making Peru the first state to conclude a
 * peace with Lima": the two are the signers wherever else the sentence names them).
 */
function signedTogether(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  const sentence = tokens[cue.first]!.sentence;
  let verb = -1;
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 1 - SIGNED_REACH); k--) {
    const t = tokens[k]!;
    if (t.sentence === sentence && t.pos === "VERB" && SIGNING_VERBS.has(t.lemma.toLowerCase())) {
      verb = k;
      break;
    }
    if (!["DET", "ADJ", "NUM"].includes(t.pos)) return false;
  }
  if (verb < 0) return false;
  let k = verb;
  while (k > 0 && ["AUX", "ADV"].includes(tokens[k - 1]!.pos) && tokens[k - 1]!.sentence === sentence) k--;
  if (tokens.slice(Math.max(0, k - 3), verb).some((t) => REFUSING_WORDS.has(t.lemma.toLowerCase()))) return false;
  const subjects = listBefore(tokens, k, mentions);
  return subjects.length >= 2 && subjects.some((m) => m.actor === a.actor) && subjects.some((m) => m.actor === b.actor);
}
/**
 * Whether `a` and `b` are two of one list, not side by side ("Peru, Chile and Bolivia signed a
 * ceasefire": Peru and Bolivia), the list not named after a preposition ("brokered by Qatar, Chad
 * and Sudan …": the first is the preposition's, the list's others the next clause's subjects) and the
 * cue not in a clause that opens after it ("A, B and C, whose envoys met …").
 */
function oneList(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  if (!sameList(tokens, mentions, a, b)) return false;
  const before = tokens[a.firstToken - 1]?.lower === "the" ? tokens[a.firstToken - 2] : tokens[a.firstToken - 1];
  if (before?.pos === "ADP") return false;
  return !(cue.first > b.lastToken && tokens.slice(b.lastToken + 1, cue.first).some((t) => CLAUSE_WORDS.has(t.lower)));
}
/**
 * "Armenia joined the United States in condemning Iran": `b` named right after a form of "join" (an
 * article between) and right before "in" and a verb or an article, the cue that verb or a word of
 * its phrase ("in condemning the attack", "in the war against Chile"), `a` named before "join" in the sentence: `a` takes `b`'s side in
 * the deed, whoever the deed is against.
 */
function joinedIn(tokens: readonly Token[], cue: CueHit, a: PlacedMention, b: PlacedMention): boolean {
  const at = b.lastToken + 1;
  if (tokens[at]?.lower !== "in" || !["VERB", "DET", "ADJ"].includes(tokens[at + 1]?.pos ?? "") || cue.first <= at || tokens.slice(at + 1, cue.first).some((t) => t.pos === "PUNCT" || CLAUSE_WORDS.has(t.lower))) return false;
  const join = tokens[b.firstToken - 1]?.lower === "the" ? b.firstToken - 2 : b.firstToken - 1;
  if (join < 0 || tokens[join]!.lemma.toLowerCase() !== "join" || a.lastToken >= join) return false;
  return tokens[a.firstToken]!.sentence === tokens[cue.first]!.sentence;
}
/** Cue phrases for a body of go-betweens whose members the sentence names after it. */
const GO_BETWEEN_BODIES: ReadonlySet<string> = new Set(["contact group"]);
/** Whether a verb of asking stands right before the truce word ("demanded a ceasefire", "called for a truce"). */
function askedFor(tokens: readonly Token[], cue: CueHit): boolean {
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - ASKED_REACH); k--) if (ASKING_WORDS.has(tokens[k]!.lemma.toLowerCase())) return true;
  return false;
}
/** Verbs of keeping or breaking a truce: their subject is one of its parties ("would respect the ceasefire"). */
const KEEPING_VERBS: ReadonlySet<string> = new Set(["respect", "observe", "honour", "honor", "violate", "break", "breach", "uphold"]);
/** Most tokens from the keeper to the verb ("Mali said it would respect": 4), and what may stand between: the keeper's own pronoun or "his country" after a verb of saying. */
const KEEPER_REACH = 6;
const SUBJECT_GAP: ReadonlySet<string> = new Set(["AUX", "ADV", "PART", "PRON", "DET"]);
const KEEPER_GAP_WORDS: ReadonlySet<string> = new Set(["say", "pledge", "vow", "promise", "insist", "country", "government"]);
/**
 * One end the subject of a verb of keeping or breaking the truce word ("Ruritania said it would
 * respect the ceasefire as long as …"): a party of the truce, at war with the other end, not its
 * mediator (either end, as named anywhere in the span: "his country" after its president). Between
 * the end and the verb only auxiliaries, adverbs, particles, pronouns, articles and the words of
 * `KEEPER_GAP_WORDS`; articles and adjectives between the verb and the truce word.
 */
function keepsTruce(tokens: readonly Token[], cue: CueHit, ends: readonly PlacedMention[]): boolean {
  let v = cue.first - 1;
  while (v >= 0 && (tokens[v]!.pos === "DET" || tokens[v]!.pos === "ADJ")) v--;
  if (v < 0 || !KEEPING_VERBS.has(tokens[v]!.lemma.toLowerCase())) return false;
  return ends.some((m) => m.lastToken < v && v - m.lastToken <= KEEPER_REACH && tokens.slice(m.lastToken + 1, v).every((t) => SUBJECT_GAP.has(t.pos) || KEEPER_GAP_WORDS.has(t.lemma.toLowerCase())));
}
/** Words that open the condition of keeping a truce ("as long as", "so long as", "if", "provided", "only if"). */
const TRUCE_CONDITIONS: readonly string[][] = [["as", "long", "as"], ["so", "long", "as"], ["if"], ["only", "if"], ["provided"], ["providing"]];
/**
 * "The Front said it would respect the truce as long as Ruritania did": the one named first in the
 * condition after a verb of keeping the truce word is its other party (forty-first round), and the
 * verb's index: whoever the sentence names before the verb keeps the truce on that condition, the
 * two at war, neither the other's go-between.
 */
function truceCondition(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { party: PlacedMention; verb: number } | undefined {
  let v = cue.first - 1;
  while (v >= 0 && (tokens[v]!.pos === "DET" || tokens[v]!.pos === "ADJ")) v--;
  if (v < 0 || !KEEPING_VERBS.has(tokens[v]!.lemma.toLowerCase())) return undefined;
  const from = tokens[cue.last + 1]?.lower === "," ? cue.last + 2 : cue.last + 1;
  const opener = TRUCE_CONDITIONS.find((words) => words.every((w, n) => tokens[from + n]?.lower === w));
  if (!opener) return undefined;
  const at = from + opener.length + (tokens[from + opener.length]?.lower === "that" ? 1 : 0);
  const party = mentions.find((m) => m.firstToken >= at && m.firstToken <= at + 2 && tokens[m.firstToken]!.sentence === tokens[cue.first]!.sentence);
  return party ? { party, verb: v } : undefined;
}
/** Words that may open a clause whose subject is a truce word ("since a ceasefire … took effect", "if the truce collapsed"). */
const EVENT_SUBJECT_OPENERS: ReadonlySet<string> = new Set(["if", "since", "after", "before", "when", "once", "until", "as", "while", "because", "unless"]);
/** Most tokens from a truce word to the end of its "between A and B". */
const TRUCE_BETWEEN_REACH = 12;
/**
 * A truce word as the subject of a clause of time or condition, or of the sentence it opens ("since a
 * ceasefire between A and B took effect", "if the ceasefire collapsed"; forty-first round): the
 * event, told with no agent, names its parties only; none of the sentence's other actors is its
 * go-between by this word (one named by its own word of mediation, "brokered by Norway", still is).
 * Not after "that" or a verb of saying: a go-between speaks of the truce so ("the Red Cross said it
 * hoped the ceasefire would allow the exchange of prisoners").
 */
function truceAsSubject(tokens: readonly Token[], cue: CueHit): boolean {
  const sentence = tokens[cue.first]!.sentence;
  let j = cue.first - 1;
  while (j >= 0 && tokens[j]!.sentence === sentence && ["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(tokens[j]!.pos)) j--;
  const before = tokens[j];
  if (before && before.sentence === sentence && !EVENT_SUBJECT_OPENERS.has(before.lower)) return false;
  // Past its "between A and B" (whatever the words for B: "the Iran-backed group").
  let k = cue.last + 1;
  if (tokens[k]?.lower === "between") while (k < cue.last + TRUCE_BETWEEN_REACH && tokens[k + 1] && !["AUX", "VERB"].includes(tokens[k + 1]!.pos) && tokens[k + 1]!.lower !== ",") k++;
  if (tokens[cue.last + 1]?.lower === "between") k++;
  while (tokens[k]?.pos === "ADV") k++;
  const next = tokens[k];
  if (!next || next.sentence !== sentence || !(next.pos === "AUX" || next.pos === "VERB")) return false;
  // "a ceasefire brokered by Norway": a participle and its agent, not the truce's own verb.
  return !(next.pos === "VERB" && tokens[k + 1]?.lower === "by");
}
/** Most tokens from the verb of asking to the truce word ("called for an immediate ceasefire"). */
const ASKED_REACH = 4;
/**
 * "Pakistan, long accused by Kabul and Washington of sheltering the Taliban's leaders": a passive
 * accusation's accused (the actor named last before the cue), its accusers (named between "by" and
 * "of") and the token of that "of"; the deed after it is the accused's, not the accusers'.
 */
function passiveAccusation(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { accused: string; accusers: Set<string>; of: number } | undefined {
  if (!ACCUSING.has(cue.phrase) || tokens[cue.last + 1]?.lower !== "by") return undefined;
  const accused = mentions.filter((m) => m.lastToken < cue.first && m.lastToken >= cue.first - PASSIVE_ACCUSED_REACH).at(-1);
  let of = -1;
  for (let k = cue.last + 2; k < tokens.length && k <= cue.last + 2 + PASSIVE_ACCUSERS_REACH; k++) {
    if (tokens[k]!.lower === "of") {
      of = k;
      break;
    }
  }
  if (!accused || of < 0) return undefined;
  const accusers = new Set(mentions.filter((m) => m.firstToken > cue.last && m.lastToken < of).map((m) => m.actor));
  return accusers.size > 0 ? { accused: accused.actor, accusers, of } : undefined;
}
/** Most tokens between the accused and the cue ("Pakistan, long accused by": 3) … */
const PASSIVE_ACCUSED_REACH = 4;
/** … and between "by" and "of" ("by Kabul and Washington": 3). */
const PASSIVE_ACCUSERS_REACH = 8;
/** The deed's cue between the accused and the actor it is done to: read this strongly, whatever stands between. */
const PASSIVE_DEED = 0.8;
/** Bonds that make one end of a pair no mediator of the other. */
const BOND_CLASSES: ReadonlySet<CueClass> = new Set(["alliance", "membership"]);
/** … when the sentence reads the bond at least this share of the mediation's strength. */
const BOND_OVER_MEDIATION = 0.4;
/** A state named as the venue of the parties' deal or talks ("signed in Jeddah") hosts them: mediation, at this much of the cue's weight. */
const VENUE_HOSTS = 0.7;
/** Cue words that make a meeting or a deal, which a venue hosts ("signed a peace agreement in the Saudi port city"). */
const MEETING_WORDS = /\b(agreement|deal|accord|treaty|pact|sign|talk|meet|meeting|summit|ceasefire|cease-fire|truce|negotiat\w*|declaration|framework)\b/;

interface Group {
  members: Set<PlacedMention>;
  /** The token before "between", when it is a cue ("talks between", "pact between"). */
  head: number;
}

/**
 * All pair readings of the tokens `from`–`to` (exclusive): one per pair of distinct actors (that
 * `wanted` accepts), with the cue that best explains it (or none).
 */
export function readPairs(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly PlacedMention[],
  cues: readonly CueHit[],
  actors: ReadonlyMap<string, GazetteerActor>,
  wanted: (x: string, y: string) => boolean = () => true,
): PairReading[] {
  const groups = betweenGroups(tokens, from, to, mentions);
  const mediators = mediatorsOf(tokens, mentions, cues);
  const predicates = coordinatedPredicates(tokens, from, to, mentions);
  const span = text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  const reciprocal = RECIPROCAL.test(span);
  const mutual = MUTUAL.test(span);
  const readings: PairReading[] = [];
  const actorIds = [...new Set(mentions.map((m) => m.actor))];
  for (let i = 0; i < actorIds.length; i++) {
    for (let j = i + 1; j < actorIds.length; j++) {
      if (!wanted(actorIds[i]!, actorIds[j]!)) continue;
      // Both named inside one "between A and B" (under any of their names: "Peru … between Lima and
      // Quito") are the parties mediated between, never each other's mediators.
      const parties = groups.some((g) => [...g.members].some((m) => m.actor === actorIds[i]) && [...g.members].some((m) => m.actor === actorIds[j]));
      // An actor named twice ("an Armenian diaspora … Yerevan"): the best-read pair of mentions.
      let best: PairReading | undefined;
      const all: PairReading[] = [];
      for (const m of mentions) {
        if (m.actor !== actorIds[i]) continue;
        for (const n of mentions) {
          if (n.actor !== actorIds[j]) continue;
          // Members of one group phrase acting on a third actor are co-subjects, not a pair, unless
          // the sentence says they act on each other; their own relation is told where they are named.
          // … (but "…, but relations between the two have soured" speaks of the two themselves).
          if (m.anaphor && m.anaphor.group === n.anaphor?.group && !mutual && !relationsAfterBut(tokens, m) && mentions.some((o) => o.actor !== m.actor && o.actor !== n.actor)) continue;
          // "Somalia's Transitional Federal Government": the possessive and the name it owns are one mention of the state, read through the name.
          if (ownsItsName(tokens, m, mentions) || ownsItsName(tokens, n, mentions)) continue;
          const [a, b] = m.firstToken < n.firstToken ? [m, n] : [n, m];
          const reading = readPair(tokens, a, b, mentions, cues, groups, reciprocal, actors, parties, mediators, predicates);
          all.push(reading);
          if (!best || reading.score > best.score) best = reading;
        }
      }
      if (best) readings.push(butSince(tokens, best, all));
    }
  }
  return readings;
}

/**
 * Two verb phrases of one subject joined by "and", each with its own object: the first verb, the
 * "and" before the second verb, and the second verb's phrase's end (a semicolon or the sentence's).
 */
interface Predicates {
  verb: number;
  and: number;
  end: number;
}

/** A cue read across two coordinated verb phrases counts this much (a pair with no other cue keeps it). */
const OTHER_PREDICATE = 0.3;

/** Words after which a verb belongs to a clause of its own, not to the sentence's subject. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([";", "which", "who", "whom", "that", "whose", "while", "when", "after", "before", "as", "because", "although", "though", "if", "unless", "until"]);

/**
 * "The United States suspended arms sales to Argentina and promised Britain support": an "and" right
 * before a verb (adverbs between), a verb before it in the same clause, and an actor named between
 * that verb and the "and" (the first verb's own object). A subject named between the "and" and the
 * verb ("and Peru signed") makes no second phrase of the same subject.
 */
function coordinatedPredicates(tokens: readonly Token[], from: number, to: number, mentions: readonly PlacedMention[]): Predicates[] {
  const found: Predicates[] = [];
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.lower !== "and") continue;
    // (Auxiliaries too: "maintains an embargo on Togo and has given aid to Benin".)
    let n = k + 1;
    // (And "since" after an auxiliary, an adverb there: "left the Union and has since sought …".)
    while (n < to && (tokens[n]!.pos === "ADV" || tokens[n]!.pos === "AUX" || (tokens[n]!.lower === "since" && tokens[n - 1]!.pos === "AUX"))) n++;
    if (n >= to || tokens[n]!.pos !== "VERB") continue;
    let verb = -1;
    for (let v = k - 1; v >= from; v--) {
      const t = tokens[v]!;
      if (CLAUSE_WORDS.has(t.lower) || t.lower === "and") break;
      if (t.pos === "VERB") {
        verb = v;
        break;
      }
    }
    if (verb < 0 || !mentions.some((m) => m.firstToken > verb && m.lastToken < k)) continue;
    let end = n + 1;
    while (end < to && tokens[end]!.lower !== ";") end++;
    found.push({ verb, and: k, end });
  }
  return found;
}

/**
 * Whether `cue` reads across two coordinated verb phrases for `a` and `b`: the first verb's cue
 * with one named in the second phrase, or the second's with one named as the first verb's object.
 */
function crossesPredicates(tokens: readonly Token[], p: Predicates, cue: CueHit, a: PlacedMention, b: PlacedMention): boolean {
  const inFirst = (x: number) => x >= p.verb && x < p.and;
  const inSecond = (x: number) => x > p.and && x < p.end;
  const objectOfFirst = (m: PlacedMention) => m.firstToken > p.verb && m.lastToken < p.and && !isPlace(tokens, m);
  if (inFirst(cue.first) && cue.last < p.and) return [a, b].some((m) => inSecond(m.firstToken));
  // (The subject's deed in the second phrase may still speak of the first one's object: "Russia,
  // which has lent Caracas money and sold it weapons".)
  if (inSecond(cue.first)) return (objectOfFirst(a) && inSecond(b.firstToken)) || (objectOfFirst(b) && inSecond(a.firstToken));
  return false;
}

/** Words between a subject and its verb that leave it the verb's subject ("China, which buys …"). */
const SUBJECT_JOINS: ReadonlySet<string> = new Set([",", "which", "who", "that"]);
/**
 * The coordinated verb phrases whose subject `a` is, named right before the first verb (nothing but
 * adverbs, auxiliaries or a relative pronoun between), when `cue` is in the second phrase and `b` its object ("Ghana
 * maintains an embargo on Togo and has given aid to Benin": the aid is Ghana's); or undefined.
 */
function sharedSubject(tokens: readonly Token[], predicates: readonly Predicates[], cue: CueHit, a: PlacedMention, b: PlacedMention): Predicates | undefined {
  // The subject right before its first verb (adverbs, auxiliaries, a relative pronoun between) and
  // the one paired with it the cue's own object (no verb nor comma between: not one named in a
  // clause the sentence goes on to).
  const subject = (p: Predicates) => tokens.slice(a.lastToken + 1, p.verb).every((t) => t.pos === "ADV" || t.pos === "AUX" || SUBJECT_JOINS.has(t.lower));
  const object = b.firstToken > cue.last && tokens.slice(cue.last + 1, b.firstToken).every((t) => t.pos !== "VERB" && t.pos !== "AUX" && t.lower !== "," && t.lower !== ";");
  // The cue is the second verb's own phrase: no other verb nor comma between the "and" and it ("…
  // and agreed to cooperate …, easing the rift": not the second verb's); and that verb no gerund
  // standing alone ("accused Khartoum of arming and sheltering the Front": the accused's deeds).
  const own = (p: Predicates) => {
    const span = tokens.slice(p.and + 1, cue.first);
    const verbs = span.filter((t) => t.pos === "VERB").length + (tokens[cue.first]!.pos === "VERB" ? 1 : 0);
    const second = tokens.slice(p.and + 1, p.end).find((t) => t.pos === "VERB");
    const gerund = second !== undefined && second.lower.endsWith("ing") && !span.some((t) => t.pos === "AUX");
    return verbs <= 1 && !span.some((t) => t.lower === "," || t.lower === ";") && !gerund;
  };
  return object ? predicates.find((p) => a.lastToken < p.verb && cue.first > p.and && cue.last < p.end && b.lastToken < p.end && subject(p) && own(p)) : undefined;
}

/**
 * Whether `cue`, in the second of two verb phrases, pairs the first verb's object `a` with the
 * second phrase's own object `b` while an actor named right before the first verb is the subject of
 * both (`sharedSubject`): the cue is that subject's with `b`, not `a`'s.
 */
function secondPhraseOfSubject(tokens: readonly Token[], predicates: readonly Predicates[], cue: CueHit, a: PlacedMention, b: PlacedMention, mentions: readonly PlacedMention[]): boolean {
  const p = mentions.some((s) => s.actor !== a.actor && s.actor !== b.actor && s.lastToken < a.firstToken) ? predicates.find((q) => a.firstToken > q.verb && a.lastToken < q.and) : undefined;
  return p !== undefined && mentions.some((s) => s.actor !== a.actor && s.actor !== b.actor && sharedSubject(tokens, [p], cue, s, b) !== undefined);
}

/** Words of a body's chair whose "of" lists the ones who chair it ("under the co-chairmanship of A and B"). */
const CHAIRING_NOUNS: ReadonlySet<string> = new Set(["chairmanship", "co-chairmanship", "chairship", "co-chairship", "chairpersonship"]);
/** Whether `m` is listed right after "chairmanship of" (list words and other names only between). */
function chairsListed(tokens: readonly Token[], mentions: readonly PlacedMention[], m: PlacedMention): boolean {
  let k = m.firstToken - 1;
  while (k >= 0 && (LIST_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === "the" || mentions.some((n) => n.firstToken <= k && k <= n.lastToken))) k--;
  return k >= 1 && tokens[k]!.lower === "of" && CHAIRING_NOUNS.has(tokens[k - 1]!.lower) && tokens[k - 1]!.sentence === tokens[m.firstToken]!.sentence;
}

/**
 * Whether `cue` is a worsening of relations whose words enclose `m` ("relations with Togo have
 * soured"). The word is matched as written too: "Relations" opening a sentence is tagged a proper
 * noun, its lemma itself (sixty-third round).
 */
function relationsEnclose(tokens: readonly Token[], cue: CueHit, m: PlacedMention): boolean {
  const word = tokens[cue.first]!;
  if (cue.class !== "estrangement" || !(RELATION_WORDS.includes(word.lemma) || RELATION_WORDS.includes(word.lower.replace(/s$/, "")))) return false;
  return m.firstToken > cue.first && m.lastToken < cue.last;
}

/** Whether `m` is a possessive right before another name of the same actor ("Somalia's Transitional Federal Government"). */
function ownsItsName(tokens: readonly Token[], m: PlacedMention, mentions: readonly PlacedMention[]): boolean {
  return !m.anaphor && /^['’]s?$/.test(tokens[m.lastToken + 1]?.lower ?? "") && mentions.some((n) => n.actor === m.actor && !n.anaphor && n.firstToken === m.lastToken + 2);
}

/**
 * Whether a verb cue takes as its object, right after it, words that name no actor and are no cue
 * ("fought the rebels", "attacked army positions"; not "fought a war", "fought each other").
 */
function unnamedObject(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], cues: readonly CueHit[]): boolean {
  if (tokens[cue.first]!.pos !== "VERB") return false;
  let k = cue.last + 1;
  while (tokens[k] !== undefined && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ") && tokens[k]!.sentence === tokens[cue.first]!.sentence) k++;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[cue.first]!.sentence || t.pos !== "NOUN") return false;
  return !mentions.some((m) => m.lastToken > cue.last && m.firstToken <= k) && !cues.some((c) => c.first <= k && k <= c.last);
}

/** Nouns of a rising that the text may name only by its place ("the rebels in Congo"). */
const RISING_OBJECTS: ReadonlySet<string> = new Set(["rebels", "rebellion", "insurgents", "insurgency", "separatists", "secessionists", "guerrillas", "militants", "uprising"]);
/**
 * The state a cue's object rises in, when the object is a rising named by no name, only by its
 * place: "backed the rebels in Congo", "help the insurgents in western Ivory Coast" (an article and
 * describing words before the noun, one describing word before the place). Undefined otherwise
 * ("backed the M23 rebels", "the rebels of the Front").
 */
function risingIn(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  const sentence = tokens[cue.last]!.sentence;
  let k = cue.last + 1;
  while (tokens[k]?.sentence === sentence && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ")) k++;
  if (!RISING_OBJECTS.has(tokens[k]?.lower ?? "") || tokens[k]!.sentence !== sentence) return undefined;
  if (mentions.some((m) => m.lastToken > cue.last && m.firstToken <= k)) return undefined;
  if (!["in", "inside", "within"].includes(tokens[k + 1]?.lower ?? "")) return undefined;
  let at = k + 2;
  if (tokens[at]?.lower === "the") at++;
  if (tokens[at]?.pos === "ADJ" && !mentions.some((m) => m.firstToken === at)) at++;
  return mentions.find((m) => m.firstToken === at && !m.anaphor);
}

/** Words that may join the names of a list of fighters' origins ("from A, B and the other C states, from D and E, and from F"). */
const FIGHTER_LIST_JOINS: ReadonlySet<string> = new Set([",", "and", "the", "other", "from", "(", ")"]);
/**
 * "Troops from A, B and the other C states, from D and E, and from F and G fought in the offensive
 * to drive X out": the names listed right before a fighting verb (auxiliaries and adverbs between),
 * each joined to the next by list words, "from", "other", describing words or a noun closing a
 * name ("states"), are its subjects together, on one side (fifty-fifth round). Undefined when
 * fewer than two actors are listed.
 */
function fightersListed(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention[] | undefined {
  if (!FIGHT_PHRASES.has(cue.phrase) || tokens[cue.first]!.pos !== "VERB") return undefined;
  let k = cue.first - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k--;
  let at = mentions.find((m) => m.lastToken === k && !m.anaphor);
  if (!at) return undefined;
  const list = [at];
  for (;;) {
    const from: PlacedMention = at;
    const before = mentions.filter((m) => m.lastToken < from.firstToken && !m.anaphor).sort((x, y) => y.lastToken - x.lastToken)[0];
    if (!before) break;
    const gap = tokens.slice(before.lastToken + 1, from.firstToken);
    const joins = gap.every((t) => FIGHTER_LIST_JOINS.has(t.lower) || t.pos === "ADJ" || (t.pos === "NOUN" && LIST_GROUP_NOUNS.has(t.lemma.toLowerCase())));
    if (!joins) break;
    list.unshift(before);
    at = before;
  }
  // (A list's last two are joined by "and": "After A shelled B, C fought" names no list.)
  const lastGap = list.length > 1 ? tokens.slice(list.at(-2)!.lastToken + 1, list.at(-1)!.firstToken) : [];
  if (!lastGap.some((t) => t.lower === "and") || list.some((m) => isPlace(tokens, m))) return undefined;
  // … and a third named after the verb in its sentence, no subject of a verb of its own, is the one
  // fought ("Egypt and Israel have fought four wars": the two fought each other).
  const sentence = tokens[cue.first]!.sentence;
  const fought = mentions.some((m) => m.firstToken > cue.last && tokens[m.firstToken]!.sentence === sentence && !m.anaphor && !isPlace(tokens, m) && !list.some((f) => f.actor === m.actor) && !subjectOfVerb(tokens, m));
  return fought && new Set(list.map((m) => m.actor)).size > 1 ? list : undefined;
}

/**
 * Whether a cue of something "mutual" (the word right before it or its own first) leaves out the pair
 * `a`–`b`: both named before the cue, one of them listed with another actor there and the other not
 * in that list (`sameList`) but the owner of an edge of land or sea ("Russia's western border"): the
 * mutual deed is the listed ones' with each other. (One the listed act on, "sent troops to save
 * Congo's government under the mutual-defence commitments", may be a party.)
 */
function mutualAmongListed(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  if (tokens[cue.first]!.lower !== "mutual" && tokens[cue.first - 1]?.lower !== "mutual") return false;
  if (a.lastToken >= cue.first || b.lastToken >= cue.first) return false;
  const inList = (x: PlacedMention) => mentions.some((m) => m.actor !== x.actor && m.lastToken < cue.first && (sameList(tokens, mentions, x, m) || sameList(tokens, mentions, m, x)));
  if (inList(a) === inList(b) || sameList(tokens, mentions, a, b) || sameList(tokens, mentions, b, a)) return false;
  const other = inList(a) ? b : a;
  if (!OWNER_MARKS.has(tokens[other.lastToken + 1]?.lower ?? "")) return false;
  // (What it owns is a stretch of land or sea, the place the listed are, up to two words on:
  // "Russia's western border"; not "Congo's government", which is Congo.)
  return tokens.slice(other.lastToken + 2, other.lastToken + 5).some((t) => EDGE_NOUNS.has(t.lower));
}

/** Whether mention `m` is in the sentence of token `k` after it, no ", and" joining a second clause between. */
function sameClauseAs(tokens: readonly Token[], m: PlacedMention, k: number): boolean {
  if (tokens[m.lastToken]!.sentence !== tokens[k]!.sentence) return false;
  for (let n = m.lastToken + 2; n < k; n++) if (tokens[n]!.lower === "and" && tokens[n - 1]!.lower === ",") return false;
  return true;
}

/** Most words between "in pursuit of" and the one pursued ("in pursuit of its own Hutu rebels of the FDD"). */
const PURSUED_REACH = 8;
/** Whether `a`–`b` is the pursuer (before the cue, same clause) and the first one named after the cue. */
function pursuitPair(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  const sentence = tokens[cue.first]!.sentence;
  const pursued = mentions.filter((m) => m.firstToken > cue.last && m.firstToken <= cue.last + 1 + PURSUED_REACH && tokens[m.firstToken]!.sentence === sentence).sort((m, n) => m.firstToken - n.firstToken)[0];
  if (!pursued) return true;
  const [p, other] = a.actor === pursued.actor ? [a, b] : b.actor === pursued.actor ? [b, a] : [undefined, undefined];
  return p !== undefined && other!.lastToken < cue.first && sameClauseAs(tokens, other!, cue.first);
}

/** The first actor named between a cue's first and last words: the object of "drove the Union from", "counts the FLNKS as a member". */
function firstNamedInside(cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  return mentions.filter((m) => m.firstToken > cue.first && m.lastToken < cue.last).sort((m, n) => m.firstToken - n.firstToken)[0];
}

/** Lexicon phrases of driving an enemy out, the one driven named between their words ("drove the Union from"). */
const DRIVING_OUT: ReadonlySet<string> = new Set(["drive out", "drive from"]);
/** The marks after a name that make it the owner of what follows ("Russia's"). */
const OWNER_MARKS: ReadonlySet<string> = new Set(["'s", "’s"]);
/** Nouns of an actor's edge of land or sea ("along Russia's western border"): a place, no party. */
const EDGE_NOUNS: ReadonlySet<string> = new Set(["border", "borders", "frontier", "frontiers", "coast", "coasts", "shore", "shores", "flank", "flanks", "doorstep", "periphery", "borderlands", "rim"]);

/** Whether `b` is named later in the same list as `a` ("A, B and C": A and C), each listed with the one before it. */
function sameList(tokens: readonly Token[], mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  for (let m: PlacedMention | undefined = a; m; ) {
    if (m === b) return true;
    const from: PlacedMention = m;
    // (A name's short form in brackets right after it carries the list on: "A (KA), B (ZB) and C".)
    m = mentions.find((n) => n.firstToken > from.lastToken && n.firstToken <= b.firstToken && (listed(tokens, from, n) || (n.actor === from.actor && n.firstToken === from.lastToken + 2 && tokens[from.lastToken + 1]!.lower === "(")));
  }
  return false;
}

/** Closing marks that may stand between a list of subjects and their verb ("(TA) —"). */
const SUBJECT_CLOSERS: ReadonlySet<string> = new Set([")", "—", "–"]);
/**
 * Whether the words from `from` to a noun cue are a launching verb (lexicon `LAUNCHING_VERBS`) and
 * its article or describing words ("— launched an", "have mounted fresh"), auxiliaries and adverbs
 * between: the subjects before `from` launch the attack the cue names.
 */
function launchedTogether(tokens: readonly Token[], from: number, cue: CueHit): boolean {
  if (tokens[cue.first]!.pos === "VERB") return false;
  let verbs = 0;
  // (The last subject's short form in brackets first: "the Zarkan Front (ZF) launched".)
  if (tokens[from]?.lower === "(" && tokens[from + 2]?.lower === ")") from += 3;
  for (let k = from; k < cue.first; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" && LAUNCHING_VERBS.has(t.lemma)) verbs++;
    else if (!["AUX", "ADV", "DET", "ADJ", "NUM"].includes(t.pos) && !SUBJECT_CLOSERS.has(t.lower)) return false;
  }
  return verbs === 1;
}

/** Whether `m` names a venue ("in Lima") whose actor the span also names as a listed party ("Peru and Ecuador signed …"). */
function venueOfParty(tokens: readonly Token[], m: PlacedMention, mentions: readonly PlacedMention[], groups: readonly Group[]): boolean {
  if (m.anaphor || !isPlace(tokens, m)) return false;
  return mentions.some((p) => p.actor === m.actor && p !== m && !p.anaphor && !isPlace(tokens, p) && (groups.some((g) => g.members.has(p)) || mentions.some((n) => n.actor !== p.actor && (listed(tokens, p, n) || listed(tokens, n, p)))));
}

/**
 * What a sentence says of a pair after "but" outweighs what it said before: "A fought beside B in
 * the assault, but relations between the two have soured" tells of their present estrangement, not
 * of the alliance it sets it against. The best reading's cue before "but", another reading of the
 * pair (through other mentions of the two) with a cue of the opposite sign after it: that one, at the
 * best one's score (twenty-seventh round).
 */
function butSince(tokens: readonly Token[], best: PairReading, all: readonly PairReading[]): PairReading {
  const sign = (r: PairReading) => (r.cueClass ? CUE_CLASSES[r.cueClass].sign : 0);
  if (!best.cue || sign(best) === 0) return best;
  const later = all
    .filter((r) => r.cue && r.cue.first > best.cue!.last && sign(r) * sign(best) < 0 && r.score >= BUT_SINCE_SHARE * best.score)
    // A clause's "but" after a comma or semicolon ("…, but relations have soured"), not "all but stalled".
    .filter((r) => tokens.slice(best.cue!.last + 1, r.cue!.first).some((t, k, span) => t.lower === "but" && (span[k - 1]?.lower === "," || span[k - 1]?.lower === ";")))
    .sort((x, y) => y.score - x.score)[0];
  return later ? { ...later, score: best.score } : best;
}
/** Nouns of a relation before "between" ("relations between the two rebel forces"). */
const RELATION_BETWEEN: ReadonlySet<string> = new Set(["relation", "relations", "tie", "ties", "relationship"]);

/** A group phrase after "relations between" in a clause opened by ", but" or a semicolon: the relation of its members themselves. */
function relationsAfterBut(tokens: readonly Token[], m: PlacedMention): boolean {
  if (tokens[m.firstToken - 1]?.lower !== "between" || !RELATION_BETWEEN.has(tokens[m.firstToken - 2]?.lemma ?? "")) return false;
  const s = tokens[m.firstToken]!.sentence;
  for (let k = m.firstToken - 3; k > 0 && tokens[k]!.sentence === s; k--) {
    if (tokens[k]!.lower === ";" || (tokens[k]!.lower === "but" && tokens[k - 1]!.lower === ",")) return true;
    if (tokens[k]!.lower === ",") return false;
  }
  return false;
}

/** Whether "but" and a negation ("but never", "but did not") stand between cue `x` and the negated cue `y`, in one clause. */
function butDenies(tokens: readonly Token[], x: CueHit, y: CueHit): boolean {
  const span = tokens.slice(x.last + 1, y.first);
  const but = span.findIndex((t) => t.lower === "but");
  return but >= 0 && !span.some((t) => t.lower === ";" || t.lower === ".") && span.slice(but + 1).some((t) => NEGATIONS.has(t.lower)) && span.length <= BUT_DENIES_REACH;
}
const NEGATIONS: ReadonlySet<string> = new Set(["never", "not", "n't"]);
/** Most tokens between the affirmed cue and the denied one ("recognised Ecuador's independence in 1991 but never established"). */
const BUT_DENIES_REACH = 12;

/** A reading after "but" replaces the pair's best when it scores at least this share of it. */
const BUT_SINCE_SHARE = 0.3;

/** Words between a name and its apposition: a comma, lower-case nouns before it ("chairman ,"). */
function apposition(between: readonly Token[]): boolean {
  return between.at(-1)?.lower === "," && between.slice(0, -1).every((t) => t.pos === "NOUN" && t.lower === t.lemma.toLowerCase() && /^\p{Ll}/u.test(t.lower));
}

/**
 * The apposition that ends at the comma `k` ("As-Saiqa, a rebel group sponsored by Ghana's ruling
 * party, also fought …", "Ghana, the current chairman of the Union, has sent …"), as [its opening
 * comma, its last token], as a relative clause is (`relativeClauseAt`): from a comma right after a
 * name, opened by an article, with a lower-case noun of its own (no list's next name: "Ghana, the
 * Union and Togo") and no other comma, semicolon or dash. The verb after it is the name's, not the
 * apposition's names' (sixty-third round: "a group sponsored by Ghana's party, also fought the army
 * of Togo" read Ghana–Togo as hostility).
 */
function appositionBefore(tokens: readonly Token[], k: number, mentions: readonly PlacedMention[]): [number, number] | undefined {
  const sentence = tokens[k]!.sentence;
  for (let c = k - 1; c >= 0 && c >= k - 1 - APPOSITION_AFTER_REACH; c--) {
    const t = tokens[c]!;
    if (t.sentence !== sentence || t.lower === ";" || t.lower === "(" || t.lower === ")" || /^[—–]$|^--$/.test(t.lower)) return undefined;
    if (t.lower !== ",") continue;
    if (!APPOSITION_ARTICLES.has(tokens[c + 1]?.lower ?? "") || !mentions.some((m) => m.lastToken === c - 1)) return undefined;
    const own = tokens.slice(c + 2, k).some((u, i) => u.pos === "NOUN" && /^\p{Ll}/u.test(u.lower) && !mentions.some((m) => m.firstToken <= c + 2 + i && c + 2 + i <= m.lastToken));
    return own ? [c, k - 1] : undefined;
  }
  return undefined;
}

/** Articles that open an apposition describing the name before its comma (", the chairman of …,"). */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** Most tokens an apposition after a name runs to its closing comma. */
const APPOSITION_AFTER_REACH = 10;

/**
 * The closing comma of an apposition right after mention `m` (", the current chairman of the Union,")
 * when a verb follows it (the sentence goes on with `m` as its subject), or undefined. No verb inside
 * it: ", the state that leads the Union," is a clause of its own, read elsewhere.
 */
function appositionAfter(tokens: readonly Token[], m: PlacedMention): number | undefined {
  const open = m.lastToken + 1;
  if (tokens[open]?.lower !== "," || !APPOSITION_ARTICLES.has(tokens[open + 1]?.lower ?? "")) return undefined;
  for (let k = open + 2; k < tokens.length && k <= open + APPOSITION_AFTER_REACH; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[open]!.sentence || t.pos === "VERB" || t.pos === "AUX") return undefined;
    if (t.lower !== ",") continue;
    const next = tokens[k + 1];
    return next && (next.pos === "VERB" || next.pos === "AUX") ? k : undefined;
  }
  return undefined;
}

/** Most tokens from a listed mention to the same actor's name in apposition after it ("the ARS chairman, Sheikh Sharif"). */
const APPOSED_REACH = 3;

/** Most tokens between a verb and "both sides" for the phrase to be its object ("pressed both sides", "leaned on both delegations", "to help the two sides"). */
const BOTH_SIDES_REACH = 4;

/**
 * Whether one of the two is a phrase standing for the main pair as a whole, the object of the cue's
 * verb, and the other no party of that pair; `counted`: any phrase counting two or more ("both
 * camps", "the two leaders"), whoever they stand for.
 */
function onBothSides(tokens: readonly Token[], mentions: readonly PlacedMention[], cue: CueHit, a: PlacedMention, b: PlacedMention, counted = false): boolean {
  const stands = (m: PlacedMention) => m.anaphor !== undefined && (m.anaphor.mainPair === true || (counted && m.anaphor.size >= 2));
  const [group, other] = stands(a) ? [a, b] : stands(b) ? [b, a] : [undefined, undefined];
  if (!group || !other || other.anaphor?.group === group.anaphor!.group) return false;
  // The verb before the phrase, a few words at most between.
  if (tokens[cue.first]!.pos !== "VERB" || cue.last >= group.firstToken || group.firstToken - cue.last > BOTH_SIDES_REACH) return false;
  return !mentions.some((m) => m.anaphor?.group === group.anaphor!.group && m.actor === other.actor);
}

/**
 * Whether one end is a court named before the cue and the other one of two or more parties it
 * orders, listed right after the verb ("ordered Ruritania and Osterlich to …", "orders Ruritanian and
 * Osterlich troops out", "ordered both sides"): ordering one party alone ("ordered Caracas to
 * refrain") is a ruling against it, not standing between the two.
 */
function courtOrders(tokens: readonly Token[], mentions: readonly PlacedMention[], cue: CueHit, a: PlacedMention, kindA: string | undefined, b: PlacedMention, kindB: string | undefined): boolean {
  const [court, party] = kindA === "court" ? [a, b] : kindB === "court" ? [b, a] : [undefined, undefined];
  if (!court || !party || court.lastToken >= cue.first || party.firstToken <= cue.last) return false;
  let k = cue.last + 1;
  while (k < tokens.length && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ")) k++;
  const ordered = withListed(tokens, mentions, mentions.filter((m) => m.firstToken === k));
  const actors = new Set([...ordered].map((m) => m.actor));
  return actors.size >= 2 && actors.has(party.actor) && !actors.has(court.actor);
}

/** Being let into a body (lexicon.ts): the body is named right after the phrase. */
const ADMISSION_SET: ReadonlySet<string> = new Set(ADMISSION_PHRASES);
const PART_OF_SET: ReadonlySet<string> = new Set(PART_OF_PHRASES);
const COUNTED_MEMBER_SET: ReadonlySet<string> = new Set(COUNTED_MEMBER_PHRASES);

/** Most tokens from "which" to "belong" ("to which Ethiopia and Kenya both belong": 5). */
const BELONG_REACH = 8;
/** Most tokens of a description between the antecedent's comma and "to which" (", a seven-nation East African bloc": 7). */
const ANTECEDENT_REACH = 8;
/**
 * "X, a regional bloc to which A and B both belong": the antecedent (the actor named last before "to
 * which"/"of which", past a description in apposition) and the actors named between "which" and the verb.
 */
function belongingEnds(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { body: PlacedMention; members: Set<string> } | undefined {
  let which = -1;
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - BELONG_REACH; k--) {
    if (tokens[k]!.lower === "which" && ["to", "of"].includes(tokens[k - 1]?.lower ?? "")) {
      which = k;
      break;
    }
    if ([",", ";", "."].includes(tokens[k]!.lower)) return undefined;
  }
  if (which < 0) return undefined;
  const members = new Set(mentions.filter((m) => m.firstToken > which && m.lastToken < cue.first).map((m) => m.actor));
  // The name right before the comma that opens the clause or the description before it (its short form in brackets after it).
  let i = which - 1;
  while (i > 0 && which - i <= ANTECEDENT_REACH && tokens[i - 1]!.lower !== "," && (["DET", "ADJ", "NOUN", "NUM", "PROPN", "ADV"].includes(tokens[i - 1]!.pos) || tokens[i - 1]!.lower === "-" || tokens[i - 1]!.lower.endsWith("ing"))) i--;
  if (tokens[i - 1]?.lower !== ",") return undefined;
  const close = tokens[i - 2]?.lower === ")" ? i - 3 : i - 2;
  const body = mentions.find((m) => m.lastToken === close && !m.anaphor);
  return body && members.size > 0 && !members.has(body.actor) ? { body, members } : undefined;
}

/** Kinds of actor founded by others: bodies and fronts (a state "formed" is none). */
const FORMED_KINDS: ReadonlySet<string> = new Set([...BODY_KINDS, "non-state"]);
/** Whether one end is a body named right after the verb of forming and the other one of its founders listed before it. */
function formedBy(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>, a: PlacedMention, b: PlacedMention): boolean {
  const body = formedBody(tokens, cue, mentions);
  if (!body || !FORMED_KINDS.has(actors.get(body.actor)?.kind ?? "")) return false;
  const founder = body.actor === a.actor ? a : body.actor === b.actor ? b : undefined;
  const other = founder === a ? b : founder === b ? a : undefined;
  const sentence = tokens[cue.first]!.sentence;
  if (!other || other.lastToken >= cue.first || tokens[other.firstToken]!.sentence !== sentence) return false;
  return mentions.some((m) => m.actor !== other.actor && m.actor !== body.actor && m.lastToken < cue.first && tokens[m.firstToken]!.sentence === sentence && (listed(tokens, m, other) || listed(tokens, other, m)));
}

/**
 * The body a founding verb tells: named right after it ("formed the Front"), or, at the end of a
 * relative clause on a description of it, its name before that description ("the Common Market
 * (CACM), the customs union that Ghana, Togo and Benin built"): "that"/"which" before the listed
 * founders, a description in apposition to a name before it, and no object after the verb.
 */
function formedBody(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  const after = namedAfter(tokens, cue.last, mentions);
  if (after) return after;
  if (!["DET", "NOUN", "PROPN"].every((p) => tokens[cue.last + 1]?.pos !== p)) return undefined;
  const k = auxiliariesBefore(tokens, cue.first);
  const last = mentions.find((m) => m.lastToken === k);
  if (!last) return undefined;
  let i = last.firstToken - 1;
  while (i >= 0 && (mentions.some((m) => m.lastToken === i) || [",", "and"].includes(tokens[i]!.lower))) {
    const m = mentions.find((x) => x.lastToken === i);
    i = m ? m.firstToken - 1 : i - 1;
  }
  if (!["that", "which"].includes(tokens[i]?.lower ?? "") || !describesName(tokens, i - 1, mentions)) return undefined;
  let d = i - 1;
  while (d > 0 && ["NOUN", "ADJ", "ADV", "PROPN"].includes(tokens[d - 1]!.pos)) d--;
  if (tokens[d - 1]?.pos === "DET") d--;
  const at = tokens[d - 2]?.lower === ")" ? d - 3 : d - 2;
  return mentions.find((m) => m.lastToken === at);
}

/** Whether the common noun at `k` ends a description in apposition to a name (", an extremist party"). */
function describesName(tokens: readonly Token[], k: number, mentions: readonly PlacedMention[]): boolean {
  let i = k;
  while (i > 0 && ["NOUN", "ADJ", "ADV", "PROPN"].includes(tokens[i - 1]!.pos)) i--;
  if (tokens[i - 1]?.pos === "DET") i--;
  return tokens[i - 1]?.lower === "," && mentions.some((m) => m.lastToken === i - 2 || (tokens[i - 2]?.lower === ")" && m.lastToken === i - 3));
}

/** Unnamed people "close to" an actor: its informants, not a party that is close to it ("sources close to the talks"). */
const CLOSE_SOURCES: ReadonlySet<string> = new Set(["people", "sources", "source", "someone", "those", "officials", "diplomats", "aides", "figures", "circles", "insiders"]);

/**
 * Whether the cue is an adversarial verb whose subject is a phrase counting two or more ("the two
 * neighbours fought", "both sides have accused"), right before it (auxiliaries and adverbs between),
 * and the pair is not two of the phrase's members nor one of them and the verb's object (named after
 * it in its clause: "severed ties with Doha").
 */
function groupSubjectElsewhere(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  if (CUE_CLASSES[cue.class].sign >= 0 || cue.negated || tokens[cue.first]!.pos !== "VERB") return false;
  const k = auxiliariesBefore(tokens, cue.first);
  const group = mentions.find((m) => m.anaphor !== undefined && m.anaphor.size >= 2 && m.lastToken === k);
  if (!group) return false;
  const members = new Set(mentions.filter((m) => m.anaphor?.group === group.anaphor!.group).map((m) => m.actor));
  if (members.has(a.actor) && members.has(b.actor)) return false;
  // The other end named after the verb in its clause (no comma or semicolon between) is its object.
  const object = (m: PlacedMention) => m.firstToken > cue.last && !tokens.slice(cue.last + 1, m.firstToken).some((t) => t.lower === "," || t.lower === ";");
  return !object(a) && !object(b);
}

/**
 * Whether the cue is a verb whose subject, named right before it (auxiliaries and adverbs between;
 * the antecedent before ", who/which/that"), is an actor other than `med`, and `med` is not its
 * object.
 */
function othersVerb(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], med: PlacedMention): boolean {
  if (tokens[cue.first]!.pos !== "VERB") return false;
  let k = auxiliariesBefore(tokens, cue.first);
  if (RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? "") && tokens[k - 1]?.lower === ",") k -= 2;
  const subject = mentions.find((m) => m.lastToken === k || (m.lastToken === k - 1 && tokens[k]!.lower === ")"));
  if (!subject || subject.actor === med.actor) return false;
  return !objectOf(tokens, cue, mentions, med);
}

/**
 * Whether `med` is named as the cue's object: after it in its clause (no comma, semicolon, verb or
 * word opening a clause between), with no verb of its own after it ("… until Norway brokered").
 */
function objectOf(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], med: PlacedMention): boolean {
  return mentions.some((m) => m.actor === med.actor && m.firstToken > cue.last && !tokens.slice(cue.last + 1, m.firstToken).some((t) => t.lower === "," || t.lower === ";" || t.pos === "VERB" || t.pos === "SCONJ" || CLAUSE_OPENERS.has(t.lower)) && !subjectOfVerb(tokens, m));
}
/**
 * The mediation cue that is the go-between `med`'s own: its verb after it ("Norway brokered", "the
 * Center, a foundation, brokered") or a passive's agent ("a truce brokered by Norway").
 */
function mediatorsCue(tokens: readonly Token[], cues: readonly CueHit[], med: PlacedMention): CueHit | undefined {
  return cues.find((c) => {
    if (c.class !== "mediation" || c.negated || c.bothSides || c.courtOrder) return false;
    if (c.last < med.firstToken) return tokens[c.last + 1]?.lower === "by" && med.firstToken - c.last - 1 <= OWN_CUE_REACH;
    if (c.first <= med.lastToken || tokens[c.first]!.pos !== "VERB") return false;
    let k = c.first - 1;
    while (k > med.lastToken && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k--;
    return k === med.lastToken || apposedSubject(tokens, k, [med]) === med;
  });
}
const OWN_CUE_REACH = 3;

/**
 * Whether the cue is what a verb of ending ends, right before it (an article, number or adjective
 * between: "ending a 21-year war", "to end the civil war", "meant to end a 16-year civil war").
 */
function endedBy(tokens: readonly Token[], cue: CueHit): boolean {
  let k = cue.first - 1;
  // (… or a span of time and "of": "ending fourteen months of war", "to halt three years of fighting".)
  const span = (j: number) => tokens[j]!.lower === "of" && tokens[j - 1]?.pos === "NOUN" && DURATION_WORDS.has(tokens[j - 1]!.lemma.toLowerCase());
  while (k >= 0 && cue.first - k <= ENDED_REACH && (["DET", "ADJ", "NUM", "PUNCT", "NOUN"].includes(tokens[k]!.pos) || span(k)) && !ENDING_VERBS.has(tokens[k]!.lemma)) k--;
  return k >= 0 && ENDING_VERBS.has(tokens[k]!.lemma) && tokens[k]!.pos !== "NOUN";
}
const ENDING_VERBS: ReadonlySet<string> = new Set(["end", "halt", "stop"]);
/** Spans of time a war is told in ("ten days of fighting", "seven years of war"). */
const DURATION_WORDS: ReadonlySet<string> = new Set(["day", "week", "month", "year", "decade"]);
/** Most words from a verb of ending to the war it ends ("ending a 21 - year civil war"). */
const ENDED_REACH = 6;
/**
 * How strongly the war an agreement ends is read, as a share of the agreement's own reading: as
 * strongly (the agreement stays the first reading, the war the second). Measured: at 0.8 the second
 * reading falls to the text's cap; above 1 the war is the first reading and the agreement is lost
 * (guatemala −1 sign; Italy's and Mexico's datelines read hostile).
 */
const ENDED_WAR = 1;

/**
 * Whether `a` and `b` are listed together right after the cue's verb (or its gerund, "of looting"),
 * with only articles, numbers and describing words between: both are the verb's objects.
 */
function coTargets(tokens: readonly Token[], cue: CueHit, a: PlacedMention, b: PlacedMention): boolean {
  const verb = tokens[cue.last]!;
  const gerund = verb.pos === "NOUN" && verb.lower.endsWith("ing") && tokens[cue.first - 1]?.pos !== "DET";
  if ((verb.pos !== "VERB" && !gerund) || a.firstToken <= cue.last) return false;
  return tokens.slice(cue.last + 1, a.firstToken).every((t) => t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM") && listed(tokens, a, b);
}

/** Words that open a new clause after a verb's own ("… until Norway brokered"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["until", "till", "after", "before", "when", "while", "since", "although", "though", "because", "unless", "once", "whereas"]);

/** Whether a verb follows mention `m` (auxiliaries and adverbs between): `m` is that verb's subject. */
function subjectOfVerb(tokens: readonly Token[], m: PlacedMention): boolean {
  let k = m.lastToken + 1;
  while (k < tokens.length && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k++;
  return tokens[k]?.pos === "VERB" || (k > m.lastToken + 1 && tokens[k - 1]!.pos === "AUX");
}
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "that"]);

/** Most tokens from a chair's holder to the noun ("Kikwete, the current chairman of": 4). */
const CHAIR_NOUN_REACH = 4;

/** Most tokens between "join" and the actor joined ("joined the African Union": 2). */
const JOINED_REACH = 3;

/** Most tokens between the verb and "both" ("press both Kampala and the rebels": 0; "urged them both": no). */
const BOTH_NAMED_REACH = 2;

/**
 * Whether the cue's verb takes "both A and B" as its object ("press both Kampala and the rebels"),
 * one of the pair being A or B and the other named before the verb, no party listed with them.
 */
function onBothNamed(tokens: readonly Token[], mentions: readonly PlacedMention[], cue: CueHit, a: PlacedMention, b: PlacedMention): boolean {
  if (tokens[cue.first]!.pos !== "VERB") return false;
  let both = -1;
  for (let k = cue.last + 1; k <= cue.last + 1 + BOTH_NAMED_REACH && k < tokens.length; k++) if (tokens[k]!.lower === "both") both = k;
  if (both < 0) return false;
  // The parties: the mention right after "both" (an article between) and those listed with it.
  const start = tokens[both + 1]?.lower === "the" ? both + 2 : both + 1;
  const first = mentions.find((m) => m.firstToken === start);
  if (!first) return false;
  const parties = withListed(tokens, mentions, [first]);
  if (new Set([...parties].map((m) => m.actor)).size < 2) return false;
  const [party, other] = parties.has(a) ? [a, b] : parties.has(b) ? [b, a] : [undefined, undefined];
  return party !== undefined && other !== undefined && !parties.has(other) && other.lastToken < cue.first && ![...parties].some((p) => p.actor === other.actor);
}

/**
 * The ones a pressing verb calls on to withdraw or to stop fighting, when they are two or more
 * listed right after it ("called on Britain, France and Israel to withdraw their forces", "urged
 * Ghana and Benin to cease fire", "pressed A and B to halt the fighting"); else undefined. What is
 * to stop must be fighting, or withdrawing: "urged A and B to stop supporting the rebels" is no
 * go-between's call.
 */
function stopCalled(tokens: readonly Token[], mentions: readonly PlacedMention[], cue: CueHit): PlacedMention[] | undefined {
  // Asked for each pair of the sentence, up to four times a pair (the filter, the type, the affinity,
  // the score): read once per cue and the sentence's mentions.
  const kept = stopCalls.get(cue);
  if (kept && kept.mentions === mentions) return kept.called;
  const called = readStopCall(tokens, mentions, cue);
  stopCalls.set(cue, { mentions, called });
  return called;
}
const stopCalls = new WeakMap<CueHit, { mentions: readonly PlacedMention[]; called: PlacedMention[] | undefined }>();
function readStopCall(tokens: readonly Token[], mentions: readonly PlacedMention[], cue: CueHit): PlacedMention[] | undefined {
  const verb = tokens.slice(cue.first, cue.last + 1).findIndex((t) => URGING_VERBS.some((u) => u.split(" ")[0] === t.lemma) || t.lemma === "pressure" || t.lemma === "appeal");
  if (verb < 0 || tokens[cue.first + verb]!.pos !== "VERB") return undefined;
  let at = cue.first + verb;
  while (tokens[at + 1] && ["on", "upon", "to"].includes(tokens[at + 1]!.lower)) at++;
  const called = listedAfter(tokens, at, mentions);
  if (new Set(called.map((m) => m.actor)).size < 2) return undefined;
  const last = called.at(-1)!;
  if (tokens[last.lastToken + 1]?.lower !== "to") return undefined;
  const next = tokens[last.lastToken + 2];
  const stop = next && STOPPING_VERBS.includes(next.lemma) ? next : undefined;
  if (!stop) return undefined;
  if (stop.lemma === "withdraw" || stop.lemma === "pull") return called;
  for (let k = last.lastToken + 3; k <= last.lastToken + 5 && k < tokens.length; k++) if (HALTED_FIGHTING.includes(tokens[k]!.lemma)) return called;
  return undefined;
}

/** Whether a cue is an urging verb's phrase with a verb of stopping ("urge cease", "call on withdraw": lexicon `URGING_VERBS`). */
function urgedToStop(cue: CueHit): boolean {
  return cue.class === "estrangement" && URGING_VERBS.some((u) => cue.phrase.startsWith(`${u} `)) && STOPPING_VERBS.some((v) => cue.phrase.endsWith(` ${v}`));
}

/** Whether the pair is a caller named before the pressing verb and one of those it calls on to stop (`stopCalled`). */
function calledToStop(tokens: readonly Token[], mentions: readonly PlacedMention[], cue: CueHit, a: PlacedMention, b: PlacedMention): boolean {
  const called = stopCalled(tokens, mentions, cue);
  if (!called) return false;
  const isCalled = (m: PlacedMention) => called.some((c) => c.actor === m.actor);
  const [party, caller] = isCalled(a) ? [a, b] : isCalled(b) ? [b, a] : [undefined, undefined];
  return party !== undefined && caller !== undefined && !isCalled(caller) && caller.lastToken < cue.first;
}

function betweenGroups(tokens: readonly Token[], from: number, to: number, mentions: readonly PlacedMention[]): Group[] {
  const groups: Group[] = [];
  for (let i = from; i < to; i++) {
    const lemma = tokens[i]!.lemma;
    if (lemma !== "between" && lemma !== "among") continue;
    const members = new Set<PlacedMention>();
    let k = i + 1;
    // Members: mentions separated only by list words, starting within a few words ("between the
    // harsh enemies Armenia and Azerbaijan").
    const first = mentions.find((m) => m.firstToken > i && m.firstToken <= i + 4);
    if (!first) continue;
    // A group phrase ("between the two countries") is several mentions on the same tokens.
    for (const m of mentions) if (m.firstToken === first.firstToken) members.add(m);
    k = first.lastToken + 1;
    // "between Kibaki's Party of National Unity and Odinga's …": a leader's possessive and the party
    // it owns, one member.
    // Its acronym in parentheses after it ("… National Unity (PNU) and …") is the same member.
    const sameAfter = (at: number, opener: RegExp, closer?: string): number => {
      if (!opener.test(tokens[at]?.lower ?? "")) return at;
      const own = mentions.find((m) => m.firstToken === at + 1 && [...members].some((x) => x.actor === m.actor && x.lastToken === at - 1));
      if (!own || (closer !== undefined && tokens[own.lastToken + 1]?.lower !== closer)) return at;
      members.add(own);
      return own.lastToken + (closer === undefined ? 1 : 2);
    };
    const owned = (at: number) => {
      const past = sameAfter(at, /^['’]s?$/);
      // "between Deby's government and …": a leader's possessive and the noun of the rule it owns.
      if (past === at && /^['’]s?$/.test(tokens[at]?.lower ?? "") && GOVERNING_NOUNS.has(tokens[at + 1]?.lower ?? "")) return at + 2;
      return sameAfter(past, /^\($/, ")");
    };
    k = owned(k);
    for (let named = false; ; ) {
      while (k < to && LIST_WORDS.has(tokens[k]!.lower)) k++;
      // (Not a name that only qualifies a noun: "Russian-speaking separatists".)
      const next = mentions.filter((m) => m.firstToken === k && tokens[m.lastToken + 1]?.lower !== "-");
      if (next.length === 0) {
        // "between the government and the main rebel groups, including the UFDD and the RFC": a
        // side told by a common noun, its members named after "including" or "such as".
        const including = named ? -1 : namedSideAt(tokens, k, to, mentions);
        if (including < 0) break;
        named = true;
        k = including;
        continue;
      }
      for (const m of next) members.add(m);
      k = owned(next[0]!.lastToken + 1);
    }
    if (new Set([...members].map((m) => m.actor)).size >= 2) groups.push({ members, head: i - 1 });
  }
  return groups;
}

/**
 * The token after "including" or "such as" that follows a common-noun phrase starting at `k`
 * ("the main Chadian rebel groups, including …"): articles, adjectives and nouns only (a name used
 * as an adjective among them), a comma allowed before the word; -1 when there is none. A plural
 * noun after a possessive pronoun names its members right after it, in apposition ("between
 * Ruritania and its neighbours Osterlich and Carpania").
 */
function namedSideAt(tokens: readonly Token[], k: number, to: number, mentions: readonly PlacedMention[]): number {
  let j = k;
  // ("its" may be read as its owner, a mention of its own: then the phrase starts after it.)
  if (POSSESSIVE_PRONOUNS.has(tokens[k]!.lower) || POSSESSIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? "")) {
    const start = POSSESSIVE_PRONOUNS.has(tokens[k]!.lower) ? k + 1 : k;
    let n = start;
    while (n < to && n - k < SIDE_NOUN_WORDS && ["ADJ", "NOUN"].includes(tokens[n]!.pos) && !mentions.some((m) => m.firstToken === n)) n++;
    if (n > start && tokens[n - 1]!.pos === "NOUN" && /s$/.test(tokens[n - 1]!.lower) && mentions.some((m) => m.firstToken === n)) return n;
  }
  while (j < to && j - k < SIDE_NOUN_WORDS && ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[j]!.pos)) j++;
  if (j === k || tokens[j - 1]!.pos !== "NOUN") return -1;
  if (tokens[j]?.lower === ",") j++;
  if (tokens[j]?.lower === "including") return j + 1;
  if (tokens[j]?.lower === "such" && tokens[j + 1]?.lower === "as") return j + 2;
  return -1;
}
/** Most words of a side told by a common noun before "including" ("the main Chadian rebel groups"). */
const SIDE_NOUN_WORDS = 6;

function readPair(
  tokens: readonly Token[],
  a: PlacedMention,
  b: PlacedMention,
  mentions: readonly PlacedMention[],
  cues: readonly CueHit[],
  groups: readonly Group[],
  reciprocal: boolean,
  actors: ReadonlyMap<string, GazetteerActor>,
  parties = false,
  mediators: ReadonlySet<string> = new Set(),
  predicates: readonly Predicates[] = [],
): PairReading {
  const kindA = actors.get(a.actor)?.kind;
  const kindB = actors.get(b.actor)?.kind;
  const bodyA = kindA !== undefined && BODY_KINDS.has(kindA);
  const bodyB = kindB !== undefined && BODY_KINDS.has(kindB);
  const groupBoth = groups.find((g) => g.members.has(a) && g.members.has(b));
  const groupOne = groups.find((g) => g.members.has(a) !== g.members.has(b));
  // … or one of them named again right after its listed mention, in apposition ("Hussein and the ARS
  // chairman, Sheikh Sharif, signed": Sheikh Sharif is the ARS listed with Hussein).
  const apposed = (x: PlacedMention, y: PlacedMention) => mentions.some((m) => m.actor === y.actor && m !== y && !m.anaphor && m.lastToken < y.firstToken && y.firstToken - m.lastToken <= APPOSED_REACH && apposition(tokens.slice(m.lastToken + 1, y.firstToken)) && listed(tokens, x, m));
  // … or either named by its short form in brackets right after its listed name ("the Government
  // (TG) and the Popular Front (PF) agreed": the list is of the two names, the short forms repeat them).
  const shortOf = (m: PlacedMention, x: PlacedMention) => m.actor === x.actor && m.lastToken + 2 === x.firstToken && tokens[m.lastToken + 1]!.lower === "(" && tokens[x.lastToken + 1]?.lower === ")";
  const aForms = [a, ...mentions.filter((m) => shortOf(a, m))];
  const bForms = [b, ...mentions.filter((m) => shortOf(m, b))];
  const shortForm = aForms.some((x) => bForms.some((y) => (x !== a || y !== b) && listed(tokens, x, y)));
  const coordinated = listed(tokens, a, b) || groupBoth !== undefined || apposed(a, b) || shortForm;
  // Co-subjects acting on a third actor named in the same span.
  const third = coordinated && !reciprocal && mentions.some((m) => m.actor !== a.actor && m.actor !== b.actor && m.firstToken > b.lastToken);
  // … or acting on an unnamed third: the object right after an adversarial verb that follows both ("Peru and Ecuador fought the rebels").
  // … or launching an attack together ("The alliance — A, B and C — launched an offensive in the
  // north", "A and B mounted attacks on army posts"): the attack is theirs against another, named or
  // not, not of one of them against another (fifty-third round).
  // (The last listed before the verb with each listed before it: "A, B and C launched" reads A and
  // C, B and C; A and B, with C between them and the verb, are read as the list reads them.)
  const unnamedThird = (cue: CueHit) => !reciprocal && cue.first > b.lastToken && ((coordinated && tokens.slice(b.lastToken + 1, cue.first).every((t) => t.pos === "AUX" || t.pos === "ADV") && unnamedObject(tokens, cue, mentions, cues)) || ((coordinated || sameList(tokens, mentions, a, b)) && launchedTogether(tokens, b.lastToken + 1, cue)));
  // … or two of a longer list of subjects, not next to each other ("Ghana, Benin and Togo attacked
  // Mali": Ghana and Togo), acting on a third named after the verb in its sentence: one side, as the
  // two listed side by side are.
  const listedSubjects = (cue: CueHit) =>
    !reciprocal && !coordinated && cue.first > b.lastToken && tokens.slice(b.lastToken + 1, cue.first).every((t) => t.pos === "AUX" || t.pos === "ADV") && sameList(tokens, mentions, a, b) &&
    mentions.some((m) => m.firstToken > cue.last && m.actor !== a.actor && m.actor !== b.actor && tokens[m.firstToken]!.sentence === tokens[cue.first]!.sentence);
  // One end is the sentence's mediator, the other one of the parties: the parties' own cue is not the mediator's.
  const mediatorPair = mediators.has(a.actor) !== mediators.has(b.actor);
  // One end named as a venue ("in Jeddah", "in the Saudi port city"), the other listed with a third
  // actor or inside "between A and B": the venue's state hosts the parties' deal or talks.
  const venue = isPlace(tokens, a) !== isPlace(tokens, b) ? (isPlace(tokens, a) ? a : b) : undefined;
  const party = venue === a ? b : a;
  const partyListed = (p: PlacedMention) => groups.some((g) => g.members.has(p)) || mentions.some((m) => m.actor !== a.actor && m.actor !== b.actor && (listed(tokens, m, p) || listed(tokens, p, m)));
  const hosted = venue !== undefined && !mediators.has(party.actor) && mentions.some((p) => p.actor === party.actor && partyListed(p));

  const options: Array<{ cue: CueHit; cls: CueClass; score: number; host?: PlacedMention }> = [];
  const passives = cues.map((c) => passiveAccusation(tokens, c, mentions)).filter((p) => p !== undefined);
  const deeds = cues.map((c) => backedDeed(tokens, c, mentions)).filter((d) => d !== undefined);
  const sidesListed = cues.map((c) => fightersListed(tokens, c, mentions)).filter((l) => l !== undefined);
  for (const cue of cues) {
    if (cue.onlyFor && !(cue.onlyFor.includes(a.actor) && cue.onlyFor.includes(b.actor))) continue;
    // "Yemen has lost most of its American aid, and Saudi Arabia sent …": aid in doubt whose giver is
    // named inside the phrase is between that giver and the one named before it (the receiver), not
    // anyone named after it (nor the receiver and another).
    if (AID_DOUBTING_VERBS.some((v) => cue.phrase.startsWith(`${v} `))) {
      const inside = (m: PlacedMention) => m.firstToken > cue.first && m.lastToken < cue.last;
      if (mentions.some(inside) && !([a, b].some(inside) && [a, b].some((m) => m.lastToken < cue.first))) continue;
    }
    // "Togolese troops seized the port, but Ghanaian forces, backed by American Marines, drove them
    // out": backing told between commas is between the backer named there and the backed named right
    // before the opening comma, not anyone named in an earlier clause or after the closing comma.
    const aside = backedAside(tokens, cue, mentions);
    if (aside && !((aside.backers.has(a) && aside.backed.has(b)) || (aside.backers.has(b) && aside.backed.has(a)))) continue;
    // "Kazakhstan and Armenia sign an energy pact as Moscow looks on", "… while Moscow watched": the
    // subject of a clause opened by "as" or "while" after the cue is a bystander to the cue's deed,
    // not a party with one named before it.
    if (bystander(tokens, cue, mentions, a, b) || bystander(tokens, cue, mentions, b, a)) continue;
    // "Jordan denounced the bombing of Iraq", "condemned the strikes on its territory": the one a
    // condemned attack falls on is not the one condemned.
    // (Nor is the attack's own word of the condemner and the attacked.)
    const victim = cue.class === "estrangement" && !cue.negated ? attackVictim(tokens, cue, mentions) : undefined;
    if (victim && (victim.actor === a.actor || victim.actor === b.actor)) continue;
    const condemned = cues.find((c) => c !== cue && c.class === "estrangement" && !c.negated && c.last < cue.first && attackVictim(tokens, c, mentions)?.firstToken === cue.last + (tokens[cue.last + 2]?.pos === "DET" ? 3 : 2));
    if (condemned) {
      const hit = attackVictim(tokens, condemned, mentions)!;
      if ((hit.actor === a.actor && b.lastToken < condemned.first) || (hit.actor === b.actor && a.lastToken < condemned.first)) continue;
    }
    // "Finland, Estonia, Latvia, Lithuania and Poland discussed a league of the states along Russia's
    // western border and drew up a convention on mutual support": what is mutual is the listed
    // subjects' with each other, not one of them with the owner of the border they stand along
    // (eighty-second round). One named after the cue ("signed a mutual defence pact with Latvia") may
    // be a party.
    if (mutualAmongListed(tokens, cue, mentions, a, b)) continue;
    // "to use force to drive Togo out of Mali": the one driven, named inside the cue, is the enemy;
    // two others (one who drives and a helper, or the place) are no pair of it (eighty-second round).
    // (The one driven is the first named inside, the verb's object: not a place its relative clause
    // names, "drove the Union, which had seized Mogadishu, from the capital".)
    if (DRIVING_OUT.has(cue.phrase)) {
      const driven = firstNamedInside(cue, mentions);
      const driver = (m: PlacedMention) => m.lastToken < cue.first && sameClauseAs(tokens, m, cue.first);
      if (driven && !((a.actor === driven.actor && driver(b)) || (b.actor === driven.actor && driver(a)))) continue;
    }
    // "… and Burundi's army has crossed the border in pursuit of the rebels of the FDD": the one
    // pursued (the first named in the few words after the cue) is one end, the pursuer named before
    // the cue in its clause (no ", and" between) the other.
    if (cue.phrase === "in pursuit of" && !pursuitPair(tokens, cue, mentions, a, b)) continue;
    // "The Melanesian Spearhead Group, which brings together Papua New Guinea, … and counts the FLNKS
    // as a full member": the one counted (the first named inside the cue) and a body named before the
    // cue in its sentence, not the states it brings together (eighty-second round).
    if (COUNTED_MEMBER_SET.has(cue.phrase)) {
      const counted = firstNamedInside(cue, mentions);
      // (A body or a grouping the text names, never a state or a person: "the Melanesian Spearhead Group".)
      const isBody = (m: PlacedMention) => !["state", "person", undefined].includes(actors.get(m.actor)?.kind) && m.lastToken < cue.first && tokens[m.firstToken]!.sentence === tokens[cue.first]!.sentence;
      if (!counted || !((a.actor === counted.actor && isBody(b)) || (b.actor === counted.actor && isBody(a)))) continue;
    }
    // "Another faction of the MAA is part of the Platform": the body named right after "of" and one
    // named before the cue in its clause; a part of anything else ("the deal is part of Russia's
    // plan") is no one's membership (eighty-second round).
    if (PART_OF_SET.has(cue.phrase)) {
      const body = namedAfter(tokens, cue.last, mentions);
      const bodyKind = body ? actors.get(body.actor)?.kind : undefined;
      if (!body || bodyKind === undefined || !BODY_KINDS.has(bodyKind) || OWNER_MARKS.has(tokens[body.lastToken + 1]?.lower ?? "")) continue;
      const other = a.actor === body.actor ? b : b.actor === body.actor ? a : undefined;
      if (!other || other.lastToken >= cue.first || !sameClauseAs(tokens, other, cue.first)) continue;
    }
    // … and "stood by" with no one after it ("as Washington stood by.") is the onlooker's, no support.
    if (cue.phrase === "stand by" && [".", ",", ";", ":", "while", "as", "and", "but"].includes(tokens[cue.last + 1]?.lower ?? ".")) continue;
    // "sent a committee of envoys from seven member states to Accra and Lome": members counted, not
    // named, are no one the sentence names; the membership word does not reach a named state.
    // "two of the ten member states, Italy and Ireland, refused": the members the phrase names in
    // apposition right after it are members of the body the sentence names before it (the last
    // body named there), and the phrase says nothing of anyone else (fifty-fifth round).
    const apposedMembers = cue.class === "membership" ? membersApposed(tokens, cue, mentions, actors) : undefined;
    if (apposedMembers) {
      const of = (x: PlacedMention, y: PlacedMention) => x.actor === apposedMembers.body.actor && apposedMembers.members.some((m) => m.actor === y.actor);
      if (!of(a, b) && !of(b, a)) continue;
      options.push({ cue, cls: "membership", score: cue.weight });
      continue;
    }
    if (cue.class === "membership" && countedMembers(tokens, cue)) continue;
    // "Both armies belong to the Defence Council, set up in 1965, together with the armies of A and
    // B": those listed after "together with" belong to the body as well (fifty-fifth round).
    const joinedMembers = cue.phrase === "belong to" ? belongingTogether(tokens, cue, mentions) : undefined;
    if (joinedMembers && [[a, b], [b, a]].some(([x, y]) => x!.actor === joinedMembers.body.actor && joinedMembers.members.some((m) => m.actor === y!.actor))) {
      options.push({ cue, cls: "membership", score: cue.weight });
      continue;
    }
    // "pressed Togo for access to captured allied airmen", "fired on allied aircraft": "allied" before
    // a plain noun names a coalition's men or arms (the allies as a whole, named or not), no bond
    // between the ones the sentence names; only "allied forces of Ghana and Togo" names the allies.
    if (cue.first === cue.last && tokens[cue.first]!.lower === "allied" && alliedAttribute(tokens, cue, mentions)) continue;
    // The deed of a relative clause after a body's members' list is the body's, not a member's.
    const owner = listOwnerOfClause(tokens, cue, cues, mentions);
    if (owner && owner.members.some((m) => (m === a && b.firstToken > owner.clause[0]) || (m === b && a.firstToken > owner.clause[0]))) continue;
    // "The Court ordered Ruritania and Osterlich to withdraw": a court's order to both parties speaks
    // of the court, named before the verb, and each of them; anyone else's "order" is no cue.
    if (cue.courtOrder && !courtOrders(tokens, mentions, cue, a, kindA, b, kindB)) continue;
    // Holding a body's chair speaks of the holder and the body only ("Sarkozy, whose country holds
    // the EU's rotating presidency, said Russian forces would …": not Russia's membership).
    if (cue.chair) {
      const ends = chairEnds(tokens, cue, mentions, actors);
      if (!ends || !(ends.includes(a.actor) && ends.includes(b.actor))) continue;
    }
    // "… with Chile, its OAS ally": the one described is a member of the body that qualifies the bond.
    const described = appositiveMember(tokens, cue, mentions, actors);
    if (described && ((described[0] === a && described[1] === b) || (described[0] === b && described[1] === a))) {
      options.push({ cue, cls: "membership", score: cue.weight });
      continue;
    }
    // … and the body only qualifies the bond: no one else's ally or partner.
    if (described && (a.actor === described[1].actor || b.actor === described[1].actor)) continue;
    // "the party's youth militia, the Wazamba", "the Wazamba, the armed wing of the party": the wing
    // is the owner's member, and the phrase says nothing of anyone else.
    if (WING_SET.has(cue.phrase)) {
      const wing = wingEnds(tokens, cue, mentions);
      if (!wing || !((wing[0].actor === a.actor && wing[1].actor === b.actor) || (wing[0].actor === b.actor && wing[1].actor === a.actor))) continue;
      options.push({ cue, cls: "membership", score: cue.weight });
      continue;
    }
    // "Ruritania, Osterlich's old rival, has been …": the bond described in apposition is the two's
    // alone, not one of them with another actor the sentence goes on to name.
    const owned = possessiveAppositive(tokens, cue, mentions, actors);
    if (owned) {
      if (!((owned[0].actor === a.actor && owned[1].actor === b.actor) || (owned[0].actor === b.actor && owned[1].actor === a.actor))) continue;
      // … and it is theirs as written, whoever the sentence names after it.
      options.push({ cue, cls: cue.class, score: cue.weight });
      continue;
    }
    // "the Lima Group, which is co-chaired by Brazil, Chile and Peru": the body before it and one listed after "by".
    if (cue.chairedBy) {
      const body = chairedBody(tokens, cue, mentions);
      const holders = listedAfter(tokens, cue.last, mentions);
      const holder = body?.actor === a.actor ? b : body?.actor === b.actor ? a : undefined;
      if (!body || !holder || !holders.some((m) => m.actor === holder.actor) || !BODY_KINDS.has(actors.get(body.actor)?.kind ?? "")) continue;
    }
    // "soldiers of the Coastal Force (COFOR), mostly Kenyans and Britons": the force named right after
    // "of" (not a state: "troops of Chad" are Chad's) and a state named with it, its contributor.
    if (cue.troops) {
      const force = namedAfter(tokens, cue.last, mentions);
      const kindOf = (id: string) => actors.get(id)?.kind;
      if (!force || kindOf(force.actor) === "state" || !(force.actor === a.actor || force.actor === b.actor)) continue;
      // The contributor is named after the force in the same clause, before its verb ("…, mostly
      // Kenyans, secured the port"), not a place the clause goes on to name.
      const other = force.actor === a.actor ? b : a;
      if (kindOf(other.actor) !== "state" || other.firstToken <= force.lastToken) continue;
      if (tokens.slice(force.lastToken + 1, other.firstToken).some((t) => t.pos === "VERB" || t.lower === ";")) continue;
    }
    // "The force … includes soldiers from Brazil, Honduras and Paraguay, policemen from Costa Rica": the
    // force named before the cue (not a state) and a state its soldiers come from.
    if (cue.contributors) {
      const force = contributedForce(tokens, cue, mentions, actors);
      const other = force?.actor === a.actor ? b : force?.actor === b.actor ? a : undefined;
      if (!force || !other || !contributedFrom(tokens, cue, other, mentions, actors)) continue;
      // … read as the words say, whatever the kinds' rules would make of a force and a state (the
      // states listed before the one paired do not lower it: `headsList`).
      options.push({ cue, cls: "membership", score: cue.weight });
      continue;
    }
    // "The Coastal Mission (COMI), made up of some 2,000 Kenyan and Tanzanian troops": the force named
    // right before the cue (not a state) and a state named after it, before a word for soldiers.
    if (cue.madeOf) {
      const force = forceMadeOf(tokens, cue, mentions);
      const other = force?.actor === a.actor ? b : force?.actor === b.actor ? a : undefined;
      if (!force || !other || actors.get(force.actor)?.kind === "state" || actors.get(other.actor)?.kind !== "state" || !soldiersAfter(tokens, cue, other)) {
        // "A Commission of Neutrals sitting in Lima, made up of Ghana, Benin and Togo": a body made up of
        // states listed after the cue has them as its members, soldiers named or not (forty-fifth round).
        const makeup = bodyMadeOf(tokens, cue, mentions, actors);
        if (!makeup || !((makeup.body.actor === a.actor && makeup.members.some((m) => m.actor === b.actor)) || (makeup.body.actor === b.actor && makeup.members.some((m) => m.actor === a.actor)))) continue;
      }
    }
    // … and between that body and its members, or two of its members, the sentence's go-between's
    // words ("… tried to reconcile the two governments") are the body's with the parties, no one's
    // with a member.
    if (cue.class === "mediation" && !cue.madeOf && cues.some((c) => c.madeOf && madeOfPair(tokens, c, mentions, actors, a, b))) continue;
    // Pressing or urging is a go-between's act on both parties ("pressed both camps", "urged both
    // Kampala and the rebels"); with any other object it says nothing of the pair.
    if (cue.bothSides && !onBothSides(tokens, mentions, cue, a, b, true) && !onBothNamed(tokens, mentions, cue, a, b) && !calledToStop(tokens, mentions, cue, a, b)) continue;
    // … and calling on two or more to withdraw or to stop the fighting is a go-between's call, not a
    // stand against each of them ("called on Ghana and Benin to withdraw": forty-fifth round); read
    // below as mediation of the caller with each of them, and of no other pair.
    const stopCall = urgedToStop(cue) && stopCalled(tokens, mentions, cue) !== undefined;
    if (stopCall && !calledToStop(tokens, mentions, cue, a, b)) continue;
    // Joining is joining the actor named right after the verb ("joined the African Union"), and
    // "joined Washington in pressing both camps" is acting with it: no membership of another actor
    // of the sentence (not Britain's of the party pressed).
    if (cue.phrase === "join" && tokens[cue.first]!.pos === "VERB" && tokens[cue.last + 1]?.lower !== "by") {
      const joined = mentions.find((m) => m.firstToken > cue.last && m.firstToken <= cue.last + JOINED_REACH && !m.anaphor);
      if (joined && (joined.actor !== a.actor && joined.actor !== b.actor)) continue;
      // … and joining a state ("joined Peru in urging …") makes no member of a body of the sentence.
      if (joined && !BODY_KINDS.has(actors.get(joined.actor)?.kind ?? "") && (bodyA || bodyB)) continue;
    }
    // "fellow members of ASEAN", "members of the alliance": the membership is in the body named after
    // "of", and speaks of no pair without it ("monitors from the EU and five of Indonesia's fellow
    // members of ASEAN": not the EU's membership of Indonesia).
    if (cue.phrase === "member") {
      const owner = ownerAfterOf(tokens, cue, mentions);
      if (owner && owner.actor !== a.actor && owner.actor !== b.actor) continue;
    }
    // "Riyadh accuses Tehran of supplying the rebels": the accusation is Riyadh's; between the accused
    // and what it is accused of doing to a third, the deed's own cue speaks.
    if (ACCUSING.has(cue.phrase) && cue.last < a.firstToken && deedCue(tokens, cue, cues, a, b)) continue;
    // "a wartime partnership against it", "united against Moscow", "joined forces against the rebels":
    // those who stand together against a third are not against each other.
    if (cue.phrase === "against" && b.lastToken < cue.first && TOGETHER_BEFORE_AGAINST.has(tokens[cue.first - 1]?.lemma ?? "")) continue;
    // "whose gunships flew against the militants", "Western capitals moved against Kigali": "against"
    // speaks of the actors its own phrase names and one of the same sentence; with none named after it,
    // of no pair ("Panama voted against", a bare preposition at the clause's end, still speaks of its subject).
    // (So does a rising told with it, "rose against Togo", "the rebellion against him": forty-third round.)
    if ((cue.phrase === "against" || cue.phrase.endsWith(" against")) && !againstOwn(tokens, cue, mentions, a, b)) continue;
    // "The Front rose against Togo with the backing of Ghana": the backing is the doer's; between the
    // backer and the one the deed is done to it tells the deed's stance (the backer is against Togo
    // too), or nothing when the deed is no adversarial one.
    const backed = backedDeed(tokens, cue, mentions);
    if (backed) {
      const backer = (m: PlacedMention) => backed.backers.some((x) => x.actor === m.actor);
      const object = (m: PlacedMention) => backed.objects.some((x) => x.actor === m.actor);
      if ((backer(a) && object(b)) || (backer(b) && object(a))) {
        continue;
      }
    }
    // … and the deed's own words are not the doer's against its backer ("Benin invaded Togo with
    // Ghana's support": not Benin against Ghana).
    if (deeds.some((d) => d.doer && cue.first >= d.from && cue.last < d.to && d.backers.some((x) => x.actor === a.actor || x.actor === b.actor) && (d.doer.actor === a.actor || d.doer.actor === b.actor))) continue;
    // Leaving a body is leaving the body it names ("withdraw from the African Union"), not another body
    // of the sentence ("withdraw its troops from the Georgian heartland and let EU monitors deploy").
    // The actor left is the one named right after the cue; a pair without it, and a body on one side, is
    // not spoken of; and only a body left is a membership ended ("walked out of Kosovo's institutions").
    const leaving = cue.also === "estrangement" && cue.class === "membership";
    const left = leaving ? mentions.find((m) => m.firstToken > cue.last && m.firstToken <= cue.last + 3) : undefined;
    if (leaving && (bodyA || bodyB) && (!left || (left.actor !== a.actor && left.actor !== b.actor))) continue;
    const leftIsBody = left !== undefined && BODY_KINDS.has(actors.get(left.actor)?.kind ?? "");
    // "the Soviet Union will withdraw its troops from Afghanistan": troops taken out of a land leave
    // no body and end no bond; it is no step apart, of the two or of anyone else the sentence names
    // (forty-fifth round).
    if (leaving && troopsInGap(tokens, cue)) continue;
    // "Laval left him a free hand in Ethiopia", "the disagreement left a coolness between Eden and
    // Dulles", "Vance is to leave this week for Amman": the bare verb "leave" is a step apart only
    // from an actor named as its object ("left the League", "left Bangladesh"), or with no object
    // ("gave the French forces a month to leave"); a thing left to someone or behind, and a journey's
    // goal, are no parting from anyone (seventy-fifth round).
    if (leaving && cue.phrase === "leave" && leftThing(tokens, cue, mentions)) continue;
    // "Britain and France vetoed it", "Moscow vetoed three resolutions calling for a ceasefire while
    // the Indian army closed in", "had vetoed a Security Council resolution that would have deplored
    // the Indonesian landings": a veto cast is against what is vetoed, whose owner the object's own
    // words name ("vetoed Ruritania's resolution"); not against one named before the verb with the
    // vetoer, nor one named in a clause or phrase after the object (one of another sentence may own
    // what is vetoed: "The Soviet Union vetoed the request"; seventy-fifth round).
    if (cue.phrase === "veto" && tokens[cue.first]!.pos === "VERB" && !vetoedOwner(tokens, cue, a, b)) continue;
    // "A, B and C have followed the negotiations as observers with Russia and Iran": those named after
    // "observers with" observe beside those named before: one body of observers, not each other's
    // go-betweens, whatever cue of the sentence would say so ("followed the negotiations"; seventy-fifth
    // round).
    if (fellowObservers(tokens, mentions, a, b)) continue;
    // "Syria and Libya, together with Algeria, formed the Front": the body named right after the verb
    // and one of two or more founders listed before it; nothing else.
    if (cue.forms && !formedBy(tokens, cue, mentions, actors, a, b)) continue;
    // "Ruritania was admitted to the United Nations in 1993, and Osterlich imposed an embargo on it":
    // the body named right after the cue and another, not one named after a ", and" that opens the
    // next clause.
    if (ADMISSION_SET.has(cue.phrase)) {
      const body = namedAfter(tokens, cue.last, mentions);
      const other = body?.actor === a.actor ? b : body?.actor === b.actor ? a : undefined;
      if (!other || (other.firstToken > cue.last && tokens.slice(cue.last + 1, other.firstToken).some((t, n, span) => t.lower === "and" && span[n - 1]?.lower === ",") && !gappedByClause(tokens, cue, other))) continue;
      // … nor the one who did the naming, after "by" ("were named to the commission by the U.N.
      // Command": it named them, it is no member; eighty-first round).
      if (other.firstToken > cue.last && (tokens[other.firstToken - 1]?.lower === "by" || (tokens[other.firstToken - 1]?.lower === "the" && tokens[other.firstToken - 2]?.lower === "by"))) continue;
    }
    // "the Authority, an eight-nation bloc to which Ruritania and Osterlich both belong": the
    // antecedent before "to which" and one named between "which" and the verb; nothing else.
    if (cue.belongs) {
      const ends = belongingEnds(tokens, cue, mentions);
      if (!ends || !((ends.body.actor === a.actor && ends.members.has(b.actor)) || (ends.body.actor === b.actor && ends.members.has(a.actor)))) continue;
    }
    // "to bring down a government allied to Thaksin": "allied to/with X" after a common noun that
    // names no actor describes that noun, not an actor named further back.
    // (A description in apposition to a name is that name's: "the CDR, an extremist party allied with …".)
    if (tokens[cue.first]!.lower === "allied" && ["to", "with"].includes(tokens[cue.last + 1]?.lower ?? "") && tokens[cue.first - 1]?.pos === "NOUN" && !mentions.some((m) => m.lastToken === cue.first - 1) && !describesName(tokens, cue.first - 1, mentions)) continue;
    // "a group close to the Front": only of the actor named right after it (an article between) and
    // the one named last before it; not "people close to both delegations", "sources close to".
    if (cue.phrase === "close to") {
      const near = namedAfter(tokens, cue.last, mentions);
      const holder = near && mentions.findLast((m) => m.lastToken < cue.first && m.actor !== near.actor);
      if (!near || !holder || CLOSE_SOURCES.has(tokens[cue.first - 1]?.lower ?? "") || ![a.actor, b.actor].includes(near.actor) || ![a.actor, b.actor].includes(holder.actor)) continue;
    }
    // "observers on both sides of the disputed border": a thing called disputed is the claimants', no
    // body's (the bloc whose observers watch it, the court that rules on it).
    if (cue.phrase === "dispute" && tokens[cue.first]!.lower === "disputed" && ["NOUN", "PROPN"].includes(tokens[cue.last + 1]?.pos ?? "") && (bodyA || bodyB)) continue;
    // "where the two neighbours fought deadly artillery duels": a hostile verb whose subject is a
    // phrase counting its parties speaks of them with each other, not of one of them with a go-between
    // the sentence names elsewhere (the court that ordered them out, the observers it lets in), unless
    // that one is the verb's object ("the four countries severed ties with Doha").
    if (groupSubjectElsewhere(tokens, cue, mentions, a, b)) continue;
    // The deed after a passive accusation's "of" is the accused's: not the accusers' with anyone.
    const deedOf = passives.find((p) => cue.first > p.of);
    if (deedOf && (deedOf.accusers.has(a.actor) || deedOf.accusers.has(b.actor))) continue;
    // "mediated between them under the joint chairmanship of A, B and C": the ones listed after
    // "chairmanship of" chair the go-between; they are no parties to its mediation.
    if (cue.class === "mediation" && [a, b].some((m) => m.firstToken > cue.last && chairsListed(tokens, mentions, m))) continue;
    // "Ghana's relations with Togo have soured since Benin's offensive": relations that enclose a
    // name are that one's with their holder; one named after them ("since", "over") is the cause's,
    // not a party to them. (A speaker after a comma, "…, Benin said", is still read by its own route.)
    // "Ghana's allies and Togo sign peace", "Balkan allies and Turkey": a word of a bond right after a
    // name is that one's allies, and one listed after it with "and" stands beside them, not as their
    // ally (sixty-third round: former enemies signing a peace were read as allies).
    if (RELATION_NOUNS.has(tokens[cue.last]!.lemma) && cue.first === cue.last && ownerOf(tokens, cue, mentions)?.actor === a.actor && tokens[cue.last + 1]?.lower === "and" && b.firstToken > cue.last && b.firstToken <= cue.last + 3) continue;
    // (Not one after a comma: "Relations with Togo have soured, Benin said" names the speaker, a party.)
    if (mentions.some((m) => relationsEnclose(tokens, cue, m)) && b.firstToken > cue.last && !tokens.slice(cue.last + 1, b.firstToken).some((t) => t.lower === ",")) continue;
    let affinity: number;
    const head = groups.find((g) => g.head === cue.last || g.head === cue.first);
    if (head) {
      // "talks between A and B" speaks of A and B; "mediate between A and B" of a third with each.
      const inside = head.members.has(a) && head.members.has(b) ? 1 : head.members.has(a) || head.members.has(b) ? 0.3 : 0.1;
      affinity = cue.class === "mediation" ? (inside === 0.3 ? 1 : 0.1) : inside;
    } else if (cue.first > a.lastToken && cue.last < b.firstToken) {
      // Between the two: the nearer to one of them, the more it is theirs ("in a deal brokered by
      // China"); halved for each other actor that stands between the cue and one of them ("Moscow's
      // anxiety over Armenia's rapprochement with the West": the rapprochement is Armenia's).
      const near = Math.min(cue.first - a.lastToken - 1, b.firstToken - cue.last - 1);
      // A cue that directly follows the first ("Moscow's anxiety over …") takes what comes after as
      // its object, so actors between it and the second count for less.
      const ownedByA = ownerOf(tokens, cue, mentions)?.actor === a.actor;
      // "Ghana's President Tavo Renn, the current chairman of the Union, sent envoys to Lome and
      // Niamey": a body named in an apposition to the first is its office, not the verb's subject
      // standing between them; the envoys are still the first's (sixty-third round).
      const apposed = appositionAfter(tokens, a);
      const from = apposed !== undefined && apposed < cue.first ? apposed : a;
      affinity =
        (1 / (1 + near / 12)) * 0.5 ** interveningActors(tokens, from, cue.first, mentions, b) * (ownedByA ? 0.8 : 0.5) ** interveningActors(tokens, cue.last, b, mentions, a);
      // "The Lima Group, which is co-chaired by Brazil and Chile, has mediated between …": the verb
      // after a relative clause is its antecedent's, not the others' of the clause.
      const subject = clauseSubject(tokens, cue, mentions);
      if (subject && (a.actor === subject.antecedent.actor || a.actor === subject.listedWith?.actor) && a.lastToken < subject.clause[0]) affinity = 1 / (1 + near / 12);
    } else {
      const d = cue.last < a.firstToken ? a.firstToken - cue.last : cue.first - b.lastToken;
      affinity = 1 / (1 + Math.max(0, d - 1) / 4);
      // Another actor between the cue and the pair: the cue more likely speaks of that one.
      const others = cue.last < a.firstToken ? interveningActors(tokens, cue.last, a, mentions, b) : interveningActors(tokens, b, cue.first, mentions, a);
      if (others > 0) affinity *= 0.5;
      // A cue right after the second actor ("Armenia's rapprochement with …") is that actor's
      // stance toward what follows, not toward the first.
      if (cue.first > b.lastToken && ownerOf(tokens, cue, mentions) === b && !coordinated) affinity *= 0.5;
      // "whose country is Moscow's closest ally", "Beijing's main partner": a word of a bond owned by
      // the second actor names the first as its ally or partner, however far the clause has run.
      if (cue.first > b.lastToken && RELATION_NOUNS.has(tokens[cue.last]!.lemma) && possessedBy(tokens, cue, b)) affinity = Math.max(affinity, POSSESSED_BOND);
      // A cue before both ("sought to normalise relations with Saudi Arabia and regards Iran as
      // …") has the first as its object; the second belongs to another clause unless listed with it.
      // ("froze Yerevan's participation in the CSTO": a possessive carries the object on to the second).
      const possessive = /^['’]s?$/.test(tokens[a.lastToken + 1]?.lower ?? "");
      if (cue.last < a.firstToken && !coordinated && !possessive) affinity *= BEFORE_BOTH;
    }
    // … and those the clause names are not the verb's subject.
    const subject = a.firstToken < cue.first ? clauseSubject(tokens, cue, mentions) : undefined;
    if (subject && ((a.firstToken > subject.clause[0] && a.lastToken <= subject.clause[1] && b.firstToken > cue.last) || b.lastToken < subject.clause[0])) affinity *= IN_CLAUSE;
    // … and speaks of the accused and the actor it is done to, the accusers between them notwithstanding.
    if (deedOf && a.actor === deedOf.accused && b.firstToken > deedOf.of && cue.last <= b.lastToken) affinity = Math.max(affinity, PASSIVE_DEED);
    // "fought the Iran-aligned Houthi rebels": the Houthis are fought, Iran only modifies them.
    if (b.compound && cue.last < b.firstToken && !cue.onlyFor) affinity *= 0.5;
    // A cue in another clause than one of the pair ("…, but officials cast doubt on Tehran").
    affinity *= 0.6 ** clauseBreaks(tokens, cue, a, b);
    // "Troops from A, B and C fought … to drive X out": each listed fighter fights the one the verb's
    // sentence names after it as the last listed does, the others of the list between notwithstanding;
    // not one named before a verb of its own ("under a mandate the Council gave": the Council is the
    // giver, not the fought), nor one listed among the fighters (fifty-fifth round).
    // (So does a hostile word after the verb in its sentence: "fought in the ground offensive".)
    const fighters = CUE_CLASSES[cue.class].sign < 0 ? sidesListed.find((list) => cue.first > list.at(-1)!.lastToken && tokens[cue.first]!.sentence === tokens[list[0]!.firstToken]!.sentence) : undefined;
    const fighting = (m: PlacedMention) => fighters?.some((f) => f.actor === m.actor) ?? false;
    if (fighters && fighting(a) && !fighting(b) && b.firstToken > cue.last && tokens[b.firstToken]!.sentence === tokens[cue.first]!.sentence) {
      if (subjectOfVerb(tokens, b)) continue;
      const last = fighters.at(-1)!;
      // (The verb right after the last is its own: "… and France fought", read as for the last.)
      const owned = ownerOf(tokens, cue, mentions)?.actor === last.actor ? 0.8 : 0.5;
      affinity = Math.max(affinity, owned ** interveningActors(tokens, cue.last, b, mentions, last) * 0.6 ** clauseBreaks(tokens, cue, last, b));
    }
    // … and two of the list fight on one side, as co-subjects against a third do (below), whatever
    // hostile word of the sentence after them is read ("fought in the ground offensive").
    // … and so do one that "joined" the other in a deed against a third ("Armenia joined the United
    // States in condemning Iran": the two on one side, the condemnation against Iran; seventy-first round).
    const joinedAgainst = joinedIn(tokens, cue, a, b);
    const sameSide = joinedAgainst || sidesListed.some((list) => cue.first > list.at(-1)!.lastToken && tokens[cue.first]!.sentence === tokens[list[0]!.firstToken]!.sentence && list.some((f) => f.actor === a.actor) && list.some((f) => f.actor === b.actor));
    // "New Zealand broke off relations with Argentina and sent a frigate to relieve a British
    // warship": each verb phrase's cue speaks of its own objects; the first verb's cue hardly of one
    // named after the second verb, the second's hardly of the first verb's object.
    if (predicates.some((p) => crossesPredicates(tokens, p, cue, a, b))) affinity *= OTHER_PREDICATE;
    // … and the second phrase's cue is its subject's with the one it names, as near as the subject
    // stands to its first verb: the first verb's objects are not between them ("maintains an
    // embargo on Togo and has given aid to Benin").
    const shared = sharedSubject(tokens, predicates, cue, a, b);
    // … and not the first verb's object's with it, once a subject of both is named ("Ghana left the
    // Union in 2020 and has sought closer ties with Benin": the ties are Ghana's, not the Union's).
    if (!shared && secondPhraseOfSubject(tokens, predicates, cue, a, b, mentions)) continue;
    if (shared) affinity = Math.max(affinity, (1 / (1 + Math.min(shared.verb - a.lastToken - 1, b.firstToken - cue.last - 1) / 12)) * 0.5 ** interveningActors(tokens, cue.last, b, mentions, a) * 0.6 ** clauseBreaks(tokens, cue, a, b));
    // "the Lima Group (LG), which is co-chaired by Brazil, Chile and Peru": the words name both ends (checked above), however far apart.
    if (cue.chairedBy) affinity = 1;
    // … and so do the founders listed before a verb of forming (checked above), however long the list.
    if (cue.forms) affinity = 1;
    // … and so do a body and the members a colon's list names for it (suggest.ts `membersAfterColon`),
    // however far down the list.
    if (cue.membersOf && cue.phrase === ":") affinity = 1;
    // … and so do a call on two or more to stop fighting and its caller (checked above), however long the list.
    if ((cue.bothSides || urgedToStop(cue)) && calledToStop(tokens, mentions, cue, a, b)) affinity = 1;
    // … and that subject and one named after its verb, in the verb's clause, however many the sentence names between.
    if (cue.class === "mediation" && b.firstToken > cue.last && clauseBreaks(tokens, cue, a, b) === 0 && chainedSubject(tokens, cue, mentions)?.actor === a.actor) affinity = Math.max(affinity, 1 / (1 + (b.firstToken - cue.last - 1) / 12));
    // "The Front rose against Togo with the backing of Ghana": the backing is the doer's, the one the
    // deed is done to between them notwithstanding.
    if (backed?.doer && backed.backers.some((x) => x.actor === a.actor || x.actor === b.actor) && (backed.doer.actor === a.actor || backed.doer.actor === b.actor)) affinity = Math.max(affinity, BACKED_DOER);
    // The deed after an accusation's "of" ("accuses Tehran of arming") is the accused's, toward an
    // actor of the same sentence.
    if (deedOfAccused(tokens, cue, cues, mentions, a, b)) continue;
    // An accusation between its subject and its object is theirs, not another pair's.
    const accused = accusationEnds(tokens, cue, mentions);
    if (accused && !(accused.some((m) => m.actor === a.actor) && accused.some((m) => m.actor === b.actor))) {
      const withEnd = (m: PlacedMention) => accused.some((e) => e.actor !== m.actor && (listed(tokens, e, m) || listed(tokens, m, e)));
      // The accuser and the one the deed is done to stand apart too ("Mogadishu accused Eritrea of
      // arming the al-Shabab insurgency"): the accuser's readings stay.
      const [accuser] = accused;
      const byAccuser = a.actor === accuser.actor || b.actor === accuser.actor;
      if (!withEnd(a) && !withEnd(b) && !byAccuser) continue;
    }
    for (const read of cue.also ? [cue.class, cue.also] : [cue.class]) {
    if (leaving && read === "membership" && left !== undefined && !leftIsBody) continue;
    let cls: CueClass | null = read;
    let weight = cue.weight * (read === cue.class ? 1 : SECOND_CLASS);
    // The bodies a front brings together are its members, not each other's ("brings together the
    // FPL, the ERP and …").
    // … nor of each other when a name stands between them ("brings together the FPL, a faction of the
    // ERP and …"): with its front named, the gathering speaks of the front and each of them only
    // (fifty-first round).
    if (cue.gathers && coordinated) continue;
    if (cue.gathers) {
      const front = gatherer(tokens, cue, mentions);
      if (front && front.actor !== a.actor && front.actor !== b.actor) continue;
    }
    // Membership needs a body (a front that brings groups together is theirs, whatever its kind); without one, a cue that also says something else says that ("French
    // troops left Mali": distance), and any other reads as cooperation.
    // Joining someone in a deed ("to join Annan in a final push", "joined Washington in condemning the
    // strike"), not joining a body ("joined NATO in April 2023"): cooperation, as below.
    if (cls === "membership" && cue.phrase === "join" && joinedInDeed(tokens, cue, mentions)) [cls, weight] = ["cooperation", weight * 0.5];
    if (cls === "membership" && !(bodyA || bodyB) && !cue.gathers && !cue.troops && !cue.madeOf && !cue.forms && !cue.membersOf) {
      if (cue.also) continue;
      [cls, weight] = ["cooperation", weight * 0.5];
    }
    if (read === cue.also && cue.also && !(bodyA || bodyB)) weight = cue.weight * 0.7;
    // Capturing, without a court on either side, is taking another's towns, ships, troops or land by
    // force ("captured two Bolshevik destroyers", "fighters captured Moliro from government troops",
    // "the Golan Heights it captured in 1967"): war, not a quarrel (seventy-fifth round).
    if (cls === "prosecution" && !(kindA === "court" || kindB === "court")) [cls, weight] = [cue.phrase === "capture" ? "hostility" : "estrangement", weight * 0.7];
    if (cue.negated && cue.negatedAs) cls = cue.negatedAs;
    else if (cue.negated) {
      const sign = CUE_CLASSES[cls].sign;
      if (sign === 0 || cls === "prosecution") cls = null;
      else [cls, weight] = [sign > 0 ? "estrangement" : "cooperation", weight * (sign > 0 ? 0.7 : 0.4)];
    }
    if (cls === null) continue;
    if (stopCall) cls = "mediation";
    // "Nigerian troops helped Ghanaian forces drive the rebels from the towns", "helped drive the
    // jihadists from Mosul": help given to drive someone out is the helper's (and the helped's) fight
    // against the one driven, named after the driving verb (and the driven one's with the land it is
    // driven from); the helper and the helped stay partners.
    if (cls === "cooperation" && !cue.negated) {
      const driven = helpedToDrive(tokens, cue);
      if (driven !== undefined && b.firstToken > driven) cls = "hostility";
    }
    // "Rwanda backed the rebels in Congo", "sent fighters to help the insurgents in western Ivory
    // Coast": support for a rising the text names only by its place is against that place's state,
    // not a bond with it (eighty-first round).
    if (CUE_CLASSES[cls].sign > 0 && !cue.negated) {
      const place = risingIn(tokens, cue, mentions);
      if (place && (place === a || place === b) && (place === a ? b : a).lastToken < cue.first) cls = "estrangement";
    }
    // "UNITA fought with the backing of South Africa", "fighting the rebels alongside the militias",
    // "fought on the government's side", "has fought them from Zambia": the one the fighting verb's
    // own phrase names as its companion, backer or refuge is on the fighter's side, not fought; the
    // one fought (its object) stays the companion's enemy too.
    if (cls === "hostility") {
      // "the Platform, a coalition of militias that have fought the rebels", "the government in
      // Grozny, which fought the separatists": a fighting verb right after a relative pronoun is its
      // antecedent's deed (the one named last before the pronoun) against those named after it. Two
      // named before the pronoun are not its ends (the government listed with the antecedent, a state
      // in its description), nor is one named before it other than the antecedent (with "the rebels"
      // after the verb read back to the coalition), nor one named after the main verb the clause gives
      // way to ("…, signed the accord in Accra").
      const pronoun = FIGHT_PHRASES.has(cue.phrase) ? relativeBefore(tokens, cue) : undefined;
      if (pronoun !== undefined && a.lastToken < pronoun) {
        const fighter = mentions.filter((m) => m.lastToken < pronoun && !m.anaphor).sort((x, y) => y.lastToken - x.lastToken)[0];
        const resumed = tokens.slice(cue.last + 1, b.firstToken).some((t, n, span) => t.lower === "," && span[n + 1]?.pos === "VERB");
        if (b.lastToken < pronoun || a.actor !== fighter?.actor || resumed) continue;
      }
      // "fought the rebels alongside ECOMOG and remain loyal to Kabbah", "fought the Front until it
      // gave up its claim and later recognised the republic": one named after a verb of the next
      // phrase or clause is not the one fought.
      if (FIGHT_PHRASES.has(cue.phrase) && a.lastToken < cue.first && b.firstToken > cue.last && phraseOpensBefore(tokens, cue.last + 1, b.firstToken)) continue;
      // "fought the Mukti Bahini, the guerrilla force that India sheltered, armed and trained": one
      // named in a relative clause on the one fought is not fought, by the fighter nor by the fought.
      if (FIGHT_PHRASES.has(cue.phrase) && b.firstToken > cue.last && tokens.slice(Math.max(cue.last, a.lastToken) + 1, b.firstToken).some((t) => OBJECT_CLAUSE_OPENERS.has(t.lower))) continue;
      // "Benin let American aircraft bomb Togo from its air base", "allowed Russian jets to strike":
      // the attack is the one let's (and against the one it hits); the one who lets it, named before
      // the letting verb, is the attacker's partner, not its enemy.
      const letter = letActor(tokens, cue, mentions);
      if (letter && ((letter.agent.actor === a.actor && letter.by.actor === b.actor) || (letter.agent.actor === b.actor && letter.by.actor === a.actor))) cls = "cooperation";
      // "Ghana and Benin rushed arms to Togo after its border war with Niger": a war a possessive
      // names as one's own ("its", "Togo's") and "with" or "against" another is the owner's with the
      // one named after; no one else named before it is a side of that war, nor two who are not its
      // owners (fifty-third round).
      const owners = cue.phrase === "war" ? warOwners(tokens, cue, mentions) : undefined;
      if (owners && ([a, b].some((m) => m.lastToken < cue.first && !owners.has(m.actor)) || !(owners.has(a.actor) || owners.has(b.actor)))) continue;
      // "… bound the two countries in the war against Turkey", "brought Italy into the war on their
      // side": two named before a war whose enemy is named after "against", neither of them, or that
      // is fought "on their side", wage it together: allies, not enemies (sixty-ninth round).
      // No other cue between the first of them and the war: "Ghana accused Benin of waging a war
      // against Togo" says nothing of Ghana's side in it.
      if (cue.phrase === "war" && b.lastToken < cue.first && warWagedTogether(tokens, cue, mentions, a, b) && !cues.some((o) => o !== cue && o.first > a.lastToken && o.last < cue.first)) cls = "alliance";
      const side = cls === "hostility" ? fightCompanions(tokens, cue, mentions) : undefined;
      const inA = side?.members.some((m) => m.actor === a.actor);
      const inB = side?.members.some((m) => m.actor === b.actor);
      const fighter = inA ? b : a;
      // The fighter is named before the verb with no other actor between ("… Pakistan, a decision that
      // hurt their army, which fights with American tanks": the army's, not India's).
      const nearest = fighter.lastToken < cue.first && !mentions.some((m) => m.actor !== fighter.actor && m.firstToken > fighter.lastToken && m.lastToken < cue.first && !listed(tokens, fighter, m));
      // "went to war with an arsenal bought from X, the British armaments firm": the war's "with" names
      // its arms, not its enemy; no one named after the cue is fought (forty-fifth round).
      if (cue.phrase === "war" && tokens[cue.last + 1]?.lower === "with" && suppliedFrom(tokens, cue.last + 1) !== undefined && !(side && inA !== inB && nearest) && b.firstToken > cue.last) continue;
      if (side && inA !== inB && nearest) {
        cls = side.cls;
        // … the fighter and its companion stand as near as the fighter does to its verb: those
        // fought, named between the verb and the companion, are not between them ("fought Togo and
        // Mali alongside Benin").
        affinity = Math.max(affinity, 1 / (1 + (cue.first - fighter.lastToken - 1) / 12));
      }
      // … and two the phrase names both are on one side ("fought under a joint Anglo-French command",
      // "alongside Ghana and Benin"): allies, not enemies.
      else if (side && inA && inB) cls = "alliance";
      // "Ghana and Benin fought together", "… fought jointly", "… fought as allies": co-subjects of a
      // fighting verb that says they fought as one are allies (forty-third round).
      else if (FIGHT_PHRASES.has(cue.phrase) && listed(tokens, a, b) && b.lastToken < cue.first && foughtAsOne(tokens, cue)) cls = "alliance";
    }
    // "Fighters loyal to X have fought alongside the militants of Y against the Ethiopians": the one
    // named after "against", past the companion, is the enemy of the fighter and of the companion;
    // one named after a verb of the next phrase or clause ("fighting at first alongside Islamist
    // groups, drove the army out of …", "… and was accused of looting Abkhaz homes") is not the
    // companion (fifty-third round).
    if (cls === "alliance" && COMPANION_WORDS.has(tokens[cue.last]!.lower) && b.firstToken > cue.last) {
      const against = tokens.findIndex((t, k) => k > cue.last && k < b.firstToken && t.lower === "against");
      if (against >= 0) {
        if (a.firstToken > against) continue;
        cls = "hostility";
      } else if (phraseOpensBefore(tokens, cue.last + 1, b.firstToken, COMPANION_END_WORDS)) continue;
    }
    // "Finland, whose volunteers fought in Estonia against Red forces": the place a fight is fought
    // in, right after its verb, is no enemy of the fighter when the clause names the enemy after
    // "against".
    if (CUE_CLASSES[cls].sign < 0 && foughtIn(tokens, cue, a, b, mentions)) continue;
    // "exchanged missile strikes", "fired rockets at a Togolese position", "missiles fly over its
    // territory": weapons fired are an attack, not arms supplied.
    if (cls === "cooperation" && WEAPON_PHRASES.has(cue.phrase) && weaponFired(tokens, cue)) cls = "hostility";
    // "The rebels will hand over their weapons to NATO": one's own weapons given up to another is a
    // disarmament that the receiver oversees, its go-between's task, not arms supplied.
    if (cls === "cooperation" && WEAPON_PHRASES.has(cue.phrase) && disarmedTo(tokens, cue)) cls = "mediation";
    // Backing a plan mediates only between the parties it is between; beside one actor it is support.
    if (cls === "mediation" && cue.backing && !groupOne) {
      if (cue.seeking) continue;
      [cls, weight] = ["cooperation", weight * 0.8];
    }
    // The one who seeks an agreement is its verb's subject, named before it ("Norway sought a deal
    // between …"), not a name the agreement's own words hold ("seek a deal between A and B on
    // Bolivian access to the sea") nor one of the next sentence's.
    if (cls === "mediation" && cue.seeking && groupOne && [a, b].some((m) => !groupOne.members.has(m) && m.firstToken > cue.first)) continue;
    let fit = affinity;
    let host: PlacedMention | undefined;
    if (mediatorPair && CUE_CLASSES[cls].sign > 0 && !cue.onlyFor) weight *= MEDIATOR_OWN;
    else if (hosted && CUE_CLASSES[cls].sign >= 0 && MEETING_WORDS.test(cue.phrase)) [cls, weight, host] = ["mediation", weight * VENUE_HOSTS, venue];
    // A third actor's verb of support on "both sides" (the main pair as a whole): backing, helping
    // or leaning on both parties at once is a go-between's act ("leaned on both delegations", "to
    // help the two sides"), not a bond with either; doubting or condemning both stays a stance.
    if (CUE_CLASSES[cls].sign > 0 && onBothSides(tokens, mentions, cue, a, b)) cls = "mediation";
    // "Peru and Ecuador fought a war before a truce brokered by Brazil": a go-between the sentence
    // names after the fighters' verb, past a word of its mediation, is no side of their war.
    if (cls !== "mediation" && mediatorPair) {
      const [med, side] = mediators.has(a.actor) ? [a, b] : [b, a];
      // … or before its own word of mediation ("… until Norway brokered a deal"); nor of the
      // parties' other deeds told before it ("traded accusations of arming each other's rebels").
      const own = (c: CueHit) => c.first > cue.last && med.firstToken > cue.last && med.lastToken < c.first && !objectOf(tokens, cue, mentions, med);
      const brokered = cues.some((c) => c.class === "mediation" && !c.negated && c.first > cue.last && ((CUE_CLASSES[cls!].sign < 0 && c.last < med.firstToken) || own(c)));
      const theirs = brokered && side.lastToken < cue.first && mentions.some((m) => m.actor !== side.actor && m.actor !== med.actor && m.lastToken < cue.first && (listed(tokens, m, side) || listed(tokens, side, m)));
      // "Ruritania and Osterlich broke off relations until Norway brokered a deal between them": a
      // hostile verb whose subject is another actor speaks of the go-between only as its object,
      // named after the verb in its clause.
      if (theirs || (CUE_CLASSES[cls].sign < 0 && othersVerb(tokens, cue, mentions, med))) {
        // The go-between's own word of mediation tells its relation with the side, as closely as the
        // parties' deed ties the side to the sentence's quarrel that it ends.
        const ownCue = mediatorsCue(tokens, cues, med);
        if (ownCue) options.push({ cue: ownCue, cls: "mediation", score: weight * fit });
        continue;
      }
    }
    if (cls === "mediation") {
      // "The Red Cross has been negotiating for the release of the hostages the Front holds, and A
      // and B have said they will free …": the negotiator is the verb's subject, named before it; two
      // both named after it are its parties, not each other's go-between (fifty-fifth round).
      if (cue.phrase.startsWith("negotiate ") && tokens[cue.first]!.pos === "VERB" && a.firstToken > cue.last) continue;
      // "UNEF will …, and will stand between the two armies while it oversees the withdrawal of the
      // British and French troops": a go-between's verb whose subject the sentence carries on is that
      // subject's with the ones it names, not one of theirs with another.
      const chained = chainedSubject(tokens, cue, mentions);
      if (chained && chained.actor !== a.actor && chained.actor !== b.actor) continue;
      // Witnesses named together as the subject ("Clinton, Lavrov and Kouchner attended as witnesses")
      // are not each other's go-betweens; one named right before "as" ("with Brazil as a witness") is the signers'.
      if (WITNESS_PHRASES.has(cue.phrase) && a.lastToken < cue.first && b.lastToken < cue.first && a.lastToken !== cue.first - 1 && b.lastToken !== cue.first - 1) continue;
      // A listed party named again as the venue ("Peru and Ecuador signed a truce in Lima") is no one's
      // host or go-between there: a party of the deed is not its host.
      if (venueOfParty(tokens, a, mentions, groups) || venueOfParty(tokens, b, mentions, groups)) continue;
      // "Peru signed a peace treaty with Chile": the signers of a deal with each other are its
      // parties, at war over a truce, bound by a peace (seventy-first round).
      if (!cue.negated && signedWith(tokens, cue, mentions, a, b)) {
        if (TRUCE_WORDS.has(cue.phrase)) {
          if (!askedFor(tokens, cue)) options.push({ cue, cls: "hostility", score: weight * TRUCE_PARTIES * fit });
        } else if (SIGNED_PEACE_CUES.has(cue.phrase)) options.push({ cue, cls: "cooperation", score: weight * fit });
        continue;
      }
      // "Peru and Chile signed a peace treaty": signers listed together are its parties, bound by a
      // peace as the signers of one "with" each other are (their truce is read below).
      if (!cue.negated && SIGNED_PEACE_CUES.has(cue.phrase) && signedTogether(tokens, cue, mentions, a, b)) {
        options.push({ cue, cls: "cooperation", score: weight * fit });
        continue;
      }
      // A peacekeeping word tells of its force's or owner's place between others ("UN peacekeepers
      // patrol the buffer zone between the army and the rebels": not the army's mediation of the
      // rebels), not of the force and its owner ("UN peacekeepers from MINURSO").
      const owners = peacekeepingOwners(tokens, cue, mentions);
      if (owners && owners.size > 0 && owners.has(a.actor) === owners.has(b.actor)) continue;
      // Two named after a body of go-betweens ("a contact group led by Libya and including Gabon")
      // are its members, not each other's mediator and party; a phrase for the parties after it
      // ("… will check that both sides keep their word") is still the parties.
      if (GO_BETWEEN_BODIES.has(cue.phrase) && a.firstToken > cue.last && b.firstToken > cue.last && !a.anaphor && !b.anaphor) continue;
      // Parties listed together are the ones mediated between, not each other's mediators; the
      // parties of a truce are at war ("the army and the RSF signed a ceasefire").
      // … unless they only ask for it ("the EAC and SADC demanded a ceasefire"): then they are neither.
      // … and so are one named before a verb of keeping it and the one named in its condition ("said
      // it would respect the truce as long as Ruritania did").
      const condition = TRUCE_WORDS.has(cue.phrase) ? truceCondition(tokens, cue, mentions) : undefined;
      // (The keeper is the sentence's subject, the first it names: "Hamas, Ruritania's ally, said it would …".)
      const firstNamed = (m: PlacedMention) => !mentions.some((n) => n.firstToken < m.firstToken && tokens[n.firstToken]!.sentence === tokens[m.firstToken]!.sentence);
      const onCondition = condition !== undefined && [[a, b], [b, a]].some(([x, y]) => x!.actor === condition.party.actor && y!.lastToken < condition.verb && firstNamed(y!));
      // (Listed together is also two of a longer list of the cue's subjects, not side by side:
      // "Peru, Chile and Bolivia signed a ceasefire", "Belgium, Germany and France sent observers".)
      const together = coordinated || oneList(tokens, cue, mentions, a, b);
      if ((together || parties || onCondition || keepsTruce(tokens, cue, mentions.filter((m) => m.actor === a.actor || m.actor === b.actor))) && TRUCE_WORDS.has(cue.phrase) && !askedFor(tokens, cue)) [cls, weight] = ["hostility", weight * TRUCE_PARTIES];
      else if (together || parties) continue;
      else if (TRUCE_WORDS.has(cue.phrase) && truceAsSubject(tokens, cue)) continue;
      else if (groupOne) fit = Math.min(1, fit * 1.5);
    } else if ((third && !cue.membersOf && !clashedTogether(tokens, cue, b) && !(relationsEnclose(tokens, cue, a) && relationsEnclose(tokens, cue, b))) || (CUE_CLASSES[cls].sign < 0 && (unnamedThird(cue) || sameSide || listedSubjects(cue)))) {
      // (A grouping and the first member its apposition lists, "the X States, A, B and C", are no co-subjects;
      // nor the two whose relations have soured, "Relations between A and B have soured over C's dam":
      // the relations are theirs, whoever the sentence names after; sixty-third round.)
      fit *= 0.4;
      // Co-subjects of an adversarial cue against a third ("Mali and Niger warned that an attack on
      // Chad would be a declaration of war against them") stand on one side: the cue says they
      // side together, not that they oppose each other.
      if (CUE_CLASSES[cls].sign < 0) [cls, weight] = ["cooperation", weight * SIDE_TOGETHER];
    }
    // "Ghana attacked Togo and Benin", "accused of looting Abkhaz and Armenian homes": two listed
    // right after one hostile verb are its targets together, not each other's enemies (its subject
    // is the enemy of each); the verb tells nothing of the two.
    if (CUE_CLASSES[cls].sign < 0 && !reciprocal && coTargets(tokens, cue, a, b)) continue;
    options.push({ cue, cls, score: weight * fit, ...(host ? { host } : {}) });
    }
  }
  // "A and B signed a peace agreement on Sunday, ending a 21-year war": the war an agreement of
  // theirs ends was theirs, a stance as well read as the agreement's (the second reading, below).
  // The two are the agreement's signers: named before it, neither a place.
  // (The pair's mentions read may be others of the sentence, "… to end seven years of war in Rhodesia":
  // each of the two named before the agreement, not as a place, is enough; seventy-fifth round.)
  const namedBefore = (x: PlacedMention, o: (typeof options)[number]) => mentions.some((m) => m.actor === x.actor && m.lastToken < o.cue.first && tokens[m.firstToken]!.sentence === tokens[o.cue.first]!.sentence && !isPlace(tokens, m));
  const signers = (o: (typeof options)[number]) => (b.lastToken < o.cue.first && !isPlace(tokens, a) && !isPlace(tokens, b)) || (namedBefore(a, o) && namedBefore(b, o));
  const agreed = options.filter((o) => CUE_CLASSES[o.cls].sign > 0 && MEETING_WORDS.test(o.cue.phrase) && signers(o)).reduce<(typeof options)[number] | undefined>((x, o) => (x === undefined || o.score > x.score ? o : x), undefined);
  if (agreed) {
    // (… and no more strongly: "France and the Vietminh signed an agreement to end eight years of war"
    // tells first of the agreement, a weaker cue than "war"; seventy-fifth round.)
    for (const o of options) if (CUE_CLASSES[o.cls].sign < 0 && !o.cue.negated && o.cue.first > agreed.cue.last && endedBy(tokens, o.cue)) o.score = agreed.score * ENDED_WAR;
  }
  const strongest = options.reduce<(typeof options)[number] | undefined>((x, o) => (x === undefined || o.score > x.score ? o : x), undefined);
  // A host or go-between that the sentence also calls an ally or a member of one side ("hosted by
  // Lukashenko, whose country is Moscow's closest ally"; "Ankara, a NATO member, hosted …") is no
  // mediator of that side: the bond is the pair's reading, when it is read at least this strongly.
  const bond = strongest?.cls === "mediation" ? options.filter((o) => BOND_CLASSES.has(o.cls) && !o.cue.also).reduce<(typeof options)[number] | undefined>((x, o) => (x === undefined || o.score > x.score ? o : x), undefined) : undefined;
  const bonded = bond && bond.score >= BOND_OVER_MEDIATION * strongest!.score ? { ...bond, score: strongest!.score } : strongest;
  // "Peru recognised Ecuador's independence but never established ties": what "but" denies after the
  // pair's strongest (positive) cue is the pair's standing, at that cue's score. Not a denied hostile
  // deed after a hostile one ("demanded that the rebels leave but has not moved against them": no bond).
  const denied = bonded && CUE_CLASSES[bonded.cls].sign > 0 ? options.find((o) => o.cue.negated && o.cue.first > bonded.cue.last && CUE_CLASSES[o.cls].sign * CUE_CLASSES[bonded.cls].sign < 0 && butDenies(tokens, bonded.cue, o.cue)) : undefined;
  const best = denied ? { ...denied, score: bonded!.score } : bonded;
  // A second stance of the opposite sign that the sentence also carries ("left the bloc, a sharp
  // rupture": membership and distance), offered as its own reading when it is nearly as strong.
  // … the mediation then stays the pair's second reading (the host may mediate all the same).
  const second = best !== strongest
    ? strongest
    : best
    ? options.filter((o) => CUE_CLASSES[o.cls].sign * CUE_CLASSES[best.cls].sign < 0).reduce<(typeof options)[number] | undefined>((x, o) => (x === undefined || o.score > x.score ? o : x), undefined)
    : undefined;

  // A fighter listed before its fighting verb stands as near the one fought as the last listed does
  // (fifty-fifth round; `cofighters` below).
  const fightersOfBest = best && CUE_CLASSES[best.cls].sign < 0 ? fightersListed(tokens, best.cue, mentions) : undefined;
  const cofighting = fightersOfBest?.some((f) => f.actor === a.actor) && !fightersOfBest.some((f) => f.actor === b.actor) && b.firstToken > best!.cue.last;
  // "Ghana fought Togo and Mali alongside Benin": the companion the fighting verb's own phrase names
  // is the fighter's, however many it fought are named between them; the pair stands as near as the
  // fighter does to its verb, and the ones fought between are not others between them.
  const companion = best && CUE_CLASSES[best.cls].sign > 0 && a.lastToken < best.cue.first && b.firstToken > best.cue.last ? fightCompanions(tokens, best.cue, mentions) : undefined;
  const companioned = companion !== undefined && companion.members.some((m) => m.actor === b.actor) && !companion.members.some((m) => m.actor === a.actor);
  const distance = companioned ? 0 : Math.max(0, b.firstToken - (cofighting ? fightersOfBest!.at(-1)! : a).lastToken - 1);
  const base = 0.15 / (1 + distance / 6);
  // Other actors named between the two (not in a list with either) make the pair less likely.
  // … not the accusers of a passive accusation between the accused and the object of its deed.
  const accusers = passives.find((p) => a.actor === p.accused && b.firstToken > p.of)?.accusers.size ?? 0;
  // … nor those a relative clause names between its antecedent and the verb after it ("the Lima Group of the OAS, which is chaired by Brazil, has mediated between …").
  const subject = best ? clauseSubject(tokens, best.cue, mentions) : undefined;
  const described = subject && (a.actor === subject.antecedent.actor || a.actor === subject.listedWith?.actor) && a.lastToken < subject.clause[0] && b.firstToken > best!.cue.last ? interveningActors(tokens, a, subject.clause[1] + 1, mentions, b) : 0;
  // … nor a body an apposition to the first names as its office, before the first's verb ("Ghana's
  // President Tavo Renn, the current chairman of the Union, sent envoys to …": sixty-third round).
  const officeEnd = best && b.firstToken > best.cue.last ? appositionAfter(tokens, a) : undefined;
  const office = officeEnd !== undefined && officeEnd < best!.cue.first ? interveningActors(tokens, a, officeEnd + 1, mentions, b) : 0;
  // … nor the members a body's name lists before the relative clause that tells its deed.
  const owner = best ? listOwnerOfClause(tokens, best.cue, cues, mentions) : undefined;
  const members = owner && a === owner.body && b.firstToken > owner.clause[0] ? owner.members.length : 0;
  // … nor those named between a go-between's carried-on subject and its verb ("NATO will enter Togo …, and will stand between …").
  const carried = best?.cls === "mediation" && b.firstToken > best.cue.last && chainedSubject(tokens, best.cue, mentions)?.actor === a.actor ? interveningActors(tokens, a, best.cue.first, mentions, b) : 0;
  // … nor the others a go-between calls on with one of them ("called on Britain, France and Israel to withdraw").
  const called = best && (best.cue.bothSides || urgedToStop(best.cue)) && calledToStop(tokens, mentions, best.cue, a, b) ? (stopCalled(tokens, mentions, best.cue)?.filter((m) => m.firstToken > a.lastToken && m.lastToken < b.firstToken).length ?? 0) : 0;
  // … nor the other founders listed between a founder and the founding verb ("Syria and Libya, together
  // with Algeria, South Yemen and the PLO, formed the Front": all five formed it; fifty-first round).
  const cofounders = best?.cue.forms && a.lastToken < best.cue.first && b.firstToken > best.cue.last ? interveningActors(tokens, a, best.cue.first, mentions, b) : 0;
  // … nor the other members a front brings together, listed before the one paired with it ("the Front,
  // which brings together the FPL, the ERP and a faction of the PRT": each is the front's member).
  // … nor those of a list after a colon that names a body's members (suggest.ts `membersAfterColon`).
  // … nor the other states a force "includes soldiers from", listed before the one paired with it.
  const gathering = best !== undefined && headsList(tokens, best.cue, mentions, actors, a);
  const comembers = gathering && a.lastToken < best!.cue.first && b.firstToken > best!.cue.last ? interveningActors(tokens, best!.cue.last, b, mentions, a) : 0;
  // … nor the other fighters listed between a fighter and its fighting verb ("Troops from A, B and C
  // fought … to drive X out": fifty-fifth round).
  const cofighters = cofighting ? interveningActors(tokens, a, best!.cue.first, mentions, b) : 0;
  // … nor the members a body brings together, listed between it and its "counts X as a member".
  const countedAfter = best && COUNTED_MEMBER_SET.has(best.cue.phrase) && a.lastToken < best.cue.first && b.firstToken > best.cue.first ? interveningActors(tokens, a, best.cue.first, mentions, b) : 0;
  const fought = companioned ? interveningActors(tokens, best!.cue.last, b, mentions, a) : 0;
  // … nor the first verb's objects between the subject of two verb phrases and the second's cue.
  const shared = best ? sharedSubject(tokens, predicates, best.cue, a, b) : undefined;
  const firstObjects = shared ? interveningActors(tokens, shared.verb, shared.and, mentions, b) : 0;
  let factor = 0.75 ** Math.max(0, interveningActors(tokens, a, b, mentions) - accusers - described - office - members - carried - called - cofounders - comembers - cofighters - fought - firstObjects - countedAfter);
  for (const m of [a, b]) factor *= mentionQuality(tokens, m);
  // A body named as the place of the parties' deed ("signed agreements at the United Nations") is its
  // host as it is named: no place's lesser mention when that is the reading.
  if (best?.host && BODY_KINDS.has(actors.get(best.host.actor)?.kind ?? "")) factor /= mentionQuality(tokens, best.host);
  // A meeting's or a truce's venue, the other end named as no place ("a Congo truce signed in Lusaka",
  // "talks on Cyprus in Geneva"): the venue's state hosts, whether or not the party is listed with others.
  const venueHost = (o: (typeof options)[number]) => (o.cls === "mediation" && venue && MEETING_WORDS.test(o.cue.phrase) ? venue : undefined);
  const reading = (o: (typeof options)[number] | undefined): PairReading => {
    const named = o ? cueNamesActor(tokens, o.cue, o.cls, mentions, a, b) : undefined;
    // The members a front brings together are named as such, whatever their kinds ("the Front, which
    // brings together … the High Council": the council is the front's member).
    const said = (o?.cue.gathers || o?.cue.forms || o?.cue.membersOf || COUNTED_MEMBER_SET.has(o?.cue.phrase ?? "") || PART_OF_SET.has(o?.cue.phrase ?? "")) && named ? named === b : o ? isReversed(o.cls, a, b, bodyA, bodyB, kindA, kindB, groupOne, o.host ?? named ?? passiveAgent(tokens, o.cls, cues, mentions, a, b) ?? (o.cls === "mediation" && mediatorPair ? (mediators.has(a.actor) ? a : b) : undefined) ?? venueHost(o)) : false;
    return {
      a,
      b,
      cue: o?.cue ?? null,
      cueClass: o?.cls ?? null,
      score: Math.min(1, (0.2 + 0.6 * (o?.score ?? 0) + base) * factor),
      reversed: said === true,
      ...(said === null && o && CUE_CLASSES[o.cls].directed ? { guessed: true } : {}),
    };
  };
  const main = reading(best);
  if (best && second && second.score >= SECOND_READING * best.score) main.second = reading(second);
  return main;
}

/**
 * The end of the pair that acts, as the cue's own words name it: for a go-between's noun, the actor
 * it belongs to ("EU monitors", "the OSCE envoy", "the Trump administration's auspices", "envoys of
 * the United States, Britain and France", "monitors from the OSCE", "with the United States and the
 * Soviet Union as observers"); for a force's soldiers, the contributor, not the force after "of"
 * ("soldiers of INTERFET, most of them Australians"); for a front that brings groups together, the
 * groups, not the front before it. Undefined when the words do not say (the kinds and the other
 * rules then do, isReversed).
 */
function cueNamesActor(tokens: readonly Token[], cue: CueHit, cls: CueClass, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): PlacedMention | undefined {
  const end = (m: PlacedMention | undefined) => (m === undefined ? undefined : m.actor === a.actor ? a : m.actor === b.actor ? b : undefined);
  const other = (m: PlacedMention | undefined) => (m === undefined ? undefined : m.actor === a.actor ? b : m.actor === b.actor ? a : undefined);
  if (cls === "membership") {
    // The troops cue ends with its "of" ("soldiers of").
    if (cue.troops) return other(namedAfter(tokens, cue.last, mentions));
    if (cue.madeOf) return other(forceMadeOf(tokens, cue, mentions) ?? bodyMadeOf(tokens, cue, mentions)?.body);
    // "includes soldiers from Brazil": the state named after the cue is the member.
    if (cue.contributors) return a.firstToken > cue.last ? a : b.firstToken > cue.last ? b : undefined;
    if (cue.chairedBy) return other(chairedBody(tokens, cue, mentions));
    if (cue.forms) return other(formedBody(tokens, cue, mentions));
    // … the body right before the "of", right after "the other" ("A, B and the other Lakeside Council
    // states"), or the sentence's subject before a list after a colon: the body is the cue's first actor.
    if (cue.membersOf) return a.actor === cue.onlyFor![0] ? b : b.actor === cue.onlyFor![0] ? a : undefined;
    // "the party's youth militia, the …", "…, the armed wing of the movement": the owner is the body.
    if (WING_SET.has(cue.phrase)) return end(wingEnds(tokens, cue, mentions)?.[0]);
    // … the front right before the verb, or before its relative clause ("the Front (LF), which brings together").
    if (cue.gathers) return other(gatherer(tokens, cue, mentions));
    // "counts the FLNKS as a full member": the one counted, first named inside the cue, is the member;
    // "is part of the Platform": the one not named right after the "of".
    if (COUNTED_MEMBER_SET.has(cue.phrase)) return end(firstNamedInside(cue, mentions));
    if (PART_OF_SET.has(cue.phrase)) return other(namedAfter(tokens, cue.last, mentions));
    return undefined;
  }
  if (cls === "mediation" && !cue.negated) {
    const under = underMandate(tokens, cue, mentions);
    if (under && end(under)) return end(under);
    // "hand over their weapons to NATO": the one named after "to" receives the disarmament.
    if (WEAPON_PHRASES.has(cue.phrase) && disarmedTo(tokens, cue)) {
      const receiver = end(namedAfter(tokens, cue.last + 1, mentions));
      if (receiver) return receiver;
    }
  }
  if (cls !== "mediation" || cue.negated || !GO_BETWEEN_NOUNS.has(tokens[cue.last]!.lower)) return undefined;
  // "EU monitors", "the OSCE envoy", "the Trump administration's auspices": the actor right before the noun.
  let k = cue.first - 1;
  if (k >= 0 && /^['’]s?$/.test(tokens[k]!.lower)) k--;
  // "the Chilean government's auspices"
  if (k >= 0 && GOVERNING_NOUNS.has(tokens[k]!.lower) && /^['’]s?$/.test(tokens[k + 1]?.lower ?? "")) k--;
  const before = mentions.find((m) => m.lastToken === k);
  if (before) return end(before);
  // "envoys of the US, Britain and France", "monitors from the OSCE": those named right after.
  if (tokens[cue.last + 1]?.lower === "of" || tokens[cue.last + 1]?.lower === "from") {
    // … not whose thing is watched ("observers of Angola's earlier accords").
    const named = listedAfter(tokens, cue.last + 1, mentions).filter((m) => !/^['’]s?$/.test(tokens[m.lastToken + 1]?.lower ?? ""));
    return end(named.find((m) => m.actor === a.actor || m.actor === b.actor));
  }
  // "with the US and the Soviet Union as observers": those named right before "as".
  if (tokens[cue.first - 1]?.lower === "as") {
    const named = listBefore(tokens, cue.first - 1, mentions);
    return end(named.find((m) => m.actor === a.actor || m.actor === b.actor));
  }
  return undefined;
}

/** Nouns of the authority a deed is done under ("under a UN mandate", "under the OAS flag"). */
const MANDATE_NOUNS: ReadonlySet<string> = new Set(["mandate", "flag", "banner", "authority", "command"]);
/**
 * "deployed under a UN mandate", "intervening under the bloc's mandate": the actor whose mandate a
 * go-between's deed right before "under" is done by, named between "under" (and an article) and
 * the noun of the mandate; that actor acts, whoever else the sentence names.
 */
function underMandate(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  if (tokens[cue.last + 1]?.lower !== "under") return undefined;
  let k = cue.last + 2;
  if (tokens[k]?.pos === "DET") k++;
  const m = mentions.find((x) => x.firstToken === k);
  if (!m) return undefined;
  let n = m.lastToken + 1;
  if (/^['’]s?$/.test(tokens[n]?.lower ?? "")) n++;
  return MANDATE_NOUNS.has(tokens[n]?.lower ?? "") ? m : undefined;
}

/**
 * "… with Chile, its OAS ally", "Peru, their Mercosur partner": a word of a bond right after a
 * body's name, a possessive pronoun and a comma before it, describes the actor named before the
 * comma as a member of that body; as [the member, the body], or undefined.
 */
function appositiveMember(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): [PlacedMention, PlacedMention] | undefined {
  if (!BOND_NOUNS.has(tokens[cue.last]!.lemma) || cue.first !== cue.last) return undefined;
  const body = mentions.find((m) => m.lastToken === cue.first - 1 && !m.anaphor && BODY_KINDS.has(actors.get(m.actor)?.kind ?? ""));
  if (!body || !POSSESSIVE_PRONOUNS.has(tokens[body.firstToken - 1]?.lower ?? "") || tokens[body.firstToken - 2]?.lower !== ",") return undefined;
  const member = mentions.find((m) => m.lastToken === body.firstToken - 3 && m.actor !== body.actor);
  return member ? [member, body] : undefined;
}
/**
 * "Ruritania, Osterlich's old rival, …": a noun of a bond right after a possessive name (up to
 * `OWNED_BOND_GAP` words between, its adjectives) that a comma and another name precede; as [the
 * one described, the owner], or undefined.
 */
function possessiveAppositive(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): [PlacedMention, PlacedMention] | undefined {
  if (cue.first !== cue.last || !APPOSED_BOND_NOUNS.has(tokens[cue.last]!.lemma)) return undefined;
  // "X, Y's closest ally in the bloc," names X's bond with the bloc too: left to the other readings.
  const inside = ["in", "within", "among"].includes(tokens[cue.last + 1]?.lower ?? "") ? namedAfter(tokens, cue.last + 1, mentions) : undefined;
  if (inside && BODY_KINDS.has(actors.get(inside.actor)?.kind ?? "")) return undefined;
  const owner = mentions.find((m) => !m.anaphor && /^['’]s?$/.test(tokens[m.lastToken + 1]?.lower ?? "") && m.lastToken + 2 <= cue.first && cue.first - m.lastToken - 2 <= OWNED_BOND_GAP);
  if (!owner) return undefined;
  for (let k = owner.lastToken + 2; k < cue.first; k++) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX" || mentions.some((m) => m.firstToken <= k && k <= m.lastToken)) return undefined;
  }
  if (tokens[owner.firstToken - 1]?.lower !== ",") return undefined;
  const described = mentions.find((m) => m.lastToken === owner.firstToken - 2 && m.actor !== owner.actor && !m.anaphor);
  return described ? [described, owner] : undefined;
}
/** Most words between a possessive name and the bond it owns in apposition ("Osterlich's old Baathist rival": 2). */
const OWNED_BOND_GAP = 2;
/**
 * Nouns of a bond an owner's possessive names in apposition: adverse ones, and since the
 * thirty-seventh round an ally, friend, backer or client ("Hezbollah, Tehran's ally in Lebanon,"),
 * not before a body named after "in" ("X, Y's closest ally in the bloc," names X's bond with the bloc
 * too). Not "partner" (not measured).
 */
const APPOSED_BOND_NOUNS: ReadonlySet<string> = new Set(["rival", "arch-rival", "archrival", "enemy", "foe", "adversary", "nemesis", "ally", "friend", "backer", "patron", "protector", "proxy", "client"]);
/** Nouns of a bond that a body's name may qualify ("its NATO ally", "their EU partners"). */
const BOND_NOUNS: ReadonlySet<string> = new Set(["ally", "partner", "member"]);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our"]);

/** The cues of a signing's witnesses (lexicon.ts). */
export const WITNESS_PHRASES: ReadonlySet<string> = new Set(["as witness", "as a witness"]);

/** How much less a cue after a relative clause speaks of an actor the clause names than of its antecedent. */
const IN_CLAUSE = 0.25;

/**
 * "Cuban and South African forces clashed around the town, before …": a verb that is reciprocal in
 * itself, right after its listed subjects (their noun between: "forces", "troops") and with no "with"
 * or "against" after it, sets the co-subjects against each other, whoever the sentence names later.
 */
function clashedTogether(tokens: readonly Token[], cue: CueHit, b: PlacedMention): boolean {
  if (!RECIPROCAL_VERBS.has(cue.phrase) || cue.first <= b.lastToken || cue.first - b.lastToken > CLASH_REACH) return false;
  if (!tokens.slice(b.lastToken + 1, cue.first).every((t) => t.pos === "NOUN" || t.pos === "AUX" || t.pos === "ADV")) return false;
  return !["with", "against"].includes(tokens[cue.last + 1]?.lower ?? "");
}
/** Verbs that need two sides and say both: "A and B clashed" (each with the other). */
const RECIPROCAL_VERBS: ReadonlySet<string> = new Set(["clash"]);
/** Most tokens from the last co-subject to the verb ("South African forces have clashed": 3). */
const CLASH_REACH = 3;

/**
 * The antecedent of a relative clause that ends right before the cue's verb ("the Lima Group (LG),
 * which is chaired by Brazil, has mediated": the group), with the clause's comma and last token.
 */
function clauseSubject(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { antecedent: PlacedMention; clause: [number, number]; listedWith?: PlacedMention } | undefined {
  const k = auxiliariesBefore(tokens, cue.first);
  // An auxiliary at least ("has mediated"): a bare verb right after a comma may still be the clause's
  // own ("Iran, which once went to war with X, hosted"; measured: it lost more signs than it gained).
  if (tokens[k]?.lower !== ",") return undefined;
  const clause = relativeClauseAt(tokens, k - 1) ?? appositionBefore(tokens, k, mentions);
  if (!clause || clause[1] !== k - 1) return undefined;
  const named = mentions.find((m) => m.lastToken === clause[0] - 1 || (m.lastToken === clause[0] - 2 && tokens[clause[0] - 1]!.lower === ")"));
  const party = ledBy(tokens, clause[0], mentions);
  const before = party && (!named || named.actor === party.actor) ? party : named;
  if (!before) return undefined;
  // A bare verb right after the comma may still be the clause's own ("Iran, which once went to war
  // with X, hosted"; measured: it lost more signs than it gained), unless the antecedent is a list
  // of two or more ("X and Y, which have joined a front, fought alongside …": the plural subject).
  // The one listed before it shares the verb ("X and Y, which …, fought": X fought too).
  // A participle's phrase has no verb of its own, so the bare verb after it is the name's ("The
  // Front, backed by Ghana, attacked Togo"; sixty-fifth round).
  const listedWith = listedBefore(tokens, before, mentions);
  if (k === cue.first - 1 && !listedWith && !participleOpens(tokens, clause[0])) return undefined;
  return { antecedent: bodyOfWhole(tokens, before, mentions), clause, ...(listedWith ? { listedWith } : {}) };
}

/**
 * The body a relative clause holding the cue speaks of when the clause opens right after the
 * members' list of the body's "of" ("the Lakeside Group of Norway, Chile and Ghana, which has sought
 * a treaty between …": the group sought it, not Ghana), with the listed members' mentions.
 */
function listOwnerOfClause(tokens: readonly Token[], cue: CueHit, cues: readonly CueHit[], mentions: readonly PlacedMention[]): { body: PlacedMention; members: PlacedMention[]; clause: [number, number] } | undefined {
  if (cue.membersOf) return undefined;
  const clause = relativeClauseAt(tokens, cue.first);
  if (!clause) return undefined;
  const of = cues.find((c) => c.membersOf && c.first < clause[0] && tokens[c.first]!.lower === "of" && mentions.some((m) => m.lastToken === clause[0] - 1 && m.actor === c.onlyFor![1]));
  const body = of && mentions.find((m) => m.lastToken === of.first - 1 && m.actor === of.onlyFor![0]);
  if (!of || !body) return undefined;
  const listedIds = new Set(cues.filter((c) => c.membersOf && c.first === of.first).map((c) => c.onlyFor![1]));
  const members = mentions.filter((m) => m.firstToken > of.first && m.lastToken < clause[0] && listedIds.has(m.actor));
  return { body, members, clause };
}

/**
 * "the Democratic Party (DP) of Jan Novak, which …": the party before "of" and its leader's name
 * (proper nouns only, read as the party or not) that end right before token `comma`.
 */
function ledBy(tokens: readonly Token[], comma: number, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  let k = comma - 1;
  while (k > 0 && comma - k <= LEADER_WORDS && tokens[k]!.pos === "PROPN") k--;
  if (k === comma - 1 || tokens[k]?.lower !== "of") return undefined;
  return mentions.find((m) => m.lastToken === k - 1 || (m.lastToken === k - 2 && tokens[k - 1]!.lower === ")"));
}
/** Most words of a leader's name after a party's "of". */
const LEADER_WORDS = 4;

/**
 * The actor listed right before mention `m` (or its name before its bracketed acronym), when `m` is
 * the last of a list: "and" (and "the") right before it, another actor's mention (or a bracket
 * closing its acronym, or its leader's name after "of") before that.
 */
function listedBefore(tokens: readonly Token[], m: PlacedMention, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  const name = tokens[m.firstToken - 1]?.lower === "(" ? (mentions.find((n) => n.actor === m.actor && n.lastToken === m.firstToken - 2) ?? m) : m;
  let k = name.firstToken - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "and") return undefined;
  const prev = tokens[k - 1]?.lower === ")" ? k - 2 : k - 1;
  // … or the party before its leader's name ("the Popular Union of Jan Novak and the …").
  const other = ledBy(tokens, k, mentions) ?? mentions.find((n) => n.actor !== m.actor && n.lastToken === prev);
  return other && other.actor !== m.actor ? other : undefined;
}

/**
 * The body a "chaired by" cue speaks of: named right before it ("a group chaired by"), or before its
 * relative clause ("the Lima Group (LG), which is co-chaired by").
 */
function chairedBody(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  const m = namedRightBefore(tokens, cue.first, mentions);
  return m && bodyOfWhole(tokens, m, mentions);
}

/** The body named right before "of (the)" and mention `m` ("the Lima Group of the OAS": the group), else `m`. */
function bodyOfWhole(tokens: readonly Token[], m: PlacedMention, mentions: readonly PlacedMention[]): PlacedMention {
  // "… of the Organization of American States (OAS)": the acronym's name before its bracket.
  if (tokens[m.firstToken - 1]?.lower === "(") m = mentions.find((n) => n.actor === m.actor && n.lastToken === m.firstToken - 2) ?? m;
  const of = tokens[m.firstToken - 1]?.lower === "the" ? m.firstToken - 2 : m.firstToken - 1;
  return (tokens[of]?.lower === "of" && mentions.find((n) => n.lastToken === of - 1 && n.actor !== m.actor && !n.anaphor)) || m;
}

/**
 * The ends of a wing's phrase, as [the wing, its owner]: "the party's youth militia, the Wazamba"
 * (the owner's possessive before, the wing's name in apposition after), "the Wazamba, the armed wing
 * of the party" (the wing's name before, the owner after "of"); undefined when one is not named.
 */
function wingEnds(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): [PlacedMention, PlacedMention] | undefined {
  if (/^['’]s?$/.test(tokens[cue.first - 1]?.lower ?? "") && tokens[cue.last + 1]?.lower === ",") {
    const owner = mentions.find((m) => m.lastToken === cue.first - 2);
    const wing = namedAfter(tokens, cue.last + 1, mentions);
    return owner && wing && owner.actor !== wing.actor ? [wing, owner] : undefined;
  }
  if (tokens[cue.last + 1]?.lower === "of" && ARTICLES_BEFORE_WING.has(tokens[cue.first - 1]?.lower ?? "") && tokens[cue.first - 2]?.lower === ",") {
    const owner = namedAfter(tokens, cue.last + 1, mentions);
    // … its acronym in brackets between ("the Wazamba (WZ), the armed wing of").
    const last = tokens[cue.first - 3]?.lower === ")" ? cue.first - 4 : cue.first - 3;
    const wing = mentions.find((m) => m.lastToken === last);
    return owner && wing && owner.actor !== wing.actor ? [wing, owner] : undefined;
  }
  return undefined;
}
const ARTICLES_BEFORE_WING: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their"]);
/** The cues of a party's wings (lexicon.ts). */
const WING_SET: ReadonlySet<string> = new Set(WING_PHRASES);

/** Most tokens from a front's name to its verb of gathering ("the Front (LF), which brings together": 4). */
const GATHERER_REACH = 5;
/**
 * The front a verb of gathering speaks of: the name right before it, or before its relative clause
 * ("the Front (LF), which brings together"), or before a relative clause set off by commas that says
 * something else ("the Varka, whose name means alliance in the Toma language, brings together …":
 * the clause is skipped, fifty-first round).
 */
function gatherer(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  let stop = cue.first;
  const clause = tokens[stop - 1]?.lower === "," ? relativeClauseAt(tokens, stop - 2) : undefined;
  if (clause && clause[1] === stop - 2) stop = clause[0];
  // A second relative clause of the same name ("the Conference of Ambassadors, which has met at the
  // Foreign Office since December …, and which brings together …"): the name before the first
  // ", which" of the sentence (eighty-first round).
  if (tokens[stop - 1]?.lower === "which" && tokens[stop - 2]?.lower === "and") {
    const sentence = tokens[stop - 1]!.sentence;
    for (let k = stop - 3; k > 0 && tokens[k]!.sentence === sentence; k--) {
      if (tokens[k]!.lower === "which" && tokens[k - 1]!.lower === ",") return namedRightBefore(tokens, k, mentions);
    }
  }
  return namedRightBefore(tokens, stop, mentions);
}
/** The last actor named right before token `stop`: only auxiliaries, adverbs and `RELATIVE_LINKS` between, `GATHERER_REACH` tokens at most. */
function namedRightBefore(tokens: readonly Token[], stop: number, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  return mentions.findLast((m) => m.lastToken < stop && stop - m.lastToken <= GATHERER_REACH && tokens.slice(m.lastToken + 1, stop).every((t) => t.pos === "AUX" || t.pos === "ADV" || RELATIVE_LINKS.has(t.lower)));
}
/** Words that may stand between a front's name and its verb of gathering (a relative clause's opening, the acronym's bracket). */
const RELATIVE_LINKS: ReadonlySet<string> = new Set([",", "which", "that", ")"]);

/** Words between a state's name and its possessive that keep the state the owner ("the Chilean government's"). */
const GOVERNING_NOUNS: ReadonlySet<string> = new Set(["government", "administration", "presidency", "leadership"]);
/** Nouns for a go-between whose owner the words around name. */
const GO_BETWEEN_NOUNS: ReadonlySet<string> = new Set(["observer", "observers", "monitor", "monitors", "envoy", "envoys", "mediator", "mediators", "facilitator", "facilitators", "auspices", "interlocutor"]);

/** The actors named right after token `k`'s "of" or "from" (and "the"), with those listed after it ("of the US, Britain and France"). */
/** The force a "made up of" cue speaks of: the name right before it, its acronym in parentheses and commas between. */
function forceMadeOf(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  const before = mentions.filter((m) => m.lastToken < cue.first && cue.first - m.lastToken <= MADE_OF_REACH).at(-1);
  if (!before) return undefined;
  const first = mentions.find((m) => m.actor === before.actor && m.lastToken < cue.first && cue.first - m.lastToken <= MADE_OF_REACH)!;
  const between = tokens.slice(first.lastToken + 1, cue.first);
  return between.every((t, k) => t.pos === "PUNCT" || /^[(),]$/.test(t.lower) || mentions.some((m) => m.actor === before.actor && m.firstToken <= first.lastToken + 1 + k && first.lastToken + 1 + k <= m.lastToken)) ? first : undefined;
}
/**
 * A body made up of the states listed right after a "made up of" cue ("A Commission of Neutrals
 * sitting in Lima, made up of Ghana, Benin and Togo"): the body named before the cue, a phrase of
 * place after a participle ("sitting in Lima", "based in Geneva") allowed between, and its two or
 * more members. Undefined when the one before is a state or fewer than two states are listed.
 */
function bodyMadeOf(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors?: ReadonlyMap<string, GazetteerActor>): { body: PlacedMention; members: PlacedMention[]; seat?: PlacedMention } | undefined {
  let end = cue.first - 1;
  // "…, made up of": a comma before the cue; or none right after the body's acronym in brackets
  // ("An International Commission of Control (ICC) made up of Ghana, Benin and Togo"), read as the
  // name before the brackets (fifty-first round).
  if (tokens[end]?.lower === ",") end--;
  else {
    const acronym = tokens[end]?.lower === ")" ? mentions.find((m) => m.lastToken === end - 1 && tokens[m.firstToken - 1]?.lower === "(") : undefined;
    const named = acronym && mentions.find((m) => m.actor === acronym.actor && m.lastToken === acronym.firstToken - 2);
    if (!named) return undefined;
    end = named.lastToken;
  }
  // "sitting in Lima,": a participle, a preposition of place and the place's name.
  let place = mentions.find((m) => m.lastToken === end);
  if (place && ["in", "at"].includes(tokens[place.firstToken - 1]?.lower ?? "") && tokens[place.firstToken - 2]?.pos === "VERB" && /(?:ing|ed)$/.test(tokens[place.firstToken - 2]!.lower)) end = place.firstToken - 3;
  else place = undefined;
  const body = mentions.find((m) => m.lastToken === end);
  if (!body || (actors && actors.get(body.actor)?.kind === "state")) return undefined;
  const members = listedAfter(tokens, cue.last, mentions).filter((m) => m.actor !== body.actor && (!actors || actors.get(m.actor)?.kind === "state"));
  if (new Set(members.map((m) => m.actor)).size < 2) return undefined;
  return place ? { body, members, seat: place } : { body, members };
}

/** Whether the pair is a body, its seat or its members, two of them, of a body made up of states (`bodyMadeOf`). */
function madeOfPair(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>, a: PlacedMention, b: PlacedMention): boolean {
  const makeup = bodyMadeOf(tokens, cue, mentions, actors);
  if (!makeup) return false;
  // … the body's seat too ("sitting in Lima"): where it sits, not a party it stands between.
  const inside = (m: PlacedMention) => m.actor === makeup.body.actor || m.actor === makeup.seat?.actor || makeup.members.some((x) => x.actor === m.actor);
  return inside(a) && inside(b);
}

/**
 * Whether `a` is the one a cue ties each of a list after it to: the front that brings them together
 * ("the Front, which brings together …"), the force that includes soldiers from them, or the body a
 * list after a colon names the members of.
 */
function headsList(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>, a: PlacedMention): boolean {
  if (cue.gathers) return gatherer(tokens, cue, mentions)?.actor === a.actor;
  if (cue.contributors) return contributedForce(tokens, cue, mentions, actors)?.actor === a.actor;
  return cue.membersOf === true && cue.phrase === ":" && cue.onlyFor![0] === a.actor;
}

/**
 * Whether `other`, named after a ", and" that follows a passive naming with its "by" ("Sweden and
 * Switzerland were named to the commission by the U.N. Command, and Poland and Czechoslovakia by the
 * Communists"), is one named the same way, its verb left out: the clause after the ", and" holds no
 * verb and goes on to its own "by" after `other` (eighty-third round).
 */
function gappedByClause(tokens: readonly Token[], cue: CueHit, other: PlacedMention): boolean {
  const sentence = tokens[cue.first]!.sentence;
  let and = other.firstToken - 1;
  while (and > cue.last && !(tokens[and]!.lower === "and" && tokens[and - 1]?.lower === ",")) and--;
  if (and <= cue.last || !tokens.slice(cue.last + 1, and).some((t) => t.lower === "by")) return false;
  let by = false;
  for (let k = and + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return false;
    if (tokens[k]!.lower === "by") by ||= k > other.lastToken;
  }
  return by;
}

/**
 * The force an "includes soldiers from" cue speaks of: the last actor named before the cue in its
 * sentence that is no state ("The force is commanded by Brazil's General …, with an American deputy,
 * and includes …": the states between are its officers'), no semicolon between.
 */
function contributedForce(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): PlacedMention | undefined {
  const sentence = tokens[cue.first]!.sentence;
  const force = mentions.filter((m) => m.lastToken < cue.first && tokens[m.firstToken]!.sentence === sentence && actors.get(m.actor)?.kind !== "state").at(-1);
  if (!force) return undefined;
  return tokens.slice(force.lastToken + 1, cue.first).some((t) => t.lower === ";") ? undefined : force;
}

/**
 * Whether a state is one the force's soldiers come from: named after the cue in its sentence, right
 * after a word for soldiers and "from" ("soldiers from Brazil", "staff officers from El Salvador") or
 * listed after such a state ("… from Brazil, Honduras and Paraguay").
 */
function contributedFrom(tokens: readonly Token[], cue: CueHit, state: PlacedMention, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): boolean {
  if (actors.get(state.actor)?.kind !== "state" || state.firstToken <= cue.last || tokens[state.firstToken]!.sentence !== tokens[cue.first]!.sentence) return false;
  let at = state;
  for (;;) {
    let k = at.firstToken - 1;
    if (tokens[k]?.lower === "the") k--;
    if (tokens[k]?.lower === "from") return k === cue.last || SOLDIER_WORDS.has(tokens[k - 1]?.lemma ?? "") || SOLDIER_WORDS.has(tokens[k - 1]?.lower ?? "");
    const before = mentions.find((m) => m.lastToken < at.firstToken && m.lastToken > cue.last && actors.get(m.actor)?.kind === "state" && listed(tokens, m, at));
    if (!before) return false;
    at = before;
  }
}

/** Tokens between a force's name and "made up of" (a comma, its acronym in parentheses). */
const MADE_OF_REACH = 5;
/** Words for soldiers a force is made up of. */
const SOLDIER_WORDS: ReadonlySet<string> = new Set(["soldier", "troop", "peacekeeper", "contingent", "officer", "personnel", "police", "policeman"]);

/** Whether a leaving cue's gap holds a word for soldiers or forces ("withdraw its troops from", "pull all forces out of"). */
function troopsInGap(tokens: readonly Token[], cue: CueHit): boolean {
  for (let k = cue.first + 1; k < cue.last; k++) if (SOLDIER_WORDS.has(tokens[k]!.lemma) || TROOP_GAP_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}
/** Words after "leave" that open an object or a journey's goal ("left a coolness", "left him", "leave this week for"); not a proper name the gazetteer does not know ("leave Manchuria"): a land left. */
const LEFT_THING_POS: ReadonlySet<string> = new Set(["DET", "PRON", "NOUN", "ADJ", "NUM"]);
/** Whether a bare "leave" has an object that names no actor (an article before a name at most), or goes on to "for" its goal within three words. */
function leftThing(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): boolean {
  const next = tokens[cue.last + 1];
  if (!next || next.sentence !== tokens[cue.last]!.sentence) return false;
  for (let k = cue.last + 1; k <= cue.last + 3 && tokens[k]?.sentence === next.sentence; k++) if (tokens[k]!.lower === "for") return !mentions.some((m) => m.firstToken > cue.last && m.firstToken < k);
  // ("Laval left Italy a free hand": the name right after is the one a thing is left to.)
  // ("… leaving Vietnam divided": an adjective or participle right after the name tells the state it is left in.)
  const given = (m: PlacedMention) => ["a", "an"].includes(tokens[m.lastToken + 1]?.lower ?? "") || ["ADJ", "VERB"].includes(tokens[m.lastToken + 1]?.pos ?? "");
  if (mentions.some((m) => m.firstToken === cue.last + 1 && given(m))) return true;
  if (!LEFT_THING_POS.has(next.pos)) return false;
  return !mentions.some((m) => m.firstToken === cue.last + 1 || (next.lower === "the" && m.firstToken === cue.last + 2));
}
/**
 * Whether `a` is named before a verb of vetoing and `b` inside its object: after the verb and before
 * any verb, clause word or comma that ends the object ("vetoed Peru's request", "vetoed the Chilean
 * resolution", not "vetoed the resolution that would have deplored Peru"). A pair with one end in
 * another sentence is left as read.
 */
function vetoedOwner(tokens: readonly Token[], cue: CueHit, a: PlacedMention, b: PlacedMention): boolean {
  const sentence = tokens[cue.first]!.sentence;
  // "The Soviet Union vetoed the request": what was vetoed, and its owner, may be told before.
  if (tokens[a.firstToken]!.sentence !== sentence || tokens[b.firstToken]!.sentence !== sentence) return true;
  if (!(a.lastToken < cue.first && b.firstToken > cue.last)) return false;
  return !tokens.slice(cue.last + 1, b.firstToken).some((t) => t.pos === "VERB" || t.pos === "AUX" || t.lower === "," || OBJECT_CLAUSE_OPENERS.has(t.lower) || NEXT_PHRASE_WORDS.has(t.lower));
}
/** Words for an army in a leaving cue's gap, besides `SOLDIER_WORDS`. */
const TROOP_GAP_WORDS: ReadonlySet<string> = new Set(["forces", "force", "army", "armies", "troops", "soldiers", "units"]);

/** Whether a word for soldiers follows a state's name after "made up of", within a few words and no verb ("2,000 Kenyan and Tanzanian troops"). */
function soldiersAfter(tokens: readonly Token[], cue: CueHit, state: PlacedMention): boolean {
  if (state.firstToken <= cue.last) return false;
  for (let k = state.lastToken + 1; k < tokens.length && k <= state.lastToken + MADE_OF_REACH && tokens[k]!.sentence === tokens[cue.first]!.sentence; k++) {
    if (SOLDIER_WORDS.has(tokens[k]!.lemma) || SOLDIER_WORDS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos === "VERB" || tokens[k]!.lower === ",") return false;
  }
  return false;
}

/**
 * The force or owner a peacekeeping word names, or undefined when the cue is no such word: the
 * name right before it ("UN peacekeepers", "Russian peacekeepers", "Moscow's peacekeepers", "a
 * NATO-led peacekeeping force") and those named after its "of" or "from" ("peacekeepers of the UN
 * mission", "peacekeepers from MINURSO", "a peacekeeping force of the CIS"). Empty when the words
 * name none ("international peacekeepers", "a peacekeeping operation").
 */
export function peacekeepingOwners(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): Set<string> | undefined {
  if (!PEACEKEEPING_WORDS.has(cue.phrase)) return undefined;
  const owners = new Set<string>();
  let k = cue.first - 1;
  if (/^['’]s?$/.test(tokens[k]?.lower ?? "")) k--;
  const before = mentions.find((m) => !m.anaphor && (m.lastToken === k || (m.compound !== undefined && m.lastToken < k && k - m.lastToken <= 2 && tokens[k]?.lower === m.compound)));
  if (before) owners.add(before.actor);
  const j = FORCE_NOUNS.has(tokens[cue.last + 1]?.lemma ?? "") ? cue.last + 2 : cue.last + 1;
  if (tokens[j]?.lower === "of" || tokens[j]?.lower === "from") for (const m of listedAfter(tokens, j, mentions)) owners.add(m.actor);
  return owners;
}

/** The actor named right after token `k` ("of", a verb), or after "the" there ("soldiers of the Coastal Force", "join NATO"). */
function namedAfter(tokens: readonly Token[], k: number, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  const at = k + (tokens[k + 1]?.lower === "the" ? 2 : 1);
  // … or a phrase that refers back, which holds its "the" ("named to the commission": eighty-first round).
  return mentions.find((m) => m.firstToken === at || (m.anaphor !== undefined && m.firstToken === k + 1));
}

/**
 * The one let act and the one who lets it, for a hostile cue right after a letting verb's object
 * ("Benin let American aircraft bomb Togo", "allowed Russian jets to strike"): the object (a name,
 * with at most describing words and one noun of forces after it, and "to") between the verb and the
 * cue, and the verb's subject named right before it or before an apposition between commas.
 */
function letActor(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { agent: PlacedMention; by: PlacedMention } | undefined {
  let k = cue.first - 1;
  if (tokens[k]?.lower === "to") k--;
  while (k >= 0 && ["NOUN", "ADJ"].includes(tokens[k]!.pos) && !mentions.some((m) => m.lastToken === k)) k--;
  const agent = mentions.find((m) => m.lastToken === k);
  if (!agent || agent.firstToken < 1) return undefined;
  const verb = agent.firstToken - 1;
  if (!LETTING_VERBS.has(tokens[verb]!.lemma.toLowerCase())) return undefined;
  // The subject right before the verb (adverbs and auxiliaries between), or before an apposition
  // set off by commas ("Turkey, a member of NATO, let …").
  let j = auxiliariesBefore(tokens, verb);
  if (tokens[j]?.lower === ",") {
    j--;
    while (j >= 0 && tokens[j]!.lower !== ",") j--;
    j--;
  }
  const by = mentions.find((m) => m.lastToken === j);
  return by && by.actor !== agent.actor ? { agent, by } : undefined;
}

/**
 * A passive verb of backing set off by commas (", backed by American Marines,"; lexicon `back`,
 * `help`, `arm`, `fund`, …, cooperation cues, then "by"): its backers, named between "by" and the
 * closing comma, and the backed, named between the clause's start (a comma, or "but"/"while"/"as"
 * after it) and the opening comma.
 */
/** Words that open a clause told beside the main one, with a subject of its own ("while Venezuela and Chile accompanied the process"). */
const BESIDE_OPENERS: ReadonlySet<string> = new Set(["while", "whilst", "whereas"]);
/** "as", which opens an onlooker's clause ("as Moscow looks on") but also a comparison ("as Israel did") or a party's own part ("as Russia gives up its gains"). */
const AS_OPENER = "as";
/** Nouns of an attack, whose "of"/"on" names the one attacked ("the bombing of Iraq", "the strikes on its territory"). */
const ATTACK_NOUNS: ReadonlySet<string> = new Set(["bombing", "bombardment", "invasion", "attack", "occupation", "shelling", "raid", "annexation", "blockade", "incursion", "strike", "airstrike", "massacre", "siege", "persecution"]);
/**
 * The actor named right after an attack noun that is the object of an estrangement cue ("denounced
 * the bombing of Iraq": Iraq; an article and up to two describing words between the cue and the
 * noun, an article after "of"/"on"), or undefined.
 */
function attackVictim(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  if (tokens[cue.last]!.pos !== "VERB") return undefined;
  let k = cue.last + 1;
  if (tokens[k]?.pos === "DET" || tokens[k]?.pos === "PRON") k++;
  for (let n = 0; n < 2 && tokens[k] && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NOUN") && !ATTACK_NOUNS.has(tokens[k]!.lemma); n++) k++;
  if (!ATTACK_NOUNS.has(tokens[k]?.lemma ?? "") || !["of", "on", "against"].includes(tokens[k + 1]?.lower ?? "")) return undefined;
  const at = tokens[k + 2]?.pos === "DET" ? k + 3 : k + 2;
  return mentions.find((m) => m.firstToken === at);
}

/** Pronouns that may refer back to an actor named before: "its leaders", "backed them". */
const REFERRING_PRONOUNS: ReadonlySet<string> = new Set(["it", "its", "them", "their", "him", "his", "her", "they"]);
/** An onlooker's verbs: one who watches, stands by or waits takes no part in the deed told before ("looks on", "watched", "stood aside"). */
const ONLOOKER_VERBS: ReadonlySet<string> = new Set(["watch", "look", "stand", "sit", "wait", "observe", "stay", "remain"]);
/** Words after "look", "stand", "sit", "stay" or "remain" that make them an onlooker's ("looks on", "stood by", "sat back", "stayed out"). */
const ONLOOKER_PARTICLES: ReadonlySet<string> = new Set(["on", "by", "aside", "back", "away", "idle", "idly", "silent", "out", "apart"]);
/**
 * Whether `m` is (one of) the subject(s) of a clause opened after `cue` by "while"/"whereas" (any
 * verb) or by "as" (an onlooker's verb: "looks on", "watched", "stood by", "waits"), and `other` is
 * named before the opener: the cue's deed is not one of `m`'s with `other` ("Kazakhstan and Armenia
 * sign an energy pact as Moscow looks on"; "Cuba and Norway acted as guarantors, while Venezuela and
 * Chile accompanied the process": Venezuela is no one Cuba guarantees for). The subject is the names
 * listed right after the opener (articles, commas and "and" between), then adverbs or auxiliaries.
 */
function bystander(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], m: PlacedMention, other: PlacedMention): boolean {
  const named = (k: number) => mentions.some((x) => x.firstToken <= k && k <= x.lastToken);
  const listing = (k: number) => tokens[k] !== undefined && (tokens[k]!.pos === "DET" || tokens[k]!.lower === "and" || tokens[k]!.lower === "," || named(k));
  let opener = m.firstToken - 1;
  while (opener > 0 && listing(opener)) opener--;
  const word = tokens[opener]?.lower ?? "";
  // The cue before the clause, or the clause's own cue when `other` is not named again after the opener.
  const before = opener > cue.last;
  // (Not when a pronoun after the clause's cue may stand for `other`: "while Benin sheltered its leaders".)
  const pronounAfter = () => {
    for (let k = cue.first; tokens[k] && tokens[k]!.sentence === tokens[cue.first]!.sentence && ![";", ","].includes(tokens[k]!.lower); k++) if (tokens[k]!.pos === "PRON" && REFERRING_PRONOUNS.has(tokens[k]!.lower)) return true;
    return false;
  };
  const own = cue.first > m.lastToken && !mentions.some((x) => x.actor === other.actor && x.firstToken > opener) && !pronounAfter();
  if ((!before && !own) || other.lastToken >= opener || (!BESIDE_OPENERS.has(word) && word !== AS_OPENER)) return false;
  let k = m.lastToken + 1;
  while (listing(k) && k <= m.lastToken + 12) k++;
  const firstAfter = k;
  while (tokens[k] && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV") && k <= firstAfter + 3) k++;
  const verb = tokens[k];
  if (!verb || verb.sentence !== tokens[cue.first]!.sentence || (own && cue.first < k)) return false;
  // (A past tense the tagger calls an adjective counts: "while Benin sheltered its leaders".)
  if (BESIDE_OPENERS.has(word)) return verb.pos === "VERB" || (verb.pos === "ADJ" && verb.lower.endsWith("ed")) || (k > firstAfter && tokens[k - 1]!.pos === "AUX");
  if (!ONLOOKER_VERBS.has(verb.lemma)) return false;
  return ["watch", "wait", "observe"].includes(verb.lemma) || ONLOOKER_PARTICLES.has(tokens[k + 1]?.lower ?? "");
}

function backedAside(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { backers: Set<PlacedMention>; backed: Set<PlacedMention> } | undefined {
  if (cue.class !== "cooperation" || cue.first !== cue.last || tokens[cue.first]!.pos !== "VERB" || tokens[cue.first - 1]?.lower !== "," || tokens[cue.last + 1]?.lower !== "by") return undefined;
  let close = cue.last + 2;
  while (close < tokens.length && tokens[close]!.pos !== "PUNCT") close++;
  if (tokens[close]?.lower !== ",") return undefined;
  let start = cue.first - 2;
  while (start >= 0 && tokens[start]!.pos !== "PUNCT" && !ASIDE_OPENERS.has(tokens[start]!.lower)) start--;
  const backers = new Set(mentions.filter((m) => m.firstToken > cue.last + 1 && m.lastToken < close));
  const backed = new Set(mentions.filter((m) => m.firstToken > start && m.lastToken < cue.first - 1));
  return backers.size > 0 && backed.size > 0 ? { backers, backed } : undefined;
}
/** Words that open a clause after a comma ("…, but Ghanaian forces, backed by …"). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(["but", "while", "whereas", "when", "after", "before"]);

/** Nouns of the states a body's members are ("member states", "member countries"). */
const MEMBER_NOUNS: ReadonlySet<string> = new Set(["state", "country", "nation", "government"]);
/** Words that count members without naming them ("seven member states", "several member countries"); not "other", which follows a named one ("Britain and other member governments"). */
const COUNTING_WORDS: ReadonlySet<string> = new Set(["several", "many", "some", "few", "most", "all"]);
/** Whether the cue is the word "member" before a noun of member states ("member states", "member countries"). */
function memberBeforeNoun(tokens: readonly Token[], cue: CueHit): boolean {
  return cue.first === cue.last && tokens[cue.first]!.lower === "member" && MEMBER_NOUNS.has(tokens[cue.last + 1]?.lemma.toLowerCase() ?? "");
}

/** Whether a "member" cue counts unnamed members ("envoys from seven member states", "several member countries"). */
function countedMembers(tokens: readonly Token[], cue: CueHit): boolean {
  if (!memberBeforeNoun(tokens, cue)) return false;
  const before = tokens[cue.first - 1];
  return before !== undefined && (before.pos === "NUM" || COUNTING_WORDS.has(before.lower));
}

/**
 * "…, two of the ten member states, Italy and Ireland, refused": a "member" cue before a noun of
 * member states (counted or not), a comma, and a list of names right after it; the members are the
 * listed, the body the last one of a bloc's, organisation's or court's kind named before the cue in
 * its sentence. Undefined when the words do not say so.
 */
function membersApposed(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): { body: PlacedMention; members: PlacedMention[] } | undefined {
  if (!memberBeforeNoun(tokens, cue) || tokens[cue.last + 2]?.lower !== ",") return undefined;
  const members = listedAfter(tokens, cue.last + 2, mentions).filter((m) => !m.anaphor);
  if (members.length === 0) return undefined;
  const sentence = tokens[cue.first]!.sentence;
  const body = mentions.filter((m) => m.lastToken < cue.first && tokens[m.firstToken]!.sentence === sentence && !m.anaphor && BODY_KINDS.has(actors.get(m.actor)?.kind ?? "")).at(-1);
  return body && !members.some((m) => m.actor === body.actor) ? { body, members } : undefined;
}

/**
 * "belong to the Council (CC), set up in 1965, together with the armies of A and B": the body named
 * right after "belong to" and the names listed right after a later "together with" of its sentence
 * (an article, a service's noun and "of" between: "the armies of"); no ";" between. Undefined when
 * the words do not say so.
 */
function belongingTogether(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { body: PlacedMention; members: PlacedMention[] } | undefined {
  const body = namedAfter(tokens, cue.last, mentions);
  if (!body) return undefined;
  const sentence = tokens[cue.first]!.sentence;
  for (let k = body.lastToken + 1; k + 1 < tokens.length && tokens[k]!.sentence === sentence && tokens[k]!.lower !== ";"; k++) {
    if (tokens[k]!.lower !== "together" || tokens[k + 1]!.lower !== "with") continue;
    let at = k + 1;
    if (tokens[at + 1]?.lower === "the" && SERVICE_NOUNS.has(tokens[at + 2]?.lemma.toLowerCase() ?? "") && tokens[at + 3]?.lower === "of") at += 3;
    const members = listedAfter(tokens, at, mentions).filter((m) => !m.anaphor && m.actor !== body.actor);
    return members.length > 0 ? { body, members } : undefined;
  }
  return undefined;
}

/** Whether an "allied" cue stands before a plain noun that no name is part of, with no "of" or "from" naming its owners right after ("captured allied airmen", not "allied forces of Ghana and Togo"). */
function alliedAttribute(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): boolean {
  const next = cue.last + 1;
  if (tokens[next]?.pos !== "NOUN" || mentions.some((m) => m.firstToken <= next && m.lastToken >= next)) return false;
  return !["of", "from"].includes(tokens[next + 1]?.lower ?? "");
}

/** Whether a weapon cue tells weapons fired (lexicon `WEAPON_PHRASES`): a noun of attack right after it, a verb of firing before it (articles, numbers and describing words between), a verb of flying or hitting right after it. */
function weaponFired(tokens: readonly Token[], cue: CueHit): boolean {
  const after = tokens[cue.last + 1];
  if (after && ATTACK_AFTER_WEAPON.has(after.lemma.toLowerCase())) return true;
  if (after && after.pos === "VERB" && WEAPON_FLIGHT_VERBS.has(after.lemma.toLowerCase())) return true;
  let k = cue.first - 1;
  while (k >= 0 && ["DET", "ADJ", "NUM", "PROPN"].includes(tokens[k]!.pos)) k--;
  // "fired dozens of Scud missiles", "launched a barrage of rockets": a noun of number and its "of" between.
  if (tokens[k]?.lower === "of" && QUANTITY_NOUNS.has(tokens[k - 1]?.lemma.toLowerCase() ?? "")) {
    k -= 2;
    while (k >= 0 && ["DET", "ADJ", "NUM"].includes(tokens[k]!.pos)) k--;
  }
  return k >= 0 && tokens[k]!.pos === "VERB" && FIRING_VERBS.has(tokens[k]!.lemma.toLowerCase());
}
/** Whether a weapon cue tells one's own weapons given up to another: a verb of `DISARMING_VERBS` (and "over"/"in") and a possessive pronoun right before it, "to" right after it. */
function disarmedTo(tokens: readonly Token[], cue: CueHit): boolean {
  if (tokens[cue.last + 1]?.lower !== "to" || !["its", "their", "his", "her"].includes(tokens[cue.first - 1]?.lower ?? "")) return false;
  let k = cue.first - 2;
  if (["over", "in", "up"].includes(tokens[k]?.lower ?? "")) k--;
  return k >= 0 && DISARMING_VERBS.has(tokens[k]!.lemma.toLowerCase());
}
/** Most tokens of the phrase after "against" ("against white minority rule in South Africa": 6). */
const AGAINST_REACH = 7;
/**
 * Whether an "against" cue speaks of the pair (forty-first round): one of the two named in the noun
 * phrase after it (up to `AGAINST_REACH` tokens, before a verb, a pronoun, a conjunction or a
 * punctuation mark), the other in the same sentence. An "against" that ends its clause ("Panama
 * voted against") is left to the other rules.
 */
function againstOwn(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  const sentence = tokens[cue.first]!.sentence;
  const next = tokens[cue.last + 1];
  if (!next || next.sentence !== sentence || next.pos === "PUNCT") return true;
  let end = cue.last + 1;
  while (end < cue.last + AGAINST_REACH && tokens[end + 1] && tokens[end + 1]!.sentence === sentence && !["VERB", "AUX", "PUNCT", "CCONJ", "PRON"].includes(tokens[end + 1]!.pos)) end++;
  const object = mentions.find((m) => m.firstToken > cue.last && m.firstToken <= end && (m.actor === a.actor || m.actor === b.actor));
  if (!object) return false;
  const other = object.actor === a.actor ? b : a;
  return tokens[other.firstToken]!.sentence === sentence;
}
/** Most tokens from a fighting verb to the word that names its companion ("fought the war largely with Soviet weapons and with French": 10). */
const COMPANION_REACH = 12;
/** Most tokens from "under" to "command" ("under a joint Anglo-French command": 5). */
const COMMAND_REACH = 6;
/** Words that end the fighting verb's own phrase: another clause, a relative clause. */
const COMPANION_STOPS: ReadonlySet<string> = new Set([";", "which", "who", "whose", "that", "while", "but", "whereas", "although", "though"]);
/**
 * The actors a fighting cue's own phrase names on the fighter's side (lexicon `FIGHT_PHRASES`,
 * forty-first round), with the bond it tells: "alongside X", "beside X", "on X's side", "on the side
 * of X" (alliance); "with the backing of X", "with X's support", "with Soviet weapons" (cooperation);
 * "from bases in X", "from X's territory", and "from X" right after the verb or its pronoun object
 * ("has fought them from Zambia": cooperation, a refuge). Read up to `COMPANION_REACH` tokens after
 * the cue, in its clause, before any other verb.
 */
function fightCompanions(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): { members: PlacedMention[]; cls: CueClass } | undefined {
  // … and "went to war with an arsenal bought from X" (forty-fifth round): going to war is fighting.
  if (!FIGHT_PHRASES.has(cue.phrase) && !(cue.phrase === "war" && tokens[cue.first - 1]?.lower === "to")) return undefined;
  const sentence = tokens[cue.first]!.sentence;
  const at = (k: number) => mentions.find((m) => m.firstToken === k || (m.firstToken === k + 1 && tokens[k]?.lower === "the"));
  // The token after a name and its possessive ("South Africa's", "Soviet") and up to two describing words.
  const afterName = (m: PlacedMention) => {
    let j = m.lastToken + 1;
    if (/^['’]s?$/.test(tokens[j]?.lower ?? "")) j++;
    for (let n = 0; n < 2 && tokens[j]?.pos === "ADJ"; n++) j++;
    return j;
  };
  const members: PlacedMention[] = [];
  let cls: CueClass = "cooperation";
  const take = (found: readonly PlacedMention[], as: CueClass) => {
    if (found.length === 0) return;
    members.push(...found);
    if (as === "alliance") cls = as;
  };
  for (let k = cue.last + 1; k < tokens.length && k <= cue.last + COMPANION_REACH; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || COMPANION_STOPS.has(t.lower) || (t.pos === "VERB" && k > cue.last + 1)) break;
    if (COMPANION_WORDS.has(t.lower)) take(listedAfter(tokens, k, mentions), "alliance");
    else if (t.lower === "on" && tokens[k + 1]?.lower === "the" && tokens[k + 2]?.lemma === "side" && tokens[k + 3]?.lower === "of") take(listedAfter(tokens, k + 3, mentions), "alliance");
    else if (t.lower === "on") {
      const m = at(k + 1);
      if (m && /^['’]s?$/.test(tokens[m.lastToken + 1]?.lower ?? "") && tokens[m.lastToken + 2]?.lemma === "side") take([m], "alliance");
    } else if (t.lower === "with" && tokens[k + 1]?.lower === "the" && BACKING_NOUNS.has(tokens[k + 2]?.lemma ?? "") && tokens[k + 3]?.lower === "of") take(listedAfter(tokens, k + 3, mentions), "cooperation");
    else if (t.lower === "with" && suppliedFrom(tokens, k) !== undefined) take(listedAfter(tokens, suppliedFrom(tokens, k)!, mentions).filter((m, n) => n === 0 || tokens[m.firstToken - 1]?.lower === "and"), "cooperation");
    else if (t.lower === "with") {
      const m = at(k + 1);
      if (m && BACKING_NOUNS.has(tokens[afterName(m)]?.lemma ?? "")) take([m], "cooperation");
    } else if (t.lower === "under") {
      // "fought under a joint Anglo-French command", "under Ghanaian command", "under the command of
      // Benin" (forty-third round): those whose command the fighter fought under are on its side.
      let j = k + 1;
      while (j < k + COMMAND_REACH && tokens[j] && tokens[j]!.sentence === sentence && tokens[j]!.lemma !== "command" && ["DET", "ADJ", "PROPN", "PUNCT"].includes(tokens[j]!.pos) && tokens[j]!.lower !== ",") j++;
      if (tokens[j]?.lemma !== "command") continue;
      if (tokens[j + 1]?.lower === "of") take(listedAfter(tokens, j + 1, mentions), "alliance");
      else take(mentions.filter((m) => m.firstToken > k && m.lastToken < j), "alliance");
    } else if (t.lower === "from") {
      let j = k + 1;
      if (tokens[j]?.pos === "ADJ") j++;
      const m = at(k + 1);
      if (BASE_NOUNS.has(tokens[j]?.lemma ?? "") && tokens[j + 1]?.lower === "in") take(listedAfter(tokens, j + 1, mentions), "cooperation");
      else if (m && BASE_NOUNS.has(tokens[afterName(m)]?.lemma ?? "")) take([m], "cooperation");
      else if (m && (k === cue.last + 1 || tokens[k - 1]!.pos === "PRON" || tokens[k - 1]!.pos === "ADV") && !["NOUN", "PROPN"].includes(tokens[m.lastToken + 1]?.pos ?? "")) take([m], "cooperation");
    }
  }
  return members.length > 0 ? { members, cls } : undefined;
}

/** How closely a backing noun after a deed speaks of the deed's doer and its backer, however many the deed names between them. */
const BACKED_DOER = 0.8;
/** Most tokens from the deed's verb to the "with" of its backing ("rose against Laurent Kabila in August with the backing of": 9). */
const BACKED_DEED_REACH = 10;
/**
 * "with an arsenal bought largely from X", "with rifles supplied by X": arms a fighter fought with,
 * had from the one named after "from" or "by" (forty-fifth round). The index of that "from" or "by"
 * (the one named after it, and those listed with "and", are the suppliers; not a description in
 * apposition, "Armaco, the British armaments firm"), or undefined.
 */
function suppliedFrom(tokens: readonly Token[], withAt: number): number | undefined {
  let j = withAt + 1;
  if (tokens[j]?.pos === "DET") j++;
  if (tokens[j]?.pos === "ADJ") j++;
  if (!BACKING_NOUNS.has(tokens[j]?.lemma ?? "") && !ARMS_NOUNS.has(tokens[j]?.lemma ?? "")) return undefined;
  j++;
  if (!SUPPLYING_VERBS.has(tokens[j]?.lemma ?? "")) return undefined;
  j++;
  if (tokens[j]?.pos === "ADV") j++;
  return ["from", "by"].includes(tokens[j]?.lower ?? "") ? j : undefined;
}

/** Most describing tokens between a war's possessive and the war ("their 21-year civil war": "21", "-", "year", "civil"). */
const WAR_DESCRIBING_REACH = 4;
/** Possessives that name a war's owner ("its border war with", "Togo's war against"). */
const WAR_POSSESSIVES: ReadonlySet<string> = new Set(["its", "their", "his", "her", "'s", "’s"]);

/**
 * The actors whose own war the cue names, when a possessive stands before it (describing words
 * between: "its border war", "their 21-year civil war") and "with" or "against" right after it, or
 * "in" and a name ("Italy's war in Ethiopia"): the
 * possessive's own mention ("its" read back by anaphora) or the one named right before it, and those
 * listed with that one. Undefined when the words do not say.
 */
function warOwners(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): Set<string> | undefined {
  const after = tokens[cue.last + 1]?.lower ?? "";
  // "Italy's war in Ethiopia": the war's place, named right after "in", is where the owner wages it
  // (seventy-fifth round); those who would end it are not its sides.
  if (!(["with", "against"].includes(after) || (after === "in" && mentions.some((m) => m.firstToken === cue.last + 2 || (m.firstToken === cue.last + 3 && tokens[cue.last + 2]?.lower === "the"))))) return undefined;
  let j = cue.first - 1;
  for (let n = 0; n < WAR_DESCRIBING_REACH && tokens[j] && !WAR_POSSESSIVES.has(tokens[j]!.lower) && ["ADJ", "NOUN", "NUM", "PUNCT"].includes(tokens[j]!.pos) && tokens[j]!.lower !== ","; n++) j--;
  const poss = tokens[j];
  if (!poss || !WAR_POSSESSIVES.has(poss.lower)) return undefined;
  const own = mentions.find((m) => m.firstToken <= j && m.lastToken >= j) ?? mentions.filter((m) => m.lastToken < j && tokens[m.firstToken]!.sentence === poss.sentence).sort((x, y) => y.lastToken - x.lastToken)[0];
  if (!own) return undefined;
  const out = new Set([own.actor]);
  for (const m of mentions) if (m !== own && (listed(tokens, m, own) || listed(tokens, own, m))) out.add(m.actor);
  return out;
}

/** Possessives of a side fought on ("into the war on their side"). */
const SIDE_POSSESSIVES: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our"]);

/**
 * Whether `a` and `b`, both named before the war cue in its sentence, wage it on one side: "the war
 * against X" names its enemy X, neither of them (nor "one another", "each other"), or the war is
 * fought "on their side" / "on the same side" (sixty-ninth round).
 */
function warWagedTogether(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  const next = tokens[cue.last + 1];
  if (next?.lower === "on" && (SIDE_POSSESSIVES.has(tokens[cue.last + 2]?.lower ?? "") || tokens[cue.last + 2]?.lower === "the" && tokens[cue.last + 3]?.lower === "same") && tokens.slice(cue.last + 3, cue.last + 5).some((t) => t.lemma === "side")) return true;
  if (next?.lower !== "against") return false;
  const enemies = listedAfter(tokens, cue.last + 1, mentions);
  return enemies.length > 0 && enemies.every((m) => m.actor !== a.actor && m.actor !== b.actor && tokens[m.firstToken]!.sentence === next.sentence);
}

/** Backing nouns a deed is done "with" (lexicon `BACKING_NOUNS`, those that are cues of their own). */
const BACKED_WITH: ReadonlySet<string> = new Set(["backing", "support", "help", "aid", "assistance", "blessing"]);
/**
 * "The Front rose against Togo with the backing of Ghana and Benin", "attacked Togo with Ghana's
 * support" (forty-third round): a backing noun in a phrase of manner after a verb and its object
 * ("with the backing of X", "with X's backing") is the backing of the verb's doer, not of the one the
 * deed is done to. The backers (named after "of", or owning the noun) and the objects (named between
 * the verb and "with", in its clause), the doer (named last before the verb, in its clause), and
 * the tokens of the deed (the verb up to "with").
 */
interface BackedDeed {
  backers: PlacedMention[];
  objects: PlacedMention[];
  doer?: PlacedMention;
  from: number;
  to: number;
}
function backedDeed(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): BackedDeed | undefined {
  if (!(BACKED_WITH.has(tokens[cue.first]!.lemma) || BACKED_WITH.has(tokens[cue.first]!.lower)) || cue.first !== cue.last) return undefined;
  let withAt: number;
  let backers: PlacedMention[];
  if (tokens[cue.first - 1]?.lower === "the" && tokens[cue.first - 2]?.lower === "with" && tokens[cue.last + 1]?.lower === "of") {
    withAt = cue.first - 2;
    backers = listedAfter(tokens, cue.last + 1, mentions);
  } else {
    // "with Ghana's backing", "with Ghanaian support": the owner right before the noun (a possessive between).
    let k = cue.first - 1;
    if (/^['’]s?$/.test(tokens[k]?.lower ?? "")) k--;
    const owner = mentions.find((m) => m.lastToken === k);
    if (!owner || tokens[owner.firstToken - 1]?.lower !== "with") return undefined;
    withAt = owner.firstToken - 1;
    backers = [owner];
  }
  if (backers.length === 0) return undefined;
  const sentence = tokens[withAt]!.sentence;
  // The verb of the deed: back from "with", in its clause (a comma right before "with" allowed).
  let verb = -1;
  for (let k = withAt - 1; k >= 0 && k >= withAt - BACKED_DEED_REACH; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || COMPANION_STOPS.has(t.lower) || (t.lower === "," && k !== withAt - 1)) break;
    if (t.pos === "VERB") {
      verb = k;
      break;
    }
  }
  if (verb < 0) return undefined;
  // (A phrase referring back to one the sentence names before the verb is no sure object: "The
  // RCD-ML was born when its leader broke away from the movement's Goma leadership".)
  const before = (m: PlacedMention) => m.anaphor !== undefined && mentions.some((n) => n.actor === m.actor && n.lastToken < verb && tokens[n.firstToken]!.sentence === sentence);
  const objects = mentions.filter((m) => m.firstToken > verb && m.lastToken < withAt && !before(m));
  if (objects.length === 0) return undefined;
  // The doer: the actor named last before the verb, in its clause.
  let doer: PlacedMention | undefined;
  for (let k = verb - 1; k >= 0 && tokens[k]!.sentence === sentence && !COMPANION_STOPS.has(tokens[k]!.lower) && !CLAUSE_WORDS.has(tokens[k]!.lower); k--) {
    doer = mentions.find((m) => m.lastToken === k && !m.anaphor);
    if (doer) break;
  }
  return { backers, objects, from: verb, to: withAt, ...(doer ? { doer } : {}) };
}

/** The index of the last token before `at` that is no auxiliary or adverb ("that have long fought": the "that"), or -1. */
function auxiliariesBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k--;
  return k;
}

/**
 * The index of a relative pronoun right before the cue's verb, auxiliaries and adverbs between
 * ("that have long fought"), or undefined (forty-seventh round).
 */
function relativeBefore(tokens: readonly Token[], cue: CueHit): number | undefined {
  const k = auxiliariesBefore(tokens, cue.first);
  return RELATIVE_PRONOUNS.has(tokens[k]?.lower ?? "") && tokens[k]!.sentence === tokens[cue.first]!.sentence ? k : undefined;
}

/** Words right after a fighting verb that say its co-subjects fought as one ("fought together", "fought jointly", "fought as allies"). */
const AS_ONE_AFTER: ReadonlySet<string> = new Set(["together", "jointly"]);
/** Relative pronouns that open a clause on a fighting verb's object ("the force that India armed"). */
const OBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, "whom", "whose"]);
/** Words that open a verb phrase or clause of its own after a fighting verb's object. */
const NEXT_PHRASE_WORDS: ReadonlySet<string> = new Set(["and", "until", "before", "after", "when", "while"]);
/**
 * Whether a word of `openers` between `from` and `to` is followed by a verb (pronouns, adverbs and
 * auxiliaries between: "and remain", "until it gave up", "and later recognised", "…, drove the army
 * out", "as it drove").
 */
function phraseOpensBefore(tokens: readonly Token[], from: number, to: number, openers: ReadonlySet<string> = NEXT_PHRASE_WORDS): boolean {
  for (let k = from; k < to; k++) {
    if (!openers.has(tokens[k]!.lower)) continue;
    let j = k + 1;
    while (j < to && ["PRON", "ADV", "AUX"].includes(tokens[j]!.pos)) j++;
    if (j < to && tokens[j]!.pos === "VERB") return true;
  }
  return false;
}

/** Words that may open a phrase or clause of its own after a companion's name ("…, drove", "and was"). */
const COMPANION_END_WORDS: ReadonlySet<string> = new Set([...NEXT_PHRASE_WORDS, ",", "as"]);

/** Most tokens between "helped" and the driving verb: the helped ones ("government forces", "the Ghanaian army": 3). */
const HELPED_REACH = 3;
/**
 * The index of a driving verb (lexicon `DRIVING_VERBS`: "drive", "expel", "repel" …) that a help cue
 * helps do: right after it ("helped drive", "helped to drive", "help repel") or after the helped
 * ones' words ("helped government forces drive"), followed by whom it drives ("the", a name); or
 * undefined (forty-seventh round).
 */
function helpedToDrive(tokens: readonly Token[], cue: CueHit): number | undefined {
  if (tokens[cue.first]!.lemma !== "help" || cue.first !== cue.last) return undefined;
  const sentence = tokens[cue.first]!.sentence;
  let k = cue.last + 1;
  if (tokens[k]?.lower === "to") k++;
  for (let n = 0; n <= HELPED_REACH && tokens[k] && tokens[k]!.sentence === sentence; n++, k++) {
    if (DRIVING_VERBS.has(tokens[k]!.lemma) || DRIVING_VERBS.has(tokens[k]!.lower)) return ["DET", "PROPN", "NOUN", "ADJ"].includes(tokens[k + 1]?.pos ?? "") ? k : undefined;
    if (!["DET", "PROPN", "NOUN", "ADJ"].includes(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

/** Words that make a command one over several ("a joint command", "a unified command"). */
const SHARED_WORDS: ReadonlySet<string> = new Set(["joint", "unified", "single", "combined", "common"]);
/** Whether a fighting cue is followed by words of fighting as one (`AS_ONE_AFTER`, "as allies", "as partners"). */
function foughtAsOne(tokens: readonly Token[], cue: CueHit): boolean {
  const next = tokens[cue.last + 1];
  if (!next) return false;
  if (AS_ONE_AFTER.has(next.lower)) return true;
  // "have fought under a joint command", "under a unified command" (forty-seventh round): one command
  // over the co-subjects' forces is fighting as one.
  if (next.lower === "under") {
    let j = cue.last + 2;
    if (tokens[j]?.pos === "DET") j++;
    return SHARED_WORDS.has(tokens[j]?.lower ?? "") && tokens[j + 1]?.lemma === "command";
  }
  return next.lower === "as" && ["allies", "partners", "comrades"].includes(tokens[cue.last + 2]?.lower ?? "");
}

/** `namedAfter`, with the actors listed after it ("envoys of the US, Britain and France"). */
function listedAfter(tokens: readonly Token[], k: number, mentions: readonly PlacedMention[]): PlacedMention[] {
  const first = namedAfter(tokens, k, mentions);
  if (!first) return [];
  const out = [first];
  for (let m = first; ; ) {
    const next = mentions.find((n) => n.firstToken > m.lastToken && listed(tokens, m, n));
    if (!next) return out;
    out.push(next);
    m = next;
  }
}

/**
 * Whether `a` and `b` are of the observers a sentence's "observers with" joins: `a` named before it
 * and `b` in the list right after it ("… as observers with Russia and Iran"), or both listed together
 * before it.
 */
function fellowObservers(tokens: readonly Token[], mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): boolean {
  const sentence = tokens[a.firstToken]!.sentence;
  if (tokens[b.firstToken]!.sentence !== sentence) return false;
  for (let k = a.lastToken + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (!["observer", "observers"].includes(tokens[k]!.lower) || tokens[k + 1]?.lower !== "with") continue;
    const after = listedAfter(tokens, k + 1, mentions);
    return after.includes(b) || (b.lastToken < k && sameList(tokens, mentions, a, b));
  }
  return false;
}

/** The actors listed right before token `k` ("the United States and the Soviet Union" before "as"). */
function listBefore(tokens: readonly Token[], k: number, mentions: readonly PlacedMention[]): PlacedMention[] {
  const last = mentions.find((n) => n.lastToken === k - 1);
  if (!last) return [];
  const out = [last];
  for (let m = last; ; ) {
    const prev = mentions.findLast((n) => n.lastToken < m.firstToken && listed(tokens, n, m));
    if (!prev) return out;
    out.push(prev);
    m = prev;
  }
}

/** "join X in a push", "join X in condemning": the joined actor (right after the cue, or after "the") is followed by "in" and a deed, not a date. */
function joinedInDeed(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): boolean {
  const joined = namedAfter(tokens, cue.last, mentions);
  if (!joined || tokens[joined.lastToken + 1]?.lower !== "in") return false;
  const next = tokens[joined.lastToken + 2];
  if (!next) return false;
  return ["a", "an", "the", "its", "their", "his", "her", "efforts", "effort"].includes(next.lower) || (next.pos === "VERB" && next.lower.endsWith("ing"));
}

/** The actor named right after a member noun's "of" ("members of the Arab League", "a member of NATO"). */
function ownerAfterOf(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  return tokens[cue.last + 1]?.lower === "of" ? namedAfter(tokens, cue.last + 1, mentions) : undefined;
}

/**
 * The holder and the body of a chair cue: the body named right after it ("chairs the OSCE") or
 * owning it ("the EU's rotating presidency"), the holder the nearest other actor named before it.
 */
function chairEnds(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): [string, string] | undefined {
  const isBody = (m: PlacedMention) => BODY_KINDS.has(actors.get(m.actor)?.kind ?? "");
  const after = mentions.find((m) => m.firstToken > cue.last && m.firstToken <= cue.last + 3 && isBody(m));
  const owner = mentions.find((m) => isBody(m) && /^['’]s?$/.test(tokens[m.lastToken + 1]?.lower ?? "") && m.lastToken + 1 < cue.first && cue.first - m.lastToken <= 3);
  const body = after ?? owner;
  if (!body) return undefined;
  const holder = mentions.filter((m) => m.lastToken < cue.first && m.actor !== body.actor && m !== owner).at(-1);
  // "Kikwete, the current chairman of the African Union": the noun's holder is the name it describes,
  // right before it ("Yasser Arafat, chairman of …" with no actor there names none).
  if (holder && / of$/.test(cue.phrase) && cue.first - holder.lastToken > CHAIR_NOUN_REACH) return undefined;
  return holder ? [holder.actor, body.actor] : undefined;
}

/**
 * The actors a sentence names as mediating: the agent of a passive mediation cue ("a deal brokered
 * by China"), the name a mediation participle modifies ("US-brokered"), and the subject right
 * before an active one ("Oman mediated", "Qatar has hosted").
 */
function mediatorsOf(tokens: readonly Token[], mentions: readonly PlacedMention[], cues: readonly CueHit[]): Set<string> {
  const found = new Set<string>();
  for (const cue of cues) {
    // Pressing, and a court's order, make a go-between only of the pairs they are read on (readPair).
    if (cue.class !== "mediation" || cue.negated || cue.bothSides || cue.courtOrder) continue;
    if (cue.onlyFor) {
      const named = mentions.find((m) => m.compound !== undefined && m.actor === cue.onlyFor![0]);
      if (named) found.add(named.actor);
      continue;
    }
    if (tokens[cue.last + 1]?.lower === "by") {
      let k = cue.last + 2;
      while (k < tokens.length && BEFORE_AGENT.has(tokens[k]!.lower) && !mentions.some((m) => m.firstToken === k)) k++;
      const agent = mentions.find((m) => m.firstToken === k) ?? personsActor(tokens, mentions, k);
      if (agent) found.add(agent.actor);
      continue;
    }
    // "Russian President Boris Yeltsin, who hosted the ceremony": the state named with the person "who" acts.
    if (tokens[cue.first]!.pos === "VERB" && tokens[cue.first - 1]?.lower === "who" && tokens[cue.first - 2]?.lower === ",") {
      const named = mentions.find((m) => m.lastToken < cue.first - 2 && cue.first - 2 - m.lastToken <= PERSON_NAME_WORDS && tokens.slice(m.lastToken + 1, cue.first - 2).every((t) => t.pos === "PROPN"));
      if (named) {
        found.add(named.actor);
        continue;
      }
    }
    const of = mediatorAfterOf(tokens, mentions, cue);
    if (of) {
      found.add(of.actor);
      continue;
    }
    if (tokens[cue.first]!.pos !== "VERB") continue;
    const k = auxiliariesBefore(tokens, cue.first);
    const subject = mentions.find((m) => m.lastToken === k && !m.anaphor) ?? apposedSubject(tokens, k, mentions) ?? chainedSubject(tokens, cue, mentions);
    if (subject) found.add(subject.actor);
  }
  return found;
}

/** Words before an elided or pronoun subject that carry the sentence's subject on to a later verb: "…, and will stand between", "… while it oversees". */
const CHAIN_WORDS: ReadonlySet<string> = new Set([",", "and", "while", "as", "where"]);
/**
 * "UNEF will enter Egypt …, will exclude …, and will stand between the two armies while it oversees
 * the withdrawal of …" (forty-third round): a go-between's verb whose subject is left out after
 * ", and" or a comma (auxiliaries between), or is "it"/"they" after "while", "as", "and", is the
 * sentence's subject's: the actor named right before the sentence's first verb (auxiliaries and
 * adverbs between), itself no phrase referring back.
 */
function chainedSubject(tokens: readonly Token[], cue: CueHit, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  if (tokens[cue.first]!.pos !== "VERB") return undefined;
  let k = auxiliariesBefore(tokens, cue.first);
  if (["it", "they"].includes(tokens[k]?.lower ?? "")) k--;
  else if (k === cue.first - 1) return undefined;
  if (!CHAIN_WORDS.has(tokens[k]?.lower ?? "")) return undefined;
  const sentence = tokens[cue.first]!.sentence;
  let v = k;
  while (v > 0 && tokens[v - 1]!.sentence === sentence) v--;
  while (v < k && tokens[v]!.pos !== "VERB") v++;
  if (v >= k) return undefined;
  let j = v - 1;
  while (j >= 0 && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV")) j--;
  return mentions.find((m) => m.lastToken === j && !m.anaphor);
}

/**
 * The name before an apposition that ends with the comma at token `k` ("the Carter Center, the
 * foundation of a former president, brokered": the Carter Center): the name ends right before the
 * apposition's opening comma, an article or possessive right after it, within APPOSITION_WORDS words.
 */
function apposedSubject(tokens: readonly Token[], k: number, mentions: readonly PlacedMention[]): PlacedMention | undefined {
  if (tokens[k]?.lower !== ",") return undefined;
  for (let c = k - 2; c >= 0 && k - c <= APPOSITION_WORDS; c--) {
    const t = tokens[c]!.lower;
    if (t === ";" || t === "(" || t === ")" || tokens[c]!.pos === "VERB") return undefined;
    if (t !== ",") continue;
    if (!APPOSITION_OPENERS.has(tokens[c + 1]?.lower ?? "")) return undefined;
    return mentions.find((m) => m.lastToken === c - 1 && !m.anaphor);
  }
  return undefined;
}
const APPOSITION_WORDS = 12;
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "its", "their"]);

/**
 * The mediator a mediation noun names after "of" ("under the mediation of the Government of X",
 * "the good offices of Algeria", "the mediation of Riek Machar, vice-president of the Government of
 * X"): the first actor named after it, within MEDIATOR_OF_WORDS words and before the clause's next
 * verb. Not for a verb ("mediated talks of …") nor a noun of the parties' own ("talks of the rebels").
 */
function mediatorAfterOf(tokens: readonly Token[], mentions: readonly PlacedMention[], cue: CueHit): PlacedMention | undefined {
  if (tokens[cue.last + 1]?.lower !== "of" || tokens[cue.last]!.pos !== "NOUN" || !MEDIATION_NOUNS_OF.has(tokens[cue.last]!.lower)) return undefined;
  const sentence = tokens[cue.last]!.sentence;
  for (let k = cue.last + 2; k < tokens.length && k <= cue.last + 1 + MEDIATOR_OF_WORDS && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.pos === "VERB" || tokens[k]!.lower === ";") return undefined;
    const m = mentions.find((n) => n.firstToken === k && !n.anaphor);
    if (m) return m;
  }
  return undefined;
}
/**
 * Mediation nouns whose "of" names the mediator. The go-between nouns among them (envoy, mediator)
 * are in GO_BETWEEN_NOUNS too: here they say who the sentence's mediator is (reaching through a
 * person's apposition: "the special envoy of U.N. Secretary-General Kofi Annan"), there which end of
 * a pair acts (a list after "of"). Leaving them out here brings back tajikistan's Russia mediating
 * the UN (checked 2026-12-01).
 */
const MEDIATION_NOUNS_OF: ReadonlySet<string> = new Set(["mediation", "auspices", "offices", "facilitation", "mediators", "mediator", "envoy", "envoys"]);
const MEDIATOR_OF_WORDS = 12;

/** Words of a title and a person's name between a state's name and what the person did ("Russian President Boris Yeltsin"). */
const PERSON_NAME_WORDS = 4;

/**
 * The actor a person named at token `k` stands for, by the apposition after the name ("hosted by
 * Terje Rod-Larsen, a Norwegian social scientist"): the first actor named in it, within a few words.
 */
function personsActor(tokens: readonly Token[], mentions: readonly PlacedMention[], k: number): PlacedMention | undefined {
  let j = k;
  while (j < tokens.length && (tokens[j]!.pos === "PROPN" || (tokens[j]!.lower === "-" && j > k)) && !mentions.some((m) => m.firstToken === j)) j++;
  if (j === k || j - k > PERSON_NAME_WORDS || tokens[j]?.lower !== "," || !["a", "an", "the"].includes(tokens[j + 1]?.lower ?? "")) return undefined;
  return mentions.find((m) => m.firstToken > j + 1 && m.firstToken <= j + 4 && !m.anaphor);
}

/** Words that may stand between "by" and the agent's name ("by neighbouring Oman", "by the Kremlin"). */
/** Words right before "against" that make those before it a side together ("partnership against", "united against"). */
const TOGETHER_BEFORE_AGAINST: ReadonlySet<string> = new Set(["partnership", "alliance", "coalition", "front", "cooperation", "united", "unite", "together", "ally", "allied", "pact", "force", "forces", "side", "sides"]);

const BEFORE_AGENT = new Set(["the", "neighbouring", "neighboring", "regional", "fellow"]);

/**
 * The agent of a passive cue of class `cls` ("a deal brokered by China", "talks hosted by Oman"),
 * when it is one of the pair: that end acts, wherever it stands in the sentence.
 */
function passiveAgent(tokens: readonly Token[], cls: CueClass, cues: readonly CueHit[], mentions: readonly PlacedMention[], a: PlacedMention, b: PlacedMention): PlacedMention | undefined {
  if (!CUE_CLASSES[cls].directed) return undefined;
  for (const cue of cues) {
    if (cls === "mediation" && cue.class === cls && !cue.negated) {
      const of = mediatorAfterOf(tokens, mentions, cue);
      if (of && (of.actor === a.actor || of.actor === b.actor)) return of.actor === a.actor ? a : b;
    }
    if (cue.class !== cls || tokens[cue.last + 1]?.lower !== "by") continue;
    let k = cue.last + 2;
    while (k < tokens.length && BEFORE_AGENT.has(tokens[k]!.lower) && !mentions.some((m) => m.firstToken === k)) k++;
    const agent = mentions.find((m) => m.firstToken === k);
    if (agent && (agent.actor === a.actor || agent.actor === b.actor)) return agent.actor === a.actor ? a : b;
  }
  return undefined;
}

/**
 * Which end acts for a directed class: the member (not the body), the court, the mediator — the
 * agent of a passive cue ("brokered by China") when the kinds do not say. Null when nothing says
 * (`a` then acts, a guess the text's main pair may correct: suggest.ts `mediatorOutsideMainPair`).
 */
function isReversed(
  cls: CueClass,
  a: PlacedMention,
  b: PlacedMention,
  bodyA: boolean,
  bodyB: boolean,
  kindA?: string,
  kindB?: string,
  groupOne?: Group,
  agent?: PlacedMention,
): boolean | null {
  if (cls === "membership" && bodyA !== bodyB) return bodyA; // a is the body: b is the member
  if (cls === "prosecution" && (kindA === "court") !== (kindB === "court")) return kindB === "court";
  if (agent) return agent === b;
  if (cls === "mediation" && groupOne) return groupOne.members.has(a); // the one outside the group mediates
  return null; // nothing says: `a` acts, a guess
}
