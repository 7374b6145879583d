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

/** A calendar date, `YYYY-MM-DD`. Whether the day exists is checked in `validate.ts`. */
const IsoDate = Type.String({
  pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
  description: "A calendar date, YYYY-MM-DD (ISO 8601).",
});

/** Ids are short, stable and safe in URLs and file names. */
const Id = Type.String({
  pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
  description: "A stable identifier: letters, digits, '_', '.', '-'; at most 64 characters.",
});

const NonEmpty = (description: string) => Type.String({ minLength: 1, description });

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
    label: NonEmpty("Display name."),
    kind: ActorKind,
    wikidata: Type.Optional(
      Type.Array(Type.String({ pattern: "^Q[1-9][0-9]*$" }), {
        description: "Wikidata item ids; several when the actor stands for several entities (e.g. EU/US).",
      }),
    ),
    iso3: Type.Optional(
      Type.String({ pattern: "^[A-Z]{3}$", description: "ISO 3166-1 alpha-3 code (states only)." }),
    ),
    aliases: Type.Optional(
      Type.Array(NonEmpty("Another name used for this actor in sources."), {
        description: "Other names the sources use: metonyms (Moscow, the Kremlin), translations, odd spellings.",
      }),
    ),
    description: Type.Optional(Type.String({ description: "A one- or two-sentence description." })),
  },
  { additionalProperties: false },
);

export const RelationType = Type.Object(
  {
    id: Id,
    label: NonEmpty("Display name."),
    sign: Type.Union([Type.Literal(-1), Type.Literal(0), Type.Literal(1)], {
      description: "+1 cooperative, -1 adversarial, 0 neutral (e.g. mediation). Used by structural balance.",
    }),
    directed: Type.Boolean({ description: "Whether source → target has a direction (mediation does)." }),
    color: Type.String({ pattern: "^#[0-9a-fA-F]{6}$", description: "Colour as #rrggbb." }),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const Evidence = Type.Object(
  {
    source: Type.String({ ...Id, description: "Id of an entry in `sources`." }),
    quote: Type.Optional(
      NonEmpty("Words copied verbatim from the source text; must occur in it when the source has a local file."),
    ),
    citation: Type.Optional(
      NonEmpty("For a reference source with no local text: what it says that supports the claim."),
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
    note: Type.Optional(Type.String({ description: "Curator's note: why this relation, why these dates." })),
    confidence: Type.Optional(Confidence),
  },
  { additionalProperties: false },
);

export const StanceEvent = Type.Object(
  {
    id: Id,
    date: IsoDate,
    end: Type.Optional(Type.String({ ...IsoDate, description: "Last day of a multi-day event (inclusive)." })),
    label: NonEmpty("Short label shown on the timeline."),
    description: Type.Optional(Type.String()),
    actors: Type.Array(Type.String(Id), { description: "Ids of the actors involved." }),
    evidence: Type.Array(Evidence, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const Source = Type.Object(
  {
    id: Id,
    title: NonEmpty("Title of the article, document or page."),
    publisher: NonEmpty("Who published it."),
    date: Type.Optional(Type.String({ ...IsoDate, description: "Publication date." })),
    url: Type.Optional(Type.String({ pattern: "^https?://", description: "Where it can be read." })),
    file: Type.Optional(
      Type.String({
        pattern: "^sources/[A-Za-z0-9_.-]+\\.txt$",
        description: "Local text of the source, relative to the dataset file; quotes are checked against it.",
      }),
    ),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const Period = Type.Object(
  {
    id: Id,
    label: NonEmpty("Name shown on the before/after toggle."),
    date: Type.String({ ...IsoDate, description: "The date this named view shows." }),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const DatasetSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    format: Type.Literal(FORMAT_VERSION),
    id: Id,
    title: NonEmpty("Title of the dataset."),
    description: Type.Optional(Type.String()),
    license: Type.Optional(
      Type.String({ description: "Terms under which the dataset may be reused (its curation, and the quotes from its sources). Shown in the app's \"About this dataset\"." }),
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
export type Relation = Static<typeof Relation>;
export type StanceEvent = Static<typeof StanceEvent>;
export type Source = Static<typeof Source>;
export type Period = Static<typeof Period>;
export type Dataset = Static<typeof DatasetSchema>;
