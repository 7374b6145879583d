/**
 * The Stancegraph dataset format, version 1.
 *
 * This file is the one source of truth for the format: the TypeScript types are derived from the
 * TypeBox schema below (`Static<…>`), and `graph-data/schema.json` is written from the same object
 * by `npm run schema` (a unit test fails when the published file is stale).
 *
 * Structural rules live here; rules that need the whole dataset (unknown ids, date order, quotes
 * that must occur in their source text) live in `validate.ts`.
 */
import { Type, type Static } from "@sinclair/typebox";

export const FORMAT_VERSION = "stancegraph/1";

/**
 * Longest values the format accepts, in characters (UTF-16 code units, as JavaScript counts).
 * Ids are tight: they are keys, URL parts and file names. Text is generous: a real label is a few
 * words and a quote a paragraph, but a megabyte label made every click on the page cost seconds.
 * Documented in the README ("Limits"); the validator names the path and the limit.
 */
export const MAX_ID_LENGTH = 64;
/** Labels, aliases and publishers: a name. */
export const MAX_LABEL_LENGTH = 500;
/** Titles of datasets and sources. */
export const MAX_TITLE_LENGTH = 1_000;
/** Quotes, citations, notes and descriptions. */
export const MAX_TEXT_LENGTH = 20_000;
/** URLs, and the `$schema` reference. */
export const MAX_URL_LENGTH = 4_096;
/** A Wikidata id (Q and up to 15 digits; the largest today has 9). */
export const MAX_WIKIDATA_LENGTH = 16;
/** A source's local file name (`sources/….txt`). */
export const MAX_FILE_NAME_LENGTH = 255;
/** The text of a source that quotes are checked against (a book is about a million). */
export const MAX_SOURCE_TEXT_LENGTH = 16 * 1024 * 1024;

/** A calendar date, `YYYY-MM-DD`. Whether the day exists is checked in `validate.ts`. */
const IsoDate = Type.String({
  pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
  description: "A calendar date, YYYY-MM-DD (ISO 8601).",
});

/** Ids are short, stable and safe in URLs and file names. */
const Id = Type.String({
  maxLength: MAX_ID_LENGTH,
  pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
  description: "A stable identifier: letters, digits, '_', '.', '-'; at most 64 characters.",
});

const NonEmpty = (description: string, maxLength: number = MAX_TEXT_LENGTH) => Type.String({ minLength: 1, maxLength, description });

export const ActorKind = Type.Union(
  [
    Type.Literal("state"),
    Type.Literal("bloc"),
    Type.Literal("organization"),
    Type.Literal("court"),
    Type.Literal("non-state"),
    Type.Literal("person"),
  ],
  { description: "What sort of actor this is." },
);

export const Actor = Type.Object(
  {
    id: Type.String({
      ...Id,
      description: "Stable id: ISO 3166-1 alpha-3 for states, a short code for blocs and bodies.",
    }),
    label: NonEmpty("Display name.", MAX_LABEL_LENGTH),
    kind: ActorKind,
    wikidata: Type.Optional(
      Type.Array(Type.String({ maxLength: MAX_WIKIDATA_LENGTH, pattern: "^Q[1-9][0-9]*$" }), {
        description: "Wikidata item ids; several when the actor stands for several entities (e.g. EU/US).",
      }),
    ),
    iso3: Type.Optional(
      Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 3166-1 alpha-3 code (states only)." }),
    ),
    aliases: Type.Optional(
      Type.Array(NonEmpty("Another name used for this actor in sources.", MAX_LABEL_LENGTH), {
        description: "Other names the sources use: metonyms (Moscow, the Kremlin), translations, odd spellings.",
      }),
    ),
    description: Type.Optional(Type.String({ maxLength: MAX_TEXT_LENGTH, description: "A one- or two-sentence description." })),
  },
  { additionalProperties: false },
);

