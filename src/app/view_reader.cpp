// Reader: one article's text with its evidence highlighted — hedges, boosters, loaded
// words, caps, attribution cues and sources — quoted speech shaded as another voice, page
// boilerplate greyed, sentences that read as loaded underlined. Hovering a highlight shows its
// cue, rule and weight.
// [SECTION] Layout  [SECTION] Drawing and hover  [SECTION] Side panel  [SECTION] View
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/chart.h"
#include "app/fonts.h"
#include "app/theme.h"
#include "app/views.h"
#include "core/text.h"

namespace biaslens {

namespace {

constexpr size_t kMaxReaderBytes = 1u << 20;  // lay out at most 1 MiB (the rest is summarised)

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------
std::vector<uint16_t> MarkBytes(const LoadedArticle& a, size_t n, bool include_quoted) {
  std::vector<uint16_t> mask(n, 0);
  auto mark = [&](uint32_t start, uint32_t end, uint16_t bits) {
    end = std::min<uint32_t>(end, static_cast<uint32_t>(n));
    for (uint32_t i = start; i < end; ++i) mask[i] |= bits;
  };
  const Report& r = a.report;
  Document doc = AnalyzeText(a.article.text);
  for (const auto& q : doc.quotations) mark(q.outer.start, q.outer.end, kMarkQuoted);
  for (const auto& at : r.attributions) {
    if (at.direct) mark(at.content.start, at.content.end, kMarkQuoted);
    mark(at.cue.start, at.cue.end, kMarkCue);
    mark(at.source.start, at.source.end, kMarkSource);
  }
  for (const auto& s : r.sentences) {
    if (s.boilerplate) mark(s.start, s.end, kMarkBoilerplate);
    if (s.headline) mark(s.start, s.end, kMarkHeadline);
    if (s.loaded) mark(s.start, s.end, kMarkLoadedSentence);
  }
  mark(r.headline.start, r.headline.end, kMarkHeadline);
  for (const auto& sp : r.spans) {
    if (sp.kind == SpanKind::kBoilerplate) { mark(sp.start, sp.end, kMarkBoilerplate); continue; }
    bool counted = sp.voice != Voice::kQuoted || include_quoted;
    mark(sp.start, sp.end, counted ? static_cast<uint16_t>(1u << static_cast<int>(sp.kind)) : static_cast<uint16_t>(kMarkUncounted));
  }
  return mask;
}

void BuildLayout(ReaderLayout& layout, const LoadedArticle& a, float width, bool include_quoted) {
  layout.pieces.clear();
  const std::string& text = a.article.text;
  size_t n = std::min(text.size(), kMaxReaderBytes);
  layout.truncated = n < text.size();
  std::vector<uint16_t> mask = MarkBytes(a, n, include_quoted);
  ImFont* font = ImGui::GetFont();
  layout.missing_glyphs = CountMissingGlyphs(*font, std::string_view(text.data(), n));
  const float size = ImGui::GetFontSize();
  const float line_h = std::round(size * 1.6f);
  const float space_w = font->CalcTextSizeA(size, FLT_MAX, 0, " ").x;
  layout.line_height = line_h;
  float x = 0, y = 0;
  bool line_has_words = false;
  int newlines = 0;
  size_t i = 0;
  while (i < n) {
    char c = text[i];
    if (c == '\n') { ++newlines; ++i; continue; }
    if (c == ' ' || c == '\t' || c == '\r') {
      // Keep the space as a background-only piece so shading runs across words.
      if (line_has_words && newlines == 0) {
        layout.pieces.push_back({ImVec2(x, y), space_w, static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), mask[i], true});
        x += space_w;
      }
      ++i;
      continue;
    }
    if (newlines > 0 && line_has_words) {
      // Drop a trailing space piece, then start a new paragraph (a gap for blank lines).
      if (!layout.pieces.empty() && layout.pieces.back().space) layout.pieces.pop_back();
      y += line_h * (newlines > 1 ? 1.6f : 1.0f);
      x = 0;
      line_has_words = false;
    }
    newlines = 0;
    // One word: up to the next white space; split where the marks change.
    size_t word_end = i;
    while (word_end < n && text[word_end] != ' ' && text[word_end] != '\n' && text[word_end] != '\t' && text[word_end] != '\r') ++word_end;
    float word_w = font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + i, text.data() + word_end).x;
    if (x > 0 && x + word_w > width) {
      if (!layout.pieces.empty() && layout.pieces.back().space) {
        x -= layout.pieces.back().width;
        layout.pieces.pop_back();
      }
      y += line_h;
      x = 0;
    }
    size_t piece_start = i;
    while (piece_start < word_end) {
      size_t piece_end = piece_start + 1;
      while (piece_end < word_end && mask[piece_end] == mask[piece_start]) ++piece_end;
      // Never split inside a UTF-8 sequence.
      while (piece_end < word_end && (static_cast<unsigned char>(text[piece_end]) & 0xC0) == 0x80) ++piece_end;
      float w = font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + piece_start, text.data() + piece_end).x;
      // A word longer than a whole line (a URL, text without spaces) is cut where the line
      // ends, at a character boundary, and goes on on the next line.
      while (x + w > width && piece_end - piece_start > 1) {
        const char* from = text.data() + piece_start;
        const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, from, text.data() + piece_end, width - x);
        if (cut <= from) {
          if (x > 0) { y += line_h; x = 0; continue; }
          cut = from + 1;  // not even one character fits: it takes the line alone
          while (cut < text.data() + piece_end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;
        }
        if (cut >= text.data() + piece_end) break;  // the rest is one character, or fits after all
        const size_t cut_at = static_cast<size_t>(cut - text.data());
        const float cut_w = font->CalcTextSizeA(size, FLT_MAX, 0, from, cut).x;
        layout.pieces.push_back({ImVec2(x, y), cut_w, static_cast<uint32_t>(piece_start), static_cast<uint32_t>(cut_at), mask[piece_start], false});
        y += line_h;
        x = 0;
        piece_start = cut_at;
        w -= cut_w;
      }
      layout.pieces.push_back({ImVec2(x, y), w, static_cast<uint32_t>(piece_start), static_cast<uint32_t>(piece_end), mask[piece_start], false});
      x += w;
      piece_start = piece_end;
    }
    line_has_words = true;
    i = word_end;
  }
  layout.height = y + line_h;
  layout.width = width;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing and hover
