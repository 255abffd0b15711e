#include "core/scorer.h"

#include <algorithm>
#include <cassert>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "core/assets.h"
#include "core/attribution.h"
#include "core/embedded_files.h"
#include "core/hedging.h"
#include "core/language.h"
#include "core/loaded.h"
#include "core/mojibake.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

constexpr size_t kBoilerplateCueBytes = 80;

// Cuts `s` to at most `max` bytes without splitting a UTF-8 sequence.
std::string TruncateUtf8(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

void AddBoilerplateSpans(const Document& doc, Report* report) {
  for (const Paragraph& p : doc.paragraphs) {
    if (!p.boilerplate) continue;
    Span s;
    s.start = p.start;
    s.end = p.end;
    s.kind = SpanKind::kBoilerplate;
    s.weight = 0;
    s.cue = RepairUtf8(TruncateUtf8(doc.Slice(Range{p.start, p.end}), kBoilerplateCueBytes));
    s.rule = p.boilerplate_rule ? p.boilerplate_rule : "boilerplate";
    report->spans.push_back(std::move(s));
  }
}

// Moves every range of `report` from the repaired text (and title) back to the text as given;
// an empty map leaves its ranges as they are.
void MapOffsetsToOriginal(const std::vector<uint32_t>& text_map, const std::vector<uint32_t>& title_map,
                          Report* report) {
  // Anything with `start` and `end` (a Range, a Span, a sentence); an absent {0, 0} stays so.
  auto range = [](const std::vector<uint32_t>& map, auto* r) {
    if (map.empty()) return;
    r->start = map[r->start];
    r->end = map[r->end];
  };
  range(text_map, &report->headline);
  for (SentenceReport& s : report->sentences) range(text_map, &s);
  for (Span& s : report->spans) range(text_map, &s);
  for (Span& s : report->title_spans) range(title_map, &s);
  for (Attribution& a : report->attributions) {
    range(text_map, &a.source);
    range(text_map, &a.cue);
    range(text_map, &a.content);
  }
  for (Source& s : report->sources)
    for (Range& r : s.mention_spans) range(text_map, &r);
}

void FillStats(const Document& doc, Report* report) {
  Stats st;
  for (const Token& t : doc.tokens) {
    if (!(t.flags & kTokWord) || (t.flags & kTokBoilerplate) || (t.flags & kTokClitic)) continue;
    ++st.words;
    if (t.flags & kTokQuoted) ++st.quoted_words; else ++st.reporter_words;
  }
  for (const Sentence& s : doc.sentences) st.sentences += s.boilerplate ? 0 : 1;
  report->stats = st;
}

bool ReadFile(const std::filesystem::path& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *bytes = ss.str();
  return true;
}

}  // namespace

Scorer::Scorer() = default;
Scorer::~Scorer() = default;

namespace {

std::vector<std::pair<std::string, std::string>> EmbeddedAssetFiles() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& f : biaslens_core_assets::EmbeddedFiles()) files.emplace_back(f.path, std::string(f.data, f.size));
  return files;
}

// The process-wide scorer of Scorer::Shared, built through `builder` until `finished`.
struct SharedScorer {
  std::mutex mutex;
  std::unique_ptr<ScorerBuilder> builder;
  std::unique_ptr<Scorer> scorer;
  std::string error;
  bool finished = false;
};

SharedScorer& TheSharedScorer() {
  static SharedScorer shared;
  return shared;
}

// One step (or all of them, `to_end`); true once finished. Call with the mutex held.
bool AdvanceSharedScorer(SharedScorer& s, bool to_end) {
  if (s.finished) return true;
  if (!s.builder) s.builder = std::make_unique<ScorerBuilder>(EmbeddedAssetFiles());
  bool built = s.builder->Step();
  while (to_end && !built) built = s.builder->Step();
  if (!built) return false;
  s.scorer = s.builder->Take(&s.error);
  if (!s.scorer && s.error.empty()) s.error = "the embedded lexicons failed to load";
  s.builder.reset();
  s.finished = true;
  return true;
}

}  // namespace

