// Shared by the browser and wasm tests: where the built site is, a static server for it
// on 127.0.0.1 (scripts/serve.py on a free port), and headless Chromium via playwright-core
// with the flags of docs TOOLCHAIN (no background networking, SwiftShader WebGL 2).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ARTIFACTS_DIR = join(REPO_ROOT, "test-artifacts");
export const SEEDS_DIR = join(REPO_ROOT, "assets", "corpus");
export const CHROMIUM = process.env.BIASLENS_CHROMIUM || "/usr/bin/chromium";

// The site folder under test: $BIASLENS_SITE_DIR, else build/web/site, else the most
// recently built build/*/site.
export function findSiteDir() {
  if (process.env.BIASLENS_SITE_DIR) return resolve(process.env.BIASLENS_SITE_DIR);
  const preferred = join(REPO_ROOT, "build", "web", "site");
  if (existsSync(join(preferred, "index.html"))) return preferred;
  const buildDir = join(REPO_ROOT, "build");
  const candidates = existsSync(buildDir)
    ? readdirSync(buildDir).map((d) => join(buildDir, d, "site")).filter((d) => existsSync(join(d, "index.html")))
    : [];
  candidates.sort((a, b) => statSync(join(b, "index.html")).mtimeMs - statSync(join(a, "index.html")).mtimeMs);
  return candidates[0] || preferred;
}

export const EVAL_DIR = process.env.BIASLENS_EVAL_DIR || join(REPO_ROOT, "..", "shared", "data", "eval");
export const NATIVE_CLI = process.env.BIASLENS_CLI || join(REPO_ROOT, "build", "native", "src", "cli", "biaslens");

// The native CLI when built (build/native/src/cli/biaslens, or $BIASLENS_CLI), else null.
// Under CI (CI set in the environment) a missing CLI is an error, not a reason to skip.
export function findNativeCli() {
  if (existsSync(NATIVE_CLI)) return NATIVE_CLI;
  if (process.env.CI) throw new Error(`the native CLI is not built at ${NATIVE_CLI}: parity cannot be checked`);
  return null;
}

export function seedFiles() {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort().map((f) => join(SEEDS_DIR, f));
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

// Starts scripts/serve.py on a free loopback port → {url, origin, port, stop()}.
export async function startServer(siteDir = findSiteDir()) {
  if (!existsSync(join(siteDir, "index.html")))
    throw new Error(`no built site at ${siteDir}: build the web target first (or set BIASLENS_SITE_DIR)`);
  const child = spawn("python3", [join(REPO_ROOT, "scripts", "serve.py"), siteDir, "--port", "0"],
                      { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => { stderr += chunk; });
  const port = await new Promise((resolvePort, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`serve.py did not start: ${stderr}`)), 10000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (match) { clearTimeout(timer); resolvePort(Number(match[1])); }
    });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`serve.py exited (${code}): ${stderr}`)); });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    url: `${origin}/`,
    stop: () => new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", done);
      child.kill("SIGTERM");
    }),
  };
}

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
];

// Launches Chromium → {browser, close()}. A fresh profile per launch.
export async function launchBrowser() {
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(join(tmpdir(), "biaslens-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A page that records console errors, page errors and every request that is not to
// `origin` (the test fails on either). → {page, consoleErrors, pageErrors, offOrigin}
export async function openWatchedPage(context, origin) {
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const offOrigin = [];
  page.on("console", (message) => { if (message.type() === "error") consoleErrors.push(message.text()); });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return;
    if (!url.startsWith(`${origin}/`)) offOrigin.push(url);
  });
  // Anything not for our server is refused before it leaves (and recorded above).
  await page.route((url) => !url.href.startsWith(`${origin}/`) && url.protocol !== "data:" && url.protocol !== "blob:",
                   (route) => route.abort("blockedbyclient"));
  return { page, consoleErrors, pageErrors, offOrigin };
}

// The served site, a browser and a watched page that one describe() block shares: opened in
// its before(), closed by close() in its after(). → {server, browser, watched, page, close}
export async function openSession() {
  const server = await startServer();
  let browser = null;
  try {
    browser = await launchBrowser();
    const watched = await openWatchedPage(browser.context, server.origin);
    return {
      server, browser, watched, page: watched.page,
      async close() {
        await browser.close();
        await server.stop();
      },
    };
  } catch (error) {
    if (browser) await browser.close();
    await server.stop();
    throw error;
  }
}

// Loads the page and waits for BiasLens.ready; returns the time to ready in ms.
export async function gotoReady(page, url, timeout = 90000) {
  const started = Date.now();
  await page.goto(url, { waitUntil: "load", timeout });
  await page.waitForFunction(() => window.BiasLens !== undefined, null, { timeout });
  await page.evaluate(() => window.BiasLens.ready.then(() => true), null, { timeout });
  return Date.now() - started;
}

// Counts pixels that differ from the most common colour (the background) in a PNG buffer.
export async function countForegroundPixels(page, pngBuffer) {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    let background = 0;
    for (const n of counts.values()) background = Math.max(background, n);
    return { total: data.length / 4, foreground: data.length / 4 - background, colours: counts.size,
             width: bitmap.width, height: bitmap.height };
  }, pngBuffer.toString("base64"));
}
