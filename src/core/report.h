// The report contract (schema 1, docs in ../../docs/report.md): one article in, one report out.
// The CLI prints it, the JS API returns it, the app draws it, tests compare it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/text.h"
#include "core/utf8.h"

namespace biaslens {

constexpr int kReportSchema = 1;

struct Article {
  std::string id;
  std::string title;   // optional; when empty the first non-boilerplate line is the headline
  std::string text;
  std::string outlet;  // optional, shown by the app
};

enum class Voice : uint8_t { kReporter, kQuoted };
const char* VoiceName(Voice v);

// Span kinds. The evaluator counts kHedge for hedging and kLoaded/kCaps for loaded language.
enum class SpanKind : uint8_t { kHedge, kBooster, kLoaded, kCaps, kExclaim, kClickbait, kScareQuote, kBoilerplate, kCount };
const char* SpanKindName(SpanKind k);
bool ParseSpanKind(std::string_view name, SpanKind* kind);

struct Span {
  uint32_t start = 0, end = 0;  // bytes into Article::text
  SpanKind kind = SpanKind::kHedge;
  Voice voice = Voice::kReporter;
  float weight = 1.0f;
  std::string cue;   // the matched text as written (or the lexicon phrase for multi-part cues)
  std::string rule;  // e.g. "lexicon:hedge.modal", "context:may.month", "shape:caps-run"
};

struct Attribution {
  Range source, cue, content;  // any may be empty (absent)
  int source_id = -1;          // index into Report::sources by id, -1 when unresolved
  bool direct = false;         // content is a direct quotation
  std::string verb;            // normalized reporting verb/cue ("said", "according to")
  std::string stance;          // "neutral" | "assertive" | "doubtful" | "admitting" | …
};

struct Source {
  int id = 0;
  std::string name;         // canonical display name ("Josh Earnest", "some diplomats")
  std::string type;         // official | spokesperson | organisation | outlet | expert | person | anonymous | document
  std::string affiliation;  // "White House", "Kremlin", … ("" when unknown)
  std::string role;         // "spokesman", "President", … ("" when unknown)
  int mentions = 0;
  int attributions = 0;
  bool anonymous = false;
  std::vector<Range> mention_spans;  // where the text names it
};

struct SentenceReport {
  uint32_t start = 0, end = 0;
  bool hedged = false, loaded = false, boilerplate = false, headline = false;
};

struct Stats {
  uint32_t words = 0, sentences = 0, reporter_words = 0, quoted_words = 0;
};

struct Scores {
  double hedging = 0, loaded = 0, source_diversity = 0;  // 0..100, calibrated
};

struct Report {
  int schema = kReportSchema;
  std::string id, title;
  Range headline;  // where the headline is in the text (empty when the title came separately)
  Stats stats;
  Scores scores;
  std::vector<std::pair<std::string, double>> metrics;  // in insertion order
  std::vector<Span> spans;                              // sorted by start, then end
  std::vector<Span> title_spans;  // spans in `title` when it came apart from the text (offsets index the title)
  std::vector<Attribution> attributions;
  std::vector<Source> sources;
  std::vector<SentenceReport> sentences;
  std::vector<std::string> warnings;  // non-fatal notes ("invalid UTF-8 at byte 120 replaced")

  void SetMetric(const std::string& name, double value);  // adds or overwrites
  double Metric(std::string_view name, double fallback = 0) const;
};

// JSON per the contract; offsets converted from bytes of `text` to `unit`.
nlohmann::json ReportToJson(const Report& report, std::string_view text, OffsetUnit unit = OffsetUnit::kUtf8);
// The same JSON as text: byte-identical to ReportToJson(report, text, unit).dump(-1, ' ',
// false, nlohmann::json::error_handler_t::replace) (keys sorted, no spaces, invalid UTF-8
// in strings replaced by U+FFFD), written directly without building a json tree (~15x
// faster). The CLI's batch path uses it; keep the two in step (scripts/check_output_stable.sh
// and `bench_core --verify` compare them over a whole corpus).
std::string ReportToJsonText(const Report& report, std::string_view text, OffsetUnit unit = OffsetUnit::kUtf8);
// Appends `s` as a JSON string literal, exactly as ReportToJsonText writes strings (invalid
// UTF-8 replaced by U+FFFD): for callers that write JSON around reports without a json tree.
void AppendJsonString(std::string* out, std::string_view s);
// Inverse (utf8 offsets only): for tests, golden files and corpus import.
bool ReportFromJson(const nlohmann::json& j, Report* report, std::string* error);

}  // namespace biaslens
