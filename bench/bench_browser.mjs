// Browser side of scripts/bench.sh: the real user path in headless Chromium.
//   - page time to first chart: navigation start -> the frame after the page's first chart,
//     the median of C cold loads (a fresh browser profile each; --cold-loads C, default 5);
//   - BiasLens.score() throughput on corpus articles (wasm + the JS bridge + JSON.parse),
//     timed after W seconds of untimed scoring (default 2, as in bench_node.mjs);
//   - frame time with 50 articles loaded (BiasLens.state().frame_ms after addArticle x 50).
//
//   node bench/bench_browser.mjs SITE_DIR CORPUS.jsonl [--seconds S] [--max-mb M] [--warm-up W]
//   node bench/bench_browser.mjs SITE_DIR --startup RUNS [--warm W]
//
// Serves SITE_DIR and the first M MB of the corpus (default 8) from 127.0.0.1 (a throwaway
// node:http server, nothing leaves the machine), drives /usr/bin/chromium with the flags
// of docs TOOLCHAIN (SwiftShader WebGL 2: frame times are software rendering), prints one
// JSON line {first_chart_ms, first_chart_min_ms, first_chart_max_ms, cold_loads, ready_ms,
// mb_per_s, articles_per_s, mb, articles, frame_ms_50, articles_loaded, chromium} or {error}
// (first_chart_ms and ready_ms are the cold loads' medians).
//
// --startup RUNS measures only the start-up, phase by phase: RUNS cold loads (a fresh
// browser profile each) and, after each, W warm reloads (default 2) in the same browser.
// Phases come from the page's own performance marks ("bl:*", see web/startup-marks.mjs)
// and resource timing; it prints the medians as a Markdown table, then one JSON line
// {cold: [{phase: ms}…], warm: […], median: {cold: {…}, warm: {…}}} (ms since navigation start).
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const siteDir = resolve(argv[0] || "build/bench-web/site");
const corpusPath = argv[1];
const budgetSeconds = Number(option("--seconds", "20"));
const maxBytes = Number(option("--max-mb", "8")) * 1e6;
const warmUpSeconds = Number(option("--warm-up", "2"));
const CHROMIUM = process.env.BIASLENS_CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [  // docs/TOOLCHAIN.md "Headless browser"
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
];
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
                ".wasm": "application/wasm", ".json": "application/json", ".png": "image/png", ".ttf": "font/ttf" };

// The first `limit` bytes of the corpus, cut at a line end.
function corpusHead(path, limit) {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(limit);
  const n = readSync(fd, buffer, 0, limit, 0);
  closeSync(fd);
  const end = buffer.subarray(0, n).lastIndexOf(10);
  return buffer.subarray(0, end + 1);
}

function serve(corpus) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (path === "/__bench/corpus.jsonl") {
      response.writeHead(200, { "content-type": "application/x-ndjson" });
      return response.end(corpus);
    }
    const file = normalize(join(siteDir, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(siteDir) || !existsSync(file)) { response.writeHead(404); return response.end(); }
    response.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

// Installed before any page script: notes when BiasLens.ready resolves and the second frame
// after it (first_frame_ms, the measure of the first benchmark runs), and the frame after the
// page's own "bl:first-chart" mark, when the page sets one (first_chart_ms: the chart has
// been drawn and handed to the compositor).
function watchStartup() {
  window.__bench = {};
  const seenChart = () => {
    if (performance.getEntriesByName("bl:first-chart").length)
      return requestAnimationFrame(() => { window.__bench.first_chart_ms = performance.now(); });
    requestAnimationFrame(seenChart);
  };
  requestAnimationFrame(seenChart);
  const watch = () => {
    if (!window.BiasLens || !window.BiasLens.ready) return setTimeout(watch, 1);
    window.BiasLens.ready.then(() => {
      window.__bench.ready_ms = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench.first_frame_ms = performance.now(); }));
    }, (error) => { window.__bench.error = String(error && error.message ? error.message : error); });
  };
  watch();
}

