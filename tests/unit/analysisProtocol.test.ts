/**
 * The analysis worker's protocol (src/app/analysisProtocol.ts), run in Node without a worker: what
 * it answers is cut to what the panel shows, and the pages of triads and the series asked for
 * afterwards are, put together, exactly the full computation's. Answers go through
 * structuredClone, as a postMessage copies them.
 */
import { describe, expect, it } from "vitest";
import { createModel } from "../../src/model/stanceModel.ts";
import { generateDataset } from "../../src/model/generate.ts";
import { alignmentSeries } from "../../src/model/analytics/index.ts";
import { analysisOf, defaultChartActors } from "../../src/app/analysisState.ts";
import { answer, RemoteFigures, type AnalysisAnswer, type FiguresQuery } from "../../src/app/analysisProtocol.ts";

const dataset = generateDataset({ actors: 150, relations: 1500, years: 10, seed: 7 });
/** Three models of one dataset: the full computation, the worker's copy, and the page's (which computes nothing). */
const fresh = () => createModel(structuredClone(dataset), { layout: false });
const full = analysisOf(fresh());
const PAGE = 50;

function worker() {
  const analysis = analysisOf(fresh());
  return <K extends AnalysisAnswer["kind"]>(q: FiguresQuery): Extract<AnalysisAnswer, { kind: K }> => structuredClone(answer(analysis, q, dataset.actors)) as Extract<AnalysisAnswer, { kind: K }>;
}

describe("the analysis worker's answers", () => {
  const date = full.series().points[Math.floor(full.series().points.length / 2)]!.date;
  const all = full.at(date).balance.unbalanced;
  const model = fresh();
  const chart = defaultChartActors(model);

  it("are the first page of triads with their count, and the chart's actors' series only", () => {
    expect(all.length).toBeGreaterThan(2 * PAGE); // three pages at least, the last one short
    const ask = worker();
    const { slim } = ask<"computed">({ type: "compute", needs: { dates: [date], shifts: [], series: true }, seriesActors: chart, pageSize: PAGE });
    const c = slim.constellations[0]!;
    expect(c.asOf).toBe(full.at(date).asOf);
    expect(c.unbalancedCount).toBe(all.length);
    expect(c.balance.unbalanced).toEqual(all.slice(0, PAGE));
    expect({ ...c.balance, unbalanced: [] }).toEqual({ ...full.at(date).balance, unbalanced: [] });
    // The per-actor figures travel as typed arrays, not as one object per actor.
    expect(c.alignment.positive).toBeInstanceOf(Int32Array);
    expect(c.alignment.actor).toHaveLength(dataset.actors.length);
    expect(c.blocs.members).toBeInstanceOf(Int32Array);
    expect(slim.series!.actors).toBeInstanceOf(Int32Array);
    // No signed graph travels: the page builds it when it reads it, the same as the full computation's.
    expect("graph" in c).toBe(false);
    const page = analysisOf(fresh());
    new RemoteFigures(dataset.actors).adopt(page, slim);
    expect(page.missing({ dates: [date], shifts: [], series: true })).toEqual({ dates: [], shifts: [], series: false });
    // Unpacked on the page, they are the full computation's: counts and labels, blocs with their
    // members, labels and map, the unexplained ties; partner lists when read (from the graph).
    const mine = page.at(date);
    const theirs = full.at(date);
    expect(mine.alignment.map((r) => ({ ...r }))).toEqual(theirs.alignment.map(({ positivePartners: _p, negativePartners: _n, ...r }) => r));
    expect(mine.alignment.map((r) => [r.positivePartners, r.negativePartners])).toEqual(theirs.alignment.map((r) => [r.positivePartners, r.negativePartners]));
    expect(theirs.blocs.blocs.length).toBeGreaterThan(1);
    expect(theirs.blocs.unexplained.length).toBeGreaterThan(0);
    expect(mine.blocs).toEqual(theirs.blocs);
    expect(mine.blocs.blocOf.size).toBe(theirs.blocs.blocOf.size);
    for (const [id, bloc] of theirs.blocs.blocOf) expect(mine.blocs.blocOf.get(id)).toBe(bloc);
    expect(mine.graph).toEqual(theirs.graph);
    const other = full.series().points[1]!.date;
    expect(page.shift(other, date)).toEqual(full.shift(other, date));
    expect(slim.series!.steps.map(([id]) => id)).toEqual(chart);
    expect(slim.series!.points).toEqual(full.series().points);
    expect(page.series().actors).toEqual(full.series().actors);
    expect(full.series().alignment.size).toBe(dataset.actors.length);
  });

  it("give, page after page, every triad of the full computation, and any actor's series on request", () => {
    const ask = worker();
    const page = analysisOf(model);
    const remote = new RemoteFigures(dataset.actors);
    remote.adopt(page, ask<"computed">({ type: "compute", needs: { dates: [date], shifts: [], series: true }, seriesActors: chart, pageSize: PAGE }).slim);
    const asOf = page.at(date).asOf;
    expect(remote.count(asOf)).toBe(all.length);
    let pages = 1;
    while (page.at(date).balance.unbalanced.length < remote.count(asOf)!) {
      const have = page.at(date).balance.unbalanced.length;
      remote.addTriads(asOf, ask<"triads">({ type: "triads", date, offset: have, limit: PAGE }).triads);
      pages++;
    }
    expect(pages).toBe(Math.ceil(all.length / PAGE));
    // The page's memo now lists what the full computation lists, in the same order.
    expect(page.at(date).balance.unbalanced).toEqual(all);

    const others = dataset.actors.map((a) => a.id).filter((id) => !chart.includes(id)).slice(0, 5);
    expect(remote.missingSteps([...chart, ...others])).toEqual(others);
    remote.addSteps(ask<"series">({ type: "series", actors: others }).steps);
    expect(remote.missingSteps([...chart, ...others])).toEqual([]);
    for (const id of [...chart, ...others]) expect(alignmentSeries(page.series(), id)).toEqual(alignmentSeries(full.series(), id));
  });
});
