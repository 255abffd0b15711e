// [SECTION] Loading: lexicons/loaded.json, lexicons/acronyms.json, lexicons/clickbait.json, models/loaded.json
// [SECTION] Loaded words: lexicon categories, the word model, span assembly (extension + merge)
// [SECTION] Shapes and patterns: caps runs, exclamation marks, clickbait, scare quotes
// [SECTION] Metrics: per-100-word rates by voice, headline vs body, loaded_raw
//
// What counts as loaded language, the rules and weights are documented in docs/loaded.md.
#include "core/loaded.h"

#include <algorithm>
#include <iterator>

#include "core/lexicon.h"
#include "core/loaded_caps.h"
#include "core/loaded_model.h"
#include "core/scorer.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

// Without models/loaded.json a lexicon entry alone decides: its weight against this threshold.
constexpr double kLexiconOnlyThreshold = 0.5;
// Span weights of the shape and pattern kinds (loaded words carry their probability).
constexpr float kCapsRunWeight = 1.0f;
constexpr float kExclaimWeight = 0.5f;        // one mark; two or more weigh 1.0
constexpr float kScareQuoteWeight = 0.5f;
// loaded_raw = (1 - kHeadlineShare) * body + kHeadlineShare * min(headline, kHeadlineCap).
constexpr double kHeadlineShare = 0.25;
constexpr double kHeadlineCap = 50.0;

const std::string_view kReportingWords[] = {"said", "says", "say", "told", "tells", "wrote", "writes", "added",
                                            "asked", "tweeted", "declared", "stated", "called", "calls",
                                            "according", "insisted", "argued", "warned", "explained", "replied"};

bool IsReportingWord(std::string_view norm) {
  return std::find(std::begin(kReportingWords), std::end(kReportingWords), norm) != std::end(kReportingWords);
}

