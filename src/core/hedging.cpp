// [SECTION] Loading: lexicons/hedges.json (+ per-entry "gate"), lexicons/boosters.json, models/hedging.json
// [SECTION] Finding cues: one left-to-right pass per sentence, longest match, no overlaps
// [SECTION] Deciding: context vetoes, then the entry's gate (always / before a number / model)
// [SECTION] Metrics: per-100-word rates, hedged sentence share, hedging_raw
//
// What counts as hedging, the rules and weights are documented in docs/hedging.md.
#include "core/hedging.h"

#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/hedging_model.h"
#include "core/hedging_rules.h"
#include "core/lexicon.h"
#include "core/scorer.h"
#include "core/utf8.h"

namespace biaslens {

namespace {

constexpr uint32_t kTagHedge = 0;
constexpr uint32_t kTagBooster = 1;

// How a hedge entry is confirmed once no context rule vetoed it.
enum class Gate : uint8_t {
  kModel,   // the context model decides (p >= threshold)
  kAlways,  // a hedge wherever it occurs ("reportedly", "it remains to be seen")
  kNumber,  // an approximator: a hedge only right before a quantity ("roughly 300")
};

bool ParseGate(std::string_view name, Gate* gate) {
  if (name == "model") *gate = Gate::kModel;
  else if (name == "always") *gate = Gate::kAlways;
  else if (name == "number") *gate = Gate::kNumber;
  else return false;
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsQuantityStart(const Document& doc, const Sentence& sentence, uint32_t at) {
  if (at >= sentence.end_token) return false;
  const Token& t = doc.tokens[at];
  if (doc.Has(t, kTokNumber)) return true;
  const std::string_view n = doc.Norm(t);
  return n == "$" || n == "\xE2\x82\xAC" || n == "\xC2\xA3";  // $ € £
}

}  // namespace

struct HedgeDetector::Impl {
  PhraseMatcher matcher;                  // hedges (tag 0) and boosters (tag 1)
  std::vector<Gate> gates;                // per matcher entry (boosters: kAlways)
  std::vector<std::string> phrases;       // lower-case phrase per matcher entry
  std::vector<std::string> rule_names;    // "lexicon:hedge.modal", "model:hedge.modal", …
  HedgeModel model;

