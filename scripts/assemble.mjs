// Puts the release build together in dist/ (run by scripts/build after wasm-opt):
// 1. Every built file gets the build id in its name (a hash of all their contents), so a
//    host may cache them forever and a new deployment never mixes with an old one. The
//    references to them (the split loader fetches the chunks) are rewritten to the new
//    names, and checked. The main module's imports get short names, in the wasm and in the
//    glue alike.
// 2. index.html gets the stylesheet inline, and at its end one inline module: the split
//    loader, wasm-bindgen's glue and the loader, which fetches the main wasm once the page
//    has been painted. Chunks are fetched when a screen first opens, and by the service
//    worker after the first visit.
// 3. A Content-Security-Policy that allows exactly the inline scripts and style, by hash.
// The service worker's precache list comes last (scripts/precache.mjs), once index.html
// holds the start screen (scripts/prerender.mjs).
//   node scripts/assemble.mjs <dir with rugplan.js, rugplan_bg.wasm, __wasm_split.js, *.wasm> dist
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
const renamed = (f) => f.replace(/^([^.]+?)(_bg)?(\.\w+)$/, `$1-${id}$2$3`);

const text = (f) => inputs.get(f).toString('utf8');
// Only what loads a file: `new URL("./x.wasm"` (the split loader's chunks).
const relink = (source) => {
  let out = source;
  for (const other of inputs.keys()) {
    for (const q of ['"', "'"]) out = out.split(`URL(${q}./${other}${q}`).join(`URL(${q}./${renamed(other)}${q}`);
  }
  return out;
};
const chunks = [...inputs.keys()].filter((f) => f.endsWith('.wasm') && f !== 'rugplan_bg.wasm');

// The glue and the split loader go into index.html instead of two files of their own. On a
// first visit over a slow link they then arrive with the HTML, during the wasm's round trip,
// instead of sharing the link with the wasm's own download, and with two requests fewer.
// The two are ES modules that import each other; here
// they share one script's top level, as wasm-bindgen and wasm-split wrote them but for their
// import and export lines (their names do not clash: checked below by V8's own parser,
// which rejects a name declared twice). The split loader's import of the glue's `initSync`
// is dropped; the glue's namespace imports of the split loader (the wasm's imports from it)
// become an object of its exports.
// Each assumption about the two files' shape is checked, so a change in wasm-bindgen's or
// wasm-split's output fails the build here instead of breaking the page.
const splitNames = [];
let splitImportsInit = false;
const splitBody = relink(text('__wasm_split.js'))
  .replace(/^import \{ initSync \} from "\.\/rugplan\.js";?$/m, () => ((splitImportsInit = true), ''))
  .replace(/^export const (\w+) =/gm, (_, name) => (splitNames.push(name), `const ${name} =`));
if (!splitNames.length) fail('the split loader exports nothing');
const namespaces = [];
let glueExports = 0;
const glueBody = text('rugplan.js')
  .replace(/^import \* as (\w+) from "\.\/__wasm_split\.js";?$/gm, (_, name) => (namespaces.push(name), `const ${name} = { ${splitNames.join(', ')} };`))
  .replace(/^export \{ initSync, __wbg_init as default \};?$/m, () => (glueExports++, ''));
