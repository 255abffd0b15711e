// Starts the wasm app (app.js + app.wasm, built by target biaslens_web) on the page's
// canvas and resolves when the App is running (bl_app_ready() == 1). Reports download
// progress, and turns every way the start can fail into one readable Error: no WebGL 2,
// app.js or app.wasm missing, the runtime aborting, or the app not starting in time.
// Everything is fetched from the site's own folder. Marks its phases on the start-up
// timeline (timeline.mjs): webgl-probe, app-js, wasm-fetched, wasm-ready, runtime, app-ready.

import { mark } from "./timeline.mjs";

const START_TIMEOUT_MS = 120000;

// The site root: this file lives in <site>/web/.
export const SITE_ROOT = new URL("../", import.meta.url);

export function hasWebGL2() {
  try {
    return !!document.createElement("canvas").getContext("webgl2");
  } catch {
    return false;
  }
}

// Fetches `url` reporting onProgress(loaded, total) (total 0 when unknown) → ArrayBuffer.
async function fetchWithProgress(url, onProgress) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (HTTP ${response.status})`);
  const total = Number(response.headers.get("Content-Length")) || 0;
  if (!response.body || !response.body.getReader) {
    const buffer = await response.arrayBuffer();
    onProgress(buffer.byteLength, buffer.byteLength);
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.length; }
  return bytes.buffer;
}

// → Promise<Module> once the app runs. `onProgress(loaded, total)` during the download.
export function startApp({ canvas, onProgress }) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message) => {
      if (settled) return;
      settled = true;
      reject(message instanceof Error ? message : new Error(String(message)));
    };
    const webgl2 = hasWebGL2();
    mark("webgl-probe");
    if (!webgl2) {
      fail("This browser cannot draw with WebGL 2, which biaslens needs. Try a current Firefox, Chrome, Edge or Safari, or enable hardware acceleration.");
      return;
    }
    let runtimeReady = false;
    const Module = {
      canvas,
      print: (line) => console.log(line),
      printErr: (line) => console.warn(line),  // diagnostics, not page errors
      locateFile: (path) => new URL(path, SITE_ROOT).href,
      // Fetch app.wasm ourselves to show progress; compile from the bytes.
      instantiateWasm(imports, receiveInstance) {
        mark("app-js");
        fetchWithProgress(new URL("app.wasm", SITE_ROOT), onProgress)
          .then((bytes) => { mark("wasm-fetched"); return WebAssembly.instantiate(bytes, imports); })
          .then((result) => { mark("wasm-ready"); receiveInstance(result.instance, result.module); })
          .catch((error) => fail(`The app could not be started: ${error.message}`));
        return {};  // exports arrive asynchronously through receiveInstance
      },
      onRuntimeInitialized() { runtimeReady = true; mark("runtime"); },
      onAbort(what) { fail(`The app stopped while starting (${what}). Reload the page to try again.`); },
      onExit(code) { fail(`The app exited while starting (code ${code}).`); },
    };
    window.Module = Module;  // app.js (MODULARIZE off) reads the global

    const script = document.createElement("script");
    script.src = new URL("app.js", SITE_ROOT).href;
    script.onerror = () => fail("app.js could not be loaded: is the site folder complete?");
    document.body.appendChild(script);

    const started = performance.now();
    const poll = () => {
      if (settled) return;
      if (runtimeReady && typeof Module._bl_app_ready === "function") {
        let ready = 0;
        try {
          ready = Module._bl_app_ready();
        } catch (error) {
          fail(`The app stopped while starting (${error.message}).`);
          return;
        }
        if (ready) {
          mark("app-ready");
          settled = true;
          resolve(Module);
          return;
        }
      }
      if (performance.now() - started > START_TIMEOUT_MS) {
        fail(`The app did not start within ${START_TIMEOUT_MS / 1000} seconds.`);
        return;
      }
      setTimeout(poll, 20);
    };
    poll();
  });
}
