/**
 * Event codes → quad class → sign, as data. Every table says where it comes from.
 *
 * Quad classes (the 2×2 of cooperation–conflict and verbal–material that event-data users
 * aggregate to, with the Phoenix data set's 0 for neutral comments):
 *   0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
 * Sign: +1 cooperative (quad 1, 2), −1 conflictual (quad 3, 4), 0 neutral (quad 0).
 */

export type QuadClass = 0 | 1 | 2 | 3 | 4;
export type EventSign = -1 | 0 | 1;

export const QUAD_CLASS_LABELS: ReadonlyMap<QuadClass, string> = new Map([
  [0, "neutral"],
  [1, "verbal cooperation"],
  [2, "material cooperation"],
  [3, "verbal conflict"],
  [4, "material conflict"],
]);

/** Quad class → sign. */
export const QUAD_CLASS_SIGN: ReadonlyMap<QuadClass, EventSign> = new Map([
  [0, 0],
  [1, 1],
  [2, 1],
  [3, -1],
  [4, -1],
]);

/**
 * CAMEO root codes (the first two digits of a CAMEO event code) → quad class.
 *
 * Source: the CAMEO codebook (Schrodt, "CAMEO Conflict and Mediation Event Observations Event
 * and Actor Codebook", version 1.1b3, 2012) for the root codes, grouped as GDELT 2.0's `QuadClass`
 * column groups them (GDELT Event Codebook V2.0, "QuadClass": 1 = verbal cooperation, 2 = material
 * cooperation, 3 = verbal conflict, 4 = material conflict), except that roots 01 (make public
 * statement) and 02 (appeal) are neutral (quad class 0), as in the Phoenix data set of the Open
 * Event Data Alliance and as PLOVER, which drops them as comments ("The CAMEO 01 and 02 categories
 * dealing with comments have been eliminated", PLOVER README). A statement or an appeal says
 * nothing about whether two actors stand together.
 */
export const CAMEO_ROOT_QUAD: ReadonlyMap<string, QuadClass> = new Map([
  ["01", 0], // make public statement
  ["02", 0], // appeal
  ["03", 1], // express intent to cooperate
  ["04", 1], // consult
  ["05", 1], // engage in diplomatic cooperation
  ["06", 2], // engage in material cooperation
  ["07", 2], // provide aid
  ["08", 2], // yield
  ["09", 3], // investigate
  ["10", 3], // demand
  ["11", 3], // disapprove
  ["12", 3], // reject
  ["13", 3], // threaten
  ["14", 4], // protest
  ["15", 4], // exhibit force posture
  ["16", 4], // reduce relations
  ["17", 4], // coerce
  ["18", 4], // assault
  ["19", 4], // fight
  ["20", 4], // use unconventional mass violence
]);

/**
 * PLOVER event types → quad class.
 *
 * Source: the PLOVER manual (Open Event Data Alliance, github.com/openeventdata/PLOVER,
 * PLOVER_MANUAL.tex, table "Quad categories in PLOVER"; CC BY-SA 4.0): verbal cooperation AGREE,
 * CONSULT, SUPPORT, CONCEDE; material cooperation COOPERATE, AID, RETREAT; verbal conflict
 * REQUEST, ACCUSE, REJECT, SANCTION, THREATEN; material conflict PROTEST, MOBILIZE, COERCE,
 * ASSAULT. The names of earlier drafts still found in data (the gold-standard records are coded
 * with version 0.5b1) come from the README's quad table: INVESTIGATE material cooperation; DEMAND,
 * DISAPPROVE verbal conflict; CRIME material conflict; and FIGHT (0.5b1, later folded into ASSAULT)
 * material conflict.
 */
export const PLOVER_TYPE_QUAD: ReadonlyMap<string, QuadClass> = new Map([
  ["AGREE", 1],
  ["CONSULT", 1],
  ["SUPPORT", 1],
  ["CONCEDE", 1],
  ["COOPERATE", 2],
  ["AID", 2],
  ["RETREAT", 2],
  ["INVESTIGATE", 2],
  ["REQUEST", 3],
  ["ACCUSE", 3],
  ["REJECT", 3],
  ["SANCTION", 3],
  ["THREATEN", 3],
  ["DEMAND", 3],
  ["DISAPPROVE", 3],
  ["PROTEST", 4],
  ["MOBILIZE", 4],
  ["COERCE", 4],
  ["ASSAULT", 4],
  ["CRIME", 4],
  ["FIGHT", 4],
]);

export type CodeScheme = "cameo" | "plover";

/** The table of a code scheme, code → sign (what the aggregation needs). */
export function signTable(scheme: CodeScheme): ReadonlyMap<string, EventSign> {
  const quads = scheme === "cameo" ? CAMEO_ROOT_QUAD : PLOVER_TYPE_QUAD;
  return new Map([...quads].map(([code, quad]) => [code, QUAD_CLASS_SIGN.get(quad)!]));
}

/**
 * The code the tables are keyed by: the CAMEO root (first two characters of a code such as "0231"
 * or "190"), or the PLOVER type as written. SQL does the same (see sql.ts: `substr(code, 1, 2)`).
 */
export function codeKey(scheme: CodeScheme, code: string): string {
  return scheme === "cameo" ? code.slice(0, 2) : code;
}
