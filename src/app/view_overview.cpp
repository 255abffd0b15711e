// Overview: one card per article — outlet, headline, the three scores as bars, and one
// line saying why (the strongest evidence). A bar opens the reader on its evidence.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/chart.h"
#include "app/theme.h"
#include "app/views.h"

namespace biaslens {

namespace {

void DrawCard(App& app, AppState& s, const ChartRow& row, ImVec2 size) {
  const ThemeColors& theme = Theme();
  const LoadedArticle& a = *row.article;
  const ArticleSummary& sum = *row.summary;
  const float line = ImGui::GetTextLineHeight();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(theme.card_bg));
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(theme.card_border));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8.0f);
  ImGui::BeginChild(a.article.id.c_str(), size, ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
  float inner = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // A coloured stripe ties the card to the article's colour in the radar and scatter.
  ImVec2 wp = ImGui::GetWindowPos();
  draw->AddRectFilled(wp, ImVec2(wp.x + 5, wp.y + size.y), row.color, 8.0f, ImDrawFlags_RoundCornersLeft);

  ArticleBadge(row.number);
  ImGui::SameLine();
  std::string outlet = a.article.outlet.empty() ? a.article.id : a.article.outlet;
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.text_faint));
  ImGui::TextUnformatted(chart::TruncateToWidth(outlet, inner - line * 3).c_str());
  ImGui::PopStyleColor();

  // Headline: at most two lines at the heading size.
  ImGui::PushFont(s.fonts.heading);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float head_h = ImGui::GetTextLineHeight() * 2 + 2;  // keep in sync with card_h in DrawOverviewView
  ImGui::PushClipRect(pos, ImVec2(pos.x + inner, pos.y + head_h), true);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
  ImGui::TextUnformatted(chart::TruncateToLines(sum.headline, inner, 2).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopClipRect();
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + head_h + 4));
  if (ImGui::IsMouseHoveringRect(pos, ImVec2(pos.x + inner, pos.y + head_h)) && ImGui::IsWindowHovered())
    ImGui::SetTooltip("%s", sum.headline.c_str());

  for (int k = 0; k < 3; ++k) {
    ScoreKind kind = static_cast<ScoreKind>(k);
    ImGui::PushID(k);
    if (ScoreGauge("##gauge", kind, ScoreValue(a.report, kind), sum.evidence[k], inner))
      app.OpenReader(a.article.id, sum.evidence[k].start);
    ImGui::PopID();
  }
  // Why: the strongest evidence in one line, or a caution on the scores ("Caution: …").
  const bool caution = !a.report.warnings.empty();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.text));
  std::string why = chart::TruncateToWidth(caution ? sum.why : "Why: " + sum.why, inner);
  ImGui::TextUnformatted(why.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", sum.why.c_str());
  ImGui::PopStyleColor();

  const Report& r = a.report;
  // Most telling first: a narrow card drops the word count, then the quoted share.
  char facts[160];
  std::snprintf(facts, sizeof facts, "%zu source%s · %.0f%% quoted · %u words", r.sources.size(),
                r.sources.size() == 1 ? "" : "s", sum.quoted_share, r.stats.words);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme.text_faint));
  const std::string shown = chart::TruncateToClauses(facts, " · ", inner - line * 4.5f);
  ImGui::TextUnformatted(shown.c_str());
  if (shown != facts && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", facts);
  ImGui::PopStyleColor();
  ImGui::SameLine(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - line * 4));
  if (ImGui::SmallButton("Read \xE2\x80\xBA")) app.OpenReader(a.article.id, 0);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}

