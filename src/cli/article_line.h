// Reading one JSONL article line fast (the batch scorer's input path).
#pragma once
#include <string>
#include <string_view>

#include "core/report.h"

namespace biaslens {

// Same contract and results as ParseArticleLine() (core/corpus_io.h) — the same Article,
// the same error messages — but the common shape, one flat object whose values are
// strings or null, is read directly (a few instructions a byte instead of building an
// nlohmann::json tree). Anything else (numbers, arrays, nested objects, a repeated field,
// odd escapes, any syntax error) is handed to ParseArticleLine() unchanged.
bool ParseArticleLineFast(std::string_view line, const std::string& fallback_id, Article* article, std::string* error,
                          bool* repaired = nullptr);

}  // namespace biaslens
