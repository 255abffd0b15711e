// The JS side of the C boundary (src/platform/core_api.h): moves UTF-8 bytes into wasm
// memory, calls an exported bl_* function, takes back its malloc'd result and turns
// {"error": …} into a thrown BiasLensError. Shared by the page (app.wasm) and by the
// core-only module for Node and bundlers (biaslens-core.js), so both behave the same.
// Uses only what every Emscripten build exports: Module._bl_*, Module.HEAPU8.

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");  // U+FFFD for bad bytes; never throws

export const OFFSET_UNITS = Object.freeze(["utf8", "codepoint", "utf16"]);

// Thrown for bad input or a failed command. `message` is meant for people.
export class BiasLensError extends Error {
  constructor(message) {
    super(message);
    this.name = "BiasLensError";
  }
}

export class Bridge {
  // `module`: an instantiated Emscripten module exporting _bl_alloc, _bl_free, HEAPU8.
  constructor(module) {
    this.module = module;
    this.dead = null;  // the reason, once the wasm instance has trapped
  }

  // Calls `name` guarding against traps: after one, every call throws the same message.
  invoke(name, ...args) {
    if (this.dead) throw new BiasLensError(`biaslens stopped after an internal error (${this.dead}); reload the page`);
    const fn = this.module[`_${name}`];
    if (typeof fn !== "function") throw new BiasLensError(`this build of biaslens has no ${name}()`);
    try {
      return fn(...args);
    } catch (error) {
      this.dead = String(error && error.message ? error.message : error);
      throw new BiasLensError(`biaslens stopped after an internal error (${this.dead}); reload the page`);
    }
  }

  // Copies `bytes` (Uint8Array) into wasm memory with a trailing NUL; returns the pointer.
  // The caller frees it with this.free().
  allocBytes(bytes) {
    const pointer = this.invoke("bl_alloc", bytes.length + 1) >>> 0;
    if (!pointer) throw new BiasLensError("out of memory");
    const heap = this.module.HEAPU8;  // re-read: memory may have grown
    heap.set(bytes, pointer);
    heap[pointer + bytes.length] = 0;
    return pointer;
  }

  free(pointer) {
    if (pointer) this.invoke("bl_free", pointer);
  }

  // Runs fn(pointer, length) for each string/bytes argument (strings become UTF-8), freeing
  // every buffer afterwards whatever happens.
  withBuffers(values, fn) {
    const buffers = [];
    try {
      const args = [];
      for (const value of values) {
        const bytes = typeof value === "string" ? encoder.encode(value) : value;
        const pointer = this.allocBytes(bytes);
        buffers.push(pointer);
        args.push(pointer, bytes.length);
      }
      return fn(...args);
    } finally {
      for (const pointer of buffers) this.free(pointer);
    }
  }

  // Reads and frees a malloc'd NUL-terminated string.
  takeString(pointer) {
    pointer >>>= 0;
    if (!pointer) throw new BiasLensError("biaslens returned no result (out of memory?)");
    try {
      const heap = this.module.HEAPU8;
      let end = pointer;
      while (heap[end] !== 0) ++end;
      return decoder.decode(heap.subarray(pointer, end));
    } finally {
      this.free(pointer);
    }
  }

  // Reads, frees and parses a JSON result; {"error": message} becomes a thrown BiasLensError.
  takeJson(pointer) {
    const value = JSON.parse(this.takeString(pointer));
    if (value && typeof value === "object" && !Array.isArray(value) &&
        typeof value.error === "string" && Object.keys(value).length === 1)
      throw new BiasLensError(value.error);
    return value;
  }

  // A C call whose string arguments are NUL-terminated (no lengths): fn(ptr, ptr, …).
  // A string containing NUL is refused (C would see only the part before it).
  callWithCStrings(name, strings, ...rest) {
    if (strings.some((s) => String(s).includes("\0")))
      throw new BiasLensError(`${name}: a string argument contains a NUL character`);
    const buffers = [];
    try {
      for (const s of strings) buffers.push(this.allocBytes(encoder.encode(String(s))));
      return this.invoke(name, ...buffers, ...rest);
    } finally {
      for (const pointer of buffers) this.free(pointer);
    }
  }

  // Reads `size` bytes at `pointer` into a fresh Uint8Array and frees them.
  takeBytes(pointer, size) {
    pointer >>>= 0;
    try {
      return this.module.HEAPU8.slice(pointer, pointer + size);
    } finally {
      this.free(pointer);
    }
  }

  // score(text, {id, title, outlet, offsets, include_quoted}) → report (docs/report.md).
  // Offsets default to "utf8" (byte offsets into the text's UTF-8 encoding), as in the CLI;
  // ask for "utf16" to index a JS string directly, or "codepoint" for Python.
  score(text, options = {}) {
    if (typeof text !== "string" && !(text instanceof Uint8Array))
      throw new BiasLensError("score(text): text must be a string (or UTF-8 bytes as a Uint8Array)");
    if (options === null || typeof options !== "object")
      throw new BiasLensError("score(text, options): options must be an object");
    const request = {};
    for (const key of ["id", "title", "outlet"]) {
      if (options[key] === undefined || options[key] === null) continue;
      if (typeof options[key] !== "string") throw new BiasLensError(`score(): options.${key} must be a string`);
      request[key] = options[key];
    }
    const offsets = options.offsets === undefined ? "utf8" : options.offsets;
    if (!OFFSET_UNITS.includes(offsets))
      throw new BiasLensError(`score(): options.offsets must be one of ${OFFSET_UNITS.join(", ")}`);
    request.offsets = offsets;
    if (options.include_quoted !== undefined) {
      if (typeof options.include_quoted !== "boolean")
        throw new BiasLensError("score(): options.include_quoted must be true or false");
      request.include_quoted = options.include_quoted;
    }
    const result = this.withBuffers([text, JSON.stringify(request)], (textPtr, textLength, optionsPtr) =>
      this.invoke("bl_score", textPtr, textLength, optionsPtr));
    return this.takeJson(result);
  }

  version() {
    return this.takeJson(this.invoke("bl_version"));
  }
}
