// The page's entry point (index.html loads only this module). In order:
//   1. window.BiasLens exists at once (its `ready` promise pending);
//   2. the page's controls are wired (paste box, drop zone, exports, clear my data);
//   3. the wasm app starts on the canvas, with a progress bar;
//   4. embedded mode is configured, or the reader's settings restored and saved articles
//      queued (read from storage while the app downloads; scored over the next frames,
//      after the first chart);
//   5. BiasLens.ready resolves — articles(), state() … reflect all of the above.
// After that the reader's data is saved whenever it changes (also from inside the canvas),
// except while the saved articles are still coming back.

import { Bridge } from "./bridge.mjs";
import { readEmbedOptions, startEmbedListener } from "./embed.mjs";
import { readDroppedFiles } from "./files.mjs";
import { startApp } from "./loader.mjs";
import { createPageApi } from "./page-api.mjs";
import { clearReaderData, keepStoredArticles, loadReaderData, saveReaderData, savedArticleFiles } from "./persistence.mjs";
import { mark, phases } from "./timeline.mjs";
import { confirmTwice, createLoadingOverlay, createMessages, downloadBlob, keepKeysInControls, setupDropZone } from "./ui.mjs";

const SAVE_POLL_MS = 1000;
mark("page-module");  // every module of the page is loaded and this one runs

const $ = (id) => document.getElementById(id);
const showMessage = createMessages($("messages"));
const loading = createLoadingOverlay($("loading"));
const embed = readEmbedOptions(window.location, document.documentElement);
const persist = !embed.embedded;  // a lesson's articles never mix with the reader's own
// Read while the app downloads (IndexedDB answers asynchronously); restored once it runs.
const savedData = persist ? loadReaderData((problem) => showMessage(problem, "error")) : Promise.resolve(null);

// --- [1] window.BiasLens -----------------------------------------------------------------
let page = null;  // set below; hooks run only after the app started
let saveProblemShown = false;
let defaultSettings = null;

// The reader's settings; `default_articles` (App::DefaultCorpusEdits: default articles removed,
// outlets renamed) only when there are such edits.
function themeOf(state) {
  return typeof state.theme === "string" ? state.theme : (state.dark_theme ? "dark" : "light");
}

function currentSettings() {
  const state = page.api.state();
  const settings = { view: state.view, theme: themeOf(state), include_quoted: !!state.include_quoted };
  const edits = page.defaultCorpusEdits();
  if (Object.keys(edits).length) settings.default_articles = edits;
  return settings;
}

function sameSettings(a, b) {
  return !!a && !!b && a.view === b.view && a.theme === b.theme && a.include_quoted === b.include_quoted &&
    JSON.stringify(a.default_articles || {}) === JSON.stringify(b.default_articles || {});
}

// Stores the reader's articles and settings; nothing when both are the defaults.
function saveNow() {
  if (!persist) return;
  // Not while the saved articles are still coming back: closing the page then must leave
  // the stored set whole (the poll below saves once they are in).
  if (restoreRunning()) return;
  followAppTheme();
  const articles = page.userData();
  const settings = currentSettings();
  const nothingToKeep = articles.length === 0 && sameSettings(settings, defaultSettings);
  saveReaderData(articles, settings, nothingToKeep).then((problem) => {
    if (problem && !saveProblemShown) {
      saveProblemShown = true;
      showMessage(problem, "error");
    }
  });
}

// The page's own controls take the app's light/dark theme.
function followAppTheme() {
  const theme = themeOf(page.api.state());
  if (theme === "dark" || theme === "light") document.documentElement.dataset.theme = theme;
}

function applySettings(api, settings) {
  const attempts = [
    () => settings.view && api.setView(settings.view),
    () => (settings.theme === "dark" || settings.theme === "light") && api.setTheme(settings.theme),
    () => typeof settings.include_quoted === "boolean" && api.setIncludeQuoted(settings.include_quoted),
    () => settings.default_articles && typeof settings.default_articles === "object" &&
      page.applyDefaultCorpusEdits(settings.default_articles),
  ];
  for (const attempt of attempts) {
    try { attempt(); } catch (error) { console.warn("biaslens: a saved setting was not applied:", error.message); }
  }
}

