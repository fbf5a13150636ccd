// A small static file server for the release build, with what common static hosts do:
// correct MIME types (wasm streaming needs application/wasm), gzip and brotli negotiated
// per request, and no-cache on index.html while the build's named files (scripts/assemble.mjs) are immutable.
// It also serves the same build under extra sub-paths (--also /sub/path/), so tests can
// prove the app works wherever it is hosted. Nothing else: no SPA rewrites (routes live in
// the URL fragment), no directory listings.
//
//   node scripts/static-server.mjs --dir dist [--host 127.0.0.1] [--port 8080] [--also /p/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const root = resolve(opt('dir', 'dist'));
const host = opt('host', '127.0.0.1');
const port = Number(opt('port', '8080'));
const mounts = ['/', ...args.flatMap((a, i) => (a === '--also' ? [args[i + 1]] : []))]
  .map((m) => (m.endsWith('/') ? m : `${m}/`))
  .sort((a, b) => b.length - a.length);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);
const cache = new Map(); // path -> { mtime, raw, gzip, br }

async function load(path) {
  const info = await stat(path);
  if (!info.isFile()) return null;
  const hit = cache.get(path);
  if (hit && hit.mtime === info.mtimeMs) return hit;
  const raw = await readFile(path);
  const entry = { mtime: info.mtimeMs, raw };
  if (COMPRESSIBLE.has(extname(path))) {
    entry.gzip = gzipSync(raw, { level: 9 });
    entry.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  }
  cache.set(path, entry);
  return entry;
}

function toFile(urlPath) {
  const mount = mounts.find((m) => urlPath === m.slice(0, -1) || urlPath.startsWith(m));
  if (!mount) return null;
  let rel = urlPath.slice(mount.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(root, rel));
  return file === root || file.startsWith(root + sep) ? file : null;
}

const server = createServer(async (req, res) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (mounts.includes(`${urlPath}/`) && urlPath !== '') {
    // "/sub/rugplan" -> "/sub/rugplan/", so relative asset URLs resolve inside the mount.
    res.writeHead(301, { Location: `${urlPath}/` }).end();
    return;
  }
  const file = toFile(urlPath);
  let entry = null;
  try {
    entry = file && (await load(file));
  } catch {
    entry = null;
  }
  if (!entry) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const ext = extname(file);
  const accepts = String(req.headers['accept-encoding'] || '');
  const headers = {
    'Content-Type': TYPES[ext] || 'application/octet-stream',
    'Cache-Control': ext === '.html' || ext === '.webmanifest' || file.endsWith('sw.js')
      ? 'no-cache'
      : 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  let body = entry.raw;
  if (entry.br && /\bbr\b/.test(accepts)) {
    body = entry.br;
    headers['Content-Encoding'] = 'br';
  } else if (entry.gzip && /\bgzip\b/.test(accepts)) {
    body = entry.gzip;
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  const shown = host === '0.0.0.0' ? 'all addresses' : host;
  console.log(`serving ${root} on ${shown}:${port} at ${mounts.join(', ')}`);
});
