// The page's start-up path: index.html preloads exactly the modules page.mjs pulls in, the
// preloaded app.wasm and app.js are reused (each fetched once), the start-up timeline
// (performance marks "bl:*") is complete and in order, and the first chart is drawn from the
// seed reports computed at build time (the scorer loads after it); a
// server that sends app.wasm without the wasm MIME type still works; the wasm and JavaScript a
// reader downloads stay within issue #8's budget.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";

import { REPO_ROOT, findSiteDir, gotoReady, openSession } from "./harness.mjs";

const WEB_DIR = join(REPO_ROOT, "web");

// page.mjs and every module it imports, directly or not (relative imports only).
function moduleClosure(entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const source = readFileSync(join(WEB_DIR, name), "utf8");
    for (const match of source.matchAll(/^import\s[^;]*?from\s+"\.\/([\w.-]+\.mjs)"/gm)) visit(match[1]);
  };
  visit(entry);
  return [...seen].sort();
}

describe("page start-up", () => {
  let session, server, browser, watched, page;

  before(async () => {
    session = await openSession();
    ({ server, browser, watched, page } = session);
    await gotoReady(page, server.url);
    await page.waitForFunction(() => performance.getEntriesByName("bl:first-chart").length > 0, null, { timeout: 30000 });
  });

  after(async () => {
    if (session) await session.close();
  });

  test("index.html preloads page.mjs's whole module graph, app.js and app.wasm", () => {
    const html = readFileSync(join(REPO_ROOT, "index.html"), "utf8");
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="web\/([\w.-]+\.mjs)">/g)].map((m) => m[1]).sort();
    assert.deepEqual(preloaded, moduleClosure("page.mjs"));
    assert.ok(readdirSync(WEB_DIR).includes("page.mjs"));
    assert.match(html, /<link rel="preload" href="app\.wasm" as="fetch" crossorigin>/);
    assert.match(html, /<link rel="preload" href="app\.js" as="script">/);
  });

  test("the preloaded app.wasm and app.js are used, not fetched again", async () => {
    const counts = await page.evaluate(() => {
      const count = (path) => performance.getEntriesByType("resource").filter((r) => new URL(r.name).pathname === path).length;
      return { wasm: count("/app.wasm"), js: count("/app.js") };
    });
    assert.deepEqual(counts, { wasm: 1, js: 1 });
  });

  // Issue #8: wasm + js at most 1.5 MB (10^6 bytes) gzipped, counted as scripts/bench.sh counts
  // it (gzip -9 of each file) over what the page fetched by its first chart.
  test("the wasm and JavaScript the page downloads are at most 1.5 MB gzipped", async (t) => {
    const paths = await page.evaluate(() => [...new Set(performance.getEntriesByType("resource")
      .map((r) => new URL(r.name)).filter((u) => u.origin === location.origin && /\.(m?js|wasm)$/.test(u.pathname))
      .map((u) => u.pathname))]);
    assert.ok(paths.includes("/app.wasm") && paths.includes("/app.js") && paths.includes("/web/page.mjs"),
              JSON.stringify(paths));
    const site = findSiteDir();
    let raw = 0, gzipped = 0;
    for (const path of paths) {
      const bytes = readFileSync(join(site, decodeURIComponent(path)));
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    t.diagnostic(`${paths.length} files, ${raw} bytes, ${gzipped} gzipped`);
    assert.ok(gzipped <= 1.5e6, `${gzipped} bytes gzipped over ${paths.join(" ")}`);
  });

  test("the start-up timeline has every phase, in order, and ends with the first chart", async () => {
    const phases = await page.evaluate(() => window.BiasLensTimings.phases);
    const order = ["page-module", "gl-context", "main", "gl-window", "fonts", "gl-backend", "gpu-warm-up",
                   "seeds", "app-ready", "ready"];
    for (const name of order) assert.equal(typeof phases[name], "number", `phase ${name} in ${JSON.stringify(phases)}`);
    for (let i = 1; i < order.length; ++i)
      assert.ok(phases[order[i - 1]] <= phases[order[i]], `${order[i - 1]} before ${order[i]}: ${JSON.stringify(phases)}`);
    const chart = await page.evaluate(() => ({
      first: performance.getEntriesByName("bl:first-frame")[0].startTime,
      chart: performance.getEntriesByName("bl:first-chart")[0].startTime,
      ready: performance.getEntriesByName("bl:ready")[0].startTime,
      overlayHidden: document.getElementById("loading").hidden,
    }));
    assert.ok(chart.overlayHidden, "the loading overlay is gone");
    assert.ok(chart.ready <= chart.first && chart.first <= chart.chart, JSON.stringify(chart));
  });

  test("the seeds come from the build's reports: the scorer loads only after the first chart", async () => {
    await page.waitForFunction(() => performance.getEntriesByName("bl:scorer").length > 0, null, { timeout: 30000 });
    const marks = await page.evaluate(() => ({
      scorer: performance.getEntriesByName("bl:scorer").map((e) => e.startTime),
      chart: performance.getEntriesByName("bl:first-chart")[0].startTime,
    }));
    assert.equal(marks.scorer.length, 1, "the scorer is loaded once");
    assert.ok(marks.scorer[0] > marks.chart, JSON.stringify(marks));
    assert.equal(await page.evaluate(() => window.BiasLens.articles().length), 5);
  });

  test("app.wasm served with another MIME type still starts (compiled from the whole download)", async () => {
    const other = await browser.context.newPage();
    try {
      await other.route("**/app.wasm", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
      });
      await gotoReady(other, server.url);
      assert.equal(await other.evaluate(() => window.BiasLens.articles().length), 5);
    } finally {
      await other.close();
    }
  });

  test("no console errors", () => {
    assert.deepEqual(watched.pageErrors, []);
    assert.deepEqual(watched.consoleErrors, []);
  });
});
