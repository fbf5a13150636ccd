// Rugplan's benchmark (issue #7): serves a release build on loopback with gzip and brotli
// (scripts/static-server.mjs), measures it in the system Chromium and prints one line per
// figure, each the median of several runs, beside its budget:
//   1. transfer of the first load, per file and in total (compressed bytes as sent);
//   2. Lighthouse mobile: the four category scores, FCP, LCP, TBT, CLS;
//   3. time to the first usable screen under applied throttling (4× CPU, slow 4G, no cache);
//   4. a repeat visit with the network off (service worker): first paint, bytes fetched;
//   5. interaction latency (Event Timing, 4× CPU) of the app's main interactions;
//   6. memory (JS heap, wasm memory) after opening a five-year diary history;
//   7. a guided step at 4× CPU, a hold and paced repetitions: long animation frames, and how
//      busy the main thread is between the timer's ticks while the figure moves.
// With the transfer it also prints the figures' and the guided session's own code size.
// It is a benchmark, not a test: it exits 0 when figures are over budget, 1 when the app does
// not load or a figure could not be measured. Writes bench-results.json at the repository root.
//
//   node scripts/bench.mjs [--dist dist] [--runs N] [--markdown] [--only transfer,lighthouse,
//                           usable,offline,interactions,guided] [--json FILE] [--against DIR]
// --against DIR: the first usable screen of another build too, alternated run by run with
// this one, and the median of their run-by-run differences. On a shared host the absolute
// figure drifts with its load by more than most changes are worth; the pairs share it.
// CHROME_PATH picks another Chromium (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, devices } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { FIRST_LOAD_KINDS, isLazy } from './build-files.mjs';
import { codeSize } from './code-sizes.mjs';

// --- What the benchmark clicks: every selector and route in one place ------------------------
// CSS, roles and URLs rather than visible text, so a translation does not break the benchmark.
const SEL = {
  // The app shell has mounted (the tests' ready signal). A direct child of <body>: the
  // start-screen snapshot in index.html has the same header, inside #prerender.
  ready: 'body > header.topbar',
  homePrimary: 'body > main a.link-card', // the home screen's first card: "make your plan" / "today"
  heightField: '#lengte', // ball calculator: the height field
  ballSize: '.ball-size', // ball calculator: the answer
  safetyNo: 'fieldset.gate .gate-answers label:last-child input', // "no", one per group of signs
  intakeSubmit: 'form.intake .buttons button:not(.secondary)', // "next", and on the last step "make my plan"
  intakeWeeks: '#weken', // the plan length, on the last intake step
  planWeek: 'section.week', // one week of the plan overview
  tick: 'article.exercise label.tick input[type=checkbox]', // "done" on an exercise
  navDiary: 'nav.tabs a[href="#/dagboek"]', // the diary tab
  diaryEntry: '.entries li',
  chart: 'svg.chart',
  chartLine: 'svg.chart path.chart-line',
  rangeChip: 'section[aria-labelledby=verloop] [role=radiogroup] label.chip', // last: "all"
  tableToggle: 'section[aria-labelledby=verloop] details > summary', // "show as table"
  tableRow: 'section[aria-labelledby=verloop] table tbody tr',
  guidedStep: 'article.guided', // the guided session's exercise on screen
  guidedHold: 'article.guided .timer .buttons button:not(.secondary)', // a hold: start
  guidedReps: 'article.guided .rep-count + .buttons button', // repetitions: start the count
  guidedSkip: '.guided-nav button.secondary:nth-child(2)', // "skip" to the next exercise
  guidedFigure: 'article.guided .figure.moves',
};
// The tests' fixed Monday; the plan starts on it, so "today" has a session.
const TODAY = { iso: '2026-11-23', date: new Date('2026-11-23T09:30:00') };
const ROUTES = {
  home: '#/',
  ball: '#/bal',
  // A 12-week plan, 4 days a week, with an exercise ball (a share link; see src/ui/route.rs).
  plan: `#/plan/nieuw?duur=lang&dagen=ma,wo,vr,za&bal=ja&beweging=wandelen&start=${TODAY.iso}&weken=12`,
  today: '#/vandaag',
  guided: '#/vandaag/samen',
};
/** A share link for a plan with a session on the machine's real today (the guided session's
 * timers count real time, so its page runs without a fake clock). */
function planFromToday() {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const codes = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
  const days = [0, 2, 4].map((k) => codes[(now.getDay() + k) % 7]).join(',');
  return `#/plan/nieuw?duur=lang&dagen=${days}&bal=ja&beweging=wandelen&start=${iso}&weken=12`;
}
const PLAN_WEEKS = 12;
const HISTORY_DAYS = 5 * 365;

// --- Conditions ---------------------------------------------------------------------------
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--headless=new',
  // Lighthouse's browser too: the Dutch app is the one measured. --lang alone leaves
  // navigator.languages at en-US in headless Chromium; --accept-lang sets it.
  '--lang=nl-NL',
  '--accept-lang=nl-NL',
];
// A Dutch phone: the app follows the browser's languages, and Dutch is its first language.
const PHONE = { ...devices['Pixel 7'], locale: 'nl-NL' };
const CPU_SLOWDOWN = 4;
// Lighthouse's "slow 4G": 1638.4 kbps down, 675 kbps up, 562.5 ms round trip per request.
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const EVENT_THRESHOLD_MS = 16; // Event Timing reports nothing shorter
const LOAD_TIMEOUT = 60_000;

