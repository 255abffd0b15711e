// The corpus panel: the loaded articles (select, rename the outlet, remove, open), a box
// to paste a new article, reset to the default corpus, and the message list. Bad input
// shows a message here and never removes what is loaded.
#include <algorithm>
#include <cstdio>

#include "app/chart.h"
#include "app/fonts.h"
#include "app/theme.h"
#include "app/views.h"
#include "misc/cpp/imgui_stdlib.h"

namespace biaslens {

namespace {

void DrawArticleList(App& app, AppState& s) {
  std::string remove_id;
  const float line = ImGui::GetTextLineHeight();
  for (size_t i = 0; i < s.articles.size(); ++i) {
    const LoadedArticle& a = s.articles[i];
    ImGui::PushID(a.article.id.c_str());
    ArticleBadge(static_cast<int>(i) + 1);
    ImGui::SameLine();
    float avail = ImGui::GetContentRegionAvail().x - line * 1.6f;
    std::string label = chart::TruncateToWidth(s.summaries.size() > i ? s.summaries[i].label : a.article.id, avail);
    bool selected = s.selected_id == a.article.id;
    if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick, ImVec2(avail, 0))) {
      s.selected_id = a.article.id;
      s.rename_buffer = a.article.outlet;
      if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) app.OpenReader(a.article.id, 0);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", a.article.id.c_str(), s.summaries.size() > i ? s.summaries[i].headline.c_str() : "");
    ImGui::SameLine();
    if (ImGui::SmallButton("x")) remove_id = a.article.id;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this article");
    ImGui::PopID();
  }
  if (!remove_id.empty()) {
    PushMessage(s, "Removed " + remove_id);
    app.RemoveArticle(remove_id);
  }
}

void DrawSelected(App& app, AppState& s) {
  const LoadedArticle* a = FindArticle(s, s.selected_id);
  if (!a) return;
  ImGui::SeparatorText("Selected article");
  ImGui::TextDisabled("%s", chart::TruncateToWidth(a->article.id, ImGui::GetContentRegionAvail().x).c_str());
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 4);
  bool enter = ImGui::InputTextWithHint("##outlet", "outlet name", &s.rename_buffer, ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemEdited()) RequestGlyphs(s.fonts, s.rename_buffer);  // typed or pasted
  ImGui::SameLine();
  if (ImGui::Button("Rename") || enter) app.RenameOutlet(a->article.id, s.rename_buffer);
  if (ImGui::Button("Open in reader")) app.OpenReader(a->article.id, 0);
  ImGui::SameLine();
  if (ImGui::Button("Remove")) {
    PushMessage(s, "Removed " + a->article.id);
    app.RemoveArticle(a->article.id);
  }
}

void DrawPasteBox(App& app, AppState& s) {
  ImGui::SeparatorText("Add an article");
  ImGui::TextDisabled("Paste text (first line = headline), or drop .txt/.json/.jsonl files on the page.");
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##paste_outlet", "outlet (optional)", &s.paste_outlet)) RequestGlyphs(s.fonts, s.paste_outlet);
  if (ImGui::InputTextMultiline("##paste", &s.paste_buffer, ImVec2(-1, ImGui::GetTextLineHeight() * 6)))
    RequestGlyphs(s.fonts, s.paste_buffer);
  ImGui::BeginDisabled(s.paste_buffer.empty());
  if (ImGui::Button("Add")) {
    CommandResult result = app.ImportPastedText(s.paste_buffer);
    if (!result.added_ids.empty()) {
      if (!s.paste_outlet.empty())
        for (const auto& id : result.added_ids) app.RenameOutlet(id, s.paste_outlet);
      s.paste_buffer.clear();
      s.paste_outlet.clear();
    }
  }
  ImGui::SameLine();
  if (ImGui::Button("Clear")) s.paste_buffer.clear();
  ImGui::EndDisabled();
}

void DrawMessages(AppState& s) {
  ImGui::SeparatorText("Messages");
  if (s.messages.empty()) {
    ImGui::TextDisabled("None.");
    return;
  }
  size_t first = s.messages.size() > 8 ? s.messages.size() - 8 : 0;
  ImGui::PushTextWrapPos(0);
  for (size_t i = s.messages.size(); i-- > first;) ImGui::TextUnformatted(s.messages[i].c_str());
  ImGui::PopTextWrapPos();
  if (ImGui::SmallButton("Clear messages")) s.messages.clear();
}

}  // namespace

void DrawQueueProgress(AppState& s) {
  if (!s.rescore_ids.empty()) {
    const size_t done = s.rescore_total - s.rescore_ids.size();
    ImGui::TextWrapped("Re-scoring %s quoted voice: %zu of %zu articles", s.include_quoted ? "with" : "without", done, s.rescore_total);
    ImGui::ProgressBar(s.rescore_total ? static_cast<float>(done) / static_cast<float>(s.rescore_total) : 0.0f, ImVec2(-FLT_MIN, 0));
    ImGui::Spacing();
  }
  if (s.imports.empty()) return;
  const PendingImport& job = s.imports.front();
  const size_t scored = job.added + job.failed;
  ImGui::PushID("import_progress");
  ImGui::TextWrapped("Scoring %s: %zu of %zu articles", job.name.c_str(), scored, job.total);
  const float stop_width = job.stoppable ? ImGui::CalcTextSize("Stop").x + ImGui::GetStyle().FramePadding.x * 2 +
                                               ImGui::GetStyle().ItemSpacing.x
                                         : 0.0f;
  char overlay[32];
  std::snprintf(overlay, sizeof overlay, "%.0f%%", job.total ? 100.0 * static_cast<double>(scored) / static_cast<double>(job.total) : 0.0);
  ImGui::ProgressBar(job.total ? static_cast<float>(scored) / static_cast<float>(job.total) : 0.0f,
                     ImVec2(stop_width > 0 ? -stop_width : -FLT_MIN, 0), overlay);
  if (job.stoppable) {
    ImGui::SameLine();
    if (ImGui::Button("Stop")) CancelImports(s, false);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stop importing; the articles already scored stay");
  }
  if (s.imports.size() > 1) ImGui::TextDisabled("%zu more file%s waiting", s.imports.size() - 1, s.imports.size() == 2 ? "" : "s");
  ImGui::PopID();
  ImGui::Spacing();
}

void DrawCorpusPanel(App& app, AppState& s) {
  ImGui::PushFont(s.fonts.heading);
  ImGui::Text("Articles (%zu)", s.articles.size());
  ImGui::PopFont();
  DrawQueueProgress(s);
  DrawArticleList(app, s);
  if (s.articles.empty() && s.imports.empty()) ImGui::TextDisabled("No articles.");
  ImGui::Spacing();
  if (ImGui::Button("Reset to default corpus")) {
    app.ResetToDefaultCorpus();
    PushMessage(s, "Reset to the default corpus");
  }
  bool any_user = std::any_of(s.articles.begin(), s.articles.end(), [](const LoadedArticle& a) { return a.user_added; });
  if (any_user) {
    ImGui::SameLine();
    if (ImGui::Button("Remove added")) app.ClearUserArticles();
  }
  DrawSelected(app, s);
  DrawPasteBox(app, s);
  DrawMessages(s);
  ImGui::Spacing();
  ImGui::TextDisabled("%.1f ms per frame", s.frame_ms);
}

}  // namespace biaslens
