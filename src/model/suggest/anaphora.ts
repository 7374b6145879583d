/**
 * Phrases that refer back to actors just named, resolved to them so a sentence that says "the four
 * countries severed ties with Doha" or "the emirate rejected the demands" yields its pairs:
 *
 * - a counted group ("the four countries", "both sides", "the two Gulf neighbours") stands for as
 *   many actors named in the sentences before: the nearest list of exactly that many ("Saudi Arabia,
 *   the UAE, Bahrain and Egypt"), else the nearest sentence (or run of sentences back from the
 *   phrase) that names exactly that many, leaving out an actor the phrase's own sentence names ("…
 *   with Doha");
 * - a form of government ("the kingdom", "the emirate") stands for the nearest state named in the
 *   sentences before that holds that title (gazetteer.ts, data/anaphora.ts).
 *
 * Each resolved actor becomes a mention placed on the phrase's tokens, carrying the span of the
 * name it stands for (what a new actor is called). The members of one group are read as actors
 * listed together (context.ts). Nothing is resolved beyond `ANTECEDENT_SENTENCES` back, and a
 * phrase with no fitting antecedent is left alone: a wrong pair is worse than none.
 */
import type { Token } from "./nlp.ts";
import { stateWords, type GazetteerActor } from "./gazetteer.ts";
import type { PlacedMention } from "./pairs.ts";
import { ANTECEDENT_SENTENCES, NON_STATE_GROUP_NOUNS, RISING_NOUNS, OTHERS_WORDS, COUNT_WORDS, MAIN_PARTY_NOUNS, DIRECTION_WORDS, OPPOSING_WORDS, PARTY_NOUNS, SHARED_HEADS, SIDE_NOUNS, MAIN_UNLESS_LISTED_NOUNS, POSSESSIVE_REACH, DESCRIPTIONS, DESCRIPTION_SENTENCES, EXPLETIVE_AFTER_IT, GROUP_MODIFIERS, GROUP_NOUNS, POLITY_TITLES, SUBJECT_REACH, APPOSITION_GOES_ON } from "./data/anaphora.ts";
import { listed } from "./context.ts";
import { namedInsurgents } from "./insurgents.ts";

interface Anaphor {
  first: number;
  last: number;
  sentence: number;
  /** A counted group: how many, and which actors fit. */
  count?: number;
  fits: "state" | "non-state" | "any";
  /** A form of government ("kingdom"). */
  title?: string;
  /** A description ("the bloc", "the junta") or a sentence-opening "It": the kinds it may stand for ("any" for "It"). */
  described?: readonly string[] | "any";
  /** The parties as a whole, not counted ("the sides", "the warring parties"): only the text's main pair may be meant. */
  collective?: boolean;
  /** A person's government ("his government"): the state of the person named before. */
  person?: boolean;
}

const titleWords = POLITY_TITLES.map((t) => t.split(" "));

/**
 * Descriptions read only as written in lower case: "the league" stands for the league named before,
 * "the League's Assembly" is the text's own short name of it, read by the name rules (round 68).
 */
const LOWER_CASE_DESCRIPTIONS: ReadonlySet<string> = new Set(["league"]);

/** Marks after which a description's own names follow ("The alliance — the MNDAA, …"). */
const LIST_OPENERS: ReadonlySet<string> = new Set(["—", "–", ":"]);