// --- Budgets (issue #7) -------------------------------------------------------------------
const KB = 1000;
const MB = 1000 * 1000;
const BUDGET = {
  transferGzip: { max: 120 * KB },
  score: { min: 100 },
  lcp: { max: 1500 },
  tbt: { max: 50 },
  cls: { max: 0 },
  usable: { max: 1800 },
  offlinePaint: { max: 400 },
  offlineBytes: { max: 0 },
  interaction: { max: 50 },
  longFrames: { max: 0 },
  heap: { max: 50 * MB },
};

// --- Arguments ----------------------------------------------------------------------------
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const dist = resolve(opt('dist', join(ROOT, 'dist')));
const runsArg = opt('runs', null);
const RUNS = runsArg === null ? 5 : Number(runsArg);
const LH_RUNS = runsArg === null ? 3 : Number(runsArg);
const markdown = args.includes('--markdown');
const jsonPath = resolve(opt('json', join(ROOT, 'bench-results.json')));
const againstArg = opt('against', null);
const against = againstArg === null ? null : resolve(againstArg);
const ALL = ['transfer', 'lighthouse', 'usable', 'offline', 'interactions', 'guided'];
const only = (opt('only', ALL.join(',')) || '').split(',');
if (!Number.isInteger(RUNS) || RUNS < 1) fail(`--runs wants a whole number of at least 1, not ${runsArg}`);
for (const o of only) if (!ALL.includes(o)) fail(`--only: unknown "${o}" (choose from ${ALL.join(', ')})`);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
const progress = (text) => process.stderr.write(`\x1b[2m[bench] ${text}\x1b[0m\n`);

// --- Figures ------------------------------------------------------------------------------
const figures = [];
const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = {
  bytes: (v) => (v < KB ? `${v} B` : `${(v / KB).toFixed(1)} kB`),
  ms: (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`),
  event: (v) => (v < EVENT_THRESHOLD_MS ? `< ${EVENT_THRESHOLD_MS} ms` : `${Math.round(v)} ms`),
  score: (v) => String(Math.round(v)),
  cls: (v) => v.toFixed(3),
  mb: (v) => `${(v / MB).toFixed(1)} MB`,
  count: (v) => String(v),
  percent: (v) => `${v.toFixed(1)} %`,
  msps: (v) => `${v.toFixed(1)} ms/s`,
};
// Budgets are round numbers: "≤ 1.5 s", not "≤ 1.50 s".
const round = (text) => text.replace(/(\.\d*?)0+(?= )/, '$1').replace(/\.(?= )/, '');
const fmtBudget = {
  bytes: (b) => (b.max === 0 ? '0 B' : `≤ ${round(fmt.bytes(b.max))}`),
  ms: (b) => `≤ ${round(fmt.ms(b.max))}`,
  event: (b) => `≤ ${b.max} ms`,
  score: (b) => `${b.min}`,
  cls: (b) => (b.max === 0 ? '0' : `≤ ${b.max}`),
  mb: (b) => `≤ ${round(fmt.mb(b.max))}`,
  count: (b) => (b.max === 0 ? '0' : `≤ ${b.max}`),
};

/** Adds a figure: `samples` are per-run numbers; the median is the figure. */
function figure(group, name, unit, samples, budget = null, extra = {}) {
  const value = median(samples);
  // Compared as shown: a CLS of 0.0001 shows as 0.000, and 100 is what Lighthouse shows for 0.995.
  const compared = value === null ? null : unit === 'cls' ? Number(value.toFixed(3)) : unit === 'score' ? Math.round(value) : value;
  let status = '–';
  if (value === null) status = 'ERROR';
  else if (budget) {
    const over = (budget.max !== undefined && compared > budget.max) || (budget.min !== undefined && compared < budget.min);
    status = over ? 'OVER' : 'ok';
  }
  const f = {
    group,
    name,
    unit,
    value,
    shown: value === null ? 'not measured' : (extra.show || fmt[unit])(value),
    budget,
    budgetShown: budget ? fmtBudget[unit](budget) : '–',
    status,
    samples,
    ...extra,
  };
  delete f.show;
  figures.push(f);
  printFigure(f);
  return f;
}
const W = { name: 48, value: 22, budget: 12 };
function printFigure(f) {
  const status = (f.status === '–' ? '' : f.status).padEnd(5);
  const note = f.note ? ` (${f.note})` : '';
  console.log(`${f.name.padEnd(W.name)} ${f.shown.padStart(W.value)} ${f.budgetShown.padStart(W.budget)}  ${status}${note}`.trimEnd());
}
function printGroup(title) {
  console.log(`\n${title}`);
}
/** Marks every figure of a group that failed as not measured, with the reason. */
function failed(group, names, err) {
  const reason = String(err?.message || err).split('\n')[0];
  console.log(`  could not measure: ${reason}`);
  for (const [name, unit, budget] of names) figure(group, name, unit, [], budget, { error: reason });
}

// --- Server -------------------------------------------------------------------------------
async function freePort() {
  return new Promise((ok, ko) => {
    const s = createServer();
    s.unref();
    s.on('error', ko);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function get(url, headers = {}) {
  return new Promise((ok, ko) => {
    const req = http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', ko);
    });
    req.on('error', ko);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout fetching ${url}`)));
  });
}

