// Build step of the web app: scores the default corpus with the wasm core and writes the
// JSON App::SetDefaultCorpusReports reads, so the page draws its first charts without
// scoring (the scorer loads after them). web/CMakeLists.txt runs it; by hand:
//   node tools/seed_reports.mjs build/web/site/web/biaslens.mjs OUT.json assets/corpus/*.txt
// Output: {"schema":1,"include_quoted":false,"articles":[{"id","text","report"}]}, reports
// with utf8 offsets, seeds in the order given. Exit code 1, with a message, on any failure.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [moduleFile, outFile, ...seeds] = process.argv.slice(2);
if (!moduleFile || !outFile || seeds.length === 0) {
  console.error("usage: node tools/seed_reports.mjs BIASLENS_MJS OUT_JSON SEED.txt...");
  process.exit(2);
}
try {
  const { loadBiasLens } = await import(pathToFileURL(resolve(moduleFile)).href);
  const lens = await loadBiasLens();
  const articles = seeds.map((file) => {
    const id = basename(file);
    const text = readFileSync(file, "utf8");
    return { id, text, report: lens.score(text, { id, offsets: "utf8" }) };
  });
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ schema: 1, include_quoted: false, articles }));
} catch (error) {
  console.error(`seed_reports: ${error.message}`);
  process.exit(1);
}