/** The anaphoric phrases of the text, left to right; tokens inside a mention are never one. */
function findAnaphors(tokens: readonly Token[], blocked: readonly boolean[], togetherHeads: ReadonlySet<string>, nameWords: ReadonlySet<string>): Anaphor[] {
  const found: Anaphor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (blocked[i]) continue;
    // "the four countries", "both sides", "the two former rivals"
    const countAt = t.lower === "both" ? i : t.lower === "the" ? i + 1 : -1;
    const count = countAt >= 0 ? countOf(tokens[countAt]) : undefined;
    // "All three joined …", "all four have signed": "all" and a count standing alone as the subject,
    // a verb right after, stand for as many named before, as "the three countries" does.
    const allCount = t.lower === "all" ? countOf(tokens[i + 1]) : undefined;
    if (allCount !== undefined && !blocked[i + 1] && ["VERB", "AUX", "ADV"].includes(tokens[i + 2]?.pos ?? "") && tokens[i + 2]!.sentence === t.sentence) {
      found.push({ first: i, last: i + 1, sentence: t.sentence, count: allCount, fits: "any" });
      i++;
      continue;
    }
    if (count !== undefined && !blocked[countAt]) {
      for (let k = countAt + 1; k <= countAt + 1 + GROUP_MODIFIERS && k < tokens.length && !blocked[k]; k++) {
        const noun = tokens[k]!;
        const fits = GROUP_NOUNS.get(noun.lemma) ?? (NON_STATE_GROUP_NOUNS.has(noun.lemma) ? "non-state" : undefined);
        if (fits && noun.lower !== noun.lemma && tokens[k]!.sentence === t.sentence) {
          found.push({ first: i, last: k, sentence: t.sentence, count, fits });
          i = k;
          break;
        }
        if (!(noun.pos === "ADJ" || noun.pos === "PROPN" || noun.pos === "NOUN")) break;
      }
      if (found.at(-1)?.first === i || found.at(-1)?.last === i) continue;
    }
    // "the sides", "the warring parties", "the rival camps": the parties as a whole, not counted.
    if (t.lower === "the") {
      const k = collectiveAt(tokens, blocked, i);
      if (k !== undefined) {
        found.push({ first: i, last: k, sentence: t.sentence, count: 2, fits: "any", collective: true });
        i = k;
        continue;
      }
    }
    // "It said …" opening a sentence: its subject carried over.
    if (t.lower === "it" && tokens[i - 1]?.sentence !== t.sentence && !EXPLETIVE_AFTER_IT.has(tokens[i + 1]?.lemma ?? "") && !EXPLETIVE_AFTER_IT.has(tokens[i + 1]?.lower ?? "")) {
      found.push({ first: i, last: i, sentence: t.sentence, fits: "any", described: "any" });
      continue;
    }
    // "In January its coast guard signed …": an "its" near the start of its sentence, no actor named
    // before it there, stands for the subject before, as a sentence-opening "It" does.
    if (t.lower === "its" && tokens[i + 1]?.sentence === t.sentence && ownedNounAt(tokens, i + 1)) {
      let k = i;
      while (k > 0 && tokens[k - 1]!.sentence === t.sentence) k--;
      if (i - k < POSSESSIVE_REACH && !blocked.slice(k, i).some(Boolean)) {
        found.push({ first: i, last: i, sentence: t.sentence, fits: "any", described: "any" });
        continue;
      }
    }
    // "Prussia, Bavaria, Saxony and Hanover … are among its members": an "its" owning members, past
    // the states listed before it, stands for a body: the one named in the sentences before
    // (eighty-third round; resolved below only to a bloc or an organisation, the only one there).
    if (t.lower === "its" && tokens[i + 1]?.sentence === t.sentence && tokens[i + 1]!.lemma === "member" && !blocked[i + 1]) {
      found.push({ first: i, last: i, sentence: t.sentence, fits: "any", described: BODY_KINDS_OF_MEMBERS });
      continue;
    }
    // "sent troops to save his government", "her new government": the government of the person
    // named before (a leader the text bound to his state, people.ts), not of the states before it.
    // A name the text did not read before it in its sentence ("Renn accused …, and his government")
    // may be the person meant: then it is left alone.
    if (PERSON_POSSESSIVES.has(t.lower)) {
      const noun = tokens[i + 1]?.pos === "ADJ" ? i + 2 : i + 1;
      let k = i;
      while (k > 0 && tokens[k - 1]!.sentence === t.sentence) k--;
      const unread = tokens.slice(k, i).some((w, n) => w.pos === "PROPN" && !blocked[k + n]);
      if (!unread && tokens[noun]?.sentence === t.sentence && !blocked[noun] && PERSON_GOVERNMENT_NOUNS.has(tokens[noun]!.lower)) {
        found.push({ first: i, last: noun, sentence: t.sentence, fits: "state", person: true });
        i = noun;
      }
      continue;
    }
    // "the kingdom", "the Islamic Republic" (not "the Kingdom of …", a name)
    if (t.lower !== "the") continue;
    let title = false;
    for (const words of titleWords) {
      const last = i + words.length;
      if (last >= tokens.length || words.some((w, n) => tokens[i + 1 + n]!.lower !== w || blocked[i + 1 + n])) continue;
      if (tokens[last + 1]?.lower === "of" && (tokens[last + 2]?.pos === "PROPN" || tokens[last + 2]?.lower === "the")) continue;
      found.push({ first: i, last, sentence: t.sentence, fits: "state", title: words.join(" ") });
      i = last;
      title = true;
      break;
    }
    if (title) continue;
    // "the bloc", "the regional bloc", "the ruling junta" (not "the junta in Niamey", "the government of Mali": named there).
    for (let k = i + 1; k <= i + 1 + GROUP_MODIFIERS && k < tokens.length && !blocked[k] && tokens[k]!.sentence === t.sentence; k++) {
      // "the republics": the plural head of names the text joined ("the Donetsk and Lugansk People's Republics").
      // "the opposition", "the Maoists": a word of a name the text gave, as the phrase's last word.
      const next = tokens[k + 1];
      const headHere = next === undefined || next.sentence !== t.sentence || !(next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ");
      const kinds =
        (LOWER_CASE_DESCRIPTIONS.has(tokens[k]!.lower) && tokens[k]!.pos === "PROPN" ? undefined : DESCRIPTIONS.get(tokens[k]!.lower)) ?? (togetherHeads.has(tokens[k]!.lower) ? TOGETHER_KINDS : undefined) ?? (headHere && nameWordOf(tokens[k]!, nameWords) !== undefined ? TOGETHER_KINDS : undefined);
      if (kinds) {
        const next = tokens[k + 1];
        const namedAfter = next !== undefined && ["of", "in", "at", "'s", "’s"].includes(next.lower) && [k + 2, k + 3].some((n) => blocked[n] && tokens[n]?.sentence === t.sentence);
        // "The alliance — the MNDAA, the TNLA and the AA — launched …": a description whose names
        // follow after a dash or colon heads them, no phrase standing for one named before
        // (eighty-second round).
        // "The regional force, the Mission for the Consolidation of Peace …": a description opening its
        // sentence with a name in apposition right after it is that name, not one named before
        // (eighty-third round; not "After talks with the rebels, Uganda …": a clause ends there).
        const opensSentence = tokens[i - 1]?.sentence !== t.sentence;
        const listedAfter = next !== undefined && (LIST_OPENERS.has(next.lower) || (next.lower === "," && opensSentence)) && [k + 2, k + 3].some((n) => blocked[n] && tokens[n]?.sentence === t.sentence);
        // "X, the alliance of seven parties based in …": a description in apposition right after a
        // name, going on into what it says of it, is that name again, never a phrase standing for
        // another named before.
        // Not after a name that completes another noun ("a Dutch official of the EU, the mission of 200
        // monitors will …": the description may be the sentence's subject after an opening clause).
        const named = (n: number) => blocked[n] === true && tokens[n]!.sentence === t.sentence;
        const nameEnd = named(i - 2) ? i - 2 : tokens[i - 2]?.lower === ")" && named(i - 3) ? i - 3 : -1;
        let nameStart = nameEnd;
        while (nameStart > 0 && named(nameStart - 1)) nameStart--;
        const beforeName = tokens[nameStart - 1]?.lower === "the" ? tokens[nameStart - 2] : tokens[nameStart - 1];
        const appositive = nameEnd >= 0 && tokens[i - 1]?.lower === "," && beforeName?.lower !== "of" && next?.sentence === t.sentence && APPOSITION_GOES_ON.has(next.lower);
        if (!namedAfter && !listedAfter && !appositive && !(blocked[k + 1] && tokens[k + 1]?.sentence === t.sentence)) {
          found.push({ first: i, last: k, sentence: t.sentence, fits: "any", described: kinds });
          i = k;
        }
        break;
      }
      if (!(tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "VERB")) break;
    }
  }
  return found;
}

/**
 * Whether a noun phrase an "its" owns opens at token `i`: a noun or adjective, or a participle
 * before a noun ("its running costs", "its armed forces", "its ruling party"), which the tagger
 * reads as a verb (eighty-third round).
 */
function ownedNounAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === "NOUN" || t.pos === "ADJ") return true;
  const next = tokens[i + 1];
  return t.pos === "VERB" && /(?:ing|ed)$/.test(t.lower) && next?.sentence === t.sentence && next.pos === "NOUN";
}

/**
 * The last token of an uncounted collective phrase opening at "the" (token `i`): a plural of a word
 * for the parties themselves ("the sides", "the parties", "the belligerents"), or of any group noun
 * after a word that sets them against each other ("the warring generals", "the rival camps").
 */
function collectiveAt(tokens: readonly Token[], blocked: readonly boolean[], i: number): number | undefined {
  let opposed = false;
  for (let k = i + 1; k <= i + 1 + GROUP_MODIFIERS && k < tokens.length && !blocked[k] && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    const noun = tokens[k]!;
    if (OPPOSING_WORDS.has(noun.lower)) {
      opposed = true;
      continue;
    }
    const plural = noun.lower !== noun.lemma;
    if (plural && (PARTY_NOUNS.has(noun.lemma) || (opposed && GROUP_NOUNS.get(noun.lemma) === "any"))) return k;
    return undefined;
  }
  return undefined;
}

function countOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (/^\d+$/.test(t.lower)) return Number(t.lower) >= 2 ? Number(t.lower) : undefined;
  return COUNT_WORDS.get(t.lower);
}

/**
 * Mentions for the anaphoric phrases of a text, resolved against `mentions` (the gazetteer's,
 * sorted by token): one per actor a phrase stands for, placed on the phrase.
 */
