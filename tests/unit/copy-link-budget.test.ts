import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

// Issue 3: all JavaScript for copy/share on an article page under 2 KB compressed;
// this element's own budget is 1 KB gzip. esbuild comes with Astro.
it('copy-link script stays under 1 KB gzip, minified', async () => {
  const result = await build({ entryPoints: ['src/scripts/copy-link.ts'], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false });
  const bytes = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  expect(bytes).toBeGreaterThan(200); // guards against measuring an empty bundle
  expect(bytes).toBeLessThan(1024);
});
