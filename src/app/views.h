// One function per view and panel (Tracy style). Each draws into the current ImGui window
// and edits AppState; commands that change the corpus go through App.
#pragma once
#include <vector>

#include "app/app_state.h"
#include "app/charts.h"

namespace biaslens {

void DrawOverviewView(App& app, AppState& s);
void DrawCompareView(App& app, AppState& s);
void DrawSourcesView(App& app, AppState& s);
void DrawReaderView(App& app, AppState& s);
void DrawMethodView(App& app, AppState& s);
void DrawCorpusPanel(App& app, AppState& s);

// Shared by the views.
std::vector<ChartRow> BuildChartRows(const AppState& s);  // articles in display order
void DrawSortControls(AppState& s);
void DrawViewHeader(const AppState& s, const char* title, const char* subtitle);
void HandleEvidenceClick(App& app, const EvidenceClick& click);
// A one-line "#3" badge in the article's colour.
void ArticleBadge(int number);

}  // namespace biaslens
