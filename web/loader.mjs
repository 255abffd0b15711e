// Starts the wasm app (app.js + app.wasm, built by target biaslens_web) on the page's
// canvas and resolves when the App is running (bl_app_ready() == 1). Reports download
// progress, and turns every way the start can fail into one readable Error: no WebGL 2,
// app.js or app.wasm missing, the runtime aborting, the app refusing to start, or the app
// not starting in time. Everything is fetched from the site's own folder.
//
// Start-up order (each step as early as it can be): app.wasm is fetched and compiled
// while app.js loads (index.html preloads both; compileStreaming compiles as bytes arrive
// when the server says application/wasm) and while the page creates the WebGL 2 context
// the app will draw with; app.js instantiates the compiled module and runs
// main(); the promise resolves right after main() returns (postRun), before the app's
// first frame, so the page can drop its loading overlay in time for that frame.
// Marks its phases on the start-up timeline (timeline.mjs): gl-context, app-js,
// wasm-compiled, wasm-ready, runtime, app-ready.

import { mark } from "./timeline.mjs";

const START_TIMEOUT_MS = 120000;
const NO_WEBGL2 = "This browser cannot draw with WebGL 2, which biaslens needs. Try a current Firefox, Chrome, Edge or Safari, or enable hardware acceleration.";

// The site root: this file lives in <site>/web/.
export const SITE_ROOT = new URL("../", import.meta.url);

// The canvas's WebGL 2 context, created by the page (not by app.js) so that it is ready
// before the app arrives: the app takes it over (link flag -sGL_PREINITIALIZED_CONTEXT,
// src/platform/CMakeLists.txt), so these attributes are the app's. null without WebGL 2.
const CONTEXT_ATTRIBUTES = Object.freeze({ alpha: true, depth: true, stencil: true, antialias: false });
export function createContext(canvas) {
  try {
    // Sized first (CSS size × device pixel ratio, as the app keeps it), so the drawing
    // buffer is allocated once, at the size the app will draw at.
    const rect = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
    if (rect.width >= 1 && rect.height >= 1) {
      canvas.width = Math.round(rect.width * ratio);
      canvas.height = Math.round(rect.height * ratio);
    }
    return canvas.getContext("webgl2", CONTEXT_ATTRIBUTES);
  } catch {
    return null;
  }
}

// Counts the bytes of `response` as they arrive: onProgress(loaded, total), total 0 when
// unknown. Reads a clone, so `response` itself stays unread for the compiler.
function reportProgress(response, onProgress) {
  const total = Number(response.headers.get("Content-Length")) || 0;
  const copy = response.clone();
  if (!copy.body || !copy.body.getReader) return;
  const reader = copy.body.getReader();
  let loaded = 0;
  const next = () => reader.read().then(({ done, value }) => {
    if (done) return;
    loaded += value.length;
    onProgress(loaded, total);
    return next();
  });
  next().catch(() => {});  // a failed download is reported by the compile step
}

// → Promise<WebAssembly.Module> of app.wasm. Streams when the server sends the wasm MIME
// type (application/wasm), else compiles the whole download (some static hosts send
// application/octet-stream, which compileStreaming refuses).
async function compileApp(onProgress) {
  const url = new URL("app.wasm", SITE_ROOT);
  // Same request as index.html's <link rel="preload" as="fetch" crossorigin>: reuses it.
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (HTTP ${response.status})`);
  reportProgress(response, onProgress);
  const type = (response.headers.get("Content-Type") || "").split(";")[0].trim().toLowerCase();
  if (type === "application/wasm" && typeof WebAssembly.compileStreaming === "function")
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
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
    const compiled = compileApp(onProgress).then((module) => { mark("wasm-compiled"); return module; });
    compiled.catch((error) => fail(`The app could not be started: ${error.message}`));
    // While app.wasm downloads and compiles (off this thread): the GL context.
    const context = createContext(canvas);
    mark("gl-context");
    if (!context) {
      fail(NO_WEBGL2);
      return;
    }

    let runtimeReady = false;
    const Module = {
      canvas,
      preinitializedWebGLContext: context,
      print: (line) => console.log(line),
      printErr: (line) => console.warn(line),  // diagnostics, not page errors
      locateFile: (path) => new URL(path, SITE_ROOT).href,
      // app.wasm is already on its way (compileApp); instantiate it when app.js asks.
      instantiateWasm(imports, receiveInstance) {
        mark("app-js");
        compiled
          .then((module) => WebAssembly.instantiate(module, imports).then((instance) => {
            mark("wasm-ready");
            receiveInstance(instance, module);
          }))
          .catch((error) => fail(`The app could not be started: ${error.message}`));
        return {};  // exports arrive asynchronously through receiveInstance
      },
      onRuntimeInitialized() { runtimeReady = true; mark("runtime"); },
      postRun: [() => check()],  // main() has returned: the app runs (or said why not)
      // main() could not start the app: "webgl2" (no WebGL 2 context) or a reason.
      onStartFailure(what) {
        fail(what === "webgl2" ? NO_WEBGL2 : `The app could not be started (${what}). Reload the page to try again.`);
      },
      onAbort(what) { fail(`The app stopped while starting (${what}). Reload the page to try again.`); },
      onExit(code) { fail(`The app exited while starting (code ${code}).`); },
    };
    window.Module = Module;  // app.js (MODULARIZE off) reads the global

    const script = document.createElement("script");
    script.src = new URL("app.js", SITE_ROOT).href;
    script.onerror = () => fail("app.js could not be loaded: is the site folder complete?");
    document.body.appendChild(script);

    // True once settled. Called after main() returns, and on a slow timer as a safety net.
    function check() {
      if (settled) return true;
      if (!runtimeReady || typeof Module._bl_app_ready !== "function") return false;
      let ready = 0;
      try {
        ready = Module._bl_app_ready();
      } catch (error) {
        fail(`The app stopped while starting (${error.message}).`);
        return true;
      }
      if (!ready) return false;
      mark("app-ready");
      settled = true;
      resolve(Module);
      return true;
    }
    const started = performance.now();
    const poll = () => {
      if (check()) return;
      if (performance.now() - started > START_TIMEOUT_MS) {
        fail(`The app did not start within ${START_TIMEOUT_MS / 1000} seconds.`);
        return;
      }
      setTimeout(poll, 100);
    };
    setTimeout(poll, 100);
  });
}