async function startServer(dir = dist) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/static-server.mjs'), '--dir', dir, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const res = await get(base).catch(() => null);
    if (res?.status === 200) return { base, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  fail(`the static server did not start on port ${port}`);
}

// --- Browser helpers ----------------------------------------------------------------------
const launch = () => chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });

/**
 * Page instrumentation, installed before any of the page's scripts on every navigation:
 * Event Timing entries, the wasm exports (the loader's rugplan-started event), and the
 * moment the first usable screen is on screen: the shell and the home screen's first card
 * are in the DOM and visible, and the frame showing them has been painted (rAF, then a task),
 * reported as a console message (see USABLE_TAG).
 */
function instrument([ready, primary, threshold, usableTag]) {
  const b = (window.__bench = { events: [], usable: null, wasm: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId || 0 });
      }
    }).observe({ type: 'event', durationThreshold: threshold, buffered: true });
  } catch {
    b.noEventTiming = true;
  }
  addEventListener('rugplan-started', (e) => (b.wasm = e.detail?.wasm ?? null));
  // For "result painted": the first click or key press after arm() (the input that asks for
  // the result; a tap's click comes on release), then the frame that shows `cond`.
  for (const type of ['click', 'keydown']) {
    addEventListener(type, (e) => b.armed && b.inputAt == null && (b.inputAt = e.timeStamp), true);
  }
  b.arm = (cond) => {
    b.armed = true;
    b.inputAt = null;
    b.painted = new Promise((done, failed) => {
      setTimeout(() => failed(new Error(`no ${cond.sel} on screen within a minute`)), 60_000);
      const met = () => {
        const els = document.querySelectorAll(cond.sel);
        if (cond.count != null) return els.length === cond.count;
        if (cond.min != null) return els.length >= cond.min;
        const el = els[0];
        if (!el || !el.checkVisibility()) return false;
        if (cond.checked && !el.checked) return false;
        if (cond.points && (el.getAttribute('d') || '').split('L').length < cond.points) return false;
        return true;
      };
      const frame = () => {
        if (b.inputAt == null || !met()) return requestAnimationFrame(frame);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          b.armed = false;
          done(performance.now() - b.inputAt);
        };
        ch.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    });
  };
  const shown = () => {
    const h = document.querySelector(ready);
    const a = document.querySelector(primary);
    return h && a && h.checkVisibility() && a.checkVisibility();
  };
  const watch = new MutationObserver(() => {
    if (b.usableDom != null || !shown()) return;
    b.usableDom = performance.now();
    watch.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        b.usable = performance.now();
        console.debug(`${usableTag}${b.usable}`);
      };
      ch.port2.postMessage(null);
    });
  });
  watch.observe(document, { childList: true, subtree: true });
}

// How the page reports the first usable screen to the bench: a console message, which
// puts nothing in the page. Polling with page.waitForFunction instead evaluates Playwright's
// injected script in the page while it is still loading: about 60 ms of main thread at 4×
// CPU (seen in a DevTools trace), which delayed the first paint and so the app's own start.
const USABLE_TAG = 'rugplan-bench-usable ';
const usableQueues = new WeakMap();

