// The core-only wasm module (site/web/biaslens-core.js through biaslens.mjs) in Node:
// it scores text, converts offsets correctly, rejects bad input with an exception and keeps
// working, the documented example runs, and (when the native CLI is built) reports equal
// the CLI's byte for byte.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";

import { EVAL_DIR, findNativeCli, findSiteDir, seedFiles } from "../browser/harness.mjs";

const siteDir = findSiteDir();
const moduleFile = join(siteDir, "web", "biaslens.mjs");
const haveModule = existsSync(join(siteDir, "web", "biaslens-core.js"));

describe("biaslens core module in Node", { skip: haveModule ? false : `not built: ${moduleFile}` }, () => {
  let lens;
  let BiasLensError;
  before(async () => {
    const mod = await import(pathToFileURL(moduleFile).href);
    BiasLensError = mod.BiasLensError;
    lens = await mod.loadBiasLens();
  });

  test("scores a seed article into a schema-1 report with consistent spans", () => {
    const file = seedFiles()[0];
    const text = readFileSync(file, "utf8");
    const report = lens.score(text, { id: basename(file) });
    assert.equal(report.schema, 1);
    assert.equal(report.id, basename(file));
    for (const key of ["hedging", "loaded", "source_diversity"]) {
      assert.equal(typeof report.scores[key], "number");
      assert.ok(report.scores[key] >= 0 && report.scores[key] <= 100, `${key} = ${report.scores[key]}`);
    }
    assert.ok(report.stats.words > 50, "a seed article has words");
    const byteLength = Buffer.byteLength(text);
    let previous = -1;
    for (const span of report.spans) {
      assert.ok(span.start < span.end && span.end <= byteLength, `span ${JSON.stringify(span)} inside the text`);
      assert.ok(span.start >= previous, "spans sorted by start");
      previous = span.start;
    }
  });

  test("offsets: utf8, utf16 and codepoint spans cover the same characters", () => {
    // Multi-byte and astral characters before the cues make the three units differ.
    const text = "Café owners 😀 say the plan may possibly fail.\n\n" +
                 "Officials said the “reckless” scheme could perhaps be delayed, reportedly until June — naïvely.";
    const utf8 = lens.score(text, { id: "t" });
    const utf16 = lens.score(text, { id: "t", offsets: "utf16" });
    const codepoint = lens.score(text, { id: "t", offsets: "codepoint" });
    assert.ok(utf8.spans.length > 0, "the text has hedges");
    assert.equal(utf8.spans.length, utf16.spans.length);
    assert.equal(utf8.spans.length, codepoint.spans.length);
    const bytes = Buffer.from(text, "utf8");
    const codepoints = Array.from(text);
    utf8.spans.forEach((span, i) => {
      const expected = bytes.subarray(span.start, span.end).toString("utf8");
      assert.equal(text.slice(utf16.spans[i].start, utf16.spans[i].end), expected, "utf16 slice");
      assert.equal(codepoints.slice(codepoint.spans[i].start, codepoint.spans[i].end).join(""), expected, "codepoint slice");
    });
    assert.ok(utf8.spans.some((s) => s.start !== utf16.spans[utf8.spans.indexOf(s)].start), "units really differ here");
  });

  test("bytes and strings give the same report", () => {
    const text = readFileSync(seedFiles()[1], "utf8");
    assert.deepEqual(lens.score(new TextEncoder().encode(text), { id: "x" }), lens.score(text, { id: "x" }));
  });

  test("bad input throws a BiasLensError with a message, and scoring goes on", () => {
    const cases = [
      [() => lens.score(42), /text must be a string/],
      [() => lens.score("text", { offsets: "bytes" }), /offsets must be one of/],
      [() => lens.score("text", { title: 7 }), /title must be a string/],
      [() => lens.score("text", { include_quoted: "yes" }), /include_quoted/],
      [() => lens.score("x".repeat(8 * 1024 * 1024 + 1)), /limit/],
    ];
    for (const [call, pattern] of cases) {
      assert.throws(call, (error) => error instanceof BiasLensError && pattern.test(error.message));
    }
    const report = lens.score("The minister said the plan may work.", { id: "after" });
    assert.equal(report.id, "after");
  });

  test("invalid UTF-8, NUL bytes and empty text never break the module", () => {
    const bad = new Uint8Array([0x54, 0x68, 0x65, 0xff, 0xfe, 0x20, 0x70, 0x6c, 0x61, 0x6e, 0x00, 0x20, 0x6d, 0x61, 0x79, 0x2e]);
    for (const input of [bad, "", " \n\n "]) {
      try {
        const report = lens.score(input, { id: "odd" });
        assert.equal(report.schema, 1);
      } catch (error) {
        assert.ok(error instanceof BiasLensError, `a clean error, not ${error}`);
      }
    }
    assert.equal(lens.score("Still alive.", { id: "ok" }).id, "ok");
  });

  test("version() names the lexicons", () => {
    const version = lens.version();
    assert.equal(version.schema, 1);
    assert.ok(Array.isArray(version.lexicons));
  });

  test("the documented Node example scores files", () => {
    const example = join(siteDir, "web", "examples", "node-score.mjs");
    const file = seedFiles()[2];
    const out = execFileSync(process.execPath, [example, file], { encoding: "utf8" });
    const reports = JSON.parse(out);
    assert.equal(reports.length, 1);
    assert.deepEqual(reports[0], lens.score(readFileSync(file, "utf8"), { id: basename(file) }));
    const failed = spawnSync(process.execPath, [example, join(siteDir, "no-such-file.txt")], { encoding: "utf8" });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /no-such-file\.txt/);
  });

  test("parity with the native CLI on the seed articles", (t) => {
    const cli = findNativeCli();
    if (!cli) {
      t.skip("build/native/src/cli/biaslens is not built: native parity not checked here");
      return;
    }
    const files = seedFiles();
    const native = JSON.parse(execFileSync(cli, ["score", ...files], { encoding: "utf8", maxBuffer: 64 << 20 }));
    assert.equal(native.length, files.length);
    files.forEach((file, i) => {
      assert.deepEqual(lens.score(readFileSync(file), { id: basename(file) }), native[i], `${basename(file)}: wasm == native`);
    });
  });
  // The development corpora (../shared/data/eval): the first RECORDS_PER_CORPUS records of
  // every corpus, as {id, text}, through `biaslens score --jsonl` and through the module.
  test("parity with the native CLI on the development corpora", (t) => {
    const RECORDS_PER_CORPUS = 300;
    const cli = findNativeCli();
    if (!cli || !existsSync(EVAL_DIR)) {
      t.skip(`${cli ? EVAL_DIR : "the native CLI"} is missing: development-corpus parity not checked`);
      return;
    }
    const records = [];
    for (const kind of readdirSync(EVAL_DIR).sort()) {
      const dir = join(EVAL_DIR, kind);
      for (const name of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
        const lines = readFileSync(join(dir, name), "utf8").split("\n").filter(Boolean).slice(0, RECORDS_PER_CORPUS);
        for (const line of lines) {
          const { id, text } = JSON.parse(line);
          records.push({ id: String(id), text });
        }
      }
    }
    assert.ok(records.length >= 600, `${records.length} development records found`);
    const input = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
    const out = execFileSync(cli, ["score", "--jsonl", "--quiet"], { input, encoding: "utf8", maxBuffer: 512 << 20 });
    const native = out.split("\n").filter(Boolean).map((line) => JSON.parse(line));
    assert.equal(native.length, records.length);
    records.forEach((record, i) => {
      assert.deepEqual(lens.score(record.text, { id: record.id }), native[i], `${record.id}: wasm == native`);
    });
  });
});
