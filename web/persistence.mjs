// The reader's data in this browser: articles they added and their settings (view, theme,
// voice toggle). Nothing here talks to the network. One localStorage key holds it all
// (versioned):
//   {"version": 1, "articles": [{id, title, text, outlet}…],
//    "settings": {"view": "compare", "theme": "dark", "include_quoted": false,
//                 "default_articles": {"removed": [id…], "outlets": {id: outlet}}}}  (the last only when edited)
// Article sets whose JSON is over INLINE_LIMIT_CHARS (localStorage allows ~5 MB an origin)
// go to IndexedDB instead (database "biaslens", store "readerData", key "articles", value
// {version: 1, articles}), and the localStorage key then says so:
//   {"version": 1, "articles": [], "articles_in": "indexeddb", "count": N, "settings": {…}}
// Saves run one after another in call order; a save never leaves a pointer to articles that
// were not written (IndexedDB first, then the pointer; when moving back, the articles in
// localStorage first, then the IndexedDB record is deleted).

const STORAGE_KEY = "biaslens.readerData.v1";
const DB_NAME = "biaslens";
const DB_STORE = "readerData";
const DB_KEY = "articles";
const INLINE_LIMIT_CHARS = 1 << 20;

function storage() {
  try {
    return window.localStorage;  // throws in some privacy modes
  } catch {
    return null;
  }
}

let database = null;  // Promise<IDBDatabase>, opened on first use
function openDatabase() {
  if (!database) {
    database = new Promise((resolve, reject) => {
      if (typeof indexedDB === "undefined") throw new Error("this browser has no IndexedDB");
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error || new Error("IndexedDB could not be opened"));
      request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
    });
    database.catch(() => { database = null; });  // the next use tries again
  }
  return database;
}

// Runs `operation(store)` in one transaction; resolves with its request's result once the
// transaction has committed.
async function inDatabase(mode, operation) {
  const db = await openDatabase();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(DB_STORE, mode);
    const request = operation(transaction.objectStore(DB_STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error || request.error);
    transaction.onabort = () => reject(transaction.error || new Error("the write was aborted"));
  });
}

function problemText(error) {
  return error && error.name === "QuotaExceededError" ? "storage is full" : (error && error.message) || String(error);
}

// Set when saved articles exist but could not be read or restored whole: saves then keep
// them as they are (settings only) instead of overwriting them with what this page has,
// until clearReaderData().
let storedArticlesKept = false;

// From now on saves leave the stored articles as they are (settings only); for saved
// articles that could not all be restored into the app.
export function keepStoredArticles() {
  storedArticlesKept = true;
}

// The saved data ({version, articles, settings}), or null when there is none. Unreadable
// data is reported through onProblem and left as it is, never thrown.
export async function loadReaderData(onProblem) {
  const store = storage();
  if (!store) return null;
  const raw = store.getItem(STORAGE_KEY);
  if (raw === null) return null;
  let data;
  try {
    data = JSON.parse(raw);
    if (!data || data.version !== 1 || !Array.isArray(data.articles))
      throw new Error("unknown format");
    data.settings = data.settings && typeof data.settings === "object" ? data.settings : {};
  } catch (error) {
    storedArticlesKept = true;
    onProblem(`Your saved articles could not be read (${error.message}); they were left as they are.`);
    return null;
  }
  if (data.articles_in === "indexeddb") {
    try {
      const stored = await inDatabase("readonly", (objects) => objects.get(DB_KEY));
      if (!stored || !Array.isArray(stored.articles)) throw new Error("they are missing from this browser's database");
      data.articles = stored.articles;
    } catch (error) {
      storedArticlesKept = true;
      onProblem(`Your saved articles could not be read (${problemText(error)}); they were left as they are.`);
      data.articles = [];
    }
  }
  return data;
}

const utf8 = new TextEncoder();

