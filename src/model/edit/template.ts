/**
 * A new, empty dataset to curate from scratch ("New dataset"), and the colours offered for
 * relation types. The relation types are the default dataset's (the format's examples use them,
 * and a journalist can rename, recolour or delete them); the dataset is valid as it is.
 */
import { FORMAT_VERSION, type Dataset, type RelationType } from "../schema.ts";

/**
 * The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"): eight colours that stay
 * distinguishable with the common colour-vision deficiencies; the default dataset uses it. The
 * type form offers these, each with its name (colour is never the only signal: types also
 * differ by label and line width).
 */
export const RELATION_TYPE_PALETTE: ReadonlyArray<{ name: string; color: string }> = [
  { name: "Bluish green", color: "#009E73" },
  { name: "Sky blue", color: "#56B4E9" },
  { name: "Orange", color: "#E69F00" },
  { name: "Vermilion", color: "#D55E00" },
  { name: "Reddish purple", color: "#CC79A7" },
  { name: "Blue", color: "#0072B2" },
  { name: "Yellow", color: "#F0E442" },
  { name: "Black", color: "#000000" },
];

const DEFAULT_TYPES: RelationType[] = [
  { id: "alliance", label: "Alliance", sign: 1, directed: false, color: "#009E73", description: "A declared alliance: a defence treaty, basing agreement or declaration of allied relations." },
  { id: "partnership", label: "Partnership", sign: 1, directed: false, color: "#56B4E9", description: "Cooperative, friendly ties short of a declared alliance." },
  { id: "estrangement", label: "Estrangement", sign: -1, directed: false, color: "#E69F00", description: "Political distance or opposition without fighting." },
  { id: "hostility", label: "Hostility", sign: -1, directed: false, color: "#D55E00", description: "Armed enmity: war, or a state of war held in check by a ceasefire." },
  { id: "mediation", label: "Mediation", sign: 0, directed: true, color: "#CC79A7", description: "A third party stands between two others. Directed: source = mediator, target = a party." },
  { id: "membership", label: "Membership", sign: 1, directed: true, color: "#0072B2", description: "A state belongs to an organisation or accepts a court's jurisdiction. Directed: member → body." },
];

/** An empty dataset with the default relation types. `id` must be a valid id (letters, digits, '_', '.', '-'). */
export function newDataset(id: string, title: string): Dataset {
  return {
    format: FORMAT_VERSION,
    id,
    title,
    actors: [],
    relationTypes: DEFAULT_TYPES.map((t) => ({ ...t })),
    relations: [],
    events: [],
    sources: [],
    periods: [],
  };
}

/**
 * An id for a new record from its label ("North Korea" → "north-korea"), made unique among
 * `taken` with a numeric suffix. The forms propose it; the user may type another.
 */
export function suggestId(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 56) || "item";
  return uniqueId(base, taken);
}

/** `base`, or `base-2`, `base-3` … the first that `taken` lacks: a new record's id among those there. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let k = 2; ; k++) if (!taken.has(`${base}-${k}`)) return `${base}-${k}`;
}

/** A passage this long or longer is no name (the reading pane's "New actor from the selected words" stays off). */
export const MAX_NAME_CHARS = 80;

const OPENING = /^[\s'"“”‘’(«]+/u;
const CLOSING = /[\s.,;:!?'"“”‘’»]+$/u;

/**
 * Words selected in a source as a new actor's name: on one line, white space collapsed, quotation
 * marks and a leading "the" dropped, trailing punctuation dropped (a closing parenthesis only when
 * the name opens none: "Islamic Resistance in Iraq (IRI)" stays whole); null when what is left
 * cannot be a name (no letter, or longer than MAX_NAME_CHARS).
 */
export function nameFromPassage(quote: string): string | null {
  if (/[\n\r]/.test(quote)) return null;
  let name = quote.replace(/\s+/g, " ").replace(OPENING, "").replace(/^the\s+/i, "").replace(CLOSING, "");
  while (name.endsWith(")") && !name.includes("(")) name = name.slice(0, -1).replace(CLOSING, "");
  return name.length > 0 && name.length <= MAX_NAME_CHARS && /\p{L}/u.test(name) ? name : null;
}
