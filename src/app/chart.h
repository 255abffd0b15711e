// A small chart toolkit in the spirit of ImPlot, drawn with ImDrawList only.
//   if (chart::Begin("scores", "Scores by article", size)) {   // reserves space; false when clipped
//     chart::SetupAxis(chart::kX, "score (0-100)", 0, 100);      // setup: axes, categories, legend
//     chart::SetupCategories(chart::kY, labels);
//     chart::SetupLegendEntry("Hedging", color);
//     if (chart::Rect(x0, y0, x1, y1, color)) { tooltip; if (chart::ItemClicked()) … }  // items
//     chart::End();                                              // axes, legend
//   }
// Axes own the data -> pixel transform (Axis::ToPixels). Setup must finish before the first
// item (it is finished lazily). Items return true when the mouse hovers them. Only one chart
// is open at a time; Begin/End must pair (IM_ASSERT otherwise).
#pragma once
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"  // ImRect

namespace biaslens::chart {

enum AxisId { kX = 0, kY = 1 };

enum ChartFlags_ {
  kChartNone = 0,
  kChartNoAxes = 1 << 0,    // no ticks, no grid, the plot fills the frame (radar)
  kChartNoFrame = 1 << 1,   // no plot background
  kChartLegendBottom = 1 << 2,
};
using ChartFlags = int;

enum class Marker { kSquare, kCircle, kLine, kDiamond, kRing };

struct Axis {
  double min = 0, max = 1;
  float pixel_min = 0, pixel_max = 1;  // pixel of `min` and of `max` (y grows downwards)
  std::string label;
  std::vector<std::string> categories;  // when set: category i is centred on value i
  bool flipped = false;                 // categories top-down (y) when true

  float ToPixels(double value) const {
    double t = (max > min) ? (value - min) / (max - min) : 0.0;
    return static_cast<float>(pixel_min + t * (pixel_max - pixel_min));
  }
  double FromPixels(float pixel) const {
    float span = pixel_max - pixel_min;
    return span != 0 ? min + (pixel - pixel_min) / span * (max - min) : min;
  }
};

bool Begin(const char* id, const char* title, ImVec2 size, ChartFlags flags = kChartNone);
void SetupAxis(AxisId axis, const char* label, double min, double max);
// A category axis: labels for values 0..n-1 (on Y they read top-down). Labels are truncated
// to `max_label_width` pixels (0 = a third of the chart width).
void SetupCategories(AxisId axis, const std::vector<std::string>& labels, float max_label_width = 0);
void SetupLegendEntry(const char* label, ImU32 color, Marker marker = Marker::kSquare);
void SetupFinish();  // optional; called by the first item

const Axis& GetAxis(AxisId axis);
ImVec2 ToPixels(double x, double y);
ImRect PlotRect();
ImDrawList* DrawList();
bool IsChartHovered();

// Items. Each returns true when hovered.
bool Rect(double x0, double y0, double x1, double y1, ImU32 fill, float rounding = 0);
bool Circle(double x, double y, float radius, ImU32 fill, ImU32 outline = 0);
// A marker given in pixels (for polar layouts with kChartNoAxes).
bool CirclePixels(ImVec2 center, float radius, ImU32 fill, ImU32 outline = 0);
// A marker of `size` pixels (shape carries meaning beside colour).
bool Point(double x, double y, float size, ImU32 color, Marker marker);
void Label(double x, double y, const char* text, ImU32 color, ImVec2 pixel_offset = ImVec2(0, 0));
// True when the last hovered item was clicked this frame.
bool ItemClicked();

void End();

// Shared helpers for chart code.
std::string TruncateToWidth(const std::string& text, float max_width, ImFont* font = nullptr, float font_size = 0);
// A list of clauses joined by `separator`, cut after the last whole clause that fits in
// `max_width` (no ellipsis: what remains reads complete); TruncateToWidth when not even the
// first clause fits.
std::string TruncateToClauses(const std::string& text, const std::string& separator, float max_width);
// `text` as it wraps at `wrap_width` in at most `max_lines` lines with the current font: cut
// at a word and ended with "…" when it needs more.
std::string TruncateToLines(const std::string& text, float wrap_width, int max_lines);
void DrawLegendMarker(ImDrawList* draw, ImVec2 center, float size, ImU32 color, Marker marker);
// A filled circle in pixels, as an obstacle for text placement.
struct Disc {
  ImVec2 center;
  float radius = 0;
};
// Index of the first of `candidates` that touches none of `discs` and none of `taken`, or -1.
int FirstClearRect(const std::vector<ImRect>& candidates, const std::vector<Disc>& discs,
                   const std::vector<ImRect>& taken);
// "Nice" tick step for [min, max] with about `target` ticks.
double NiceStep(double min, double max, int target);

}  // namespace biaslens::chart
