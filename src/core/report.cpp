#include "core/report.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace biaslens {
namespace {

const char* const kSpanKindNames[] = {"hedge", "booster", "loaded", "caps", "exclaim", "clickbait", "scare_quote", "boilerplate"};
static_assert(sizeof(kSpanKindNames) / sizeof(kSpanKindNames[0]) == static_cast<size_t>(SpanKind::kCount),
              "every SpanKind needs a name");

nlohmann::json RangeJson(Range r, const OffsetMapper& map) {
  if (r.empty()) return nullptr;
  return nlohmann::json::array({map.Map(r.start), map.Map(r.end)});
}

Range RangeFromJson(const nlohmann::json& j) {
  if (!j.is_array() || j.size() != 2 || !j[0].is_number_unsigned() || !j[1].is_number_unsigned()) return {};
  return {j[0].get<uint32_t>(), j[1].get<uint32_t>()};
}

// Rounds for stable, readable output (two decimals for scores, four for metrics).
double Round(double v, double scale) { return std::round(v * scale) / scale; }

}  // namespace

const char* VoiceName(Voice v) { return v == Voice::kQuoted ? "quoted" : "reporter"; }
const char* SpanKindName(SpanKind k) { return kSpanKindNames[static_cast<size_t>(k)]; }
bool ParseSpanKind(std::string_view name, SpanKind* kind) {
  for (size_t i = 0; i < static_cast<size_t>(SpanKind::kCount); ++i)
    if (name == kSpanKindNames[i]) { *kind = static_cast<SpanKind>(i); return true; }
  return false;
}

void Report::SetMetric(const std::string& name, double value) {
  for (auto& m : metrics) if (m.first == name) { m.second = value; return; }
  metrics.emplace_back(name, value);
}

double Report::Metric(std::string_view name, double fallback) const {
  for (const auto& m : metrics) if (m.first == name) return m.second;
  return fallback;
}

nlohmann::json ReportToJson(const Report& r, std::string_view text, OffsetUnit unit) {
  const OffsetMapper map(text, unit);
  nlohmann::json j;
  j["schema"] = r.schema;
  j["id"] = r.id;
  j["title"] = r.title;
  j["offsets"] = OffsetUnitName(unit);
  j["headline"] = RangeJson(r.headline, map);
  j["stats"] = {{"words", r.stats.words}, {"sentences", r.stats.sentences},
                {"reporter_words", r.stats.reporter_words}, {"quoted_words", r.stats.quoted_words}};
  j["scores"] = {{"hedging", Round(r.scores.hedging, 100)}, {"loaded", Round(r.scores.loaded, 100)},
                 {"source_diversity", Round(r.scores.source_diversity, 100)}};
  nlohmann::json metrics = nlohmann::json::object();
  for (const auto& m : r.metrics) metrics[m.first] = Round(m.second, 10000);
  j["metrics"] = std::move(metrics);
  nlohmann::json spans = nlohmann::json::array();
  for (const Span& s : r.spans)
    spans.push_back({{"start", map.Map(s.start)}, {"end", map.Map(s.end)}, {"kind", SpanKindName(s.kind)},
                     {"voice", VoiceName(s.voice)}, {"cue", s.cue}, {"weight", Round(s.weight, 1000)}, {"rule", s.rule}});
  j["spans"] = std::move(spans);
  nlohmann::json attributions = nlohmann::json::array();
  for (const Attribution& a : r.attributions)
    attributions.push_back({{"source", RangeJson(a.source, map)}, {"cue", RangeJson(a.cue, map)},
                            {"content", RangeJson(a.content, map)}, {"source_id", a.source_id},
                            {"direct", a.direct}, {"verb", a.verb}, {"stance", a.stance}});
  j["attributions"] = std::move(attributions);
  nlohmann::json sources = nlohmann::json::array();
  for (const Source& s : r.sources) {
    nlohmann::json mentions = nlohmann::json::array();
    for (Range m : s.mention_spans) mentions.push_back(RangeJson(m, map));
    sources.push_back({{"id", s.id}, {"name", s.name}, {"type", s.type}, {"affiliation", s.affiliation},
                       {"role", s.role}, {"mentions", s.mentions}, {"attributions", s.attributions},
                       {"anonymous", s.anonymous}, {"mention_spans", std::move(mentions)}});
  }
  j["sources"] = std::move(sources);
  nlohmann::json sentences = nlohmann::json::array();
  for (const SentenceReport& s : r.sentences)
    sentences.push_back({{"start", map.Map(s.start)}, {"end", map.Map(s.end)}, {"hedged", s.hedged},
                         {"loaded", s.loaded}, {"boilerplate", s.boilerplate}, {"headline", s.headline}});
  j["sentences"] = std::move(sentences);
  if (!r.warnings.empty()) j["warnings"] = r.warnings;
  return j;
}

