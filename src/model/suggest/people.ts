/**
 * People a text names with their office, bound to the actor they speak for: "Venezuelan President
 * Nicolás Maduro", "Ethiopia's prime minister, Abiy Ahmed", "President Ruto of Kenya", "the prime
 * minister of Saint Lucia, Philip Pierre", "Abiy Ahmed, Ethiopia's prime minister", and — with an
 * office named just before — "Thérèse Kayikwamba Wagner of Congo". For the rest of that text the
 * person's full name, surname ("Maduro") and, for a longer name, its last two words ("Al Thani")
 * are forms of that actor, as names the text introduces are (gazetteer.ts learnNames). A surname
 * bound to two actors in one text names neither. Word lists in data/titles.ts.
 */
import { actorNamed, findMentions, spacedApart, squashName, stateByIso, wordsOf, type Gazetteer, type LearnedName, type Mention, type Word } from "./gazetteer.ts";
import { HONORIFICS, LIST_REACH, MAX_PERSON_WORDS, NAME_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_OF, TITLE_REACH } from "./data/titles.ts";
import { NAME_HEADS } from "./data/names.ts";
import { leaderKey, leaderState, reignState } from "./data/leaders.ts";

const isCapitalised = (w: Word) => /^\p{Lu}/u.test(w.text);
/** Most words between "whose" / "who leads" and the actor it names ("whose self-styled Libyan National Army": 2). */
const OWNED_REACH = 2;
/** "better known as", "widely known as": words between the comma and "known as". */
/** "… has named [office] Name as its special envoy": the appointing actor's person (group 1: the words from "as" on). */
const ENVOY_NAMED = /\b(?:named|appointed|nominated|chose|picked|tapped)\s+[^.;]{3,80}?\s+(as\s+(?:its|their)\s+(?:new\s+)?(?:special\s+|personal\s+|chief\s+)?(?:envoy|representative|mediator|negotiator))\b/gu;
/** Words between an actor and the verb that names its envoy ("The United Nations has named"). */
const AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"]);
/** Kinds of actor a person's possessive may open the name of ("Odinga's Orange Democratic Movement"). */
const OWNED_KINDS: ReadonlySet<string> = new Set(["organization", "non-state", "bloc"]);
const KNOWN_AS_ADVERBS: ReadonlySet<string> = new Set(["better", "widely", "popularly", "commonly", "also"]);
const ARTICLE_WORDS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "his", "her", "their"]);
/** ", who leads the …": a person heading the actor named next. */
const WHO_LEADS = /,\s+who\s+(?:leads|led|heads|headed|commands|commanded|founded|runs)\s+/gu;
/**
 * ", who is chairman of the …", ", who was the leader of …": a person the text says heads the actor
 * named after "of" (an office with "of", where WHO_LEADS has a verb).
 */
