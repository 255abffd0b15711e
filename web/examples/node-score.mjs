#!/usr/bin/env node
// Scores text files with biaslens in Node — no browser, no network, no native build.
// The same wasm core as the page, so reports equal BiasLens.score() and `biaslens score`.
//
//   node site/web/examples/node-score.mjs article.txt [more.txt …]   # JSON array of reports
//   echo "Some text" | node site/web/examples/node-score.mjs -        # stdin as one article
//   node site/web/examples/node-score.mjs --offsets utf16 article.txt
//
// A .txt file is one article: id = the file name; its first line is taken as the headline.
// Exit code 1 when any file could not be scored (its message goes to stderr).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadBiasLens } from "../biaslens.mjs";

const args = process.argv.slice(2);
let offsets = "utf8";
const files = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === "--offsets") offsets = args[++i];
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error("usage: node-score.mjs [--offsets utf8|codepoint|utf16] FILE… (- for stdin)");
  process.exit(2);
}

const lens = await loadBiasLens();
const reports = [];
let failed = false;
for (const file of files) {
  try {
    const bytes = readFileSync(file === "-" ? 0 : file);
    // Bytes go in as they are (no decoding here), exactly as the CLI reads them.
    reports.push(lens.score(new Uint8Array(bytes), { id: file === "-" ? "stdin" : basename(file), offsets }));
  } catch (error) {
    console.error(`${file}: ${error.message}`);
    failed = true;
  }
}
process.stdout.write(JSON.stringify(reports, null, 2) + "\n");
process.exit(failed ? 1 : 0);
