#include "core/report.h"

#include <algorithm>
#include <charconv>
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
  auto spans_json = [](const std::vector<Span>& list, const OffsetMapper& offsets) {
    nlohmann::json spans = nlohmann::json::array();
    for (const Span& s : list)
      spans.push_back({{"start", offsets.Map(s.start)}, {"end", offsets.Map(s.end)}, {"kind", SpanKindName(s.kind)},
                       {"voice", VoiceName(s.voice)}, {"cue", s.cue}, {"weight", Round(s.weight, 1000)}, {"rule", s.rule}});
    return spans;
  };
  j["spans"] = spans_json(r.spans, map);
  if (!r.title_spans.empty()) j["title_spans"] = spans_json(r.title_spans, OffsetMapper(r.title, unit));
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

// [SECTION] ReportToJsonText: the report JSON written straight into a string.
// Same bytes as ReportToJson(...).dump(-1, ' ', false, replace): keys in std::map order
// (sorted), numbers through nlohmann's own float formatter, strings escaped the way its
// serializer escapes them. Strings with invalid UTF-8 (rare) go through nlohmann itself so
// the U+FFFD replacement is exactly its own.
namespace {

class JsonTextWriter {
 public:
  explicit JsonTextWriter(std::string& out) : out_(out) {}

  // `"key":` for a key known to need no escaping (a literal of this file).
  void Key(std::string_view key) {
    out_ += '"';
    out_.append(key.data(), key.size());
    out_ += "\":";
  }
  void Uint(uint64_t v) {
    char buffer[24];
    out_.append(buffer, static_cast<size_t>(std::to_chars(buffer, buffer + sizeof buffer, v).ptr - buffer));
  }
  void Int(int64_t v) {
    char buffer[24];
    out_.append(buffer, static_cast<size_t>(std::to_chars(buffer, buffer + sizeof buffer, v).ptr - buffer));
  }
  void Double(double v) {
    if (!std::isfinite(v)) { out_ += "null"; return; }
    char buffer[64];
    out_.append(buffer, static_cast<size_t>(nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v) - buffer));
  }
  void Bool(bool v) { out_ += v ? "true" : "false"; }
  void Null() { out_ += "null"; }
  void Range(biaslens::Range r, const OffsetMapper& map) {
    if (r.empty()) { Null(); return; }
    out_ += '[';
    Uint(map.Map(r.start));
    out_ += ',';
    Uint(map.Map(r.end));
    out_ += ']';
  }

  void Spans(const std::vector<Span>& spans, const OffsetMapper& map) {
    out_ += '[';
    for (size_t i = 0; i < spans.size(); ++i) {
      const Span& s = spans[i];
      if (i) out_ += ',';
      out_ += '{';
      Key("cue"); String(s.cue); out_ += ',';
      Key("end"); Uint(map.Map(s.end)); out_ += ',';
      Key("kind"); String(SpanKindName(s.kind)); out_ += ',';
      Key("rule"); String(s.rule); out_ += ',';
      Key("start"); Uint(map.Map(s.start)); out_ += ',';
      Key("voice"); String(VoiceName(s.voice)); out_ += ',';
      Key("weight"); Double(Round(s.weight, 1000));
      out_ += '}';
    }
    out_ += ']';
  }

