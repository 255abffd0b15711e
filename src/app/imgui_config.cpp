#include "app/imgui_config.h"

#include <cstdio>
#include <mutex>
#include <set>
#include <string>

namespace biaslens {

namespace {
void DefaultHandler(const char* expression, const char* file, int line) {
  static std::mutex mutex;
  static std::set<std::string> seen;
  std::lock_guard<std::mutex> lock(mutex);
  if (seen.insert(std::string(file) + ":" + std::to_string(line)).second)
    std::fprintf(stderr, "ImGui assertion failed: %s (%s:%d)\n", expression, file, line);
}
ImGuiAssertHandler g_handler = DefaultHandler;
}  // namespace

void SetImGuiAssertHandler(ImGuiAssertHandler handler) { g_handler = handler ? handler : DefaultHandler; }
void ReportImGuiAssert(const char* expression, const char* file, int line) { g_handler(expression, file, line); }

}  // namespace biaslens
