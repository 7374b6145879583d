/**
 * The relation types of a generated dataset, and how a dyad's stance turns from one type to the
 * next over time (alliance → estrangement …), with the label of the event that marks a turn.
 */
import type { RelationType } from "../schema.ts";

export const RELATION_TYPES: readonly RelationType[] = [
  { id: "alliance", label: "Alliance", sign: 1, directed: false, color: "#009E73", description: "A declared alliance or defence treaty." },
  { id: "partnership", label: "Partnership", sign: 1, directed: false, color: "#56B4E9", description: "Cooperative ties short of an alliance." },
  { id: "estrangement", label: "Estrangement", sign: -1, directed: false, color: "#E69F00", description: "Political distance or rivalry without fighting." },
  { id: "hostility", label: "Hostility", sign: -1, directed: false, color: "#D55E00", description: "Armed enmity, or a war held in check by a ceasefire." },
  { id: "mediation", label: "Mediation", sign: 0, directed: true, color: "#CC79A7", description: "Source mediates for target (one relation per party)." },
  { id: "membership", label: "Membership", sign: 1, directed: true, color: "#0072B2", description: "Source is a member of the bloc organisation target." },
];

/** The types a pair of actors holds towards each other (memberships and mediation are one-way). */
export type DyadType = "alliance" | "partnership" | "estrangement" | "hostility";

/** What a dyadic relation turns into, with weights. Never into itself: a turn changes the type. */
export const TURNS: Readonly<Record<DyadType, ReadonlyArray<readonly [DyadType, number]>>> = {
  alliance: [["estrangement", 0.8], ["partnership", 0.2]],
  partnership: [["estrangement", 0.6], ["alliance", 0.4]],
  estrangement: [["partnership", 0.5], ["hostility", 0.5]],
  hostility: [["estrangement", 0.7], ["partnership", 0.3]],
};

/** The label of the event that marks a turn into a type. */
export const TURN_EVENT_LABEL: Readonly<Record<DyadType, string>> = {
  alliance: "Alliance signed",
  partnership: "Rapprochement",
  estrangement: "Rupture",
  hostility: "Armed clashes",
};

const SENTENCE_LABEL = new Map(RELATION_TYPES.map((t) => [t.id, t.label.toLowerCase()]));

/** "Alliance", "Estrangement": a type's label at the start of a sentence. */
export function typeSentenceLabel(type: string): string {
  const l = SENTENCE_LABEL.get(type) ?? type;
  return l.charAt(0).toUpperCase() + l.slice(1);
}
