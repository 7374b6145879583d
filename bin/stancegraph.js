#!/usr/bin/env node
// Entry point of the `stancegraph` command. The CLI is TypeScript shared with the app; tsx loads it.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2));
