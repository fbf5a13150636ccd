// Drops the classes wasm-bindgen writes for Rust types that are exported to JS but that this
// app never hands to JS, together with their wasm exports, so that wasm-opt then removes the
// code behind them (run by scripts/build between wasm-bindgen and wasm-opt).
//
// Today these are wasm-streams' stream adapters: Leptos's server functions can stream, so
// their crate exports them, but this app has no server. Kept, they would weigh on every
// first visit (wasm and glue). The build fails if a class is missing, if anything
// still refers to one afterwards, or if the wasm had no exports of it: then this list or
// the way wasm-bindgen writes classes has changed, and this script needs a look.
//   node scripts/drop-unused-classes.mjs <dir with rugplan.js and rugplan_bg.wasm>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readName, readU32, rewriteSection, writeU32 } from './wasm-imports.mjs';

const UNUSED = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
const EXPORT_SECTION = 7;

const fail = (msg) => {
  console.error(`drop-unused-classes: ${msg}`);
  process.exit(1);
};

/** The wasm `bytes` without the exports `drop` says yes to; and the names dropped. */
export function dropExports(bytes, drop) {
  return rewriteSection(bytes, EXPORT_SECTION, 'export', (body, end) => {
    let [count, i] = readU32(bytes, body);
    const kept = [];
    const dropped = [];
    while (count--) {
      const start = i;
      let name;
      [name, i] = readName(bytes, i);
      [, i] = readU32(bytes, i + 1); // kind, then index
      if (drop(name)) dropped.push(name);
      else kept.push(bytes.subarray(start, i));
    }
    if (i !== end) fail('the export section has bytes left over');
    return { content: Buffer.concat([Buffer.from(writeU32(kept.length)), ...kept]), dropped };
  });
}

/** The glue without the class `name`: its declaration, dispose line and finalization registry. */
export function dropClass(js, name) {
  const parts = [
    // `export class X { … }` up to the closing brace at the start of a line.
    new RegExp(`\\nexport class ${name} \\{\\n[\\s\\S]*?\\n\\}\\n`),
    new RegExp(`\\nif \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;`),
    new RegExp(`\\nconst ${name}Finalization = [^;]*;`),
  ];
  let out = js;
  for (const part of parts) {
    if (!part.test(out)) fail(`${name}: ${part} not found in the glue`);
    out = out.replace(part, '\n');
  }
  return out;
}

const [dir] = process.argv.slice(2);
if (!dir) fail('usage: node scripts/drop-unused-classes.mjs <dir>');
const jsPath = join(dir, 'rugplan.js');
const wasmPath = join(dir, 'rugplan_bg.wasm');
let js = readFileSync(jsPath, 'utf8');
for (const name of UNUSED) js = dropClass(js, name);
const lower = UNUSED.map((n) => n.toLowerCase());
const isUnused = (exported) => lower.some((l) => exported.startsWith(`${l}_`) || exported === `__wbg_${l}_free`);
const { bytes, dropped } = dropExports(readFileSync(wasmPath), isUnused);
for (const l of lower) {
  if (!dropped.some((d) => d.startsWith(`${l}_`))) fail(`the wasm exports nothing of ${l}`);
}
for (const word of [...UNUSED, ...dropped]) {
  if (js.includes(word)) fail(`the glue still refers to ${word}`);
}
writeFileSync(jsPath, js);
writeFileSync(wasmPath, bytes);
console.log(`drop-unused-classes: ${UNUSED.length} classes, ${dropped.length} wasm exports`);