//-----------------------------------------------------------------------------
// Highlight priority when several kinds cover one piece: the most salient wins the fill.
const SpanKind kKindPriority[] = {SpanKind::kLoaded, SpanKind::kCaps, SpanKind::kClickbait, SpanKind::kExclaim,
                                  SpanKind::kScareQuote, SpanKind::kHedge, SpanKind::kBooster};

void PieceTooltip(const LoadedArticle& a, uint32_t byte, bool include_quoted) {
  const Report& r = a.report;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
  bool any = false;
  for (const auto& sp : r.spans) {
    if (byte < sp.start || byte >= sp.end) continue;
    any = true;
    bool counted = sp.voice != Voice::kQuoted || include_quoted;
    ImVec2 p = ImGui::GetCursorScreenPos();
    float line = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + line * 0.6f, p.y + line), SpanKindColor(sp.kind), 2.0f);
    ImGui::Dummy(ImVec2(line * 0.6f, line));
    ImGui::SameLine();
    ImGui::Text("%s: \"%s\"", SpanKindLabel(sp.kind), sp.cue.c_str());
    ImGui::TextDisabled("rule %s · weight %.2f · %s voice%s", sp.rule.c_str(), sp.weight, VoiceName(sp.voice),
                        counted ? "" : " (not counted: quoted voice is off)");
    if (sp.rule == "model:loaded-sentence")
      ImGui::TextDisabled("The sentence as a whole reads as biased; no word passes on its own, so its strongest "
                          "word is marked.");
  }
  for (const auto& at : r.attributions) {
    bool in_cue = byte >= at.cue.start && byte < at.cue.end;
    bool in_source = byte >= at.source.start && byte < at.source.end;
    bool in_content = byte >= at.content.start && byte < at.content.end;
    if (!in_cue && !in_source && !(in_content && at.direct)) continue;
    any = true;
    const Source* src = nullptr;
    for (const auto& s : r.sources)
      if (s.id == at.source_id) src = &s;
    ImGui::Text("%s: %s", in_cue ? "Attribution cue" : in_source ? "Source" : "Quoted", src ? src->name.c_str() : "(unresolved source)");
    ImGui::TextDisabled("verb \"%s\"%s%s%s", at.verb.c_str(), at.direct ? " · direct quote" : " · paraphrase",
                        src ? " · " : "", src ? SourceTypeLabel(src->type).c_str() : "");
    if (!at.stance.empty()) ImGui::TextDisabled("stance: %s", at.stance.c_str());
  }
  for (const auto& s : r.sentences) {
    if (!s.loaded || byte < s.start || byte >= s.end) continue;
    any = true;
    ImGui::TextDisabled("This sentence reads as loaded: it holds a loaded word or an all-caps run.");
  }
  if (!any) ImGui::TextDisabled("No cue here.");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// The evidence range the reader was opened on: a span or attribution starting at `focus`.
