/**
 * The command line built to JavaScript (scripts/cli/build.ts): which packages go inside the bundle
 * and which stay in node_modules, that the bundle finds the files its sources point at, and how
 * bin/stancegraph.js chooses between the build and the TypeScript sources.
 */
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildCli } from "../../scripts/cli/build.ts";
import { createPackagePolicy, packageDirOf } from "../../scripts/cli/packagePolicy.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "stancegraph-cli-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `files` (path → text) under `dir`. */
function write(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const pkg = (name: string, extra: object = {}) => JSON.stringify({ name, version: "1.0.0", main: "index.js", ...extra });

/** A project with packages of every kind the policy tells apart. */
const project = write(join(scratch, "project"), {
  "node_modules/pure/package.json": pkg("pure", { dependencies: { "pure-dep": "1" } }),
  "node_modules/pure/index.js": 'module.exports = require("pure-dep") + "!";',
  "node_modules/pure-dep/package.json": pkg("pure-dep"),
  "node_modules/pure-dep/index.js": 'module.exports = "pure";',
  "node_modules/native/package.json": pkg("native"),
  "node_modules/native/index.js": 'module.exports = "native";',
  "node_modules/native/build/Release/addon.node": "\0",
  "node_modules/wrapper/package.json": pkg("wrapper", { dependencies: { native: "1" } }),
  "node_modules/wrapper/index.js": 'module.exports = require("native");',
  "node_modules/located/package.json": pkg("located"),
  "node_modules/located/index.js": 'module.exports = require("fs").readFileSync(__dirname + "/model.bin");',
  "node_modules/computed/package.json": pkg("computed"),
  "node_modules/computed/index.js": "const name = 'x'; module.exports = require(name);",
  "node_modules/platform/package.json": pkg("platform", { optionalDependencies: { "platform-linux-arm": "1" } }),
  "node_modules/platform/index.js": "module.exports = 1;",
  "node_modules/@scope/cycle-a/package.json": pkg("@scope/cycle-a", { dependencies: { "@scope/cycle-b": "1" } }),
  "node_modules/@scope/cycle-a/index.js": "module.exports = 1;",
  "node_modules/@scope/cycle-b/package.json": pkg("@scope/cycle-b", { dependencies: { "@scope/cycle-a": "1" } }),
  "node_modules/@scope/cycle-b/index.js": "module.exports = 2;",
  "graph-data/answer.txt": "42\n",
  "src/cli/main.ts": [
    'import { readFileSync } from "node:fs";',
    'import pure from "pure";',
    'import wrapper from "wrapper";',
    'import { helper } from "./helper.ts";',
    "export async function runCli(): Promise<number> {",
    '  console.log(pure, helper(), typeof wrapper);',
    "  return 0;",
    "}",
  ].join("\n"),
  "src/cli/helper.ts": 'import { readFileSync } from "node:fs";\nexport const helper = () => readFileSync(new URL("../../graph-data/answer.txt", import.meta.url), "utf8").trim();\n',
});

describe("which packages the command line's bundle carries", () => {
  const decide = createPackagePolicy();
  const at = (name: string) => decide(join(project, "node_modules", name));

  it("carries pure JavaScript packages and what they depend on", () => {
    expect(at("pure")).toBeNull();
    expect(at("pure-dep")).toBeNull();
    expect(at("@scope/cycle-a")).toBeNull();
  });

  it("leaves native code, self-locating or computed loading, and missing optional packages in node_modules", () => {
    expect(at("native")).toMatch(/ships build\/Release\/addon\.node/);
    expect(at("wrapper")).toMatch(/depends on native \(ships/);
    expect(at("located")).toMatch(/uses __dirname/);
    expect(at("computed")).toMatch(/computed module name/);
    expect(at("platform")).toMatch(/platform-linux-arm, which is not installed/);
  });

  it("finds the package a resolved file belongs to", () => {
    expect(packageDirOf("/p/node_modules/a/node_modules/@s/b/dist/x.js")).toBe("/p/node_modules/a/node_modules/@s/b");
    expect(packageDirOf("/p/node_modules/c/index.js")).toBe("/p/node_modules/c");
    expect(packageDirOf("/p/src/x.ts")).toBeNull();
  });
});

describe("the build", () => {
  it("bundles what main.ts registers, keeps native packages external, and finds files from the bundle's folder", async () => {
    const out = await buildCli(project, join(project, "dist-cli"));
    expect(out.bundled).toEqual(["pure", "pure-dep"]);
    expect(out.external.map((e) => e.name)).toEqual(["wrapper"]);
    const code = readFileSync(out.bundle, "utf8");
    expect(code).toMatch(/from "wrapper"/);
    expect(code).not.toMatch(/from "pure"/);
    expect(JSON.parse(readFileSync(join(project, "dist-cli/inputs.json"), "utf8"))).toEqual(["src/cli/helper.ts", "src/cli/main.ts"]);
    expect(readFileSync(join(project, "dist-cli/THIRD-PARTY.txt"), "utf8")).toContain("pure-dep@1.0.0");
    // The external package is found at run time from node_modules; the text file from the bundle's folder.
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(out.bundle)}); await m.runCli();`], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("pure! 42 string");
  });

  it("builds the real command line, which validates the default dataset from its own folder", async () => {
    // Inside the project (node_modules/.cache), as dist-cli is: the packages the bundle leaves
    // external (DuckDB, wink-nlp) are found by walking up to the project's node_modules.
    mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
    const outDir = mkdtempSync(join(root, "node_modules", ".cache", "cli-build-test-"));
    onTestFinished(() => rmSync(outDir, { recursive: true, force: true }));
    const out = await buildCli(root, outDir);
    expect(out.bundled).toEqual(expect.arrayContaining(["@sinclair/typebox", "graphology"]));
    const inputs: string[] = JSON.parse(readFileSync(join(outDir, "inputs.json"), "utf8"));
    expect(inputs).toEqual(expect.arrayContaining(["src/cli/main.ts", "src/cli/commands/validate.ts", "src/model/validate.ts"]));
    expect(inputs.every((p) => !p.includes("node_modules"))).toBe(true);
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(out.bundle)}); process.exitCode = await m.runCli(["validate"]);`], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("graph-data/karabakh.json: valid");
  });
});

