// Embedded mode: biaslens inside a lesson page's <iframe>. The frame's URL says what to
// show and whom to listen to; the lesson page hands articles over with postMessage.
//
//   index.html?embed=1                      embedded mode (panels hidden, nothing stored)
//     &origins=https://lessons.example.org  origins allowed to send commands (comma-separated;
//                                           default: this page's own origin only)
//     &hide=corpus,export,method            panels to hide (default: corpus,export)
//     &corpus=none                          start empty instead of with the five seed articles
//     &view=compare                         the first view
// The allowed origins may also come from <html data-biaslens-origins="…"> for a copy of
// index.html served by the lesson site itself. Messages from any other origin, or from a
// window other than the parent, are ignored. Protocol: docs/embedding.md.

const DEFAULT_HIDDEN = ["corpus", "export"];
const MAX_ARTICLES_PER_MESSAGE = 50;

function parseOrigin(text) {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

function list(value) {
  return value ? value.split(",").map((s) => s.trim()).filter(Boolean) : [];
}

// Reads the embedding options from `location` and the document. → {embedded, origins,
// hidden, loadDefaultCorpus, view, ignoredOrigins}
export function readEmbedOptions(location, documentElement) {
  const params = new URLSearchParams(location.search);
  const embedded = params.get("embed") === "1" || params.get("embed") === "true";
  const requested = [...list(params.get("origins")), ...list(documentElement.dataset.biaslensOrigins)];
  const origins = [];
  const ignoredOrigins = [];
  for (const text of requested) {
    const origin = parseOrigin(text);
    if (origin) origins.push(origin);
    else ignoredOrigins.push(text);  // "*", "null", file: … are never trusted
  }
  if (origins.length === 0) origins.push(location.origin);
  return {
    embedded,
    origins,
    ignoredOrigins,
    hidden: params.has("hide") ? list(params.get("hide")) : DEFAULT_HIDDEN,
    loadDefaultCorpus: params.get("corpus") !== "none",
    view: params.get("view") || "",
  };
}

// Answers the parent's messages with `api` (window.BiasLens). Each request
// {type: "biaslens:<command>", id, …} gets {type: "biaslens:reply", id, ok, result | error}.
export function startEmbedListener(api, options) {
  const handlers = {
    "biaslens:ping": () => ({ views: api.state().views }),
    "biaslens:addArticles": (message) => {
      if (!Array.isArray(message.articles)) throw new Error("articles must be an array");
      if (message.articles.length > MAX_ARTICLES_PER_MESSAGE) throw new Error(`at most ${MAX_ARTICLES_PER_MESSAGE} articles per message`);
      const ids = [];
      const errors = [];
      message.articles.forEach((article, index) => {
        try {
          ids.push(api.addArticle(article));
        } catch (error) {
          errors.push(`article ${index}: ${error.message}`);
        }
      });
      return { ids, errors };
    },
    "biaslens:removeArticle": (message) => api.removeArticle(message.id),
    "biaslens:setView": (message) => api.setView(message.view),
    "biaslens:openReader": (message) => api.openReader(message.id, message.focusByte || 0),
    "biaslens:setIncludeQuoted": (message) => api.setIncludeQuoted(message.include),
    "biaslens:articles": () => api.articles({ offsets: "utf16" }),
    "biaslens:state": () => api.state(),
    "biaslens:score": (message) => api.score(message.text, message.options || {}),
  };

  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || window.parent === window) return;
    if (!options.origins.includes(event.origin)) {
      console.warn(`biaslens: ignored a message from ${event.origin} (allowed: ${options.origins.join(", ")})`);
      return;
    }
    const message = event.data;
    if (!message || typeof message !== "object" || typeof message.type !== "string") return;
    const handler = handlers[message.type];
    if (!handler) return;
    let reply;
    try {
      reply = { type: "biaslens:reply", id: message.id, request: message.type, ok: true, result: handler(message) ?? null };
    } catch (error) {
      reply = { type: "biaslens:reply", id: message.id, request: message.type, ok: false, error: String(error.message || error) };
    }
    event.source.postMessage(reply, event.origin);
  });

  // Tell the parent we are listening (it may also ping; both are answered).
  if (window.parent !== window) {
    for (const origin of options.origins) {
      window.parent.postMessage({ type: "biaslens:ready", views: api.state().views }, origin);
    }
  }
}
