#!/usr/bin/env node
/**
 * A static file server that behaves like GitHub Pages, for testing a sub-path
 * build: files are served only under --base, `dir/` serves `dir/index.html`,
 * `dir` redirects to `dir/`, and anything missing gets `404.html` with status 404.
 *
 *   node scripts/static-server.mjs dist-subpath --base /explainer/ --port 4322
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist');
const base = option('--base', '/');
const port = Number(option('--port', '4322'));
const host = option('--host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

function fileAt(path) {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

function send(res, status, path) {
  res.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
}

function notFound(res) {
  const page = join(root, '404.html');
  if (fileAt(page) === 'file') return send(res, 404, page);
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(res);
  }
  if (!pathname.startsWith(base)) {
    if (pathname === base.replace(/\/$/, '')) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    return notFound(res);
  }
  const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, relative);
  if (!path.startsWith(root)) return notFound(res);
  const kind = fileAt(path);
  if (kind === 'file') return send(res, 200, path);
  if (kind === 'dir') {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
      return;
    }
    const index = join(path, 'index.html');
    if (fileAt(index) === 'file') return send(res, 200, index);
  }
  return notFound(res);
}).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
