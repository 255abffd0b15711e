// Corpus commands: adding, removing, renaming and importing articles. Every command
// either applies fully to an item or leaves the corpus as it was, and says why.
// [SECTION] Adding and removing  [SECTION] Import (txt, json, jsonl, pasted text)
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <iterator>
#include <map>
#include <new>

#include "app/app.h"
#include "app/app_assets.h"
#include "app/app_state.h"
#include "app/fonts.h"
#include "core/corpus_io.h"
#include "core/utf8.h"

namespace biaslens {

//-----------------------------------------------------------------------------
// [SECTION] Adding and removing
//-----------------------------------------------------------------------------
namespace {

std::string UniqueId(const AppState& s, std::string id) {
  if (id.empty()) id = "article-" + std::to_string(s.articles.size() + 1);
  if (!FindArticle(s, id)) return id;
  for (int n = 2;; ++n) {
    std::string candidate = id + "-" + std::to_string(n);
    if (!FindArticle(s, candidate)) return candidate;
  }
}

constexpr size_t kMaxAppIdBytes = 200, kMaxOutletBytes = 200;  // ids and outlets as the app shows them

// An outlet as the app keeps it: valid UTF-8, one line, at most kMaxOutletBytes (then "…").
std::string OutletName(const std::string& raw) {
  const std::string valid = IsValidUtf8(raw) ? raw : RepairUtf8(raw);
  return OneLine(valid, 0, static_cast<uint32_t>(valid.size()), kMaxOutletBytes);
}

size_t LoadedTextBytes(const AppState& s) {
  size_t bytes = 0;
  for (const LoadedArticle& a : s.articles) bytes += a.article.text.size();
  return bytes;
}

std::string Mebibytes(size_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return buffer;
}

// An id or file name as messages quote it: one line of at most 80 bytes.
std::string Quoted(const std::string& name) { return OneLine(name, 0, static_cast<uint32_t>(name.size()), 80); }

// Whether an article of a file is one already loaded: the same id, text, title and outlet
// (as AddOne would keep them). Importing a file again, or an export, then adds no copies.
bool SameAsLoaded(const AppState& s, const Article& a) {
  const LoadedArticle* loaded = a.id.empty() ? nullptr : FindArticle(s, a.id);
  if (!loaded) return false;
  const Article& b = loaded->article;
  const auto same_text = [](const std::string& raw, const std::string& kept) {
    return raw == kept || (!IsValidUtf8(raw) && RepairUtf8(raw) == kept);
  };
  return same_text(a.text, b.text) && same_text(a.title, b.title) && OutletName(a.outlet) == b.outlet;
}

// Adds one article after checking and scoring it. Errors name `origin`.
bool AddOne(AppState& s, Article article, bool user_added, const std::string& origin, CommandResult* result) {
  auto fail = [&](const std::string& why) {
    result->ok = false;
    result->errors.push_back(origin + ": " + why);
    PushMessage(s, result->errors.back());
    return false;
  };
  if (const std::string why = RejectText(article.text); !why.empty()) return fail(why);
  if (const size_t loaded = LoadedTextBytes(s); loaded + article.text.size() > s.config.max_loaded_text_bytes)
    return fail("not added: the loaded articles hold " + Mebibytes(loaded) + " of text, and this one " +
                Mebibytes(article.text.size()) + "; the app keeps at most " + Mebibytes(s.config.max_loaded_text_bytes) +
                " at once. Remove some articles, or score large corpora with the command-line tool "
                "(biaslens score --jsonl).");
  if (article.id.size() > kMaxAppIdBytes)
    return fail("the id is " + std::to_string(article.id.size()) + " bytes long; ids are at most " +
                std::to_string(kMaxAppIdBytes));
  if (article.id.find('\0') != std::string::npos)
    return fail("the id contains a NUL character");  // the JS API could never name it
  size_t first_bad = 0;
  if (!IsValidUtf8(article.text, &first_bad)) {
    article.text = RepairUtf8(article.text);
    PushMessage(s, origin + ": invalid UTF-8 from byte " + std::to_string(first_bad) + " replaced with \xEF\xBF\xBD");
  }
  if (!IsValidUtf8(article.title)) article.title = RepairUtf8(article.title);
  article.outlet = OutletName(article.outlet);
  article.id = UniqueId(s, article.id);
  for (const std::string* text : {&article.id, &article.title, &article.outlet, &article.text}) RequestGlyphs(s.fonts, *text);
  const Scorer* scorer = LoadScorer(s);
  if (!scorer) return fail("the scorer is not available");
  ScoreOptions options;
  options.include_quoted = s.include_quoted;
  LoadedArticle loaded;
  std::string error;
  try {
    if (!scorer->Score(article, &loaded.report, &error, options)) return fail(error);
  } catch (const std::bad_alloc&) {
    return fail("not added: there is not enough memory to score it. Remove some articles and try again.");
  }
  loaded.article = std::move(article);
  loaded.user_added = user_added;
  result->added_ids.push_back(loaded.article.id);
  s.articles.push_back(std::move(loaded));
  ++s.generation;
  return true;
}

// The warnings of the article AddOne just added (e.g. the text does not read as English), each
// a message naming `origin`: for an article added on its own.
void PushAddedWarnings(AppState& s, const std::string& origin) {
  for (const std::string& warning : s.articles.back().report.warnings) PushMessage(s, origin + ": " + warning);
}

// Counts the article AddOne just added in `warned` when its report has warnings.
void CountAddedWarnings(const AppState& s, WarnedArticles* warned) {
  const std::vector<std::string>& warnings = s.articles.back().report.warnings;
  if (warnings.empty()) return;
  if (warned->count++ == 0) warned->first = warnings.front();
}

// The one message for the articles of file `name` that came with warnings.
void PushWarnedMessage(AppState& s, const WarnedArticles& warned, const std::string& name) {
  if (warned.count == 0) return;
  PushMessage(s, name + ": " + (warned.count == 1 ? std::string("1 article came with a warning: ")
                                                   : std::to_string(warned.count) + " articles came with warnings, the first: ") +
                     warned.first);
}

// The reports of App::SetDefaultCorpusReports by seed id, for the seeds whose text there is
// `texts[id]`; empty when the JSON is missing, malformed or made with other options.
std::map<std::string, Report> PrecomputedSeedReports(const AppState& s, const std::map<std::string, std::string_view>& texts) {
  std::map<std::string, Report> out;
  if (s.default_corpus_reports.empty() || s.include_quoted) return out;
  const nlohmann::json j = nlohmann::json::parse(s.default_corpus_reports, nullptr, false);
  if (!j.is_object() || j.value("schema", 0) != 1 || j.value("include_quoted", true) || !j.contains("articles") ||
      !j["articles"].is_array())
    return out;
  for (const nlohmann::json& entry : j["articles"]) {
    if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string() || !entry.contains("text") ||
        !entry["text"].is_string() || !entry.contains("report"))
      continue;
    const std::string id = entry["id"].get<std::string>();
    auto text = texts.find(id);
    if (text == texts.end() || entry["text"].get<std::string>() != text->second) continue;
    Report report;
    std::string error;
    if (ReportFromJson(entry["report"], &report, &error) && report.id == id) out.emplace(id, std::move(report));
  }
  return out;
}

}  // namespace

