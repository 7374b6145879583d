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

function contentSecurityPolicy(): Plugin {
  return {
    name: "stancegraph-csp",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head-prepend" }],
  };
}

export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicy(), shipDocs(import.meta.dirname)],
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  server: { host: "127.0.0.1" },
});
