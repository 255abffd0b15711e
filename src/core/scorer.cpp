#include "core/scorer.h"

#include <algorithm>
#include <cassert>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/attribution.h"
#include "core/embedded_files.h"
#include "core/hedging.h"
#include "core/loaded.h"
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

std::unique_ptr<Scorer> Scorer::FromEmbeddedAssets(std::string* error) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& f : biaslens_core_assets::EmbeddedFiles()) files.emplace_back(f.path, std::string(f.data, f.size));
  std::unique_ptr<Scorer> scorer(new Scorer());
  if (!scorer->Init(std::move(files), error)) return nullptr;
  return scorer;
}

const Scorer* Scorer::Shared(std::string* error) {
  struct Loaded {
    std::unique_ptr<Scorer> scorer;
    std::string error;
  };
  static const Loaded loaded = [] {
    Loaded l;
    l.scorer = FromEmbeddedAssets(&l.error);
    if (!l.scorer && l.error.empty()) l.error = "the embedded lexicons failed to load";
    return l;
  }();
  if (!loaded.scorer && error) *error = loaded.error;
  return loaded.scorer.get();
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
  std::unique_ptr<Scorer> scorer(new Scorer());
  if (!scorer->Init(std::move(files), error)) return nullptr;
  return scorer;
}

bool Scorer::Init(std::vector<std::pair<std::string, std::string>> files, std::string* error) {
  std::sort(files.begin(), files.end());
  AssetSet assets;
  for (auto& [path, bytes] : files) {
    if (path.rfind("lexicons/", 0) == 0) {
      Lexicon lex;
      std::string why;
      if (!ParseLexicon(bytes, &lex, &why)) { *error = path + ": " + why; return false; }
      assets.lexicons.push_back(std::move(lex));
    } else if (path == "calibration.json") {
      if (!calibration_.Parse(bytes, error)) return false;
    }
    assets.files.emplace(path, std::move(bytes));
  }
  lexicons_ = assets.lexicons;
  std::string why;
  if (!(attributions_ = AttributionDetector::Create(assets, &why))) { *error = "sources: " + why; return false; }
  if (!(hedges_ = HedgeDetector::Create(assets, &why))) { *error = "hedging: " + why; return false; }
  if (!(loaded_ = LoadedDetector::Create(assets, &why))) { *error = "loaded language: " + why; return false; }
  return true;
}

bool Scorer::Score(const Article& article, Report* report, std::string* error, const ScoreOptions& options) const {
  if (article.text.size() > kMaxArticleBytes) {
    *error = "article '" + article.id + "' is " + std::to_string(article.text.size() >> 20) +
             " MiB; the limit is " + std::to_string(kMaxArticleBytes >> 20) + " MiB";
    return false;
  }
  TextOptions text_options;
  text_options.first_line_is_headline = article.title.empty() && options.first_line_is_headline;
  Document doc = AnalyzeText(article.text, text_options);
  Document title_doc;
  if (!article.title.empty()) {
    title_doc = AnalyzeText(article.title, TextOptions{false});
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
