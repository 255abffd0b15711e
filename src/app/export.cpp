// Introspection and exports: the state for tests and the JS API, the reports as JSON,
// one CSV row per article (RFC 4180 quoting).
#include <cstdio>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/app_state.h"
#include "core/report.h"

namespace biaslens {

nlohmann::json App::StateJson() const {
  const State& s = *state_;
  nlohmann::json j;
  j["articles"] = s.articles.size();
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& a : s.articles) ids.push_back(a.article.id);
  j["article_ids"] = ids;
  j["view"] = View();
  j["views"] = ViewNames();
  j["frame_ms"] = s.frame_ms;
  j["include_quoted"] = s.include_quoted;
  j["theme"] = s.dark ? "dark" : "light";
  j["messages"] = s.messages;
  // Re-scoring after the voice switch: {"scored", "total"}, else null.
  if (s.rescore_ids.empty()) j["rescoring"] = nullptr;
  else j["rescoring"] = {{"scored", s.rescore_total - s.rescore_ids.size()}, {"total", s.rescore_total}};
  // The file being imported (App::QueueFile): {"file", "scored", "total", "files"}, else null.
  if (s.imports.empty()) {
    j["importing"] = nullptr;
  } else {
    const PendingImport& job = s.imports.front();
    j["importing"] = {{"file", job.name}, {"scored", job.added + job.failed}, {"total", job.total}, {"files", s.imports.size()}};
  }
  // The last queued files to finish: [{"file", "added", "failed", "already_loaded"}], oldest
  // first (at most 16).
  nlohmann::json finished = nlohmann::json::array();
  for (const auto& f : s.finished_imports) finished.push_back({{"file", f.name}, {"added", f.added}, {"failed", f.failed}, {"already_loaded", f.already_loaded}});
  j["finished_imports"] = std::move(finished);
  j["pixel_ratio"] = s.pixel_ratio;
  j["sort"] = SortKeyLabel(s.sort_key);
  j["reader_article"] = s.reader_id;
  // What the app refuses, in bytes: one article's text, one imported file, all loaded text.
  j["limits"] = {{"article_bytes", kMaxArticleBytes},
                 {"file_bytes", kMaxImportFileBytes},
                 {"loaded_text_bytes", s.config.max_loaded_text_bytes}};
  return j;
}

// Written piece by piece (each report by ReportToJsonText), never as one json tree: a tree of
// every report takes several times the memory of the text it dumps to.
std::string App::ExportJson() const {
  const State& s = *state_;
  std::string out = "{\"articles\":[";
  for (size_t i = 0; i < s.articles.size(); ++i) {
    const LoadedArticle& a = s.articles[i];
    out += i ? ",\n{\"id\":" : "\n{\"id\":";
    AppendJsonString(&out, a.article.id);
    out += ",\"outlet\":";
    AppendJsonString(&out, a.article.outlet);
    out += ",\"report\":";
    out += ReportToJsonText(a.report, a.article.text);
    out += ",\"text\":";
    AppendJsonString(&out, a.article.text);
    // The title as given ("" when the headline is the text's first line): importing the
    // export must give the same reports (the report's own title is in "report").
    out += ",\"title\":";
    AppendJsonString(&out, a.article.title);
    out += '}';
  }
  out += s.articles.empty() ? "]" : "\n]";
  out += ",\"include_quoted\":";
  out += s.include_quoted ? "true" : "false";
  out += ",\"schema\":" + std::to_string(kReportSchema) + "}\n";
  return out;
}

namespace {
// RFC 4180: quote a field when it holds a comma, quote, CR or LF; double inner quotes. A text
// field a spreadsheet would read as a formula (it starts with =, +, -, @, tab or CR) is
// written with a leading apostrophe, so opening the file runs nothing.
std::string CsvField(const std::string& value) {
  const bool formula = !value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos;
  if (!formula && value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = formula ? "\"'" : "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string Joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}
}  // namespace

std::string App::ExportCsv() const {
  const State& s = *state_;
  std::string out =
      "id,outlet,title,hedging,loaded,source_diversity,words,sentences,reporter_words,quoted_words,sources,"
      "anonymous_sources,attributions,hedges,loaded_spans,include_quoted,warnings\r\n";
  for (const auto& a : s.articles) {
    const Report& r = a.report;
    int anonymous = 0, hedges = 0, loaded = 0;
    for (const auto& src : r.sources) anonymous += src.anonymous ? 1 : 0;
    for (const auto& span : r.spans) {
      if (span.voice == Voice::kQuoted && !s.include_quoted) continue;
      hedges += span.kind == SpanKind::kHedge;
      loaded += span.kind == SpanKind::kLoaded || span.kind == SpanKind::kCaps;
    }
    std::string title = a.article.title.empty() ? r.title : a.article.title;
    out += CsvField(a.article.id) + "," + CsvField(a.article.outlet) + "," + CsvField(title) + "," +
           Number(r.scores.hedging) + "," + Number(r.scores.loaded) + "," + Number(r.scores.source_diversity) + "," +
           std::to_string(r.stats.words) + "," + std::to_string(r.stats.sentences) + "," +
           std::to_string(r.stats.reporter_words) + "," + std::to_string(r.stats.quoted_words) + "," +
           std::to_string(r.sources.size()) + "," + std::to_string(anonymous) + "," +
           std::to_string(r.attributions.size()) + "," + std::to_string(hedges) + "," + std::to_string(loaded) + "," +
           (s.include_quoted ? "true" : "false") + "," + CsvField(Joined(r.warnings, "; ")) + "\r\n";
  }
  return out;
}

}  // namespace biaslens