bool ReportFromJson(const nlohmann::json& j, Report* out, std::string* error) {
  try {
    Report r;
    if (j.value("schema", 0) != kReportSchema) { *error = "report schema is not 1"; return false; }
    if (j.value("offsets", std::string("utf8")) != "utf8") { *error = "only utf8-offset reports can be read back"; return false; }
    r.id = j.at("id").get<std::string>();
    r.title = j.value("title", "");
    if (j.contains("headline")) r.headline = RangeFromJson(j["headline"]);
    const auto& st = j.at("stats");
    r.stats = {st.value("words", 0u), st.value("sentences", 0u), st.value("reporter_words", 0u), st.value("quoted_words", 0u)};
    const auto& sc = j.at("scores");
    r.scores = {sc.value("hedging", 0.0), sc.value("loaded", 0.0), sc.value("source_diversity", 0.0)};
    for (const auto& [k, v] : j.at("metrics").items()) r.metrics.emplace_back(k, v.get<double>());
    for (const auto& s : j.at("spans")) {
      Span span;
      span.start = s.at("start").get<uint32_t>();
      span.end = s.at("end").get<uint32_t>();
      if (!ParseSpanKind(s.at("kind").get<std::string>(), &span.kind)) { *error = "unknown span kind"; return false; }
      span.voice = s.value("voice", "reporter") == std::string("quoted") ? Voice::kQuoted : Voice::kReporter;
      span.cue = s.value("cue", "");
      span.weight = s.value("weight", 1.0f);
      span.rule = s.value("rule", "");
      r.spans.push_back(std::move(span));
    }
    for (const auto& a : j.at("attributions")) {
      Attribution at;
      at.source = RangeFromJson(a.value("source", nlohmann::json()));
      at.cue = RangeFromJson(a.value("cue", nlohmann::json()));
      at.content = RangeFromJson(a.value("content", nlohmann::json()));
      at.source_id = a.value("source_id", -1);
      at.direct = a.value("direct", false);
      at.verb = a.value("verb", "");
      at.stance = a.value("stance", "");
      r.attributions.push_back(std::move(at));
    }
    for (const auto& s : j.at("sources")) {
      Source src;
      src.id = s.at("id").get<int>();
      src.name = s.value("name", "");
      src.type = s.value("type", "");
      src.affiliation = s.value("affiliation", "");
      src.role = s.value("role", "");
      src.mentions = s.value("mentions", 0);
      src.attributions = s.value("attributions", 0);
      src.anonymous = s.value("anonymous", false);
      for (const auto& m : s.value("mention_spans", nlohmann::json::array())) src.mention_spans.push_back(RangeFromJson(m));
      r.sources.push_back(std::move(src));
    }
    for (const auto& s : j.at("sentences"))
      r.sentences.push_back({s.at("start").get<uint32_t>(), s.at("end").get<uint32_t>(), s.value("hedged", false),
                             s.value("loaded", false), s.value("boilerplate", false), s.value("headline", false)});
    if (j.contains("warnings")) r.warnings = j["warnings"].get<std::vector<std::string>>();
    *out = std::move(r);
    return true;
  } catch (const nlohmann::json::exception& e) {
    *error = std::string("malformed report: ") + e.what();
    return false;
  }
}

}  // namespace biaslens
