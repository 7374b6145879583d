/**
 * The bound the scene puts on a name it has not measured yet (src/app/scene.ts LETTERS_SHARE: a
 * share of its letters' widths, each measured alone) holds in the label font the browser draws
 * with: a name measured narrower than its bound could be left out where it had room, so the
 * lazily measured placement would differ from the placement with every name measured.
 */
import { describe, expect, inject, it } from "vitest";
import { openApp } from "./chromium.ts";
import { useBrowser } from "./useBrowser.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { LABEL_FONT, LETTERS_SHARE, NODE_LABEL_SIZE, ONE_GLYPH_EACH } from "../../src/app/scene.ts";

const base = inject("baseUrl");
const browser = useBrowser();

/** Pairs that kerning pulls together, ligatures, capitals and accents, Greek and Cyrillic. */
const HARD = ["AVAVAVAVAV", "WAWAWAWA", "LTLTLTLT", "To Ty Yo Vo", "fi fl ffi ffl", "T.V.A.", "Ŷ Ÿ Ÿ", "ΑΥΤΟΥ ΛΑΛΑ", "ГАГАГА Тбилиси", "''''", "....", "iiiiiiii", "l|l|l|l", "Côte d'Ivoire", "Türkiye", "Łódź"];

describe("the width bound on a name not measured yet", () => {
  it("is under every name's measured width in the label font: the default dataset's actors, generated names and kerning-heavy text", async () => {
    const { page, errors } = await openApp(browser, base);
    const actors = await page.evaluate(() => window.stancegraph!.model.dataset.actors.map((a) => a.label));
    const generated = generateDataset({ actors: 300, relations: 10, years: 2, seed: 3 }).actors.map((a) => a.label);
    const names = [...actors, ...generated, ...HARD].filter((t) => ONE_GLYPH_EACH.test(t));
    expect(names.length).toBeGreaterThan(300);
    const ratios = await page.evaluate(
      ({ names, font }) => {
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.font = font;
        return names.map((t) => {
          let letters = 0;
          for (const ch of t) letters += ctx.measureText(ch).width;
          return { t, ratio: ctx.measureText(t).width / letters };
        });
      },
      { names, font: `600 ${NODE_LABEL_SIZE}px ${LABEL_FONT}` },
    );
    const least = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    // Well above the share: the bound has room to spare.
    expect(least.ratio, `narrowest: ${least.t}`).toBeGreaterThan(LETTERS_SHARE + 0.2);
    expect(errors).toEqual([]);
  });
});
