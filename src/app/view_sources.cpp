// Sources: who each article lets speak — a matrix of sources × articles coloured by the
// kind of source, anonymous sources marked, with per-article totals underneath.
#include "app/views.h"

namespace biaslens {

void DrawSourcesView(App& app, AppState& s) {
  DrawViewHeader(s, "Sources",
                 "Rows are the people and bodies the articles cite, grouped by kind; columns are the articles. "
                 "A filled cell means the article quotes that source (the number says how often); hatched cells "
                 "are anonymous. Click a cell to read the attribution.");
  DrawSortControls(s);
  std::vector<ChartRow> rows = BuildChartRows(s);
  if (rows.empty()) {
    ImGui::TextDisabled("No articles loaded.");
    return;
  }
  ImGui::BeginChild("matrix", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_HorizontalScrollbar);
  HandleEvidenceClick(app, SourceMatrixChart("source_matrix", rows, s.generation, s.source_matrix, ImGui::GetContentRegionAvail().x));
  ImGui::EndChild();
}

}  // namespace biaslens
