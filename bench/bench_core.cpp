// bench_core: the core's own speed, without I/O. Reads a JSONL corpus into memory (not
// timed), then times Scorer::Score + ReportToJsonText() — the full report, exactly the
// bytes `biaslens score --jsonl` writes per line — over every article, single-threaded.
//
//   bench_core CORPUS.jsonl [--min-seconds S] [--max-seconds S] [--max-articles N] [--json]
//   bench_core CORPUS.jsonl --verify    ReportToJsonText == ReportToJson().dump() for every
//                                       article and offset unit, and the CLI's fast line reader
//                                       == ParseArticleLine on every line and on edge cases
//                                       (exit 1 on the first mismatch)
//
// It repeats passes over the corpus until --min-seconds of scoring time have accumulated
// (at least one full pass, unless --max-seconds stops it earlier) and prints MB/s of article text and articles/s, plus the time
// split between analysis+detectors (Score) and JSON writing. Rates are given for wall time
// and for this thread's CPU time (the latter is steadier on a shared machine).
// --json prints one machine-readable line for scripts/bench.sh. Peak memory is left to the
// caller (/usr/bin/time -v): this tool holds the whole corpus in memory on purpose.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/article_line.h"
#include "core/corpus_io.h"
#include "core/report.h"
#include "core/scorer.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// ParseArticleLineFast (src/cli/article_line.cpp) must agree with ParseArticleLine exactly.
bool SameParse(std::string_view line, std::string* why) {
  using namespace biaslens;
  Article fast, full;
  std::string fast_error, full_error;
  const bool fast_ok = ParseArticleLineFast(line, "fallback", &fast, &fast_error);
  const bool full_ok = ParseArticleLine(line, "fallback", &full, &full_error);
  if (fast_ok != full_ok || fast_error != full_error || fast.id != full.id || fast.title != full.title ||
      fast.text != full.text || fast.outlet != full.outlet) {
    *why = "ok " + std::to_string(fast_ok) + "/" + std::to_string(full_ok) + ", error '" + fast_error + "' / '" +
           full_error + "', id '" + fast.id + "' / '" + full.id + "'";
    return false;
  }
  return true;
}

int VerifyLineReader(const std::string& path) {
  static const char* const kEdgeCases[] = {
      R"({"id": "a", "text": "plain"})",
      R"({"text": "caf\u00e9 \ud83d\ude00 \/ \" \\ \b\f\n\r\t end", "title": null, "outlet": "x"})",
      R"(  {"text" : "spaces around" , "id" : ""}  )",
      R"({"id": 12, "text": "numeric id"})",
      R"({"id": "n", "text": "nested", "meta": {"a": [1, 2]}})",
      R"({"id": "d", "text": "one", "text": "two"})",
      R"({"id": "t", "text": null})",
      R"({"id": "m"})",
      R"({"id": "e", "text": ""})",
      R"({"id": "w", "text": "   "})",
      R"({"id": "b", "text": "nul \u0000 inside"})",
      R"({"id": "s", "text": "lone \ud800 surrogate"})",
      R"({"id": "s2", "text": "lone low \udc00"})",
      R"({"id": "x", "text": "bad escape \q"})",
      R"({"id": "u", "text": "unterminated)",
      R"({"id": "g", "text": "trailing"} garbage)",
      R"({"id": true, "text": "bool id"})",
      R"([{"text": "an array"}])",
      "{\"id\": \"c\", \"text\": \"raw\ttab\"}",
      "{\"id\": \"i\", \"text\": \"invalid \xC3\x28 utf8\"}",
      "\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"after a BOM\"}",
      R"({"id": "k", "text": "ok", "extra": 1.5e3, "list": [], "flag": false})",
      R"({})",
      R"({"text": "x",})",
  };
  std::string why;
  size_t checked = 0;
  for (const char* line : kEdgeCases) {
    if (!SameParse(line, &why)) {
      std::fprintf(stderr, "bench_core --verify: line reader differs on %s: %s\n", line, why.c_str());
      return 1;
    }
    ++checked;
  }
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!SameParse(line, &why)) {
      std::fprintf(stderr, "bench_core --verify: line reader differs on line %zu: %s\n", checked, why.c_str());
      return 1;
    }
    ++checked;
  }
  std::printf("bench_core --verify: %zu lines read identically (ParseArticleLineFast vs ParseArticleLine)\n", checked);
  return 0;
}

// Exit status 0 when the fast writer matches nlohmann's dump for every article and unit.
int Verify(const biaslens::Scorer& scorer, const std::vector<biaslens::Article>& articles) {
  using namespace biaslens;
  std::string error;
  size_t checked = 0;
  for (const Article& a : articles) {
    Report report;
    if (!scorer.Score(a, &report, &error)) continue;
    for (OffsetUnit unit : {OffsetUnit::kUtf8, OffsetUnit::kCodepoint, OffsetUnit::kUtf16}) {
      const std::string expected =
          ReportToJson(report, a.text, unit).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      const std::string actual = ReportToJsonText(report, a.text, unit);
      if (expected != actual) {
        size_t at = 0;
        while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
        const size_t from = at > 60 ? at - 60 : 0;
        std::fprintf(stderr, "bench_core --verify: '%s' (%s offsets) differs at byte %zu:\n  dump: %s\n  text: %s\n",
                     a.id.c_str(), OffsetUnitName(unit), at, expected.substr(from, 120).c_str(),
                     actual.substr(from, 120).c_str());
        return 1;
      }
      ++checked;
    }
  }
  std::printf("bench_core --verify: %zu reports identical (ReportToJsonText vs ReportToJson().dump())\n", checked);
  return 0;
}