// The saved articles as import files, in order: JSON texts {"articles": […]} of at most
// `maxBytes` bytes of UTF-8 each, except that an article over that on its own gets a file
// of its own.
export function savedArticleFiles(articles, maxBytes) {
  const wrapperBytes = '{"articles":[]}'.length;
  const files = [];
  let members = [];
  let bytes = wrapperBytes;
  for (const article of articles) {
    const json = JSON.stringify(article);
    const memberBytes = utf8.encode(json).length + 1;  // and a comma
    if (members.length && bytes + memberBytes > maxBytes) {
      files.push(`{"articles":[${members.join(",")}]}`);
      members = [];
      bytes = wrapperBytes;
    }
    members.push(json);
    bytes += memberBytes;
  }
  if (members.length) files.push(`{"articles":[${members.join(",")}]}`);
  return files;
}

let queue = Promise.resolve();
function enqueue(job) {
  const result = queue.then(job);
  queue = result.catch(() => {});
  return result;
}

// Deletes the IndexedDB record, if there is one to delete; never throws.
async function forgetDatabaseRecord() {
  if (typeof indexedDB === "undefined") return;
  await inDatabase("readwrite", (objects) => objects.delete(DB_KEY)).catch(() => {});
}

// Removes the localStorage entry and, when `fromDatabase`, the IndexedDB record.
async function removeStored(store, fromDatabase) {
  if (store) store.removeItem(STORAGE_KEY);
  if (fromDatabase) await forgetDatabaseRecord();
}

function pointsToDatabase(store) {
  return !!store && (store.getItem(STORAGE_KEY) || "").includes('"articles_in":"indexeddb"');
}

async function writeReaderData(articles, settings, nothingToKeep) {
  const store = storage();
  if (nothingToKeep && !storedArticlesKept) {
    await removeStored(store, pointsToDatabase(store));
    return null;
  }
  if (!store) return "This browser does not allow this page to store data; your articles will not survive a reload.";
  const lost = (error) =>
    `Your articles could not be saved in this browser (${problemText(error)}); they stay loaded until you close the page.`;
  if (storedArticlesKept) {
    // Settings only: the pointer (or unreadable entry) stays as it was.
    try {
      const previous = JSON.parse(store.getItem(STORAGE_KEY));
      if (previous && previous.version === 1) {
        store.setItem(STORAGE_KEY, JSON.stringify({ ...previous, settings }));
      }
    } catch { /* an unreadable entry stays as it is */ }
    return articles.length
      ? "Your articles are not saved in this browser for now: that would overwrite the saved ones that could not be read or restored, which are kept as they are. Clear my data deletes them and saving starts again."
      : null;
  }
  const json = JSON.stringify(articles);
  const writeInline = async () => {
    const wasInDatabase = pointsToDatabase(store);
    store.setItem(STORAGE_KEY, `{"version":1,"articles":${json},"settings":${JSON.stringify(settings)}}`);
    if (wasInDatabase) await forgetDatabaseRecord();
    return null;
  };
  if (json.length <= INLINE_LIMIT_CHARS) {
    try {
      return await writeInline();
    } catch (error) {
      if (error.name !== "QuotaExceededError") return lost(error);
      // localStorage is full (other data of this origin): IndexedDB below.
    }
  }
  try {
    await inDatabase("readwrite", (objects) => objects.put({ version: 1, articles }, DB_KEY));
  } catch (error) {
    // No IndexedDB here (some private modes): localStorage while the set fits.
    if (json.length <= INLINE_LIMIT_CHARS) return lost(error);
    try {
      return await writeInline();
    } catch {
      return lost(error);
    }
  }
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, articles: [], articles_in: "indexeddb",
                                                 count: articles.length, settings }));
  } catch (error) {
    return lost(error);
  }
  return null;
}

// Saves (after any save still running); resolves with null on success or a message for the
// reader (e.g. the browser's storage is full). `nothingToKeep` (no articles, default settings)
// removes what is stored, unless the stored articles are kept (keepStoredArticles()).
export function saveReaderData(articles, settings, nothingToKeep = false) {
  return enqueue(() => writeReaderData(articles, settings, nothingToKeep));
}

// Forgets everything stored, also saved articles that could not be read (the reader's
// "Clear my data"); runs after any save still running.
export function clearReaderData() {
  storedArticlesKept = false;
  const store = storage();
  if (store) store.removeItem(STORAGE_KEY);  // at once; again after queued saves that may write it
  return enqueue(() => removeStored(store, true));
}