export function resolveAnaphora(
  tokens: readonly Token[],
  mentions: readonly PlacedMention[],
  actors: ReadonlyMap<string, GazetteerActor>,
  blocked: readonly boolean[],
  mainParties?: readonly [string, string],
): PlacedMention[] {
  const pool = [...mentions];
  const memo = actorMemo(actors);
  const togetherHeads = new Set([...actors.values()].flatMap((a) => (a.together ? [a.together.head] : [])));
  const nameWords = new Set([...new Set(mentions.map((m) => m.actor))].flatMap((id) => ownNameWords(actors.get(id))));
  const anaphors = findAnaphors(tokens, blocked, togetherHeads, nameWords);
  // With the mentions in text order (as readText gives them) the pool stays sorted and its named
  // mentions never change, so they are looked up by index, not filtered again for each phrase
  // (issue #14); and a sentence's mentions are found by binary search when every mention and phrase
  // is in a sentence and the sentences are numbered in order. Otherwise the pool is filtered as before.
  const ordered = mentions.every((m, k) => k === 0 || mentions[k - 1]!.firstToken <= m.firstToken);
  const index = ordered ? namedIndex(mentions, memo) : undefined;
  const inSentences = (k: number) => tokens[k]!.sentence >= 0;
  let lastSentence = -1;
  const sentencesInOrder =
    ordered &&
    mentions.every((m) => inSentences(m.firstToken)) &&
    anaphors.every((a) => inSentences(a.first) && tokens[a.first]!.sentence === a.sentence) &&
    tokens.every((t) => t.sentence < 0 || (lastSentence <= t.sentence && (lastSentence = t.sentence) >= 0));
  // The first of the pool's mentions in sentence `s` or after (with sentencesInOrder).
  const sentenceStart = (s: number) => lowerBound(pool.length, (k) => sentenceOf(tokens, pool[k]!) >= s);
  const sentenceNamed = (s: number) => {
    let lo = sentenceStart(s);
    const here: PlacedMention[] = [];
    for (; lo < pool.length && sentenceOf(tokens, pool[lo]!) === s; lo++) if (!pool[lo]!.anaphor) here.push(pool[lo]!);
    return here;
  };
  const added: PlacedMention[] = [];
  let group = 0;
  const home = homeState(tokens, mentions, actors);
  const insurgents = namedInsurgents(tokens, mentions, actors);
  // The descriptions news gives the bodies this text names (data/bodies.ts `described`), so a phrase none fits is passed over at once.
  const knownWords = new Set([...new Set(mentions.map((m) => m.actor))].flatMap((id) => actors.get(id)?.described ?? []));
  for (const anaphor of anaphors) {
    const fits = (m: PlacedMention) => anaphor.fits === "any" || (anaphor.fits === "state" ? actors.get(m.actor)?.kind === "state" : NON_STATE_KINDS.has(actors.get(m.actor)?.kind ?? ""));
    // Not in the phrase's own sentence: there the names are read as they are, and an actor before
    // the phrase is more often its subject ("Iraq and Oman hosted talks between the two rivals",
    // "Spain backed the kingdom").
    // Only the title and count branches read it: filtered when one of them does.
    const before = () =>
      sentencesInOrder
        ? pool.slice(sentenceStart(anaphor.sentence - ANTECEDENT_SENTENCES), sentenceStart(anaphor.sentence)).filter(fits)
        : pool.filter((m) => fits(m) && sentenceOf(tokens, m) < anaphor.sentence && sentenceOf(tokens, m) >= anaphor.sentence - ANTECEDENT_SENTENCES);
    let antecedents: PlacedMention[] | undefined;
    // The phrase stands for the text's main pair as a whole ("both sides", "the parties").
    let asMainPair = false;
    if (anaphor.person) {
      const person = pool.findLast((m) => !m.anaphor && m.lastToken < anaphor.first && sentenceOf(tokens, m) >= anaphor.sentence - ANTECEDENT_SENTENCES && personRead(tokens, m, actors));
      if (!person) continue;
      antecedents = [person];
    } else {
    // "the rebels", "the guerrillas": the one group the text called so where it named it (insurgents.ts).
    const rising = risingAntecedent(tokens, pool, anaphor, insurgents);
    if (rising === null) continue;
    const own = rising ? undefined : anaphor.described !== undefined && anaphor.described !== "any" ? (index ? ownAntecedentIndexed(tokens, anaphor, index, memo) : ownAntecedent(tokens, pool, anaphor, actors, memo)) : undefined;
    // "the alliance", "the world body": the one body named before that news calls so (data/bodies.ts
    // `described`), unless the text's own naming says whom ("the alliance" after "the Three Brotherhood Alliance").
    const known = rising || own || knownWords.size === 0 ? undefined : knownBodyAntecedent(tokens, pool, anaphor, actors, knownWords);
    // "the government", "the new government": the government the report is about (homeState), not the nearest state named before it.
    const governing = !own && home !== undefined && anaphor.described !== undefined && anaphor.described !== "any" && GOVERNMENT_NOUNS.has(tokens[anaphor.last]!.lower) ? homeMention(pool, anaphor, home) : undefined;
    if (rising) {
      antecedents = [rising];
    } else if (known) {
      antecedents = [known];
    } else if (governing) {
      antecedents = [governing];
    } else if (own) {
      antecedents = [own];
    } else if (anaphor.described === BODY_KINDS_OF_MEMBERS) {
      // "are among its members": the body of the sentences before (`membersOwner`).
      const owner = membersOwner(tokens, pool, anaphor, actors);
      antecedents = owner ? [owner] : undefined;
    } else if (anaphor.described !== undefined) {
      const joinedHead = anaphor.described !== "any" && !DESCRIPTIONS.has(tokens[anaphor.last]!.lower);
      const one = (joinedHead ? undefined : describedAntecedent(tokens, pool, anaphor, actors, sentencesInOrder ? sentenceNamed : undefined)) ?? (index ? textAntecedentIndexed(tokens, anaphor, actors, index) : textAntecedent(tokens, pool, anaphor, actors));
      antecedents = one ? togetherWith(tokens, pool, anaphor, one, actors) : undefined;
    } else if (anaphor.title !== undefined) {
      const nearest = before().findLast((m) => actors.get(m.actor)?.titles?.includes(anaphor.title!));
      antecedents = nearest ? [nearest] : undefined;
    } else {
      // Actors the phrase's own sentence names after it are what the group acts on, not the group.
      const ownSentence = sentencesInOrder ? pool.slice(sentenceStart(anaphor.sentence), sentenceStart(anaphor.sentence + 1)) : pool;
      const after = new Set(ownSentence.filter((m) => m.firstToken > anaphor.last && sentenceOf(tokens, m) === anaphor.sentence).map((m) => m.actor));
      // "both sides", "the two delegations": the parties of the text's conflict or talks themselves,
      // the main pair before any two named just before (often a mediator and one party: "Pompeo
      // urged both sides", "Griffiths shuttled between … to bring the two sides to the table").
      const lemma = tokens[anaphor.last]!.lemma;
      const sides =
        anaphor.count === 2 && mainParties && (SIDE_NOUNS.has(lemma) || (MAIN_UNLESS_LISTED_NOUNS.has(lemma) && !listedBefore(tokens, before(), anaphor)))
          ? mainPartyAntecedents(tokens, pool, anaphor, actors, mainParties, index)
          : undefined;
      antecedents = sides ?? (anaphor.collective ? undefined : (beforeBut(tokens, ownSentence.filter(fits), anaphor) ?? ownStates(tokens, ownSentence, anaphor, actors) ?? groupAntecedents(tokens, before(), anaphor, after)));
      asMainPair = sides !== undefined;
      // "both sides", "the sides" with no pair just before: the parties the whole text is about.
      if (!antecedents && mainParties && (anaphor.collective || (anaphor.count === 2 && MAIN_PARTY_NOUNS.has(tokens[anaphor.last]!.lemma)))) {
        antecedents = mainPartyAntecedents(tokens, pool, anaphor, actors, mainParties, index);
        asMainPair = antecedents !== undefined;
      }
    }
    }
    if (!antecedents) continue;
    group++;
    const size = antecedents.length;
    const placed = antecedents.map(
      (m): PlacedMention => ({
        actor: m.actor,
        start: tokens[anaphor.first]!.start,
        end: tokens[anaphor.last]!.end,
        form: "name",
        firstToken: anaphor.first,
        lastToken: anaphor.last,
        anaphor: { group, size, referent: { start: m.anaphor?.referent.start ?? m.start, end: m.anaphor?.referent.end ?? m.end }, ...(asMainPair ? { mainPair: true } : {}) },
      }),
    );
    added.push(...placed);
    // A later phrase may refer to this one ("The four countries … The four countries …").
    pool.push(...placed);
    pool.sort((x, y) => x.firstToken - y.firstToken);
  }
  return added;
}

