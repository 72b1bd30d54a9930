import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHash, headerPolicy, OTHER_DIRECTIVES, SCRIPT_SOURCES, trimCspHashes } from '../../src/lib/csp';

/** Header name → value for one path block of a Netlify/Cloudflare `_headers` file. */
function headersFor(file: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let inBlock = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) inBlock = line.trim() === path;
    else if (inBlock) {
      const i = line.indexOf(':');
      headers.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
  }
  return headers;
}

const file = readFileSync('public/_headers', 'utf8');

describe('Content Security Policy', () => {
  it('allows no inline script anywhere, and WebAssembly for Pagefind', () => {
    expect(SCRIPT_SOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(headerPolicy()).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(headerPolicy().match(/script-src[^;]*/)![0]).not.toContain('unsafe-inline');
  });

  it('public/_headers sends exactly headerPolicy(), plus frame-ancestors the <meta> cannot carry', () => {
    const all = headersFor(file, '/*');
    expect(all.get('Content-Security-Policy')).toBe(headerPolicy());
    expect(headerPolicy().endsWith("; frame-ancestors 'none'")).toBe(true);
    expect(OTHER_DIRECTIVES.join(' ')).not.toContain('frame-ancestors');
  });

  it('public/_headers sets the other security headers', () => {
    const all = headersFor(file, '/*');
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(all.get('X-Frame-Options')).toBe('DENY');
    expect(all.get('Permissions-Policy')).toContain('camera=()');
  });

  it("the README's nginx snippet sends exactly the headers of public/_headers", () => {
    const readme = readFileSync('README.md', 'utf8');
    const snippet = readme.match(/```nginx\n# \/etc\/nginx\/snippets\/explainer-headers\.conf[\s\S]*?```/)?.[0] ?? '';
    const nginx = new Map([...snippet.matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1], m[2]]));
    expect(nginx).toEqual(headersFor(file, '/*'));
    expect(nginx.size).toBeGreaterThan(5);
  });

  it('public/_headers caches hashed assets for a year, immutable', () => {
    expect(headersFor(file, '/_astro/*').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });
});

describe('trimCspHashes', () => {
  const style = 'h1{color:red}';
  const head = (policy: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script type="module" src="/_astro/a.js"></script></body></html>`;
  const other = cspHash('p{margin:0}');
  const island = cspHash('(()=>{/* astro-island */})()');

  it('hashes as browsers do: base64 SHA-256 of the element’s text', () => {
    // echo -n 'h1{color:red}' | openssl dgst -sha256 -binary | base64
    expect(cspHash(style)).toBe("'sha256-/D8wWMrWSOjeD/K4IHepvRvJjPxqJbouCB3qbqmBaqY='");
  });

  it('keeps the hashes of the page’s own inline styles and scripts, and every other source', () => {
    const policy = `default-src 'self';img-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${island}; style-src 'self' ${cspHash(style)} ${other};`;
    const { html, removed } = trimCspHashes(head(policy));
    expect(removed).toBe(2);
    expect(html).toBe(head(`default-src 'self';img-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${cspHash(style)};`));
  });

  it('keeps a script hash when the page has that inline script, and leaves a page without the <meta> alone', () => {
    const code = 'console.log(1)';
    const page = `<meta http-equiv="content-security-policy" content="script-src 'self' ${cspHash(code)}"><script>${code}</script>`;
    expect(trimCspHashes(page)).toEqual({ html: page, removed: 0, policy: true });
    expect(trimCspHashes('<p>No policy.</p>')).toEqual({ html: '<p>No policy.</p>', removed: 0, policy: false });
  });
});