const WHO_IS_HEAD_OF = /,\s+who\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|still\s+|now\s+)?(?:the\s+)?(?:chairman|chairwoman|chairperson|chair|leader|head|chief|president|secretary-general|commander)\s+of\s+/gu;
/** ", led by …" after a group's name: the person after it (past a description) heads the group. */
const COMMA_LED_BY = /,\s+led\s+by\s+/gu;
/** "former" or "ex-" right before an office's words (two at most, a people-word among them) and the name after them. */
const FORMER_TITLE_BEFORE = /(?:^|[^\p{L}])(?:former|ex-)\s*(?:\p{L}[\p{L}'’-]*\s+){1,3}$/iu;
/** Most lower-case words of a description between "led by" and the name ("former rebel commander"). */
const LED_BY_DESCRIPTION = 3;
/** "known as Barbecue who leads …": a nickname (group 1) after a person's description, before the party the person heads. */
const NICK_WHO_LEADS = /\bknown\s+as\s+(\p{Lu}[\p{L}\p{M}'’-]*)\s+who\s+(?:leads|led|heads|headed|commands|commanded|founded|runs)\s+/gu;
/**
 * "a hardline faction led by Hassan Aweys, known as ARS-Asmara": a group described by a common noun,
 * the person who leads it (group 1), and the name it is known by after the comma.
 */
const LED_BY_KNOWN_AS = /\b(?:faction|wing|group|militia|movement|splinter|offshoot)\s+led\s+by\s+([^,.;()]{3,60}),\s+(?:better\s+|widely\s+|also\s+)?known\s+as\s+/gu;
/** An office, in the singular or the plural ("presidents", "foreign ministers"). */
const isHead = (w: string) => TITLE_HEADS.has(w) || (w.endsWith("s") && TITLE_HEADS.has(w.slice(0, -1)));

/** Words before an office that name no owner, capitalised when they open a sentence ("The Secretary-General …", "Former Secretary-General …"). */
const NO_OWNER_WORDS: ReadonlySet<string> = new Set(["the", "former", "then", "late", "acting"]);
/** Possessives before an office that name its owner otherwise ("its secretary-general"). */
const OWNER_WORDS: ReadonlySet<string> = new Set(["its", "their", "his", "her", "whose", "our"]);

/** The people `text` names with an office and an actor, as forms of that actor (for withLearnedNames). */
export function learnPeople(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): LearnedName[] {
  const mentions = findMentions(text, gazetteer, words).filter((m) => gazetteer.actors.get(m.actor)?.kind !== "person");
  const endingAt = new Map<number, Mention>();
  const startingAt = new Map<number, Mention>();
  const wordAt = new Map<number, number>(); // word start offset → index
  words.forEach((w, i) => wordAt.set(w.start, i));
  const lastWordOf = (m: Mention) => words.findIndex((w) => w.end === m.end);
  for (const m of mentions) {
    const first = wordAt.get(m.start);
    const last = lastWordOf(m);
    if (first !== undefined && last >= 0) {
      startingAt.set(first, m);
      endingAt.set(last, m);
    }
  }
  // A one-word name of a group or a body may be a person's name too ("Kayikwamba Wagner"; "Ali", which
  // the text elsewhere "called"): only a state's name, or a name of two words or more, ends a person's.
  const inMention = new Set<number>();
  const blocking = (m: Mention) => gazetteer.actors.get(m.actor)?.kind === "state" || /\s/.test(text.slice(m.start, m.end));
  for (const m of mentions.filter(blocking)) for (let k = wordAt.get(m.start) ?? -1; k >= 0 && k < words.length && words[k]!.start < m.end; k++) inMention.add(k);

  const between = (i: number) => (i + 1 < words.length ? text.slice(words[i]!.end, words[i + 1]!.start) : "");
  const joined = (i: number) => /^[ \t]+$|^-$/.test(between(i));

  /** The last word of an office starting at word `i` ("Prime Minister", "Secretary of State"), or -1. */
  const titleAt = (i: number): number => {
    let last = -1;
    for (let k = i; k < words.length; k++) {
      const w = words[k]!.lower;
      if (isHead(w)) last = k;
      else if (w === "of" && last === k - 1 && TITLE_OF.has(words[k + 1]?.lower ?? "") && !startingAt.has(k + 1)) {
        last = k + 1;
        k++;
      } else if (!TITLE_MODIFIERS.has(w)) break;
      if (!joined(k)) break;
    }
    return last;
  };

  /** A person's name starting at word `i`: capitalised words (particles inside), not an actor's name; [first, last] or undefined. */
  const nameFrom = (i: number): [number, number] | undefined => {
    const first = words[i];
    if (!first || !isCapitalised(first) || inMention.has(i) || TITLE_HEADS.has(first.lower)) return undefined;
    let j = i;
    while (j + 1 < words.length && j + 1 - i < MAX_PERSON_WORDS && joined(j) && !inMention.has(j + 1) && (isCapitalised(words[j + 1]!) || NAME_PARTICLES.has(words[j + 1]!.lower))) j++;
    while (j > i && NAME_PARTICLES.has(words[j]!.lower)) j--;
    return plausible(i, j) ? [i, j] : undefined;
  };
  /** Backwards from word `j`: a name of at least two words ending there. */
  const nameTo = (j: number): [number, number] | undefined => {
    if (j < 0 || !isCapitalised(words[j]!) || inMention.has(j)) return undefined;
    let i = j;
    while (i > 0 && j - i + 1 < MAX_PERSON_WORDS && joined(i - 1) && !inMention.has(i - 1) && (isCapitalised(words[i - 1]!) || NAME_PARTICLES.has(words[i - 1]!.lower))) i--;
    // "General Mohamed Hamdan Dagalo": the rank or office before the name is no part of it.
    while (i < j && (NAME_PARTICLES.has(words[i]!.lower) || TITLE_HEADS.has(words[i]!.lower) || HONORIFICS.has(words[i]!.lower))) i++;
    return j > i && plausible(i, j) ? [i, j] : undefined;
  };
  /**
   * The name ending at word `j`, or, when word `j` is a nickname the name is "known as" ("General
   * Mohamed Hamdan Dagalo, known as Hemedti, who leads …"), the name before it.
   */
  const personTo = (j: number): [number, number] | undefined => {
    const name = nameTo(j);
    if (name) return name;
    const nick = nicknameAt(j);
    return nick !== undefined ? nameTo(nick) : undefined;
  };
  /** When word `j` ends ", [better] known as Nick": the last word of the name before the comma. */
  const nicknameAt = (j: number): number | undefined => {
    if (j < 3 || words[j - 1]!.lower !== "as" || words[j - 2]!.lower !== "known" || !isCapitalised(words[j]!)) return undefined;
    const k = KNOWN_AS_ADVERBS.has(words[j - 3]!.lower) ? j - 4 : j - 3;
    return k >= 0 && /^,\s+$/.test(between(k)) ? k : undefined;
  };
  /** When word `j` is a surname alone, the first full name of two words or more ending in that word before it, else undefined. */
  const fullNameOf = (j: number): [number, number] | undefined => {
    if (!isCapitalised(words[j]!) || inMention.has(j) || !plausible(j, j) || (j > 0 && joined(j - 1) && isCapitalised(words[j - 1]!))) return undefined;
    for (let k = 1; k < j; k++) {
      if (words[k]!.text !== words[j]!.text) continue;
      const name = nameTo(k);
      if (name && name[1] === k) return name;
    }
    return undefined;
  };
  /** Not an office, a body ("Bank", "Council") or honorifics only. */
  const plausible = (i: number, j: number) => {
    const ws = words.slice(i, j + 1);
    return ws.every((w) => !TITLE_HEADS.has(w.lower) && !NAME_HEADS.has(w.lower)) && ws.some((w) => !HONORIFICS.has(w.lower) && !NAME_PARTICLES.has(w.lower));
  };
  /** The state of a leader named by words `name` (honorifics left out), when the bundled list knows the name. */
  const leaderOf = ([i, j]: [number, number]): string | undefined => {
    while (i < j && HONORIFICS.has(words[i]!.lower)) i++;
    const iso3 = j > i ? leaderState(leaderKey(text.slice(words[i]!.start, words[j]!.end)), gazetteer.year) : undefined;
    // Kosovo has no ISO code: its id (XKX) stands for it.
    return iso3 ? (stateByIso(gazetteer, iso3) ?? (gazetteer.actors.get(iso3)?.kind === "state" ? iso3 : undefined)) : undefined;
  };
  /** The actor whose name ends right before word `t` ("Venezuelan President", "Ethiopia's prime minister"). */
  const actorBefore = (t: number): Mention | undefined => {
    if (t < 1) return undefined;
    if (words[t - 1]!.lower === "s" && /^['’]$/.test(between(t - 2)) && /^\s+$/.test(between(t - 1))) return endingAt.get(t - 2);
    return /^[ \t]+$/.test(between(t - 1)) ? endingAt.get(t - 1) : undefined;
  };
  /**
   * "Jordan, whose King Hussein denounced …", "Ruritania, whose prime minister, Ivo Marek, …": the
   * state named right before ", whose" and an office at word `t` is the office-holder's (the state's
   * king or president is a form of the state, as "Jordan's King Hussein" is), not an actor of his own.
   */
  const whoseState = (t: number): Mention | undefined => {
    if (t < 2 || words[t - 1]!.lower !== "whose" || !/^,\s+$/.test(between(t - 2))) return undefined;
    const m = endingAt.get(t - 2);
    return m && gazetteer.actors.get(m.actor)?.kind === "state" ? m : undefined;
  };
  /** An actor whose mention is the title's first words ("army chief General …", when "army" names a learned army). */
  const actorOpening = (t: number, te: number): Mention | undefined => {
    const m = startingAt.get(t);
    const last = m ? lastWordOf(m) : -1;
    return m && last < te ? m : undefined;
  };
  /**
   * A name used as a modifier ("the UN-recognised Government of …", "the Saudi-led coalition") gives
   * way to the name it modifies, when one follows within three words: that is what the phrase names.
   */
  const modified = (m: Mention): Mention => {
    const last = lastWordOf(m);
    if (!/^-\p{Ll}/u.test(text.slice(m.end, m.end + 2))) return m;
    for (let k = last + 2; k <= last + 4 && k < words.length; k++) if (startingAt.has(k)) return startingAt.get(k)!;
    return m;
  };
  /** "of [the] Venezuela" at word `k`: the actor and its last word. */
  const ofActor = (k: number): { mention: Mention; last: number } | undefined => {
    if (words[k]?.lower !== "of") return undefined;
    const first = startingAt.get(k + 1) ?? (words[k + 1]?.lower === "the" ? startingAt.get(k + 2) : undefined);
    const m = first ? modified(first) : undefined;
    return m ? { mention: m, last: lastWordOf(m) } : undefined;
  };
  /**
   * "whose [self-styled] Libyan National Army" at word `k` (after an office: "Khalifa Haftar, the
   * commander whose …"), or "who leads [the] Houthi movement": the actor the person's own force,
   * party or movement is, named within `OWNED_REACH` words that are no article (an article opens
   * another phrase: "whose country holds the EU's presidency" is about the country).
   */
  const ownedActor = (k: number): { mention: Mention; last: number } | undefined => {
    for (let n = k; n < k + 1 + OWNED_REACH && n < words.length; n++) {
      const m = startingAt.get(n);
      if (m) return { mention: modified(m), last: lastWordOf(modified(m)) };
      if (ARTICLE_WORDS.has(words[n]!.lower) && !(n === k && words[k - 1]?.lower !== "whose")) return undefined;
    }
    return undefined;
  };

  /** People bound to actors; `listed` when the state is the bundled list's, no office's the text ties to one. */
  const bound: Array<{ actor: string; first: number; last: number; listed?: boolean }> = [];
  /** The first "Name and Name" within `LIST_REACH` words from word `from` (both of two words or more), bound to `actors` in order. */
  const listedNames = (from: number, actors: readonly [string, string]) => {
    for (let k = from; k < words.length && k < from + LIST_REACH; k++) {
      const one = isCapitalised(words[k]!) ? nameFrom(k) : undefined;
      if (!one || one[1] === one[0] || words[one[1] + 1]?.lower !== "and") continue;
      const two = nameFrom(one[1] + 2);
      if (two && two[1] > two[0]) bound.push({ actor: actors[0], first: one[0], last: one[1] }, { actor: actors[1], first: two[0], last: two[1] });
      return;
    }
  };
  for (let t = 0; t < words.length; t++) {
    const te = titleAt(t);
    if (te < 0) continue;
    const before = actorBefore(t) ?? actorOpening(t, te) ?? whoseState(t);
    const of = ofActor(te + 1) ?? (words[te + 1]?.lower === "whose" ? ownedActor(te + 2) : undefined);
    let name: [number, number] | undefined;
    let actor = before?.actor;
    if (of) {
      // "the prime minister of Saint Lucia, Philip Pierre"
      actor ??= of.mention.actor;
      if (/^,\s+$/.test(between(of.last))) name = nameFrom(of.last + 1);
    } else if (/^(?:[ \t]+|,\s+)$/.test(between(te))) {
      name = nameFrom(te + 1);
      // "President Nicolás Maduro of Venezuela"
      if (name && !actor) actor = ofActor(name[1] + 1)?.mention.actor;
    }
    // "Abiy Ahmed, Ethiopia's prime minister": the name before the comma that opens the apposition.
    // "Ralph Gonsalves, the prime minister of St Vincent": before "the" office "of" the actor.
    if (!name && (before || of)) {
      let k = before ? wordAt.get(before.start)! : t;
      if (words[k - 1]?.lower === "the" && /^[ \t]+$/.test(between(k - 1))) k--;
      if (k > 0 && /^,\s+$/.test(between(k - 1))) name = personTo(k - 1);
    }
    // "The presidents of Venezuela and Guyana …, Nicolás Maduro and Irfaan Ali": names listed in the same order, just after.
    if (!name && !before && of && words[te]!.lower.endsWith("s") && words[of.last + 1]?.lower === "and") {
      const second = startingAt.get(of.last + 2);
      if (second) listedNames(lastWordOf(second) + 1, [of.mention.actor, second.actor]);
    }
    // "President Barack Obama", no state beside him: a leader the bundled list knows.
    const listed = name !== undefined && !actor;
    if (name && !actor) actor = leaderOf(name);
    if (name && actor) bound.push({ actor, first: name[0], last: name[1], ...(listed ? { listed } : {}) });
    t = te;
  }
  // "Abdul-Malik al-Houthi, who leads the Houthi movement": a person heading an actor, no office named.
  // The surnames of people the text says lead an actor: what the text says wins over the bundled list of leaders.
  const leading = new Set<string>();
  // "Arafat, who is chairman of the Palestine Liberation Organisation": the office's body, as with
  // "who leads"; what the text says of the person wins over any other binding of the same surname
  // (a people-word in an apposition elsewhere, the bundled list), as a named envoy's errand does.
  const headOf = [...text.matchAll(WHO_IS_HEAD_OF)];
  for (const m of [...text.matchAll(WHO_LEADS), ...headOf]) {
    const comma = words.findLastIndex((w) => w.end <= m.index);
    const k = words.findIndex((w) => w.start >= m.index + m[0].length);
    const owned = k >= 0 ? ownedActor(k) : undefined;
    if (owned && headOf.includes(m) && comma >= 0 && words[comma]!.end === m.index) {
      // ("Arafat, who is …" after "Yasser Arafat": a surname alone, of a full name the text wrote before.)
      const full = personTo(comma) ? undefined : fullNameOf(comma);
      const name = personTo(comma) ?? (full ? ([comma, comma] as [number, number]) : undefined);
      if (!name) continue;
      const surname = words[name[1]]!.text;
      for (const b of bound.filter((x) => words[x.last]!.text === surname)) bound.splice(bound.indexOf(b), 1);
      bound.push({ actor: owned.mention.actor, first: name[0], last: name[1] });
      if (full) bound.push({ actor: owned.mention.actor, first: full[0], last: full[1] });
      leading.add(surname);
      continue;
    }
    if (headOf.includes(m)) continue;
    const atComma = comma >= 0 && words[comma]!.end === m.index;
    let name = atComma ? personTo(comma) : undefined;
    // "Machar, who leads …" after "Riek Machar": a surname alone, of a full name the text wrote before.
    const full = !name && atComma ? fullNameOf(comma) : undefined;
    if (full) {
      name = [comma, comma];
      if (owned && !bound.some((b) => b.first === full[0])) bound.push({ actor: owned.mention.actor, first: full[0], last: full[1] });
    }
    if (owned && name && !bound.some((b) => b.first === name[0])) {
      bound.push({ actor: owned.mention.actor, first: name[0], last: name[1] });
      leading.add(words[name[1]]!.text);
    }
  }
  // "The Front, led by former general Ivo Marek, took the town": a group's name, a comma and "led by"
  // a person (a lower-case description before the name): the person heads the group, as with "who
  // leads", and what the text says wins over the bundled list of leaders (a later office elsewhere).
  for (const m of text.matchAll(COMMA_LED_BY)) {
    const comma = words.findLastIndex((w) => w.end <= m.index);
    // (… or its short form in brackets: "the Union for Renewal (UFR), led by …")
    const owner = comma >= 0 && /^\)?$/.test(text.slice(words[comma]!.end, m.index)) ? endingAt.get(comma) : undefined;
    if (!owner || !OWNED_KINDS.has(gazetteer.actors.get(owner.actor)?.kind ?? "")) continue;
    let k = words.findIndex((w) => w.start >= m.index + m[0].length);
    for (let n = 0; k >= 0 && n < LED_BY_DESCRIPTION && k < words.length && /^\p{Ll}/u.test(words[k]!.text); n++) k++;
    const name = k >= 0 && k < words.length ? nameFrom(k) : undefined;
    if (!name || name[1] === name[0] || bound.some((b) => b.first === name[0])) continue;
    bound.push({ actor: owner.actor, first: name[0], last: name[1] });
    leading.add(words[name[1]]!.text);
  }
  // "talks between Kibaki's Party of National Unity and Odinga's Orange Democratic Movement": a person
  // the bundled list of leaders reads as a state, whose possessive opens a party's or a group's name,
  // leads that party in this text: what the text says wins over the list, as with "who leads" (not
  // over a state the text itself gives the person: "Kenya's President …"). A person the list does not
  // know is left as the text otherwise reads them.
  for (const m of mentions) {
    const kind = gazetteer.actors.get(m.actor)?.kind;
    const first = wordAt.get(m.start);
    if (kind === undefined || !OWNED_KINDS.has(kind) || first === undefined || first < 2 || words[first - 1]!.lower !== "s" || !/^['’]$/.test(between(first - 2)) || !/^[ \t]+$/.test(between(first - 1))) continue;
    const k = first - 2;
    const full = fullNameOf(k);
    const name = full ?? personTo(k);
    if (!name) continue;
    const surname = words[name[1]]!.text;
    const same = bound.filter((b) => words[b.last]!.text === surname);
    if (same.some((b) => !b.listed) || leaderOf(name) === undefined) continue;
    for (const b of same) bound.splice(bound.indexOf(b), 1);
    bound.push({ actor: m.actor, first: name[0], last: name[1] });
    if (full) bound.push({ actor: m.actor, first: k, last: k });
    leading.add(surname);
  }
  // "Jimmy Chérizier, a former police officer known as Barbecue who leads the … coalition": the
  // person, described between commas and a nickname, heads the actor; the nickname is a form of it too.
  const nicknames = new Map<number, number>();
  for (const m of text.matchAll(NICK_WHO_LEADS)) {
    const k = words.findIndex((w) => w.start >= m.index + m[0].length);
    const owned = k >= 0 ? ownedActor(k) : undefined;
    const description = /,\s+(?:a|an|the)\s+[\p{Ll}\s-]+$/u.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const comma = description ? words.findLastIndex((w) => w.end <= m.index - description[0].length) : -1;
    const name = comma >= 0 ? nameTo(comma) : undefined;
    if (!owned || !name || bound.some((b) => b.first === name[0])) continue;
    bound.push({ actor: owned.mention.actor, first: name[0], last: name[1] });
    nicknames.set(name[0], words.findIndex((w) => w.start === m.index + m[0].indexOf(m[1]!)));
  }
  // "a hardline faction led by Hassan Aweys, known as ARS-Asmara": the person leads the group the
  // description names after "known as", and speaks for it (twenty-seventh round).
  const groupKnownAs = new Set<number>();
  for (const m of text.matchAll(LED_BY_KNOWN_AS)) {
    const k = words.findIndex((w) => w.start >= m.index + m[0].length);
    const owned = k >= 0 ? ownedActor(k) : undefined;
    const end = m.index + m[0].indexOf(m[1]!) + m[1]!.trimEnd().length;
    const name = nameTo(words.findLastIndex((w) => w.end <= end));
    if (!owned || !name || bound.some((b) => b.first === name[0])) continue;
    bound.push({ actor: owned.mention.actor, first: name[0], last: name[1] });
    leading.add(words[name[1]]!.text);
    // … and the name after "known as" is the group's, no nickname of the person.
    groupKnownAs.add(name[0]);
  }
  // "Vladimir Putin said …": a full name of two words or more that the bundled list of leaders knows.
  for (let i = 0; i < words.length; i++) {
    const name = isCapitalised(words[i]!) && !bound.some((b) => i >= b.first && i <= b.last) ? nameFrom(i) : undefined;
    if (!name || name[1] === name[0] || leading.has(words[name[1]]!.text)) continue;
    const actor = leaderOf(name);
    if (actor) bound.push({ actor, first: name[0], last: name[1] });
    i = name[1];
  }
  // "Secretary-General U Thant flew to Rawalpindi", "asked Secretary-General Javier Perez de Cuellar
  // to help them": the office with no owner named right before it is the United Nations' (the golds
  // read the UN there; "NATO Secretary-General …", "the League's Secretary-General …" name theirs).
  // Eightieth round.
  const un = actorNamed(gazetteer, "United Nations");
  for (let k = 0; un !== undefined && k + 2 < words.length; k++) {
    // The words are "Secretary" and "General", a hyphen between them.
    if (words[k]!.text !== "Secretary" || words[k + 1]!.text !== "General" || between(k) !== "-" || actorBefore(k) || !joined(k + 1)) continue;
    // "its secretary-general", "the group's Secretary-General": another's.
    if (k > 0 && (OWNER_WORDS.has(words[k - 1]!.lower) || /['’]s?\s+$/u.test(text.slice(Math.max(0, words[k]!.start - 4), words[k]!.start)))) continue;
    // A capitalised word right before it that is no actor's ("Commonwealth Secretary-General" unread): an owner unknown.
    if (k > 0 && joined(k - 1) && isCapitalised(words[k - 1]!) && !NO_OWNER_WORDS.has(words[k - 1]!.lower)) continue;
    const name = nameFrom(k + 2);
    if (!name || bound.some((b) => b.first <= name[1] && name[0] <= b.last)) continue;
    bound.push({ actor: un, first: name[0], last: name[1] });
    k = name[1];
  }
  // "Thérèse Kayikwamba Wagner of Congo", an office named shortly before in the same sentence.
  for (let k = 1; k < words.length; k++) {
    const of = ofActor(k);
    if (!of || gazetteer.actors.get(of.mention.actor)?.kind !== "state") continue;
    const name = nameTo(k - 1);
    if (!name || bound.some((b) => b.first === name[0])) continue;
    const reach = words.slice(Math.max(0, name[0] - TITLE_REACH), name[0]);
    const sentenceBreak = (w: Word, n: number) => /[.!?]\s/.test(text.slice(w.end, (reach[n + 1] ?? words[name[0]]!).start));
    const lastBreak = reach.findLastIndex(sentenceBreak);
    if (reach.slice(lastBreak + 1).some((w) => isHead(w.lower))) bound.push({ actor: of.mention.actor, first: name[0], last: name[1] });
  }

  // "Botswana's former president Ketumile Masire ran the talks", "ex-Prime Minister Ivo Marek said":
  // a former office-holder acts for himself (a facilitator, an opponent of the government), not as
  // his state's voice; only an office he holds binds him (an errand given to him still does, below).
  // A body's former head is still read as the body ("brokered by former UN Secretary-General Kofi
  // Annan", who led the talks for the AU: the golds read the UN there).
  for (let n = bound.length - 1; n >= 0; n--) {
    const before = text.slice(Math.max(0, words[bound[n]!.first]!.start - 40), words[bound[n]!.first]!.start);
    if (FORMER_TITLE_BEFORE.test(before) && gazetteer.actors.get(bound[n]!.actor)?.kind === "state") bound.splice(n, 1);
  }
  // "The United Nations has named former Mozambican President Joaquim Chissano as its special envoy":
  // a person an actor names as its envoy speaks for that actor in this text, whatever office the
  // person held or holds (what the text says of the person's errand wins).
  for (const m of text.matchAll(ENVOY_NAMED)) {
    const verb = words.findIndex((w) => w.start >= m.index);
    let k = verb - 1;
    while (k >= 0 && AUXILIARIES.has(words[k]!.lower)) k--;
    const appointer = k >= 0 ? endingAt.get(k) : undefined;
    const asAt = words.findIndex((w) => w.start >= m.index + m[0].length - m[1]!.length - 1) - 1;
    const name = asAt > verb ? nameTo(asAt) : undefined;
    if (!appointer || !name) continue;
    const surname = words[name[1]]!.text;
    for (const b of bound.filter((x) => words[x.last]!.text === surname)) bound.splice(bound.indexOf(b), 1);
    bound.push({ actor: appointer.actor, first: name[0], last: name[1] });
    leading.add(surname);
  }
  // The forms of each name; a form two actors share names neither.
  const owners = new Map<string, Set<string>>();
  const formsOf = new Map<string, string[]>();
  const surnames = new Set<string>();
  for (const b of bound) {
    let first = b.first;
    while (first < b.last && HONORIFICS.has(words[first]!.lower)) first++;
    const slice = (i: number, j: number) => text.slice(words[i]!.start, words[j]!.end);
    const forms = new Set([slice(b.first, b.last), slice(first, b.last)]);
    if (words[b.last]!.text.length >= 3) forms.add(words[b.last]!.text);
    // A person the text names by one word after an office ("King Hussein", "Emir Jaber") is named by
    // a given name: another person's full name may end in it ("Saddam Hussein"), and is no form of
    // the state. (A family name, "Kabila" of "Joseph Kabila", is left to bind a relative too:
    // dynasties of leaders share it, and a text that names a father and a son means one state.)
    if (b.last === first && words[b.last]!.text.length >= 3) surnames.add(words[b.last]!.text).add(words[b.last]!.text.normalize("NFD").replace(/\p{M}/gu, ""));
    if (b.last - first >= 2 || (b.last > first && NAME_PARTICLES.has(words[b.last - 1]!.lower))) forms.add(slice(b.last - 1, b.last));
    // "…, known as Hemedti": the nickname the text goes on to use.
    const nick = groupKnownAs.has(b.first) ? -1 : words.findIndex((w, n) => n > b.last && n <= b.last + 4 && nicknameAt(n) === b.last);
    if (nick >= 0) forms.add(words[nick]!.text);
    const described = nicknames.get(b.first);
    if (described !== undefined && described >= 0) forms.add(words[described]!.text);
    // "Erdoğan" is also written "Erdogan": each form without its diacritics too.
    for (const f of [...forms]) forms.add(f.normalize("NFD").replace(/\p{M}/gu, ""));
    for (const f of forms) {
      const set = owners.get(f) ?? new Set<string>();
      set.add(b.actor);
      owners.set(f, set);
    }
    formsOf.set(b.actor, [...(formsOf.get(b.actor) ?? []), ...forms]);
  }
  const learned: LearnedName[] = [];
  for (const [actor, forms] of formsOf) {
    const own = [...new Set(forms)].filter((f) => owners.get(f)!.size === 1);
    if (own.length > 0) learned.push({ actor: gazetteer.actors.get(actor)!, forms: own, surnames: own.filter((f) => surnames.has(f)) });
  }
  return learned;
}

/** A monarch's title written before the name ("King Gyanendra", "Queen Ranavalona"), as written. */
const MONARCH_TITLES: ReadonlySet<string> = new Set(["King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Shah", "Tsar", "Czar"]);
/** What stands for a monarch's rule in reports ("the palace made no comment", "arms sold to the royal government"). */
const MONARCH_SEATS: readonly string[] = ["the palace", "the royal government", "the royal takeover", "the monarchy"];

/**
 * "King Gyanendra … Gyanendra dismissed the government": a monarch named by title and name whom
 * neither the text nor the bundled list of leaders binds to a state, and whose name the text writes
 * again alone (the monarch acts in the text, not only "King Birendra, who was killed …"), is a party
 * of their own: a reign the text sets against the state's government and parties. Its id is the name
 * as the text writes it, title included (the gold convention: "King Gyanendra" is KINGGYANENDRA).
 * Run after learnPeople, on the gazetteer that holds the people it bound.
 */
export function learnMonarchs(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): LearnedName[] {
  const mentions = findMentions(text, gazetteer, words);
  const inMention = (w: Word) => mentions.some((m) => m.start < w.end && w.start < m.end);
  const learned = new Map<string, LearnedName>();
  const bound: LearnedName[] = [];
  // Each title's monarchs the text names ("emperor" → "Emperor Francis", "Emperor Napoleon").
  const holders = new Map<string, Set<string>>();
  const holds = (title: string, label: string) => holders.set(title, (holders.get(title) ?? new Set()).add(label));
  for (let i = 0; i + 1 < words.length; i++) {
    if (!MONARCH_TITLES.has(words[i]!.text) || !/^[ \t]+$/.test(text.slice(words[i]!.end, words[i + 1]!.start))) continue;
    const name = words[i + 1]!;
    // One capitalised name, not a regnal number's ("Hassan II") nor a known actor's, nor "of …" after it (a state's monarch).
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name.text) || inMention(words[i]!) || inMention(name)) continue;
    const next = words[i + 2];
    if (next && /^[ \t]+$/.test(text.slice(name.end, next.start)) && (/^\p{Lu}/u.test(next.text) || next.lower === "of")) continue;
    holds(words[i]!.lower, text.slice(words[i]!.start, name.end));
    // A monarch who reigned over a state in the text's year ("Tsar Alexander" in a report of 1815) is that
    // state, as a listed leader is: the title and name, the name alone and "the tsar" are its forms.
    const reign = reignState(words[i]!.text, name.text, gazetteer.year);
    const state = reign ? stateByIso(gazetteer, reign) : undefined;
    if (state) {
      const label = text.slice(words[i]!.start, name.end);
      if (!bound.some((n) => n.forms[0] === label)) bound.push({ actor: gazetteer.actors.get(state)!, forms: [label, name.text, `the ${words[i]!.lower}`] });
      continue;
    }
    // Alone: no title before it, no capitalised word after it ("the Birendra International Convention Centre" is a venue's name).
    const alone = words.filter(
      (w, k) =>
        k !== i + 1 &&
        w.text === name.text &&
        // Nor after another capitalised word ("Saddam Hussein" is not King Hussein alone: another person's full name).
        !(k > 0 && /^\p{Lu}/u.test(words[k - 1]!.text) && /^[ \t]+$/.test(text.slice(words[k - 1]!.end, w.start))) &&
        !(k + 1 < words.length && /^[ \t]+$/.test(text.slice(w.end, words[k + 1]!.start)) && /^\p{Lu}/u.test(words[k + 1]!.text)),
    );
    if (alone.length === 0 || alone.some(inMention)) continue;
    const label = text.slice(words[i]!.start, name.end);
    if (learned.has(label)) continue;
    learned.set(label, { actor: { id: squashName(label), label, kind: "person", inDataset: false, ownName: true }, forms: [label, name.text, `the ${words[i]!.lower}`, ...MONARCH_SEATS], surnames: [name.text] });
  }
  // "the tsar" is a reigning monarch's when no other monarch the text names holds the title; "the
  // king", "the palace", "the royal government" the monarch's of their own when the text has one
  // such and no reigning monarch holds the title (a former king named in passing does not count).
  const shared = (form: string) => form.startsWith("the ") && (holders.get(form.slice(4))?.size ?? 0) > 1;
  const reigning = new Set(bound.map((n) => n.forms[2]));
  const own = learned.size === 1 && ![...learned.values()].some((n) => reigning.has(n.forms[2]));
  return [
    ...bound.map((n) => ({ ...n, forms: n.forms.filter((f) => !shared(f)) })),
    ...(own ? [...learned.values()] : [...learned.values()].map((n) => ({ ...n, forms: n.forms.slice(0, 2) }))),
  ];
}

/** A government or cabinet the text sets against the state's ("a rival government", "an interim military cabinet"). */
const RIVAL_CABINET = String.raw`(?:rival|parallel|interim|military|breakaway|self-proclaimed|self-styled|caretaker)\s+(?:[\p{Ll}-]+\s+)?(?:government|cabinet|administration)\b`;
/** A word of a person's name: capitalised, or an Arabic article joined to one ("al-Hoss"). */
const PERSON_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}’']*[\p{L}\p{M}]|(?:al|el|ad|as|ash|an|ar|at|az)-\p{Lu}[\p{L}\p{M}]+)`;
/** A short lower-case particle inside a name ("Ernest Wamba dia Wamba", "Ali bin Hassan"), not a word of the sentence. */
const PERSON_PARTICLE = String.raw`(?:(?!and\b|the\b|of\b|or\b|for\b|to\b|in\b|on\b|at\b|by\b)\p{Ll}{2,3}[ \t]+)`;
const PERSON_NAME = String.raw`${PERSON_WORD}(?:[ \t]+${PERSON_PARTICLE}?${PERSON_WORD}){1,4}`;
/**
 * "Prime Minister Selim al-Hoss, whose rival government …", "its ousted chairman, Ernest Wamba dia
 * Wamba, who now runs a rival faction": the person right before ", whose" or ", who runs" (also
 * after another clause of the person's: "who founded the movement and leads a rival faction").
 */
const WHOSE_RIVAL_CABINET = new RegExp(String.raw`(${PERSON_NAME}),\s+(?:whose\s+${RIVAL_CABINET}|who\s+(?:[\p{Ll}\s]{0,40}?\s+and\s+)?(?:now\s+)?(?:runs|leads|heads)\s+(?:an?|the|his|her)\s+(?:rival|breakaway|splinter|dissident)\s+(?:faction|wing|government|cabinet|administration)\b)`, "gu");
/**
 * "General Michel Aoun, the army commander whom Gemayel named to head an interim military cabinet …":
 * a name opening its sentence, and in its description after the comma, heading such a cabinet.
 */
/**
 * "Bob Denard, a French mercenary who …", "Ali Mahdi, a Somali warlord": a person described as a
 * mercenary or a warlord fights for no state or body (the people-word tells where he comes from),
 * so he is a party of his own, also by his surname ("Denard and a band of mercenaries overthrew …").
 */
const SELF_EMPLOYED_FIGHTER = new RegExp(String.raw`(${PERSON_NAME}),\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:mercenary|warlord|soldier\s+of\s+fortune)\b`, "gu");
/**
 * "Doku Zavgayev, the head of the pro-Moscow government in Grozny, which fought the separatists":
 * a government named for the state it stands with ("pro-" and a state's name, capital or
 * people-word) is not that state's, nor the rebels'; known by its head alone, the head is a party of
 * his own (as a rival cabinet's head above).
 */
const HEADS_CLIENT_GOVERNMENT = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)(${PERSON_NAME}),\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:head|leader|chief)\s+of\s+(?:the|a)\s+pro-(?<patron>\p{Lu}[\p{L}-]*)\s+(?:[\p{Ll}-]+\s+)?(?:government|administration|authorities|regime)\b`, "gu");
const HEADS_RIVAL_CABINET = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)(${PERSON_NAME}),\s+(?:the|a|an)\s+[^.;]{0,120}?\b(?:head|heads|headed|lead|leads|led|runs|ran)\s+(?:an?|the|his|her)\s+${RIVAL_CABINET}`, "gu");

/**
 * A person the text says heads a government of their own against the state's ("whose rival
 * government", "named to head an interim military cabinet"), whom nothing in the text or the list of
 * leaders binds to an actor already, is a party of their own: one of two camps that each claim the
 * state. Forms: the name without its title or rank, and its last word (the surname the text goes on
 * using). Id: that name squashed. Run after learnPeople, on the gazetteer that holds the people it bound.
 */
export function learnRivalHeads(text: string, gazetteer: Gazetteer, words: Word[] = wordsOf(text)): LearnedName[] {
  const mentions = findMentions(text, gazetteer, words);
  const learned = new Map<string, LearnedName>();
  // A client government's head: only when the word after "pro-" names a state ("pro-Moscow"), not "pro-Western".
  const clients = [...text.matchAll(HEADS_CLIENT_GOVERNMENT)].filter((m) => (gazetteer.forms.get(m.groups!.patron!.toLowerCase()) ?? []).some((f) => f.words.length === 1 && gazetteer.actors.get(f.actor)?.kind === "state"));
  for (const m of [...text.matchAll(WHOSE_RIVAL_CABINET), ...text.matchAll(HEADS_RIVAL_CABINET), ...text.matchAll(SELF_EMPLOYED_FIGHTER), ...clients]) {
    const start = m.index + m[0].indexOf(m[1]!);
    let nameWords = words.filter((w) => w.start >= start && w.end <= start + m[1]!.length);
    // The title or rank before the name is no part of it ("Prime Minister", "General").
    while (nameWords.length > 0 && (TITLE_HEADS.has(nameWords[0]!.lower) || TITLE_MODIFIERS.has(nameWords[0]!.lower) || HONORIFICS.has(nameWords[0]!.lower))) nameWords = nameWords.slice(1);
    if (nameWords.length < 2 || nameWords.some((w) => NAME_HEADS.has(w.lower))) continue;
    const first = nameWords[0]!;
    const last = nameWords.at(-1)!;
    if (mentions.some((x) => x.start < last.end && first.start < x.end)) continue;
    const label = text.slice(first.start, last.end);
    // The surname: the last word, with an Arabic article joined to it ("al-Hoss").
    const k = words.indexOf(last);
    const surnameStart = k > 0 && text.slice(words[k - 1]!.end, last.start) === "-" && words[k - 1]!.start >= first.start ? words[k - 1]!.start : last.start;
    const surname = text.slice(surnameStart, last.end);
    const forms = surname.length >= 3 ? [label, surname] : [label];
    // "Abdel Wahid Mohamed al-Nur … Abdel Wahid": a name of three words or more that the text goes on
    // to write by its first two words alone (no capitalised word after them) is called so too.
    const opening = nameWords.length >= 3 ? text.slice(first.start, nameWords[1]!.end) : undefined;
    const second = nameWords[1]!;
    const alone = (n: number) =>
      words[n]!.text === first.text && words[n + 1]?.text === second.text && spacedApart(text, words[n]!, words[n + 1]) && !(spacedApart(text, words[n + 1]!, words[n + 2]) && /^\p{Lu}/u.test(words[n + 2]!.text));
    if (opening && words.some((w, n) => w.start >= last.end && alone(n))) forms.push(opening);
    learned.set(label, { actor: { id: squashName(label), label, kind: "person", inDataset: false, ownName: true }, forms });
  }
  return [...learned.values()];
}