int Usage() {
  std::fprintf(stderr, "usage: bench_core CORPUS.jsonl [--min-seconds S] [--max-articles N] [--json]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace biaslens;
  if (argc < 2) return Usage();
  const std::string path = argv[1];
  double min_seconds = 3.0, max_seconds = 0;  // 0 = no limit
  size_t max_articles = 0;
  bool json = false, verify = false;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--min-seconds") && i + 1 < argc) min_seconds = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--max-seconds") && i + 1 < argc) max_seconds = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--max-articles") && i + 1 < argc) max_articles = std::strtoull(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--json")) json = true;
    else if (!std::strcmp(argv[i], "--verify")) verify = true;
    else return Usage();
  }

  std::ifstream in(path, std::ios::binary);
  if (!in) { std::fprintf(stderr, "bench_core: cannot open %s\n", path.c_str()); return 2; }
  std::vector<Article> articles;
  size_t text_bytes = 0;
  std::string line, error;
  while (std::getline(in, line) && (max_articles == 0 || articles.size() < max_articles)) {
    Article a;
    if (line.empty() || !ParseArticleLine(line, "line", &a, &error)) continue;
    text_bytes += a.text.size();
    articles.push_back(std::move(a));
  }
  if (articles.empty()) { std::fprintf(stderr, "bench_core: no articles in %s\n", path.c_str()); return 2; }

  std::unique_ptr<Scorer> scorer = Scorer::FromEmbeddedAssets(&error);
  if (!scorer) { std::fprintf(stderr, "bench_core: %s\n", error.c_str()); return 2; }
  if (verify) return VerifyLineReader(path) | Verify(*scorer, articles);

  // One untimed warm-up article (first-use allocations, page faults of the lexicon tables).
  { Report r; scorer->Score(articles[0], &r, &error); }

  double score_seconds = 0, json_seconds = 0;
  size_t scored_articles = 0, scored_bytes = 0, output_bytes = 0, passes = 0;
  Report report;
  const double cpu_started = ThreadCpuSeconds();
  while (passes == 0 || score_seconds + json_seconds < min_seconds) {
    for (const Article& a : articles) {
      const Clock::time_point t0 = Clock::now();
      if (!scorer->Score(a, &report, &error)) { std::fprintf(stderr, "bench_core: %s\n", error.c_str()); return 1; }
      const Clock::time_point t1 = Clock::now();
      const std::string out = ReportToJsonText(report, a.text);
      const Clock::time_point t2 = Clock::now();
      score_seconds += Seconds(t1 - t0);
      json_seconds += Seconds(t2 - t1);
      output_bytes += out.size() + 1;
      scored_bytes += a.text.size();
      ++scored_articles;
      if (max_seconds > 0 && score_seconds + json_seconds >= max_seconds) break;
    }
    if (max_seconds > 0 && score_seconds + json_seconds >= max_seconds) { ++passes; break; }
    ++passes;
  }
  const double cpu_seconds = ThreadCpuSeconds() - cpu_started;
  const double total = score_seconds + json_seconds;
  const double mb_s = static_cast<double>(scored_bytes) / 1e6 / total;
  const double articles_s = static_cast<double>(scored_articles) / total;
  const double cpu_mb_s = static_cast<double>(scored_bytes) / 1e6 / cpu_seconds;
  const double cpu_articles_s = static_cast<double>(scored_articles) / cpu_seconds;
  if (json) {
    std::printf("{\"mb_per_s\": %.2f, \"articles_per_s\": %.1f, \"cpu_mb_per_s\": %.2f, \"cpu_articles_per_s\": %.1f, "
                "\"score_seconds\": %.3f, \"json_seconds\": %.3f, "
                "\"articles\": %zu, \"text_mb\": %.2f, \"passes\": %zu, \"output_mb\": %.2f}\n",
                mb_s, articles_s, cpu_mb_s, cpu_articles_s, score_seconds, json_seconds, scored_articles,
                static_cast<double>(scored_bytes) / 1e6, passes, static_cast<double>(output_bytes) / 1e6);
  } else {
    std::printf("bench_core: %zu articles (%.1f MB of text, %zu pass%s) in %.2f s\n", scored_articles,
                static_cast<double>(scored_bytes) / 1e6, passes, passes == 1 ? "" : "es", total);
    std::printf("  full report: %.1f MB/s, %.0f articles/s (wall); %.1f MB/s, %.0f articles/s (thread CPU)\n", mb_s,
                articles_s, cpu_mb_s, cpu_articles_s);
    std::printf("  Score: %.1f%% of the time, ReportToJsonText: %.1f%%\n", 100 * score_seconds / total,
                100 * json_seconds / total);
  }
  return 0;
}
