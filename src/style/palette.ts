/**
 * Colours for actor kinds. Relation types carry their own colours in the dataset (the default
 * dataset uses the Okabe–Ito palette, which stays distinguishable with the common colour-vision
 * deficiencies). Kinds use muted tones so that edges, which carry the stances, stand out; kind is
 * always also given as text (legend, tooltip, details, table).
 */
export const KIND_COLORS: Record<string, string> = {
  state: "#4d6a96",
  bloc: "#8a5a83",
  organization: "#5f7f4f",
  court: "#9a7b2f",
  "non-state": "#8c5a3c",
  person: "#666666",
};

export const KIND_LABELS: Record<string, string> = {
  state: "State",
  bloc: "Bloc",
  organization: "Organization",
  court: "Court",
  "non-state": "Non-state actor",
  person: "Person",
};

export const FADED_NODE = "#d7dbe0";
export const FADED_EDGE = "#e6e8eb";

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? "#666666";
}
