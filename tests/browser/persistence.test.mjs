// The reader's saved articles across reloads, where they are at risk: a saved set larger than
// the app takes in one import comes back in parts, and a part the app refuses leaves the
// stored copy untouched by later saves; during the reader's own imports the page keeps saving
// (a pasted article and the articles scored so far survive a reload).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { gotoReady, openSession } from "./harness.mjs";

const STORAGE_KEY = "biaslens.readerData.v1";

// Writes a saved set the way web/persistence.mjs keeps a large one: the articles in
// IndexedDB, a pointer with the settings in localStorage. `hugeTitles` maps an article's
// index to the length of a title made in the page (too big to send over).
const storeSavedArticles = (page, articles, hugeTitles = {}, hugeTexts = {}) => page.evaluate(async ([articles, hugeTitles, hugeTexts, key]) => {
  for (const [index, length] of Object.entries(hugeTitles)) articles[index].title = "x".repeat(length);
  for (const [index, length] of Object.entries(hugeTexts)) articles[index].text = "Longwordsscorequickly ".repeat(length / 22);
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open("biaslens", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("readerData");
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise((resolve, reject) => {
    const write = db.transaction("readerData", "readwrite");
    write.objectStore("readerData").put({ version: 1, articles }, "articles");
    write.oncomplete = resolve;
    write.onerror = () => reject(write.error);
  });
  db.close();
  localStorage.setItem(key, JSON.stringify({ version: 1, articles: [], articles_in: "indexeddb",
                                             count: articles.length, settings: {} }));
}, [articles, hugeTitles, hugeTexts, STORAGE_KEY]);

// What is stored: {pointer, articles: [{id, titleLength}]} from localStorage or IndexedDB.
const storedArticles = (page) => page.evaluate((key) => new Promise((resolve, reject) => {
  const pointer = JSON.parse(localStorage.getItem(key) || "null");
  const summary = (articles) => articles.map((a) => ({ id: a.id, titleLength: a.title.length }));
  if (!pointer || pointer.articles_in !== "indexeddb") {
    resolve({ pointer, articles: pointer ? summary(pointer.articles) : [] });
    return;
  }
  const open = indexedDB.open("biaslens");
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction("readerData").objectStore("readerData").get("articles");
    get.onerror = () => reject(get.error);
    get.onsuccess = () => {
      open.result.close();
      resolve({ pointer, articles: get.result ? summary(get.result.articles) : [] });
    };
  };
}), STORAGE_KEY);

const userIds = (page) => page.evaluate(() => window.BiasLens.articles().filter((a) => a.user_added).map((a) => a.id));
const idle = (page) => page.waitForFunction(() => window.BiasLens.state().importing === null, null,
                                            { timeout: 60000, polling: 100 });
// Clears the reader's data, then reloads: no save or clear the old page queued is still
// pending when the next test writes its own stored set.
const clearAndReload = async (page, url) => {
  await page.evaluate(() => window.BiasLens.clearMyData());
  await gotoReady(page, url);
};
const errorShown = (page, text) => page.waitForFunction((t) => [...document.querySelectorAll("#messages .message-error")]
  .some((m) => m.textContent.includes(t)), text, { timeout: 10000 });