async function newPhonePage(browser) {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  await page.addInitScript(instrument, [SEL.ready, SEL.homePrimary, EVENT_THRESHOLD_MS, USABLE_TAG]);
  // One reported time per page load, taken in order by waitUsable.
  const queue = { times: [], waiting: [] };
  usableQueues.set(page, queue);
  page.on('console', (msg) => {
    const text = msg.text();
    if (!text.startsWith(USABLE_TAG)) return;
    const at = Number(text.slice(USABLE_TAG.length));
    const next = queue.waiting.shift();
    if (next) next(at);
    else queue.times.push(at);
  });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** The next page load's first usable screen (ms since its navigation start). */
async function waitUsable(page) {
  const queue = usableQueues.get(page);
  if (queue.times.length) return queue.times.shift();
  let timer;
  try {
    return await new Promise((resolve, reject) => {
      queue.waiting.push(resolve);
      timer = setTimeout(() => reject(new Error(`no usable screen within ${LOAD_TIMEOUT / 1000} s`)), LOAD_TIMEOUT);
    });
  } finally {
    clearTimeout(timer);
  }
}

// --- 0. Does the app load at all? ---------------------------------------------------------
async function smokeTest(base) {
  const browser = await launch();
  const errors = [];
  try {
    const { page } = await newPhonePage(browser);
    // An uncaught error while starting (say, a broken wasm file) fails at once, not after a minute.
    const crashed = new Promise((_, ko) => page.on('pageerror', (e) => errors.push(e.message) && ko(e)));
    const shown = (async () => {
      await page.goto(base);
      await page.locator(SEL.ready).waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
      await page.locator(SEL.homePrimary).first().waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    })();
    crashed.catch(() => {});
    shown.catch(() => {});
    await Promise.race([shown, crashed]);
  } catch (err) {
    const why = errors.length ? `page errors: ${errors.join('; ')}` : String(err.message).split('\n')[0];
    fail(`the app did not load from ${dist}: ${why}`);
  } finally {
    await browser.close();
  }
}

// --- 1. Transfer ----------------------------------------------------------------------------
async function transfer(base) {
  const G = '1. Transfer, first load (compressed bytes as sent: gzip / brotli)';
  printGroup(G);
  const built = readdirSync(dist)
    .filter((f) => FIRST_LOAD_KINDS.includes(extname(f)))
    .sort((a, b) => FIRST_LOAD_KINDS.indexOf(extname(a)) - FIRST_LOAD_KINDS.indexOf(extname(b)) || a.localeCompare(b));

  // What a first visit really requests: the page's requests and the worker's own script.
  // The worker's precache of the rest comes after and is not counted; neither are icons.
  const browser = await launch();
  const requested = [];
  try {
    const { context, page } = await newPhonePage(browser);
    context.on('request', (req) => {
      const path = new URL(req.url()).pathname.replace(/^\//, '') || 'index.html';
      if (req.serviceWorker() && path !== 'sw.js') return;
      if (!requested.includes(path)) requested.push(path);
    });
    await page.goto(base);
    await waitUsable(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: LOAD_TIMEOUT });
    await page.waitForTimeout(500);
  } finally {
    await browser.close();
  }
  // A screen's own wasm counts only if the first screen asked for it.
  const files = built.filter((f) => !isLazy(f) || requested.includes(f));
  const later = built.filter((f) => !files.includes(f));
  const isIcon = (f) => /^icon|\.(png|svg|ico)$/.test(f);
  const missing = requested.filter((f) => !isIcon(f) && !files.includes(f));
  const unrequested = files.filter((f) => !requested.includes(f));

  const per = {};
  for (const f of files) per[f] = { gzip: [], br: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const f of files) {
      for (const [enc, key] of [['gzip', 'gzip'], ['br, gzip', 'br']]) {
        const res = await get(new URL(f, base).href, { 'Accept-Encoding': enc });
        if (res.status !== 200) throw new Error(`${f}: HTTP ${res.status}`);
        per[f][key].push(res.body.length);
      }
    }
  }
  for (const f of files) {
    const show = () => `${fmt.bytes(median(per[f].gzip))} / ${fmt.bytes(median(per[f].br))}`;
    figure(G, `  ${f}`, 'bytes', per[f].gzip, null, { show, br: median(per[f].br) });
  }
  const totals = (key) => Array.from({ length: RUNS }, (_, i) => files.reduce((s, f) => s + per[f][key][i], 0));
  figure(G, '  total, gzip (icons excluded)', 'bytes', totals('gzip'), BUDGET.transferGzip);
  figure(G, '  total, brotli (what Chromium gets)', 'bytes', totals('br'));
  if (later.length) {
    const gz = later.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
    console.log(`  later, when other screens first open (not counted): ${later.length} wasm files, ${fmt.bytes(gz)} gzip`);
    // The figures and the guided session live in the plan screens' split point; their own
    // share of it is counted from the function names the split step keeps (before wasm-opt;
    // the poses are built by code, so the figures' data is in these bodies).
    const plan = later.find((f) => f.startsWith('split_plan'));
    const stage = join(ROOT, 'target/split/stage/split');
    if (plan && dist === join(ROOT, 'dist') && existsSync(stage)) {
      const part = (paths) => {
        const { raw, gzip } = codeSize(stage, paths);
        return `${fmt.bytes(raw)} raw, ${fmt.bytes(gzip)} gzip`;
      };
      const planGzip = gzipSync(readFileSync(join(dist, plan)), { level: 9 }).length;
      console.log(`  in the plan screens' split point (${fmt.bytes(planGzip)} gzip), before wasm-opt:`);
      console.log(`    figures (ui::figure, domain::poses): ${part(['rugplan::ui::figure', 'rugplan::domain::poses'])}`);
      console.log(`    guided session (ui::guided, ui::timer): ${part(['rugplan::ui::guided', 'rugplan::ui::timer'])}`);
    }
  }
  if (missing.length) console.log(`  note: also requested on first load, not counted: ${missing.join(', ')}`);
  if (unrequested.length) {
    console.log(`  note: counted, though headless Chromium did not request it on first load: ${unrequested.join(', ')}`);
  }
  return { files, requested };
}

