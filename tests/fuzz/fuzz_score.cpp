// The whole scoring pipeline on arbitrary bytes.
// Input: byte 0 picks options (bit 0 include_quoted, bit 1 no first-line headline, bit 2 a
// separate title); the rest is the article text. Checks, beyond "no crash, no sanitizer
// report": every offset in the report lies inside the text, spans are sorted, the title is
// valid UTF-8, and each offset unit maps monotonically within the text's length.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/scorer.h"
#include "core/utf8.h"
#include "fuzz_check.h"

namespace {

const biaslens::Scorer& SharedScorer() {
  std::string error;
  const biaslens::Scorer* scorer = biaslens::Scorer::Shared(&error);
  if (!scorer) { std::fprintf(stderr, "fuzz_score: cannot load assets: %s\n", error.c_str()); std::abort(); }
  return *scorer;
}

// Length of `text` in `unit` (the largest offset a report may hold).
uint64_t LengthIn(std::string_view text, biaslens::OffsetUnit unit) {
  return biaslens::OffsetMapper(text, unit).Map(static_cast<uint32_t>(text.size()));
}

void CheckOffset(const nlohmann::json& v, uint64_t limit) {
  FUZZ_CHECK(v.is_number_unsigned());
  FUZZ_CHECK(v.get<uint64_t>() <= limit);
}

void CheckRange(const nlohmann::json& r, uint64_t limit) {
  if (r.is_null()) return;
  FUZZ_CHECK(r.is_array() && r.size() == 2);
  CheckOffset(r[0], limit);
  CheckOffset(r[1], limit);
  FUZZ_CHECK(r[0].get<uint64_t>() <= r[1].get<uint64_t>());
}

void CheckJson(const nlohmann::json& j, std::string_view text, biaslens::OffsetUnit unit) {
  const uint64_t limit = LengthIn(text, unit);
  FUZZ_CHECK(j.at("schema") == biaslens::kReportSchema);
  CheckRange(j.at("headline"), limit);
  for (const char* key : {"hedging", "loaded", "source_diversity"}) {
    const double score = j.at("scores").at(key).get<double>();
    FUZZ_CHECK(score >= 0 && score <= 100);
  }
  for (const auto& s : j.at("spans")) {
    CheckOffset(s.at("start"), limit);
    CheckOffset(s.at("end"), limit);
    FUZZ_CHECK(s["start"].get<uint64_t>() <= s["end"].get<uint64_t>());
  }
  for (const auto& s : j.at("sentences")) {
    CheckOffset(s.at("start"), limit);
    CheckOffset(s.at("end"), limit);
    FUZZ_CHECK(s["start"].get<uint64_t>() <= s["end"].get<uint64_t>());
  }
  for (const auto& a : j.at("attributions")) {
    CheckRange(a.at("source"), limit);
    CheckRange(a.at("cue"), limit);
    CheckRange(a.at("content"), limit);
  }
  for (const auto& s : j.at("sources"))
    for (const auto& m : s.at("mention_spans")) CheckRange(m, limit);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const biaslens::Scorer& scorer = SharedScorer();
  const uint8_t mode = data[0];
  biaslens::Article article;
  article.id = "fuzz";
  article.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  if (mode & 4) article.title = "A title given separately";
  biaslens::ScoreOptions options;
  options.include_quoted = (mode & 1) != 0;
  options.first_line_is_headline = (mode & 2) == 0;

  biaslens::Report report;
  std::string error;
  const bool ok = scorer.Score(article, &report, &error, options);
  FUZZ_CHECK(ok);  // inputs here are far below kMaxArticleBytes
  const uint32_t n = static_cast<uint32_t>(article.text.size());
  FUZZ_CHECK(biaslens::IsValidUtf8(report.title));
  for (size_t i = 0; i < report.spans.size(); ++i) {
    const biaslens::Span& s = report.spans[i];
    FUZZ_CHECK(s.start <= s.end && s.end <= n);
    if (i > 0) FUZZ_CHECK(report.spans[i - 1].start <= s.start);
  }
  for (const biaslens::SentenceReport& s : report.sentences) FUZZ_CHECK(s.start <= s.end && s.end <= n);
  FUZZ_CHECK(report.stats.reporter_words + report.stats.quoted_words == report.stats.words);

  for (biaslens::OffsetUnit unit : {biaslens::OffsetUnit::kUtf8, biaslens::OffsetUnit::kCodepoint, biaslens::OffsetUnit::kUtf16}) {
    const nlohmann::json j = biaslens::ReportToJson(report, article.text, unit);
    CheckJson(j, article.text, unit);
    const std::string dumped = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    FUZZ_CHECK(!dumped.empty());
    // The dumped report reads back as JSON (what every consumer does next).
    FUZZ_CHECK(!nlohmann::json::parse(dumped, nullptr, false).is_discarded());
  }
  return 0;
}
