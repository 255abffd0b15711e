// Corpus commands: adding, removing, renaming and importing articles. Every command
// either applies fully to an item or leaves the corpus as it was, and says why.
// [SECTION] Adding and removing  [SECTION] Import (txt, json, jsonl, pasted text)
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "app/app.h"
#include "app/app_assets.h"
#include "app/app_state.h"
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

// Adds one article after checking and scoring it. Errors name `origin`.
bool AddOne(AppState& s, Article article, bool user_added, const std::string& origin, CommandResult* result) {
  auto fail = [&](const std::string& why) {
    result->ok = false;
    result->errors.push_back(origin + ": " + why);
    PushMessage(s, result->errors.back());
    return false;
  };
  if (article.text.size() > kMaxArticleBytes) return fail("too large (" + std::to_string(article.text.size() >> 20) + " MiB; the limit is 8 MiB)");
  bool has_letter = false;
  for (char c : article.text)
    if (!std::isspace(static_cast<unsigned char>(c))) { has_letter = true; break; }
  if (!has_letter) return fail("no text");
  size_t nuls = static_cast<size_t>(std::count(article.text.begin(), article.text.end(), '\0'));
  if (nuls * 20 > article.text.size()) return fail("does not look like text (binary data)");
  size_t first_bad = 0;
  if (!IsValidUtf8(article.text, &first_bad)) {
    article.text = RepairUtf8(article.text);
    PushMessage(s, origin + ": invalid UTF-8 from byte " + std::to_string(first_bad) + " replaced with \xEF\xBF\xBD");
  }
  if (!IsValidUtf8(article.title)) article.title = RepairUtf8(article.title);
  if (!IsValidUtf8(article.outlet)) article.outlet = RepairUtf8(article.outlet);
  article.id = UniqueId(s, article.id);
  ScoreOptions options;
  options.include_quoted = s.include_quoted;
  LoadedArticle loaded;
  std::string error;
  if (!s.scorer->Score(article, &loaded.report, &error, options)) return fail(error);
  loaded.article = std::move(article);
  loaded.user_added = user_added;
  result->added_ids.push_back(loaded.article.id);
  s.articles.push_back(std::move(loaded));
  ++s.generation;
  return true;
}

}  // namespace

CommandResult App::AddArticle(Article article) {
  CommandResult result;
  std::string origin = article.id.empty() ? "new article" : article.id;
  AddOne(*state_, std::move(article), true, origin, &result);
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
  s.articles[i].article.outlet = IsValidUtf8(outlet) ? outlet : RepairUtf8(outlet);
  ++s.generation;
  return true;
}

void App::ResetToDefaultCorpus() {
  State& s = *state_;
  s.articles.clear();
  s.reader_id.clear();
  s.selected_id.clear();
  std::vector<const EmbeddedFile*> files;
  for (const auto& f : biaslens_app_assets::EmbeddedFiles()) {
    std::string path = f.path;
    if (path.rfind("corpus/", 0) == 0 && path.size() > 4 && path.compare(path.size() - 4, 4, ".txt") == 0) files.push_back(&f);
  }
  std::sort(files.begin(), files.end(), [](const EmbeddedFile* a, const EmbeddedFile* b) { return std::string(a->path) < b->path; });
  for (const EmbeddedFile* f : files) {
    Article a;
    a.id = std::string(f->path).substr(7);
    a.text.assign(f->data, f->size);
    CommandResult ignored;
    AddOne(s, std::move(a), false, f->path, &ignored);
  }
  ++s.generation;
}

void App::ClearUserArticles() {
  State& s = *state_;
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

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::char_traits<char>::length(suffix);
  if (s.size() < n) return false;
  for (size_t i = 0; i < n; ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - n + i])) != suffix[i]) return false;
  return true;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// An article object: {"text": …, "id"?, "title"?, "outlet"?}. Other fields (a "report") are ignored.
bool ArticleFromJson(const nlohmann::json& j, Article* out, std::string* error) {
  if (!j.is_object()) { *error = "expected an object with a \"text\" field"; return false; }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) { *error = "missing string field \"text\""; return false; }
  out->text = text->get<std::string>();
  for (const char* field : {"id", "title", "outlet"}) {
    auto it = j.find(field);
    if (it == j.end() || it->is_null()) continue;
    if (!it->is_string()) { *error = std::string("field \"") + field + "\" must be a string"; return false; }
    std::string value = it->get<std::string>();
    if (field[0] == 'i') out->id = value;
    else if (field[0] == 't') out->title = value;
    else out->outlet = value;
  }
  return true;
}

