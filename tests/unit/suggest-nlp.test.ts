/**
 * A text's reading depends on the text alone (src/model/suggest/nlp.ts): wink keeps the words a
 * document brings and then tokenizes later documents otherwise, so each text gets a pipeline of its
 * own. Found by the evaluation: bougainville-2001 lost a pair when read after cambodia-paris-1991.
 */
import { describe, expect, it } from "vitest";
import { analyseText } from "../../src/model/suggest/index.ts";

const LATER = "The rebels fought on the government's side in the north. Ruritania backed the government's army.";
// wink keeps "government's," whole (the word before a comma), and then every "government's" after it.
const EARLIER = "The militia, the strongest force after the government's, would join the talks.";
const tokens = (text: string) => analyseText(text).tokens.map((t) => `${t.lower}/${t.pos}`);

describe("a reading that depends on its text alone", () => {
  it("tokenizes and tags a text the same before and after another text was read", () => {
    const first = tokens(LATER);
    expect(first).toContain("government/NOUN");
    tokens(EARLIER);
    expect(tokens(LATER)).toEqual(first);
  });
});