const sentenceOf = (tokens: readonly Token[], m: PlacedMention) => tokens[m.firstToken]!.sentence;

/**
 * Kinds of actor a counted group of movements or armed groups may stand for (NON_STATE_GROUP_NOUNS):
 * a "Union" the gazetteer reads as a bloc may be a movement ("the Zimbabwe African National Union").
 */
const NON_STATE_KINDS: ReadonlySet<string> = new Set(["non-state", "organization", "bloc"]);

/** What an "its members" may stand for. */
const BODY_KINDS_OF_MEMBERS: readonly string[] = ["bloc", "organization"];
/** Last words of a body of members that the data may hold as a state ("the German Confederation", 1815–66). */
const MEMBERS_BODY_WORDS: ReadonlySet<string> = new Set(["confederation", "federation", "union", "league", "alliance", "commonwealth"]);

/**
 * The body an "its members" stands for: the only bloc or organisation (or a state named as a body of
 * members: "the German Confederation") named in the nearest sentence before that names one; none
 * when its own sentence names one before it ("NATO said its members …": that one's, read as written).
 */
function membersOwner(tokens: readonly Token[], pool: readonly PlacedMention[], anaphor: Anaphor, actors: ReadonlyMap<string, GazetteerActor>): PlacedMention | undefined {
  const body = (m: PlacedMention) => {
    const actor = actors.get(m.actor);
    return !m.anaphor && (BODY_KINDS_OF_MEMBERS.includes(actor?.kind ?? "") || MEMBERS_BODY_WORDS.has(actor?.label.toLowerCase().split(/\s+/).at(-1) ?? ""));
  };
  if (pool.some((m) => sentenceOf(tokens, m) === anaphor.sentence && m.firstToken < anaphor.first && body(m))) return undefined;
  for (let s = anaphor.sentence - 1; s >= anaphor.sentence - DESCRIPTION_SENTENCES && s >= 0; s--) {
    const bodies = pool.filter((m) => sentenceOf(tokens, m) === s && body(m));
    if (bodies.length > 0) return new Set(bodies.map((m) => m.actor)).size === 1 ? bodies.at(-1) : undefined;
  }
  return undefined;
}

/** Possessives of a person ("his government"); "its" and "their" are a state's or a group's own. */
const PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her"]);
/** What a person heads that is his state's voice. */
const PERSON_GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(["government", "regime", "administration"]);

/**
 * A state's mention that names a person the text bound to it ("Kabila", "President Tavo Renn"):
 * proper nouns, none a word of any state's own forms (gazetteer.ts `stateWords`).
 */
function personRead(tokens: readonly Token[], m: PlacedMention, actors: ReadonlyMap<string, GazetteerActor>): boolean {
  if (m.form !== "name" || actors.get(m.actor)?.kind !== "state") return false;
  const own = stateWords();
  for (let k = m.firstToken; k <= m.lastToken; k++) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT") continue;
    if (own.has(t.lower) || t.pos !== "PROPN") return false;
  }
  return true;
}

/**
 * The body a description stands for by what news calls it alone ("the alliance": NATO, "the world
 * body": the UN, "the bloc": the EU, ASEAN, ECOWAS…; data/bodies.ts `described`), when exactly one
 * actor named before the phrase is called so: a nearer organisation of a fitting kind is as often
 * another ("Macedonia also hopes to join NATO, and takes part in the alliance's programme" after the
 * EU). Undefined when none or several are. The phrase's own sentence may name the body too ("whom
 * the African Union appointed …, his chairmanship of the continental body"): it is that body still.
 */
function knownBodyAntecedent(tokens: readonly Token[], pool: readonly PlacedMention[], anaphor: Anaphor, actors: ReadonlyMap<string, GazetteerActor>, knownWords: ReadonlySet<string>): PlacedMention | undefined {
  if (anaphor.described === undefined || anaphor.described === "any" || anaphor.last - anaphor.first > 1 + GROUP_MODIFIERS) return undefined;
  const noun = tokens[anaphor.last]!.lower;
  const phrases = [noun, anaphor.last - 1 > anaphor.first ? `${tokens[anaphor.last - 1]!.lower} ${noun}` : noun];
  if (!phrases.some((p) => knownWords.has(p))) return undefined;
  const called = (id: string) => actors.get(id)?.described?.some((d) => phrases.includes(d)) === true;
  const before = pool.filter((m) => !m.anaphor && m.firstToken < anaphor.first && called(m.actor));
  if (new Set(before.map((m) => m.actor)).size !== 1) return undefined;
  return before.at(-1);
}

/**
 * The group a description of a rising ("the rebels", "the guerrillas") stands for: the one actor
 * the text called by such a word where it named it, before the phrase, and the only one it calls so (`namedInsurgents`), at its
 * last mention before the phrase; undefined when the text called none or several so (the nearer
 * reading then decides), null when the phrase's own sentence names that group (the phrase is its
 * apposition or another group: left alone).
 */