Range FocusRange(const LoadedArticle& a, uint32_t focus) {
  for (const auto& sp : a.report.spans)
    if (sp.start == focus) return {sp.start, sp.end};
  for (const auto& at : a.report.attributions) {
    if (at.source.start == focus && !at.source.empty()) return at.source;
    if (at.cue.start == focus && !at.cue.empty()) return at.cue;
    if (at.content.start == focus && !at.content.empty()) return at.content;
  }
  for (const auto& s : a.report.sources)
    for (const auto& m : s.mention_spans)
      if (m.start == focus) return m;
  const std::string& t = a.article.text;
  uint32_t end = focus;
  while (end < t.size() && t[end] != ' ' && t[end] != '\n') ++end;
  return {focus, end};
}

void DrawText(AppState& s, const LoadedArticle& a) {
  ReaderLayout& layout = s.reader_layout;
  float width = std::min(ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize, ImGui::GetFontSize() * 46);
  width = std::max(width, ImGui::GetFontSize() * 10);
  if (layout.article_id != a.article.id || layout.generation != s.generation || std::fabs(layout.width - width) > 0.5f) {
    BuildLayout(layout, a, width, s.include_quoted);
    layout.article_id = a.article.id;
    layout.generation = s.generation;
  }
  if (layout.missing_glyphs > 0) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + layout.width);
    ImGui::TextDisabled("\xE2\x96\xAF stands for %zu character%s the app's font cannot draw (emoji, right-to-left or East "
                        "Asian script). The scores read the text as written.",
                        layout.missing_glyphs, layout.missing_glyphs == 1 ? "" : "s");
    ImGui::PopTextWrapPos();
  }
  const ThemeColors& theme = Theme();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(layout.width, layout.height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line_h = layout.line_height;
  const float text_h = ImGui::GetFontSize();
  const float pad_y = (line_h - text_h) * 0.5f;
  ImVec2 clip_min = draw->GetClipRectMin(), clip_max = draw->GetClipRectMax();
  ImVec2 mouse = ImGui::GetIO().MousePos;
  bool window_hovered = ImGui::IsWindowHovered();
  const ReaderPiece* hovered = nullptr;

  // Scroll to the evidence once, after the layout is known.
  Range focus = FocusRange(a, s.reader_focus);
  if (s.reader_scroll_pending) {
    for (const auto& p : layout.pieces)
      if (p.end > s.reader_focus) {
        float target = origin.y - ImGui::GetWindowPos().y + ImGui::GetScrollY() + p.pos.y;
        ImGui::SetScrollY(std::max(0.0f, target - ImGui::GetWindowHeight() * 0.3f));
        break;
      }
    s.reader_scroll_pending = false;
  }
  double since_focus = ImGui::GetTime() - s.reader_focus_time;

  // Pieces are in reading order, so y grows: skip to the first visible line.
  auto first = std::lower_bound(layout.pieces.begin(), layout.pieces.end(), clip_min.y - origin.y - line_h,
                                [](const ReaderPiece& p, float y) { return p.pos.y < y; });
  for (auto it = first; it != layout.pieces.end(); ++it) {
    const ReaderPiece& p = *it;
    float top = origin.y + p.pos.y;
    if (top > clip_max.y) break;
    ImVec2 mn(origin.x + p.pos.x, top + pad_y - 1), mx(origin.x + p.pos.x + p.width, top + pad_y + text_h + 1);
    if (p.mask & kMarkQuoted) draw->AddRectFilled(ImVec2(mn.x, top + 1), ImVec2(mx.x, top + line_h - 1), theme.quoted_bg);
    if (p.mask & kMarkLoadedSentence)
      draw->AddLine(ImVec2(mn.x, top + line_h - 2), ImVec2(mx.x, top + line_h - 2), WithAlpha(SpanKindColor(SpanKind::kLoaded), 0.8f), 1.5f);
    for (SpanKind k : kKindPriority) {
      if (!(p.mask & (1u << static_cast<int>(k)))) continue;
      draw->AddRectFilled(mn, mx, WithAlpha(SpanKindColor(k), s.dark ? 0.55f : 0.45f), p.space ? 0.0f : 2.0f);
      break;
    }
    if (p.mask & kMarkUncounted) draw->AddRect(mn, mx, WithAlpha(theme.text_faint, 0.6f), 2.0f);
    if (p.mask & kMarkCue) draw->AddLine(ImVec2(mn.x, mx.y), ImVec2(mx.x, mx.y), okabe_ito::kBluishGreen, 2.5f);
    if (p.mask & kMarkSource) draw->AddLine(ImVec2(mn.x, mx.y + 1), ImVec2(mx.x, mx.y + 1), okabe_ito::kBlue, 3.0f);
    if (p.start < focus.end && p.end > focus.start && since_focus < 3.0) {
      float alpha = static_cast<float>(std::clamp(3.0 - since_focus, 0.0, 1.0));
      draw->AddRect(ImVec2(mn.x - 2, mn.y - 2), ImVec2(mx.x + 2, mx.y + 2), WithAlpha(theme.focus, alpha), 3.0f, 0, 2.0f);
    }
    if (!p.space) {
      ImU32 color = (p.mask & kMarkBoilerplate) ? theme.boilerplate_text : theme.text;
      if (p.mask & (kMarkSpanKinds & ~(1u << static_cast<int>(SpanKind::kBoilerplate)))) color = s.dark ? IM_COL32(255, 255, 255, 255) : IM_COL32(0, 0, 0, 255);
      draw->AddText(ImVec2(mn.x, top + pad_y), color, a.article.text.data() + p.start, a.article.text.data() + p.end);
    }
    if (window_hovered && !p.space && mouse.x >= mn.x && mouse.x < mx.x && mouse.y >= top && mouse.y < top + line_h) hovered = &p;
  }
  if (hovered && (hovered->mask & ~(kMarkHeadline | kMarkBoilerplate))) PieceTooltip(a, hovered->start, s.include_quoted);
  if (layout.truncated) ImGui::TextDisabled("(The text continues; the reader shows the first 1 MiB.)");
}