CommandResult App::AddArticle(Article article) {
  CommandResult result;
  std::string origin = article.id.empty() ? "new article" : Quoted(article.id);
  if (AddOne(*state_, std::move(article), true, origin, &result)) PushAddedWarnings(*state_, origin);
  return result;
}

bool App::RemoveArticle(const std::string& id) {
  State& s = *state_;
  int i = FindArticleIndex(s, id);
  if (i < 0) return false;
  s.articles.erase(s.articles.begin() + i);
  if (s.reader_id == id) s.reader_id.clear();
  if (s.selected_id == id) s.selected_id.clear();
  ++s.generation;
  return true;
}

bool App::RenameOutlet(const std::string& id, const std::string& outlet) {
  State& s = *state_;
  int i = FindArticleIndex(s, id);
  if (i < 0) return false;
  s.articles[i].article.outlet = OutletName(outlet);
  RequestGlyphs(s.fonts, s.articles[i].article.outlet);
  ++s.generation;
  return true;
}

namespace {
// The default articles (assets/corpus/*.txt embedded at build time): text by id, in id order.
std::map<std::string, std::string_view> DefaultCorpusTexts() {
  std::map<std::string, std::string_view> texts;
  for (const auto& f : biaslens_app_assets::EmbeddedFiles()) {
    const std::string path = f.path;
    if (path.rfind("corpus/", 0) == 0 && path.size() > 4 && path.compare(path.size() - 4, 4, ".txt") == 0)
      texts.emplace(path.substr(7), std::string_view(f.data, f.size));
  }
  return texts;
}

// The default article `id` as loaded (not one the reader added under that id), or nullptr.
const LoadedArticle* LoadedDefault(const AppState& s, const std::string& id) {
  const int i = FindArticleIndex(s, id);
  return i < 0 || s.articles[static_cast<size_t>(i)].user_added ? nullptr : &s.articles[static_cast<size_t>(i)];
}
}  // namespace

