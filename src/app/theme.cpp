#include "app/theme.h"

#include <algorithm>
#include <cctype>

namespace biaslens {

namespace {
ThemeColors g_theme;
}

const char* ScoreName(ScoreKind kind) {
  switch (kind) {
    case ScoreKind::kHedging: return "Hedging";
    case ScoreKind::kLoaded: return "Loaded language";
    case ScoreKind::kSourceDiversity: return "Source diversity";
    default: return "?";
  }
}

const char* ScoreShortName(ScoreKind kind) {
  switch (kind) {
    case ScoreKind::kHedging: return "Hedging";
    case ScoreKind::kLoaded: return "Loaded";
    case ScoreKind::kSourceDiversity: return "Sources";
    default: return "?";
  }
}

const char* ScoreDescription(ScoreKind kind) {
  switch (kind) {
    case ScoreKind::kHedging: return "How much the reporter's own words qualify claims (may, reportedly, it remains to be seen).";
    case ScoreKind::kLoaded: return "Emotive or sensational wording: loaded words, ALL-CAPS runs, exclamations, clickbait.";
    case ScoreKind::kSourceDiversity: return "How many distinct, named sources of different kinds the article lets speak.";
    default: return "";
  }
}

ImU32 ScoreColor(ScoreKind kind) {
  switch (kind) {
    case ScoreKind::kHedging: return okabe_ito::kBlue;
    case ScoreKind::kLoaded: return okabe_ito::kVermillion;
    case ScoreKind::kSourceDiversity: return okabe_ito::kBluishGreen;
    default: return okabe_ito::kGrey;
  }
}

double ScoreValue(const Report& report, ScoreKind kind) {
  switch (kind) {
    case ScoreKind::kHedging: return report.scores.hedging;
    case ScoreKind::kLoaded: return report.scores.loaded;
    case ScoreKind::kSourceDiversity: return report.scores.source_diversity;
    default: return 0;
  }
}

ImU32 ArticleColor(int index) {
  static const ImU32 kCycle[] = {okabe_ito::kOrange, okabe_ito::kSkyBlue, okabe_ito::kBluishGreen,
                                 okabe_ito::kReddishPurple, okabe_ito::kBlue, okabe_ito::kVermillion,
                                 okabe_ito::kYellow, okabe_ito::kGrey};
  return kCycle[(index < 0 ? 0 : index) % 8];
}

ImU32 SpanKindColor(SpanKind kind) {
  switch (kind) {
    case SpanKind::kHedge: return okabe_ito::kSkyBlue;
    case SpanKind::kBooster: return okabe_ito::kReddishPurple;
    case SpanKind::kLoaded: return okabe_ito::kVermillion;
    case SpanKind::kCaps: return okabe_ito::kOrange;
    case SpanKind::kExclaim: return okabe_ito::kOrange;
    case SpanKind::kClickbait: return okabe_ito::kYellow;
    case SpanKind::kScareQuote: return okabe_ito::kYellow;
    case SpanKind::kBoilerplate: return okabe_ito::kGrey;
    default: return okabe_ito::kGrey;
  }
}

const char* SpanKindLabel(SpanKind kind) {
  switch (kind) {
    case SpanKind::kHedge: return "Hedge";
    case SpanKind::kBooster: return "Booster";
    case SpanKind::kLoaded: return "Loaded";
    case SpanKind::kCaps: return "ALL CAPS";
    case SpanKind::kExclaim: return "Exclamation";
    case SpanKind::kClickbait: return "Clickbait";
    case SpanKind::kScareQuote: return "Scare quote";
    case SpanKind::kBoilerplate: return "Boilerplate";
    default: return "?";
  }
}

const std::vector<std::string>& SourceTypes() {
  static const std::vector<std::string> kTypes = {"official", "spokesperson", "organisation", "expert",
                                                  "person", "outlet", "document", "anonymous"};
  return kTypes;
}

ImU32 SourceTypeColor(const std::string& type) {
  if (type == "official") return okabe_ito::kBlue;
  if (type == "spokesperson") return okabe_ito::kSkyBlue;
  if (type == "organisation" || type == "organization") return okabe_ito::kBluishGreen;
  if (type == "expert") return okabe_ito::kReddishPurple;
  if (type == "person") return okabe_ito::kYellow;
  if (type == "outlet") return okabe_ito::kOrange;
  if (type == "document") return okabe_ito::kVermillion;
  return okabe_ito::kGrey;  // anonymous and unknown
}

std::string SourceTypeLabel(const std::string& type) {
  if (type.empty()) return "Unknown";
  std::string label = type;
  label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
  return label;
}

const ThemeColors& Theme() { return g_theme; }

void ApplyTheme(bool dark) {
  ImGuiStyle& style = ImGui::GetStyle();
  if (dark) {
    ImGui::StyleColorsDark(&style);
    g_theme.text = IM_COL32(230, 230, 230, 255);
    g_theme.text_faint = IM_COL32(150, 150, 155, 255);
    g_theme.grid = IM_COL32(255, 255, 255, 28);
    g_theme.axis = IM_COL32(200, 200, 200, 160);
    g_theme.plot_bg = IM_COL32(255, 255, 255, 8);
    g_theme.card_bg = IM_COL32(38, 40, 46, 255);
    g_theme.card_border = IM_COL32(70, 72, 80, 255);
    g_theme.highlight = IM_COL32(255, 255, 255, 40);
    g_theme.quoted_bg = IM_COL32(86, 180, 233, 30);
    g_theme.boilerplate_text = IM_COL32(120, 120, 125, 255);
    g_theme.focus = IM_COL32(240, 228, 66, 255);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.115f, 0.13f, 1.0f);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  } else {
    ImGui::StyleColorsLight(&style);
    g_theme.text = IM_COL32(25, 25, 30, 255);
    g_theme.text_faint = IM_COL32(105, 105, 112, 255);
    g_theme.grid = IM_COL32(0, 0, 0, 24);
    g_theme.axis = IM_COL32(60, 60, 60, 170);
    g_theme.plot_bg = IM_COL32(0, 0, 0, 6);
    g_theme.card_bg = IM_COL32(255, 255, 255, 255);
    g_theme.card_border = IM_COL32(205, 207, 214, 255);
    g_theme.highlight = IM_COL32(0, 0, 0, 22);
    g_theme.quoted_bg = IM_COL32(0, 114, 178, 22);
    g_theme.boilerplate_text = IM_COL32(150, 150, 155, 255);
    g_theme.focus = IM_COL32(0, 0, 0, 255);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.955f, 0.957f, 0.965f, 1.0f);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  }
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.PopupRounding = 4;
  style.ScrollbarRounding = 6;
  style.FramePadding = ImVec2(8, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.WindowPadding = ImVec2(10, 10);
  style.WindowBorderSize = 0;
  style.FrameBorderSize = dark ? 0.0f : 1.0f;  // light frames need an edge to be seen
  if (!dark) style.Colors[ImGuiCol_Border] = ImVec4(0, 0, 0, 0.22f);
}

ImU32 WithAlpha(ImU32 color, float alpha) {
  unsigned a = (color >> IM_COL32_A_SHIFT) & 0xFF;
  a = static_cast<unsigned>(std::clamp(a * alpha, 0.0f, 255.0f));
  return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 ContrastText(ImU32 background) {
  float r = ((background >> IM_COL32_R_SHIFT) & 0xFF) / 255.0f;
  float g = ((background >> IM_COL32_G_SHIFT) & 0xFF) / 255.0f;
  float b = ((background >> IM_COL32_B_SHIFT) & 0xFF) / 255.0f;
  float luma = 0.2126f * r + 0.7152f * g + 0.0722f * b;
  return luma > 0.5f ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
}

}  // namespace biaslens
