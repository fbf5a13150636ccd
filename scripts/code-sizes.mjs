// The size of one part of the app's code, from the function names that the split step keeps
// (target/split/stage/split/*.wasm, before wasm-opt): the bodies of every function whose
// mangled Rust path starts with one of the given module paths, summed over all modules, raw
// and gzip-compressed together. An estimate: wasm-opt shrinks and inlines code afterwards,
// and generic code from other crates instantiated for these modules' types is not counted.
//   node scripts/code-sizes.mjs DIR rugplan::ui::figure rugplan::domain::poses
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { descriptorEnd, readName, readU32 } from './wasm-imports.mjs';

const section = { custom: 0, import: 2, code: 10 };

/** Each function body of a wasm module, with its name where the name section has one. */
export function functionBodies(bytes) {
  let imported = 0;
  let code = null;
  const names = new Map();
  for (let at = 8; at < bytes.length; ) {
    const [size, body] = readU32(bytes, at + 1);
    const end = body + size;
    if (bytes[at] === section.import) {
      let [count, i] = readU32(bytes, body);
      for (; count > 0; count--) {
        [, i] = readName(bytes, i); // module
        [, i] = readName(bytes, i); // field
        if (bytes[i] === 0) imported++; // a function
        i = descriptorEnd(bytes, i);
      }
    } else if (bytes[at] === section.code) code = [body, end];
    else if (bytes[at] === section.custom) {
      const [title, first] = readName(bytes, body);
      // The name section's subsections; 1 maps function indices to names.
      for (let i = first; title === 'name' && i < end; ) {
        const kind = bytes[i];
        const [length, content] = readU32(bytes, i + 1);
        if (kind === 1) {
          let [count, j] = readU32(bytes, content);
          for (; count > 0; count--) {
            let index;
            let name;
            [index, j] = readU32(bytes, j);
            [name, j] = readName(bytes, j);
            names.set(index, name);
          }
        }
        i = content + length;
      }
    }
    at = end;
  }
  if (!code) return [];
  const bodies = [];
  let [count, i] = readU32(bytes, code[0]);
  for (let n = 0; n < count; n++) {
    const [size, start] = readU32(bytes, i);
    bodies.push({ name: names.get(imported + n) ?? '', body: bytes.subarray(start, start + size) });
    i = start + size;
  }
  if (i !== code[1]) throw new Error('code-sizes: the code section does not add up');
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
