// Puts the release build together in dist/ (run by scripts/build after wasm-opt):
// 1. Every built file gets the build id in its name (a hash of all their contents), so a
//    host may cache them forever and a new deployment never mixes with an old one. The
//    references between them (the main module and the split loader import each other; the
//    loader fetches the chunks) are rewritten to the new names, and checked.
//    The main module's imports get short names, in the wasm and in the glue alike.
// 2. index.html gets the stylesheet inline and the loader, which fetches the app once the
//    page has been painted. Chunks are fetched when a screen first opens, and by the
//    service worker after the first visit.
// 3. A Content-Security-Policy that allows exactly the inline scripts and style, by hash.
// The service worker's precache list comes last (scripts/precache.mjs), once index.html
// holds the start screen (scripts/prerender.mjs).
//   node scripts/assemble.mjs <dir with rugplan.js, rugplan_bg.wasm, __wasm_split.js, *.wasm> dist
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { renameImportKeys, shortenImports } from './wasm-imports.mjs';

const [stage, dist = 'dist'] = process.argv.slice(2);
if (!stage) throw new Error('usage: node scripts/assemble.mjs <stage dir> [dist]');
const sha = (data, enc = 'hex') => createHash('sha256').update(data).digest(enc);
const fail = (msg) => {
  console.error(`assemble: ${msg}`);
  process.exit(1);
};

// --- 1. names with the build id ------------------------------------------------------
const inputs = new Map(readdirSync(stage).sort().map((f) => [f, readFileSync(join(stage, f))]));
inputs.set('main.css', readFileSync('style/main.css'));
for (const need of ['rugplan.js', 'rugplan_bg.wasm', '__wasm_split.js']) {
  if (!inputs.has(need)) fail(`${need} missing from ${stage}`);
}
// Short names for what the main module imports from its glue (scripts/wasm-imports.mjs),
// before the build id is taken, so the id covers them.
const short = shortenImports(inputs.get('rugplan_bg.wasm'), './rugplan_bg.js');
inputs.set('rugplan_bg.wasm', short.bytes);
inputs.set('rugplan.js', Buffer.from(renameImportKeys(inputs.get('rugplan.js').toString('utf8'), short.names)));
const id = sha([...inputs].map(([f, data]) => f + sha(data)).join('\n')).slice(0, 16);
const renamed = (f) =>
  f === '__wasm_split.js' ? `split-${id}.js` : f.replace(/^([^.]+?)(_bg)?(\.\w+)$/, `$1-${id}$2$3`);

