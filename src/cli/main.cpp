// biaslens: the command-line tool over src/core.
//   biaslens score [--offsets U] [--assets DIR] [--pretty] FILE...   JSON array of reports
//   biaslens score --jsonl [--threads N] [--offsets U] < in.jsonl     one report a line, same order
//   biaslens eval KIND FILE | biaslens eval --all [DIR] [--json OUT]  accuracy on annotated corpora
//   biaslens calibrate FILE.jsonl [--out PATH]                        quantile tables for the 0–100 scores
// Exit codes: 0 all good; 1 some input rejected (each named on stderr); 2 usage or setup error.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/batch_scorer.h"
#include "core/corpus_io.h"
#include "core/evaluation.h"
#include "core/scorer.h"

namespace biaslens {
namespace {

constexpr const char* kUsage =
    "usage:\n"
    "  biaslens score [options] FILE...        score .txt (first line = headline), .json or .jsonl files\n"
    "                                          (- is standard input); prints a JSON array of reports\n"
    "  biaslens score --jsonl [options] [FILE...]\n"
    "                                          read {\"id\",\"title\",\"text\"} lines from stdin (or each\n"
    "                                          FILE), write one report a line to stdout, in input order\n"
    "  biaslens eval KIND FILE                 KIND: hedging | loaded-ptc | loaded-babe | sources\n"
    "  biaslens eval --all [DATA_DIR]          every corpus under DATA_DIR (default ../shared/data/eval)\n"
    "  biaslens calibrate FILE.jsonl [--out P] build the score calibration from a reference corpus\n"
    "options:\n"
    "  --offsets utf8|codepoint|utf16          unit of report offsets (default utf8)\n"
    "  --threads N                             scoring threads for --jsonl (default 1; 0 = all cores)\n"
    "  --error-lines                           (--jsonl) a rejected line writes {\"error\",\"line\"} in\n"
    "                                          place of its report (output line k = k-th input record)\n"
    "  --first-line N                          (--jsonl) number input lines from N, in messages and\n"
    "                                          default ids (for a part of a larger file; default 1)\n"
    "  --include-quoted                        scores count quoted voice too\n"
    "  --assets DIR                            read lexicons/calibration from DIR instead of the built-in copy\n"
    "  --pretty                                indent JSON output\n"
    "  --json PATH                             (eval) also write the figures as JSON\n"
    "  --quiet                                 no progress bar or summary line\n";

struct Options {
  std::string command;
  std::vector<std::string> args;
  OffsetUnit offsets = OffsetUnit::kUtf8;
  int threads = 1;
  size_t first_line = 1;
  bool jsonl = false, pretty = false, all = false, quiet = false, include_quoted = false, error_lines = false;
  std::string assets_dir, json_out, out_path;
};

int Usage(const std::string& problem) {
  std::fprintf(stderr, "biaslens: %s\n%s", problem.c_str(), kUsage);
  return 2;
}

// The bytes of `path`, or of standard input when `path` is "-".
bool ReadWholeFile(const std::string& path, std::string* bytes, std::string* error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *bytes = ss.str();
    if (std::cin.bad()) { *error = "cannot read standard input"; return false; }
    return true;
  }
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) { *error = "no such file"; return false; }
  if (S_ISDIR(st.st_mode)) { *error = "is a directory"; return false; }
  std::ifstream in(path, std::ios::binary);
  if (!in) { *error = "cannot open (" + std::string(std::strerror(errno)) + ")"; return false; }
  std::ostringstream ss;
  ss << in.rdbuf();
  *bytes = ss.str();
  return true;
}

std::unique_ptr<Scorer> LoadScorer(const Options& o) {
  std::string error;
  auto scorer = o.assets_dir.empty() ? Scorer::FromEmbeddedAssets(&error) : Scorer::FromDirectory(o.assets_dir, &error);
  if (!scorer) std::fprintf(stderr, "biaslens: cannot load lexicons: %s\n", error.c_str());
  return scorer;
}

