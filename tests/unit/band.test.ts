/**
 * The part of the graph a selection must be in to be seen (src/view/band.ts): the camera moves
 * only for points outside it, by the least shift, and zooms out only as far as their box needs.
 */
import { describe, expect, it } from "vitest";
import { placeInBand } from "../../src/view/band.ts";

// A phone's graph area with the details sheet over its lower half: 390 wide, seen down to 330.
const band = { left: 0, right: 390, top: 0, bottom: 330 };

describe("placeInBand", () => {
  it("leaves points inside the band, margin to spare, where they are", () => {
    expect(placeInBand([{ x: 100, y: 100 }, { x: 300, y: 300 }], band, 24)).toBeNull();
    expect(placeInBand([], band)).toBeNull();
  });

  it("moves a point under the sheet or at the edge by the least shift that brings their box inside, without zooming", () => {
    // 350 − (330 − 24) = 44 px up; the other point stays in the band, 56 px from its top.
    expect(placeInBand([{ x: 100, y: 100 }, { x: 200, y: 350 }], band, 24)).toEqual({ zoom: 1, dx: 0, dy: -44 });
    expect(placeInBand([{ x: 10, y: 100 }], band, 24)).toEqual({ zoom: 1, dx: 14, dy: 0 });
  });

  it("zooms out just enough for a box taller or wider than the band's room", () => {
    // 564 px tall against 330 − 48 = 282 of room: twice as far out.
    expect(placeInBand([{ x: 100, y: 0 }, { x: 120, y: 564 }], band, 24)).toEqual({ zoom: 2, dx: 0, dy: 0 });
    expect(placeInBand([{ x: -200, y: 50 }, { x: 484, y: 60 }], band, 24)).toEqual({ zoom: 684 / 342, dx: 0, dy: 0 });
  });
});