// Only spaces or tabs between tokens a and b (a < b): they may share a span.
bool Touching(const Document& doc, uint32_t a, uint32_t b) {
  for (uint32_t k = doc.tokens[a].end; k < doc.tokens[b].start; ++k) {
    const char c = doc.text[k];
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// Curiosity-gap teasers ("here's why", "the real reason") are clickbait in a headline or a
// short stand-alone line; inside running prose the same words are ordinary English.
constexpr uint32_t kTeaserLineMaxWords = 25;
bool IsTeaserLine(const Document& doc, const Sentence& s) {
  if (s.headline) return true;
  const Paragraph& p = doc.paragraphs[s.paragraph];
  uint32_t words = 0;
  for (uint32_t i = p.first_token; i < p.end_token; ++i) words += doc.Has(doc.tokens[i], kTokWord) ? 1 : 0;
  return words <= kTeaserLineMaxWords;
}

Voice VoiceOf(const Document& doc, uint32_t token) {
  return doc.Has(doc.tokens[token], kTokQuoted) ? Voice::kQuoted : Voice::kReporter;
}

Span MakeSpan(const Document& doc, uint32_t start, uint32_t end, SpanKind kind, Voice voice, float weight,
              std::string rule) {
  Span s;
  s.start = start;
  s.end = end;
  s.kind = kind;
  s.voice = voice;
  s.weight = weight;
  s.cue = RepairUtf8(doc.text.substr(start, end - start));
  s.rule = std::move(rule);
  return s;
}

}  // namespace

struct LoadedDetector::Impl {
  PhraseMatcher words;                   // loaded.json
  std::vector<std::string> categories;   // category names, index = CategoryTags value
  std::vector<int16_t> entry_category;   // per `words` entry
  PhraseMatcher clickbait;               // clickbait.json
  std::vector<std::string> clickbait_rules;  // "pattern:clickbait.<category>" per entry
  AcronymSet acronyms;
  LoadedModel model;
  bool has_model = false;

  // Category of each token (greedy longest match, left to right, no overlaps) and the
  // lexicon weight of the entry covering it (0 when none).
  void TagWords(const Document& doc, CategoryTags* tags, std::vector<float>* lexicon_weight) const;
  double Threshold() const { return has_model ? model.threshold() : kLexiconOnlyThreshold; }
  // p(loaded) of each word of `s` at [i - s.first_token]: the model's, or without a model the
  // covering lexicon entry's weight; -1 for tokens it does not score (not IsLoadedCandidate).
  void WordScores(const Document& doc, const Sentence& s, const CategoryTags& tags,
                  const std::vector<float>& lexicon_weight, std::vector<double>* scores) const;
  // `scores` from WordScores(). `evidence` (a token of `s`, or -1) is a trigger whatever its
  // score: the sentence model's evidence word (SentenceEvidence()).
  void LoadedWordSpans(const Document& doc, const Sentence& s, const CategoryTags& tags,
                       const std::vector<double>& scores, int64_t evidence, std::vector<Span>* out) const;
  // The sentence model's evidence: when it reads `s` as biased and no reporter-voice word
  // reaches the word threshold, the reporter-voice word with the highest score (the first of
  // equal ones) that is not a function word; else -1. Mirror of evidence_words() in
  // tools/train_loaded.py. (Run() asks only when the sentence has no reporter-voice all-caps
  // run, which the trainer does not model.)
  int64_t SentenceEvidence(const Document& doc, const Sentence& s, const CategoryTags& tags,
                           const std::vector<double>& scores) const;
  void PatternSpans(const Document& doc, const Sentence& s, std::vector<Span>* out) const;
};

// [SECTION] Loading

LoadedDetector::LoadedDetector() : impl_(new Impl()) {}
LoadedDetector::~LoadedDetector() = default;

std::unique_ptr<LoadedDetector> LoadedDetector::Create(const AssetSet& assets, std::string* error) {
  const Lexicon* loaded = assets.FindLexicon("loaded");
  const Lexicon* acronyms = assets.FindLexicon("acronyms");
  const Lexicon* clickbait = assets.FindLexicon("clickbait");
  if (!loaded) { *error = "lexicons/loaded.json is missing"; return nullptr; }
  if (!acronyms) { *error = "lexicons/acronyms.json is missing"; return nullptr; }
  if (!clickbait) { *error = "lexicons/clickbait.json is missing"; return nullptr; }

  std::unique_ptr<LoadedDetector> detector(new LoadedDetector());
  Impl& impl = *detector->impl_;
  for (const LexiconEntry& entry : loaded->entries) {
    auto it = std::find(impl.categories.begin(), impl.categories.end(), entry.category);
    if (it == impl.categories.end()) it = impl.categories.insert(impl.categories.end(), entry.category);
    impl.entry_category.push_back(static_cast<int16_t>(it - impl.categories.begin()));
    impl.words.Add(entry);
  }
  impl.words.Build();
  for (const LexiconEntry& entry : clickbait->entries) {
    impl.clickbait.Add(entry);
    impl.clickbait_rules.push_back("pattern:clickbait." + entry.category);
  }
  impl.clickbait.Build();
  impl.acronyms.AddLexicon(*acronyms);
  if (const std::string* model_bytes = assets.Find("models/loaded.json")) {
    std::string why;
    if (!impl.model.Parse(*model_bytes, &why)) { *error = "models/loaded.json: " + why; return nullptr; }
    impl.has_model = true;
  }
  return detector;
}

// [SECTION] Loaded words

void LoadedDetector::Impl::TagWords(const Document& doc, CategoryTags* tags, std::vector<float>* lexicon_weight) const {
  tags->assign(doc.tokens.size(), -1);
  lexicon_weight->assign(doc.tokens.size(), 0.0f);
  uint32_t i = 0;
  while (i < doc.tokens.size()) {
    PhraseMatch m;
    if (words.MatchAt(doc, i, &m, 1) == 0) { ++i; continue; }
    for (uint32_t k = m.first_token; k < m.first_token + m.token_count; ++k) {
      (*tags)[k] = entry_category[m.entry];
      (*lexicon_weight)[k] = words.entry(m.entry).weight;
    }
    i = m.first_token + m.token_count;
  }
}

void LoadedDetector::Impl::WordScores(const Document& doc, const Sentence& s, const CategoryTags& tags,
                                      const std::vector<float>& lexicon_weight, std::vector<double>* scores) const {
  if (has_model) return model.Probabilities(doc, tags, categories, s.first_token, s.end_token, scores);
  scores->assign(s.end_token - s.first_token, -1.0);
  for (uint32_t i = s.first_token; i < s.end_token; ++i)
    if (IsLoadedCandidate(doc.tokens[i])) (*scores)[i - s.first_token] = lexicon_weight[i];
}

int64_t LoadedDetector::Impl::SentenceEvidence(const Document& doc, const Sentence& s, const CategoryTags& tags,
                                               const std::vector<double>& scores) const {
  if (!has_model || !model.has_sentence_model()) return -1;
  int64_t best = -1;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const double p = scores[i - s.first_token];
    if (p < 0 || VoiceOf(doc, i) == Voice::kQuoted) continue;
    if (p >= Threshold()) return -1;  // a reporter-voice trigger is evidence enough
    if ((best < 0 || p > scores[static_cast<size_t>(best) - s.first_token]) &&
        !model.IsFunctionWord(doc.Norm(doc.tokens[i])))  // "the", "out": no evidence
      best = i;
  }
  if (best < 0 || model.SentenceProbability(doc, tags, categories, s, scores) < model.sentence_threshold()) return -1;
  return best;
}

