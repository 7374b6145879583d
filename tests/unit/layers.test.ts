/**
 * The layers are enforced by lint, not by memory: ESLint (the project's own config) refuses an
 * import from a layer above, a panel importing another panel, and a panel reaching into sigma.
 */
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file at `path`. */
async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layers", () => {
  it.each([
    ["src/model/x.ts", 'import "../ui/widgets.ts";'],
    ["src/model/analytics/x.ts", 'import "../../ui/details.ts";'],
    ["src/model/x.ts", 'import "../app/state.ts";'],
    ["src/model/x.ts", 'import "../dom/dom.ts";'],
    ["src/io/x.ts", 'import "../view/renderer.ts";'],
    ["src/io/x.ts", 'import "../ui/widgets.ts";'],
    ["src/style/x.ts", 'import "../io/svg.ts";'],
    ["src/app/x.ts", 'import "../view/renderer.ts";'],
    ["src/app/x.ts", 'import "../ui/widgets.ts";'],
    ["src/view/x.ts", 'import "../ui/widgets.ts";'],
    ["src/cli/commands/x.ts", 'import "../../view/renderer.ts";'],
    ["src/dom/x.ts", 'import "../model/schema.ts";'],
  ])("%s may not %s", async (path, code) => {
    expect(await restricted(path, code)).toHaveLength(1);
  });

  it.each([
    ["src/ui/details.ts", 'import "./table.ts";'],
    ["src/ui/details.ts", 'import "./timeline/compare.ts";'],
    ["src/ui/timeline/compare.ts", 'import "../details.ts";'],
    ["src/ui/timeline/compare.ts", 'import "../analysis/charts.ts";'],
    ["src/ui/searchBox.ts", 'import Sigma from "sigma";'],
    ["src/ui/analysis/charts.ts", 'import { drawOnCanvas } from "@sigma/export-image";'],
    // The importer's steps are the importer's alone, and the importer is a panel like the others.
    ["src/ui/details.ts", 'import "./import/mappingDialog.ts";'],
    ["src/ui/importer.ts", 'import "./details.ts";'],
    ["src/ui/importer.ts", 'import "./timeline/compare.ts";'],
    ["src/ui/import/mappingDialog.ts", 'import "../details.ts";'],
  ])("a panel may not reach another panel or sigma: %s %s", async (path, code) => {
    expect(await restricted(path, code)).toHaveLength(1);
  });

  it.each([
    ["src/model/x.ts", 'import "./schema.ts";'],
    ["src/io/x.ts", 'import "../style/palette.ts";'],
    ["src/app/x.ts", 'import "../dom/dom.ts";'],
    ["src/view/x.ts", 'import "../app/derivedView.ts";'],
    ["src/ui/details.ts", 'import "./widgets.ts";'],
    ["src/ui/timeline/compare.ts", 'import "../widgets.ts";'],
    ["src/ui/timeline/compare.ts", 'import "./periodToggle.ts";'],
    ["src/ui/timeline/compare.ts", 'import "../../view/renderer.ts";'],
    ["src/ui/importer.ts", 'import "./import/mappingDialog.ts";'],
    ["src/ui/import/mappingDialog.ts", 'import "./stepDialog.ts";'],
  ])("%s may %s", async (path, code) => {
    expect(await restricted(path, code)).toEqual([]);
  });
});
