// The report contract: JSON shape, offsets in every unit, round trip.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/report.h"

using namespace biaslens;

namespace {
Report Sample() {
  Report r;
  r.id = "a1";
  r.title = "T";
  r.stats = {10, 2, 8, 2};
  r.scores = {12.345, 50, 99.999};
  r.SetMetric("hedges_per_100w", 1.5);
  r.SetMetric("hedging_raw", 0.25);
  r.SetMetric("hedges_per_100w", 2.0);  // overwrite keeps the position
  Span s;
  s.start = 5; s.end = 10; s.kind = SpanKind::kHedge; s.voice = Voice::kQuoted; s.cue = "maybe"; s.weight = 0.6f; s.rule = "lexicon:hedge.adverb";
  r.spans.push_back(s);
  Attribution a;
  a.source = {0, 4}; a.cue = {11, 15}; a.source_id = 1; a.direct = true; a.verb = "said"; a.stance = "neutral";
  r.attributions.push_back(a);
  Source src;
  src.id = 1; src.name = "Al"; src.type = "official"; src.mentions = 2; src.attributions = 1; src.mention_spans = {{0, 2}};
  r.sources.push_back(src);
  r.sentences.push_back({0, 14, true, false, false, true});
  return r;
}
}  // namespace

TEST_CASE("report JSON") {
  const std::string text = "\xC3\xA9\xC3\xA9 maybe said it";  // two 2-byte letters first
  const Report r = Sample();
  SUBCASE("has every key of schema 1") {
    const auto j = ReportToJson(r, text);
    for (const char* key : {"schema", "id", "title", "stats", "scores", "metrics", "spans", "attributions", "sources", "sentences"})
      CHECK_MESSAGE(j.contains(key), key);
    CHECK(j["schema"] == 1);
    CHECK(j["scores"]["hedging"] == doctest::Approx(12.35));
    CHECK(j["scores"].contains("loaded"));
    CHECK(j["metrics"]["hedges_per_100w"] == 2.0);
    CHECK(j["spans"][0]["kind"] == "hedge");
    CHECK(j["spans"][0]["voice"] == "quoted");
    CHECK(j["attributions"][0]["content"].is_null());
    CHECK(j["sources"][0]["name"] == "Al");
  }
  SUBCASE("metrics keep insertion order") {
    CHECK(r.metrics[0].first == "hedges_per_100w");
    CHECK(r.Metric("hedging_raw") == 0.25);
    CHECK(r.Metric("absent", -1) == -1);
  }
  SUBCASE("offsets convert to code points") {
    const auto j = ReportToJson(r, text, OffsetUnit::kCodepoint);
    CHECK(j["offsets"] == "codepoint");
    CHECK(j["spans"][0]["start"] == 3);  // byte 5: after two 2-byte letters and a space
    CHECK(j["spans"][0]["end"] == 8);
    CHECK(j["attributions"][0]["source"] == nlohmann::json::array({0, 2}));
    CHECK(j["attributions"][0]["cue"] == nlohmann::json::array({9, 13}));
  }
  SUBCASE("round trip through JSON") {
    Report back;
    std::string error;
    REQUIRE_MESSAGE(ReportFromJson(ReportToJson(r, text), &back, &error), error);
    CHECK(back.id == r.id);
    CHECK(back.spans.size() == 1);
    CHECK(back.spans[0].kind == SpanKind::kHedge);
    CHECK(back.spans[0].voice == Voice::kQuoted);
    CHECK(back.attributions[0].cue.start == 11);
    CHECK(back.sources[0].mention_spans.size() == 1);
    CHECK(back.sentences[0].hedged);
    CHECK(ReportToJson(back, text) == ReportToJson(r, text));
  }
  SUBCASE("reading back refuses other schemas and offset units") {
    Report back;
    std::string error;
    auto j = ReportToJson(r, text);
    j["schema"] = 2;
    CHECK_FALSE(ReportFromJson(j, &back, &error));
    CHECK_FALSE(ReportFromJson(ReportToJson(r, text, OffsetUnit::kUtf16), &back, &error));
    CHECK_FALSE(ReportFromJson(nlohmann::json::object(), &back, &error));
  }
  SUBCASE("span kind names are unique and parse back") {
    for (size_t i = 0; i < static_cast<size_t>(SpanKind::kCount); ++i) {
      SpanKind k;
      REQUIRE(ParseSpanKind(SpanKindName(static_cast<SpanKind>(i)), &k));
      CHECK(static_cast<size_t>(k) == i);
    }
  }
}
