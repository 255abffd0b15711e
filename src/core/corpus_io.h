// Reading articles from what users hand us: .txt files, .json (one article, an array, or
// a corpus export {"articles": […]}), and .jsonl streams. Every rejected item gets one
// clear message naming the file and, for JSONL, the line; good items are still returned.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/report.h"

namespace biaslens {

struct ArticleBatch {
  std::vector<Article> articles;
  std::vector<std::string> errors;    // "file.jsonl:12: \"text\" must be a string"
  std::vector<std::string> warnings;  // "file.json: invalid UTF-8 replaced with U+FFFD" (articles kept)
};

// Why `bytes` cannot be an article's text ("" when it can). Rejects text that shows nothing
// (white space, no-break and zero-width spaces, byte-order marks only), binary data (a NUL
// byte anywhere, or mostly control bytes in the first 64 KiB), and text over kMaxArticleBytes.
// Invalid UTF-8 is accepted (it is read as U+FFFD and reported as a warning).
std::string RejectText(std::string_view bytes);

// An article from a JSON object {"id", "title"?, "text", "outlet"?}. `fallback_id` is used
// when "id" is absent. False + *error on a wrong shape.
bool ArticleFromJson(const nlohmann::json& j, const std::string& fallback_id, Article* article, std::string* error);

// One JSONL line (a JSON article object). False + *error (without a location) on failure.
// Invalid UTF-8 inside the line's strings is read as U+FFFD and sets *repaired.
bool ParseArticleLine(std::string_view line, const std::string& fallback_id, Article* article, std::string* error,
                      bool* repaired = nullptr);

enum class InputFormat {
  kAuto,   // by extension (case-insensitive): .jsonl/.ndjson, .json, .txt; any other file is
           // JSONL when its first line is one object "{…}" and the next one starts with '{',
           // JSON when it starts with '{' or '[', else text
  kText,   // one article; the first line is the headline
  kJson,   // an article object, an array of them, or a corpus export {"articles": […]}
  kJsonl,  // one article object a line
};
InputFormat DetectFormat(const std::string& file_name, std::string_view bytes);

// Every article in `bytes`, read as `format`; errors and warnings name the file (and line,
// for JSONL, or index).
ArticleBatch ReadArticles(const std::string& file_name, std::string_view bytes, InputFormat format = InputFormat::kAuto);

// The file name without directories ("a/b/004_x.txt" -> "004_x.txt").
std::string BaseName(const std::string& path);

}  // namespace biaslens