// Standard output could not be written (a full disk, a closed pipe): said once, exit 1.
bool StdoutFailed() {
  if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good()) return false;
  std::fprintf(stderr, "biaslens: could not write the output (%s)\n", std::strerror(errno ? errno : EIO));
  return true;
}

// Writes `text` to `path`; false, with a message, when it cannot.
bool WriteText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (out && out.flush()) return true;
  std::fprintf(stderr, "biaslens: could not write %s (%s)\n", path.c_str(), std::strerror(errno ? errno : EIO));
  return false;
}

std::string Dump(const nlohmann::json& j, bool pretty) {
  return j.dump(pretty ? 2 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int ScoreFiles(const Options& o) {
  if (o.args.empty()) return Usage("score needs FILE... or --jsonl");
  auto scorer = LoadScorer(o);
  if (!scorer) return 2;
  ScoreOptions score_options;
  score_options.include_quoted = o.include_quoted;
  bool rejected = false;
  // Each report is written as soon as it is made: memory holds one report at a time.
  auto write = [](const std::string& bytes) { std::fwrite(bytes.data(), 1, bytes.size(), stdout); };
  write("[");
  bool first = true;
  for (const std::string& path : o.args) {
    std::string bytes, error;
    if (!ReadWholeFile(path, &bytes, &error)) {
      std::fprintf(stderr, "%s: %s\n", path.c_str(), error.c_str());
      rejected = true;
      continue;
    }
    const ArticleBatch batch = ReadArticles(path == "-" ? "stdin" : path, bytes);
    for (const std::string& e : batch.errors) std::fprintf(stderr, "%s\n", e.c_str());
    for (const std::string& w : batch.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
    rejected |= !batch.errors.empty();
    for (const Article& article : batch.articles) {
      Report report;
      if (!scorer->Score(article, &report, &error, score_options)) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), error.c_str());
        rejected = true;
        continue;
      }
      write(first ? (o.pretty ? "\n" : "") : (o.pretty ? ",\n" : ","));
      // Pretty output goes through a json tree; plain output is written directly (the same
      // bytes, without the tree's memory).
      write(o.pretty ? Dump(ReportToJson(report, article.text, o.offsets), true)
                     : ReportToJsonText(report, article.text, o.offsets));
      first = false;
    }
  }
  write(o.pretty && !first ? "\n]\n" : "]\n");
  const bool write_failed = StdoutFailed();
  return rejected || write_failed ? 1 : 0;
}

// Reads JSONL from standard input, or from each FILE in turn when files are named.
int ScoreStream(const Options& o) {
  auto scorer = LoadScorer(o);
  if (!scorer) return 2;
  std::ios::sync_with_stdio(false);
  BatchOptions b;
  b.threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  b.offsets = o.offsets;
  b.score.include_quoted = o.include_quoted;
  b.progress = !o.quiet && isatty(STDERR_FILENO);
  b.first_line = o.first_line;
  b.error_lines = o.error_lines;
  BatchSummary total;
  bool unreadable = false;
  // `st`: what stat says of the input (its size for the progress bar), or null.
  // `name` is the file's, or nullptr for standard input.
  auto run = [&](std::istream& in, const struct stat* st, const char* name) {
    b.ids_from_name = name != nullptr;
    if (!name) name = "stdin";
    if (st && S_ISDIR(st->st_mode)) {
      std::fprintf(stderr, "%s: is a directory, not a JSONL file\n", name);
      unreadable = true;
      return;
    }
    b.total_bytes = st && S_ISREG(st->st_mode) ? static_cast<size_t>(st->st_size) : 0;
    b.input_name = name;
    const BatchSummary s = ScoreJsonlStream(*scorer, in, std::cout, stderr, b);
    total.scored += s.scored;
    total.lines += s.lines;
    total.bytes += s.bytes;
    total.seconds += s.seconds;
    total.rejected += s.rejected;
    total.warned += s.warned;
  };
  for (const std::string& path : o.args.empty() ? std::vector<std::string>{"-"} : o.args) {
    struct stat st {};
    if (path == "-") {
      run(std::cin, fstat(STDIN_FILENO, &st) == 0 ? &st : nullptr, nullptr);
      continue;
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "%s: cannot open (%s)\n", path.c_str(), std::strerror(errno));
      unreadable = true;
      continue;
    }
    const std::string name = BaseName(path);
    run(file, stat(path.c_str(), &st) == 0 ? &st : nullptr, name.c_str());
  }
  std::cout.flush();
  const bool write_failed = StdoutFailed();
  if (!o.quiet) {
    std::fprintf(stderr, "biaslens: scored %zu of %zu articles (%.1f MB) in %.2f s, %.1f MB/s, %zu rejected",
                 total.scored, total.lines, static_cast<double>(total.bytes) / 1e6, total.seconds,
                 total.seconds > 0 ? static_cast<double>(total.bytes) / 1e6 / total.seconds : 0.0, total.rejected);
    // Reports with warnings (e.g. a text that does not read as English) say so in "warnings".
    if (total.warned) std::fprintf(stderr, ", %zu with warnings in their reports", total.warned);
    std::fputc('\n', stderr);
  }
  return total.rejected || unreadable || write_failed ? 1 : 0;
}

