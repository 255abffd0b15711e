// ReadArticles on arbitrary bytes under each file-name kind, and ParseArticleLine.
// Input: byte 0 picks the name (.txt, .json, .jsonl, no extension); the rest is the file.
// Checks: every returned article is acceptable text (RejectText says ""), every error names
// the file, and a JSONL file yields at most one article or error per line.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/corpus_io.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"dir/input.txt", "input.json", "some/dir/input.jsonl", "input"};
  const std::string name = kNames[data[0] % 4];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  const biaslens::ArticleBatch batch = biaslens::ReadArticles(name, bytes);
  const std::string base = biaslens::BaseName(name);
  for (const biaslens::Article& a : batch.articles) {
    FUZZ_CHECK(biaslens::RejectText(a.text).empty());
    FUZZ_CHECK(!a.id.empty());
  }
  for (const std::string& e : batch.errors) FUZZ_CHECK(e.compare(0, base.size(), base) == 0);
  FUZZ_CHECK(!batch.articles.empty() || !batch.errors.empty());  // never silent
  if (data[0] % 4 == 2) {
    size_t lines = 1;
    for (char c : bytes) lines += c == '\n';
    FUZZ_CHECK(batch.articles.size() + batch.errors.size() <= lines);
  }

  biaslens::Article article;
  std::string error;
  if (biaslens::ParseArticleLine(bytes, "fallback", &article, &error)) FUZZ_CHECK(!article.id.empty());
  else FUZZ_CHECK(!error.empty());
  return 0;
}