// Loads `url` in `page` (watchStartup installed) → {ready_ms, first_frame_ms, first_chart_ms,
// and every start-up mark and resource time, ms since navigation start}.
async function loadAndTime(page, url, reload = false) {
  if (reload) await page.reload({ waitUntil: "load", timeout: 120000 });
  else await page.goto(url, { waitUntil: "load", timeout: 120000 });
  await page.waitForFunction(() => window.__bench && (window.__bench.first_frame_ms !== undefined || window.__bench.error),
                             null, { timeout: 120000 });
  // The chart mark may come after ready (or never, on a page without marks).
  await page.waitForFunction(() => window.__bench.first_chart_ms !== undefined ||
                                   !performance.getEntriesByName("bl:first-chart").length && performance.now() > window.__bench.first_frame_ms + 5000,
                             null, { timeout: 120000, polling: 50 }).catch(() => {});
  return page.evaluate(() => {
    const times = { ...window.__bench };
    const nav = performance.getEntriesByType("navigation")[0];
    if (nav) { times["html:response"] = nav.responseEnd; times["html:dom-interactive"] = nav.domInteractive; }
    for (const r of performance.getEntriesByType("resource")) {
      const name = new URL(r.name).pathname.replace(/^\//, "");
      if (/^(app\.js|app\.wasm|web\/page\.mjs|web\/loader\.mjs)$/.test(name)) {
        times[`fetch:${name}:start`] = r.startTime;
        times[`fetch:${name}:end`] = r.responseEnd;
      }
    }
    for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("bl:")) times[m.name] = m.startTime;
    return times;
  });
}