using Evaluator = EvalResult (*)(const Scorer&, const std::string&, std::string*);
const std::map<std::string, std::pair<Evaluator, const char*>>& Evaluators() {
  static const std::map<std::string, std::pair<Evaluator, const char*>> kEvaluators = {
      {"hedging-factbank", {EvaluateHedging, "hedging/factbank.jsonl"}},
      {"hedging-wiki", {EvaluateHedging, "hedging/wiki.jsonl"}},
      {"loaded-ptc", {EvaluateLoadedPtc, "loaded/ptc.jsonl"}},
      {"loaded-babe", {EvaluateLoadedBabe, "loaded/babe.jsonl"}},
      {"sources", {EvaluateSources, "sources/polnear.jsonl"}},
  };
  return kEvaluators;
}

int Eval(const Options& o) {
  auto scorer = LoadScorer(o);
  if (!scorer) return 2;
  std::vector<std::pair<Evaluator, std::string>> runs;
  if (o.all) {
    const std::string dir = o.args.empty() ? "../shared/data/eval" : o.args[0];
    for (const auto& [name, e] : Evaluators()) runs.emplace_back(e.first, dir + "/" + e.second);
  } else {
    if (o.args.size() != 2) return Usage("eval needs KIND FILE, or --all [DATA_DIR]");
    std::string kind = o.args[0];
    if (kind == "hedging") kind = "hedging-factbank";  // same evaluator for both hedging corpora
    auto it = Evaluators().find(kind);
    if (it == Evaluators().end()) return Usage("unknown eval kind '" + o.args[0] + "'");
    runs.emplace_back(it->second.first, o.args[1]);
  }
  nlohmann::json figures = nlohmann::json::object();
  int status = 0;
  for (const auto& [evaluate, path] : runs) {
    std::string error;
    const EvalResult r = evaluate(*scorer, path, &error);
    if (error.empty() && r.records == 0) error = path + ": no readable records";
    if (!error.empty()) { std::fprintf(stderr, "biaslens: %s\n", error.c_str()); status = 1; continue; }
    std::fputs(r.ToText().c_str(), stdout);
    nlohmann::json f = nlohmann::json::object();
    for (const auto& [name, value] : r.figures) f[name] = value;
    f["records"] = r.records;
    figures[r.corpus] = std::move(f);
  }
  if (!o.json_out.empty() && !WriteText(o.json_out, figures.dump(1) + "\n")) status = 1;
  if (StdoutFailed()) status = 1;
  return status;
}