// --- 2. Lighthouse ----------------------------------------------------------------------------
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LH_FIGURES = [
  ['  performance score', 'score', BUDGET.score],
  ['  accessibility score', 'score', BUDGET.score],
  ['  best practices score', 'score', BUDGET.score],
  ['  SEO score', 'score', BUDGET.score],
  ['  first contentful paint (FCP)', 'ms', null],
  ['  largest contentful paint (LCP)', 'ms', BUDGET.lcp],
  ['  total blocking time (TBT)', 'ms', BUDGET.tbt],
  ['  cumulative layout shift (CLS)', 'cls', BUDGET.cls],
];
async function lighthouseRuns(base) {
  const G = '2. Lighthouse 12.8.2, mobile, simulated slow 4G and 4× CPU';
  printGroup(G);
  const samples = LH_FIGURES.map(() => []);
  const failing = new Map();
  try {
    for (let run = 0; run < LH_RUNS; run++) {
      progress(`lighthouse run ${run + 1}/${LH_RUNS}`);
      const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
      try {
        const result = await lighthouse(base, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: LH_CATEGORIES,
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse: ${lhr?.runtimeError?.message || 'no result'}`);
        const c = lhr.categories;
        const a = (id) => lhr.audits[id]?.numericValue ?? null;
        const row = [
          c.performance.score * 100,
          c.accessibility.score * 100,
          c['best-practices'].score * 100,
          c.seo.score * 100,
          a('first-contentful-paint'),
          a('largest-contentful-paint'),
          a('total-blocking-time'),
          a('cumulative-layout-shift'),
        ];
        row.forEach((v, i) => samples[i].push(v));
        // Which weighted audits cost points, so the line has a reason next to it.
        for (const cat of Object.values(c)) {
          for (const ref of cat.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
              failing.set(`${cat.id}: ${ref.id}`, audit.displayValue || '');
            }
          }
        }
      } finally {
        await chrome.kill();
      }
    }
  } catch (err) {
    failed(G, LH_FIGURES, err);
    return;
  }
  LH_FIGURES.forEach(([name, unit, budget], i) => figure(G, name, unit, samples[i], budget));
  if (failing.size) console.log(`  audits below full marks in some run: ${[...failing.keys()].join(', ')}`);
}

// --- 3. First usable screen -----------------------------------------------------------------
/** One throttled first visit: its first usable screen, then the gauge in the same page. */
async function usableRun(base) {
  const browser = await launch();
  try {
    const { page, cdp } = await newPhonePage(browser);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(base, { waitUntil: 'commit' });
    const usable = await waitUsable(page);
    return { usable, gauge: await page.evaluate(CALIBRATION) };
  } finally {
    await browser.close();
  }
}

async function firstUsable(base, otherBase) {
  const G = `3. First usable screen: 4× CPU, slow 4G (${SLOW_4G.latency} ms, 1.6 Mbps), cache off`;
  const USABLE = '  navigation start → home screen usable';
  printGroup(G);
  const [samples, gauge, other, diff] = [[], [], [], []];
  try {
    for (let run = 0; run < RUNS; run++) {
      progress(`first usable screen, run ${run + 1}/${RUNS}`);
      if (!otherBase) {
        const r = await usableRun(base);
        samples.push(r.usable);
        gauge.push(r.gauge);
        continue;
      }
      // Which build goes first alternates too, so neither always gets the warmer host.
      const order = run % 2 ? [otherBase, base] : [base, otherBase];
      const [first, second] = [await usableRun(order[0]), await usableRun(order[1])];
      const [mine, theirs] = run % 2 ? [second, first] : [first, second];
      samples.push(mine.usable);
      gauge.push(mine.gauge);
      other.push(theirs.usable);
      diff.push(mine.usable - theirs.usable);
    }
  } catch (err) {
    failed(G, [[USABLE, 'ms', BUDGET.usable]], err);
    return;
  }
  figure(G, USABLE, 'ms', samples, BUDGET.usable);
  figure(G, '  gauge: a fixed script loop in that page', 'ms', gauge);
  if (!otherBase) return;
  figure(G, '  the --against build, alternated run by run', 'ms', other);
  const signed = (v) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.round(Math.abs(v))} ms`;
  figure(G, '  this build minus that, run by run', 'ms', diff, null, { show: signed });
}

// The same work every time, timed in the page right after its first usable screen (4× CPU
// still applied): this machine is shared, and when this figure is up, the host was busy
// and every CPU-bound figure of the run is up with it. About 30 ms on a quiet host.
const CALIBRATION = () => {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 2_000_000; i++) x = (x + i * 7) % 1_000_003;
  return x >= 0 ? performance.now() - start : NaN;
};

// --- 4. Offline repeat visit ----------------------------------------------------------------
async function offlineRepeat(base) {
  const G = '4. Repeat visit, network off (service worker), 4× CPU';
  printGroup(G);
  const paint = [];
  const bytes = [];
  const usable = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      progress(`offline repeat visit, run ${run + 1}/${RUNS}`);
      const browser = await launch();
      try {
        const { context, page, cdp } = await newPhonePage(browser);
        await page.goto(base);
        await waitUsable(page);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: LOAD_TIMEOUT });
        // Count every response that did not come from the service worker: the page's own
        // (DevTools protocol) and the worker's (Playwright reports its requests on the context).
        let fetched = 0;
        const fromNetwork = new Set();
        cdp.on('Network.responseReceived', (e) => {
          if (!e.response.fromServiceWorker) fromNetwork.add(e.requestId);
        });
        cdp.on('Network.loadingFinished', (e) => {
          if (fromNetwork.has(e.requestId)) fetched += e.encodedDataLength;
        });
        context.on('requestfinished', async (req) => {
          if (!req.serviceWorker()) return;
          const s = await req.sizes().catch(() => null);
          if (s) fetched += s.responseHeadersSize + s.responseBodySize;
        });
        await cdp.send('Network.enable');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await context.setOffline(true);
        await page.reload({ waitUntil: 'commit' });
        usable.push(await waitUsable(page));
        paint.push(
          await page.evaluate(() => {
            const p = performance.getEntriesByType('paint');
            return (p.find((e) => e.name === 'first-contentful-paint') || p.find((e) => e.name === 'first-paint'))?.startTime ?? null;
          }),
        );
        await page.waitForTimeout(300);
        bytes.push(fetched);
      } finally {
        await browser.close();
      }
    }
  } catch (err) {
    failed(G, [
      ['  first paint (FCP)', 'ms', BUDGET.offlinePaint],
      ['  bytes from the network', 'bytes', BUDGET.offlineBytes],
      ['  home screen usable', 'ms', null],
    ], err);
    return;
  }
  figure(G, '  first paint (FCP)', 'ms', paint, BUDGET.offlinePaint);
  figure(G, '  bytes from the network', 'bytes', bytes, BUDGET.offlineBytes);
  figure(G, '  home screen usable', 'ms', usable);
}

