// Runs after `trunk build`: finishes the service worker and the Content-Security-Policy.
// 1. dist/sw.js gets the list of every built file and a version hash of their contents.
// 2. dist/index.html gets a CSP meta tag whose script-src allows exactly Trunk's inline
//    loader, by its sha256 hash, so no 'unsafe-inline' is needed.
//   node scripts/postbuild.mjs dist
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] || 'dist';
const sha = (data, enc = 'hex') => createHash('sha256').update(data).digest(enc);

// --- CSP ---------------------------------------------------------------------------
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[0]));
if (inline.length === 0) throw new Error('no inline loader script found in index.html');
const hashes = inline.map((m) => `'sha256-${sha(m[1], 'base64')}'`).join(' ');
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('CSP already present');
// Right after the charset, before anything it must cover.
html = html.replace(/<meta charset="utf-8">/, `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes(csp)) throw new Error("could not place the CSP after the charset");
writeFileSync(indexPath, html);

// --- service worker ----------------------------------------------------------------
const files = readdirSync(dist).filter((f) => f !== 'sw.js' && !f.startsWith('.')).sort();
const version = sha(files.map((f) => f + sha(readFileSync(join(dist, f)))).join('\n')).slice(0, 16);
const swPath = join(dist, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(['./', ...files]));
if (sw.includes('__PRECACHE__') || sw.includes('__VERSION__')) throw new Error('sw.js placeholders left');
writeFileSync(swPath, sw);
console.log(`postbuild: CSP with ${inline.length} inline hash(es); sw.js ${version} precaches ${files.length + 1} URLs`);