//-----------------------------------------------------------------------------
// [SECTION] Side panel
//-----------------------------------------------------------------------------
void LegendChip(const char* label, int count, ImU32 fill, bool underline = false, ImU32 text_color = 0) {
  const float line = ImGui::GetTextLineHeight();
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (underline) draw->AddLine(ImVec2(p.x, p.y + line - 1), ImVec2(p.x + line * 1.2f, p.y + line - 1), fill, 3.0f);
  else draw->AddRectFilled(p, ImVec2(p.x + line * 1.2f, p.y + line), fill, 2.0f);
  if (text_color) draw->AddText(ImVec2(p.x + 2, p.y), text_color, "Aa");
  ImGui::Dummy(ImVec2(line * 1.2f, line));
  ImGui::SameLine();
  if (count >= 0) ImGui::Text("%s (%d)", label, count);
  else ImGui::TextUnformatted(label);
}

void DrawLegend(const AppState& s, const LoadedArticle& a) {
  int counts[static_cast<int>(SpanKind::kCount)] = {};
  for (const auto& sp : a.report.spans)
    if (sp.voice != Voice::kQuoted || s.include_quoted) ++counts[static_cast<int>(sp.kind)];
  const float alpha = s.dark ? 0.55f : 0.45f;
  for (SpanKind k : {SpanKind::kHedge, SpanKind::kBooster, SpanKind::kLoaded, SpanKind::kCaps, SpanKind::kExclaim,
                     SpanKind::kClickbait, SpanKind::kScareQuote})
    LegendChip(SpanKindLabel(k), counts[static_cast<int>(k)], WithAlpha(SpanKindColor(k), alpha));
  LegendChip("Attribution cue", static_cast<int>(a.report.attributions.size()), okabe_ito::kBluishGreen, true);
  LegendChip("Source", static_cast<int>(a.report.sources.size()), okabe_ito::kBlue, true);
  int loaded_sentences = 0;
  for (const auto& sentence : a.report.sentences) loaded_sentences += sentence.loaded ? 1 : 0;
  LegendChip("Sentence reads as loaded", loaded_sentences, WithAlpha(SpanKindColor(SpanKind::kLoaded), 0.8f), true);
  LegendChip("Quoted voice", -1, Theme().quoted_bg);
  LegendChip("Boilerplate", -1, 0, false, Theme().boilerplate_text);
  if (!s.include_quoted) LegendChip("Outlined: quoted, not counted", -1, WithAlpha(Theme().text_faint, 0.3f));
}

