// Compare: the articles side by side — grouped score bars, a radar of each article's
// profile, hedging against loaded language, and loaded wording in headline vs body.
#include <algorithm>

#include "app/views.h"

namespace biaslens {

void DrawCompareView(App& app, AppState& s) {
  DrawViewHeader(s, "Compare",
                 "The same articles side by side. Hover any mark for the evidence; click it to read that passage.");
  DrawSortControls(s);
  std::vector<ChartRow> rows = BuildChartRows(s);
  if (rows.empty()) {
    ImGui::TextDisabled("No articles loaded.");
    return;
  }
  const float line = ImGui::GetTextLineHeight();
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize * 0.5f;
  ImGui::Spacing();
  HandleEvidenceClick(app, ScoreBarsChart("score_bars", rows, width, s.include_quoted));
  ImGui::Spacing();
  ImGui::Separator();
  // Radar and scatter side by side when there is room, else stacked.
  bool side_by_side = width > line * 50;
  float w = side_by_side ? (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f : width;
  float h = std::clamp(w * 0.8f, line * 22, line * 34) + (rows.size() > 6 ? line * 2 : 0);
  HandleEvidenceClick(app, RadarChart("radar", rows, ImVec2(w, h), s.include_quoted));
  if (side_by_side) ImGui::SameLine();
  HandleEvidenceClick(app, HedgeLoadedScatter("scatter", rows, ImVec2(w, h)));
  ImGui::Separator();
  HandleEvidenceClick(app, HeadlineBodyChart("headline_body", rows, width));
}

}  // namespace biaslens
