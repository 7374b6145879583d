/**
 * A Vite plugin that ships documents the app links to (the Analysis panel's "Method and
 * references" → docs/analytics.md) beside the built app, at the same relative path, so the link
 * works from dist/ on any host and offline. The dev server already serves them from the project
 * root. Browsers show a .md file as plain text (text/markdown).
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** The documents shipped, as paths relative to the project root (and to the built index.html). */
export const SHIPPED_DOCS = ["docs/analytics.md"] as const;

export function shipDocs(root: string): Plugin {
  return {
    name: "stancegraph-ship-docs",
    apply: "build",
    generateBundle() {
      for (const fileName of SHIPPED_DOCS) this.emitFile({ type: "asset", fileName, source: readFileSync(`${root}/${fileName}`) });
    },
  };
}
