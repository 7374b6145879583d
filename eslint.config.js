// One lint tool for the whole tree: ESLint with typescript-eslint's recommended rules.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers (README, Architecture): each folder may import only the folders below it.
 *   model ← style ← io ← app ← view ← ui ← main; dom (DOM helpers) below app, view and ui;
 *   cli uses model, style, io and app's pure modules (never dom, view or ui). A panel in src/ui never imports another panel (shared pieces
 *   live in ui/widgets.ts), and no panel reaches into sigma (the view offers a camera interface).
 * An import path names a folder when it contains "<folder>/" after "./" or "../" segments.
 */
const LAYERS = ["model", "style", "dom", "io", "app", "view", "ui", "cli"];
const ALLOWED = {
  model: ["model"],
  style: ["model", "style"],
  dom: ["dom"],
  io: ["model", "style", "io"],
  app: ["model", "style", "dom", "io", "app"],
  view: ["model", "style", "dom", "io", "app", "view"],
  ui: ["model", "style", "dom", "io", "app", "view", "ui"],
  // The command line shares the app's pure parts (the scene of a picture, the view state).
  cli: ["model", "style", "io", "app", "cli"],
};
const layerRule = (layer) => {
  const banned = LAYERS.filter((l) => !ALLOWED[layer].includes(l));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(\\.{1,2}/)+(.*/)?(${banned.join("|")})/`,
              message: `src/${layer} may import only ${ALLOWED[layer].map((l) => `src/${l}`).join(", ")} (layers: see eslint.config.js).`,
            },
            ...(layer === "ui" ? [{ regex: "^(sigma|@sigma/)", message: "Panels do not reach into sigma: use the view's camera interface." }] : []),
          ],
        },
      ],
    },
  };
};

export default tseslint.config(
  { ignores: ["scratch/", "dist/", "dist-cli/", "node_modules/", "coverage/", "test-results/", "docs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Dataset text must never become markup: forbid the sinks outright (see README, Security).
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Use textContent or DOM nodes; dataset text is never markup." },
        { property: "outerHTML", message: "Use textContent or DOM nodes; dataset text is never markup." },
        { property: "insertAdjacentHTML", message: "Use DOM nodes; dataset text is never markup." },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
    },
  },
  ...LAYERS.map(layerRule),
  {
    // Panels directly in src/ui: the shell and the shared widgets, never another panel or a panel folder.
    files: ["src/ui/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(\\.{1,2}/)+(.*/)?(cli)/", message: "src/ui may not import src/cli." },
            { regex: "^(sigma|@sigma/)", message: "Panels do not reach into sigma: use the view's camera interface." },
            { regex: "^\\./(?!widgets\\.ts$|shell\\.ts$|[\\w-]+\\.css$)", message: "A panel does not import another panel: shared pieces go in ui/widgets.ts." },
          ],
        },
      ],
    },
  },
  {
    // The importer's steps (the ingest options, the mapping) live in ui/import, which only the
    // importer opens: the same rules as for every panel, with that one folder allowed.
    files: ["src/ui/importer.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(\\.{1,2}/)+(.*/)?(cli)/", message: "src/ui may not import src/cli." },
            { regex: "^(sigma|@sigma/)", message: "Panels do not reach into sigma: use the view's camera interface." },
            { regex: "^\\./(?!widgets\\.ts$|shell\\.ts$|[\\w-]+\\.css$|import/[\\w-]+\\.ts$)", message: "A panel does not import another panel: shared pieces go in ui/widgets.ts." },
          ],
        },
      ],
    },
  },
  {
    // Panels in a folder of their own (ui/analysis, ui/timeline, ui/export): their own files, the
    // shell and the widgets; no other panel.
    files: ["src/ui/*/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(\\.{1,2}/)+(.*/)?(cli)/", message: "src/ui may not import src/cli." },
            { regex: "^(sigma|@sigma/)", message: "Panels do not reach into sigma: use the view's camera interface." },
            { regex: "^\\.\\./(?!widgets\\.ts$|shell\\.ts$|\\.\\./)", message: "A panel does not import another panel: shared pieces go in ui/widgets.ts." },
          ],
        },
      ],
    },
  },
);
