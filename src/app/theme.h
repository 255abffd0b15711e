// Colours and styles. Every data colour comes from the Okabe–Ito palette, which stays
// distinguishable under the common colour-vision deficiencies; shapes and labels carry
// the same information so colour is never the only cue.
#pragma once
#include <string>

#include "core/report.h"
#include "imgui.h"

namespace biaslens {

namespace okabe_ito {
constexpr ImU32 kBlack = IM_COL32(0, 0, 0, 255);
constexpr ImU32 kOrange = IM_COL32(230, 159, 0, 255);
constexpr ImU32 kSkyBlue = IM_COL32(86, 180, 233, 255);
constexpr ImU32 kBluishGreen = IM_COL32(0, 158, 115, 255);
constexpr ImU32 kYellow = IM_COL32(240, 228, 66, 255);
constexpr ImU32 kBlue = IM_COL32(0, 114, 178, 255);
constexpr ImU32 kVermillion = IM_COL32(213, 94, 0, 255);
constexpr ImU32 kReddishPurple = IM_COL32(204, 121, 167, 255);
constexpr ImU32 kGrey = IM_COL32(140, 140, 140, 255);
}  // namespace okabe_ito

enum class ScoreKind : int { kHedging, kLoaded, kSourceDiversity, kCount };
const char* ScoreName(ScoreKind kind);         // "Hedging", "Loaded language", "Source diversity"
const char* ScoreShortName(ScoreKind kind);    // "Hedging", "Loaded", "Sources"
const char* ScoreDescription(ScoreKind kind);  // one line for tooltips and legends
ImU32 ScoreColor(ScoreKind kind);
double ScoreValue(const Report& report, ScoreKind kind);

// The colour of an article in charts where each article is one mark (radar, scatter).
ImU32 ArticleColor(int index);

// Span kinds (reader highlights, legends).
ImU32 SpanKindColor(SpanKind kind);
const char* SpanKindLabel(SpanKind kind);  // "Hedge", "Booster", …

// Source types ("official", "anonymous", …) in a fixed display order.
const std::vector<std::string>& SourceTypes();
ImU32 SourceTypeColor(const std::string& type);
std::string SourceTypeLabel(const std::string& type);  // "Official", … (unknown types title-cased)

// Colours that follow the theme (text, faint grid, panel fill).
struct ThemeColors {
  ImU32 text, text_faint, grid, axis, plot_bg, card_bg, card_border, highlight, quoted_bg, boilerplate_text, focus;
};
const ThemeColors& Theme();
void ApplyTheme(bool dark);  // ImGui style colours + Theme()

// `color` with alpha scaled by `alpha` (0..1).
ImU32 WithAlpha(ImU32 color, float alpha);
// Black or white, whichever reads better on `background`.
ImU32 ContrastText(ImU32 background);

}  // namespace biaslens