function risingAntecedent(tokens: readonly Token[], pool: readonly PlacedMention[], anaphor: Anaphor, insurgents: ReadonlyMap<string, number>): PlacedMention | null | undefined {
  if (anaphor.described === undefined || anaphor.described === "any" || !RISING_NOUNS.has(tokens[anaphor.last]!.lower)) return undefined;
  // One group called so in the whole text, not only before the phrase: a second named later may be the one meant.
  const ids = [...insurgents].filter(([, at]) => at < anaphor.first).map(([id]) => id);
  if (ids.length !== 1 || insurgents.size !== 1) return undefined;
  const named = pool.filter((m) => m.actor === ids[0] && !m.anaphor);
  if (named.some((m) => sentenceOf(tokens, m) === anaphor.sentence)) return null;
  return named.findLast((m) => m.firstToken < anaphor.first);
}

/** Nouns for a state's government that a report uses alone for the one government it is about. */
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(["government"]);

/**
 * The state whose government a report is about, when its wording says so: the state it most often
 * names with "government" beside it ("Sri Lanka's government", "the Malian government", "the
 * government of Mali", "the government in Colombo"), strictly more often than any other: the nearest
 * state named before the phrase is as often a mediator, a host or a neighbour (over the 64 texts,
 * 23 of the 36 candidates read so were another state's, by my reading). Measured and left: taking
 * the text's main pair's one state instead, or first, or as a tie-breaker, lost signs where the main pair is misread
 * (afghanistan-doha, colombia-havana); leaving out "the Finnish government" (a mediator's, often)
 * moved as many texts down as up. Still wrong: a mediator's or host's government named twice
 * ("the Italian government" in mozambique-rome), "the government in Kinshasa" named once (angola).
 */
function homeState(tokens: readonly Token[], mentions: readonly PlacedMention[], actors: ReadonlyMap<string, GazetteerActor>): string | undefined {
  const counts = new Map<string, number>();
  const isGovernment = (k: number) => tokens[k] !== undefined && GOVERNMENT_NOUNS.has(tokens[k]!.lower);
  for (const m of mentions) {
    if (m.anaphor || actors.get(m.actor)?.kind !== "state") continue;
    const after = m.lastToken + 1;
    const possessive = tokens[after]?.lower === "'s" || tokens[after]?.lower === "’s";
    const before = m.firstToken - 1;
    const beside =
      isGovernment(after) ||
      (possessive && (isGovernment(after + 1) || (tokens[after + 1]?.pos === "ADJ" && isGovernment(after + 2)))) ||
      ((tokens[before]?.lower === "of" || tokens[before]?.lower === "in") && isGovernment(before - 1));
    if (beside) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return undefined;
  return ranked[0]![0];
}

/** The mention of the home state a phrase refers back to: the nearest named before it, else the first named after. */
function homeMention(pool: readonly PlacedMention[], anaphor: Anaphor, home: string): PlacedMention | undefined {
  const named = pool.filter((m) => m.actor === home && !m.anaphor);
  return named.findLast((m) => m.firstToken < anaphor.first) ?? named.find((m) => m.firstToken > anaphor.last);
}

/** Whether a mention is its sentence's subject: the first actor named, within its first words. */
function isSubject(tokens: readonly Token[], m: PlacedMention, sentenceMentions: readonly PlacedMention[]): boolean {
  if (sentenceMentions[0] !== m) return false;
  let k = m.firstToken;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[m.firstToken]!.sentence) k--;
  return m.firstToken - k <= SUBJECT_REACH;
}

/**
 * The actor a description ("the bloc", "the junta") or a sentence-opening "It" stands for: in the
 * nearest sentence before that names an actor of a fitting kind, the only such actor; or, when it
 * names several, its subject, if the phrase opens its own sentence too (the subject carried over).
 * "It" takes only a subject. None when that is not clear.
 */
function describedAntecedent(
  tokens: readonly Token[],
  pool: readonly PlacedMention[],
  anaphor: Anaphor,
  actors: ReadonlyMap<string, GazetteerActor>,
  sentenceNamed = (s: number) => pool.filter((m) => sentenceOf(tokens, m) === s && !m.anaphor),
): PlacedMention | undefined {
  const kinds = anaphor.described!;
  const noun = tokens[anaphor.last]!.lower;
  const fits = (m: PlacedMention) => kinds === "any" ? actors.get(m.actor)?.kind !== "person" : kindFits(actors.get(m.actor), noun, kinds) || namedBy(actors.get(m.actor), noun);
  const opens = tokens[anaphor.first - 1]?.sentence !== anaphor.sentence || (anaphor.first > 0 && tokens[anaphor.first - 2]?.sentence !== anaphor.sentence);
  for (let s = anaphor.sentence - 1; s >= anaphor.sentence - DESCRIPTION_SENTENCES && s >= 0; s--) {
    const here = sentenceNamed(s);
    // "The force is commanded by a Kenyan general … . Its running costs …": a sentence whose subject is
    // itself a phrase standing for one actor carries that actor over, not the first name after it
    // (eighty-third round).
    if (kinds === "any") {
      const lead = pool.find((m) => m.anaphor !== undefined && m.anaphor.size === 1 && sentenceOf(tokens, m) === s && (here[0] === undefined || m.firstToken < here[0].firstToken));
      // (Alone: "The government and the Platform initialled …" has two subjects.)
      const alone = lead !== undefined && !["and", "or", ","].includes(tokens[lead.lastToken + 1]?.lower ?? "");
      if (lead && alone && isSubject(tokens, lead, [lead])) return lead;
    }
    const fitting = here.filter(fits);
    if (fitting.length === 0) continue;
    const subject = here[0] !== undefined && fits(here[0]) && isSubject(tokens, here[0], here) ? here[0] : undefined;
    if (kinds === "any") return subject;
    if (new Set(fitting.map((m) => m.actor)).size === 1) return fitting[0];
    return opens ? subject : undefined;
  }
  return undefined;
}

/**
 * Whether a new actor's own name holds the description's noun: "the government" may stand for the
 * "Government of National Accord" the text introduced, whatever its kind ("the front" for the
 * "Polisario Front", "the council" for a "Transitional Council").
 */
/** Descriptions of an armed rising ("the rebels"): never a state's own army, though it is a party of its own in the text. */
const INSURGENCY_NOUNS: ReadonlySet<string> = new Set(["rebels", "insurgents", "guerrillas", "separatists", "jihadists", "militants", "insurgency"]);

/** Whether an actor is of a kind a description may stand for ("the rebels": a non-state actor, not "the Sudanese Armed Forces"). */
function kindFits(actor: GazetteerActor | undefined, noun: string, kinds: readonly string[]): boolean {
  return kinds.includes(actor?.kind ?? "") && !(actor?.armyOf !== undefined && INSURGENCY_NOUNS.has(noun));
}

function namedBy(actor: GazetteerActor | undefined, noun: string): boolean {
  if (!actor || actor.inDataset || actor.iso3 !== undefined) return false;
  return actor.label.toLowerCase().split(/[^\p{L}]+/u).includes(noun);
}

