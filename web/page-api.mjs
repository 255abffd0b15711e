// window.BiasLens: the page's JS API over the running app (src/platform/web_api.cpp).
// Every method throws a BiasLensError with a readable message on bad input; none can take
// the page down. Methods other than `ready` throw until `await BiasLens.ready` resolves.
// See docs/embedding.md for the full reference.

import { BiasLensError, OFFSET_UNITS } from "./bridge.mjs";

const THEMES = ["light", "dark"];

function requireString(value, what) {
  if (typeof value !== "string") throw new BiasLensError(`${what} must be a string`);
  return value;
}

// A string the app takes NUL-terminated (ids, outlets, view and file names): a NUL in it
// would cut it short there, so it is refused.
function requireCString(value, what) {
  if (requireString(value, what).includes("\0")) throw new BiasLensError(`${what} must not contain a NUL character`);
  return value;
}

function optionalString(value, what) {
  if (value === undefined || value === null) return undefined;
  return requireString(value, what);
}

// `options` as given, or {} when left out; anything else than an object is refused.
function requireOptions(options, what) {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object") throw new BiasLensError(`${what}: options must be an object`);
  return options;
}

// A corpus given as JSON text or as an object → its JSON text.
function corpusText(corpus) {
  if (typeof corpus === "string") return corpus;
  let text;
  try {
    text = JSON.stringify(corpus);
  } catch (error) {  // a BigInt, a cycle, a throwing toJSON()
    throw new BiasLensError(`importCorpus(corpus): corpus cannot be written as JSON (${String(error.message).split("\n")[0]})`);
  }
  if (typeof text !== "string") throw new BiasLensError("importCorpus(corpus): corpus must be JSON text or an object");
  return text;
}