// --- 5 and 6. Interactions and memory -------------------------------------------------------
const INTERACTIONS = [
  ['  enter a height (ball size)', 'height'],
  ['  make a 12-week, 4-day plan with ball', 'plan'],
  ['  tick an exercise (today)', 'tick'],
  ['  open the diary, 5 years of entries', 'diary'],
  ['  chart all 5 years', 'chartAll'],
  ['  show the 5 years as a table: the newest rows', 'tableStart'],
  ['  show the 5 years as a table: every row', 'table'],
];

/** The five-year history of tests/e2e/diary.spec.ts ('five years of daily entries'). */
function seedHistory([days, y, m, d]) {
  const entries = [];
  const day = 24 * 3600 * 1000;
  const end = Date.UTC(y, m, d, 8);
  for (let i = 0; i < days; i++) {
    const at = end - i * day;
    const iso = new Date(at).toISOString().slice(0, 10);
    entries.push({ id: i + 1, date: iso, at, score: (i * 7) % 11, moment: 'anders', stiffness: null, during: null, exercise: null, note: i % 10 ? '' : 'notitie ' + i });
  }
  localStorage.setItem('rugplan.log', JSON.stringify({ schema_version: 1, data: { entries, decisions: [] } }));
}

/** Opens a share link (`url`) that fills the intake, answers "no" to each question of the
 * safety gate, and steps through to the intake's last step, where "make my plan" waits. */
async function toLastIntakeStep(page, url) {
  await page.goto(url);
  const no = page.locator(SEL.safetyNo);
  await no.first().waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
  for (const input of await no.all()) await input.check();
  for (let i = 0; i < 4; i++) await page.locator(SEL.intakeSubmit).click();
  await page.locator(SEL.intakeWeeks).waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
}

async function interactionRun(base) {
  const browser = await launch();
  try {
    const { page, cdp } = await newPhonePage(browser);
    await page.clock.setFixedTime(TODAY.date);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const visible = (sel) => page.locator(sel).first().waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    const settle = () =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 250)))));
    const latency = {};
    const painted = {};
    /**
     * Runs one interaction: `prepare` (part of it, e.g. typing), then `act` (the input that
     * asks for a result), until `cond` holds on screen. Event Timing: the longest entry of
     * any interaction from `prepare` on (0 when none reached 16 ms). Painted: from `act`'s
     * first input event to the frame that shows the result.
     */
    const measure = async (key, { prepare = async () => {}, act, cond }) => {
      await settle();
      const from = await page.evaluate(() => performance.now());
      await prepare();
      await page.evaluate((c) => window.__bench.arm(c), cond);
      await act();
      painted[key] = await page.evaluate(() => window.__bench.painted);
      await settle();
      const durations = await page.evaluate(
        (t) => window.__bench.events.filter((e) => e.id > 0 && e.start >= t).map((e) => e.duration),
        from,
      );
      latency[key] = durations.length ? Math.max(...durations) : 0;
    };

    // Ball size: tap the field, type a height, press Enter.
    await page.goto(base + ROUTES.ball);
    await visible(SEL.ready);
    if (await page.evaluate(() => window.__bench.noEventTiming)) throw new Error('this Chromium has no Event Timing');
    await measure('height', {
      prepare: async () => {
        await page.locator(SEL.heightField).click();
        await page.keyboard.type('172');
      },
      act: () => page.keyboard.press('Enter'),
      cond: { sel: SEL.ballSize },
    });

    // Plan: the share link fills the intake; pass the safety gate, step through, and measure
    // the last tap, which generates the plan and shows it.
    await toLastIntakeStep(page, base + ROUTES.plan);
    const weeks = await page.locator(SEL.intakeWeeks).inputValue();
    if (weeks !== String(PLAN_WEEKS)) throw new Error(`the plan link was not applied (weeks ${weeks})`);
    await measure('plan', {
      act: () => page.locator(SEL.intakeSubmit).click(),
      cond: { sel: SEL.planWeek, count: PLAN_WEEKS },
    });

    // Today: tick the first exercise.
    await page.goto(base + ROUTES.today);
    await visible(SEL.tick);
    await measure('tick', {
      act: () => page.locator(SEL.tick).first().click(),
      cond: { sel: SEL.tick, checked: true },
    });

    // Five years of daily entries, then open the diary from the home screen.
    const [y, m, d] = TODAY.iso.split('-').map(Number);
    await page.evaluate(seedHistory, [HISTORY_DAYS, y, m - 1, d]);
    await page.goto(base + ROUTES.home);
    await page.reload();
    await visible(SEL.homePrimary);
    await measure('diary', {
      act: () => page.locator(SEL.navDiary).click(),
      cond: { sel: SEL.chart },
    });
    await visible(SEL.diaryEntry);
    await measure('chartAll', {
      act: () => page.locator(SEL.rangeChip).last().click(),
      cond: { sel: SEL.chartLine, points: HISTORY_DAYS },
    });
    // The table is built newest rows first, older ones in later tasks: when the first rows
    // show, then (closed and opened again) when all of them are there.
    await measure('tableStart', {
      act: () => page.locator(SEL.tableToggle).click(),
      cond: { sel: SEL.tableRow, min: 1 },
    });
    await page.locator(SEL.tableToggle).click();
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, SEL.tableRow);
    await measure('table', {
      act: () => page.locator(SEL.tableToggle).click(),
      cond: { sel: SEL.tableRow, count: HISTORY_DAYS },
    });

    // Memory with the whole history open: after a forced garbage collection.
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? null);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { latency, painted, heap, wasm };
  } finally {
    await browser.close();
  }
}

