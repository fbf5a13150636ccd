// Short import names for the main module (used by scripts/assemble.mjs).
//
// wasm-bindgen names every function the wasm imports from its glue like
// `__wbg_setattribute_ba8d2d6b4b9c5dbb`: a readable part and a 16-digit hash. Each name is in
// the wasm's import section and again as a key in the glue's import object, and the hashes do
// not compress, and every first download carries them. Binaryen's `--minify-imports`
// only renames Emscripten's `env` imports, so this renames them itself: `_0`, `_1`, … in
// both places. Nothing else in either file refers to an import by name.
// It also holds the wasm reading and section rewriting that scripts/drop-unused-classes.mjs
// and scripts/code-sizes.mjs share.

const section = { import: 2 };

export function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
    if (shift > 28) throw new Error('wasm-imports: LEB128 number too long');
  }
}

export function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

export function readName(bytes, at) {
  const [len, start] = readU32(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + len)), start + len];
}

const encodeName = (name) => {
  const utf8 = new TextEncoder().encode(name);
  return [...writeU32(utf8.length), ...utf8];
};

// The bytes after an import's names: its kind and what that kind carries.
export function descriptorEnd(bytes, at) {
  const kind = bytes[at++];
  const limits = (i) => {
    const flags = bytes[i++];
    [, i] = readU32(bytes, i);
    if (flags & 1) [, i] = readU32(bytes, i);
    return i;
  };
  switch (kind) {
    case 0: // function: type index
      return readU32(bytes, at)[1];
    case 1: // table: reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type index
      return readU32(bytes, at + 1)[1];
    default:
      throw new Error(`wasm-imports: unknown import kind ${kind}`);
  }
}

/**
 * Rewrites the one section `id` of the wasm `bytes` (`what` names it in errors):
 * `rewrite(body, end)` reads it from `body` to `end` and returns `{ content, ...rest }`, its
 * new bytes and anything to hand back. Returns `{ bytes, ...rest }`.
 */
export function rewriteSection(bytes, id, what, rewrite) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm: not a wasm module');
  let at = 8;
  while (at < bytes.length) {
    const [size, body] = readU32(bytes, at + 1);
    const end = body + size;
    if (bytes[at] === id) {
      const { content, ...rest } = rewrite(body, end);
      const rebuilt = Buffer.concat([Buffer.from([id, ...writeU32(content.length)]), Buffer.from(content)]);
      return { bytes: Buffer.concat([bytes.subarray(0, at), rebuilt, bytes.subarray(end)]), ...rest };
    }
    at = end;
  }
  throw new Error(`wasm: no ${what} section`);
}

/**
 * Renames every import of `module` in the wasm `bytes` to a short name.
 * Returns the new bytes and the names, old → new.
 */
export function shortenImports(bytes, module) {
  return rewriteSection(bytes, section.import, 'import', (body, end) => {
    const names = new Map();
    let [count, i] = readU32(bytes, body);
    const content = [...writeU32(count)];
    while (count--) {
      let mod;
      let field;
      [mod, i] = readName(bytes, i);
      [field, i] = readName(bytes, i);
      const descEnd = descriptorEnd(bytes, i);
      if (mod === module) {
        if (names.has(field)) throw new Error(`wasm-imports: ${field} imported twice`);
        names.set(field, `_${names.size.toString(36)}`);
      }
      content.push(...encodeName(mod), ...encodeName(names.get(field) ?? field), ...bytes.subarray(i, descEnd));
      i = descEnd;
    }
    if (i !== end) throw new Error('wasm-imports: the import section has bytes left over');
    return { content, names };
  });
}

/**
 * Renames the keys of the glue's import object to match. Every old name must be there
 * exactly once, as a key (`name:`), and nowhere else, or nothing is renamed.
 */
export function renameImportKeys(js, names) {
  let out = js;
  for (const [old, short] of names) {
    const uses = js.split(old).length - 1;
    const keyed = out.match(new RegExp(`(?<![\\w$])${old}(?=\\s*:)`, 'g'))?.length ?? 0;
    if (uses !== 1 || keyed !== 1) {
      throw new Error(`wasm-imports: ${old} is in the glue ${uses} times, ${keyed} as a key; expected once`);
    }
    out = out.replace(new RegExp(`(?<![\\w$])${old}(?=\\s*:)`), short);
  }
  return out;
}