export const RelationType = Type.Object(
  {
    id: Id,
    label: NonEmpty("Display name.", MAX_LABEL_LENGTH),
    sign: Type.Union([Type.Literal(-1), Type.Literal(0), Type.Literal(1)], {
      description: "+1 cooperative, -1 adversarial, 0 neutral (e.g. mediation). Used by structural balance.",
    }),
    directed: Type.Boolean({ description: "Whether source → target has a direction (mediation does)." }),
    color: Type.String({ pattern: "^#[0-9a-fA-F]{6}$", description: "Colour as #rrggbb." }),
    description: Type.Optional(Type.String({ maxLength: MAX_TEXT_LENGTH })),
  },
  { additionalProperties: false },
);

// ── machine-coded evidence (stancegraph ingest) ──
/**
 * Provenance of a relation derived from event data rather than read in a text: by which rule,
 * from how many events, over which days, with a sample of the events to check by hand.
 */
export const DerivedEvidence = Type.Object(
  {
    rule: NonEmpty("How the events became this relation: coding, window, thresholds."),
    cooperative: Type.Integer({ minimum: 0, description: "Cooperative events counted." }),
    conflictual: Type.Integer({ minimum: 0, description: "Conflictual events counted." }),
    neutral: Type.Optional(Type.Integer({ minimum: 0, description: "Neutral events seen (not counted for the sign)." })),
    first: Type.String({ ...IsoDate, description: "Date of the first event counted." }),
    last: Type.String({ ...IsoDate, description: "Date of the last event counted." }),
    sampleIds: Type.Array(NonEmpty("Id of an event in the source data."), { maxItems: 20, description: "A sample of the events' ids." }),
    sampleUrls: Type.Optional(
      Type.Array(Type.String({ maxLength: MAX_URL_LENGTH, pattern: "^https?://", description: "Where a sample event was reported." }), { maxItems: 20 }),
    ),
  },
  { additionalProperties: false, description: "Machine-coded: this relation was derived from event data." },
);

export const Evidence = Type.Object(
  {
    source: Type.String({ ...Id, description: "Id of an entry in `sources`." }),
    quote: Type.Optional(
      NonEmpty("Words copied verbatim from the source text; must occur in it when the source has a local file.", MAX_TEXT_LENGTH),
    ),
    citation: Type.Optional(
      NonEmpty("For a reference source with no local text: what it says that supports the claim.", MAX_TEXT_LENGTH),
    ),
    derived: Type.Optional(DerivedEvidence),
    // Curation (issue #13): where the quote sits in the source's text, so the reading pane can
    // highlight it; checked as text.slice(start, end) === quote when the text is at hand.
    start: Type.Optional(
      Type.Integer({ minimum: 0, description: "Offset of the quote's first character in the source text (UTF-16 code units, from 0)." }),
    ),
    end: Type.Optional(
      Type.Integer({ minimum: 0, description: "Offset just after the quote's last character: text.slice(start, end) is the quote." }),
    ),
  },
  { additionalProperties: false },
);

export const Confidence = Type.Union([Type.Literal("low"), Type.Literal("medium"), Type.Literal("high")], {
  description: "How firmly the evidence supports the relation.",
});

export const Relation = Type.Object(
  {
    id: Id,
    source: Type.String({ ...Id, description: "Actor id. For a directed type, the actor that acts." }),
    target: Type.String({ ...Id, description: "Actor id." }),
    type: Type.String({ ...Id, description: "Id of an entry in `relationTypes`." }),
    from: Type.String({ ...IsoDate, description: "First day the relation holds (inclusive)." }),
    to: Type.Optional(
      Type.String({ ...IsoDate, description: "First day it no longer holds (exclusive). Absent: ongoing." }),
    ),
    evidence: Type.Array(Evidence, { minItems: 1, description: "At least one piece of evidence." }),
    note: Type.Optional(Type.String({ maxLength: MAX_TEXT_LENGTH, description: "Curator's note: why this relation, why these dates." })),
    confidence: Type.Optional(Confidence),
  },
  { additionalProperties: false },
);

