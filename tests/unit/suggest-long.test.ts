/**
 * Issue #14: the engine's work must grow in proportion to the text. resolveAnaphora used to look at
 * every mention of the text for each phrase it resolved (quadratic: a 46k-word text took ~25 s).
 * Measured without a clock: the number of actor look-ups it makes on a text and on the same text
 * twice as long.
 */
import { describe, expect, it } from "vitest";
import { analyseText } from "../../src/model/suggest/nlp.ts";
import { resolveAnaphora } from "../../src/model/suggest/anaphora.ts";
import type { GazetteerActor } from "../../src/model/suggest/gazetteer.ts";
import type { PlacedMention } from "../../src/model/suggest/pairs.ts";

const PARAGRAPH =
  "The Karabakh Defence Alliance met Armenia in Yerevan on Monday. The alliance rejected the plan. " +
  "Armenia and Azerbaijan held talks in Geneva. The two countries agreed to meet again. The bloc said nothing. ";

const ACTORS: GazetteerActor[] = [
  { id: "KDA", label: "Karabakh Defence Alliance", kind: "non-state", inDataset: false, ownName: true },
  { id: "ARM", label: "Armenia", kind: "state", iso3: "ARM", inDataset: true },
  { id: "AZE", label: "Azerbaijan", kind: "state", iso3: "AZE", inDataset: true },
];

/** An actor map that counts its look-ups. */
class CountingMap extends Map<string, GazetteerActor> {
  gets = 0;
  override get(id: string): GazetteerActor | undefined {
    this.gets++;
    return super.get(id);
  }
}

/** Resolves the phrases of `copies` paragraphs; the mentions are the actors' names, placed on their tokens. */
function run(copies: number): { gets: number; resolved: PlacedMention[] } {
  const text = PARAGRAPH.repeat(copies);
  const tokens = analyseText(text).tokens;
  const mentions: PlacedMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const one = (actor: string, last: number) =>
      mentions.push({ actor, start: t.start, end: tokens[last]!.end, form: "name", firstToken: k, lastToken: last });
    if (t.lower === "karabakh" && tokens[k + 2]?.lower === "alliance") one("KDA", k + 2);
    else if (t.lower === "armenia") one("ARM", k);
    else if (t.lower === "azerbaijan") one("AZE", k);
  }
  const actors = new CountingMap(ACTORS.map((a) => [a.id, a]));
  const resolved = resolveAnaphora(tokens, mentions, actors, new Array<boolean>(tokens.length).fill(false));
  return { gets: actors.gets, resolved };
}

describe("resolving phrases on a long text (issue #14)", () => {
  it("resolves every paragraph's phrases the same way however long the text", () => {
    const short = run(20);
    const long = run(40);
    // Each paragraph resolves "the alliance" and "the two countries" (the fixture exercises both paths).
    const actorsOf = (r: PlacedMention[]) => r.map((m) => m.actor).sort().join(" ");
    expect(new Set(short.resolved.map((m) => m.actor))).toEqual(new Set(["KDA", "ARM", "AZE"]));
    expect(actorsOf(long.resolved)).toBe(actorsOf([...short.resolved, ...short.resolved]));
  });

  it("looks actors up about twice as often on a text twice as long, not four times", () => {
    const short = run(20);
    const long = run(40);
    expect(short.gets).toBeGreaterThan(0);
    expect(long.gets / short.gets).toBeLessThan(2.5);
  });
});
