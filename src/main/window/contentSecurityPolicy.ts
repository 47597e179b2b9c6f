/**
 * The renderer's Content Security Policy. Main sends it as a response header; the renderer's
 * index.html repeats it in a meta tag, because a file:// page may get no headers at all.
 * A unit test keeps the two equal.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the spelling worker compile Hunspell's WebAssembly; it allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  // The editor and React set style attributes; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: copydesk-media:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