/**
 * The description a name of several words ends in, lower-case ("the alliance" for a "Three
 * Brotherhood Alliance", "the republic" for a "Sahrawi Arab Democratic Republic", "the union" for
 * the "African Union"): a new actor's name, not a state's, and not a head that more often means
 * another actor (`SHARED_HEADS`: "the government", "the group").
 */
function headOf(actor: GazetteerActor | undefined): string | undefined {
  if (!actor || actor.inDataset || actor.iso3 !== undefined || actor.kind === "person" || actor.kind === "state") return undefined;
  const words = actor.label.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const head = words.at(-1);
  if (words.length < 2 || !head || SHARED_HEADS.has(head)) return undefined;
  return DESCRIPTIONS.has(head) ? head : undefined;
}

/**
 * The actor a description stands for when the text named exactly one actor before it whose own name
 * ends in the description's noun ("the alliance" after "the Three Brotherhood Alliance", whatever
 * was named in between): the text's own naming says who is meant, a nearer actor of a fitting kind
 * does not.
 */
function ownAntecedent(tokens: readonly Token[], pool: readonly PlacedMention[], anaphor: Anaphor, actors: ReadonlyMap<string, GazetteerActor>, memo: ActorMemo = actorMemo(actors)): PlacedMention | undefined {
  const noun = tokens[anaphor.last]!.lower;
  const before = pool.filter((m) => m.firstToken < anaphor.first && !m.anaphor);
  const headed = before.filter((m) => memo.head(m.actor) === noun);
  // Failing a name that ends in it, a name the text gave that holds it ("the opposition" for the United Tajik Opposition).
  const holds = (m: PlacedMention) => !m.anaphor && nameWordOf(tokens[anaphor.last]!, memo.ownWords(m.actor)) !== undefined;
  const holding = before.filter(holds);
  // A lead that describes the party before the text names it ("the armed opposition … the United Tajik Opposition (UTO)").
  const named = headed.length > 0 ? headed : holding.length > 0 ? holding : pool.filter((m) => m.firstToken > anaphor.last && holds(m));
  if (new Set(named.map((m) => m.actor)).size === 1) return named.at(-1);
  // Several: the last, when it was named in the sentence before or the phrase's own and none of the others was.
  const last = named.reduce<PlacedMention | undefined>((x, m) => (x === undefined || m.firstToken > x.firstToken ? m : x), undefined);
  if (!last || last.firstToken > anaphor.last) return undefined;
  return isFreshest(sentenceOf(tokens, last), Math.max(-1, ...named.filter((m) => m.actor !== last.actor).map((m) => sentenceOf(tokens, m))), anaphor.sentence) ? last : undefined;
}

/**
 * Whether the last of several names that fit a description was named recently enough, and the others
 * long enough before, for the description to stand for it: "A Military Armistice Commission … . A
 * Neutral Nations Supervisory Commission will send teams … . Sweden and Switzerland were named to
 * the commission" (eighty-first round): in the sentence before the phrase or its own, the others
 * before that.
 */
function isFreshest(lastSentence: number, othersSentence: number, sentence: number): boolean {
  return lastSentence >= sentence - 1 && othersSentence < sentence - 1;
}

