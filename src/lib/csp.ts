/**
 * The Content Security Policy, in one place (issue 5). Two deliveries:
 *
 * - Astro's `security.csp` writes a `<meta http-equiv="content-security-policy">`
 *   into every page, with the SHA-256 of each inline script and style it emits.
 *   That is all GitHub Pages can do, since it cannot set headers.
 * - `public/_headers` (Netlify, Cloudflare Pages) sends `headerPolicy()` as a
 *   header, on every file including Pagefind's worker script. Browsers enforce
 *   both policies, so a resource must pass each. The header adds what a <meta>
 *   cannot carry (`frame-ancestors`), and cannot know the per-page hashes; it
 *   therefore allows inline styles, which the <meta> policy still limits to
 *   Astro's hashed ones. Scripts are never inline (astro.config.ts keeps every
 *   script an external file under /_astro/), so no policy needs 'unsafe-inline'
 *   for scripts.
 *
 * 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly, in a worker or on
 * the main thread, and compiling WebAssembly needs it (CSP Level 3). It allows
 * WebAssembly compilation only, not eval().
 * Nothing is loaded from another origin, so every fetch directive is 'self'.
 */

/** Sources for script-src. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for style-src; Astro adds the hashes of inline styles in the <meta>. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive, the same in the <meta> and the header. */
export const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives a <meta> policy ignores (with a console error), so only the header carries them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy for the Content-Security-Policy header in public/_headers. */
export function headerPolicy(): string {
  return [
    ...OTHER_DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${[...STYLE_SOURCES, "'unsafe-inline'"].join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}
