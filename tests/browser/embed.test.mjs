// Embedding: embed-example.html hands its two articles to the framed app by postMessage
// and shows them; the frame obeys only the origins it was told to trust; embedded mode
// stores nothing in the reader's browser.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { artifactPath, launchBrowser, openWatchedPage, startServer } from "./harness.mjs";

describe("embedding biaslens in a lesson page", () => {
  let server, browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    if (browser) await browser.close();
    if (server) await server.stop();
  });

  test("embed-example.html shows its two articles in the frame", async () => {
    const { page, consoleErrors, pageErrors, offOrigin } = await openWatchedPage(browser.context, server.origin);
    await page.goto(`${server.url}embed-example.html`);
    await page.waitForSelector("html[data-lesson-ready]", { timeout: 90000 });
    assert.equal(await page.getAttribute("html", "data-lesson-ready"), "2");
    const frame = page.frames().find((f) => f.url().includes("embed=1"));
    assert.ok(frame, "the app frame is there");
    const inFrame = await frame.evaluate(() => ({
      ids: window.BiasLens.articles().map((a) => a.id),
      stored: Object.keys(localStorage).filter((k) => k.startsWith("biaslens")).length,
      toolbarShown: getComputedStyle(document.getElementById("toolbar")).display !== "none",
    }));
    assert.deepEqual(inFrame.ids.sort(), ["lesson-a", "lesson-b"]);
    assert.equal(inFrame.stored, 0, "embedded mode stores nothing");
    const databases = await frame.evaluate(async () => {
      window.BiasLens.clearMyData();  // nothing stored: nothing opened either
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (await indexedDB.databases()).map((d) => d.name);
    });
    assert.deepEqual(databases, [], "embedded mode opens no IndexedDB database");
    assert.equal(inFrame.toolbarShown, false, "the page toolbar is hidden when embedded");
    const rows = await page.locator("#lens-scores tbody tr").count();
    assert.equal(rows, 2, "the lesson page lists the scores it got back");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    writeFileSync(artifactPath("embed-example.png"), await page.screenshot({ fullPage: true }));
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(offOrigin, []);
    await page.close();
  });

  test("messages from origins the frame was not told to trust are ignored", async (t) => {
    // A lesson page on another origin: a second server on another loopback port.
    const foreignDir = mkdtempSync(join(tmpdir(), "biaslens-foreign-"));
    writeFileSync(join(foreignDir, "index.html"), "<!doctype html><title>foreign lesson</title><body></body>");
    const foreign = await startServer(foreignDir);
    const foreignOrigin = foreign.origin;
    const page = await browser.context.newPage();
    t.after(async () => {
      await foreign.stop();
      rmSync(foreignDir, { recursive: true, force: true });
    });
    await page.goto(foreign.url);

    const frameWith = async (name, query) => {
      await page.evaluate(({ name, src }) => new Promise((resolve) => {
        const iframe = document.createElement("iframe");
        iframe.name = name;
        iframe.src = src;
        iframe.onload = resolve;
        document.body.append(iframe);
      }), { name, src: `${server.url}index.html?embed=1&corpus=none${query}` });
      const frame = page.frame({ name });
      await frame.waitForFunction(() => window.BiasLens !== undefined);
      await frame.evaluate(() => window.BiasLens.ready.then(() => true));
      return frame;
    };
    const send = (name) => page.evaluate(({ name, origin }) => {
      const target = document.querySelector(`iframe[name="${name}"]`).contentWindow;
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve("no reply"), 1500);
        window.addEventListener("message", (event) => {
          if (event.source === target && event.data && event.data.type === "biaslens:reply") {
            clearTimeout(timer);
            resolve(event.data.ok ? "ok" : event.data.error);
          }
        });
        target.postMessage({ type: "biaslens:addArticles", id: 1,
          articles: [{ id: "from-foreign", title: "Injected", text: "Officials may possibly act." }] }, origin);
      });
    }, { name, origin: server.origin });

    const untrusting = await frameWith("untrusting", "");
    assert.equal(await send("untrusting"), "no reply");
    assert.equal(await untrusting.evaluate(() => window.BiasLens.articles().length), 0, "the foreign article was not added");

    const trusting = await frameWith("trusting", `&origins=${encodeURIComponent(foreignOrigin)}`);
    assert.equal(await send("trusting"), "ok");
    assert.deepEqual(await trusting.evaluate(() => window.BiasLens.articles().map((a) => a.id)), ["from-foreign"]);
    await page.close();
  });
});