std::unique_ptr<Scorer> Scorer::FromEmbeddedAssets(std::string* error) {
  return ScorerBuilder(EmbeddedAssetFiles()).Take(error);
}

const Scorer* Scorer::Shared(std::string* error) {
  SharedScorer& s = TheSharedScorer();
  std::lock_guard<std::mutex> lock(s.mutex);
  AdvanceSharedScorer(s, true);
  if (!s.scorer && error) *error = s.error;
  return s.scorer.get();
}

bool Scorer::BuildSharedStep() {
  SharedScorer& s = TheSharedScorer();
  std::lock_guard<std::mutex> lock(s.mutex);
  return AdvanceSharedScorer(s, false);
}

std::unique_ptr<Scorer> Scorer::FromDirectory(const std::string& assets_dir, std::string* error) {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, std::string>> files;
  std::error_code ec;
  if (!fs::is_directory(assets_dir, ec)) { *error = "assets directory not found: " + assets_dir; return nullptr; }
  for (const char* sub : {"lexicons", "models"}) {
    const fs::path dir = fs::path(assets_dir) / sub;
    if (!fs::is_directory(dir, ec)) continue;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".json") continue;
      std::string bytes;
      if (!ReadFile(entry.path(), &bytes)) { *error = "cannot read " + entry.path().string(); return nullptr; }
      files.emplace_back(std::string(sub) + "/" + entry.path().filename().string(), std::move(bytes));
    }
  }
  std::string calibration;
  if (ReadFile(fs::path(assets_dir) / "calibration.json", &calibration)) files.emplace_back("calibration.json", std::move(calibration));
  return ScorerBuilder(std::move(files)).Take(error);
}

ScorerBuilder::ScorerBuilder(std::vector<std::pair<std::string, std::string>> files)
    : files_(std::move(files)), assets_(std::make_unique<AssetSet>()), scorer_(new Scorer()) {}

ScorerBuilder::~ScorerBuilder() = default;

bool ScorerBuilder::Step() {
  if (next_ >= kSteps) return true;
  Scorer& scorer = *scorer_;
  AssetSet& assets = *assets_;
  std::string why;
  bool ok = true;
  switch (next_++) {
    case 0:
      std::sort(files_.begin(), files_.end());
      for (auto& [path, bytes] : files_) {
        if (path.rfind("lexicons/", 0) == 0) {
          Lexicon lex;
          if (!ParseLexicon(bytes, &lex, &why)) { error_ = path + ": " + why; ok = false; break; }
          assets.lexicons.push_back(std::move(lex));
        } else if (path == "calibration.json") {
          if (!scorer.calibration_.Parse(bytes, &error_)) { ok = false; break; }
        }
        assets.files.emplace(path, std::move(bytes));
      }
      files_.clear();
      scorer.lexicons_ = assets.lexicons;
      break;
    case 1:
      if (!(scorer.attributions_ = AttributionDetector::Create(assets, &why))) { error_ = "sources: " + why; ok = false; }
      break;
    case 2:
      if (!(scorer.hedges_ = HedgeDetector::Create(assets, &why))) { error_ = "hedging: " + why; ok = false; }
      break;
    case 3:
      if (!(scorer.loaded_ = LoadedDetector::Create(assets, &why))) { error_ = "loaded language: " + why; ok = false; }
      break;
  }
  if (!ok) {
    scorer_.reset();
    next_ = kSteps;
  }
  if (next_ >= kSteps) assets_.reset();  // the detectors keep what they need
  return next_ >= kSteps;
}

std::unique_ptr<Scorer> ScorerBuilder::Take(std::string* error) {
  while (!Step()) {}
  if (!scorer_ && error) *error = error_;
  return std::move(scorer_);
}