nlohmann::json App::DefaultCorpusEdits() const {
  const State& s = *state_;
  nlohmann::json edits = nlohmann::json::object();
  if (!s.config.load_default_corpus) return edits;
  nlohmann::json removed = nlohmann::json::array(), outlets = nlohmann::json::object();
  for (const auto& [id, text] : DefaultCorpusTexts()) {
    const LoadedArticle* loaded = LoadedDefault(s, id);
    if (!loaded) removed.push_back(id);
    else if (!loaded->article.outlet.empty()) outlets[id] = loaded->article.outlet;
  }
  if (!removed.empty()) edits["removed"] = std::move(removed);
  if (!outlets.empty()) edits["outlets"] = std::move(outlets);
  return edits;
}

void App::ApplyDefaultCorpusEdits(const nlohmann::json& edits) {
  State& s = *state_;
  if (!edits.is_object()) return;
  if (const auto removed = edits.find("removed"); removed != edits.end() && removed->is_array())
    for (const nlohmann::json& id : *removed)
      if (id.is_string() && LoadedDefault(s, id.get<std::string>())) RemoveArticle(id.get<std::string>());
  if (const auto outlets = edits.find("outlets"); outlets != edits.end() && outlets->is_object())
    for (const auto& [id, outlet] : outlets->items())
      if (outlet.is_string() && LoadedDefault(s, id)) RenameOutlet(id, outlet.get<std::string>());
}

void App::ResetToDefaultCorpus() {
  State& s = *state_;
  biaslens::CancelImports(s, true);
  s.rescore_ids.clear();  // the seeds are scored below with the current options
  s.rescore_total = 0;
  s.articles.clear();
  s.reader_id.clear();
  s.selected_id.clear();
  const std::map<std::string, std::string_view> texts = DefaultCorpusTexts();
  std::map<std::string, Report> precomputed = PrecomputedSeedReports(s, texts);
  for (const auto& [id, text] : texts) {
    Article a;
    a.id = id;
    a.text.assign(text);
    if (auto report = precomputed.find(id); report != precomputed.end()) {
      for (const std::string* part : {&a.id, &a.text}) RequestGlyphs(s.fonts, *part);
      LoadedArticle loaded;
      loaded.article = std::move(a);
      loaded.report = std::move(report->second);
      s.articles.push_back(std::move(loaded));
      continue;
    }
    CommandResult ignored;
    AddOne(s, std::move(a), false, "corpus/" + id, &ignored);
  }
  ++s.generation;
}

