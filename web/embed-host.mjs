// For lesson pages: talk to a biaslens <iframe> (docs/embedding.md).
//
//   import { connectBiasLens } from "/biaslens/web/embed-host.mjs";
//   const lens = connectBiasLens(document.querySelector("iframe#lens"));
//   await lens.ready;
//   await lens.addArticles([{ id: "a", title: "…", text: "…", outlet: "…" }]);
//
// Only messages from that frame's window and origin are accepted; requests go to that
// origin only. `origin` defaults to the origin of the iframe's src.

const READY_TIMEOUT_MS = 120000;
const PING_INTERVAL_MS = 500;

export function connectBiasLens(iframe, { origin } = {}) {
  const frameOrigin = origin || new URL(iframe.getAttribute("src"), window.location.href).origin;
  const pending = new Map();
  let nextId = 1;
  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let isReady = false;

  function post(message) {
    if (iframe.contentWindow) iframe.contentWindow.postMessage(message, frameOrigin);
  }

  window.addEventListener("message", (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== frameOrigin) return;
    const message = event.data;
    if (!message || typeof message !== "object") return;
    if (message.type === "biaslens:ready" ||
        (message.type === "biaslens:reply" && message.request === "biaslens:ping" && message.ok)) {
      if (!isReady) { isReady = true; resolveReady(message.views || (message.result && message.result.views) || []); }
      return;
    }
    if (message.type !== "biaslens:reply" || !pending.has(message.id)) return;
    const { resolve, reject } = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) resolve(message.result);
    else reject(new Error(message.error));
  });

  // The frame may have announced itself before we listened: ping until it answers.
  const started = Date.now();
  const timer = setInterval(() => {
    if (isReady) { clearInterval(timer); return; }
    if (Date.now() - started > READY_TIMEOUT_MS) {
      clearInterval(timer);
      rejectReady(new Error("the biaslens frame did not answer"));
      return;
    }
    post({ type: "biaslens:ping", id: 0 });
  }, PING_INTERVAL_MS);

  function request(type, payload = {}) {
    return ready.then(() => new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      post({ ...payload, type, id });
    }));
  }

  return {
    ready,
    origin: frameOrigin,
    addArticles: (articles) => request("biaslens:addArticles", { articles }),
    removeArticle: (id) => request("biaslens:removeArticle", { id }),
    setView: (view) => request("biaslens:setView", { view }),
    openReader: (id, focusByte = 0) => request("biaslens:openReader", { id, focusByte }),
    setIncludeQuoted: (include) => request("biaslens:setIncludeQuoted", { include }),
    articles: () => request("biaslens:articles"),
    state: () => request("biaslens:state"),
    score: (text, options = {}) => request("biaslens:score", { text, options }),
  };
}
