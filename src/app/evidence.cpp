#include "app/evidence.h"

#include "app/app_state.h"

#include <algorithm>
#include <cstdio>

namespace biaslens {

bool SpanCounts(const Span& span, ScoreKind kind, bool include_quoted) {
  if (span.voice == Voice::kQuoted && !include_quoted) return false;
  switch (kind) {
    case ScoreKind::kHedging: return span.kind == SpanKind::kHedge;
    case ScoreKind::kLoaded:
      return span.kind == SpanKind::kLoaded || span.kind == SpanKind::kCaps || span.kind == SpanKind::kExclaim ||
             span.kind == SpanKind::kClickbait || span.kind == SpanKind::kScareQuote;
    default: return false;
  }
}

std::string OneLine(const std::string& text, uint32_t start, uint32_t end, size_t max_bytes) {
  start = std::min<uint32_t>(start, static_cast<uint32_t>(text.size()));
  end = std::min<uint32_t>(std::max(start, end), static_cast<uint32_t>(text.size()));
  std::string out;
  out.reserve(std::min<size_t>(end - start, max_bytes) + 4);
  bool space = false;
  for (uint32_t i = start; i < end; ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') { space = !out.empty(); continue; }
    if (space) { out += ' '; space = false; }
    if (out.size() >= max_bytes && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      out += "\xE2\x80\xA6";
      return out;
    }
    out += c;
  }
  return out;
}

Evidence StrongestEvidence(const LoadedArticle& a, ScoreKind kind, bool include_quoted) {
  Evidence e;
  const Report& r = a.report;
  if (kind == ScoreKind::kSourceDiversity) {
    const Source* best = nullptr;
    for (const auto& s : r.sources)
      if (!best || s.attributions > best->attributions) best = &s;
    e.count = static_cast<int>(r.sources.size());
    if (!best) return e;
    e.found = true;
    for (const auto& at : r.attributions) {
      if (at.source_id != best->id) continue;
      Range where = !at.source.empty() ? at.source : at.cue;
      e.start = where.start;
      e.end = where.end;
      break;
    }
    if (e.start == e.end && !best->mention_spans.empty()) {
      e.start = best->mention_spans[0].start;
      e.end = best->mention_spans[0].end;
    }
    e.excerpt = best->name;
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s · cited %d× · %d source%s in all", SourceTypeLabel(best->type).c_str(),
                  best->attributions, e.count, e.count == 1 ? "" : "s");
    e.detail = buf;
    return e;
  }
  const Span* best = nullptr;
  for (const auto& s : r.spans) {
    if (!SpanCounts(s, kind, include_quoted)) continue;
    ++e.count;
    if (!best || s.weight > best->weight) best = &s;
  }
  if (!best) return e;
  e.found = true;
  e.start = best->start;
  e.end = best->end;
  e.excerpt = OneLine(a.article.text, best->start, best->end, 80);
  if (e.excerpt.empty()) e.excerpt = best->cue;
  char buf[200];
  std::snprintf(buf, sizeof buf, "%s · %s · weight %.2f", SpanKindLabel(best->kind), best->rule.c_str(), best->weight);
  e.detail = buf;
  return e;
}