for (const [what, code] of [['__wasm_split.js', splitBody], ['rugplan.js', glueBody]]) {
  if (/^\s*(import|export)\b/m.test(code)) fail(`${what} has an import or export this script does not handle`);
}
if (glueExports !== 1) fail('the glue does not export initSync and __wbg_init as this script expects');
// The loader below calls `__wbg_init`, and the split loader `initSync`: both must be the
// glue's own top-level functions, as the two share one scope.
for (const name of ['__wbg_init', 'initSync']) {
  if (!new RegExp(`^(async )?function ${name}\\b`, 'm').test(glueBody)) fail(`the glue declares no top-level ${name}`);
}
if (!splitImportsInit && /\binitSync\b/.test(splitBody)) fail('the split loader uses initSync without importing it as expected');
// Everything the glue reads from the split loader's namespace is one of its exports.
for (const ns of namespaces) {
  for (const [, member] of glueBody.matchAll(new RegExp(`\\b${ns}\\.(\\w+)`, 'g'))) {
    if (!splitNames.includes(member)) fail(`the glue uses ${ns}.${member}, which the split loader does not export`);
  }
}
for (const chunk of chunks) {
  if (!splitBody.includes(`"./${renamed(chunk)}"`)) fail(`the split loader never fetches ${chunk}`);
}
// And the other way round: every file the loader fetches is here.
for (const [, wanted] of text('__wasm_split.js').matchAll(/URL\("\.\/([^"]+)"/g)) {
  if (!inputs.has(wanted)) fail(`the split loader fetches ${wanted}, which is missing from ${stage}`);
}
if (/URL\("\.\/(chunk_\d+|split_\w+)\.wasm"/.test(splitBody)) fail('a reference to an unrenamed file is left');
const modules = `${splitBody}\n${glueBody}`;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync('public', dist, { recursive: true });
for (const [f, data] of inputs) {
  if (/\.(css|js)$/.test(f)) continue; // inlined in index.html
  writeFileSync(join(dist, renamed(f)), data);
}

// --- 2. index.html -------------------------------------------------------------------
// Everything the first paint needs is in the HTML itself: the stylesheet (small, and inline
// it saves a round trip before anything shows) and, on a first visit, the start screen
// (scripts/prerender.mjs). The app's wasm is fetched once that is on screen, so nothing
// competes with it, except on a slow connection (`early`, below). "On screen" is the first
// contentful paint's timing entry, which comes once the frame has been presented. The end of
// the main thread's paint (rAF, then a task) comes earlier: on loopback the wasm could then
// arrive before the presentation that Lighthouse takes as LCP, and its model would count
// the LCP as waiting for the wasm. A hidden tab paints nothing, so it fetches at once; the
// timer covers a browser that reports no paint.
// The loader announces the started module (the benchmark reads its wasm memory).
// If the app cannot start (the wasm did not arrive), the start screen's snapshot and the
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
  const module = await WebAssembly.compileStreaming(early ?? fetch('${wasmUrl}'));
  const wasm = await __wbg_init({ module_or_path: module });
  dispatchEvent(new CustomEvent('rugplan-started', { detail: { wasm } }));
} catch (e) {
  document.documentElement.classList.remove('prerendered');
  document.getElementById('loading')?.remove();
  document.getElementById('load-failed')?.removeAttribute('hidden');
  throw e;
}`;
// wasm-bindgen's glue is written to be read; minified it is markedly smaller, compressed too.
// Only local names change: the wasm module's import names are object keys and stay.
// V8 compiles a function the first time it is called, on the main thread, unless the script
// opens with this comment (Chrome 136+; others ignore it): then it compiles them all while
// it loads. The glue's functions mostly run while the app starts, right after the wasm has
// arrived, and the script is there long before the wasm: compiled eagerly, they are ready
// by then instead of being compiled one by one on the way to the first usable screen.
const EAGER = '//# allFunctionsCalledOnLoad\n';
const appSource = `${modules}\n${loader}`;
const checked = join(mkdtempSync(join(tmpdir(), 'rugplan-')), 'app.mjs');
writeFileSync(checked, appSource);
try {
  execFileSync(process.execPath, ['--check', checked], { stdio: 'pipe' });
} catch (err) {
  fail(`the app script does not parse: ${err.stderr}`);
} finally {
  rmSync(dirname(checked), { recursive: true, force: true });
}
const app = EAGER + (await minify(appSource, { module: true, compress: true, mangle: true })).code;
if (/<\/script|<!--/i.test(app)) fail('the app script cannot be inlined');
// Where the browser itself estimates the connection as slow (Chromium's Network Information
// API: 3g or worse, as on Lighthouse's "slow 4G" with its 562 ms round trips), the wasm is
// asked for here, as the head is parsed, and the loader takes that request over. There the
// download is most of the wait, and the first paint needs nothing from the network (the
// HTML holds the style and the start screen), so it is not delayed by it; the app is
// usable one parse, layout and paint sooner.
// Elsewhere, and in browsers that give no estimate, the order stays "paint, then fetch":
// with a fast connection the wasm would arrive, and be started, before the first paint of a
// slow phone; and Lighthouse's simulated throttling, which loads the page unthrottled and
// then models a slow one, counts every request that starts before the largest paint as
// needed for it, so a request started before the paint would count against the LCP.
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
// loading line shows.
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
  // No space is needed around braces, semicolons, commas or child combinators, nor before a
  // closing brace's last semicolon (the stylesheet has no strings or url() with these in them).
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/;}/g, '}')
  .trim();
if (/content:\s*["']|url\(/.test(css)) fail('the stylesheet has strings or url(): its minifying must leave them alone');
if (css.includes('</style')) fail('the stylesheet cannot be inlined');
if (/\/\*|\*\//.test(css)) fail('a comment marker is left in the stylesheet (in a string, or unclosed)');
const assets = [`<script>${early}</script>`, `<script>${decide}</script>`, `<style>${css}</style>`].join('\n  ');
let html = readFileSync('index.html', 'utf8');
if (!html.includes('<!-- assets -->')) fail('index.html has no <!-- assets --> marker');
if (!html.includes('</body>')) fail('index.html has no </body>');
// The app's script last: a module runs only once the page is parsed anyway, and this way its
// bytes come after the start screen's.
html = html
  .replace('<!-- assets -->', () => assets)
  .replace(/\n\s*<!--[\s\S]*?-->/g, '')
  .replace('</body>', () => `<script type="module">${app}</script>\n</body>`);

// --- 3. CSP --------------------------------------------------------------------------
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${[early, decide, app].map((js) => `'sha256-${sha(js, 'base64')}'`).join(' ')}`,
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
