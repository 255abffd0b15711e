// The served site in headless Chromium: it loads and draws the five seed articles, keeps
// every request on 127.0.0.1, logs no errors, shows every view (screenshots kept in
// test-artifacts/), exports a PNG, keeps the reader's article across a reload, round-trips
// a corpus export, refuses bad input with a message while the page lives on.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";

import { artifactPath, countForegroundPixels, gotoReady, openSession } from "./harness.mjs";

// The ids of the articles web/persistence.mjs keeps in IndexedDB, or null when it keeps none.
const storedArticleIds = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open("biaslens");
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains("readerData")) { db.close(); resolve(null); return; }
    const get = db.transaction("readerData").objectStore("readerData").get("articles");
    get.onerror = () => reject(get.error);
    get.onsuccess = () => { db.close(); resolve(get.result ? get.result.articles.map((a) => a.id) : null); };
  };
}));

const nextFrames = (page) => page.evaluate(() => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));

describe("biaslens page", () => {
  let session, server, browser, watched, page, readyMs;

  before(async () => {
    session = await openSession();
    ({ server, browser, watched, page } = session);
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    readyMs = await gotoReady(page, server.url);
    const inPage = await page.evaluate(() => window.BiasLensTimings.ready_ms);
    console.log(`# time to BiasLens.ready: ${readyMs} ms from navigation, ${Math.round(inPage)} ms from page script start`);
  });

  after(async () => {
    if (session) await session.close();
  });

  test("BiasLens.ready resolves with the five seed articles and their reports", async () => {
    const summary = await page.evaluate(() => {
      const articles = window.BiasLens.articles();
      const state = window.BiasLens.state();
      return { count: articles.length, schemas: articles.map((a) => a.schema),
               withWords: articles.filter((a) => a.stats.words > 0).length,
               stateCount: Array.isArray(state.articles) ? state.articles.length : state.articles,
               stateIds: state.article_ids, reportIds: articles.map((a) => a.id), views: state.views };
    });
    assert.equal(summary.count, 5);
    assert.deepEqual(summary.schemas, [1, 1, 1, 1, 1]);
    assert.equal(summary.withWords, 5);
    assert.equal(summary.stateCount, 5);
    assert.deepEqual(summary.stateIds, summary.reportIds, "state().article_ids follow articles()");
    assert.ok(summary.views.length >= 5, `views: ${summary.views}`);
    assert.equal(await page.locator("#loading").isHidden(), true, "the loading overlay is gone");
  });

  test("the canvas is drawn (not blank)", async () => {
    await nextFrames(page);
    const shot = await page.locator("#canvas").screenshot();
    writeFileSync(artifactPath("page-initial.png"), shot);
    const pixels = await countForegroundPixels(page, shot);
    assert.ok(pixels.foreground > pixels.total * 0.02, `only ${pixels.foreground} of ${pixels.total} pixels differ from the background`);
    assert.ok(pixels.colours > 16, `only ${pixels.colours} colours`);
  });

  test("every view renders and is screenshotted into test-artifacts/", async () => {
    const views = await page.evaluate(() => window.BiasLens.state().views);
    for (const view of views) {
      const shown = await page.evaluate((name) => window.BiasLens.setView(name), view);
      assert.equal(shown, view);
      await nextFrames(page);
      assert.equal(await page.evaluate(() => window.BiasLens.state().view), view);
      const shot = await page.locator("#canvas").screenshot();
      writeFileSync(artifactPath(`view-${view}.png`), shot);
      const pixels = await countForegroundPixels(page, shot);
      assert.ok(pixels.foreground > pixels.total * 0.02, `${view}: only ${pixels.foreground} pixels drawn`);
    }
    await assert.rejects(page.evaluate(() => window.BiasLens.setView("no-such-view")), /unknown view/);
    await page.evaluate(() => window.BiasLens.setView("overview"));
  });

  test("exportPNG() returns a valid PNG of the current view", async () => {
    const png = await page.evaluate(async () => {
      const blob = await window.BiasLens.exportPNG();
      const dataUrl = await new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.readAsDataURL(blob);
      });
      return { type: blob.type, base64: dataUrl.slice(dataUrl.indexOf(",") + 1) };
    });
    const bytes = Buffer.from(png.base64, "base64");
    writeFileSync(artifactPath("export.png"), bytes);
    assert.equal(png.type, "image/png");
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
    assert.equal(bytes.toString("latin1", 12, 16), "IHDR");
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    assert.ok(width >= 200 && height >= 200, `${width}x${height}`);
    assert.ok(bytes.length > 5000, `${bytes.length} bytes is too small for a drawn view`);
    const pixels = await countForegroundPixels(page, bytes);
    assert.ok(pixels.foreground > pixels.total * 0.02, "the exported image is not blank");
  });

  test("score() draws nothing, and bad input throws an Error while the page lives on", async () => {
    const result = await page.evaluate(() => {
      const errors = [];
      const attempts = [
        () => window.BiasLens.score(42),
        () => window.BiasLens.score("text", { offsets: "bytes" }),
        () => window.BiasLens.score("x".repeat(8 * 1024 * 1024 + 1)),
        () => window.BiasLens.addArticle({ title: "no text" }),
        () => window.BiasLens.removeArticle("no-such-id"),
        () => window.BiasLens.importCorpus("{not json"),
      ];
      for (const attempt of attempts) {
        try { attempt(); errors.push(null); } catch (error) { errors.push(error instanceof Error ? error.message : `not an Error: ${error}`); }
      }
      const before = window.BiasLens.articles().length;
      const report = window.BiasLens.score("The minister said the plan may possibly work.", { title: "t", offsets: "utf16" });
      return { errors, report, before, after: window.BiasLens.articles().length };
    });
    result.errors.forEach((message, i) => {
      assert.equal(typeof message, "string", `attempt ${i} threw`);
      assert.ok(message.length > 5, `attempt ${i} has a message`);
    });
    assert.match(result.errors[2], /limit/);
    assert.equal(result.report.schema, 1);
    assert.equal(result.report.title, "t");
    assert.equal(result.before, result.after, "score() adds nothing");
  });

  test("a NUL in an id, outlet, view or file name is refused, not cut short at the NUL", async () => {
    const outcome = await page.evaluate(() => {
      const api = window.BiasLens;
      const viewBefore = api.state().view;
      api.addArticle({ id: "nul-test", text: "Officials said it may rain." });
      const attempts = {
        removeArticle: () => api.removeArticle("nul-test\0 another id"),
        renameOutlet: () => api.renameOutlet("nul-test", "Daily\0Planet"),
        setView: () => api.setView("compare\0x"),
        openReader: () => api.openReader("nul-test\0x"),
        addArticle: () => api.addArticle({ id: "nul\0id", text: "Officials said it may rain." }),
        importFile: () => api.importFile("story.txt\0.json", "Officials said it may rain."),
        articles: () => api.articles({ offsets: "utf16\0" }),
        text: () => api.addArticle({ text: "Officials said it may rain.\0 and more" }),  // bytes with a length
      };
      const thrown = {};
      for (const [name, attempt] of Object.entries(attempts)) {
        try { thrown[name] = `returned ${JSON.stringify(attempt())}`.slice(0, 80); } catch (error) { thrown[name] = `${error.name}: ${error.message}`; }
      }
      const report = api.articles().find((a) => a.id === "nul-test");
      const after = { kept: !!report, outlet: report && report.outlet, viewKept: api.state().view === viewBefore,
                      ids: api.state().article_ids };
      api.removeArticle("nul-test");
      return { thrown, after };
    });
    for (const name of ["removeArticle", "renameOutlet", "setView", "openReader", "addArticle", "importFile"])
      assert.match(outcome.thrown[name], /^BiasLensError: .*must not contain a NUL character$/, name);
    assert.match(outcome.thrown.articles, /^BiasLensError: /);
    assert.match(outcome.thrown.text, /^BiasLensError: .*NUL bytes/, "the app sees the whole text and refuses it");
    assert.ok(outcome.after.kept, "removeArticle did not remove nul-test");
    assert.equal(outcome.after.outlet, "", "the outlet was not renamed");
    assert.ok(outcome.after.viewKept, "the view did not change");
    assert.ok(!outcome.after.ids.some((id) => id.includes("\0") || id === "story.txt"), `${outcome.after.ids}`);
  });

  test("arguments of the wrong type or shape throw a BiasLensError; pasted JSON is read as JSON", async () => {
    const outcome = await page.evaluate(() => {
      const api = window.BiasLens;
      const attempt = (call) => { try { return `returned ${JSON.stringify(call())}`.slice(0, 80); } catch (error) { return `${error.name}: ${error.message}`; } };
      const cyclic = {};
      cyclic.self = cyclic;
      const before = api.state().article_ids.length;
      const thrown = {
        queueFileNullOptions: attempt(() => api.queueFile("a.txt", "Officials said it may rain.", null)),
        queueFileStoppable: attempt(() => api.queueFile("a.txt", "Officials said it may rain.", { stoppable: "no" })),
        importCorpusBigInt: attempt(() => api.importCorpus(10n)),
        importCorpusCycle: attempt(() => api.importCorpus(cyclic)),
        articlesBytes: attempt(() => api.articles({ offsets: "bytes" })),
        articlesNull: attempt(() => api.articles(null)),
      };
      const pasted = {
        emptyArray: api.importText("[]"),
        wrongText: api.importText('{"text": 5}'),
        article: api.importText('{"id": "pasted-json", "title": "From JSON", "text": "Officials said it may rain."}'),
        bracketed: api.importText("[Update] Officials said it may rain.\nMore text follows."),
      };
      const addedIds = [...pasted.article.added, ...pasted.bracketed.added];
      const added = api.articles().filter((a) => addedIds.includes(a.id)).map((a) => ({ id: a.id, title: a.title }));
      const count = api.state().article_ids.length - before;
      for (const id of addedIds) api.removeArticle(id);
      return { thrown, pasted, added, count };
    });
    for (const [name, message] of Object.entries(outcome.thrown)) assert.match(message, /^BiasLensError: /, name);
    assert.match(outcome.thrown.articlesBytes, /offsets must be one of utf8, codepoint, utf16/);
    assert.match(outcome.thrown.importCorpusCycle, /cannot be written as JSON/);
    assert.deepEqual(outcome.pasted.emptyArray, { added: [], errors: ["pasted JSON: no articles in this file"] });
    assert.deepEqual(outcome.pasted.wrongText, { added: [], errors: ['pasted JSON: "text" must be a string'] });
    assert.deepEqual(outcome.pasted.article, { added: ["pasted-json"], errors: [] });
    assert.equal(outcome.pasted.bracketed.added.length, 1, "text that only starts like JSON is one article");
    assert.deepEqual(outcome.added[0], { id: "pasted-json", title: "From JSON" });
    assert.equal(outcome.count, 2, "nothing else was added or queued");
  });

  test("an added article is in articles() and state(), and survives a reload", async () => {
    const text = "Lawmakers may possibly delay the vote, officials said.\n\n\"We will see,\" said Senator Jane Roe.";
    const id = await page.evaluate((t) => window.BiasLens.addArticle({ id: "mine", title: "My article", text: t, outlet: "My Outlet" }), text);
    assert.equal(id, "mine");
    const seen = await page.evaluate(() => ({
      reports: window.BiasLens.articles().filter((a) => a.id === "mine"),
      inState: window.BiasLens.state().article_ids.includes("mine"),
    }));
    assert.equal(seen.reports.length, 1);
    assert.equal(seen.reports[0].title, "My article");
    assert.equal(seen.reports[0].outlet, "My Outlet");
    assert.ok(seen.inState, "state().article_ids lists it");
    // Change the view the way the canvas does (straight into the app, not through the JS
    // API): the page notices by polling and saves it.
    await page.evaluate(() => {
      const m = window.Module;
      const name = new TextEncoder().encode("compare\0");
      const pointer = m._bl_alloc(name.length);
      m.HEAPU8.set(name, pointer);
      m._bl_free(m._bl_set_view(pointer));
      m._bl_free(pointer);
    });
    await page.waitForFunction(() => (localStorage.getItem("biaslens.readerData.v1") || "").includes('"view":"compare"'));

    await gotoReady(page, server.url);
    // Saved articles come back over the first frames, after the first chart; Stop does not
    // drop them (they would be lost from storage at the next save).
    await page.evaluate(() => window.BiasLens.cancelImports());
    await page.waitForFunction(() => window.BiasLens.state().importing === null);
    assert.ok((await page.evaluate(() => window.BiasLens.messages())).includes("Added 1 article from your saved articles"));
    const restored = await page.evaluate(() => ({
      ids: window.BiasLens.articles().map((a) => a.id),
      mine: window.BiasLens.articles().find((a) => a.id === "mine"),
      view: window.BiasLens.state().view,
    }));
    assert.equal(restored.ids.length, 6, `articles after reload: ${restored.ids}`);
    assert.equal(restored.mine.title, "My article");
    assert.equal(restored.mine.outlet, "My Outlet");
    assert.equal(restored.view, "compare", "the view setting survives too");
  });

  test("a corpus export imports back without loss", async () => {
    const result = await page.evaluate(() => {
      const strip = (reports) => reports.map(({ user_added, ...rest }) => rest);
      const before = strip(window.BiasLens.articles());
      const exported = window.BiasLens.exportJSON();
      for (const report of before) window.BiasLens.removeArticle(report.id);
      const emptied = window.BiasLens.articles().length;
      const imported = window.BiasLens.importCorpus(exported);
      return { before, after: strip(window.BiasLens.articles()), emptied, imported, csv: window.BiasLens.exportCSV() };
    });
    assert.equal(result.emptied, 0);
    assert.deepEqual(result.imported.errors, []);
    assert.equal(result.after.length, result.before.length);
    result.before.forEach((report, i) => assert.deepEqual(result.after[i], report, `${report.id} after export + import`));
    const lines = result.csv.trim().split("\n");
    assert.equal(lines.length, result.before.length + 1, "CSV: a header and one row per article");
  });

  test("clearMyData() forgets the reader's articles, also after a reload", async () => {
    await page.evaluate(() => window.BiasLens.clearMyData());
    await gotoReady(page, server.url);
    const after = await page.evaluate(() => ({
      restoring: window.BiasLens.state().importing,  // a restore is queued before ready resolves
      user: window.BiasLens.articles().filter((a) => a.user_added).length,
      stored: Object.keys(localStorage).filter((k) => k.startsWith("biaslens")).length,
      view: window.BiasLens.state().view,
    }));
    assert.equal(after.restoring, null);
    assert.equal(after.user, 0);
    assert.equal(after.stored, 0);
    assert.equal(after.view, "overview");
  });

  test("binary and oversized files get a message; loaded articles stay", async () => {
    const count = () => page.evaluate(() => window.BiasLens.articles().length);
    const before = await count();
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; ++i) binary[i] = (i * 7919) & 0xff;
    await page.setInputFiles("#file-input", [
      { name: "photo.txt", mimeType: "text/plain", buffer: binary },
      { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(9 * 1024 * 1024, 0x61) },
      { name: "huge.jsonl", mimeType: "text/plain", buffer: Buffer.alloc(33 * 1024 * 1024, 0x20) },
      { name: "slides.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") },
    ], { timeout: 120000 });  // 42 MB through the browser's protocol: slow on a loaded two-core machine
    await page.waitForFunction(() => document.querySelectorAll("#messages .message-error").length >= 4, null,
                               { timeout: 60000 });
    const messages = await page.locator("#messages .message-error").allTextContents();
    assert.ok(messages.some((m) => m.includes("photo.txt") && /binary/.test(m)), messages.join(" | "));
    // The page checks a file against the app's own limit per file (state().limits, 32 MiB);
    // the app then refuses an article past its limit (8 MiB).
    const limits = await page.evaluate(() => window.BiasLens.state().limits);
    assert.equal(limits.file_bytes, 32 * 1024 * 1024);
    assert.equal(limits.article_bytes, 8 * 1024 * 1024);
    assert.ok(messages.some((m) => m.includes("huge.jsonl") && /limit is 32\.0 MB per file/.test(m)), messages.join(" | "));
    assert.ok(messages.some((m) => m.includes("huge.txt") && /limit is 8 MiB per article/.test(m)), messages.join(" | "));
    assert.ok(messages.some((m) => m.includes("slides.pdf")), messages.join(" | "));
    assert.equal(await count(), before);
    await page.evaluate(() => document.getElementById("messages").replaceChildren());
  });

  test("a text file saved as UTF-16 (Windows \"Unicode\") is read as its text", async () => {
    const text = "Caf\u00e9 owners SLAM the shocking plan\nThe mayor may possibly resign, officials said.\n";
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    await page.setInputFiles("#file-input", [{ name: "notepad.txt", mimeType: "text/plain", buffer: utf16le }]);
    await page.waitForFunction(() => window.BiasLens.articles().some((r) => r.id === "notepad.txt"));
    const report = await page.evaluate(() => window.BiasLens.articles().find((r) => r.id === "notepad.txt"));
    assert.deepEqual(report.headline, [0, Buffer.byteLength("Caf\u00e9 owners SLAM the shocking plan")]);
    assert.ok(report.spans.some((s) => s.kind === "hedge" && s.cue === "possibly"), JSON.stringify(report.spans));
    assert.equal(report.warnings, undefined);
    await page.evaluate(() => window.BiasLens.removeArticle("notepad.txt"));
  });

  test("a file in Windows-1252 is read as such, with a note; UTF-8 with a bad byte keeps its UTF-8", async () => {
    const latin1 = Buffer.from("Caf\xe9 owners \x93slam\x94 the plan\nThe mayor may resign, officials said.\n", "latin1");
    const mostlyUtf8 = Buffer.concat([Buffer.from("Caf\u00e9 owners may close\nThe fees "), Buffer.from([0xff]),
                                      Buffer.from(" could rise, officials said.\n")]);
    await page.setInputFiles("#file-input", [{ name: "legacy.txt", mimeType: "text/plain", buffer: latin1 },
                                             { name: "mostly.txt", mimeType: "text/plain", buffer: mostlyUtf8 }]);
    await page.waitForFunction(() => ["legacy.txt", "mostly.txt"].every((id) => window.BiasLens.articles().some((r) => r.id === id)));
    const texts = await page.evaluate(() => Object.fromEntries(JSON.parse(window.BiasLens.exportJSON()).articles
      .filter((a) => a.id === "legacy.txt" || a.id === "mostly.txt").map((a) => [a.id, a.text])));
    assert.equal(texts["legacy.txt"], "Caf\u00e9 owners \u201cslam\u201d the plan\nThe mayor may resign, officials said.\n");
    assert.equal(texts["mostly.txt"], "Caf\u00e9 owners may close\nThe fees \ufffd could rise, officials said.\n");
    const notes = await page.locator("#messages .message-info").allTextContents();
    assert.ok(notes.some((m) => m.includes("legacy.txt") && m.includes("Windows-1252")), notes.join(" | "));
    assert.ok(!notes.some((m) => m.includes("mostly.txt") && m.includes("Windows-1252")), notes.join(" | "));
    await page.evaluate(() => { window.BiasLens.removeArticle("legacy.txt"); window.BiasLens.removeArticle("mostly.txt"); });
  });

  test("a malformed corpus file gets a message; a JSONL file keeps its good lines", async () => {
    const before = await page.evaluate(() => window.BiasLens.articles().length);
    const good = (id) => JSON.stringify({ id, title: `Title ${id}`, text: "Officials said the plan may possibly work." });
    await page.setInputFiles("#file-input", [
      { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"articles": [{"id": "x", "text": ') },
      { name: "mixed.jsonl", mimeType: "text/plain", buffer: Buffer.from(`${good("j1")}\nnot json at all\n${good("j2")}\n`) },
    ]);
    await page.waitForFunction((n) => window.BiasLens.articles().length === n + 2, before);
    await page.waitForFunction(() => document.querySelectorAll("#messages .message-error").length >= 2);
    const messages = await page.locator("#messages .message-error").allTextContents();
    assert.ok(messages.some((m) => m.includes("broken.json")), messages.join(" | "));
    assert.ok(messages.some((m) => /mixed\.jsonl(:| line )2\b/.test(m)), `names the bad line: ${messages.join(" | ")}`);
    await page.evaluate(() => document.getElementById("messages").replaceChildren());
  });

  test("a large file is scored a few articles per frame with progress, and saved", async () => {
    const before = await page.evaluate(() => window.BiasLens.articles().length);
    const sentence = "Officials said the plan may possibly work, while critics slammed the shocking move. ";
    const lines = [];
    for (let i = 0; i < 60; ++i) lines.push(JSON.stringify({ id: `bulk-${i}`, title: `Bulk ${i}`, text: sentence.repeat(400) }));
    await page.setInputFiles("#file-input", [{ name: "bulk.jsonl", mimeType: "text/plain", buffer: Buffer.from(lines.join("\n")) }]);
    await page.waitForFunction(() => [...document.querySelectorAll("#messages .message-info")]
      .some((m) => m.textContent.includes("Scoring 60 articles from bulk.jsonl")));
    // The page keeps drawing while the file is scored: the app reports partial progress.
    const partial = await page.waitForFunction(() => {
      const importing = window.BiasLens.state().importing;
      return importing && importing.scored > 0 && importing.scored < importing.total && importing;
    });
    assert.equal((await partial.jsonValue()).file, "bulk.jsonl");
    await page.waitForFunction(() => window.BiasLens.state().importing === null, null, { timeout: 120000 });
    const ids = await page.evaluate(() => window.BiasLens.articles().map((a) => a.id));
    assert.equal(ids.length, before + 60);
    assert.deepEqual(ids.slice(before), lines.map((_, i) => `bulk-${i}`), "in file order");
    assert.ok((await page.evaluate(() => window.BiasLens.messages())).includes("Added 60 articles from bulk.jsonl"));
    // Saved (the page polls once a second, during the import too). Over a megabyte of
    // articles goes to IndexedDB; localStorage keeps a pointer and the settings.
    await page.waitForFunction(() => (localStorage.getItem("biaslens.readerData.v1") || "").includes('"articles_in":"indexeddb"'),
                               null, { timeout: 10000 });
    const userIds = await page.evaluate(() => window.BiasLens.articles().filter((a) => a.user_added).map((a) => a.id));
    // The page also saves during the import: wait for the save that follows it.
    let saved = await storedArticleIds(page);
    for (let tries = 0; JSON.stringify(saved) !== JSON.stringify(userIds) && tries < 30; ++tries) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      saved = await storedArticleIds(page);
    }
    assert.deepEqual(saved, userIds);

    await gotoReady(page, server.url);
    await page.waitForFunction(() => window.BiasLens.state().importing === null, null, { timeout: 120000 });
    assert.deepEqual(await page.evaluate(() => window.BiasLens.articles().filter((a) => a.user_added).map((a) => a.id)),
                     userIds, "every article is back after a reload, in order");
    await page.evaluate(() => window.BiasLens.clearMyData());
    await page.waitForFunction(() => !localStorage.getItem("biaslens.readerData.v1"));
    let stored = await storedArticleIds(page);
    for (let tries = 0; stored !== null && tries < 50; ++tries) {  // the delete lands asynchronously
      await new Promise((resolve) => setTimeout(resolve, 100));
      stored = await storedArticleIds(page);
    }
    assert.equal(stored, null, "Clear my data empties IndexedDB too");
    await page.evaluate(() => document.getElementById("messages").replaceChildren());
  });

  test("without IndexedDB, a set over 1 MiB is still saved in localStorage while it fits", async () => {
    const other = await browser.context.newPage();
    try {
      await other.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
      await gotoReady(other, server.url);
      await other.evaluate(() => {
        const text = "Officials said the plan may possibly work. ".repeat(1500);  // ~64 KB
        for (let i = 0; i < 20; ++i) window.BiasLens.addArticle({ id: `noidb-${i}`, text });
      });
      await other.waitForFunction(() => (localStorage.getItem("biaslens.readerData.v1") || "").includes("noidb-19"),
                                  null, { timeout: 10000 });
      const stored = await other.evaluate(() => localStorage.getItem("biaslens.readerData.v1").length);
      assert.ok(stored > 1 << 20, `${stored} characters stored`);
      assert.equal(await other.locator("#messages .message-error").count(), 0, "no error shown");
      await other.evaluate(() => window.BiasLens.clearMyData());
    } finally {
      await other.close();
    }
  });

  test("saved articles that cannot be read get a message and are not overwritten", async () => {
    // A pointer to IndexedDB whose record is missing (another browser profile's copy, a
    // cleared database): the settings still apply, later saves keep the pointer.
    const pointer = { version: 1, articles: [], articles_in: "indexeddb", count: 3, settings: { view: "compare" } };
    await page.evaluate((p) => localStorage.setItem("biaslens.readerData.v1", JSON.stringify(p)), pointer);
    await gotoReady(page, server.url);
    await page.waitForFunction(() => [...document.querySelectorAll("#messages .message-error")]
      .some((m) => m.textContent.includes("Your saved articles could not be read")));
    assert.equal(await page.evaluate(() => window.BiasLens.state().view), "compare", "the saved view still applies");
    await page.evaluate(() => window.BiasLens.setView("reader"));
    await page.waitForFunction(() => (localStorage.getItem("biaslens.readerData.v1") || "").includes('"view":"reader"'));
    await page.evaluate(() => window.BiasLens.addArticle({ id: "new-one", text: "Officials said it may rain." }));
    await page.waitForFunction(() => [...document.querySelectorAll("#messages .message-error")]
      .some((m) => m.textContent.includes("would overwrite the saved ones")));
    const kept = JSON.parse(await page.evaluate(() => localStorage.getItem("biaslens.readerData.v1")));
    assert.equal(kept.articles_in, "indexeddb");
    assert.equal(kept.count, 3);
    await page.evaluate(() => window.BiasLens.clearMyData());
    await page.evaluate(() => document.getElementById("messages").replaceChildren());
  });

  test("a dropped .txt file and a pasted article are added", async () => {
    const before = await page.evaluate(() => window.BiasLens.articles().length);
    await page.evaluate(() => {  // a real drop event on the canvas, as a file manager sends it
      const transfer = new DataTransfer();
      transfer.items.add(new File(["Dropped headline\n\nThe council reportedly might vote again, a spokesman said."],
                                  "dropped.txt", { type: "text/plain" }));
      const canvas = document.getElementById("canvas");
      for (const type of ["dragenter", "dragover", "drop"])
        canvas.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction((n) => window.BiasLens.articles().length === n + 1, before);
    assert.ok(await page.evaluate(() => window.BiasLens.articles().some((a) => a.id === "dropped.txt")));
    assert.equal(await page.locator("#drop-overlay").isHidden(), true);

    await page.click("#toolbar > summary");
    await page.click("#add-article");
    assert.equal(await page.locator("#toolbar").getAttribute("open"), null, "the menu closes");
    await page.fill("#add-title", "Pasted title");
    await page.locator("#add-text").click();
    await page.keyboard.type("Pasted text that may possibly matter.x");
    await page.keyboard.press("Backspace");  // keys stay in the text box, not the canvas
    assert.equal(await page.inputValue("#add-text"), "Pasted text that may possibly matter.");
    await page.click("#add-submit");
    await page.waitForFunction((n) => window.BiasLens.articles().length === n + 2, before);
    const pasted = await page.evaluate(() => window.BiasLens.articles().find((a) => a.title === "Pasted title"));
    assert.ok(pasted, "the pasted article is loaded");
    assert.ok(pasted.stats.words >= 5);
    await page.evaluate(() => window.BiasLens.clearMyData());
  });

  test("when the app cannot load, the page says so and ready rejects", async () => {
    const broken = await browser.context.newPage();
    await broken.route("**/app.wasm", (route) => route.fulfill({ status: 404, body: "missing" }));
    await broken.goto(server.url);
    const outcome = await broken.evaluate(() => window.BiasLens.ready.then(() => "resolved", (error) => error.message));
    assert.match(outcome, /app\.wasm|could not be started/);
    const shown = await broken.locator("#loading .loading-label").textContent();
    assert.match(shown, /could not be started/);
    await assert.rejects(broken.evaluate(() => window.BiasLens.score("text")), /still loading/);
    await broken.close();
  });

  test("no console errors, no CSP violations, no request left 127.0.0.1", async () => {
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, []);
    assert.deepEqual(watched.pageErrors, []);
    assert.deepEqual(watched.consoleErrors, []);
    assert.deepEqual(watched.offOrigin, []);
  });
});
