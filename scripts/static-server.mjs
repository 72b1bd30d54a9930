#!/usr/bin/env node
/**
 * A static file server that behaves like GitHub Pages, for testing a sub-path
 * build: files are served only under --base, `dir/` serves `dir/index.html`,
 * `dir` redirects to `dir/`, and anything missing gets `404.html` with status 404.
 * Text (HTML, CSS, JS, JSON, XML, SVG) goes gzipped to a client that accepts
 * it, as static hosts send it; `npm run bench:lighthouse` measures through this
 * server, so its simulated network carries as many bytes as a reader's would
 * (issue 7), though over HTTP/1.1 where hosts use HTTP/2.
 *
 * `npm start` serves the production build with it, so a reader who types an
 * address without its final slash is sent on to the page, as on a static host.
 * The folder defaults to $OUT_DIR (else dist) and the base to $BASE_PATH (else
 * /), the same variables the build reads.
 *
 *   node scripts/static-server.mjs dist-subpath --base /explainer/ --port 4322
 */
import { createReadStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? (process.env.OUT_DIR?.trim() || 'dist'));
// As the build reads BASE_PATH ('explainer', '/explainer' or '/explainer/'; src/lib/site-config.ts),
// written out here so that this script imports only node: modules and runs on any Node.
const base = `/${String(option('--base', process.env.BASE_PATH ?? '')).trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
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

/** Text types: sent gzipped to a client that accepts it, as GitHub Pages and other static hosts do. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

/** Whether an Accept-Encoding header takes gzip: named (or `*`) without `q=0`. */
function acceptsGzip(header = '') {
  const q = new Map(
    String(header)
      .split(',')
      .map((part) => {
        const [coding, ...params] = part.trim().toLowerCase().split(';');
        const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return [coding.trim(), weight ? Number(weight.slice(2)) : 1];
      }),
  );
  const weight = q.get('gzip') ?? q.get('*');
  return weight !== undefined && weight > 0;
}

function send(req, res, status, path) {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const compressible = COMPRESSIBLE.test(type);
  const gzip = compressible && acceptsGzip(req.headers['accept-encoding']);
  res.writeHead(status, {
    'content-type': type,
    ...(compressible ? { vary: 'accept-encoding' } : {}),
    ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(path).size }),
  });
  if (req.method === 'HEAD') return res.end();
  // pipeline() closes every stream when one fails or the client goes away; an unreadable file ends this response, not the server.
  pipeline(createReadStream(path), ...(gzip ? [createGzip()] : []), res, (error) => {
    if (error) res.destroy();
  });
}

function notFound(req, res) {
  const page = join(root, '404.html');
  if (fileAt(page) === 'file') return send(req, res, 404, page);
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(req, res);
  }
  if (!pathname.startsWith(base)) {
    if (pathname === base.replace(/\/$/, '')) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    return notFound(req, res);
  }
  const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, relative);
  if (!path.startsWith(root)) return notFound(req, res);
  const kind = fileAt(path);
  if (kind === 'file') return send(req, res, 200, path);
  if (kind === 'dir') {
    if (!pathname.endsWith('/')) {
      // The address as it came, still percent-encoded: a header cannot carry every character a path can.
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = join(path, 'index.html');
    if (fileAt(index) === 'file') return send(req, res, 200, index);
  }
  return notFound(req, res);
}).listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}${base}`);
});