// Words scoring at least the threshold are triggers. A trigger's span also takes the content
// word right after it ("phony honors": PTC's gold spans are phrases) and an intensifier right
// before it ("utterly absurd"); touching selected words merge into one span. Mirror of
// assemble_spans() in tools/train_loaded.py.
void LoadedDetector::Impl::LoadedWordSpans(const Document& doc, const Sentence& s, const CategoryTags& tags,
                                           const std::vector<double>& scores, int64_t evidence,
                                           std::vector<Span>* out) const {
  const uint32_t n = s.end_token - s.first_token;
  std::vector<float> trigger(n, -1.0f);  // probability of triggers, -1 elsewhere
  std::vector<char> selected(n, 0);
  const double threshold = Threshold();
  for (uint32_t k = 0; k < n; ++k)
    if (scores[k] >= 0 && (scores[k] >= threshold || s.first_token + k == evidence)) {
      trigger[k] = static_cast<float>(scores[k]);
      selected[k] = 1;
    }
  auto is_intensifier = [&](uint32_t j) {
    if (tags[j] >= 0 && categories[static_cast<size_t>(tags[j])] == "intensifier") return true;
    return has_model && model.IsPreIntensifier(doc.Norm(doc.tokens[j]));
  };
  // A trigger inside a lexicon phrase takes the whole phrase ("covering up", not "up"). The
  // phrase is found again by TagWords' greedy scan from the start of its run of tagged tokens.
  auto select_phrase_of = [&](uint32_t i) {
    uint32_t k = i;
    while (k > s.first_token && tags[k - 1] >= 0) --k;
    while (k <= i) {
      PhraseMatch m;
      if (words.MatchAt(doc, k, &m, 1) == 0) { ++k; continue; }
      const uint32_t end = std::min(m.first_token + m.token_count, s.end_token);
      if (i < end) {
        for (uint32_t j = m.first_token; j < end; ++j) selected[j - s.first_token] = 1;
        return;
      }
      k = end;
    }
  };
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (trigger[i - s.first_token] < 0) continue;
    if (tags[i] >= 0) select_phrase_of(i);
    const uint32_t next = i + 1;
    if (next < s.end_token && Touching(doc, i, next)) {
      const Token& t = doc.tokens[next];
      const bool function_word = has_model && model.IsFunctionWord(doc.Norm(t));
      if (IsLoadedCandidate(t) && !function_word && !doc.Has(t, kTokCapitalized)) selected[next - s.first_token] = 1;
    }
    if (i > s.first_token && Touching(doc, i - 1, i) && is_intensifier(i - 1)) selected[i - 1 - s.first_token] = 1;
  }
  uint32_t i = s.first_token;
  while (i < s.end_token) {
    if (!selected[i - s.first_token]) { ++i; continue; }
    uint32_t end = i + 1;
    while (end < s.end_token && selected[end - s.first_token] && Touching(doc, end - 1, end)) ++end;
    // The strongest trigger names the span's weight, voice and rule.
    uint32_t best = i;
    for (uint32_t k = i; k < end; ++k)
      if (trigger[k - s.first_token] > trigger[best - s.first_token]) best = k;
    const float p = trigger[best - s.first_token];
    if (p >= 0) {  // an extension alone (no trigger inside) is never a span
      std::string rule;
      if (best == evidence) rule = "model:loaded-sentence";
      else if (tags[best] >= 0) rule = "lexicon:loaded." + categories[static_cast<size_t>(tags[best])];
      else rule = "model:loaded";
      out->push_back(MakeSpan(doc, doc.tokens[i].start, doc.tokens[end - 1].end, SpanKind::kLoaded,
                              VoiceOf(doc, best), p, std::move(rule)));
    }
    i = end;
  }
}