  void String(std::string_view s) {
    const size_t rollback = out_.size();
    out_ += '"';
    const char* p = s.data();
    const size_t n = s.size();
    size_t run = 0;  // start of the bytes not yet copied
    unsigned char high = 0;
    for (size_t i = 0; i < n; ++i) {
      const auto c = static_cast<unsigned char>(p[i]);
      high |= c;
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(p + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\f': out_ += "\\f"; break;
        case '\r': out_ += "\\r"; break;
        default: {
          static const char kHex[] = "0123456789abcdef";
          const char escaped[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          out_.append(escaped, 6);
        }
      }
    }
    out_.append(p + run, n - run);
    out_ += '"';
    if ((high & 0x80) && !IsValidUtf8(s)) {  // let nlohmann do its exact U+FFFD replacement
      out_.resize(rollback);
      out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  }

 private:
  std::string& out_;
};

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) { JsonTextWriter(*out).String(s); }

std::string ReportToJsonText(const Report& r, std::string_view text, OffsetUnit unit) {
  const OffsetMapper map(text, unit);
  std::string out;
  out.reserve(1024 + r.sentences.size() * 96 + r.spans.size() * 128 + r.attributions.size() * 128);
  JsonTextWriter w(out);
  // Top-level keys in sorted order (nlohmann::json objects are std::maps).
  out += '{';
  w.Key("attributions");
  out += '[';
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& a = r.attributions[i];
    if (i) out += ',';
    out += '{';
    w.Key("content"); w.Range(a.content, map); out += ',';
    w.Key("cue"); w.Range(a.cue, map); out += ',';
    w.Key("direct"); w.Bool(a.direct); out += ',';
    w.Key("source"); w.Range(a.source, map); out += ',';
    w.Key("source_id"); w.Int(a.source_id); out += ',';
    w.Key("stance"); w.String(a.stance); out += ',';
    w.Key("verb"); w.String(a.verb);
    out += '}';
  }
  out += "],";
  w.Key("headline"); w.Range(r.headline, map); out += ',';
  w.Key("id"); w.String(r.id); out += ',';
  w.Key("metrics");
  {
    // std::map semantics: sorted by name; a repeated name keeps its last value.
    std::vector<const std::pair<std::string, double>*> sorted;
    sorted.reserve(r.metrics.size());
    for (const auto& m : r.metrics) sorted.push_back(&m);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    out += '{';
    bool first = true;
    for (size_t i = 0; i < sorted.size(); ++i) {
      if (i + 1 < sorted.size() && sorted[i + 1]->first == sorted[i]->first) continue;
      if (!first) out += ',';
      first = false;
      w.String(sorted[i]->first);
      out += ':';
      w.Double(Round(sorted[i]->second, 10000));
    }
    out += "},";
  }
  w.Key("offsets"); w.String(OffsetUnitName(unit)); out += ',';
  w.Key("schema"); w.Int(r.schema); out += ',';
  w.Key("scores");
  out += '{';
  w.Key("hedging"); w.Double(Round(r.scores.hedging, 100)); out += ',';
  w.Key("loaded"); w.Double(Round(r.scores.loaded, 100)); out += ',';
  w.Key("source_diversity"); w.Double(Round(r.scores.source_diversity, 100));
  out += "},";
  w.Key("sentences");
  out += '[';
  for (size_t i = 0; i < r.sentences.size(); ++i) {
    const SentenceReport& s = r.sentences[i];
    if (i) out += ',';
    out += '{';
    w.Key("boilerplate"); w.Bool(s.boilerplate); out += ',';
    w.Key("end"); w.Uint(map.Map(s.end)); out += ',';
    w.Key("headline"); w.Bool(s.headline); out += ',';
    w.Key("hedged"); w.Bool(s.hedged); out += ',';
    w.Key("loaded"); w.Bool(s.loaded); out += ',';
    w.Key("start"); w.Uint(map.Map(s.start));
    out += '}';
  }
  out += "],";
  w.Key("sources");
  out += '[';
  for (size_t i = 0; i < r.sources.size(); ++i) {
    const Source& s = r.sources[i];
    if (i) out += ',';
    out += '{';
    w.Key("affiliation"); w.String(s.affiliation); out += ',';
    w.Key("anonymous"); w.Bool(s.anonymous); out += ',';
    w.Key("attributions"); w.Int(s.attributions); out += ',';
    w.Key("id"); w.Int(s.id); out += ',';
    w.Key("mention_spans");
    out += '[';
    for (size_t k = 0; k < s.mention_spans.size(); ++k) {
      if (k) out += ',';
      w.Range(s.mention_spans[k], map);
    }
    out += "],";
    w.Key("mentions"); w.Int(s.mentions); out += ',';
    w.Key("name"); w.String(s.name); out += ',';
    w.Key("role"); w.String(s.role); out += ',';
    w.Key("type"); w.String(s.type);
    out += '}';
  }
  out += "],";
  w.Key("spans");
  w.Spans(r.spans, map);
  out += ',';
  w.Key("stats");
  out += '{';
  w.Key("quoted_words"); w.Uint(r.stats.quoted_words); out += ',';
  w.Key("reporter_words"); w.Uint(r.stats.reporter_words); out += ',';
  w.Key("sentences"); w.Uint(r.stats.sentences); out += ',';
  w.Key("words"); w.Uint(r.stats.words);
  out += "},";
  w.Key("title"); w.String(r.title);
  if (!r.title_spans.empty()) {
    out += ',';
    w.Key("title_spans");
    w.Spans(r.title_spans, OffsetMapper(r.title, unit));
  }
  if (!r.warnings.empty()) {
    out += ',';
    w.Key("warnings");
    out += '[';
    for (size_t i = 0; i < r.warnings.size(); ++i) {
      if (i) out += ',';
      w.String(r.warnings[i]);
    }
    out += ']';
  }
  out += '}';
  return out;
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
    auto read_spans = [&](const nlohmann::json& list, std::vector<Span>* spans) {
      for (const auto& s : list) {
        Span span;
        span.start = s.at("start").get<uint32_t>();
        span.end = s.at("end").get<uint32_t>();
        if (!ParseSpanKind(s.at("kind").get<std::string>(), &span.kind)) { *error = "unknown span kind"; return false; }
        span.voice = s.value("voice", "reporter") == std::string("quoted") ? Voice::kQuoted : Voice::kReporter;
        span.cue = s.value("cue", "");
        span.weight = s.value("weight", 1.0f);
        span.rule = s.value("rule", "");
        spans->push_back(std::move(span));
      }
      return true;
    };
    if (!read_spans(j.at("spans"), &r.spans)) return false;
    if (j.contains("title_spans") && !read_spans(j["title_spans"], &r.title_spans)) return false;
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