void App::ClearUserArticles() {
  State& s = *state_;
  biaslens::CancelImports(s, true);
  s.articles.erase(std::remove_if(s.articles.begin(), s.articles.end(), [](const LoadedArticle& a) { return a.user_added; }),
                   s.articles.end());
  if (!FindArticle(s, s.reader_id)) s.reader_id.clear();
  if (!FindArticle(s, s.selected_id)) s.selected_id.clear();
  ++s.generation;
}

//-----------------------------------------------------------------------------
// [SECTION] Import
//-----------------------------------------------------------------------------
namespace {

// Where an article of a file came from, for its messages.
std::string Origin(const std::string& file, const Article& a) { return a.id.empty() ? file : file + " (" + Quoted(a.id) + ")"; }

// Reports the batch's read errors (messages and `result`) and its warnings (messages).
void ReportReadErrors(AppState& s, ArticleBatch& batch, CommandResult* result) {
  for (std::string& error : batch.errors) {
    result->ok = false;
    PushMessage(s, error);
    result->errors.push_back(std::move(error));
  }
  for (const std::string& warning : batch.warnings) PushMessage(s, warning);
}

std::string AlreadyLoadedMessage(size_t count, const std::string& name) {
  return name + ": " + std::to_string(count) + (count == 1 ? " article was" : " articles were") +
         " already loaded (the same id and text) and not added again";
}

// Adds every article of `batch` (errors become messages) but those already loaded;
// `origin` names where it came from.
void AddBatch(AppState& s, ArticleBatch batch, const std::string& origin, CommandResult* result) {
  ReportReadErrors(s, batch, result);
  size_t already_loaded = 0;
  WarnedArticles warned;
  for (Article& a : batch.articles) {
    if (SameAsLoaded(s, a)) { ++already_loaded; continue; }
    const std::string where = Origin(origin, a);
    if (AddOne(s, std::move(a), true, where, result)) CountAddedWarnings(s, &warned);
  }
  if (already_loaded > 0) PushMessage(s, AlreadyLoadedMessage(already_loaded, origin));
  PushWarnedMessage(s, warned, origin);
}

// A dropped file's base name and articles; false (with the message) when it is too large.
bool ReadImport(AppState& s, const std::string& file_name, std::string_view bytes, std::string* name,
                ArticleBatch* batch, CommandResult* result) {
  *name = BaseName(file_name.empty() ? std::string("dropped file") : file_name);
  if (bytes.size() > kMaxImportFileBytes) {
    result->ok = false;
    result->errors.push_back(*name + ": too large to import (the limit is " + std::to_string(kMaxImportFileBytes >> 20) + " MiB per file)");
    PushMessage(s, result->errors.back());
    return false;
  }
  *batch = ReadArticles(*name, bytes);
  return true;
}

std::string AddedMessage(size_t added, const std::string& name) {
  return "Added " + std::to_string(added) + " article" + (added == 1 ? "" : "s") + " from " + name;
}

// The message of a queued file whose articles have all been scored.
void ReportFinished(AppState& s, const PendingImport& job) {
  if (job.added > 0) PushMessage(s, AddedMessage(job.added, job.name));
  if (job.already_loaded > 0) PushMessage(s, AlreadyLoadedMessage(job.already_loaded, job.name));
  PushWarnedMessage(s, job.warned, job.name);
  s.finished_imports.push_back({job.name, job.added, job.failed, job.already_loaded});
  if (s.finished_imports.size() > 16) s.finished_imports.pop_front();
}

}  // namespace

CommandResult App::ImportFile(const std::string& file_name, std::string_view bytes) {
  State& s = *state_;
  CommandResult result;
  std::string name;
  ArticleBatch batch;
  if (!ReadImport(s, file_name, bytes, &name, &batch, &result)) return result;
  AddBatch(s, std::move(batch), name, &result);
  if (!result.added_ids.empty()) PushMessage(s, AddedMessage(result.added_ids.size(), name));
  return result;
}

