// Differential: the CLI's fast JSONL line reader (src/cli/article_line.cpp) against the
// reference ParseArticleLine() (src/core/corpus_io.cpp). The header promises the same
// Article and the same error message for every input; any difference is a crash here.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/article_line.h"
#include "core/corpus_io.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  biaslens::Article fast, reference;
  std::string fast_error, reference_error;
  const bool fast_ok = biaslens::ParseArticleLineFast(line, "line-1", &fast, &fast_error);
  const bool reference_ok = biaslens::ParseArticleLine(line, "line-1", &reference, &reference_error);
  if (fast_ok != reference_ok || fast_error != reference_error) {
    std::fprintf(stderr, "fast: %d '%s'\nreference: %d '%s'\n", fast_ok, fast_error.c_str(), reference_ok,
                 reference_error.c_str());
  }
  FUZZ_CHECK(fast_ok == reference_ok);
  FUZZ_CHECK(fast_error == reference_error);
  if (fast_ok) {
    FUZZ_CHECK(fast.id == reference.id);
    FUZZ_CHECK(fast.title == reference.title);
    FUZZ_CHECK(fast.text == reference.text);
    FUZZ_CHECK(fast.outlet == reference.outlet);
  }
  return 0;
}