const text = (f) => inputs.get(f).toString('utf8');
// Only what loads a file: `from "./x.js"` and `new URL("./x.wasm"`. The same quoted name as
// an object key in rugplan.js is the wasm module's import namespace and must stay as it is.
const relink = (source, file) => {
  let out = source;
  for (const other of inputs.keys()) {
    if (other === file) continue;
    for (const lead of ['from ', 'URL(']) {
      for (const q of ['"', "'"]) out = out.split(`${lead}${q}./${other}${q}`).join(`${lead}${q}./${renamed(other)}${q}`);
    }
  }
  return out;
};
const mainJs = relink(text('rugplan.js'), 'rugplan.js');
const splitJs = relink(text('__wasm_split.js'), '__wasm_split.js');
if (!mainJs.includes(`"./${renamed('__wasm_split.js')}"`)) fail('rugplan.js does not import the split loader');
if (!splitJs.includes(`"./${renamed('rugplan.js')}"`)) fail('__wasm_split.js does not import rugplan.js');
const chunks = [...inputs.keys()].filter((f) => f.endsWith('.wasm') && f !== 'rugplan_bg.wasm');
for (const chunk of chunks) {
  if (!splitJs.includes(`"./${renamed(chunk)}"`)) fail(`the split loader never fetches ${chunk}`);
}
// And the other way round: every file the loader fetches is here.
for (const [, wanted] of text('__wasm_split.js').matchAll(/URL\("\.\/([^"]+)"/g)) {
  if (!inputs.has(wanted)) fail(`the split loader fetches ${wanted}, which is missing from ${stage}`);
}
if (/(from |URL\()"\.\/(__wasm_split|rugplan|chunk_\d+|split_\w+)\.(js|wasm)"/.test(mainJs + splitJs)) {
  fail('a reference to an unrenamed file is left');
}

// wasm-bindgen's glue is written to be read; minified it is a quarter smaller once compressed.
// Only local names change: the wasm module's import names are object keys and stay.
const minified = async (code) => (await minify(code, { module: true, compress: true, mangle: true })).code;
// V8 compiles a function the first time it is called, on the main thread, unless the file
// opens with this comment (Chrome 136+; others ignore it): then it compiles them all while
// the file loads. The glue's functions mostly run while the app starts, right after the wasm
// has arrived, and the glue arrives well before the wasm: a DevTools trace of a throttled
// load showed 71 of them compiled in that last stretch (about 20 ms at 4× CPU), now gone.
// Not for the split loader: most of its code runs only when a screen's chunk is fetched.
const EAGER = '//# allFunctionsCalledOnLoad\n';
const [mainOut, splitOut] = await Promise.all([minified(mainJs).then((js) => EAGER + js), minified(splitJs)]);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync('public', dist, { recursive: true });
for (const [f, data] of inputs) {
  if (f === 'main.css') continue; // inlined in index.html
  const out = f === 'rugplan.js' ? mainOut : f === '__wasm_split.js' ? splitOut : data;
  writeFileSync(join(dist, renamed(f)), out);
}

// --- 2. index.html -------------------------------------------------------------------
// Everything the first paint needs is in the HTML itself: the stylesheet (small, and inline
// it saves a round trip before anything shows) and, on a first visit, the start screen
// (scripts/prerender.mjs). The app's files are fetched once that is on screen, so nothing
// competes with it, except on a slow connection (`early`, below). "On screen" is the first
// contentful paint's timing entry, which comes once the frame has been presented; the end of
// the main thread's paint (rAF, then a task), used before, comes earlier, and on loopback the
// wasm could then arrive before the presentation that Lighthouse takes as LCP, which its
// model then counts as waiting for the wasm: LCP 1.6 s in some runs. A hidden tab paints
// nothing, so it fetches at once; the timer covers a browser that reports no paint. The two
// modules import each other; both are asked for at once so neither waits for the other,
// and awaited together with the wasm, so a failed download is handled at once (awaited
// later, its rejection showed up as a second, "unhandled" error).
// The loader announces the started module (the benchmark reads its wasm memory).
// If the app cannot start (a file did not arrive), the start screen's snapshot and the
// loading line give way to a message saying so, instead of promising what will not come.
const wasmUrl = `./${renamed('rugplan_bg.wasm')}`;
const loader = `const early = window.rugplanWasm;
if (!early && document.visibilityState !== 'hidden') {
  await new Promise((ok) => {
    setTimeout(ok, 1000);
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(() => setTimeout(ok));
    new PerformanceObserver((list, seen) => {
      if (list.getEntriesByName('first-contentful-paint').length) seen.disconnect(), ok();
    }).observe({ type: 'paint', buffered: true });
  });
}
try {
  const [module, { default: init }] = await Promise.all([
    WebAssembly.compileStreaming(early ?? fetch('${wasmUrl}')),
    import('./${renamed('rugplan.js')}'),
    import('./${renamed('__wasm_split.js')}'),
  ]);
  const wasm = await init({ module_or_path: module });
  dispatchEvent(new CustomEvent('rugplan-started', { detail: { wasm } }));
} catch (e) {
  document.documentElement.classList.remove('prerendered');
  document.getElementById('loading')?.remove();
  document.getElementById('load-failed')?.removeAttribute('hidden');
  throw e;
}`;
// Where the browser itself estimates the connection as slow (Chromium's Network Information
// API: 3g or worse, as on Lighthouse's "slow 4G" with its 562 ms round trips), the wasm is
// asked for here, as the head is parsed, and the loader takes that request over. There the
// download is most of the wait, and the first paint needs nothing from the network (the
// HTML holds the style and the start screen), so it is not delayed by it; the app is
// usable one parse, layout and paint sooner (about 60-250 ms at 4x CPU in the benchmark).
// Elsewhere, and in browsers that give no estimate, the order stays "paint, then fetch":
// with a fast connection the wasm would arrive, and be started, before the first paint of a
// slow phone; and Lighthouse's simulated throttling, which loads the page unthrottled and
// then models a slow one, counts every request that starts before the largest paint as
// needed for it (starting before the paint put its LCP at 1.52-1.67 s, over budget).
// The catch marks the request as handled: a failure is reported by the loader, which
// awaits the same request.
const early = `if (/^(slow-2g|2g|3g)$/.test(navigator.connection?.effectiveType ?? '')) {
  window.rugplanWasm = fetch('${wasmUrl}');
  window.rugplanWasm.catch(() => {});
}`;
// Decides, before anything is drawn, whether the build's snapshot of the start screen
// (scripts/prerender.mjs) is what the app will draw: the start screen (as Route::parse
// reads the fragment), nothing stored yet, Dutch (Lang::from_browser), and not an iPhone
// browser (which gets an extra hint card: offline::is_ios_browser). Otherwise the plain
// loading line shows, as before.
const decide = `try {
  const path = location.hash.replace(/^#/, '').split('?')[0].replace(/\\/+$/, '');
  const stored = Object.keys(localStorage).some((k) => k.startsWith('rugplan.'));
  const lang = [...navigator.languages].map((t) => t.trim().split(/[-_]/)[0].toLowerCase()).find((c) => c === 'nl' || c === 'en');
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  if (path === '' && !stored && lang !== 'en' && !ios) document.documentElement.classList.add('prerendered');
} catch (e) {}`;
// Comments and indentation are for the source only.
const css = inputs
  .get('main.css')
  .toString('utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\n\s*/g, '\n')
  .trim();
if (css.includes('</style')) fail('the stylesheet cannot be inlined');
const assets = [
  `<script>${early}</script>`,
  `<script>${decide}</script>`,
  `<style>${css}</style>`,
  `<script type="module">${loader}</script>`,
].join('\n  ');
let html = readFileSync('index.html', 'utf8');
if (!html.includes('<!-- assets -->')) fail('index.html has no <!-- assets --> marker');
html = html.replace('<!-- assets -->', assets).replace(/\n\s*<!--[\s\S]*?-->/g, '');

// --- 3. CSP --------------------------------------------------------------------------
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${[early, decide, loader].map((js) => `'sha256-${sha(js, 'base64')}'`).join(' ')}`,
  `style-src 'self' 'sha256-${sha(css, 'base64')}'`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// Right after the charset, before anything it must cover.
html = html.replace(/<meta charset="utf-8">/, `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes(csp)) fail('could not place the CSP after the charset');
writeFileSync(join(dist, 'index.html'), html);
console.log(`assemble: build ${id}, ${chunks.length} lazy wasm files`);
