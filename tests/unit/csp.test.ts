import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, OTHER_DIRECTIVES, SCRIPT_SOURCES } from '../../src/lib/csp';

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
