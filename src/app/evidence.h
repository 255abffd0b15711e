// What lies behind a number: the spans and attributions of a report that explain a score,
// so every chart can say "why" and a click can open the reader on it.
#pragma once
#include <string>
#include <vector>

#include "app/app.h"
#include "app/theme.h"

namespace biaslens {

// True when `span` feeds the score of `kind` (hedges for hedging; loaded, caps, exclamation,
// clickbait and scare quotes for loaded language), given the voice toggle.
bool SpanCounts(const Span& span, ScoreKind kind, bool include_quoted);

struct Evidence {
  bool found = false;
  uint32_t start = 0, end = 0;  // bytes into the article text
  std::string excerpt;          // the words at [start, end), cleaned for one line
  std::string detail;           // "hedge · lexicon:hedge.modal · weight 0.60"
  int count = 0;                // how many spans / sources back the score
};

// The single strongest piece of evidence for `kind` (highest weight, earliest on ties; for
// source diversity the most-cited source's first attribution or mention).
Evidence StrongestEvidence(const LoadedArticle& article, ScoreKind kind, bool include_quoted);
// One line for an overview card: "Caution: " and the report's first warning when it has one
// (a text that does not read as English); else the score where the article stands out most from the
// corpus (`corpus_mean` per ScoreKind; nullptr = its highest score) and its strongest evidence.
std::string WhyLine(const LoadedArticle& article, bool include_quoted, const double* corpus_mean = nullptr);
// Headline and body loaded-language rates: report metrics "loaded_headline"/"loaded_body"
// when the core provides them, else loaded spans per 100 words computed from the spans.
struct HeadlineBody { double headline = 0, body = 0; bool from_metrics = false; bool has_headline = false; };
HeadlineBody HeadlineVsBody(const LoadedArticle& article, bool include_quoted);
// Share of quoted words, 0..100.
double QuotedShare(const Report& report);
// Number of anonymous sources.
int AnonymousSources(const Report& report);
// Everything the views derive from one article, computed once per change (not per frame).
struct ArticleSummary {
  std::string label;     // ArticleLabel(): outlet or headline
  std::string headline;  // ArticleHeadline()
  std::string why;       // WhyLine()
  Evidence evidence[static_cast<int>(ScoreKind::kCount)];
  HeadlineBody headline_body;
  double quoted_share = 0;
  int anonymous = 0;
};
ArticleSummary Summarize(const LoadedArticle& article, bool include_quoted, const double* corpus_mean = nullptr);

// One line of text from `text` [start, end): new lines to spaces, clipped to `max_bytes`.
std::string OneLine(const std::string& text, uint32_t start, uint32_t end, size_t max_bytes = 120);

}  // namespace biaslens
