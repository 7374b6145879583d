import { defineConfig, type Plugin } from "vite";
import { shipDocs } from "./scripts/shipDocs.ts";

/**
 * The built app carries a Content Security Policy: scripts only from our own origin (nothing
 * inline, nothing evaluated), workers from blob: (the ForceAtlas2 worker is built from a blob URL),
 * images from data:/blob: (PNG export). Dev mode injects inline styles for HMR, so the policy is
 * added to the production build only.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The policy as an HTTP header: the same, plus what a <meta> policy cannot say (browsers ignore
 * `frame-ancestors` there): no site may frame the app (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = `${CSP}; frame-ancestors 'none'`;

/**
 * The headers a deployment should send with every response (README, "Security"); `vite preview`
 * sends them, so the tests and the bench run the app as it should be served.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  // A file served with the wrong type is not run as script or style.
  "X-Content-Type-Options": "nosniff",
  // Links to sources do not tell their sites which view was open (the address holds the view).
  "Referrer-Policy": "no-referrer",
};

function contentSecurityPolicy(): Plugin {
  return {
    name: "stancegraph-csp",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
  };
}

/**
 * Tree-shaking: a module of ours does nothing when imported but define things (no module is
 * imported for its side effects: tests/unit/appBundle.test.ts checks), so one whose exports go
 * unused is left out whole. Without this the bundler keeps a module for its top-level calls: the
 * page carried the TypeBox validator (schema.ts's Type.Object calls) only because the importer
 * reads checkImportSize from a module beside the parser. Packages keep their own declarations.
 */
const SOURCE_MODULE = /\/src\/.+\.ts$/;
const sourcesHaveNoSideEffects = { moduleSideEffects: (id: string) => (SOURCE_MODULE.test(id) ? false : undefined) };

export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicy(), shipDocs(import.meta.dirname)],
  build: {
    target: "es2022",
    // No source maps in production: they would publish the sources next to the app for nothing
    // a user needs (the sources are public in the repository, and dev mode has its own maps).
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: { treeshake: sourcesHaveNoSideEffects },
  },
  // ES module workers can load chunks on demand (the load worker's parser and validator).
  worker: { format: "es", rolldownOptions: { treeshake: sourcesHaveNoSideEffects } },
  server: { host: "127.0.0.1" },
  preview: { headers: SECURITY_HEADERS },
});