async function interactions(base) {
  const G5 = '5. Interaction latency (Event Timing, longest entry per interaction), 4× CPU';
  const G6 = '6. Memory after opening the 5-year history (after a forced GC)';
  const runs = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      progress(`interactions and memory, run ${run + 1}/${RUNS}`);
      runs.push(await interactionRun(base));
    }
  } catch (err) {
    printGroup(G5);
    failed(G5, INTERACTIONS.map(([name]) => [name, 'event', BUDGET.interaction]), err);
    printGroup(G6);
    failed(G6, [['  JS heap (used)', 'mb', BUDGET.heap], ['  wasm memory', 'mb', null]], err);
    return;
  }
  printGroup(G5);
  for (const [name, key] of INTERACTIONS) {
    const shown = median(runs.map((r) => r.painted[key]));
    figure(G5, name, 'event', runs.map((r) => r.latency[key]), BUDGET.interaction, {
      painted: runs.map((r) => r.painted[key]),
      note: `result painted ${fmt.ms(shown)} after the input`,
    });
  }
  printGroup(G6);
  figure(G6, '  JS heap (used)', 'mb', runs.map((r) => r.heap), BUDGET.heap);
  figure(G6, '  wasm memory', 'mb', runs.map((r) => r.wasm));
}

// --- 7. A guided step on a phone lying on the floor -----------------------------------------
// One hold and one paced set of repetitions, each watched for GUIDED_WINDOW_MS at 4× CPU while
// the figure moves and the timer or count runs: long animation frames (the Long Animation
// Frames API reports every frame over 50 ms), and how busy the main thread is between the
// timer's ticks (DevTools' Performance metrics: all tasks, and the script within them).
const GUIDED_WINDOW_MS = 10_000;
const GUIDED_KINDS = [
  ['hold', 'a hold', SEL.guidedHold],
  ['reps', 'paced repetitions', SEL.guidedReps],
];

function watchLongFrames() {
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__frames.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'long-animation-frame' });
}