export const StanceEvent = Type.Object(
  {
    id: Id,
    date: IsoDate,
    end: Type.Optional(Type.String({ ...IsoDate, description: "Last day of a multi-day event (inclusive)." })),
    label: NonEmpty("Short label shown on the timeline.", MAX_LABEL_LENGTH),
    description: Type.Optional(Type.String({ maxLength: MAX_TEXT_LENGTH })),
    actors: Type.Array(Type.String(Id), { description: "Ids of the actors involved." }),
    evidence: Type.Array(Evidence, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const Source = Type.Object(
  {
    id: Id,
    title: NonEmpty("Title of the article, document or page.", MAX_TITLE_LENGTH),
    publisher: NonEmpty("Who published it.", MAX_LABEL_LENGTH),
    date: Type.Optional(Type.String({ ...IsoDate, description: "Publication date." })),
    url: Type.Optional(Type.String({ maxLength: MAX_URL_LENGTH, pattern: "^https?://", description: "Where it can be read." })),
    file: Type.Optional(
      Type.String({
        maxLength: MAX_FILE_NAME_LENGTH,
        pattern: "^sources/[A-Za-z0-9_.-]+\\.txt$",
        description: "Local text of the source, relative to the dataset file; quotes are checked against it.",
      }),
    ),
    // Curation (issue #13): a source made in the browser carries its text inline instead of a file.
    text: Type.Optional(
      Type.String({
        description: "The source's text, inline (line ends normalised to \\n); quotes are checked against it. Either `text` or `file`, not both.",
        maxLength: MAX_SOURCE_TEXT_LENGTH,
      }),
    ),
    note: Type.Optional(Type.String({ maxLength: MAX_TEXT_LENGTH })),
  },
  { additionalProperties: false },
);

export const Period = Type.Object(
  {
    id: Id,
    label: NonEmpty("Name shown on the before/after toggle.", MAX_LABEL_LENGTH),
    date: Type.String({ ...IsoDate, description: "The date this named view shows." }),
    description: Type.Optional(Type.String({ maxLength: MAX_TEXT_LENGTH })),
  },
  { additionalProperties: false },
);

export const DatasetSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ maxLength: MAX_URL_LENGTH })),
    format: Type.Literal(FORMAT_VERSION),
    id: Id,
    title: NonEmpty("Title of the dataset.", MAX_TITLE_LENGTH),
    description: Type.Optional(Type.String({ maxLength: MAX_TEXT_LENGTH })),
    license: Type.Optional(
      Type.String({
        description: "Terms under which the dataset may be reused (its curation, and the quotes from its sources). Shown in the app's \"About this dataset\".",
        maxLength: MAX_TEXT_LENGTH,
      }),
    ),
    span: Type.Optional(
      Type.Object(
        { from: IsoDate, to: IsoDate },
        {
          additionalProperties: false,
          description:
            "The window the timeline shows by default. Absent: from the earliest to the latest date in the data.",
        },
      ),
    ),
    actors: Type.Array(Actor),
    relationTypes: Type.Array(RelationType, { minItems: 1 }),
    relations: Type.Array(Relation),
    events: Type.Array(StanceEvent),
    sources: Type.Array(Source),
    periods: Type.Array(Period),
  },
  {
    additionalProperties: false,
    title: "Stancegraph dataset",
    description: "Actors, typed and dated relations between them, events, sources and named periods.",
  },
);

export type ActorKind = Static<typeof ActorKind>;
export type Actor = Static<typeof Actor>;
export type RelationType = Static<typeof RelationType>;
export type Evidence = Static<typeof Evidence>;
export type DerivedEvidence = Static<typeof DerivedEvidence>;
export type Relation = Static<typeof Relation>;
export type StanceEvent = Static<typeof StanceEvent>;
export type Source = Static<typeof Source>;
export type Period = Static<typeof Period>;
export type Dataset = Static<typeof DatasetSchema>;
