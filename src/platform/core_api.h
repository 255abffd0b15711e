// The C boundary JavaScript calls (shared by the page module `app.wasm` and the core-only
// module `biaslens-core.js` for Node and bundlers). Contracts for every exported function:
//   - strings cross as UTF-8 bytes with an explicit length (NUL bytes allowed inside text);
//   - results are malloc'd, NUL-terminated JSON strings the caller releases with bl_free();
//   - failure is the JSON object {"error": "<message>"}; nothing here aborts or throws;
//   - nullptr only when even that reply cannot be allocated (wasm memory is exhausted).
// core_api.cpp implements the core-only part (bl_score); web_api.cpp adds the App commands.
#pragma once
#include <cstddef>
#include <exception>
#include <new>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define BL_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define BL_EXPORT extern "C"
#endif

namespace biaslens {
namespace webapi {
// A malloc'd NUL-terminated copy of `bytes`; nullptr when memory is exhausted.
char* MallocString(std::string_view bytes);
// {"error": message} as a malloc'd string (nullptr when memory is exhausted).
char* MallocError(std::string_view message) noexcept;
// What a command that ran out of wasm memory answers.
inline constexpr const char* kOutOfMemory =
    "not enough memory for this: remove some articles (or reload the page) and try again";
// reply() (a malloc'd result), or {"error": …} when it throws: running out of memory is an
// answer to the caller, never a crash of the app.
template <class Reply>
char* Guarded(Reply&& reply) noexcept {
  try {
    return reply();
  } catch (const std::bad_alloc&) {
    return MallocError(kOutOfMemory);
  } catch (const std::exception& e) {
    return MallocError(std::string("internal error: ") + e.what());
  }
}
// json.dump() that never throws (invalid UTF-8 inside strings is replaced with U+FFFD).
std::string DumpJson(const nlohmann::json& j);
char* MallocJson(const nlohmann::json& j);
// Parses `bytes` as a JSON object without throwing. On failure returns false, *error set.
bool ParseJsonObject(std::string_view bytes, nlohmann::json* out, std::string* error);
// Reads an optional string member; false (with *error) when present but not a string.
bool OptionalString(const nlohmann::json& object, const char* key, std::string* out, std::string* error);
// Reads an optional boolean member; false (with *error) when present but not a boolean.
bool OptionalBool(const nlohmann::json& object, const char* key, bool* out, std::string* error);
}  // namespace webapi
}  // namespace biaslens

// Memory the JS side fills before a call (freed with bl_free).
BL_EXPORT void* bl_alloc(size_t size);
BL_EXPORT void bl_free(void* pointer);
// Scores `length` bytes of UTF-8 `text` (need not be NUL-terminated). `options_json` is
// NUL-terminated JSON (may be empty or null): {"id", "title", "outlet", "offsets":
// "utf8"|"codepoint"|"utf16" (default utf8), "include_quoted": bool}. Returns the report
// JSON of docs/report.md or {"error": …}.
BL_EXPORT char* bl_score(const char* text, size_t length, const char* options_json);
// {"name":"biaslens","schema":1,"lexicons":[{"name","version"}…]} or {"error": …}.
BL_EXPORT char* bl_version();