async function guidedRun(base) {
  const browser = await launch();
  try {
    const { page, cdp } = await newPhonePage(browser);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const visible = (sel) => page.locator(sel).first().waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    await toLastIntakeStep(page, base + planFromToday());
    await page.locator(SEL.intakeSubmit).click();
    await visible(SEL.planWeek);
    await page.goto(base + ROUTES.guided);
    await visible(SEL.guidedStep);
    if (!(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')))) {
      throw new Error('this Chromium has no Long Animation Frames API');
    }
    await page.evaluate(watchLongFrames);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    };
    const result = {};
    for (const [key, , start] of GUIDED_KINDS) {
      // Skip ahead to the first exercise of this kind.
      for (let i = 0; !(await page.locator(start).count()); i++) {
        if (i > 12) throw new Error(`no ${key} in today's session`);
        await page.locator(SEL.guidedSkip).click();
        await visible(SEL.guidedStep);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.locator(start).click();
      await page.waitForTimeout(1000);
      const moving = await page.evaluate(
        (sel) => document.querySelector(sel)?.hasAttribute('data-play') && document.getAnimations().some((a) => a.playState === 'running'),
        SEL.guidedFigure,
      );
      if (!moving) throw new Error(`the figure does not move during the ${key}`);
      const from = await page.evaluate(() => performance.now());
      const before = await metrics();
      await page.waitForTimeout(GUIDED_WINDOW_MS);
      const after = await metrics();
      const frames = await page.evaluate((t) => window.__frames.filter((f) => f.start >= t), from);
      const seconds = after.Timestamp - before.Timestamp;
      result[key] = {
        frames: frames.length,
        longest: frames.reduce((m, f) => Math.max(m, f.duration), 0),
        busy: (after.TaskDuration - before.TaskDuration) / seconds,
        script: ((after.ScriptDuration - before.ScriptDuration) * 1000) / seconds,
      };
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.locator(SEL.guidedSkip).click();
      await visible(SEL.guidedStep);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await browser.close();
  }
}

async function guided(base) {
  const G = `7. A guided step, ${GUIDED_WINDOW_MS / 1000} s at 4× CPU (figure moving, timer or count running)`;
  const names = GUIDED_KINDS.flatMap(([, what]) => [
    [`  ${what}: long animation frames`, 'count', BUDGET.longFrames],
    [`  ${what}: main thread busy`, 'percent', null],
    [`  ${what}: script`, 'msps', null],
  ]);
  const runs = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      progress(`guided session, run ${run + 1}/${RUNS}`);
      runs.push(await guidedRun(base));
    }
  } catch (err) {
    printGroup(G);
    failed(G, names, err);
    return;
  }
  printGroup(G);
  for (const [key, what] of GUIDED_KINDS) {
    const longest = median(runs.map((r) => r[key].longest));
    figure(G, `  ${what}: long animation frames`, 'count', runs.map((r) => r[key].frames), BUDGET.longFrames, {
      note: longest ? `longest ${fmt.ms(longest)}` : '',
    });
    figure(G, `  ${what}: main thread busy`, 'percent', runs.map((r) => r[key].busy * 100));
    figure(G, `  ${what}: script`, 'msps', runs.map((r) => r[key].script));
  }
}

// --- Main -----------------------------------------------------------------------------------
function chromiumVersion() {
  return new Promise((ok) => {
    const p = spawn(CHROME_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    p.on('close', () => ok(out.trim()));
    p.on('error', () => ok('unknown'));
  });
}

function toMarkdown() {
  const rows = ['| figure | median | budget | | note |', '| --- | ---: | ---: | --- | --- |'];
  let group = null;
  for (const f of figures) {
    if (f.group !== group) {
      group = f.group;
      rows.push(`| **${group}** | | | | |`);
    }
    rows.push(`| ${f.name.trim()} | ${f.shown} | ${f.budgetShown} | ${f.status === '–' ? '' : f.status} | ${f.note || ''} |`);
  }
  return rows.join('\n');
}

async function main() {
  if (!existsSync(join(dist, 'index.html'))) fail(`no release build in ${dist} (run scripts/build, or pass --dist)`);
  if (against && !existsSync(join(against, 'index.html'))) fail(`no release build in ${against} (--against)`);
  if (!existsSync(CHROME_PATH)) fail(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  const started = new Date();
  const chrome = await chromiumVersion();
  const { base, child } = await startServer();
  const stop = () => child.exitCode === null && child.kill();
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));

  console.log(`Rugplan benchmark: ${dist}${against ? `, first usable screen against ${against}` : ''}`);
  console.log(`${started.toISOString()} · ${chrome} · Node ${process.version} · ${os.cpus().length} CPUs · ${RUNS} runs (Lighthouse ${LH_RUNS}), medians`);
  console.log(`${'figure'.padEnd(W.name)} ${'median'.padStart(W.value)} ${'budget'.padStart(W.budget)}`);
  await smokeTest(base);

  let firstLoad = null;
  if (only.includes('transfer')) {
    try {
      firstLoad = await transfer(base);
    } catch (err) {
      failed('1. Transfer', [['  total, gzip (icons excluded)', 'bytes', BUDGET.transferGzip]], err);
    }
  }
  if (only.includes('lighthouse')) await lighthouseRuns(base);
  if (only.includes('usable')) {
    const other = against && (await startServer(against));
    if (other) process.on('exit', () => other.child.exitCode === null && other.child.kill());
    await firstUsable(base, other?.base);
    if (other) other.child.kill();
  }
  if (only.includes('offline')) await offlineRepeat(base);
  if (only.includes('interactions')) await interactions(base);
  if (only.includes('guided')) await guided(base);

  const count = (s) => figures.filter((f) => f.status === s).length;
  const [ok, over, errors, info] = [count('ok'), count('OVER'), count('ERROR'), count('–')];
  console.log(`\nsummary: ${ok} within budget, ${over} over budget, ${errors} not measured, ${info} without a budget`);
  writeFileSync(
    jsonPath,
    JSON.stringify(
      {
        date: started.toISOString(),
        dist,
        against,
        chromium: chrome,
        node: process.version,
        cpus: os.cpus().length,
        runs: RUNS,
        lighthouseRuns: LH_RUNS,
        firstLoad,
        summary: { ok, over, errors, info },
        figures,
      },
      null,
      2,
    ) + '\n',
  );
  progress(`figures written to ${jsonPath}`);
  if (markdown) console.log(`\n${toMarkdown()}`);
  stop();
  process.exit(errors ? 1 : 0);
}

main().catch((err) => fail(err.stack || String(err)));
