#include "core/corpus_io.h"

#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/scorer.h"
#include "core/utf8.h"

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

// At most `max_bytes` of `text`, cut at a character boundary, with "…" when cut.
std::string Shortened(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "\xE2\x80\xA6";
}

// Parses `bytes`. JSON text with invalid UTF-8 inside its strings (which the JSON parser
// refuses) is read with each bad byte as U+FFFD, as text files are, and *repaired is set.
bool ParseJson(std::string_view bytes, nlohmann::json* out, std::string* error, bool* repaired = nullptr) {
  if (TooDeep(bytes)) { *error = "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"; return false; }
  try {
    if (IsValidUtf8(bytes)) {
      *out = nlohmann::json::parse(bytes.begin(), bytes.end());
    } else {
      const std::string valid = RepairUtf8(bytes);
      *out = nlohmann::json::parse(valid.begin(), valid.end());
      if (repaired) *repaired = true;
    }
    return true;
  } catch (const nlohmann::json::exception& e) {  // parse_error, and out_of_range for numbers like 1e400
    std::string what = e.what();
    const size_t cut = what.find("] ");
    // The parser quotes what it last read, which can be a whole (huge) bad line.
    *error = "not valid JSON (" + Shortened(cut == std::string::npos ? what : what.substr(cut + 2), 160) + ")";
    return false;
  }
}

constexpr const char* kRepairedNote = "invalid UTF-8 replaced with U+FFFD";

// A code point that shows nothing: white space, no-break and zero-width spaces, the BOM.
bool IsInvisible(uint32_t cp) {
  return cp <= 0x20 || cp == 0x7F || cp == 0xA0 || cp == 0x1680 || cp == 0x180E || (cp >= 0x2000 && cp <= 0x200F) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF;
}

}  // namespace

std::string BaseName(const std::string& path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string RejectText(std::string_view bytes) {
  if (bytes.size() > kMaxArticleBytes) {
    char size[32];
    std::snprintf(size, sizeof size, "%.1f MiB", static_cast<double>(bytes.size()) / (1 << 20));
    return std::string("too large (") + size + "; the limit is " + std::to_string(kMaxArticleBytes >> 20) +
           " MiB per article)";
  }
  if (bytes.find('\0') != std::string_view::npos) return "looks like a binary file (it contains NUL bytes), not text";
  // Control bytes are counted in the first 64 KiB: enough to tell a binary file.
  size_t control = 0;
  const size_t probe = bytes.size() < 65536 ? bytes.size() : 65536;
  for (size_t i = 0; i < probe; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (probe > 0 && control * 10 > probe) return "looks like a binary file (mostly control bytes), not text";
  for (size_t i = 0; i < bytes.size();) {
    int length = 1;
    const auto c = static_cast<unsigned char>(bytes[i]);
    const uint32_t cp = c < 0x80 ? c : DecodeUtf8(bytes.data() + i, bytes.data() + bytes.size(), &length);
    if (!IsInvisible(cp)) return "";
    i += static_cast<size_t>(length);
  }
  return "is empty";
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

bool ParseArticleLine(std::string_view line, const std::string& fallback_id, Article* article, std::string* error,
                      bool* repaired) {
  nlohmann::json j;
  return ParseJson(line, &j, error, repaired) && ArticleFromJson(j, fallback_id, article, error);
}

InputFormat DetectFormat(const std::string& file_name, std::string_view bytes) {
  if (EndsWithNoCase(file_name, ".jsonl") || EndsWithNoCase(file_name, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWithNoCase(file_name, ".json")) return InputFormat::kJson;
  if (EndsWithNoCase(file_name, ".txt") || EndsWithNoCase(file_name, ".text")) return InputFormat::kText;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);  // a UTF-8 byte-order mark
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (bytes[first] != '{' && bytes[first] != '[')) return InputFormat::kText;
  // JSONL: a first line that is one whole object ("{…}"), and another line after it starting with '{'.
  const size_t line_end = bytes.find('\n', first);
  if (bytes[first] == '{' && line_end != std::string_view::npos) {
    const std::string_view line = bytes.substr(first, line_end - first);
    const size_t last = line.find_last_not_of(" \t\r");
    const size_t next = bytes.find_first_not_of(" \t\r\n", line_end);
    if (line[last] == '}' && next != std::string_view::npos && bytes[next] == '{') return InputFormat::kJsonl;
  }
  return InputFormat::kJson;
}

ArticleBatch ReadArticles(const std::string& file_name, std::string_view bytes, InputFormat format) {
  ArticleBatch batch;
  const std::string name = BaseName(file_name);
  std::string from_utf16;
  bool utf16_invalid = false;
  if (DecodeUtf16WithBom(bytes, &from_utf16, &utf16_invalid)) {
    bytes = from_utf16;
    if (utf16_invalid) batch.warnings.push_back(name + ": ill-formed UTF-16 (an unpaired surrogate or odd byte) replaced with U+FFFD");
  }
  if (format == InputFormat::kAuto) format = DetectFormat(file_name, bytes);
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
      bool repaired = false;
      if (!ParseArticleLine(line, name + ":" + std::to_string(line_number), &a, &error, &repaired)) {
        batch.errors.push_back(name + ":" + std::to_string(line_number) + ": " + error);
        continue;
      }
      if (repaired) batch.warnings.push_back(name + ":" + std::to_string(line_number) + ": " + kRepairedNote);
      batch.articles.push_back(std::move(a));
    }
    if (batch.articles.empty() && batch.errors.empty()) batch.errors.push_back(name + ": no articles in this file");
    return batch;
  }
  if (format == InputFormat::kJson) {
    nlohmann::json j;
    std::string error;
    bool repaired = false;
    if (!ParseJson(bytes, &j, &error, &repaired)) { batch.errors.push_back(name + ": " + error); return batch; }
    if (repaired) batch.warnings.push_back(name + ": " + kRepairedNote);
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
