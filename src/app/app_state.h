// All state of the app in one struct (sokol style). Every view and panel is a free
// function that reads and edits it; App (app.h) is the public face that owns it.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/charts.h"
#include "app/evidence.h"
#include "core/scorer.h"
#include "imgui.h"

namespace biaslens {

enum class ViewId : int { kOverview, kCompare, kSources, kReader, kMethod, kCount };

// How the article lists in overview/compare/sources are ordered.
enum class SortKey : int { kInput, kHedging, kLoaded, kSourceDiversity, kSources, kWords, kCount };
const char* SortKeyLabel(SortKey key);

// Fonts built for the current device pixel ratio and the glyph blocks in use (fonts.h).
struct AppFonts {
  ImFont* regular = nullptr;  // body text
  ImFont* heading = nullptr;  // card and view titles (larger)
  ImFont* small = nullptr;    // axis ticks, captions
  float pixel_ratio = 0;      // the ratio the atlas was built for (0 = not built)
  uint32_t built_blocks = 0;   // glyph blocks in the atlas (bit i = fonts.cpp kBlocks[i])
  uint32_t wanted_blocks = 0;  // blocks text has asked for (RequestGlyphs)
  std::vector<ImWchar> ranges;  // the atlas's glyph ranges (ImGui keeps a pointer to them)
};

// The reader's laid-out text, rebuilt when the article, its report or the width changes.
struct ReaderPiece {
  ImVec2 pos;              // top-left, relative to the text origin
  float width = 0;
  uint32_t start = 0, end = 0;  // bytes of the article text
  uint16_t mask = 0;       // ReaderMark bits shared by every byte of the piece
  bool space = false;      // white space between words (background only)
};
enum ReaderMark : uint16_t {
  kMarkSpanKinds = 0xFF,        // bit i = a counted span of SpanKind i covers the byte
  kMarkQuoted = 1u << 8,        // inside a direct quotation (the source's voice)
  kMarkBoilerplate = 1u << 9,   // page furniture (breadcrumbs, share buttons, teasers)
  kMarkHeadline = 1u << 10,
  kMarkCue = 1u << 11,          // attribution cue ("said", "according to")
  kMarkSource = 1u << 12,       // an attributed source
  kMarkUncounted = 1u << 13,    // a span in quoted voice that the scores currently leave out
  kMarkLoadedSentence = 1u << 14,  // a sentence the report flags `loaded` (reads as biased)
};
struct ReaderLayout {
  std::string article_id;
  uint64_t generation = ~0ull;
  float width = 0, line_height = 0, height = 0;
  bool truncated = false;  // very long texts are laid out up to a limit
  size_t missing_glyphs = 0;  // characters laid out that the font draws as kMissingGlyph
  std::vector<ReaderPiece> pieces;
};

// The articles of one file whose reports came with warnings (a text that does not read as
// English): the file gets one message for them all, so a large import cannot push every
// other message out.
struct WarnedArticles {
  size_t count = 0;
  std::string first;  // the first one's first warning
};

// A file whose articles are scored a few per frame (App::QueueFile), so that a large
// import shows its progress and the app keeps drawing.
struct PendingImport {
  std::string name;               // the file's base name, for messages
  std::deque<Article> articles;   // not scored yet, in file order
  size_t total = 0;               // articles the file held
  size_t added = 0, failed = 0;   // of those scored so far
  size_t already_loaded = 0;      // of those, skipped: the same article is loaded (SameAsLoaded)
  WarnedArticles warned;          // of those added, the ones with warnings
  bool stoppable = true;          // false: the Stop button neither shows nor drops it
};

struct AppState {
  AppConfig config;
  const Scorer* scorer = nullptr;  // LoadScorer() sets it on first use
  bool scorer_failed = false;
  int frames_drawn = 0;
  std::string_view default_corpus_reports;  // App::SetDefaultCorpusReports
  std::vector<LoadedArticle> articles;
  std::vector<ArticleSummary> summaries;  // parallel to `articles` (UpdateSummaries)
  uint64_t summaries_generation = ~0ull;
  bool summaries_partial = false;  // summaries appended during an import (older corpus means)
  // The generation before and after ScoreQueuedArticles last added articles (~0: unknown).
  uint64_t import_generation_before = ~0ull, import_generation_after = ~0ull;
  std::vector<std::string> messages;  // newest last, capped (see PushMessage)
  uint64_t generation = 0;            // bumped whenever any article or report changes