void DrawSidePanel(App& app, AppState& s, const LoadedArticle& a, const ArticleSummary& sum) {
  const float width = ImGui::GetContentRegionAvail().x;
  for (int k = 0; k < 3; ++k) {
    ImGui::PushID(k);
    ScoreKind kind = static_cast<ScoreKind>(k);
    if (ScoreGauge("##g", kind, ScoreValue(a.report, kind), sum.evidence[k], width)) app.OpenReader(a.article.id, sum.evidence[k].start);
    ImGui::PopID();
  }
  ImGui::SeparatorText("Highlights");
  DrawLegend(s, a);
  ImGui::SeparatorText("Sources");
  if (a.report.sources.empty()) ImGui::TextDisabled("None found.");
  for (const auto& src : a.report.sources) {
    ImGui::PushID(src.id);
    ImVec2 p = ImGui::GetCursorScreenPos();
    float line = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + line * 0.6f, p.y + line - 2), SourceTypeColor(src.type), 2.0f);
    ImGui::Dummy(ImVec2(line * 0.6f, line));
    ImGui::SameLine();
    std::string label = chart::TruncateToWidth(src.name + (src.anonymous ? " (anonymous)" : ""), ImGui::GetContentRegionAvail().x - line * 2);
    if (ImGui::Selectable(label.c_str())) {
      uint32_t byte = src.mention_spans.empty() ? 0 : src.mention_spans[0].start;
      for (const auto& at : a.report.attributions)
        if (at.source_id == src.id) { byte = !at.source.empty() ? at.source.start : at.cue.start; break; }
      app.OpenReader(a.article.id, byte);
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s%s%s\nquoted %d×, named %d×", SourceTypeLabel(src.type).c_str(), src.affiliation.empty() ? "" : " · ",
                        src.affiliation.c_str(), src.attributions, src.mentions);
    ImGui::SameLine();
    ImGui::TextDisabled("%d", src.attributions);
    ImGui::PopID();
  }
  if (!a.report.metrics.empty() && ImGui::CollapsingHeader("Metrics")) {
    for (const auto& m : a.report.metrics) ImGui::Text("%s: %.3g", m.first.c_str(), m.second);
  }
  if (!a.report.warnings.empty()) {
    ImGui::SeparatorText("Warnings");
    for (const auto& w : a.report.warnings) ImGui::TextWrapped("%s", w.c_str());
  }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] View
