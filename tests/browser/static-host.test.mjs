// The site folder is self-contained: copied to another directory and served by a generic
// static server (Python's http.server, which knows nothing of biaslens), the page still
// starts with the five seed articles, fetching nothing but its own files.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { findSiteDir, gotoReady, launchBrowser, openWatchedPage } from "./harness.mjs";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`http.server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`http.server did not answer at ${url}`);
}

describe("the site folder on another static host", () => {
  let copy, server, browser, origin;

  before(async () => {
    copy = mkdtempSync(join(tmpdir(), "biaslens-site-copy-"));
    cpSync(findSiteDir(), copy, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", copy],
                   { stdio: "ignore" });
    await waitForServer(`${origin}/index.html`, server);
    browser = await launchBrowser();
  });

  after(async () => {
    if (browser) await browser.close();
    if (server && server.exitCode === null) server.kill("SIGTERM");
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test("a copy served by python3 -m http.server starts with the five seed articles", async () => {
    const { page, consoleErrors, pageErrors, offOrigin } = await openWatchedPage(browser.context, origin);
    await gotoReady(page, `${origin}/`);
    const articles = await page.evaluate(() => window.BiasLens.articles());
    assert.equal(articles.length, 5);
    for (const report of articles) assert.equal(report.schema, 1);
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(offOrigin, []);
  });
});