async function launch(chromium) {
  const profile = mkdtempSync(join(tmpdir(), "biaslens-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 },
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

async function openPage(context, origin) {
  const page = await context.newPage();
  await page.route((url) => !url.href.startsWith(`${origin}/`) && url.protocol !== "data:" && url.protocol !== "blob:",
                   (route) => route.abort("blockedbyclient"));
  await page.addInitScript(watchStartup);
  return page;
}

function median(values) {
  const sorted = values.filter((v) => typeof v === "number").sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medians(runs) {
  const out = {};
  for (const key of new Set(runs.flatMap((r) => Object.keys(r)))) {
    const m = median(runs.map((r) => r[key]));
    if (m !== undefined) out[key] = Math.round(m * 10) / 10;
  }
  return out;
}

// The medians as a Markdown table: one row per mark, in time order (cold), with the time
// since the previous row.
function phaseTable(median) {
  const keys = Object.keys(median.cold).filter((k) => k.startsWith("bl:") || k.endsWith("_ms") || k.startsWith("fetch:app.wasm"));
  keys.sort((a, b) => median.cold[a] - median.cold[b]);
  const cell = (kind, key, previous) => {
    const v = median[kind][key];
    if (v === undefined) return "– | –";
    const p = previous === undefined ? undefined : median[kind][previous];
    const delta = p === undefined ? "" : Math.round(v - p);
    return `${Math.round(v)} | ${delta === "" || delta < 0 ? delta : `+${delta}`}`;
  };
  const rows = ["| phase (ms since navigation start) | cold | Δ | warm | Δ |", "|---|---:|---:|---:|---:|"];
  keys.forEach((key, i) => rows.push(`| ${key} | ${cell("cold", key, keys[i - 1])} | ${cell("warm", key, keys[i - 1])} |`));
  return rows.join("\n");
}

// --startup RUNS: cold loads (fresh profile each) and warm reloads, phase by phase.
async function startupOnly(chromium, origin, runs, warmPerRun) {
  const cold = [], warm = [];
  for (let i = 0; i < runs; ++i) {
    const browser = await launch(chromium);
    try {
      const page = await openPage(browser.context, origin);
      cold.push(await loadAndTime(page, `${origin}/`));
      for (let w = 0; w < warmPerRun; ++w) warm.push(await loadAndTime(page, `${origin}/`, true));
    } finally {
      await browser.close();
    }
  }
  return { cold, warm, median: { cold: medians(cold), warm: medians(warm) } };
}

async function main() {
  if (!existsSync(join(siteDir, "index.html"))) throw new Error(`no site at ${siteDir}`);
  const { chromium } = await import("playwright-core");
  const startupRuns = Number(option("--startup", "0"));
  const server = await serve(startupRuns ? Buffer.alloc(0) : corpusHead(corpusPath, maxBytes));
  const origin = `http://127.0.0.1:${server.address().port}`;
  if (startupRuns) {
    try {
      const result = await startupOnly(chromium, origin, startupRuns, Number(option("--warm", "2")));
      console.log(phaseTable(result.median));
      console.log(JSON.stringify(result));
    } finally {
      server.close();
    }
    return;
  }
  // Cold loads first, each in a fresh browser, before the long session below warms anything.
  const coldLoads = Math.max(1, Number(option("--cold-loads", "5")));
  const cold = (await startupOnly(chromium, origin, coldLoads, 0)).cold;
  const failed = cold.find((run) => run.error);
  if (failed) throw new Error(`BiasLens.ready rejected: ${failed.error}`);
  const chartTimes = cold.map((run) => (run.first_chart_ms !== undefined ? run.first_chart_ms : run.first_frame_ms));
  const browser = await launch(chromium);
  const context = browser.context;
  try {
    const page = await openPage(context, origin);
    const startup = await loadAndTime(page, `${origin}/`);
    if (startup.error) throw new Error(`BiasLens.ready rejected: ${startup.error}`);

    const throughput = await page.evaluate(async ([budget, warmUp]) => {
      const lines = (await (await fetch("/__bench/corpus.jsonl")).text()).split("\n").filter((l) => l.trim());
      const articles = lines.map((l) => JSON.parse(l));
      const encoder = new TextEncoder();
      // Warm-up, untimed (as in bench_node.mjs): first use and the engine's tier-up.
      let warmUpArticles = 0;
      for (const warmUpEnd = performance.now() + warmUp * 1000; warmUpArticles < articles.length - 1 &&
           (warmUpArticles === 0 || performance.now() < warmUpEnd); ++warmUpArticles) {
        const a = articles[warmUpArticles];
        window.BiasLens.score(a.text, { id: a.id, title: a.title });
      }
      let bytes = 0, count = 0, ms = 0;
      for (const a of articles.slice(warmUpArticles)) {
        const t0 = performance.now();
        const report = window.BiasLens.score(a.text, { id: a.id, title: a.title });
        ms += performance.now() - t0;
        if (!report || report.schema !== 1) throw new Error("BiasLens.score returned no report");
        bytes += encoder.encode(a.text).length;
        count += 1;
        if (ms >= budget * 1000) break;
      }
      return { mb: bytes / 1e6, articles: count, seconds: ms / 1000, warm_up_articles: warmUpArticles };
    }, [budgetSeconds, warmUpSeconds]);

    const frames = await page.evaluate(async () => {
      const lines = (await (await fetch("/__bench/corpus.jsonl")).text()).split("\n").filter((l) => l.trim());
      const before = window.BiasLens.state().articles;
      for (const line of lines.slice(0, 50)) {
        const a = JSON.parse(line);
        window.BiasLens.addArticle({ id: a.id, title: a.title, text: a.text });
      }
      // Let the app settle, then read its own frame-time measure.
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      let n = 0;
      while (performance.now() - t0 < 3000 || n < 30) { await frame(); n += 1; if (n > 600) break; }
      const state = window.BiasLens.state();
      const articles = Array.isArray(state.articles) ? state.articles.length : state.articles;
      const beforeCount = Array.isArray(before) ? before.length : before;
      return { frame_ms_50: state.frame_ms, articles_loaded: articles, articles_before: beforeCount,
               raf_ms: (performance.now() - t0) / n };
    });
    console.log(JSON.stringify({
      first_chart_ms: median(chartTimes),
      first_chart_min_ms: Math.min(...chartTimes),
      first_chart_max_ms: Math.max(...chartTimes),
      cold_loads: coldLoads,
      ready_ms: median(cold.map((run) => run.ready_ms)),
      mb_per_s: throughput.mb / throughput.seconds,
      articles_per_s: throughput.articles / throughput.seconds,
      mb: throughput.mb,
      articles: throughput.articles,
      seconds: throughput.seconds,
      warm_up_articles: throughput.warm_up_articles,
      ...frames,
      chromium: context.browser() ? context.browser().version() : "",
    }));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.log(JSON.stringify({ error: String(error && error.message ? error.message : error).split("\n")[0] }));
});