int Calibrate(const Options& o) {
  if (o.args.size() != 1) return Usage("calibrate needs one reference FILE.jsonl");
  auto scorer = LoadScorer(o);
  if (!scorer) return 2;
  std::string bytes, error;
  if (!ReadWholeFile(o.args[0], &bytes, &error)) { std::fprintf(stderr, "%s: %s\n", o.args[0].c_str(), error.c_str()); return 2; }
  const ArticleBatch batch = ReadArticles(o.args[0], bytes);
  for (const std::string& e : batch.errors) std::fprintf(stderr, "%s\n", e.c_str());
  std::map<std::string, std::vector<double>> samples;
  for (const Article& a : batch.articles) {
    Report r;
    if (!scorer->Score(a, &r, &error)) continue;
    for (const char* metric : {"hedging_raw", "loaded_raw", "source_diversity_raw"}) samples[metric].push_back(r.Metric(metric));
  }
  if (batch.articles.empty()) {
    std::fprintf(stderr, "biaslens: %s: no articles to calibrate on\n", o.args[0].c_str());
    return 1;
  }
  const std::string json = Calibration::Build(samples, BaseName(o.args[0]));
  if (o.out_path.empty()) {
    std::fputs(json.c_str(), stdout);
    if (StdoutFailed()) return 1;
  } else if (!WriteText(o.out_path, json)) {
    return 1;
  }
  std::fprintf(stderr, "biaslens: calibrated on %zu articles\n", batch.articles.size());
  return batch.errors.empty() ? 0 : 1;
}

bool ParseArgs(int argc, char** argv, Options* o, std::string* problem) {
  if (argc < 2) { *problem = "no command"; return false; }
  o->command = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) { *problem = std::string(name) + " needs a value"; return nullptr; }
      return argv[++i];
    };
    if (a == "--jsonl") o->jsonl = true;
    else if (a == "--pretty") o->pretty = true;
    else if (a == "--all") o->all = true;
    else if (a == "--quiet") o->quiet = true;
    else if (a == "--error-lines") o->error_lines = true;
    else if (a == "--include-quoted") o->include_quoted = true;
    else if (a == "--offsets") {
      const char* v = value("--offsets");
      if (!v) return false;
      if (!ParseOffsetUnit(v, &o->offsets)) { *problem = std::string("--offsets must be utf8, codepoint or utf16, not '") + v + "'"; return false; }
    } else if (a == "--threads") {
      const char* v = value("--threads");
      if (!v) return false;
      char* end = nullptr;
      const long n = std::strtol(v, &end, 10);
      if (*end || n < 0 || n > 256) { *problem = "--threads takes a number from 0 to 256"; return false; }
      o->threads = static_cast<int>(n);
    } else if (a == "--first-line") {
      const char* v = value("--first-line");
      if (!v) return false;
      char* end = nullptr;
      const unsigned long long n = std::strtoull(v, &end, 10);
      if (*end || *v == '-' || n < 1 || n > (1ull << 48)) { *problem = "--first-line takes a line number from 1"; return false; }
      o->first_line = static_cast<size_t>(n);
    } else if (a == "--assets") { const char* v = value("--assets"); if (!v) return false; o->assets_dir = v; }
    else if (a == "--json") { const char* v = value("--json"); if (!v) return false; o->json_out = v; }
    else if (a == "--out") { const char* v = value("--out"); if (!v) return false; o->out_path = v; }
    else if (a.size() > 1 && a[0] == '-' && a != "-") { *problem = "unknown option " + a; return false; }
    else o->args.push_back(a);
  }
  return true;
}

}  // namespace
}  // namespace biaslens

int main(int argc, char** argv) {
  using namespace biaslens;
  Options o;
  std::string problem;
  if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 || std::strcmp(argv[1], "help") == 0)) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (!ParseArgs(argc, argv, &o, &problem)) return Usage(problem);
  if (o.command == "score") return o.jsonl ? ScoreStream(o) : ScoreFiles(o);
  if (o.command == "eval") return Eval(o);
  if (o.command == "calibrate") return Calibrate(o);
  return Usage("unknown command '" + o.command + "'");
}
