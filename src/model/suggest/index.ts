/**
 * Suggestions from text: the public surface of the engine, importable from the app, the CLI and a
 * web worker (nothing here touches the DOM or Node).
 *
 *   const candidates = suggest(text, dataset, { sourceDate: "2024-04-18", sourceId: "afp" });
 */
export { suggest, readText, chooseType, type TextReading, type Candidate, type CandidateActor, type SuggestDataset, type SuggestOptions } from "./suggest.ts";
export { analyseText, warmUpNlp, type Sentence, type TextAnalysis, type Token } from "./nlp.ts";
export { buildGazetteer, findMentions, learnNames, withLearnedNames, type Gazetteer, type GazetteerActor, type LearnedName, type Mention } from "./gazetteer.ts";
export { findCues, type CueHit } from "./cues.ts";
export { findDates, type DateMention } from "./dates.ts";
export { CUE_CLASSES, CUE_LEXICON, type CueClass, type CueEntry } from "./lexicon.ts";
export { goldFromDataset, rates, scoreText, sumScores, type GoldRelation, type GoldText, type TextScore } from "./evaluate.ts";
export { namesOf, suggestWithNames, unrecognisedNames, type TextSuggestions, type UnrecognisedName } from "./unrecognised.ts";