//-----------------------------------------------------------------------------
void DrawReaderView(App& app, AppState& s) {
  if (s.articles.empty()) {
    DrawViewHeader(s, "Reader", "");
    ImGui::TextDisabled("No articles loaded.");
    return;
  }
  int index = FindArticleIndex(s, s.reader_id);
  if (index < 0) {
    index = 0;
    s.reader_id = s.articles[0].article.id;
  }
  const LoadedArticle& a = s.articles[index];
  const ArticleSummary& sum = s.summaries[index];

  // Article picker: previous / next / combo (all keyboard reachable).
  ImGui::BeginDisabled(index == 0);
  if (ImGui::ArrowButton("##prev", ImGuiDir_Left)) app.OpenReader(s.articles[index - 1].article.id, 0);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(index + 1 >= static_cast<int>(s.articles.size()));
  if (ImGui::ArrowButton("##next", ImGuiDir_Right)) app.OpenReader(s.articles[index + 1].article.id, 0);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 30));
  std::string current = "#" + std::to_string(index + 1) + " " + sum.label;
  if (ImGui::BeginCombo("##article", current.c_str())) {
    for (size_t i = 0; i < s.articles.size(); ++i) {
      std::string label = "#" + std::to_string(i + 1) + " " + s.summaries[i].label;
      if (ImGui::Selectable(label.c_str(), static_cast<int>(i) == index)) app.OpenReader(s.articles[i].article.id, 0);
    }
    ImGui::EndCombo();
  }
  ArticleBadge(index + 1);
  ImGui::SameLine();
  ImGui::TextDisabled("%s", a.article.outlet.empty() ? a.article.id.c_str() : a.article.outlet.c_str());
  ImGui::PushFont(s.fonts.heading);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(sum.headline.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (!a.report.title_spans.empty()) {
    // A title given apart from the text: its evidence (which the headline score counts) is
    // listed here, since the highlights below mark the text only.
    std::string evidence;
    for (const Span& span : a.report.title_spans) {
      if (!evidence.empty()) evidence += " \xC2\xB7 ";
      evidence += "\"" + OneLine(span.cue, 0, static_cast<uint32_t>(span.cue.size()), 80) + "\" (" + SpanKindName(span.kind) + ")";
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("In the headline: %s", evidence.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Separator();

  const float line = ImGui::GetTextLineHeight();
  float avail = ImGui::GetContentRegionAvail().x;
  bool side = avail > line * 44;
  float side_w = side ? std::clamp(avail * 0.3f, line * 15, line * 22) : 0;
  ImGui::BeginChild("reader_text", ImVec2(side ? avail - side_w - ImGui::GetStyle().ItemSpacing.x : 0, side ? 0 : -line * 12),
                    ImGuiChildFlags_None, ImGuiWindowFlags_None);
  DrawText(s, a);
  ImGui::EndChild();
  if (side) ImGui::SameLine();
  ImGui::BeginChild("reader_side", ImVec2(side ? side_w : 0, 0), ImGuiChildFlags_None);
  DrawSidePanel(app, s, a, sum);
  ImGui::EndChild();
}

}  // namespace biaslens
