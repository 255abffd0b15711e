// biaslens as an ES module: scoring without a page, for Node build pipelines and bundlers.
//
//   import { loadBiasLens } from "./biaslens.mjs";
//   const lens = await loadBiasLens();
//   const report = lens.score(text, { id: "a.txt", title: "Headline", offsets: "utf16" });
//
// It loads biaslens-core.js (next to this file; the wasm is inlined, no fetch, no network)
// — the same core and the same bl_score() as the page, so reports are identical to the
// page's BiasLens.score() and to the native `biaslens score`. score() throws a
// BiasLensError with a readable message on bad input. Offsets default to "utf8".

import { Bridge, BiasLensError, OFFSET_UNITS } from "./bridge.mjs";

export { BiasLensError, OFFSET_UNITS };

const isNode = typeof process === "object" && process !== null &&
               typeof process.versions === "object" && typeof process.versions.node === "string";

// Returns the Emscripten factory createBiasLens(options) → Promise<Module>.
async function loadFactory(coreUrl) {
  if (isNode) {
    const { createRequire } = await import("node:module");
    const { fileURLToPath } = await import("node:url");
    const require = createRequire(import.meta.url);
    return require(fileURLToPath(coreUrl));
  }
  if (typeof globalThis.createBiasLens === "function") return globalThis.createBiasLens;
  if (typeof document === "undefined")
    throw new BiasLensError("biaslens.mjs needs Node or a page with a document (a worker can importScripts biaslens-core.js first)");
  await new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = coreUrl.href;
    script.onload = resolve;
    script.onerror = () => reject(new BiasLensError(`could not load ${coreUrl.href}`));
    document.head.appendChild(script);
  });
  return globalThis.createBiasLens;
}

// Instantiates the core module. `options.coreUrl` overrides where biaslens-core.js is.
export async function loadBiasLens(options = {}) {
  const coreUrl = options.coreUrl ? new URL(options.coreUrl, import.meta.url)
                                  : new URL("./biaslens-core.js", import.meta.url);
  const factory = await loadFactory(coreUrl);
  if (typeof factory !== "function") throw new BiasLensError(`${coreUrl.href} did not define createBiasLens`);
  const module = await factory({
    print: (line) => console.log(line),
    printErr: (line) => console.warn(line),
  });
  const bridge = new Bridge(module);
  return Object.freeze({
    score: (text, scoreOptions) => bridge.score(text, scoreOptions),
    version: () => bridge.version(),
  });
}

export default loadBiasLens;
