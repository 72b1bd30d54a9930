/**
 * scripts/static-server.mjs serves the sub-path build here, and the Lighthouse
 * benchmark serves the site through it (issue 7). Like GitHub Pages and other
 * static hosts, it sends text gzipped to a client that accepts it, so
 * Lighthouse's simulated network carries the bytes a reader's would.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = 'dist-subpath';

function fetchRaw(url: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; encoding?: string; vary?: string; length?: string; body: Buffer }>((resolve, reject) => {
    request(url, { method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'],
          vary: res.headers.vary,
          length: res.headers['content-length'],
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

test('text is sent gzipped to a client that accepts it, and as is otherwise', async ({ baseURL }) => {
  const html = readFileSync(`${DIST}/topics/energy/index.html`);
  const page = await fetchRaw(`${baseURL}topics/energy/`, 'gzip, deflate, br');
  expect([page.status, page.encoding, page.vary]).toEqual([200, 'gzip', 'accept-encoding']);
  expect(page.body.length).toBeLessThan(html.length / 2);
  expect(gunzipSync(page.body).equals(html)).toBe(true);

  const plain = await fetchRaw(`${baseURL}topics/energy/`);
  expect([plain.status, plain.encoding, plain.length]).toEqual([200, undefined, String(html.length)]);
  expect(plain.body.equals(html)).toBe(true);
  // q=0 refuses a coding (RFC 9110); a HEAD request gets the headers and no body.
  const refused = await fetchRaw(`${baseURL}topics/energy/`, 'gzip;q=0, br');
  expect([refused.status, refused.encoding]).toEqual([200, undefined]);
  expect(refused.body.equals(html)).toBe(true);
  const head = await fetchRaw(`${baseURL}topics/energy/`, 'gzip', 'HEAD');
  expect([head.status, head.encoding, head.body.length]).toEqual([200, 'gzip', 0]);

  // The 404 page is text too; a PNG is already compressed and goes as is.
  const missing = await fetchRaw(`${baseURL}no-such-page/`, 'gzip');
  expect([missing.status, missing.encoding]).toEqual([404, 'gzip']);
  expect(gunzipSync(missing.body).equals(readFileSync(`${DIST}/404.html`))).toBe(true);
  const icon = await fetchRaw(`${baseURL}apple-touch-icon.png`, 'gzip');
  expect([icon.status, icon.encoding]).toEqual([200, undefined]);
  expect(icon.body.equals(readFileSync(`${DIST}/apple-touch-icon.png`))).toBe(true);
});
