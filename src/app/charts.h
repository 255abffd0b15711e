// The comparison charts: one free function per chart, each taking the rows it draws
// (articles in display order) and returning what the user clicked, so the caller can open
// the reader on that evidence. Charts read reports and summaries; they never edit state.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "app/evidence.h"

namespace biaslens {

struct ChartRow {
  const LoadedArticle* article = nullptr;
  const ArticleSummary* summary = nullptr;
  int number = 0;       // 1-based position in the corpus: the same badge in every view
  ImU32 color = 0;      // ArticleColor(number - 1)
};

struct EvidenceClick {
  bool clicked = false;
  std::string article_id;
  uint32_t byte = 0;  // where in the text the evidence starts
};

// "#3 Outlet or headline" shortened to `width` pixels.
std::string RowLabel(const ChartRow& row, float width);

// Horizontal grouped bars: three scores per article, 0..100.
EvidenceClick ScoreBarsChart(const char* id, const std::vector<ChartRow>& rows, float width, bool include_quoted);
// A radar of five 0..100 measures per article (the scores, quoted share, anonymous share).
EvidenceClick RadarChart(const char* id, const std::vector<ChartRow>& rows, ImVec2 size, bool include_quoted);
// Hedging (x) against loaded language (y); bubble area = number of sources.
EvidenceClick HedgeLoadedScatter(const char* id, const std::vector<ChartRow>& rows, ImVec2 size);
// Loaded language in the headline vs in the body, one dumbbell per article.
EvidenceClick HeadlineBodyChart(const char* id, const std::vector<ChartRow>& rows, float width);
// One row of the source matrix: a person or body merged across the articles.
struct MatrixSource {
  std::string name, type;
  bool anonymous = false;
  int articles = 0;
  std::vector<std::pair<int, const Source*>> cells;  // (chart row, its source), rows ascending
};

// The rows of the source matrix: the sources of `rows` merged across the articles. Sources of
// one name are one row whatever type each article gives them (the row takes the first type in
// SourceTypes() order); a person named with and without middle names ("Hillary Rodham
// Clinton", "Hillary Clinton") is one row unless the articles write two different middles for
// that first and last name ("George W. Bush", "George H.W. Bush"). Ordered by type, then by
// how many articles cite the source, then by name.
std::vector<MatrixSource> MergeSources(const std::vector<ChartRow>& rows);

// What the source matrix keeps between frames (a drawing cache, owned by AppState): the
// sources merged across the rows, rebuilt when `generation` or the rows change (merging
// thousands of articles every frame was the view's largest cost), and the widest name.
struct SourceMatrixCache {
  uint64_t generation = ~0ull;
  std::vector<const LoadedArticle*> rows;
  std::vector<MatrixSource> sources;
  const ImFont* font = nullptr;  // the font and size `widest_name` was measured with
  float font_size = 0;
  float widest_name = 0;
};

// Sources (rows) × articles (columns), cells coloured by source type, anonymous marked.
// `generation` versions the rows' reports (AppState::generation).
EvidenceClick SourceMatrixChart(const char* id, const std::vector<ChartRow>& rows, uint64_t generation,
                                SourceMatrixCache& cache, float width);

// One score as a labelled bar for the overview cards; returns true when clicked.
bool ScoreGauge(const char* id, ScoreKind kind, double value, const Evidence& evidence, float width);

}  // namespace biaslens