// [SECTION] Shapes and patterns

void LoadedDetector::Impl::PatternSpans(const Document& doc, const Sentence& s, std::vector<Span>* out) const {
  for (const CapsRun& run : FindCapsRuns(doc, s, acronyms)) {
    out->push_back(MakeSpan(doc, doc.tokens[run.first_token].start, doc.tokens[run.end_token - 1].end,
                            SpanKind::kCaps, VoiceOf(doc, run.first_token), kCapsRunWeight, "shape:caps-run"));
  }
  uint32_t i = s.first_token;
  while (i < s.end_token) {
    if (doc.Norm(doc.tokens[i]) != "!") { ++i; continue; }
    uint32_t end = i + 1;
    while (end < s.end_token && doc.Norm(doc.tokens[end]) == "!") ++end;
    const float weight = end - i >= 2 ? 2 * kExclaimWeight : kExclaimWeight;
    out->push_back(MakeSpan(doc, doc.tokens[i].start, doc.tokens[end - 1].end, SpanKind::kExclaim,
                            VoiceOf(doc, i), weight, "shape:exclamation"));
    i = end;
  }
  i = s.first_token;
  while (i < s.end_token) {
    PhraseMatch m;
    if (clickbait.MatchAt(doc, i, &m, 1) == 0 || m.first_token + m.token_count > s.end_token) { ++i; continue; }
    const uint32_t last = m.first_token + m.token_count - 1;
    if (clickbait.entry(m.entry).category == "teaser" && !IsTeaserLine(doc, s)) { i = last + 1; continue; }
    out->push_back(MakeSpan(doc, doc.tokens[i].start, doc.tokens[last].end, SpanKind::kClickbait,
                            VoiceOf(doc, i), clickbait.entry(m.entry).weight, clickbait_rules[m.entry]));
    i = last + 1;
  }
}