/** The first k in 0..n for which `atOrAfter(k)` holds (false before it, true from it on), or n. */
function lowerBound(n: number, atOrAfter: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The named mentions (not phrases resolved to them), in text order, indexed for ownAntecedentIndexed. */
interface NamedIndex {
  named: readonly PlacedMention[];
  /** Each named mention's first token, in order. */
  firsts: readonly number[];
  /** The indexes in `named` of each actor's mentions, in order. */
  byActor: ReadonlyMap<string, readonly number[]>;
  /** The actors whose name ends in a description (headOf), by that description. */
  byHead: ReadonlyMap<string, readonly string[]>;
  /** The actors whose own name has words a description may take (ownNameWords). */
  withOwnWords: readonly string[];
}

function namedIndex(mentions: readonly PlacedMention[], memo: ActorMemo): NamedIndex {
  const named = mentions.filter((m) => !m.anaphor);
  const byActor = new Map<string, number[]>();
  named.forEach((m, k) => {
    const list = byActor.get(m.actor);
    if (list) list.push(k);
    else byActor.set(m.actor, [k]);
  });
  const byHead = new Map<string, string[]>();
  const withOwnWords: string[] = [];
  for (const id of byActor.keys()) {
    const head = memo.head(id);
    if (head !== undefined) byHead.set(head, [...(byHead.get(head) ?? []), id]);
    if (memo.ownWords(id).size > 0) withOwnWords.push(id);
  }
  return { named, firsts: named.map((m) => m.firstToken), byActor, byHead, withOwnWords };
}

/**
 * ownAntecedent over the named mentions' index: the same choice, from each fitting actor's last
 * mention before the phrase (or after it), without going through every mention of the text.
 */
function ownAntecedentIndexed(tokens: readonly Token[], anaphor: Anaphor, index: NamedIndex, memo: ActorMemo): PlacedMention | undefined {
  const noun = tokens[anaphor.last]!.lower;
  const { named, firsts, byActor } = index;
  const before = lowerBound(firsts.length, (k) => firsts[k]! >= anaphor.first);
  // The last of each actor's mentions below `end`, for the actors given: how many actors have one, and the last of all.
  const lastOf = (ids: readonly string[], below: (list: readonly number[]) => number | undefined) => {
    let actors = 0;
    let last = -1;
    // The latest of the other actors' last mentions.
    let runnerUp = -1;
    for (const id of ids) {
      const k = below(byActor.get(id)!);
      if (k === undefined) continue;
      actors++;
      if (k > last) [runnerUp, last] = [last, k];
      else runnerUp = Math.max(runnerUp, k);
    }
    return { actors, last, runnerUp };
  };
  const lastBefore = (list: readonly number[]) => {
    const n = lowerBound(list.length, (k) => list[k]! >= before);
    return n > 0 ? list[n - 1] : undefined;
  };
  const headed = lastOf(index.byHead.get(noun) ?? [], lastBefore);
  const holdingIds = index.withOwnWords.filter((id) => nameWordOf(tokens[anaphor.last]!, memo.ownWords(id)) !== undefined);
  const found =
    headed.actors > 0
      ? headed
      : (() => {
          const holding = lastOf(holdingIds, lastBefore);
          if (holding.actors > 0) return holding;
          const after = lowerBound(firsts.length, (k) => firsts[k]! > anaphor.last);
          return lastOf(holdingIds, (list) => (list.at(-1)! >= after ? list.at(-1) : undefined));
        })();
  if (found.actors === 1) return named[found.last];
  if (found.actors < 2 || named[found.last]!.firstToken > anaphor.last) return undefined;
  return isFreshest(sentenceOf(tokens, named[found.last]!), sentenceOf(tokens, named[found.runnerUp]!), anaphor.sentence) ? named[found.last] : undefined;
}

/** The last named mention of `actor` before token `first`, from the index. */
function lastNamedBefore(index: NamedIndex, actor: string, first: number): PlacedMention | undefined {
  const list = index.byActor.get(actor) ?? [];
  const n = lowerBound(list.length, (k) => index.firsts[list[k]!]! >= first);
  return n > 0 ? index.named[list[n - 1]!] : undefined;
}

interface ActorMemo {
  /** headOf the actor with this id. */
  head(id: string): string | undefined;
  /** ownNameWords of the actor with this id, as a set. */
  ownWords(id: string): ReadonlySet<string>;
}

/**
 * headOf and ownNameWords by actor id, each computed once per id: resolveAnaphora asks them of every
 * mention before each description, and on a long text that is most of its time (issue #14). The
 * actors do not change while it runs.
 */
function actorMemo(actors: ReadonlyMap<string, GazetteerActor>): ActorMemo {
  const heads = new Map<string, string | undefined>();
  const own = new Map<string, ReadonlySet<string>>();
  return {
    head(id) {
      if (!heads.has(id)) heads.set(id, headOf(actors.get(id)));
      return heads.get(id);
    },
    ownWords(id) {
      let words = own.get(id);
      if (!words) own.set(id, (words = new Set(ownNameWords(actors.get(id)))));
      return words;
    },
  };
}

/**
 * The words of a name the text gave itself (learnNames: "the United Tajik Opposition (UTO)", "the
 * Communist Party of Nepal (Maoist)") that a description may take from it ("the opposition", "the
 * Maoists"), lower-case: words of four letters or more, not a head that more often means another
 * actor (`SHARED_HEADS`), nor a noun for a state or a party's forces or people (`GROUP_NOUNS`,
 * `OTHERS_WORDS`: "the army" is as often the state's).
 */
function ownNameWords(actor: GazetteerActor | undefined): string[] {
  if (!actor?.ownName || actor.kind === "person" || actor.kind === "state") return [];
  const words = actor.label.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length < 2) return [];
  // A possessive's owner inside the name ("the Refugees' Welfare Association", "the Workers' Party") is
  // whom the body serves, not the body: "the refugees" are no name for it.
  const owners = new Set([...actor.label.toLowerCase().matchAll(/(\p{L}+)['’]/gu)].map((m) => m[1]!));
  return words.filter((w) => w.length >= 4 && !owners.has(w) && !SHARED_HEADS.has(w) && !GROUP_NOUNS.has(w) && !GROUP_NOUNS.has(w.replace(/s$/, "")) && !OTHERS_WORDS.has(w) && !DIRECTION_WORDS.has(w));
}

/**
 * The word of `words` a token is, as written or in the singular ("Maoists" for "maoist"); written
 * as a proper noun, only a plural ("the Maoists", "the Tigers"): a capitalised word alone is a name
 * of its own ("the Gaza …").
 */
function nameWordOf(t: Token, words: ReadonlySet<string>): string | undefined {
  const proper = t.pos === "PROPN";
  return [t.lower, t.lemma, t.lower.replace(/s$/, "")].find((w) => words.has(w) && !(proper && !t.lower.endsWith("s")));
}

/** What the plural head of names a text joined may stand for ("the republics"). */
const TOGETHER_KINDS: readonly string[] = ["non-state", "state", "bloc", "organization"];

/** Whether a description is plural ("the separatists", "the rebels", "the republics"): it may stand for several. */
const plural = (tokens: readonly Token[], anaphor: Anaphor) => {
  const noun = tokens[anaphor.last]!.lower;
  return noun.endsWith("s") && !noun.endsWith("ss");
};

/**
 * A plural description whose actor was named together with others under one plural name ("the
 * separatists", after "the self-proclaimed Donetsk and Lugansk People's Republics") stands for all
 * of them that were named before it; a singular one, or an actor named alone, for that actor only.
 */
function togetherWith(tokens: readonly Token[], pool: readonly PlacedMention[], anaphor: Anaphor, one: PlacedMention, actors: ReadonlyMap<string, GazetteerActor>): PlacedMention[] {
  const key = actors.get(one.actor)?.together?.key;
  if (key === undefined || !plural(tokens, anaphor)) return [one];
  return distinct(pool.filter((m) => m.firstToken < anaphor.first && actors.get(m.actor)?.together?.key === key));
}

/**
 * When no sentence near a description names an actor it fits, the text as a whole may still make it
 * plain: every actor of a fitting kind named anywhere before it is one actor, or the actors of one
 * name the text joined ("the Donetsk and Lugansk People's Republics") for a plural description. Then
 * the description stands for it (them: togetherWith); otherwise it is left alone, never guessed.
 * "The republics", the joined name's own plural head, takes those actors only.
 */
function textAntecedent(tokens: readonly Token[], pool: readonly PlacedMention[], anaphor: Anaphor, actors: ReadonlyMap<string, GazetteerActor>): PlacedMention | undefined {
  const kinds = anaphor.described!;
  if (kinds === "any") return undefined;
  const noun = tokens[anaphor.last]!.lower;
  const fits = (m: PlacedMention) =>
    DESCRIPTIONS.has(noun) ? kindFits(actors.get(m.actor), noun, kinds) || namedBy(actors.get(m.actor), noun) : actors.get(m.actor)?.together?.head === noun;
  const before = pool.filter((m) => m.firstToken < anaphor.first && !m.anaphor && fits(m));
  const ids = new Set(before.map((m) => m.actor));
  const keys = new Set(before.map((m) => actors.get(m.actor)?.together?.key));
  if (ids.size === 1 || (plural(tokens, anaphor) && keys.size === 1 && !keys.has(undefined))) return before.at(-1);
  return undefined;
}

/** textAntecedent over the named mentions' index: each fitting actor's last mention before the phrase, not every mention. */
function textAntecedentIndexed(tokens: readonly Token[], anaphor: Anaphor, actors: ReadonlyMap<string, GazetteerActor>, index: NamedIndex): PlacedMention | undefined {
  const kinds = anaphor.described!;
  if (kinds === "any") return undefined;
  const noun = tokens[anaphor.last]!.lower;
  const fits = (id: string) => (DESCRIPTIONS.has(noun) ? kindFits(actors.get(id), noun, kinds) || namedBy(actors.get(id), noun) : actors.get(id)?.together?.head === noun);
  const before = lowerBound(index.firsts.length, (k) => index.firsts[k]! >= anaphor.first);
  let ids = 0;
  let last = -1;
  const keys = new Set<string | undefined>();
  for (const [id, list] of index.byActor) {
    if (list[0]! >= before || !fits(id)) continue;
    ids++;
    keys.add(actors.get(id)?.together?.key);
    last = Math.max(last, list[lowerBound(list.length, (k) => list[k]! >= before) - 1]!);
  }
  if (ids === 1 || (plural(tokens, anaphor) && keys.size === 1 && !keys.has(undefined))) return index.named[last];
  return undefined;
}

/**
 * The text's main pair (the two actors it reads together, with a stance, in the most sentences:
 * `mainPair` in suggest.ts) for a two-party phrase nothing nearer resolves, when both were named
 * before it and fit its noun ("the two capitals": states).
 */
function mainPartyAntecedents(
  tokens: readonly Token[],
  pool: readonly PlacedMention[],
  anaphor: Anaphor,
  actors: ReadonlyMap<string, GazetteerActor>,
  parties: readonly [string, string],
  index?: NamedIndex,
): PlacedMention[] | undefined {
  const found: PlacedMention[] = [];
  for (const p of parties) {
    if (anaphor.fits === "state" && actors.get(p)?.kind !== "state") return undefined;
    const last = index ? lastNamedBefore(index, p, anaphor.first) : pool.findLast((m) => m.actor === p && m.firstToken < anaphor.first && !m.anaphor);
    if (!last) return undefined;
    found.push(last);
  }
  return found;
}

/** The last mention of each distinct actor among `ms`, in text order. */
function distinct(ms: readonly PlacedMention[]): PlacedMention[] {
  const last = new Map<string, PlacedMention>();
  for (const m of ms) {
    last.delete(m.actor);
    last.set(m.actor, m);
  }
  return [...last.values()];
}

/** Runs of mentions listed together ("Iraq, Oman and Qatar"), in text order. */
function lists(tokens: readonly Token[], ms: readonly PlacedMention[]): PlacedMention[][] {
  const runs: PlacedMention[][] = [];
  for (const m of ms) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    if (run && prev && (prev.firstToken === m.firstToken || listed(tokens, prev, m))) run.push(m);
    else runs.push([m]);
  }
  return runs;
}

/**
 * A counted group after "but" in its own sentence that names exactly as many actors before it, the
 * clause before "but" told of them ("A fought beside B in the assault, but relations between the two
 * rebel forces have soured"): those actors. Only after "but" or a semicolon, and only for a relation
 * between them ("relations between", "ties between"): a group that acts after "but" may be others
 * ("A and B hosted talks, but the two rivals walked out").
 */
function beforeBut(tokens: readonly Token[], own: readonly PlacedMention[], anaphor: Anaphor): PlacedMention[] | undefined {
  const s = anaphor.sentence;
  if (tokens[anaphor.first - 1]?.lower !== "between" || !RELATION_NOUNS_BEFORE_BETWEEN.has(tokens[anaphor.first - 2]?.lemma ?? "")) return undefined;
  let k = anaphor.first - 1;
  while (k >= 0 && tokens[k]!.sentence === s && tokens[k]!.lower !== "but" && tokens[k]!.lower !== ";") k--;
  if (k < 0 || tokens[k]!.sentence !== s) return undefined;
  if (own.some((m) => !m.anaphor && m.firstToken > k && m.lastToken < anaphor.first)) return undefined;
  // Not a city named as a place ("the assault on Freetown").
  const ids = distinct(own.filter((m) => !m.anaphor && !cityAsPlace(tokens, m) && sentenceOf(tokens, m) === s && m.lastToken < k));
  return ids.length === anaphor.count ? ids : undefined;
}

/**
 * "Syria and Libya, together with Algeria, South Yemen and the PLO, formed a front …, and Cairo broke
 * off relations with the four states": a group of three or more states counted after a clause of
 * its own sentence that names exactly as many states (no city named as a place) other than those
 * its own clause names (its subject, Cairo): those states (eightieth round). A group of two is left
 * to the sentences before, as an actor before "the two rivals" is more often its subject.
 */
function ownStates(tokens: readonly Token[], own: readonly PlacedMention[], anaphor: Anaphor, actors: ReadonlyMap<string, GazetteerActor>): PlacedMention[] | undefined {
  if (anaphor.fits !== "state" || (anaphor.count ?? 0) < 3) return undefined;
  const s = anaphor.sentence;
  // The phrase's clause: back to the last comma or semicolon before it.
  let k = anaphor.first - 1;
  while (k >= 0 && tokens[k]!.sentence === s && tokens[k]!.lower !== "," && tokens[k]!.lower !== ";") k--;
  if (k < 0 || tokens[k]!.sentence !== s) return undefined;
  const named = own.filter((m) => !m.anaphor && sentenceOf(tokens, m) === s && m.lastToken < anaphor.first && actors.get(m.actor)?.kind === "state" && !cityAsPlace(tokens, m));
  const inClause = new Set(named.filter((m) => m.firstToken > k).map((m) => m.actor));
  const ids = distinct(named.filter((m) => !inClause.has(m.actor)));
  return ids.length === anaphor.count ? ids : undefined;
}

/** A city named as a place, after a preposition ("the assault on Freetown", "a front formed in Tripoli"), not as its state. */
const cityAsPlace = (tokens: readonly Token[], m: PlacedMention) => m.form === "metonym" && tokens[m.firstToken - 1]?.pos === "ADP";

/** Nouns of a relation before "between" ("relations between the two", "ties between the two neighbours"). */
const RELATION_NOUNS_BEFORE_BETWEEN: ReadonlySet<string> = new Set(["relation", "relations", "tie", "ties", "relationship"]);

/** Whether a sentence before a counted group's, within reach, lists exactly as many actors as it counts ("Armenia and Azerbaijan"). */
function listedBefore(tokens: readonly Token[], before: readonly PlacedMention[], anaphor: Anaphor): boolean {
  for (let s = anaphor.sentence - 1; s >= anaphor.sentence - ANTECEDENT_SENTENCES && s >= 0; s--) {
    const here = before.filter((m) => sentenceOf(tokens, m) === s);
    if (lists(tokens, here).some((run) => run.length > 1 && distinct(run).length === anaphor.count)) return true;
  }
  return false;
}

/**
 * The actors a counted group stands for, nearest first: in each sentence before the phrase's, a
 * list of exactly `count` actors, else the sentence's actors if they are `count`, else the actors of
 * the sentences from there to the phrase if they are `count` (each also without those named after
 * the phrase in its sentence).
 */
function groupAntecedents(tokens: readonly Token[], before: readonly PlacedMention[], anaphor: Anaphor, after: ReadonlySet<string>): PlacedMention[] | undefined {
  const count = anaphor.count!;
  const exactly = (ms: readonly PlacedMention[]): PlacedMention[] | undefined => {
    for (const candidates of [distinct(ms), distinct(ms.filter((m) => !after.has(m.actor)))]) if (candidates.length === count) return candidates;
    return undefined;
  };
  for (let s = anaphor.sentence - 1; s >= anaphor.sentence - ANTECEDENT_SENTENCES && s >= 0; s--) {
    const here = before.filter((m) => sentenceOf(tokens, m) === s);
    for (const run of lists(tokens, here).reverse()) {
      const ids = distinct(run);
      if (ids.length === count) return ids;
    }
    const found = exactly(here) ?? exactly(before.filter((m) => sentenceOf(tokens, m) >= s));
    if (found) return found;
  }
  return undefined;
}