void ImportJsonValue(AppState& s, const nlohmann::json& j, const std::string& origin, CommandResult* result) {
  const nlohmann::json* list = nullptr;
  if (j.is_array()) list = &j;
  else if (j.is_object() && j.contains("articles") && j["articles"].is_array()) list = &j["articles"];
  if (!list) {
    Article a;
    std::string error;
    if (!ArticleFromJson(j, &a, &error)) {
      result->ok = false;
      result->errors.push_back(origin + ": " + error);
      PushMessage(s, result->errors.back());
      return;
    }
    AddOne(s, std::move(a), true, origin, result);
    return;
  }
  for (size_t i = 0; i < list->size(); ++i) {
    std::string where = origin + " item " + std::to_string(i + 1);
    Article a;
    std::string error;
    if (!ArticleFromJson((*list)[i], &a, &error)) {
      result->ok = false;
      result->errors.push_back(where + ": " + error);
      PushMessage(s, result->errors.back());
      continue;
    }
    AddOne(s, std::move(a), true, where, result);
  }
}

}  // namespace

CommandResult App::ImportFile(const std::string& file_name, std::string_view bytes) {
  State& s = *state_;
  CommandResult result;
  std::string name = BaseName(file_name.empty() ? std::string("dropped file") : file_name);
  auto fail = [&](const std::string& why) {
    result.ok = false;
    result.errors.push_back(name + ": " + why);
    PushMessage(s, result.errors.back());
    return result;
  };
  if (bytes.size() > kMaxArticleBytes * 4) return fail("too large to import");
  size_t first = 0;
  while (first < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[first]))) ++first;
  bool json_ext = EndsWith(name, ".json");
  bool jsonl_ext = EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson");
  bool txt_ext = EndsWith(name, ".txt") || EndsWith(name, ".text");
  bool looks_json = first < bytes.size() && (bytes[first] == '{' || bytes[first] == '[');
  if (jsonl_ext) {
    size_t line_start = 0;
    int line_no = 0;
    while (line_start < bytes.size()) {
      size_t end = bytes.find('\n', line_start);
      if (end == std::string_view::npos) end = bytes.size();
      std::string_view line = bytes.substr(line_start, end - line_start);
      ++line_no;
      line_start = end + 1;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      std::string where = name + " line " + std::to_string(line_no);
      nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
      if (j.is_discarded()) {
        result.ok = false;
        result.errors.push_back(where + ": not valid JSON");
        PushMessage(s, result.errors.back());
        continue;
      }
      ImportJsonValue(s, j, where, &result);
    }
    if (result.added_ids.empty() && result.errors.empty()) return fail("no articles in the file");
  } else if (json_ext || (!txt_ext && looks_json)) {
    nlohmann::json j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (j.is_discarded()) return fail("not valid JSON");
    ImportJsonValue(s, j, name, &result);
  } else {
    Article a;
    a.id = name;
    a.text.assign(bytes.data(), bytes.size());
    AddOne(s, std::move(a), true, name, &result);
  }
  if (!result.added_ids.empty())
    PushMessage(s, "Added " + std::to_string(result.added_ids.size()) + " article" + (result.added_ids.size() == 1 ? "" : "s") + " from " + name);
  return result;
}

CommandResult App::ImportPastedText(std::string_view text) {
  State& s = *state_;
  CommandResult result;
  size_t first = 0;
  while (first < text.size() && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
  // A pasted corpus export or article object is imported as JSON; anything else is an article.
  if (first < text.size() && (text[first] == '{' || text[first] == '[')) {
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!j.is_discarded()) {
      ImportJsonValue(s, j, "pasted JSON", &result);
      return result;
    }
  }
  Article a;
  a.id = "pasted-" + std::to_string(s.articles.size() + 1);
  a.text.assign(text.data(), text.size());
  if (AddOne(s, std::move(a), true, "pasted text", &result)) PushMessage(s, "Added pasted article " + result.added_ids.back());
  return result;
}

}  // namespace biaslens
