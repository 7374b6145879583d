import { describe, expect, it } from "vitest";
import { CHART_MARGIN, CHART_WIDTH, chartScales, columnOf, dateColumns, eventsGeometry, integerTicks, placeLabels, signedNumber, stepPath, YEAR_LABEL_ROOM, yearLabelStep, yearTicks } from "../../src/ui/analysis/chartScales.ts";

describe("chart scales", () => {
  const s = chartScales("2020-01-01", "2020-01-11", [0, 1]);

  it("maps the window onto the plot and values into it, clear of its edges", () => {
    expect(s.x("2020-01-01")).toBe(CHART_MARGIN.left);
    expect(s.x("2020-01-11")).toBe(s.right);
    expect(s.x("2020-01-06")).toBeCloseTo((s.left + s.right) / 2);
    expect(s.right).toBe(CHART_WIDTH - CHART_MARGIN.right);
    expect(s.y(1)).toBe(s.top + 8);
    expect(s.y(0)).toBe(s.bottom - 8);
    // A flat domain does not divide by zero.
    expect(Number.isFinite(chartScales("2020-01-01", "2020-01-01", [3, 3]).y(3))).toBe(true);
  });

  it("ticks each 1 January inside the window", () => {
    expect(yearTicks("2020-09-18", "2024-04-18")).toEqual([2021, 2022, 2023, 2024].map((year) => ({ year, date: `${year}-01-01` })));
    expect(yearTicks("2021-01-01", "2021-01-01")).toEqual([{ year: 2021, date: "2021-01-01" }]);
    expect(yearTicks("2021-02-01", "2021-12-31")).toEqual([]);
  });

  it("chooses about five whole-number ticks that cover the values, 0 and 1", () => {
    expect(integerTicks([])).toEqual({ ticks: [0, 1], domain: [0, 1] });
    expect(integerTicks([3, -2])).toEqual({ ticks: [-2, -1, 0, 1, 2, 3], domain: [-2, 3] });
    expect(integerTicks([12])).toEqual({ ticks: [0, 3, 6, 9, 12], domain: [0, 12] });
    // The last tick may stop short of the top value: the domain still reaches it.
    expect(integerTicks([-7, 4])).toEqual({ ticks: [-9, -6, -3, 0, 3], domain: [-9, 4] });
  });

  it("draws values as steps that hold until the next date, with gaps for missing values", () => {
    const flat = { x: (d: string) => Number(d), y: (v: number) => 10 * v };
    expect(stepPath([1, 2, null, 3], ["0", "1", "2", "3"], "5", flat)).toBe("M0,10H1V20H2M3,30H5");
    expect(stepPath([null, null], ["0", "1"], "2", flat)).toBe("");
  });

  it("gives each date a column from half-way to its neighbours, and finds the column of a date", () => {
    expect(dateColumns([10, 20, 40], 0, 50)).toEqual([
      { left: 0, right: 15 },
      { left: 15, right: 30 },
      { left: 30, right: 50 },
    ]);
    const dates = ["2020-01-01", "2020-06-01", "2021-01-01"];
    expect(columnOf(dates, "2019-12-31")).toBe(-1);
    expect(columnOf(dates, "2020-06-01")).toBe(1);
    expect(columnOf(dates, "2020-12-31")).toBe(1);
    expect(columnOf(dates, "2030-01-01")).toBe(2);
  });

  it("keeps period labels apart in two rows and inside the chart", () => {
    // Two labels 10 units apart collide: the second goes in the other row; a third far away goes back to the first.
    expect(placeLabels([150, 160, 300], [10, 10, 4])).toEqual([
      { row: 0, anchor: "middle" },
      { row: 1, anchor: "middle" },
      { row: 0, anchor: "middle" },
    ]);
    // Near the edges a label is anchored to stay inside.
    expect(placeLabels([5, CHART_WIDTH - 5], [12, 12]).map((p) => p.anchor)).toEqual(["start", "end"]);
    // A third colliding label takes the row whose last label ends first.
    expect(placeLabels([150, 152, 154], [10, 20, 10]).map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it("writes numbers with a real minus sign", () => {
    expect([signedNumber(-3), signedNumber(0), signedNumber(2), signedNumber(2, true), signedNumber(0, true)]).toEqual(["−3", "0", "2", "+2", "0"]);
  });

  it("labels every year while labels fit, else every 2, 5, 10, 20 … years, never two labels closer than their room", () => {
    expect(yearLabelStep(60)).toBe(1);
    expect(yearLabelStep(YEAR_LABEL_ROOM)).toBe(1);
    expect(yearLabelStep(20)).toBe(2);
    expect(yearLabelStep(12)).toBe(5);
    // Twenty years on a chart whose plot is about 300 units wide: 15 units a year.
    expect(yearLabelStep(15)).toBe(5);
    expect(yearLabelStep(1)).toBe(50);
    expect(yearLabelStep(0.001)).toBe(50_000);
    for (const perYear of [0.3, 2.9, 7, 16.9, 17, 33.9, 200]) {
      const step = yearLabelStep(perYear);
      expect(step * perYear).toBeGreaterThanOrEqual(YEAR_LABEL_ROOM);
    }
  });
});

describe("eventsGeometry", () => {
  const from = "2000-01-01";
  const to = "2010-01-01";
  const x = chartScales(from, to, [0, 1]).x;

  it("puts one line per half unit of x that holds an event, however many events fall there", () => {
    const g = eventsGeometry([{ date: "2005-01-01" }, { date: "2005-01-01" }, { date: "2005-01-02" }, { date: "2001-06-01" }], from, to);
    // Two events a day apart fall in the same half unit on a ten-year axis; the other apart.
    expect(g.xs).toEqual([Math.round(x("2001-06-01") * 2) / 2, Math.round(x("2005-01-01") * 2) / 2]);
    expect(g.bands).toEqual([]);
    expect([g.first, g.last]).toEqual(["2001-06-01", "2005-01-02"]);
  });

  it("merges the bands of events that lasted and overlap, keeps those apart, and clamps to the window", () => {
    const g = eventsGeometry(
      [
        { date: "2002-01-01", end: "2003-01-01" },
        { date: "2002-06-01", end: "2004-01-01" },
        { date: "2006-01-01", end: "2007-01-01" },
        { date: "1998-01-01", end: "2000-06-01" },
        { date: "2009-01-01", end: "2012-01-01" },
        { date: "2008-01-01", end: "2008-01-01" },
      ],
      from,
      to,
    );
    expect(g.bands).toEqual([
      [x(from), x("2000-06-01")],
      [x("2002-01-01"), x("2004-01-01")],
      [x("2006-01-01"), x("2007-01-01")],
      [x("2009-01-01"), x(to)],
    ]);
    // An event before the window is drawn at its start.
    expect(g.xs[0]).toBe(Math.round(x(from) * 2) / 2);
  });

  it("gives a one-day event that lasted a band at least one unit wide", () => {
    const g = eventsGeometry([{ date: "2004-01-01", end: "2004-01-02" }], from, to);
    expect(g.bands).toEqual([[x("2004-01-01"), x("2004-01-01") + 1]]);
  });
});