let restoring = true;
page = createPageApi({
  changed: () => { if (!restoring) saveNow(); },
  // Embedded: nothing stored, nothing opened. Cleared data is not saved again by the change
  // watcher: a later write (this page closing) would race another page's save.
  clearStored: () => { if (persist) { clearReaderData(); forgetUnsavedChanges(); } },
  restoreDefaultSettings: (api) => { if (defaultSettings) applySettings(api, defaultSettings); },
});
Object.defineProperty(window, "BiasLens", { value: page.api, enumerable: true });
window.dispatchEvent(new CustomEvent("biaslens:created"));

// --- [2] The page's controls -------------------------------------------------------------
const controls = [$("toolbar"), $("add-dialog"), $("messages")];
keepKeysInControls(controls);
if (embed.embedded) document.documentElement.classList.add("embedded");

async function loadFiles(fileList) {
  try {
    await page.api.ready;
  } catch {
    return;  // the load failure is already on screen
  }
  const { accepted, rejected, notes } = await readDroppedFiles(fileList, page.api.state().limits.file_bytes);
  for (const message of rejected) showMessage(message, "error");
  for (const message of notes) showMessage(message, "info");
  for (const file of accepted) {
    try {
      // Scored a few per frame: the app shows the progress and says "Added N articles".
      const result = page.api.queueFile(file.name, file.bytes);
      for (const error of result.errors) showMessage(error, "error");
      if (result.queued > 1) showMessage(`Scoring ${result.queued} articles from ${file.name}…`, "info");
    } catch (error) {
      showMessage(`${file.name}: ${error.message}`, "error");
    }
  }
}

// The page menu closes after an action (but not on the first press of "Clear my data").
$("toolbar").addEventListener("click", (event) => {
  const button = event.target.closest("button");
  if (button && button.id !== "clear-data") $("toolbar").open = false;
});
document.addEventListener("click", (event) => {
  if (!$("toolbar").contains(event.target)) $("toolbar").open = false;
});

setupDropZone($("drop-overlay"), loadFiles);
$("file-input").addEventListener("change", (event) => {
  const files = Array.from(event.target.files);  // copied: clearing the input empties its list
  event.target.value = "";
  loadFiles(files);
});
$("open-files").addEventListener("click", () => $("file-input").click());

const dialog = $("add-dialog");
$("add-article").addEventListener("click", () => {
  dialog.showModal();
  $("add-text").focus();
});
$("add-cancel").addEventListener("click", () => dialog.close());
$("add-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = $("add-text").value;
  const title = $("add-title").value.trim();
  const outlet = $("add-outlet").value.trim();
  if (!text.trim()) {
    showMessage("Paste the article's text first.", "error");
    return;
  }
  try {
    const id = page.api.addArticle({ text, title, outlet });
    showMessage(`Added “${title || id}”.`, "info");
    $("add-form").reset();
    dialog.close();
  } catch (error) {
    showMessage(error.message, "error");  // the dialog stays open with the text
  }
});

async function guarded(action) {
  try {
    await page.api.ready;
    await action();
  } catch (error) {
    showMessage(error.message, "error");
  }
}
$("download-png").addEventListener("click", () => guarded(async () => {
  const view = page.api.state().view || "view";
  downloadBlob(await page.api.exportPNG(), `biaslens-${view}.png`);
}));
$("export-json").addEventListener("click", () => guarded(() =>
  downloadBlob(new Blob([page.api.exportJSON()], { type: "application/json" }), "biaslens-corpus.json")));
$("export-csv").addEventListener("click", () => guarded(() =>
  downloadBlob(new Blob([page.api.exportCSV()], { type: "text/csv" }), "biaslens-articles.csv")));
confirmTwice($("clear-data"), () => guarded(() => {
  page.api.clearMyData();
  showMessage("Your articles and settings were removed from this browser.", "info");
}));

