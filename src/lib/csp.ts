/**
 * The Content Security Policy, in one place (issue 5). Two deliveries:
 *
 * - Astro's `security.csp` writes a `<meta http-equiv="content-security-policy">`
 *   into every page, with the SHA-256 of each inline script and style it emits.
 *   That is all GitHub Pages can do, since it cannot set headers. Astro lists
 *   the hashes of the whole build on every page (27 here, 1.4 KB, most for
 *   inline code the page does not have, or for files 'self' already allows);
 *   after the build, trimCspHashes() keeps on each page only those of its own
 *   inline scripts and styles (csp-integration.ts). A hash added by hand in
 *   `scriptDirective.hashes` or `styleDirective.hashes` (say, for a style a
 *   script injects) is dropped too, as no element on the page matches it.
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

import { createHash } from 'node:crypto';

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

const HASH_TOKEN = /^'(sha(?:256|384|512))-([A-Za-z0-9+/=]+)'$/;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** Inline (no src) script elements and style elements, with their text as the browser hashes it. */
const INLINE: Record<string, RegExp> = {
  'script-src': /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi,
  'style-src': /<style\b[^>]*>([\s\S]*?)<\/style>/gi,
};

/** A CSP hash source for `text`, e.g. 'sha256-…'. */
export function cspHash(text: string, algorithm: 'sha256' | 'sha384' | 'sha512' = 'sha256'): string {
  return `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;
}

/**
 * A built page with its <meta> policy's script-src and style-src keeping only
 * the hashes of inline scripts and styles that are on the page; every other
 * source is kept as it was. `removed` counts the hashes dropped. A page
 * without the <meta> (as Astro 7 writes it) is returned as it is, with
 * `policy: false`.
 */
export function trimCspHashes(html: string): { html: string; removed: number; policy: boolean } {
  const meta = CSP_META.exec(html);
  if (!meta) return { html, removed: 0, policy: false };
  let removed = 0;
  const policy = meta[2]
    .split(';')
    .map((directive) => {
      const [name] = directive.trim().split(/\s+/);
      const inline = INLINE[name];
      if (!inline) return directive;
      const texts = [...html.matchAll(inline)].map((m) => m[1]);
      // Each inline text hashed once per algorithm the policy uses, not once per token: the build runs this on every page.
      const onPage = new Map<string, Set<string>>();
      const hashesOf = (algorithm: string) => {
        let set = onPage.get(algorithm);
        if (!set) onPage.set(algorithm, (set = new Set(texts.map((text) => cspHash(text, algorithm as 'sha256')))));
        return set;
      };
      const lead = /^\s*/.exec(directive)![0];
      const kept = directive
        .trim()
        .split(/\s+/)
        .filter((token) => {
          const hash = HASH_TOKEN.exec(token);
          if (!hash || hashesOf(hash[1]).has(token)) return true;
          removed++;
          return false;
        });
      return lead + kept.join(' ');
    })
    .join(';');
  return { html: html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length), removed, policy: true };
}