describe("saved articles", () => {
  let session, server, browser, watched, page;

  before(async () => {
    session = await openSession();
    ({ server, browser, watched, page } = session);
    await gotoReady(page, server.url);
  });

  after(async () => {
    if (session) await session.close();
  });

  test("are split into import files that each fit the byte limit, in order", async () => {
    const result = await page.evaluate(async () => {
      const { savedArticleFiles } = await import("/web/persistence.mjs");
      const articles = [];
      for (let i = 0; i < 12; ++i) articles.push({ id: `a${i}`, title: "é😀", text: "Ünïcode “quotes” ".repeat(i % 4 + 1), outlet: "" });
      articles.splice(5, 0, { id: "big", title: "", text: "ß".repeat(300), outlet: "" });
      const files = savedArticleFiles(articles, 256);
      return { files: files.map((f) => ({ bytes: new TextEncoder().encode(f).length, ids: JSON.parse(f).articles.map((a) => a.id) })),
               roundTrip: files.flatMap((f) => JSON.parse(f).articles), articles };
    });
    assert.deepEqual(result.roundTrip, result.articles, "every article once, in order, unchanged");
    assert.ok(result.files.length > 3, `${result.files.length} files`);
    for (const file of result.files) {
      if (file.ids.includes("big")) assert.deepEqual(file.ids, ["big"], "an article over the limit goes alone");
      else assert.ok(file.bytes <= 256, `a file of ${file.bytes} bytes (${file.ids})`);
    }
  });

  test("over the app's 32 MiB per file come back in parts; a refused part keeps the stored set", async () => {
    const text = "Officials said the council may possibly vote again.";
    await storeSavedArticles(page, [
      { id: "saved-first", title: "First", text, outlet: "" },
      { id: "saved-huge", title: "", text, outlet: "" },  // its JSON alone is over 32 MiB
      { id: "saved-last", title: "Last", text, outlet: "" },
    ], { 1: 33 << 20 });
    await gotoReady(page, server.url);
    await idle(page);
    assert.deepEqual(await userIds(page), ["saved-first", "saved-last"], "the parts the app takes are restored");
    await errorShown(page, "Not restored — your saved articles, part 2 of 3: too large to import");

    await page.evaluate(() => window.BiasLens.addArticle({ id: "added-now", text: "Critics said it may rain." }));
    await errorShown(page, "would overwrite the saved ones");
    await page.waitForTimeout(1500);  // the page's save poll (1 s) has run too
    const stored = await storedArticles(page);
    assert.equal(stored.pointer.count, 3);
    assert.deepEqual(stored.articles, [{ id: "saved-first", titleLength: 5 }, { id: "saved-huge", titleLength: 33 << 20 },
                                       { id: "saved-last", titleLength: 4 }], "the stored set is as it was");

    await clearAndReload(page, server.url);
  });

  test("refused while being scored (past the app's loaded-text cap) keep the stored set", async () => {
    const text = "Officials said the council may possibly vote again.";
    const mib = 1 << 20;
    await storeSavedArticles(page, [
      { id: "cap-1", title: "", text, outlet: "" },
      { id: "cap-2", title: "", text, outlet: "" },
      { id: "cap-3", title: "", text, outlet: "" },
    ], {}, { 0: 7 * mib, 1: 7 * mib, 2: 7 * mib });  // 21 MiB in all: the third passes the 16 MiB cap
    await gotoReady(page, server.url);
    await idle(page);
    assert.deepEqual(await userIds(page), ["cap-1", "cap-2"]);
    const finished = await page.evaluate(() => window.BiasLens.state().finished_imports);
    assert.ok(finished.some((f) => f.file === "your saved articles" && f.added === 2 && f.failed === 1),
              JSON.stringify(finished));
    await page.evaluate(() => window.BiasLens.addArticle({ id: "added-after-cap", text: "Critics said it may rain." }));
    await errorShown(page, "would overwrite the saved ones");
    await page.waitForTimeout(1500);  // the page's save poll (1 s) has run too
    const stored = await storedArticles(page);
    assert.deepEqual(stored.articles.map((a) => a.id), ["cap-1", "cap-2", "cap-3"], "the stored set is as it was");

    await clearAndReload(page, server.url);
  });

  test("are saved during the reader's own import: a paste and the scored articles survive a reload", async () => {
    const sentence = "The mayor said the council may approve the plan, although critics slammed the scheme. ";
    const lines = [];
    for (let i = 0; i < 400; ++i) lines.push(JSON.stringify({ id: `slow-${i}`, text: sentence.repeat(300) }));
    await page.evaluate((jsonl) => window.BiasLens.queueFile("slow.jsonl", jsonl), lines.join("\n"));
    await page.waitForFunction(() => (window.BiasLens.state().importing || {}).scored > 3, null, { polling: 50 });
    await page.evaluate(() => window.BiasLens.addArticle({ id: "pasted-meanwhile", text: "A spokesperson said it could change." }));
    // The set passes 1 MiB after ~40 articles and is then stored in IndexedDB: read it wherever it is.
    const deadline = Date.now() + 20000;
    while (!(await storedArticles(page)).articles.some((a) => a.id === "pasted-meanwhile")) {
      assert.ok(Date.now() < deadline, "the pasted article was not saved within 20 s");
      await page.waitForTimeout(100);
    }
    const importing = await page.evaluate(() => window.BiasLens.state().importing);
    assert.ok(importing && importing.scored < importing.total, "saved while the import still runs");

    await page.reload({ waitUntil: "load" });  // pagehide saves what has been scored by then
    await page.evaluate(() => window.BiasLens.ready.then(() => true));
    await idle(page);
    const restored = await userIds(page);
    assert.ok(restored.includes("pasted-meanwhile"), `restored: ${restored}`);
    assert.ok(restored.filter((id) => id.startsWith("slow-")).length >= 4, `restored: ${restored}`);
    await page.evaluate(() => window.BiasLens.clearMyData());
  });

  test("the reader's edits of the default articles survive a reload; Clear my data undoes them", async () => {
    const defaults = () => page.evaluate(() => window.BiasLens.articles().filter((a) => !a.user_added)
      .map((a) => ({ id: a.id, outlet: a.outlet })));
    const before = await defaults();
    assert.ok(before.length >= 2, JSON.stringify(before));
    const [removed, renamed] = before;
    await page.evaluate(([r, n]) => { window.BiasLens.removeArticle(r); window.BiasLens.renameOutlet(n, "Daily Planet"); },
                        [removed.id, renamed.id]);
    const edited = await defaults();
    await page.waitForTimeout(1500);  // the page's save poll (1 s) has run
    await gotoReady(page, server.url);
    await idle(page);
    assert.deepEqual(await defaults(), edited);
    assert.ok(!edited.some((a) => a.id === removed.id));
    assert.equal(edited.find((a) => a.id === renamed.id).outlet, "Daily Planet");

    await page.evaluate(() => window.BiasLens.clearMyData());
    assert.deepEqual(await defaults(), before, "every default article is back as it was");
    await gotoReady(page, server.url);
    assert.deepEqual(await defaults(), before, "and stays so after a reload");
  });

  test("no console or page errors", () => {
    assert.deepEqual(watched.pageErrors, []);
    assert.deepEqual(watched.consoleErrors, []);
  });
});
