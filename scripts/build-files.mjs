// Which files of a build a first visit downloads, in one place for scripts/sizes.mjs and
// scripts/bench.mjs. Icons are left out on purpose (the budget excludes them).
import { extname } from 'node:path';

/** The kinds of file a first visit downloads, in the order reports list them. */
export const FIRST_LOAD_KINDS = ['.html', '.js', '.wasm', '.css', '.webmanifest'];

/** The wasm a screen fetches when it first opens (scripts/build): all but the main module. */
export const isLazy = (f) => extname(f) === '.wasm' && !/^rugplan-\w+_bg\.wasm$/.test(f);
