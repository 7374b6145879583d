// One lint tool for the whole tree: ESLint with typescript-eslint's recommended rules.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["scratch/", "dist/", "node_modules/", "coverage/", "test-results/", "docs/"] },
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
);