// "Most hedged / most loaded / most diverse sources": the comparison in one line each.
void DrawLeaders(App& app, const AppState& s, const std::vector<ChartRow>& rows) {
  const char* titles[3] = {"Most hedged", "Most loaded wording", "Most diverse sources"};
  const float line = ImGui::GetTextLineHeight();
  float avail = ImGui::GetContentRegionAvail().x;
  float chip_w = std::max(line * 12, (avail - ImGui::GetStyle().ItemSpacing.x * 2) / 3);
  bool same_line = chip_w * 3 <= avail + 1;
  for (int k = 0; k < 3; ++k) {
    ScoreKind kind = static_cast<ScoreKind>(k);
    const ChartRow* best = nullptr;
    for (const auto& r : rows)
      if (!best || ScoreValue(r.article->report, kind) > ScoreValue(best->article->report, kind)) best = &r;
    if (k > 0 && same_line) ImGui::SameLine();
    ImGui::PushID(k);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    std::string text = std::string(titles[k]) + ": ";
    double value = best ? ScoreValue(best->article->report, kind) : 0;
    if (!best || value <= 0) text += "none";
    else text += "#" + std::to_string(best->number) + " " + best->summary->label;
    char score[24];
    std::snprintf(score, sizeof score, "  %.0f", value);
    std::string label = chart::TruncateToWidth(text, chip_w - line * 3.2f) + (best && value > 0 ? score : "");
    if (ImGui::InvisibleButton("##leader", ImVec2(chip_w, line * 1.6f)) && best && value > 0)
      app.OpenReader(best->article->article.id, best->summary->evidence[k].start);
    bool hovered = ImGui::IsItemHovered();
    draw->AddRectFilled(pos, ImVec2(pos.x + chip_w, pos.y + line * 1.6f), Theme().card_bg, 6.0f);
    draw->AddRect(pos, ImVec2(pos.x + chip_w, pos.y + line * 1.6f), hovered ? Theme().focus : Theme().card_border, 6.0f);
    draw->AddRectFilled(ImVec2(pos.x, pos.y), ImVec2(pos.x + 6, pos.y + line * 1.6f), ScoreColor(kind), 6.0f, ImDrawFlags_RoundCornersLeft);
    draw->AddText(ImVec2(pos.x + 12, pos.y + line * 0.3f), Theme().text, label.c_str());
    if (hovered && best && value > 0) ImGui::SetTooltip("%s\n%s", best->summary->headline.c_str(), best->summary->why.c_str());
    ImGui::PopID();
  }
  (void)s;
}

}  // namespace

void DrawOverviewView(App& app, AppState& s) {
  DrawViewHeader(s, "Overview",
                 "Each card is one article. Bars show how it scores against a reference set of news "
                 "articles (0 = less than all of them, 100 = more). Click a bar to read the words behind it.");
  std::vector<ChartRow> rows = BuildChartRows(s);
  if (rows.empty()) {
    ImGui::TextDisabled("No articles loaded. Paste one in the panel on the left, or reset to the default corpus.");
    return;
  }
  DrawLeaders(app, s, rows);
  DrawSortControls(s);
  ImGui::Spacing();
  const float line = ImGui::GetTextLineHeight();
  const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
  float avail = ImGui::GetContentRegionAvail().x;
  int columns = std::max(1, static_cast<int>((avail + gap) / (line * 21 + gap)));
  columns = std::min<int>(columns, static_cast<int>(rows.size()));
  float card_w = std::floor((avail - gap * (columns - 1)) / columns);
  // Card height from its rows: badge, two headline lines, three gauges, why, facts.
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushFont(s.fonts.heading);
  float heading_line = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  float card_h = style.WindowPadding.y * 2 + (line + style.ItemSpacing.y) + (heading_line * 2 + 6 + style.ItemSpacing.y) +
                 3 * (line * 1.25f + style.ItemSpacing.y) + (line + style.ItemSpacing.y) + line + 2;
  int card_rows = (static_cast<int>(rows.size()) + columns - 1) / columns;
  ImGuiListClipper clipper;
  clipper.Begin(card_rows);  // row height measured from the first row
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      for (int c = 0; c < columns; ++c) {
        size_t i = static_cast<size_t>(r * columns + c);
        if (i >= rows.size()) break;
        if (c > 0) ImGui::SameLine(0, gap);
        DrawCard(app, s, rows[i], ImVec2(card_w, card_h));
      }
      ImGui::Dummy(ImVec2(0, gap - ImGui::GetStyle().ItemSpacing.y));
    }
  }
}

}  // namespace biaslens
