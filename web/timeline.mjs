// The page's start-up timeline: performance marks named "bl:<phase>". The page and the
// loader add theirs here; the wasm app adds its own (src/platform/platform_web.cpp).
// bench/bench_browser.mjs reads them; BiasLensTimings.phases copies them once ready.

// Marks the end of start-up phase `phase` now. Never throws.
export function mark(phase) {
  try {
    performance.mark(`bl:${phase}`);
  } catch {
    // no User Timing in this browser: the timeline is only a measurement aid
  }
}

// → {phase: ms since navigation start} for every mark so far, in time order.
export function phases() {
  const out = {};
  try {
    for (const entry of performance.getEntriesByType("mark"))
      if (entry.name.startsWith("bl:")) out[entry.name.slice(3)] = Math.round(entry.startTime * 10) / 10;
  } catch {
    // as above
  }
  return out;
}
