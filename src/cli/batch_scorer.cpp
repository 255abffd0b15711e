#include "cli/batch_scorer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>


#include "cli/article_line.h"
#include "core/report.h"

namespace biaslens {
namespace {

struct Job {
  size_t line_number = 0;
  std::string line;
  std::string output;  // one JSON line, or empty when rejected
  std::string error;
  bool warned = false;  // the report has warnings
};

void ScoreJob(const Scorer& scorer, const BatchOptions& options, Job& job) {
  const std::string where = std::string(options.input_name) + ":" + std::to_string(job.line_number);
  Article article;
  std::string error;
  // The fast line reader and the fast JSON writer give the same bytes as ParseArticleLine()
  // and ReportToJson().dump() (scripts/check_output_stable.sh checks this on 40 MB).
  bool repaired = false;
  const std::string fallback_id = options.ids_from_name ? where : "line-" + std::to_string(job.line_number);
  if (!ParseArticleLineFast(job.line, fallback_id, &article, &error, &repaired)) {
    job.error = where + ": " + error;
    return;
  }
  Report report;
  if (!scorer.Score(article, &report, &error, options.score)) {
    job.error = where + ": " + error;
    return;
  }
  if (repaired) report.warnings.push_back("invalid UTF-8 in the input line replaced with U+FFFD");
  job.warned = !report.warnings.empty();
  job.output = ReportToJsonText(report, article.text, options.offsets);
  job.output += '\n';
}

void DrawProgress(std::FILE* err, const BatchSummary& s, size_t total_bytes, double seconds) {
  const double mb = static_cast<double>(s.bytes) / 1e6;
  if (total_bytes > 0) {
    const double fraction = std::min(1.0, static_cast<double>(s.bytes) / static_cast<double>(total_bytes));
    const int width = 30, filled = static_cast<int>(fraction * width);
    std::fprintf(err, "\r[%.*s%*s] %5.1f%%  %zu articles  %.1f MB/s ", filled, "##############################",
                 width - filled, "", fraction * 100, s.scored, seconds > 0 ? mb / seconds : 0.0);
  } else {
    std::fprintf(err, "\r%zu articles  %.1f MB  %.1f MB/s ", s.scored, mb, seconds > 0 ? mb / seconds : 0.0);
  }
  std::fflush(err);
}

}  // namespace

BatchSummary ScoreJsonlStream(const Scorer& scorer, std::istream& in, std::ostream& out, std::FILE* err,
                              const BatchOptions& options) {
  const int threads = std::max(1, options.threads);
  const size_t batch_lines = options.batch_lines ? options.batch_lines : 256 * static_cast<size_t>(threads);
  const auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
  BatchSummary summary;
  std::vector<Job> jobs(batch_lines);
  double last_draw = 0;
  size_t line_number = options.first_line - 1;
  while (in) {
    size_t count = 0;
    while (count < batch_lines && std::getline(in, jobs[count].line)) {
      ++line_number;
      summary.bytes += jobs[count].line.size() + 1;
      if (jobs[count].line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
      jobs[count].line_number = line_number;
      jobs[count].output.clear();
      jobs[count].error.clear();
      ++count;
    }
    if (count == 0) break;
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < count;) ScoreJob(scorer, options, jobs[i]);
    };
    if (threads == 1 || count == 1) {
      worker();
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
      for (auto& t : pool) t.join();
    }
    for (size_t i = 0; i < count; ++i) {
      ++summary.lines;
      if (!jobs[i].error.empty()) {
        ++summary.rejected;
        if (options.progress) std::fputc('\r', err);
        std::fprintf(err, "%s\n", jobs[i].error.c_str());
        if (options.error_lines) {
          std::string line = "{\"error\":";
          AppendJsonString(&line, jobs[i].error);
          line += ",\"line\":" + std::to_string(jobs[i].line_number) + "}\n";
          out.write(line.data(), static_cast<std::streamsize>(line.size()));
        }
      } else {
        ++summary.scored;
        summary.warned += jobs[i].warned;
        out.write(jobs[i].output.data(), static_cast<std::streamsize>(jobs[i].output.size()));
      }
      jobs[i].line.clear();
      jobs[i].line.shrink_to_fit();
      jobs[i].output.clear();
      jobs[i].output.shrink_to_fit();
    }
    out.flush();
    if (options.progress && elapsed() - last_draw > 0.2) {
      last_draw = elapsed();
      DrawProgress(err, summary, options.total_bytes, last_draw);
    }
  }
  summary.seconds = elapsed();
  if (options.progress) { DrawProgress(err, summary, options.total_bytes, summary.seconds); std::fputc('\n', err); }
  return summary;
}

}  // namespace biaslens
