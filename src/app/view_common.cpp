// Helpers shared by the views: chart rows in display order, sort controls, headers.
#include <cstdio>

#include "app/theme.h"
#include "app/views.h"

namespace biaslens {

std::vector<ChartRow> BuildChartRows(const AppState& s) {
  std::vector<ChartRow> rows;
  rows.reserve(s.articles.size());
  for (int i : SortedArticleIndices(s)) {
    ChartRow row;
    row.article = &s.articles[i];
    row.summary = &s.summaries[i];
    row.number = i + 1;
    row.color = ArticleColor(i);
    rows.push_back(row);
  }
  return rows;
}

void DrawSortControls(AppState& s) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Sort by");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11);
  if (ImGui::BeginCombo("##sort", SortKeyLabel(s.sort_key))) {
    for (int k = 0; k < static_cast<int>(SortKey::kCount); ++k) {
      bool selected = static_cast<int>(s.sort_key) == k;
      if (ImGui::Selectable(SortKeyLabel(static_cast<SortKey>(k)), selected)) s.sort_key = static_cast<SortKey>(k);
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button(s.sort_descending ? "Highest first" : "Lowest first")) s.sort_descending = !s.sort_descending;
}

void DrawViewHeader(const AppState& s, const char* title, const char* subtitle) {
  ImGui::PushFont(s.fonts.heading);
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  if (subtitle && subtitle[0]) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(subtitle);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
}

void HandleEvidenceClick(App& app, const EvidenceClick& click) {
  if (click.clicked) app.OpenReader(click.article_id, click.byte);
}

void ArticleBadge(int number) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%d", number);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 ts = ImGui::CalcTextSize(buf);
  float pad = 4;
  ImU32 color = ArticleColor(number - 1);
  ImGui::Dummy(ImVec2(ts.x + pad * 2, ts.y));
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + ts.x + pad * 2, pos.y + ts.y), color, 4.0f);
  ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + pad, pos.y), ContrastText(color), buf);
}

}  // namespace biaslens
