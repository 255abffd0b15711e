// The core-only half of the JS boundary (see core_api.h): memory helpers, bl_score and
// bl_version. Linked into both wasm modules (the page's app.wasm and biaslens-core.js), so
// the browser, Node and bundlers all score through this one implementation.
#include "core_api.h"

#include <cstdlib>
#include <cstring>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/report.h"
#include "core/scorer.h"
#include "core/utf8.h"

namespace biaslens {
namespace webapi {

char* MallocString(std::string_view bytes) {
  char* out = static_cast<char*>(std::malloc(bytes.size() + 1));
  if (!out) return nullptr;
  if (!bytes.empty()) std::memcpy(out, bytes.data(), bytes.size());
  out[bytes.size()] = '\0';
  return out;
}

std::string DumpJson(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

char* MallocJson(const nlohmann::json& j) { return MallocString(DumpJson(j)); }

char* MallocError(std::string_view message) noexcept {
  try {
    nlohmann::json j = nlohmann::json::object();
    j["error"] = std::string(message);
    return MallocJson(j);
  } catch (const std::exception&) {
    return nullptr;
  }
}

bool ParseJsonObject(std::string_view bytes, nlohmann::json* out, std::string* error) {
  if (bytes.empty()) {
    *out = nlohmann::json::object();
    return true;
  }
  nlohmann::json parsed = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr,
                                                /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    *error = "options are not valid JSON";
    return false;
  }
  if (!parsed.is_object()) {
    *error = "options must be a JSON object";
    return false;
  }
  *out = std::move(parsed);
  return true;
}

bool OptionalString(const nlohmann::json& object, const char* key, std::string* out, std::string* error) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = std::string("\"") + key + "\" must be a string";
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

bool OptionalBool(const nlohmann::json& object, const char* key, bool* out, std::string* error) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_boolean()) {
    *error = std::string("\"") + key + "\" must be true or false";
    return false;
  }
  *out = it->get<bool>();
  return true;
}

}  // namespace webapi
}  // namespace biaslens

using namespace biaslens;

BL_EXPORT void* bl_alloc(size_t size) { return std::malloc(size ? size : 1); }
BL_EXPORT void bl_free(void* pointer) { std::free(pointer); }

BL_EXPORT char* bl_score(const char* text, size_t length, const char* options_json) {
  return webapi::Guarded([&]() -> char* {
    if (!text && length) return webapi::MallocError("text is missing");
    std::string error;
    nlohmann::json options;
    if (!webapi::ParseJsonObject(options_json ? std::string_view(options_json) : std::string_view(),
                                 &options, &error))
      return webapi::MallocError(error);

    Article article;
    std::string offsets = "utf8";
    if (!webapi::OptionalString(options, "id", &article.id, &error) ||
        !webapi::OptionalString(options, "title", &article.title, &error) ||
        !webapi::OptionalString(options, "outlet", &article.outlet, &error) ||
        !webapi::OptionalString(options, "offsets", &offsets, &error))
      return webapi::MallocError(error);
    OffsetUnit unit = OffsetUnit::kUtf8;
    if (!ParseOffsetUnit(offsets, &unit))
      return webapi::MallocError("\"offsets\" must be \"utf8\", \"codepoint\" or \"utf16\", not \"" + offsets + "\"");
    ScoreOptions score_options;
    if (!webapi::OptionalBool(options, "include_quoted", &score_options.include_quoted, &error))
      return webapi::MallocError(error);
    if (length > kMaxArticleBytes)
      return webapi::MallocError("the text is " + std::to_string(length) + " bytes; the limit is " +
                                 std::to_string(kMaxArticleBytes) + " bytes (8 MiB) per article");
    article.text.assign(text ? text : "", length);

    const Scorer* scorer = Scorer::Shared(&error);
    if (!scorer) return webapi::MallocError(error);
    Report report;
    if (!scorer->Score(article, &report, &error, score_options))
      return webapi::MallocError(error.empty() ? "the article could not be scored" : error);
    // ReportToJsonText: the same bytes as DumpJson(ReportToJson(…)), written without a json tree.
    return webapi::MallocString(ReportToJsonText(report, article.text, unit));
  });
}

BL_EXPORT char* bl_version() {
  std::string error;
  const Scorer* scorer = Scorer::Shared(&error);
  if (!scorer) return webapi::MallocError(error);
  nlohmann::json j = {{"name", "biaslens"}, {"schema", kReportSchema}};
  nlohmann::json lexicons = nlohmann::json::array();
  for (const Lexicon& lexicon : scorer->lexicons())
    lexicons.push_back({{"name", lexicon.name}, {"version", lexicon.version}, {"hash", lexicon.content_hash}});
  j["lexicons"] = std::move(lexicons);
  return webapi::MallocJson(j);
}
