#include "core/corpus_io.h"

#include <cctype>

#include <nlohmann/json.hpp>

#include "core/scorer.h"

namespace biaslens {
namespace {

constexpr int kMaxJsonDepth = 64;

bool EndsWithNoCase(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  return true;
}

// nlohmann::json recurses per nesting level; refuse absurd depth before parsing.
bool TooDeep(std::string_view bytes) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : bytes) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') { if (++depth > kMaxJsonDepth) return true; }
    else if (c == ']' || c == '}') --depth;
  }
  return false;
}

bool ParseJson(std::string_view bytes, nlohmann::json* out, std::string* error) {
  if (TooDeep(bytes)) { *error = "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"; return false; }
  try {
    *out = nlohmann::json::parse(bytes.begin(), bytes.end());
    return true;
  } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for numbers like 1e400
    std::string what = e.what();
    const size_t cut = what.find("] ");
    *error = "not valid JSON (" + (cut == std::string::npos ? what : what.substr(cut + 2)) + ")";
    return false;
  }
}

}  // namespace

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string RejectText(std::string_view bytes) {
  if (bytes.size() > kMaxArticleBytes)
    return "too large (" + std::to_string(bytes.size() >> 20) + " MiB; the limit is " +
           std::to_string(kMaxArticleBytes >> 20) + " MiB per article)";
  size_t control = 0, nul = 0, visible = 0;
  const size_t probe = bytes.size() < 65536 ? bytes.size() : 65536;
  for (size_t i = 0; i < probe; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) ++nul;
    else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    else if (c > 0x20) ++visible;
  }
  if (nul > 0) return "looks like a binary file (it contains NUL bytes), not text";
  if (probe > 0 && control * 10 > probe) return "looks like a binary file (mostly control bytes), not text";
  if (visible == 0) return "is empty";
  return "";
}

bool ArticleFromJson(const nlohmann::json& j, const std::string& fallback_id, Article* article, std::string* error) {
  if (!j.is_object()) { *error = "expected an article object {\"id\", \"title\", \"text\"}"; return false; }
  Article a;
  const auto text = j.find("text");
  if (text == j.end()) { *error = "missing \"text\""; return false; }
  if (!text->is_string()) { *error = "\"text\" must be a string"; return false; }
  a.text = text->get<std::string>();
  for (const char* field : {"id", "title", "outlet"}) {
    const auto it = j.find(field);
    if (it == j.end() || it->is_null()) continue;
    if (it->is_number()) { (std::string(field) == "id" ? a.id : std::string(field) == "title" ? a.title : a.outlet) = it->dump(); continue; }
    if (!it->is_string()) { *error = std::string("\"") + field + "\" must be a string"; return false; }
    (std::string(field) == "id" ? a.id : std::string(field) == "title" ? a.title : a.outlet) = it->get<std::string>();
  }
  if (a.id.empty()) a.id = fallback_id;
  const std::string why = RejectText(a.text);
  if (!why.empty()) { *error = "\"text\" " + why; return false; }
  *article = std::move(a);
  return true;
}

bool ParseArticleLine(std::string_view line, const std::string& fallback_id, Article* article, std::string* error) {
  nlohmann::json j;
  return ParseJson(line, &j, error) && ArticleFromJson(j, fallback_id, article, error);
}

InputFormat DetectFormat(const std::string& file_name, std::string_view bytes) {
  if (EndsWithNoCase(file_name, ".jsonl") || EndsWithNoCase(file_name, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWithNoCase(file_name, ".json")) return InputFormat::kJson;
  if (EndsWithNoCase(file_name, ".txt") || EndsWithNoCase(file_name, ".text")) return InputFormat::kText;
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && (bytes[first] == '{' || bytes[first] == '[') ? InputFormat::kJson : InputFormat::kText;
}

ArticleBatch ReadArticles(const std::string& file_name, std::string_view bytes, InputFormat format) {
  if (format == InputFormat::kAuto) format = DetectFormat(file_name, bytes);
  ArticleBatch batch;
  const std::string name = BaseName(file_name);
  if (format == InputFormat::kJsonl) {
    size_t line_number = 0, pos = 0;
    while (pos < bytes.size()) {
      size_t end = bytes.find('\n', pos);
      if (end == std::string_view::npos) end = bytes.size();
      std::string_view line = bytes.substr(pos, end - pos);
      pos = end + 1;
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      std::string error;
      Article a;
      if (!ParseArticleLine(line, name + ":" + std::to_string(line_number), &a, &error)) {
        batch.errors.push_back(name + ":" + std::to_string(line_number) + ": " + error);
        continue;
      }
      batch.articles.push_back(std::move(a));
    }
    if (batch.articles.empty() && batch.errors.empty()) batch.errors.push_back(name + ": no articles in this file");
    return batch;
  }
  if (format == InputFormat::kJson) {
    nlohmann::json j;
    std::string error;
    if (!ParseJson(bytes, &j, &error)) { batch.errors.push_back(name + ": " + error); return batch; }
    const nlohmann::json* list = &j;
    if (j.is_object() && j.contains("articles")) list = &j["articles"];
    if (list->is_object()) {
      Article a;
      if (ArticleFromJson(*list, name, &a, &error)) batch.articles.push_back(std::move(a));
      else batch.errors.push_back(name + ": " + error);
      return batch;
    }
    if (!list->is_array()) { batch.errors.push_back(name + ": expected an article, an array of articles, or {\"articles\": […]}"); return batch; }
    size_t index = 0;
    for (const auto& item : *list) {
      Article a;
      const std::string fallback = name + "#" + std::to_string(index);
      if (ArticleFromJson(item, fallback, &a, &error)) batch.articles.push_back(std::move(a));
      else batch.errors.push_back(name + " [" + std::to_string(index) + "]: " + error);
      ++index;
    }
    if (batch.articles.empty() && batch.errors.empty()) batch.errors.push_back(name + ": no articles in this file");
    return batch;
  }
  const std::string why = RejectText(bytes);
  if (!why.empty()) { batch.errors.push_back(name + ": " + why); return batch; }
  Article a;
  a.id = name;
  a.text = std::string(bytes);
  batch.articles.push_back(std::move(a));
  return batch;
}

}  // namespace biaslens