  // View state.
  ViewId view = ViewId::kOverview;
  bool include_quoted = false;
  bool dark = false;
  SortKey sort_key = SortKey::kInput;
  bool sort_descending = true;
  double frame_ms = 0;
  float pixel_ratio = 1;
  AppFonts fonts;

  // Reader: which article, where to scroll, which byte to flash.
  std::string reader_id;
  uint32_t reader_focus = 0;
  bool reader_scroll_pending = false;
  double reader_focus_time = -1e9;  // ImGui::GetTime() when an evidence focus was set (flashes 3 s)
  ReaderLayout reader_layout;
  SourceMatrixCache source_matrix;  // the sources view's merged sources

  // Corpus panel.
  std::string paste_buffer;
  std::string paste_outlet;
  std::string selected_id;     // article selected in the corpus list
  std::string rename_buffer;   // outlet being edited for selected_id
  bool corpus_panel_open = true;

  // Files being imported a few articles per frame, oldest first (ScoreQueuedArticles).
  std::deque<PendingImport> imports;
  // The last queued files to finish, oldest first (at most 16): how many articles each added,
  // how many it refused and how many it skipped as already loaded (the page checks that its
  // saved articles all came back).
  struct FinishedImport {
    std::string name;
    size_t added = 0, failed = 0, already_loaded = 0;
  };
  std::deque<FinishedImport> finished_imports;
  double queued_scoring_ms = 0;  // what ScoreQueuedArticles took in the last frame
  // Articles to re-score after the voice switch (QueueRescoreAll), before any import.
  std::deque<std::string> rescore_ids;
  size_t rescore_total = 0;
  // Export hook set by the platform (downloads on the web, files on the desktop).
  std::function<void(const std::string& format)> export_handler;
  // Start-up phase hook set by the platform (App::SetPhaseObserver); may be empty.
  std::function<void(const char* phase)> phase_observer;
};

// Appends a user-visible message (keeps the newest 200).
void PushMessage(AppState& s, std::string message);
// The article with `id`, or nullptr.
const LoadedArticle* FindArticle(const AppState& s, const std::string& id);
int FindArticleIndex(const AppState& s, const std::string& id);
// Indices of s.articles in display order (s.sort_key / s.sort_descending).
std::vector<int> SortedArticleIndices(const AppState& s);
// Short label for charts: the outlet when set, else the headline.
std::string ArticleLabel(const LoadedArticle& a);
// The headline to show: report title, else article title, else the first non-empty line.
std::string ArticleHeadline(const LoadedArticle& a);
// Recomputes `summaries` when `generation` moved.
void UpdateSummaries(AppState& s);
// Re-scores one article with the current options; false (with a message) without a scorer.
bool Rescore(AppState& s, LoadedArticle& a);
// Re-scores every article with the current options (the voice toggle of the JS API).
void RescoreAll(AppState& s);
// The same, a few articles per frame with a progress bar (the voice toggle in the app).
void QueueRescoreAll(AppState& s);
// The scorer, loaded on first use; nullptr after pushing one message when it cannot load.
const Scorer* LoadScorer(AppState& s);

// Re-scores queued articles (QueueRescoreAll), then scores queued import articles
// (AddArticle's checks and messages), until `budget_ms` is spent, at least one article; a
// finished file says "Added N articles from FILE". Returns the ms spent.
double ScoreQueuedArticles(AppState& s, double budget_ms);
// Drops the queued articles (those already scored stay) of every stoppable file, or of
// every file with `all`, with a message per file.
void CancelImports(AppState& s, bool all);
// Progress bars of the queued re-scoring and files (with a Stop button); nothing when idle.
void DrawQueueProgress(AppState& s);

// App's private state is exactly the shared AppState (the split only keeps app.h light).
struct App::State : AppState {};

}  // namespace biaslens

