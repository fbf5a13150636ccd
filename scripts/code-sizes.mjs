// The size of one part of the app's code, from the function names that the split step keeps
// (target/split/stage/split/*.wasm, before wasm-opt): the bodies of every function whose
// mangled Rust path starts with one of the given module paths, summed over all modules, raw
// and gzip-compressed together. An estimate: wasm-opt shrinks and inlines code afterwards,
// and generic code from other crates instantiated for these modules' types is not counted.
//   node scripts/code-sizes.mjs DIR rugplan::ui::figure rugplan::domain::poses
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Each function body of a wasm module, with its name where the name section has one. */
export function functionBodies(buf) {
  let p = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    let b;
    do {
      b = buf[p++];
      r += (b & 0x7f) * 2 ** s;
      s += 7;
    } while (b & 0x80);
    return r;
  };
  const skipLimits = () => {
    const flags = buf[p++];
    leb();
    if (flags & 1) leb();
  };
  let imported = 0;
  let code = null;
  const names = new Map();
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    const start = p;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        for (let k = 0; k < 2; k++) {
          const len = leb(); // module, then field name
          p += len;
        }
        const kind = buf[p++];
        if (kind === 0) {
          leb();
          imported++;
        } else if (kind === 1) {
          p++;
          skipLimits();
        } else if (kind === 2) skipLimits();
        else if (kind === 3) p += 2;
        else if (kind === 4) {
          p++;
          leb();
        } else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 10) code = [start, start + size];
    else if (id === 0) {
      const len = leb();
      const section = buf.subarray(p, p + len).toString();
      p += len;
      if (section === 'name') {
        while (p < start + size) {
          const sub = buf[p++];
          const len = leb();
          const end = p + len;
          if (sub === 1) {
            for (let n = leb(); n > 0; n--) {
              const index = leb();
              const l = leb();
              names.set(index, buf.subarray(p, p + l).toString());
              p += l;
            }
          }
          p = end;
        }
      }
    }
    p = start + size;
  }
  if (!code) return [];
  p = code[0];
  const bodies = [];
  for (let i = 0, n = leb(); i < n; i++) {
    const size = leb();
    bodies.push({ name: names.get(imported + i) ?? '', body: buf.subarray(p, p + size) });
    p += size;
  }
  if (p !== code[1]) throw new Error('the code section does not add up');
  return bodies;
}

/** `rugplan::ui::figure` as the start of a mangled (legacy Rust) symbol. */
const mangled = (path) => '_ZN' + path.split('::').map((part) => `${part.length}${part}`).join('');

/** Raw and gzip bytes of the functions of `paths`, over every .wasm file in `dir`. */
export function codeSize(dir, paths) {
  const prefixes = paths.map(mangled);
  const parts = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.wasm'))) {
    for (const { name, body } of functionBodies(readFileSync(join(dir, file)))) {
      if (prefixes.some((prefix) => name.startsWith(prefix))) parts.push(body);
    }
  }
  const all = Buffer.concat(parts);
  return { functions: parts.length, raw: all.length, gzip: all.length ? gzipSync(all, { level: 9 }).length : 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...paths] = process.argv.slice(2);
  console.log(JSON.stringify(codeSize(dir, paths)));
}