// A scare quote: one to three quoted words the reporter puts at a distance ("so-called
// 'experts'"), not a quotation someone is credited with. Rejected when an attribution's
// content covers it (with a source named), when a reporting word or a colon/comma introduces or follows it, when it
// ends a sentence, or when it reads as a title or name (capitalised, two words or more).
bool IsScareQuote(const Document& doc, const Quotation& q, const Report& report) {
  if (!q.closed || q.continued || q.depth != 1 || q.words < 1 || q.words > 3) return false;
  if (q.first_token >= q.end_token || q.first_token < 1) return false;
  const Token& first = doc.tokens[q.first_token];
  const Token& last = doc.tokens[q.end_token - 1];
  const std::string_view last_norm = doc.Norm(last);
  if (last_norm == "." || last_norm == "!" || last_norm == "?" || last_norm == ",") return false;
  if (q.words >= 2 && doc.Has(first, kTokCapitalized)) return false;
  const uint32_t open_mark = q.first_token - 1;  // the opening quotation mark
  for (uint32_t back = 1; back <= 3 && back <= open_mark; ++back) {
    const std::string_view norm = doc.Norm(doc.tokens[open_mark - back]);
    if (IsReportingWord(norm) || (back == 1 && (norm == ":" || norm == ","))) return false;
  }
  for (uint32_t k = q.end_token + 1; k < q.end_token + 3 && k < doc.tokens.size(); ++k) {
    const std::string_view norm = doc.Norm(doc.tokens[k]);
    if (IsReportingWord(norm) || (k == q.end_token + 1 && norm == ",")) return false;
  }
  // Last, as the only check that is not O(1): few quotations get this far.
  for (const Attribution& a : report.attributions) {
    const bool credited = !a.source.empty() || a.source_id >= 0;  // "so-called" alone credits no one
    if (credited && !a.content.empty() && a.content.start < q.outer.end && q.outer.start < a.content.end) return false;
  }
  return true;
}

// [SECTION] Run + metrics

