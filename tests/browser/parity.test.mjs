// Parity: for every seed article, BiasLens.score() in the page, bl_score in the Node module
// and the native CLI (`build/native/src/cli/biaslens score FILE…`) give identical reports — scores,
// spans, attributions, everything. The CLI part is skipped (with a message) when not built.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";

import { findNativeCli, findSiteDir, gotoReady, launchBrowser, openWatchedPage, seedFiles, startServer } from "./harness.mjs";

describe("the same report everywhere", () => {
  let server, browser, page, nodeLens;
  const files = seedFiles();

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await openWatchedPage(browser.context, server.origin));
    await gotoReady(page, server.url);
    const { loadBiasLens } = await import(pathToFileURL(join(findSiteDir(), "web", "biaslens.mjs")).href);
    nodeLens = await loadBiasLens();
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.stop();
  });

  const pageScore = (file, offsets) => page.evaluate(({ text, id, offsets }) =>
    window.BiasLens.score(text, { id, offsets }), { text: readFileSync(file, "utf8"), id: basename(file), offsets });

  test("page BiasLens.score() == Node module, in every offset unit", async () => {
    for (const file of files) {
      for (const offsets of ["utf8", "utf16", "codepoint"]) {
        const inPage = await pageScore(file, offsets);
        const inNode = nodeLens.score(readFileSync(file), { id: basename(file), offsets });
        assert.deepEqual(inPage, inNode, `${basename(file)} (${offsets})`);
      }
    }
  });

  // The loaded seeds' reports were computed when the page was built (tools/seed_reports.mjs).
  test("the page's loaded seed reports == BiasLens.score() of the same files", async () => {
    const loaded = await page.evaluate(() => window.BiasLens.articles());
    for (const file of files) {
      const report = loaded.find((r) => r.id === basename(file));
      assert.ok(report, `${basename(file)} is loaded`);
      const { outlet, user_added, ...plain } = report;
      assert.deepEqual(plain, await pageScore(file, "utf8"), basename(file));
    }
  });

  test("page == native CLI", async (t) => {
    const cli = findNativeCli();
    if (!cli) {
      t.skip("build/native/src/cli/biaslens is not built: browser/native parity not checked (build the native preset)");
      return;
    }
    const native = JSON.parse(execFileSync(cli, ["score", ...files], { encoding: "utf8", maxBuffer: 64 << 20 }));
    for (const [i, file] of files.entries()) {
      assert.deepEqual(await pageScore(file, "utf8"), native[i], `${basename(file)}: browser == native`);
    }
  });
});
