#include "app/app_state.h"

#include <algorithm>

#include "app/fonts.h"

namespace biaslens {

const char* SortKeyLabel(SortKey key) {
  switch (key) {
    case SortKey::kInput: return "Corpus order";
    case SortKey::kHedging: return "Hedging";
    case SortKey::kLoaded: return "Loaded language";
    case SortKey::kSourceDiversity: return "Source diversity";
    case SortKey::kSources: return "Number of sources";
    case SortKey::kWords: return "Length (words)";
    default: return "?";
  }
}

void PushMessage(AppState& s, std::string message) {
  RequestGlyphs(s.fonts, message);
  s.messages.push_back(std::move(message));
  if (s.messages.size() > 200) s.messages.erase(s.messages.begin(), s.messages.begin() + (s.messages.size() - 200));
}

int FindArticleIndex(const AppState& s, const std::string& id) {
  for (size_t i = 0; i < s.articles.size(); ++i)
    if (s.articles[i].article.id == id) return static_cast<int>(i);
  return -1;
}

const LoadedArticle* FindArticle(const AppState& s, const std::string& id) {
  int i = FindArticleIndex(s, id);
  return i < 0 ? nullptr : &s.articles[i];
}

std::vector<int> SortedArticleIndices(const AppState& s) {
  std::vector<int> order(s.articles.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  if (s.sort_key == SortKey::kInput) {
    if (!s.sort_descending) std::reverse(order.begin(), order.end());
    return order;
  }
  auto key = [&](int i) -> double {
    const Report& r = s.articles[i].report;
    switch (s.sort_key) {
      case SortKey::kHedging: return r.scores.hedging;
      case SortKey::kLoaded: return r.scores.loaded;
      case SortKey::kSourceDiversity: return r.scores.source_diversity;
      case SortKey::kSources: return static_cast<double>(r.sources.size());
      case SortKey::kWords: return r.stats.words;
      default: return i;
    }
  };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return s.sort_descending ? key(a) > key(b) : key(a) < key(b);
  });
  return order;
}

std::string ArticleHeadline(const LoadedArticle& a) {
  for (const std::string* title : {&a.report.title, &a.article.title}) {
    const std::string line = OneLine(*title, 0, static_cast<uint32_t>(title->size()), 200);
    if (!line.empty()) return line;
  }
  const std::string& t = a.article.text;
  size_t start = 0;
  while (start < t.size()) {
    size_t end = t.find('\n', start);
    if (end == std::string::npos) end = t.size();
    std::string line = OneLine(t, static_cast<uint32_t>(start), static_cast<uint32_t>(end), 200);
    if (!line.empty()) return line;
    start = end + 1;
  }
  return a.article.id;
}

std::string ArticleLabel(const LoadedArticle& a) {
  return a.article.outlet.empty() ? ArticleHeadline(a) : a.article.outlet;
}

const Scorer* LoadScorer(AppState& s) {
  if (s.scorer || s.scorer_failed) return s.scorer;
  std::string error;
  s.scorer = Scorer::Shared(&error);
  if (s.phase_observer) s.phase_observer("scorer");
  if (!s.scorer) {
    s.scorer_failed = true;
    PushMessage(s, "cannot load the scorer: " + error);
  }
  return s.scorer;
}

bool Rescore(AppState& s, LoadedArticle& a) {
  const Scorer* scorer = LoadScorer(s);
  if (!scorer) return false;
  ScoreOptions options;
  options.include_quoted = s.include_quoted;
  std::string error;
  Report report;
  if (scorer->Score(a.article, &report, &error, options)) a.report = std::move(report);
  else PushMessage(s, a.article.id + ": " + error);
  ++s.generation;
  return true;
}

void RescoreAll(AppState& s) {
  s.rescore_ids.clear();
  s.rescore_total = 0;
  for (auto& a : s.articles)
    if (!Rescore(s, a)) return;
}

void QueueRescoreAll(AppState& s) {
  s.rescore_ids.clear();
  for (const auto& a : s.articles) s.rescore_ids.push_back(a.article.id);
  s.rescore_total = s.rescore_ids.size();
}

void UpdateSummaries(AppState& s) {
  const bool in_sync = s.summaries_generation == s.generation && s.summaries.size() == s.articles.size();
  if (in_sync && !(s.summaries_partial && s.imports.empty())) return;
  double mean[static_cast<int>(ScoreKind::kCount)] = {};
  for (const auto& a : s.articles)
    for (int k = 0; k < static_cast<int>(ScoreKind::kCount); ++k) mean[k] += ScoreValue(a.report, static_cast<ScoreKind>(k));
  for (double& m : mean) m /= std::max<size_t>(1, s.articles.size());
  const double* corpus_mean = s.articles.size() > 1 ? mean : nullptr;
  // While a queued import only appends articles, earlier summaries keep their corpus mean
  // (recomputing every one in every frame made an import quadratic); all are redone after it.
  const bool append_only = !s.imports.empty() && s.summaries_generation == s.import_generation_before &&
                           s.generation == s.import_generation_after && s.summaries.size() <= s.articles.size();
  if (!append_only) s.summaries.clear();
  s.summaries.reserve(s.articles.size());
  for (size_t i = s.summaries.size(); i < s.articles.size(); ++i)
    s.summaries.push_back(Summarize(s.articles[i], s.include_quoted, corpus_mean));
  s.summaries_generation = s.generation;
  s.summaries_partial = append_only;
}

}  // namespace biaslens