void LoadedDetector::Run(const Document& doc, const ScoreOptions& options, Report* report) const {
  const Impl& impl = *impl_;
  CategoryTags tags;
  std::vector<float> lexicon_weight;
  impl.TagWords(doc, &tags, &lexicon_weight);

  // Per part (0 body, 1 headline) and voice (0 reporter, 1 quoted).
  double words[2][2] = {{0, 0}, {0, 0}};     // candidate words
  double weight[2][2] = {{0, 0}, {0, 0}};    // summed weights of every span kind
  double loaded_spans[2] = {0, 0};           // kLoaded + kCaps spans per voice
  size_t caps_runs = 0, exclamations = 0, clickbait = 0, scare_quotes = 0;
  auto part_of = [&](uint32_t token) { return doc.Has(doc.tokens[token], kTokHeadline) ? 1 : 0; };
  auto counted = [&](Voice v) { return v == Voice::kReporter || options.include_quoted; };

  // Scores the sentences of `d`; with `emit` the spans and sentence flags go to the report,
  // without (a separately given title, whose offsets do not index the text) its spans go to
  // the report's title_spans and count only in the headline's weight.
  std::vector<Span> spans, pattern_spans;
  std::vector<double> word_scores;
  auto score_sentences = [&](const Document& d, bool emit) {
    CategoryTags d_tags;
    std::vector<float> d_weights;
    const CategoryTags* t = &tags;
    const std::vector<float>* w = &lexicon_weight;
    if (&d != &doc) { impl.TagWords(d, &d_tags, &d_weights); t = &d_tags; w = &d_weights; }
    auto d_part_of = [&](uint32_t token) { return d.Has(d.tokens[token], kTokHeadline) ? 1 : 0; };
    for (size_t si = 0; si < d.sentences.size(); ++si) {
      const Sentence& sentence = d.sentences[si];
      if (sentence.boilerplate) continue;  // the app greys boilerplate: no spans, no score
      for (uint32_t i = sentence.first_token; i < sentence.end_token; ++i)
        if (IsLoadedCandidate(d.tokens[i])) words[d_part_of(i)][VoiceOf(d, i) == Voice::kQuoted ? 1 : 0] += 1;
      spans.clear();
      pattern_spans.clear();
      impl.WordScores(d, sentence, *t, *w, &word_scores);
      impl.PatternSpans(d, sentence, &pattern_spans);
      // A reporter-voice all-caps run is evidence enough, as a trigger is.
      const bool shouted = std::any_of(pattern_spans.begin(), pattern_spans.end(), [](const Span& p) {
        return p.kind == SpanKind::kCaps && p.voice == Voice::kReporter;
      });
      impl.LoadedWordSpans(d, sentence, *t, word_scores, shouted ? -1 : impl.SentenceEvidence(d, sentence, *t, word_scores),
                           &spans);
      spans.insert(spans.end(), std::make_move_iterator(pattern_spans.begin()),
                   std::make_move_iterator(pattern_spans.end()));
      // The sentence flag: the sentence holds a counted loaded or all-caps span (the sentence
      // model's evidence word included).
      bool loaded = false;
      for (Span& span : spans) {
        const int voice = span.voice == Voice::kQuoted ? 1 : 0;
        const int part = sentence.headline ? 1 : d_part_of(sentence.first_token);
        weight[part][voice] += span.weight;
        if (!emit) {  // the title's evidence, at offsets in the title
          report->title_spans.push_back(std::move(span));
          continue;
        }
        if (span.kind == SpanKind::kLoaded || span.kind == SpanKind::kCaps) {
          loaded_spans[voice] += 1;
          if (counted(span.voice)) loaded = true;
        }
        caps_runs += span.kind == SpanKind::kCaps;
        exclamations += span.kind == SpanKind::kExclaim;
        clickbait += span.kind == SpanKind::kClickbait;
        report->spans.push_back(std::move(span));
      }
      if (emit && si < report->sentences.size()) report->sentences[si].loaded = loaded;
    }
  };
  score_sentences(doc, true);
  if (doc.separate_title && !doc.headline_in_text) score_sentences(*doc.separate_title, false);
  for (const Quotation& q : doc.quotations) {
    if (q.first_token >= q.end_token || doc.sentences[doc.tokens[q.first_token].sentence].boilerplate) continue;
    if (!IsScareQuote(doc, q, *report)) continue;
    const int part = part_of(q.first_token);
    weight[part][0] += kScareQuoteWeight;  // the reporter's distancing, whatever the quote's flags
    ++scare_quotes;
    report->spans.push_back(MakeSpan(doc, q.outer.start, q.outer.end, SpanKind::kScareQuote, Voice::kReporter,
                                     kScareQuoteWeight, "shape:scare-quote"));
  }

  auto per100 = [](double count, double n) { return n > 0 ? 100.0 * count / n : 0.0; };
  const double all_words[2] = {words[0][0] + words[1][0], words[0][1] + words[1][1]};  // per voice
  const double counted_words = all_words[0] + (options.include_quoted ? all_words[1] : 0);
  const double counted_loaded = loaded_spans[0] + (options.include_quoted ? loaded_spans[1] : 0);
  auto part_rate = [&](int part) {
    const double w = words[part][0] + (options.include_quoted ? words[part][1] : 0);
    const double s = weight[part][0] + (options.include_quoted ? weight[part][1] : 0);
    return per100(s, w);
  };
  const double body = part_rate(0), headline = part_rate(1);
  const bool has_headline = words[1][0] + words[1][1] > 0;
  report->SetMetric("loaded_per_100w", per100(counted_loaded, counted_words));
  report->SetMetric("loaded_quoted_per_100w", per100(loaded_spans[1], all_words[1]));
  report->SetMetric("loaded_headline", headline);
  report->SetMetric("loaded_body", body);
  report->SetMetric("caps_runs", static_cast<double>(caps_runs));
  report->SetMetric("exclamations", static_cast<double>(exclamations));
  report->SetMetric("clickbait_patterns", static_cast<double>(clickbait));
  report->SetMetric("scare_quotes", static_cast<double>(scare_quotes));
  // The calibrated value: weighted loaded wording per 100 counted words of the body, with the
  // headline's own rate weighing kHeadlineShare (capped, a short headline is not all the story).
  report->SetMetric("loaded_raw", has_headline
                                      ? (1 - kHeadlineShare) * body + kHeadlineShare * std::min(headline, kHeadlineCap)
                                      : body);
}

}  // namespace biaslens
