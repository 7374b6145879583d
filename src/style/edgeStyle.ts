/**
 * How a relation looks: colour from its type, and cues beyond colour so that no meaning rests on
 * colour alone: thickness by sign (cooperative thick, adversarial medium, neutral thin), arrows on
 * directed types, the type's name as the edge label, and in compare mode a sign before it
 * ("+ alliance" added, "− alliance" removed, "= alliance" unchanged) with thickness and fading per status.
 */
import type { RelationType } from "../model/schema.ts";
import type { RelationStatus } from "../model/diff.ts";

export const SIGN_THICKNESS: Record<-1 | 0 | 1, number> = { 1: 4, [-1]: 2.5, 0: 1.5 };

export const STATUS_MARK: Record<RelationStatus, string> = { added: "+ added", removed: "− removed", kept: "= unchanged" };

/** The one-character prefix of an edge label in compare mode (short, so labels fit on the edge). */
export const STATUS_SIGN: Record<RelationStatus, string> = { added: "+", removed: "−", kept: "=" };

/** Mixes a #rrggbb colour with white: `alpha` 1 keeps the colour, 0 gives white. */
export function fadeToWhite(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * alpha);
  const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

export function edgeThickness(type: RelationType | undefined, status: RelationStatus | null): number {
  const base = SIGN_THICKNESS[type?.sign ?? 0];
  if (status === "removed") return Math.max(1, base * 0.6);
  if (status === "added") return base * 1.4;
  return base;
}

export function edgeLabel(type: RelationType | undefined, status: RelationStatus | null): string {
  const name = (type?.label ?? "relation").toLowerCase();
  return status ? `${STATUS_SIGN[status]} ${name}` : name;
}

/**
 * The colour of an edge's label: its line's colour darkened enough to read as text on white
 * (every Okabe–Ito colour then passes WCAG AA for its size), so a label is tied to its line by
 * colour as well as by place — and by its words, so never by colour alone.
 */
export function labelColorFor(hex: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return "#3d4656";
  const n = Number.parseInt(hex.slice(1), 16);
  const dark = (c: number) => Math.round(c * 0.45);
  const [r, g, b] = [dark((n >> 16) & 255), dark((n >> 8) & 255), dark(n & 255)];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}
