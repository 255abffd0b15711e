// The reader's data in this browser: articles they added and their settings (view, theme,
// voice toggle), kept in localStorage under one key so that "clear my data" is one call.
// Nothing here talks to the network. Shape (versioned):
//   {"version": 1, "articles": [{id, title, text, outlet}…],
//    "settings": {"view": "compare", "theme": "dark", "include_quoted": false}}

const STORAGE_KEY = "biaslens.readerData.v1";

function storage() {
  try {
    return window.localStorage;  // throws in some privacy modes
  } catch {
    return null;
  }
}

// The saved data, or null when there is none. Unreadable data is reported, not thrown.
export function loadReaderData(onProblem) {
  const store = storage();
  if (!store) return null;
  const raw = store.getItem(STORAGE_KEY);
  if (raw === null) return null;
  try {
    const data = JSON.parse(raw);
    if (!data || data.version !== 1 || !Array.isArray(data.articles))
      throw new Error("unknown format");
    data.settings = data.settings && typeof data.settings === "object" ? data.settings : {};
    return data;
  } catch (error) {
    onProblem(`Your saved articles could not be read (${error.message}); they were left as they are.`);
    return null;
  }
}

// Saves; returns null on success or a message (e.g. the browser's storage quota is full).
export function saveReaderData(articles, settings) {
  const store = storage();
  if (!store) return "This browser does not allow this page to store data; your articles will not survive a reload.";
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, articles, settings }));
    return null;
  } catch (error) {
    return `Your articles could not be saved in this browser (${error.name === "QuotaExceededError" ? "storage is full" : error.message}); they stay loaded until you close the page.`;
  }
}

export function clearReaderData() {
  const store = storage();
  if (store) store.removeItem(STORAGE_KEY);
}
