// Regenerates docs/screenshot.png (the README's picture): the built site in headless
// Chromium at 1440x900, the five default articles in the Compare view.
//   NODE_PATH=/usr/share/nodejs node scripts/screenshot.mjs [VIEW] [OUT.png]
// Needs the web build (scripts/run.sh or scripts/test.sh builds it).
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { REPO_ROOT, gotoReady, launchBrowser, openWatchedPage, startServer } from "../tests/browser/harness.mjs";

const view = process.argv[2] || "compare";
const out = process.argv[3] || join(REPO_ROOT, "docs", "screenshot.png");

const server = await startServer();
const browser = await launchBrowser();
try {
  const { page, consoleErrors, pageErrors } = await openWatchedPage(browser.context, server.origin);
  await page.setViewportSize({ width: 1440, height: 900 });
  await gotoReady(page, server.url);
  const shown = await page.evaluate((name) => window.BiasLens.setView(name), view);
  if (shown !== view) throw new Error(`the page has no view "${view}"`);
  // Two frames for the layout to settle, then the picture.
  await page.evaluate(() => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
  writeFileSync(out, await page.locator("#canvas").screenshot());
  if (consoleErrors.length || pageErrors.length) throw new Error(`page errors: ${[...consoleErrors, ...pageErrors].join("; ")}`);
  console.log(`wrote ${out} (${view})`);
} finally {
  await browser.close();
  await server.stop();
}