// --- [3]–[5] Start ------------------------------------------------------------------------
const startedAt = performance.now();
startApp({ canvas: $("canvas"), onProgress: loading.progress })
  .then(async (module) => {
    const bridge = new Bridge(module);
    page.attach(bridge);
    defaultSettings = currentSettings();
    if (embed.embedded) {
      for (const origin of embed.ignoredOrigins) console.warn(`biaslens: "${origin}" is not an origin; ignored`);
      page.api.setConfig({
        embedded: true,
        hidden: embed.hidden,
        load_default_corpus: embed.loadDefaultCorpus,
        ...(embed.view ? { initial_view: embed.view } : {}),
      });
    } else {
      restoreReaderData(await savedData);  // resolved by now, unless IndexedDB is slow
    }
    restoring = false;
    followAppTheme();
    loading.done();
    // The overlay is gone; the app's main loop asked for its next frame before this ran,
    // so this frame callback comes after the app drew its charts.
    requestAnimationFrame(() => mark("first-chart"));
    mark("ready");
    window.BiasLensTimings = { ready_ms: performance.now() - startedAt, phases: phases() };
    page.markReady();
    if (embed.embedded) startEmbedListener(page.api, embed);
    else watchForChanges(bridge);
  })
  .catch((error) => {
    loading.fail(error.message);
    page.fail(error);
  });

// The reader's saved articles come back like dropped files: scored over the first frames,
// after the first chart (which the default articles' build-time reports draw without the
// scorer), with the app's progress bar; state().importing is null once they are all in.
// They are queued in parts the app accepts; when a part is refused, saves keep the stored
// set as it is (the rest would be lost from storage at the next save).
function restoreReaderData(saved) {
  if (!saved) return;
  if (saved.articles.length && !queueSavedArticles(saved.articles)) keepStoredArticles();
  applySettings(page.api, saved.settings);
}

// The names of the queued parts of the saved articles, until they are all in.
let restoreParts = new Set();

// Whether saved articles are still waiting to be scored in. Their parts are queued before
// anything else (the app imports queued files in order), so once the app imports none of
// them they are all in, or were cleared with the reader's data.
function restoreRunning() {
  if (restoreParts.size === 0) return false;
  const state = page.api.state();
  if (state.importing && restoreParts.has(state.importing.file)) return true;
  // All in: when the app refused any of them while scoring (the loaded-text cap, memory),
  // the stored set stays as it is rather than lose them at the next save.
  const refused = (state.finished_imports || []).some((f) => restoreParts.has(f.file) && f.failed > 0);
  if (refused) keepStoredArticles();
  restoreParts = new Set();
  return false;
}

// Queues the saved articles; false when any of them could not be queued.
function queueSavedArticles(articles) {
  // Parts a margin below the app's limit per file.
  const files = savedArticleFiles(articles, page.api.state().limits.file_bytes * 3 / 4);
  let complete = true;
  files.forEach((json, index) => {
    const name = files.length === 1 ? "your saved articles" : `your saved articles, part ${index + 1} of ${files.length}`;
    try {
      // Not stoppable: stopping would drop the rest from storage at the next save.
      const result = page.api.queueFile(name, json, { stoppable: false });
      if (result.queued) restoreParts.add(name);
      for (const error of result.errors) showMessage(`Not restored — ${error}`, "error");
      if (result.errors.length) complete = false;
    } catch (error) {
      showMessage(`Not restored — ${name}: ${error.message}`, "error");
      complete = false;
    }
  });
  return complete;
}

// Set by watchForChanges: takes the current data as saved.
let forgetUnsavedChanges = () => {};

// Saves when the reader's data changed, including changes made inside the canvas.
function watchForChanges(bridge) {
  let last = bridge.invoke("bl_user_signature");
  forgetUnsavedChanges = () => { if (!bridge.dead) last = bridge.invoke("bl_user_signature"); };
  const check = () => {
    if (bridge.dead) return;
    if (restoreRunning()) return;  // saveNow would not save yet: check again later
    const signature = bridge.invoke("bl_user_signature");
    if (signature !== last) {
      last = signature;
      saveNow();
    }
  };
  setInterval(check, SAVE_POLL_MS);
  window.addEventListener("pagehide", check);
}