describe("bin/stancegraph.js", () => {
  /** A copy of the bin beside a fake build and fake sources; `withTsx` links the real node_modules. */
  const layout = (name: string, withTsx: boolean) => {
    const dir = write(join(scratch, name), {
      "package.json": '{ "type": "module" }\n',
      "dist-cli/stancegraph.mjs": 'export async function runCli(argv) { console.log("from the build", argv.join(" ")); return 0; }\n',
      "dist-cli/inputs.json": '["src/cli/main.ts"]\n',
      "src/cli/main.ts": 'export async function runCli(argv: string[]): Promise<number> { console.log("from the sources", argv.join(" ")); return 3; }\n',
    });
    cpSync(join(root, "bin"), join(dir, "bin"), { recursive: true });
    if (withTsx) symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    return dir;
  };
  /** Sets a file's modification time to `seconds` after the epoch. */
  const age = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
  const run = (dir: string) => spawnSync(process.execPath, [join(dir, "bin/stancegraph.js"), "validate", "x"], { encoding: "utf8" });

  it("runs the build when it is newer than its inputs, else the sources through tsx", () => {
    const dir = layout("bin-dev", true);
    age(join(dir, "src/cli/main.ts"), 1000);
    age(join(dir, "dist-cli/stancegraph.mjs"), 2000);
    expect(run(dir)).toMatchObject({ status: 0, stdout: "from the build validate x\n" });
    age(join(dir, "src/cli/main.ts"), 3000);
    expect(run(dir)).toMatchObject({ status: 3, stdout: "from the sources validate x\n" });
  });

  it("without tsx runs the build as it is, or says how to build it", () => {
    const dir = layout("bin-prod", false);
    age(join(dir, "src/cli/main.ts"), 3000);
    age(join(dir, "dist-cli/stancegraph.mjs"), 2000);
    expect(run(dir)).toMatchObject({ status: 0, stdout: "from the build validate x\n" });
    rmSync(join(dir, "dist-cli/stancegraph.mjs"));
    const missing = run(dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('run "npm run build:cli"');
  });
});
