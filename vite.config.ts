import { defineConfig, type Plugin } from "vite";

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

export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicy()],
  build: {
    target: "es2022",
    // No source maps in production: they would publish the sources next to the app for nothing
    // a user needs (the sources are public in the repository, and dev mode has its own maps).
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: "127.0.0.1" },
  preview: { headers: SECURITY_HEADERS },
});
