// Method: how each score is computed, the lexicons (name, version, content hash), the
// calibration reference, and the measured accuracy (assets/accuracy.json when present: a
// summary per score, every figure on request).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include <nlohmann/json.hpp>

#include "app/accuracy_summary.h"
#include "app/app_assets.h"
#include "app/theme.h"
#include "app/views.h"

namespace biaslens {

namespace {

void WrappedParagraph(const char* text) {
  ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 60) + ImGui::GetCursorPosX());
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

void ScoreSection(const AppState& s, ScoreKind kind, const char* how) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float line = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + line * 0.7f, p.y + line), ScoreColor(kind), 2.0f);
  ImGui::Dummy(ImVec2(line * 0.7f, line));
  ImGui::SameLine();
  ImGui::PushFont(s.fonts.heading);
  ImGui::TextUnformatted(ScoreName(kind));
  ImGui::PopFont();
  WrappedParagraph(how);
  ImGui::Spacing();
}

// Flattens accuracy.json into rows "path  value" (it may be any shape the evaluator writes).
void AccuracyRows(const nlohmann::json& j, const std::string& path, const std::function<void(const std::string&, const std::string&)>& row) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) AccuracyRows(it.value(), path.empty() ? it.key() : path + " / " + it.key(), row);
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) AccuracyRows(j[i], path + " [" + std::to_string(i) + "]", row);
  } else if (j.is_number_float()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", j.get<double>());
    row(path, buf);
  } else {
    row(path, j.is_string() ? j.get<std::string>() : j.dump());
  }
}

}  // namespace

void DrawMethodView(App& app, AppState& s) {
  DrawViewHeader(s, "Method", "How the numbers are made, so that each one can be checked against the text.");
  ImGui::Spacing();
  WrappedParagraph("Every article is split into sentences, paragraphs and quotations. Words inside a direct "
            "quotation belong to the quoted source, not to the outlet, so by default only the reporter's own "
            "words count; the \"Count quoted voice\" switch adds the quoted words. Each score is a percentile: "
            "the share of a reference set of news articles whose raw rate is lower.");
  ImGui::Spacing();
  ScoreSection(s, ScoreKind::kHedging,
               "Hedge cues from the hedging lexicon (modal verbs such as may/could, doxastic verbs such as believe, "
               "phrases such as \"it remains to be seen\"), each with a weight. Cues with one reading always count; "
               "for ambiguous ones (\"would\", \"may\", \"is considered\") a small model trained on annotated "
               "sentences (FactBank, WikiWeasel) reads the context and decides, and rules drop uses such as "
               "\"May 6\" and \"could not\". Boosters (\"clearly\", \"of course\") are shown but do not count. "
               "Raw rate = summed hedge weights per 100 reporter words.");
  ScoreSection(s, ScoreKind::kLoaded,
               "Loaded and emotive words: a small model trained on annotated news (PTC, BABE) scores every word from "
               "the word itself, its neighbours and the loaded-language lexicon; when a second model reads a whole "
               "sentence as biased but no word passes on its own, the sentence's strongest word is marked. Runs of "
               "ALL-CAPS words (not acronyms "
               "such as NATO or S-400), exclamation marks, clickbait phrases and scare quotes add to them. Headline "
               "and body are rated apart (weighted cues per 100 words); raw rate = 0.75 x body + 0.25 x headline "
               "(the headline capped at 50). Compare shows the headline beside the body.");
  ScoreSection(s, ScoreKind::kSourceDiversity,
               "Attributions (\"X said\", \"according to X\", quotations) are found by a cue tagger and a source "
               "ranker trained on annotated political news (PolNeAR), and their sources are merged into distinct "
               "people and bodies, each with a kind (official, spokesperson, organisation, outlet, expert, person, "
               "anonymous) and an affiliation. Raw value = log2(1 + voices, an anonymous one counting half) + 0.75 x "
               "log2(1 + affiliations) + the named share + half the evenness of attributions over sources + half "
               "the direct-quote share.");

  ImGui::SeparatorText("Lexicons");
  const Scorer* scorer = app.scorer();
  static const std::vector<Lexicon> kNoLexicons;
  const auto& lexicons = scorer ? scorer->lexicons() : kNoLexicons;
  if (ImGui::BeginTable("lexicons", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Name");
    ImGui::TableSetupColumn("Version");
    ImGui::TableSetupColumn("Entries");
    ImGui::TableSetupColumn("Content hash (FNV-1a 64)");
    ImGui::TableHeadersRow();
    for (const auto& l : lexicons) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(l.name.c_str());
      if (!l.description.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", l.description.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(l.version.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu", l.entries.size());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(l.content_hash.c_str());
    }
    ImGui::EndTable();
  }
  if (lexicons.empty()) ImGui::TextDisabled("No lexicons loaded.");

  ImGui::SeparatorText("Calibration");
  static const Calibration kNoCalibration;
  const Calibration& cal = scorer ? scorer->calibration() : kNoCalibration;
  if (cal.articles() > 0)
    ImGui::Text("Percentiles against %d articles of %s.", cal.articles(), cal.reference().c_str());
  else
    ImGui::TextDisabled("No calibration table: scores are raw rates clamped to 0-100.");

  ImGui::SeparatorText("Measured accuracy");
  static const nlohmann::json accuracy = [] {
    const EmbeddedFile* file = biaslens_app_assets::FindEmbeddedFile("accuracy.json");
    nlohmann::json j = file ? nlohmann::json::parse(file->data, file->data + file->size, nullptr, false) : nlohmann::json();
    return j.is_discarded() ? nlohmann::json() : j;
  }();
  const std::vector<AccuracySummaryRow> rows = SummarizeAccuracy(accuracy);
  if (rows.empty()) {
    ImGui::TextDisabled("Not measured in this build (assets/accuracy.json is absent).");
    return;
  }
  WrappedParagraph("How often the detectors agree with the people who annotated public corpora. F1 is 1 when "
                   "they agree on every case and 0 when they never do. The estimate is measured on texts the "
                   "models were not trained on (5-fold cross-validation); on the training texts the figure is "
                   "higher, because the models have seen them.");
  ImGui::Spacing();
  auto cell = [](double value) {
    if (std::isnan(value)) ImGui::TextDisabled("-");
    else ImGui::Text("%.2f", value);
  };
  if (ImGui::BeginTable("accuracy", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Score");
    ImGui::TableSetupColumn("Checked against");
    ImGui::TableSetupColumn("Measure");
    ImGui::TableSetupColumn("Estimate, unseen text");
    ImGui::TableSetupColumn("On the training texts");
    ImGui::TableHeadersRow();
    for (const AccuracySummaryRow& row : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(ScoreName(row.score));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.against);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.measure);
      ImGui::TableNextColumn();
      cell(row.cross_validated);
      ImGui::TableNextColumn();
      cell(row.development);
    }
    ImGui::EndTable();
  }
  const std::string measured = AccuracyMeasuredOn(accuracy);
  const std::string note = "Measured" + (measured.empty() ? std::string() : " " + measured) +
                           " against the development halves of these corpora; other texts give other numbers.";
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  WrappedParagraph(note.c_str());
  ImGui::PopStyleColor();
  if (ImGui::CollapsingHeader("Every measured figure")) {
    if (ImGui::BeginTable("accuracy-all", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn("Measure");
      ImGui::TableSetupColumn("Value");
      ImGui::TableHeadersRow();
      AccuracyRows(accuracy, "", [](const std::string& key, const std::string& value) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(key.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(value.c_str());
      });
      ImGui::EndTable();
    }
  }
}

}  // namespace biaslens