namespace {
// `words` in quotation marks, unless it is a quotation already (a scare quote's span holds its
// marks: no ""90 to 95 percent"").
std::string InQuotes(const std::string& words) {
  for (std::string_view mark : {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98"})
    if (words.compare(0, mark.size(), mark) == 0) return words;
  return "\"" + words + "\"";
}
}  // namespace

std::string WhyLine(const LoadedArticle& a, bool include_quoted, const double* corpus_mean) {
  // A caution on the scores themselves (a text that does not read as English) comes first.
  if (!a.report.warnings.empty()) return "Caution: " + a.report.warnings.front();
  // The most notable score: the one furthest above the corpus mean (or simply the highest)
  // that has evidence behind it.
  auto notable = [&](ScoreKind k) {
    double v = ScoreValue(a.report, k);
    return corpus_mean ? v - corpus_mean[static_cast<int>(k)] : v;
  };
  ScoreKind order[3] = {ScoreKind::kHedging, ScoreKind::kLoaded, ScoreKind::kSourceDiversity};
  std::stable_sort(order, order + 3, [&](ScoreKind x, ScoreKind y) { return notable(x) > notable(y); });
  for (ScoreKind k : order) {
    Evidence e = StrongestEvidence(a, k, include_quoted);
    if (!e.found) continue;
    char buf[320];
    std::string more = e.count > 1 ? " +" + std::to_string(e.count - 1) + " more" : "";
    if (k == ScoreKind::kSourceDiversity)
      std::snprintf(buf, sizeof buf, "%d source%s; most cited: %s", e.count, e.count == 1 ? "" : "s", e.excerpt.c_str());
    else
      std::snprintf(buf, sizeof buf, "%s %s%s", k == ScoreKind::kHedging ? "Hedges:" : "Loaded wording:",
                    InQuotes(e.excerpt).c_str(), more.c_str());
    return buf;
  }
  return "No hedges, loaded wording or attributed sources found.";
}

namespace {
uint32_t CountWords(const std::string& text, uint32_t start, uint32_t end) {
  uint32_t words = 0;
  bool in_word = false;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(text.size()));
  for (uint32_t i = start; i < end; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool wordy = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (wordy && !in_word) ++words;
    in_word = wordy;
  }
  return words;
}
}  // namespace

HeadlineBody HeadlineVsBody(const LoadedArticle& a, bool include_quoted) {
  HeadlineBody hb;
  const Report& r = a.report;
  bool has_h = false, has_b = false;
  for (const auto& m : r.metrics) {
    if (m.first == "loaded_headline") { hb.headline = m.second; has_h = true; }
    if (m.first == "loaded_body") { hb.body = m.second; has_b = true; }
  }
  if (has_h && has_b) {
    hb.from_metrics = true;
    hb.has_headline = true;
    return hb;
  }
  // Fallback from spans: loaded cues per 100 words in the headline vs the body.
  Range headline = r.headline;
  if (headline.empty())
    for (const auto& s : r.sentences)
      if (s.headline) { headline = {s.start, s.end}; break; }
  hb.has_headline = !headline.empty();
  uint32_t head_words = hb.has_headline ? CountWords(a.article.text, headline.start, headline.end) : 0;
  uint32_t body_words = 0;
  for (const auto& s : r.sentences)
    if (!s.headline && !s.boilerplate) body_words += CountWords(a.article.text, s.start, s.end);
  if (body_words == 0 && r.sentences.empty()) body_words = r.stats.words > head_words ? r.stats.words - head_words : 0;
  double head_weight = 0, body_weight = 0;
  for (const auto& s : r.spans) {
    if (!SpanCounts(s, ScoreKind::kLoaded, include_quoted)) continue;
    bool in_head = hb.has_headline && s.start >= headline.start && s.end <= headline.end;
    bool boiler = false;
    for (const auto& sent : r.sentences)
      if (sent.boilerplate && s.start >= sent.start && s.end <= sent.end) { boiler = true; break; }
    if (in_head) head_weight += s.weight;
    else if (!boiler) body_weight += s.weight;
  }
  hb.headline = head_words ? 100.0 * head_weight / head_words : 0;
  hb.body = body_words ? 100.0 * body_weight / body_words : 0;
  return hb;
}

double QuotedShare(const Report& r) {
  return r.stats.words ? 100.0 * r.stats.quoted_words / r.stats.words : 0;
}

int AnonymousSources(const Report& r) {
  int n = 0;
  for (const auto& s : r.sources) n += s.anonymous ? 1 : 0;
  return n;
}

ArticleSummary Summarize(const LoadedArticle& a, bool include_quoted, const double* corpus_mean) {
  ArticleSummary s;
  s.label = ArticleLabel(a);
  s.headline = ArticleHeadline(a);
  s.why = WhyLine(a, include_quoted, corpus_mean);
  for (int k = 0; k < static_cast<int>(ScoreKind::kCount); ++k)
    s.evidence[k] = StrongestEvidence(a, static_cast<ScoreKind>(k), include_quoted);
  s.headline_body = HeadlineVsBody(a, include_quoted);
  s.quoted_share = QuotedShare(a.report);
  s.anonymous = AnonymousSources(a.report);
  return s;
}

}  // namespace biaslens