  // Judges the match at `m`; on a cue returns true and fills *span (offsets, kind, rule…).
  bool Judge(const Document& doc, const Sentence& sentence, bool title_case, const PhraseMatch& m, Span* span) const;
};

// [SECTION] Loading

HedgeDetector::HedgeDetector() : impl_(new Impl()) {}
HedgeDetector::~HedgeDetector() = default;

std::unique_ptr<HedgeDetector> HedgeDetector::Create(const AssetSet& assets, std::string* error) {
  const Lexicon* hedges = assets.FindLexicon("hedges");
  const Lexicon* boosters = assets.FindLexicon("boosters");
  const std::string* hedges_bytes = assets.Find("lexicons/hedges.json");
  const std::string* model_bytes = assets.Find("models/hedging.json");
  if (!hedges || !hedges_bytes) { *error = "lexicons/hedges.json is missing"; return nullptr; }
  if (!boosters) { *error = "lexicons/boosters.json is missing"; return nullptr; }
  if (!model_bytes) { *error = "models/hedging.json is missing (retrain: tools/train_hedging.py)"; return nullptr; }

  std::unique_ptr<HedgeDetector> detector(new HedgeDetector());
  Impl& impl = *detector->impl_;
  if (!impl.model.Parse(*model_bytes, error)) return nullptr;

  // The gate is a hedges.json field the generic lexicon parser does not keep: read it here,
  // entry by entry in file order (the order ParseLexicon keeps).
  const nlohmann::json raw = nlohmann::json::parse(*hedges_bytes, nullptr, false);
  if (raw.is_discarded() || !raw.contains("entries") || raw["entries"].size() != hedges->entries.size()) {
    *error = "lexicons/hedges.json: entries unreadable";
    return nullptr;
  }
  for (size_t i = 0; i < hedges->entries.size(); ++i) {
    const LexiconEntry& entry = hedges->entries[i];
    Gate gate = Gate::kModel;
    const nlohmann::json& raw_entry = raw["entries"][i];
    const auto gate_it = raw_entry.is_object() ? raw_entry.find("gate") : raw_entry.end();
    const std::string gate_name =
        gate_it == raw_entry.end() ? "model" : gate_it->is_string() ? gate_it->get<std::string>() : "(not a string)";
    if (!ParseGate(gate_name, &gate)) {
      *error = "lexicons/hedges.json entry '" + entry.phrase + "': unknown gate '" + gate_name + "'";
      return nullptr;
    }
    impl.matcher.Add(entry, kTagHedge);
    impl.gates.push_back(gate);
    impl.phrases.push_back(Lower(entry.phrase));
    impl.rule_names.push_back((gate == Gate::kModel ? "model:hedge." : "lexicon:hedge.") + entry.category);
  }
  for (const LexiconEntry& entry : boosters->entries) {
    impl.matcher.Add(entry, kTagBooster);
    impl.gates.push_back(Gate::kAlways);
    impl.phrases.push_back(Lower(entry.phrase));
    impl.rule_names.push_back("lexicon:booster." + entry.category);
  }
  impl.matcher.Build();
  return detector;
}

// [SECTION] Deciding

bool HedgeDetector::Impl::Judge(const Document& doc, const Sentence& sentence, bool title_case, const PhraseMatch& m,
                                Span* span) const {
  CueOccurrence cue{&doc, &sentence, m.first_token, m.first_token + m.token_count, title_case};
  const LexiconEntry& entry = matcher.entry(m.entry);
  const bool booster = matcher.tag(m.entry) == kTagBooster;
  const std::string& phrase = phrases[m.entry];
  if (booster) {
    if (BoosterContextVeto(cue)) return false;
  } else {
    if (HedgeContextVeto(cue, phrase)) return false;
    switch (gates[m.entry]) {
      case Gate::kAlways: break;
      case Gate::kNumber: if (!IsQuantityStart(doc, sentence, cue.end)) return false; break;
      case Gate::kModel: {
        HedgeFeatureSet features;
        CollectHedgeFeatures(cue, phrase, entry.category, &features);
        if (model.Probability(features) < model.threshold()) return false;
        break;
      }
    }
  }
  const Token& first = doc.tokens[cue.first];
  const Token& last = doc.tokens[cue.end - 1];
  span->start = first.start;
  span->end = last.end;
  span->kind = booster ? SpanKind::kBooster : SpanKind::kHedge;
  span->voice = doc.Has(first, kTokQuoted) ? Voice::kQuoted : Voice::kReporter;
  span->weight = entry.weight;
  span->cue = RepairUtf8(doc.text.substr(first.start, last.end - first.start));
  span->rule = rule_names[m.entry];
  return true;
}

// [SECTION] Finding cues + metrics

namespace {

struct Candidate {
  PhraseMatch match;
  uint32_t sentence;
};

// Every lexicon match inside a non-boilerplate sentence: longest match, left to right, no
// overlaps, never across a sentence end.
std::vector<Candidate> FindCandidates(const Document& doc, const PhraseMatcher& matcher) {
  std::vector<Candidate> out;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    if (sentence.boilerplate) continue;
    uint32_t i = sentence.first_token;
    while (i < sentence.end_token) {
      PhraseMatch match;
      if (matcher.MatchAt(doc, i, &match, 1) == 0 || match.first_token + match.token_count > sentence.end_token) {
        ++i;
        continue;
      }
      out.push_back({match, si});
      i = match.first_token + match.token_count;
    }
  }
  return out;
}

}  // namespace

void HedgeDetector::Run(const Document& doc, const ScoreOptions& options, Report* report) const {
  const Impl& impl = *impl_;
  // Counts per voice: [0] reporter, [1] quoted.
  double hedges[2] = {0, 0}, boosters[2] = {0, 0}, hedge_weight[2] = {0, 0}, words[2] = {0, 0};
  size_t sentences = 0, hedged_sentences = 0;

  std::vector<bool> hedged(doc.sentences.size(), false);
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.boilerplate) continue;
    ++sentences;
    for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
      const Token& t = doc.tokens[i];
      if (doc.Has(t, kTokWord) && !doc.Has(t, kTokClitic) && !doc.Has(t, kTokBoilerplate))
        words[doc.Has(t, kTokQuoted) ? 1 : 0] += 1;
    }
  }

  // Candidates first, so the report's span list grows once (large inputs stay linear).
  const std::vector<Candidate> candidates = FindCandidates(doc, impl.matcher);
  report->spans.reserve(report->spans.size() + candidates.size());
  uint32_t title_case_sentence = UINT32_MAX;
  bool title_case = false;
  for (const Candidate& c : candidates) {
    const Sentence& sentence = doc.sentences[c.sentence];
    if (c.sentence != title_case_sentence) {  // once per sentence with a candidate
      title_case_sentence = c.sentence;
      title_case = IsTitleCaseSentence(doc, sentence);
    }
    Span span;
    if (!impl.Judge(doc, sentence, title_case, c.match, &span)) continue;
    const int voice = span.voice == Voice::kQuoted ? 1 : 0;
    if (span.kind == SpanKind::kHedge) {
      hedges[voice] += 1;
      hedge_weight[voice] += span.weight;
      if (voice == 0 || options.include_quoted) hedged[c.sentence] = true;
    } else {
      boosters[voice] += 1;
    }
    report->spans.push_back(std::move(span));
  }
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    if (si < report->sentences.size()) report->sentences[si].hedged = hedged[si];
    hedged_sentences += hedged[si] ? 1 : 0;
  }

  auto per100 = [](double count, double n) { return n > 0 ? 100.0 * count / n : 0.0; };
  const double counted_words = words[0] + (options.include_quoted ? words[1] : 0);
  const double counted_hedges = hedges[0] + (options.include_quoted ? hedges[1] : 0);
  const double counted_boosters = boosters[0] + (options.include_quoted ? boosters[1] : 0);
  const double counted_weight = hedge_weight[0] + (options.include_quoted ? hedge_weight[1] : 0);
  report->SetMetric("hedges_per_100w", per100(counted_hedges, counted_words));
  report->SetMetric("boosters_per_100w", per100(counted_boosters, counted_words));
  report->SetMetric("hedged_sentence_share", sentences ? double(hedged_sentences) / sentences : 0.0);
  report->SetMetric("hedges_quoted_per_100w", per100(hedges[1], words[1]));
  // The calibrated value: weighted hedges per 100 counted words (reporter voice by default).
  report->SetMetric("hedging_raw", per100(counted_weight, counted_words));
}

}  // namespace biaslens