CommandResult App::QueueFile(const std::string& file_name, std::string_view bytes, bool stoppable) {
  State& s = *state_;
  CommandResult result;
  PendingImport job;
  job.stoppable = stoppable;
  ArticleBatch batch;
  if (!ReadImport(s, file_name, bytes, &job.name, &batch, &result)) return result;
  ReportReadErrors(s, batch, &result);
  if (batch.articles.empty()) return result;
  job.total = batch.articles.size();
  job.articles.assign(std::make_move_iterator(batch.articles.begin()), std::make_move_iterator(batch.articles.end()));
  result.queued = job.total;
  s.imports.push_back(std::move(job));
  return result;
}

void App::CancelImports() { biaslens::CancelImports(*state_, false); }

double ScoreQueuedArticles(AppState& s, double budget_ms) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point start = Clock::now();
  bool scored_one = false;
  auto out_of_time = [&] {
    return scored_one && std::chrono::duration<double, std::milli>(Clock::now() - start).count() >= budget_ms;
  };
  while (!s.rescore_ids.empty() && !out_of_time()) {
    const int index = FindArticleIndex(s, s.rescore_ids.front());
    s.rescore_ids.pop_front();
    if (index >= 0 && !Rescore(s, s.articles[static_cast<size_t>(index)])) s.rescore_ids.clear();
    scored_one = true;
  }
  if (s.rescore_ids.empty()) s.rescore_total = 0;
  const uint64_t generation_before = s.generation;  // after any re-scoring: that needs new summaries
  while (!s.imports.empty() && s.rescore_ids.empty()) {
    PendingImport& job = s.imports.front();
    if (job.articles.empty()) {
      ReportFinished(s, job);
      s.imports.pop_front();
      continue;
    }
    if (out_of_time()) break;
    Article a = std::move(job.articles.front());
    job.articles.pop_front();
    if (SameAsLoaded(s, a)) {
      ++job.already_loaded;
      continue;
    }
    CommandResult result;
    const std::string where = Origin(job.name, a);
    if (AddOne(s, std::move(a), true, where, &result)) {
      ++job.added;
      CountAddedWarnings(s, &job.warned);
    } else {
      ++job.failed;
    }
    scored_one = true;
  }
  if (s.generation != generation_before) {  // lets UpdateSummaries append instead of recomputing
    s.import_generation_before = generation_before;
    s.import_generation_after = s.generation;
  }
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void CancelImports(AppState& s, bool all) {
  std::deque<PendingImport> kept;
  for (PendingImport& job : s.imports) {
    if (!all && !job.stoppable) {
      kept.push_back(std::move(job));
    } else if (job.articles.empty()) {
      ReportFinished(s, job);
    } else {
      PushMessage(s, "Stopped importing " + job.name + ": " + std::to_string(job.added) + " of " +
                         std::to_string(job.total) + " articles added");
    }
  }
  s.imports = std::move(kept);
}

CommandResult App::ImportPastedText(std::string_view text) {
  State& s = *state_;
  CommandResult result;
  // JSON of an object or an array (an article, articles, a corpus export) is imported as a
  // JSON file, each record it refuses one error; JSON lines likewise when any line is an
  // article; any other text is one article.
  const InputFormat format = DetectFormat("", text);
  if (format == InputFormat::kJson && nlohmann::json::accept(text.begin(), text.end())) return ImportFile("pasted JSON", text);
  if (format == InputFormat::kJsonl) {
    ArticleBatch batch = ReadArticles("pasted JSON", text, format);
    if (!batch.articles.empty()) {
      AddBatch(s, std::move(batch), "pasted JSON", &result);
      return result;
    }
  }
  Article a;
  a.id = "pasted-" + std::to_string(s.articles.size() + 1);
  a.text.assign(text.data(), text.size());
  if (AddOne(s, std::move(a), true, "pasted text", &result)) {
    PushMessage(s, "Added pasted article " + result.added_ids.back());
    PushAddedWarnings(s, "pasted text");
  }
  return result;
}

}  // namespace biaslens