bool Scorer::Score(const Article& article, Report* report, std::string* error, const ScoreOptions& options) const {
  if (article.id.size() > kMaxIdBytes) {
    *error = "the id is " + std::to_string(article.id.size()) + " bytes; the limit is " + std::to_string(kMaxIdBytes);
    return false;
  }
  if (article.text.size() > kMaxArticleBytes) {
    *error = "article '" + article.id + "' is " + std::to_string(article.text.size() >> 20) +
             " MiB; the limit is " + std::to_string(kMaxArticleBytes >> 20) + " MiB";
    return false;
  }
  if (article.title.size() > kMaxTitleBytes) {
    *error = "article '" + article.id + "': the title is " + std::to_string(article.title.size() >> 10) +
             " KiB; the limit is " + std::to_string(kMaxTitleBytes >> 10) + " KiB";
    return false;
  }
  TextOptions text_options;
  text_options.first_line_is_headline = article.title.empty() && options.first_line_is_headline;
  // Text once decoded as Windows-1252 ("FranÃ§ois") is read repaired; offsets go back to the
  // text as given at the end.
  std::string repaired_text, repaired_title;
  std::vector<uint32_t> text_to_original, title_to_original;
  const size_t repaired = RepairMojibake(article.text, &repaired_text, &text_to_original) +
                          RepairMojibake(article.title, &repaired_title, &title_to_original);
  Document doc = AnalyzeText(text_to_original.empty() ? std::string_view(article.text) : repaired_text, text_options);
  Document title_doc;
  if (!article.title.empty()) {
    title_doc = AnalyzeText(title_to_original.empty() ? std::string_view(article.title) : repaired_title,
                            TextOptions{false});
    for (Token& t : title_doc.tokens) t.flags |= kTokHeadline;
    for (Sentence& s : title_doc.sentences) s.headline = true;
    doc.separate_title = &title_doc;
  }

  Report r;
  r.id = article.id;
  if (!article.title.empty()) r.title = article.title;
  else if (doc.headline_in_text) r.title = RepairUtf8(doc.Slice(doc.headline));
  r.headline = doc.headline_in_text ? doc.headline : Range{};
  r.sentences.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) r.sentences.push_back({s.start, s.end, false, false, s.boilerplate, s.headline});
  size_t first_bad = 0;
  if (!IsValidUtf8(article.text, &first_bad))
    r.warnings.push_back("invalid UTF-8 from byte " + std::to_string(first_bad) + " read as U+FFFD");
  if (const std::string warning = LanguageWarning(CheckEnglish(doc)); !warning.empty()) r.warnings.push_back(warning);

  attributions_->Run(doc, options, &r);
  hedges_->Run(doc, options, &r);
  loaded_->Run(doc, options, &r);
  AddBoilerplateSpans(doc, &r);
  std::stable_sort(r.spans.begin(), r.spans.end(), [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  FillStats(doc, &r);
  r.scores.hedging = calibration_.Score("hedging_raw", r.Metric("hedging_raw"));
  r.scores.loaded = calibration_.Score("loaded_raw", r.Metric("loaded_raw"));
  r.scores.source_diversity = calibration_.Score("source_diversity_raw", r.Metric("source_diversity_raw"));
  if (repaired > 0) {
    MapOffsetsToOriginal(text_to_original, title_to_original, &r);
    r.warnings.push_back(std::to_string(repaired) + (repaired == 1 ? " character" : " characters") +
                         " of UTF-8 once decoded as Windows-1252 (\"Ã©\" for \"é\") read repaired; offsets "
                         "index the text as given");
  }
  *report = std::move(r);
  return true;
}

Report Scorer::Score(const Article& article, const ScoreOptions& options) const {
  Report report;
  std::string error;
  const bool ok = Score(article, &report, &error, options);
  assert(ok && "Scorer::Score: article over the size limit; use the overload that reports errors");
  (void)ok;
  return report;
}

}  // namespace biaslens
