/** The date an article gives itself (its dateline), offered for a source added without one. */
import { describe, expect, it } from "vitest";
import { dateInText, OPENING_CHARS } from "../../src/model/textDate.ts";

const lead = "The two sides signed the accord after eleven weeks of talks.";

describe("dateInText", () => {
  it("reads the date of a dateline: a place in capitals, the date, a dash or the agency", () => {
    const text = `Rebels and government sign deal\n\nACCRA, August 18, 2003 — ${lead}`;
    const found = dateInText(text);
    expect(found).toEqual({ date: "2003-08-18", phrase: "August 18, 2003", start: text.indexOf("August"), end: text.indexOf(" —") });
    expect(dateInText(`BANDA ACEH, Indonesia, Aug. 16, 2005 -- ${lead}`)?.date).toBe("2005-08-16");
    expect(dateInText(`PARIS, 3 May 2024 (AFP) - ${lead}`)?.date).toBe("2024-05-03");
    expect(dateInText(`COTABATO CITY, Philippines, 27 March 2025: ${lead}`)?.date).toBe("2025-03-27");
  });

  it("reads a line that says when the article was published or updated", () => {
    expect(dateInText(`Headline here\nBy A. Writer\nPublished: 2 December 2024\n\n${lead}`)?.date).toBe("2024-12-02");
    expect(dateInText(`Headline here\nUpdated Dec. 2, 2024, 10:42 a.m.\n\n${lead}`)?.date).toBe("2024-12-02");
  });

  it("offers nothing for a date the lead gives an event: a report often dates what it reports, not itself", () => {
    expect(dateInText(`WASHINGTON — The pact, announced on 15 September 2021, angered Paris. ${lead}`)).toBeNull();
    expect(dateInText(`The accord was signed on 15 September 2021 in Washington. ${lead}`)).toBeNull();
  });

  it("offers nothing for a dateline with no full date, an impossible date, or one past the opening", () => {
    expect(dateInText(`GENEVA, May 2024 — ${lead}`)).toBeNull();
    expect(dateInText(`GENEVA, February 30, 2024 — ${lead}`)).toBeNull();
    const late = `${"A long headline that goes on. ".repeat(Math.ceil(OPENING_CHARS / 30))}\nGENEVA, May 3, 2024 — ${lead}`;
    expect(late.indexOf("GENEVA")).toBeGreaterThan(OPENING_CHARS);
    expect(dateInText(late)).toBeNull();
  });

  it("takes the first dateline with a date when several lines could be one", () => {
    expect(dateInText(`NEW YORK, June 1, 2020 — ${lead}\nLONDON, June 2, 2020 — More.`)?.date).toBe("2020-06-01");
    expect(dateInText(`NEW YORK — ${lead}\nLONDON, June 2, 2020 — More.`)?.date).toBe("2020-06-02");
  });
});
