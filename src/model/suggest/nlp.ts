/**
 * Sentences and tokens of a text, with exact character offsets into it.
 *
 * wink-nlp with wink-eng-lite-web-model (both MIT, on npm, the model shipped in the package) splits
 * sentences, tags parts of speech, lemmatises ("froze" → "freeze") and marks the tokens a negation
 * governs ("did not support"). It runs offline in Node, in the browser and in a web worker. It
 * reports tokens, not offsets, so the offsets are recovered here by finding each token's text in
 * the original from where the previous one ended: a sentence is then `text.slice(start, end)`,
 * which is what makes a suggested quote verbatim by construction.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Token {
  /** Character offsets into the text: `text.slice(start, end)` is the token. */
  start: number;
  end: number;
  /** Lower-cased text of the token. */
  lower: string;
  /** Lower-cased lemma ("froze" → "freeze"). */
  lemma: string;
  /** Universal part of speech: NOUN, VERB, ADJ, PROPN, PUNCT, … */
  pos: string;
  /** Within the scope of a negation ("did not support Kyiv": support and Kyiv). */
  negated: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  /** Index in `TextAnalysis.sentences`. */
  index: number;
  start: number;
  end: number;
  /** Tokens `firstToken` up to, not including, `endToken`. */
  firstToken: number;
  endToken: number;
}

export interface TextAnalysis {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

type Wink = ReturnType<typeof winkNLP>;
/** Named-entity recognition and sentiment are left out: they are not used. */
const PIPE = ["sbd", "negation", "pos"];
/** A pipeline no text has been read with yet, made ahead of the next text (`warmUpNlp`). */
let fresh: Wink | undefined;
/**
 * The model as wink reads it for each new pipeline: the package's custom-entity loader turns its
 * data into a JSON string by assigning the string back to its own variable, so a second pipeline
 * got that string stringified again (longer each time, "Invalid string length" by the fourth);
 * its first answer is kept and given to every pipeline. The core is read anew each time (what
 * makes a pipeline fresh).
 */
let readable: typeof model | undefined;
function modelForPipeline(): typeof model {
  if (!readable) {
    // The package's typings do not list its loaders; `metaCER` is one of them (dist/model.js).
    const cer: unknown = (model as unknown as { metaCER: () => unknown }).metaCER();
    readable = Object.assign(Object.create(null) as typeof model, model, { metaCER: () => cer });
  }
  return readable;
}

/**
 * A pipeline no text has been read with. wink keeps each new word a document brings in its
 * lexicon, and its tokenizer then keeps that word whole where it would have split it
 * ("government's" after a text that had it as one token: "government" + "'s" before), so one text
 * read after others came out otherwise (bougainville-2001 lost a pair in the evaluation's second
 * pass; in the app, a source read again after other sources could get other suggestions). Each
 * text gets a pipeline of its own, so its reading depends on it alone. Making one unpacks the
 * model's core (tens of milliseconds): `warmUpNlp` makes the next one ahead of time.
 */
function pipeline(): Wink {
  const wink = fresh ?? winkNLP(modelForPipeline(), PIPE);
  fresh = undefined;
  return wink;
}

/**
 * Loads the model and makes the pipeline the next text will be read with, so that `analyseText`
 * then pays only for the text: a worker's warm-up, and its idle time after each answer.
 */
export function warmUpNlp(): void {
  fresh ??= winkNLP(modelForPipeline(), PIPE);
}

/** Splits `text` into sentences and tokens with their offsets, lemmas, parts of speech and negation. */
export function analyseText(text: string): TextAnalysis {
  const wink = pipeline();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const all = doc.tokens();
  // wink's typings do not admit every `its` helper on every collection; the values are as documented.
  const out = all.out.bind(all) as (f: unknown) => unknown;
  const values = out(its.value) as string[];
  const lemmas = out(its.lemma) as string[];
  const tags = out(its.pos) as string[];
  const negations = out(its.negationFlag) as boolean[];
  const spans = (doc.sentences().out.bind(doc.sentences()) as (f: unknown) => unknown)(its.span) as [number, number][];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // A token is found where the previous one ended, past whitespace only; a token the model
    // rewrote (none is known) gets an empty span there rather than a wrong one.
    const found = at >= 0 && text.slice(cursor, at).trim() === "";
    const start = found ? at : cursor;
    const end = found ? at + value.length : cursor;
    cursor = end;
    tokens.push({ start, end, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: tags[i] ?? "X", negated: negations[i] === true, sentence: -1 });
  }

  // "Portugal, which never accepted the annexation and broke off diplomatic relations": "never" says
  // nothing of a second verb of its own tense after "and" or "but"; the negation ends there ("did not
  // sign or ratify" keeps it: the second verb is bare, under the same "did").
  for (let t = 1; t + 1 < tokens.length; t++) {
    const [and, verb] = [tokens[t]!, tokens[t + 1]!];
    if (!and.negated || !verb.negated || (and.lower !== "and" && and.lower !== "but") || verb.pos !== "VERB" || verb.lower === verb.lemma) continue;
    let n = t - 1;
    while (n >= 0 && tokens[n]!.negated && tokens[n]!.lower !== "never") n--;
    if (n < 0 || tokens[n]!.lower !== "never") continue;
    for (let k = t; k < tokens.length && tokens[k]!.negated && tokens[k]!.lower !== "never"; k++) tokens[k]!.negated = false;
  }
  // Sentence starts: wink's, and every token that begins a line (a headline, a dateline or a
  // paragraph never runs on into the next line's sentence in news text).
  const starts = new Set<number>();
  for (const [first] of spans) starts.add(first);
  // wink keeps a line break as a token of its own, or as space before the next token.
  for (let t = 1; t < tokens.length; t++) {
    const previous = text.slice(tokens[t - 1]!.start, tokens[t - 1]!.end);
    if (text.slice(tokens[t - 1]!.end, tokens[t]!.start).includes("\n") || (previous.trim() === "" && previous.includes("\n"))) starts.add(t);
  }
  const sentences: Sentence[] = [];
  let first = 0;
  for (let t = 1; t <= tokens.length; t++) {
    if (t < tokens.length && !starts.has(t)) continue;
    // wink keeps line breaks as tokens of their own: a sentence starts and ends at its words.
    let a = first;
    let b = t - 1;
    while (a < b && text.slice(tokens[a]!.start, tokens[a]!.end).trim() === "") a++;
    while (b > a && text.slice(tokens[b]!.start, tokens[b]!.end).trim() === "") b--;
    const start = tokens[a]!.start;
    const end = tokens[b]!.end;
    if (text.slice(start, end).trim() !== "") {
      const index = sentences.length;
      for (let k = first; k < t; k++) tokens[k]!.sentence = index;
      sentences.push({ index, start, end, firstToken: first, endToken: t });
    }
    first = t;
  }
  return { text, sentences, tokens };
}
