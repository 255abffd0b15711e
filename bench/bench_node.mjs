// Node side of scripts/bench.sh: biaslens compiled to wasm (site/web/biaslens.mjs, the
// module a Node pipeline or bundler imports) and the JavaScript libraries a web developer
// would otherwise reach for, on the same articles:
//   retext-intensify (unified + retext-english): hedges, weasels, fillers, intensifiers
//   write-good: weasel words, passive voice, adverbs, clichés …
//   wink-nlp + wink-eng-lite-web-model: tokenizing, POS tagging, sentences, entities
//
//   node bench/bench_node.mjs CORPUS.jsonl --what biaslens|retext|write-good|wink
//        [--site DIR] [--seconds S] [--max-mb M]
//
// First scores articles untimed for W seconds (--warm-up, default 2: first-use set-up and the
// engine's tier-up to optimised code, the same for every row and in bench_browser.mjs), then
// times the next articles in corpus order until S seconds (default 20) or M megabytes of text
// have gone through (at least one article), and prints one JSON line: {name, mb_per_s,
// articles_per_s, cpu_mb_per_s, mb, articles, seconds, warm_up_articles, peak_rss_mb}
// (MB = 10^6 bytes of UTF-8 article text). Or {name, error} when the library or module
// cannot be loaded.
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const corpusPath = argv[0];
const what = option("--what", "biaslens");
const siteDir = resolve(option("--site", "build/bench-web/site"));
const budgetSeconds = Number(option("--seconds", "20"));
const maxBytes = Number(option("--max-mb", "1e9")) * 1e6;
const warmUpSeconds = Number(option("--warm-up", "2"));

// One scoring function per contender: (article) => anything (the result is kept alive
// only until the next call, as a caller would consume it).
async function makeScorer(name) {
  switch (name) {
    case "biaslens": {
      const { loadBiasLens } = await import(pathToFileURL(join(siteDir, "web", "biaslens.mjs")).href);
      const lens = await loadBiasLens();
      return (a) => lens.score(a.text, { id: a.id, title: a.title });
    }
    case "retext": {
      const { unified } = await import("unified");
      const { default: retextEnglish } = await import("retext-english");
      const { default: retextIntensify } = await import("retext-intensify");
      const { VFile } = await import("vfile");
      const processor = unified().use(retextEnglish).use(retextIntensify);
      return (a) => {  // parse + run the plugin (there is no compiler: the result is messages)
        const file = new VFile(a.text);
        processor.runSync(processor.parse(file), file);
        return file.messages.length;
      };
    }
    case "write-good": {
      const writeGood = require("write-good");
      return (a) => writeGood(a.text).length;
    }
    case "wink": {
      const winkNLP = require("wink-nlp");
      const model = require("wink-eng-lite-web-model");
      const nlp = winkNLP(model);
      const its = nlp.its;
      return (a) => {
        const doc = nlp.readDoc(a.text);
        return doc.tokens().out(its.pos).length + doc.sentences().length() + doc.entities().length();
      };
    }
    default:
      throw new Error(`unknown --what ${name}`);
  }
}

async function main() {
  let score;
  try {
    score = await makeScorer(what);
  } catch (error) {
    console.log(JSON.stringify({ name: what, error: String(error && error.message ? error.message : error).split("\n")[0] }));
    return;
  }
  // Read articles lazily so a short budget never loads the whole corpus.
  const lines = createInterface({ input: createReadStream(corpusPath), crlfDelay: Infinity });
  const encoder = new TextEncoder();
  let bytes = 0, articles = 0, seconds = 0, cpuStart = null, warmUpArticles = 0;
  const warmUpEnd = process.hrtime.bigint() + BigInt(Math.round(warmUpSeconds * 1e9));
  for await (const line of lines) {
    if (!line.trim()) continue;
    const article = JSON.parse(line);
    if (cpuStart === null) {
      if (warmUpArticles === 0 || process.hrtime.bigint() < warmUpEnd) {  // warm-up, untimed
        score(article);
        warmUpArticles += 1;
        continue;
      }
      cpuStart = process.cpuUsage();
    }
    const t0 = process.hrtime.bigint();
    score(article);
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    bytes += encoder.encode(article.text).length;
    articles += 1;
    if (seconds >= budgetSeconds || bytes >= maxBytes) break;
  }
  lines.close();
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(JSON.stringify({
    name: what,
    mb_per_s: bytes / 1e6 / seconds,
    articles_per_s: articles / seconds,
    // CPU time includes reading and JSON-parsing the corpus lines (small next to scoring).
    cpu_mb_per_s: bytes / 1e6 / cpuSeconds,
    mb: bytes / 1e6,
    articles,
    seconds,
    warm_up_articles: warmUpArticles,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  }));
}

main().catch((error) => {
  console.log(JSON.stringify({ name: what, error: String(error && error.stack ? error.stack : error).split("\n")[0] }));
});