// Returns {api, attach(bridge), markReady(), fail(error), userData(), defaultCorpusEdits(),
// applyDefaultCorpusEdits(edits)}. `hooks.changed()` runs after every command
// that changes what the reader would want kept (persistence saves then); hooks.clearStored()
// forgets the stored data; hooks.restoreDefaultSettings(api) puts view/theme/voice back.
export function createPageApi(hooks) {
  let bridge = null;
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  ready.catch(() => {});  // a failed load is shown in the page; callers see it when they await

  function live() {
    if (!bridge) throw new BiasLensError("biaslens is still loading: await BiasLens.ready first");
    return bridge;
  }

  // The reader's edits of the default articles (App::DefaultCorpusEdits): {} when none.
  function defaultCorpusEdits() {
    const b = live();
    return b.takeJson(b.invoke("bl_default_corpus_edits"));
  }
  function command(name, ...strings) {
    return live().takeJson(live().callWithCStrings(name, strings));
  }
  // A file's name and bytes (string or Uint8Array) passed to the export `exported`, then
  // `extra` arguments; `method` names the caller in errors.
  function fileCommand(method, exported, name, bytes, ...extra) {
    requireCString(name, `${method}(name, bytes): name`);
    if (typeof bytes !== "string" && !(bytes instanceof Uint8Array))
      throw new BiasLensError(`${method}(name, bytes): bytes must be a Uint8Array or a string`);
    const b = live();
    return b.takeJson(b.withBuffers([name, bytes], (namePtr, nameLength, bytesPtr, bytesLength) =>
      b.invoke(exported, namePtr, bytesPtr, bytesLength, ...extra)));
  }
  function changed() {
    try { hooks.changed(); } catch (error) { console.warn("biaslens: could not save", error); }
  }

  const api = {
    ready,

    // → report (docs/report.md). options: {id, title, outlet, offsets: "utf8" (default) |
    // "codepoint" | "utf16", include_quoted}. Draws nothing, changes nothing.
    score(text, options = {}) {
      return live().score(text, options);
    },

    // {id?, title?, text, outlet?} → the id it got (made unique when taken).
    addArticle(article) {
      if (!article || typeof article !== "object") throw new BiasLensError("addArticle(article): article must be an object");
      const request = { text: requireString(article.text, "addArticle(): article.text") };
      for (const key of ["id", "title", "outlet"]) {
        const value = optionalString(article[key], `addArticle(): article.${key}`);
        if (value !== undefined) request[key] = value;
      }
      // Other methods take the id NUL-terminated.
      if (request.id !== undefined) requireCString(request.id, "addArticle(): article.id");
      const b = live();
      const result = b.takeJson(b.withBuffers([JSON.stringify(request)], (ptr, length) =>
        b.invoke("bl_add_article", ptr, length)));
      changed();
      return result.id;
    },

    removeArticle(id) {
      command("bl_remove_article", requireCString(id, "removeArticle(id): id"));
      changed();
      return true;
    },

    renameOutlet(id, outlet) {
      command("bl_rename_outlet", requireCString(id, "renameOutlet(): id"), requireCString(outlet, "renameOutlet(): outlet"));
      changed();
      return true;
    },

    // Reports of the loaded articles, in display order, each with `outlet` and `user_added`.
    articles(options) {
      const { offsets = "utf8" } = requireOptions(options, "articles(options)");
      if (!OFFSET_UNITS.includes(offsets))
        throw new BiasLensError(`articles(): options.offsets must be one of ${OFFSET_UNITS.join(", ")}`);
      return command("bl_articles", offsets);
    },

    setView(name) {
      const result = command("bl_set_view", requireCString(name, "setView(name): name"));
      changed();
      return result.view;
    },

    openReader(id, focusByte = 0) {
      if (!Number.isInteger(focusByte) || focusByte < 0) throw new BiasLensError("openReader(): focusByte must be a byte offset");
      const b = live();
      const result = b.takeJson(b.callWithCStrings("bl_open_reader", [requireCString(id, "openReader(id): id")], focusByte));
      changed();
      return result.view;
    },

    // {articles, view, views, frame_ms, include_quoted, theme, errors, …} (App::StateJson).
    state() {
      return live().takeJson(live().invoke("bl_state"));
    },

    messages() {
      return live().takeJson(live().invoke("bl_messages"));
    },

    setIncludeQuoted(include) {
      if (typeof include !== "boolean") throw new BiasLensError("setIncludeQuoted(include): include must be true or false");
      live().takeJson(live().invoke("bl_set_include_quoted", include ? 1 : 0));
      changed();
    },

    setTheme(theme) {
      if (!THEMES.includes(theme)) throw new BiasLensError(`setTheme(theme): theme must be one of ${THEMES.join(", ")}`);
      live().takeJson(live().invoke("bl_set_dark_theme", theme === "dark" ? 1 : 0));
      changed();
    },

    // {embedded, hidden: [panel…], initial_view, load_default_corpus} (App::SetConfig).
    setConfig(config) {
      if (!config || typeof config !== "object") throw new BiasLensError("setConfig(config): config must be an object");
      const b = live();
      b.takeJson(b.withBuffers([JSON.stringify(config)], (ptr, length) => b.invoke("bl_set_config", ptr, length)));
    },

    // → Promise<Blob> (image/png) of the current view, rendered now.
    async exportPNG() {
      const b = live();
      const sizePointer = b.invoke("bl_alloc", 4) >>> 0;
      try {
        const pointer = b.invoke("bl_export_png", sizePointer) >>> 0;
        const size = new DataView(b.module.HEAPU8.buffer).getUint32(sizePointer, true);
        if (!pointer || !size) throw new BiasLensError("the view could not be rendered to a PNG");
        return new Blob([b.takeBytes(pointer, size)], { type: "image/png" });
      } finally {
        b.free(sizePointer);
      }
    },

    // The corpus as JSON text: {"schema":1,"articles":[{article…, report…}…]}.
    // importCorpus() of it restores the same articles.
    exportJSON() {
      return live().takeString(live().invoke("bl_export_json"));
    },

    // One row per article (header first).
    exportCSV() {
      return live().takeString(live().invoke("bl_export_csv"));
    },

    // A corpus export (text or parsed object) → {added: [ids], errors: [messages]}.
    // Throws when nothing could be imported; partial imports report their rejects.
    importCorpus(corpus) {
      const result = api.importFile("corpus.json", corpusText(corpus));
      if (result.added.length === 0 && result.errors.length > 0) throw new BiasLensError(result.errors.join("\n"));
      return result;
    },

    // A file's bytes (Uint8Array or string) by name (.txt, .json, .jsonl) → {added, errors}.
    // Never throws for bad content: every rejected record is one message in `errors`.
    importFile(name, bytes) {
      const result = fileCommand("importFile", "bl_import_file", name, bytes);
      if (result.added_ids.length) changed();
      return { added: result.added_ids, errors: result.errors };
    },

    // The same file, scored a few articles per frame while the page keeps drawing and the
    // app shows a progress bar with a Stop button → {queued, errors}: `errors` are the file's
    // read errors (at once); `queued` articles follow in the coming frames, and
    // state().importing says how far it is ({file, scored, total, files}, null when done).
    // {stoppable: false}: no Stop button, and cancelImports() leaves the file queued.
    queueFile(name, bytes, options) {
      const { stoppable = true } = requireOptions(options, "queueFile(name, bytes, options)");
      if (typeof stoppable !== "boolean") throw new BiasLensError("queueFile(): options.stoppable must be true or false");
      const result = fileCommand("queueFile", "bl_queue_file", name, bytes, stoppable ? 1 : 0);
      return { queued: result.queued, errors: result.errors };
    },

    // Stops queued imports (not those queued with {stoppable: false}); the articles already scored stay.
    cancelImports() {
      live().takeJson(live().invoke("bl_cancel_imports"));
      changed();
      return true;
    },

    // Pasted text → {added, errors}, read as App::ImportPastedText reads it: JSON of an object
    // or an array (an article, articles, a corpus export) as JSON, each record it refuses one
    // message in `errors`; any other text is one article (first line the headline).
    importText(text) {
      requireString(text, "importText(text): text");
      const b = live();
      const result = b.takeJson(b.withBuffers([text], (ptr, length) => b.invoke("bl_import_pasted", ptr, length)));
      if (result.added_ids.length) changed();
      return { added: result.added_ids, errors: result.errors };
    },

    // Removes the articles the reader added and their stored copy, and resets the settings.
    clearMyData() {
      const b = live();
      hooks.clearStored();
      b.takeJson(b.invoke("bl_clear_user_articles"));
      // Default articles removed or renamed by the reader come back as they were.
      if (Object.keys(defaultCorpusEdits()).length) b.takeJson(b.invoke("bl_reset_corpus"));
      hooks.restoreDefaultSettings(api);
      hooks.clearStored();  // drop what the changes above may have saved
      return true;
    },

    resetCorpus() {
      live().takeJson(live().invoke("bl_reset_corpus"));
      changed();
    },

    version() {
      return live().version();
    },
  };

  return {
    api: Object.freeze(api),
    // The app runs: methods work from now on (the page restores data before markReady).
    attach(readyBridge) {
      bridge = readyBridge;
    },
    markReady() {
      resolveReady(api);
    },
    fail(error) {
      rejectReady(error instanceof Error ? error : new BiasLensError(String(error)));
    },
    userData() {
      const b = live();
      return b.takeJson(b.invoke("bl_user_articles"));
    },
    // What the page keeps of the default articles, and putting it back after a reload.
    defaultCorpusEdits,
    applyDefaultCorpusEdits(edits) {
      const b = live();
      return b.takeJson(b.withBuffers([JSON.stringify(edits)],
                                      (ptr, length) => b.invoke("bl_apply_default_corpus_edits", ptr, length)));
    },
  };
}
