// Prints raw, gzip (level 9) and brotli sizes of the release build's first-load files,
// one line per file and a total, so every test run shows what a phone downloads. Then the
// wasm files a screen fetches the first time it opens (scripts/build), with their total.
//   node scripts/sizes.mjs dist
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { FIRST_LOAD_KINDS as kinds, isLazy as lazy } from './build-files.mjs';

const dir = process.argv[2] || 'dist';
const rows = readdirSync(dir)
  .filter((f) => kinds.includes(extname(f)) && !lazy(f))
  .map((f) => {
    const raw = readFileSync(join(dir, f));
    return { f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, br: brotliCompressSync(raw).length };
  })
  .sort((a, b) => kinds.indexOf(extname(a.f)) - kinds.indexOf(extname(b.f)));
const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(40)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of rows) console.log(`${r.f.padEnd(40)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.br, 9)}`);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`${'total (first load, icons excluded)'.padEnd(40)} ${pad(sum('raw'), 9)} ${pad(sum('gzip'), 9)} ${pad(sum('br'), 9)}`);
const later = readdirSync(dir)
  .filter(lazy)
  .sort()
  .map((f) => ({ f, gzip: gzipSync(readFileSync(join(dir, f)), { level: 9 }).length }));
if (later.length) {
  const total = later.reduce((s, r) => s + r.gzip, 0);
  console.log(`loaded when a screen first opens (gzip): ${later.map((r) => `${r.f.replace(/-\w+\.wasm$/, '')} ${r.gzip}`).join(', ')}; total ${total}`);
}
