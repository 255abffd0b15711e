// [SECTION] Context  [SECTION] Setup  [SECTION] Items  [SECTION] End (axes, legend)  [SECTION] Helpers
#include "app/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/theme.h"

namespace biaslens::chart {

//-----------------------------------------------------------------------------
// [SECTION] Context
//-----------------------------------------------------------------------------
namespace {

struct LegendItem {
  std::string label;
  ImU32 color;
  Marker marker;
};

struct ChartContext {
  bool open = false;
  bool setup_done = false;
  ChartFlags flags = 0;
  std::string title;
  ImRect frame, plot;
  Axis axes[2];
  float category_label_width[2] = {0, 0};
  std::vector<LegendItem> legend;
  std::vector<ImVec2> legend_pos;  // top-left of each legend item, computed in SetupFinish
  float legend_height = 0;
  bool hovered = false;
  bool last_item_hovered = false;
  ImVec2 mouse;
  ImDrawList* draw = nullptr;
};

ChartContext g_chart;

float LineHeight() { return ImGui::GetTextLineHeight(); }

void FormatTick(double value, double step, char* out, size_t size) {
  if (step >= 1 || std::fabs(value - std::round(value)) < 1e-9)
    std::snprintf(out, size, "%.0f", value);
  else if (step >= 0.1)
    std::snprintf(out, size, "%.1f", value);
  else
    std::snprintf(out, size, "%.2f", value);
}

float TickLabelWidth(const Axis& axis) {
  double step = NiceStep(axis.min, axis.max, 5);
  char buf[32];
  FormatTick(axis.max, step, buf, sizeof buf);
  float w = ImGui::CalcTextSize(buf).x;
  FormatTick(axis.min, step, buf, sizeof buf);
  return std::max(w, ImGui::CalcTextSize(buf).x);
}

// The longest prefix of `text` that ends right before an occurrence of `separator` and, with
// `suffix` appended, `fits`; "" when even the first does not. Prefixes grow, so the search
// stops at the first that does not fit.
template <class Fits>
std::string LongestPrefixBefore(const std::string& text, const std::string& separator, const char* suffix, Fits&& fits) {
  std::string best;
  for (size_t at = text.find(separator); at != std::string::npos; at = text.find(separator, at + 1)) {
    std::string candidate = text.substr(0, at) + suffix;
    if (!fits(candidate)) break;
    best = std::move(candidate);
  }
  return best;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Setup
//-----------------------------------------------------------------------------
bool Begin(const char* id, const char* title, ImVec2 size, ChartFlags flags) {
  IM_ASSERT(!g_chart.open && "chart::Begin() inside another chart: call chart::End() first");
  ImVec2 avail = ImGui::GetContentRegionAvail();
  if (size.x <= 0) size.x = std::max(avail.x + size.x, 50.0f);
  if (size.y <= 0) size.y = std::max(avail.y + size.y, 50.0f);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(id);
  ImGui::InvisibleButton("##chart", size, ImGuiButtonFlags_MouseButtonLeft);
  bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  if (!ImGui::IsItemVisible()) return false;

  g_chart = ChartContext();
  g_chart.open = true;
  g_chart.flags = flags;
  g_chart.title = title ? title : "";
  g_chart.frame = ImRect(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  g_chart.hovered = hovered;
  g_chart.mouse = ImGui::GetIO().MousePos;
  g_chart.draw = ImGui::GetWindowDrawList();
  g_chart.draw->PushClipRect(g_chart.frame.Min, g_chart.frame.Max, true);
  return true;
}

void SetupAxis(AxisId axis, const char* label, double min, double max) {
  IM_ASSERT(g_chart.open && !g_chart.setup_done && "chart::SetupAxis() must come after Begin() and before any item");
  Axis& a = g_chart.axes[axis];
  a.label = label ? label : "";
  a.min = min;
  a.max = max > min ? max : min + 1;
  a.categories.clear();
}

void SetupCategories(AxisId axis, const std::vector<std::string>& labels, float max_label_width) {
  IM_ASSERT(g_chart.open && !g_chart.setup_done && "chart::SetupCategories() must come before any item");
  Axis& a = g_chart.axes[axis];
  a.categories = labels;
  a.min = -0.5;
  a.max = std::max<double>(0.5, labels.size() - 0.5);
  a.flipped = axis == kY;
  if (max_label_width <= 0) max_label_width = g_chart.frame.GetWidth() / 3;
  float widest = 0;
  for (const auto& l : labels) widest = std::max(widest, ImGui::CalcTextSize(l.c_str()).x);
  g_chart.category_label_width[axis] = std::min(widest, max_label_width);
}

void SetupLegendEntry(const char* label, ImU32 color, Marker marker) {
  IM_ASSERT(g_chart.open && !g_chart.setup_done && "chart::SetupLegendEntry() must come before any item");
  g_chart.legend.push_back({label, color, marker});
}

void SetupFinish() {
  IM_ASSERT(g_chart.open && "chart::SetupFinish() outside Begin()/End()");
  if (g_chart.setup_done) return;
  g_chart.setup_done = true;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float line = LineHeight();
  ImRect r = g_chart.frame;
  r.Min.x += 2; r.Max.x -= 2;
  r.Min.y += 2; r.Max.y -= 2;

  if (!g_chart.title.empty()) r.Min.y += line + style.ItemSpacing.y;

  // Legend: entries flow left to right, wrapping at the visible edge (a chart wider than
  // its scrolling window still shows its whole legend).
  if (!g_chart.legend.empty()) {
    float x = r.Min.x, y = 0, marker = line * 0.8f;
    float wrap_x = std::min(r.Max.x, ImGui::GetCurrentWindow()->InnerClipRect.Max.x);
    for (const auto& item : g_chart.legend) {
      float w = marker + 4 + ImGui::CalcTextSize(item.label.c_str()).x + line;
      if (x + w > wrap_x && x > r.Min.x) { x = r.Min.x; y += line + 2; }
      g_chart.legend_pos.push_back(ImVec2(x, y));
      x += w;
    }
    g_chart.legend_height = y + line + style.ItemSpacing.y;
    bool bottom = (g_chart.flags & kChartLegendBottom) != 0;
    float base = bottom ? r.Max.y - g_chart.legend_height + style.ItemSpacing.y : r.Min.y;
    for (auto& p : g_chart.legend_pos) p.y += base;
    if (bottom) r.Max.y -= g_chart.legend_height; else r.Min.y += g_chart.legend_height;
  }

  if (!(g_chart.flags & kChartNoAxes)) {
    Axis& x = g_chart.axes[kX];
    Axis& y = g_chart.axes[kY];
    float left = y.categories.empty() ? TickLabelWidth(y) + 6 : g_chart.category_label_width[kY] + 8;
    if (!y.label.empty() && y.categories.empty()) left += line + 2;
    float bottom = (x.categories.empty() ? line + 4 : line + 4);
    if (!x.label.empty()) bottom += line + 2;
    r.Min.x += left;
    r.Max.x -= line * 0.5f;
    r.Max.y -= bottom;
    r.Min.y += line * 0.3f;
  }
  if (r.Max.x < r.Min.x + 10) r.Max.x = r.Min.x + 10;
  if (r.Max.y < r.Min.y + 10) r.Max.y = r.Min.y + 10;
  g_chart.plot = r;

  Axis& x = g_chart.axes[kX];
  Axis& y = g_chart.axes[kY];
  x.pixel_min = r.Min.x;
  x.pixel_max = r.Max.x;
  if (y.flipped) { y.pixel_min = r.Min.y; y.pixel_max = r.Max.y; }
  else { y.pixel_min = r.Max.y; y.pixel_max = r.Min.y; }

  if (!(g_chart.flags & kChartNoFrame))
    g_chart.draw->AddRectFilled(r.Min, r.Max, Theme().plot_bg, 3.0f);
  // Grid under the items.
  if (!(g_chart.flags & kChartNoAxes)) {
    for (int ai = 0; ai < 2; ++ai) {
      const Axis& a = g_chart.axes[ai];
      if (!a.categories.empty()) continue;
      double step = NiceStep(a.min, a.max, 5);
      for (double v = std::ceil(a.min / step) * step; v <= a.max + step * 1e-6; v += step) {
        float p = a.ToPixels(v);
        if (ai == kX) g_chart.draw->AddLine(ImVec2(p, r.Min.y), ImVec2(p, r.Max.y), Theme().grid);
        else g_chart.draw->AddLine(ImVec2(r.Min.x, p), ImVec2(r.Max.x, p), Theme().grid);
      }
    }
  }
}

const Axis& GetAxis(AxisId axis) {
  SetupFinish();
  return g_chart.axes[axis];
}

ImVec2 ToPixels(double x, double y) {
  SetupFinish();
  return ImVec2(g_chart.axes[kX].ToPixels(x), g_chart.axes[kY].ToPixels(y));
}

ImRect PlotRect() {
  SetupFinish();
  return g_chart.plot;
}

ImDrawList* DrawList() {
  IM_ASSERT(g_chart.open && "chart::DrawList() outside Begin()/End()");
  return g_chart.draw;
}

bool IsChartHovered() { return g_chart.open && g_chart.hovered; }

//-----------------------------------------------------------------------------
// [SECTION] Items
//-----------------------------------------------------------------------------
bool Rect(double x0, double y0, double x1, double y1, ImU32 fill, float rounding) {
  SetupFinish();
  ImVec2 a = ToPixels(x0, y0), b = ToPixels(x1, y1);
  ImVec2 mn(std::min(a.x, b.x), std::min(a.y, b.y)), mx(std::max(a.x, b.x), std::max(a.y, b.y));
  if (mx.x - mn.x < 1) mx.x = mn.x + 1;  // a zero value still shows as a hairline
  g_chart.draw->AddRectFilled(mn, mx, fill, rounding);
  ImRect hit(mn, mx);
  hit.Expand(ImVec2(2, 0));
  if (hit.GetWidth() < 6) hit.Max.x = hit.Min.x + 6;
  bool hovered = g_chart.hovered && hit.Contains(g_chart.mouse);
  if (hovered) g_chart.draw->AddRect(mn, mx, Theme().focus, rounding, 0, 1.5f);
  g_chart.last_item_hovered = hovered;
  return hovered;
}

bool CirclePixels(ImVec2 c, float radius, ImU32 fill, ImU32 outline) {
  SetupFinish();
  g_chart.draw->AddCircleFilled(c, radius, fill, 0);
  if (outline) g_chart.draw->AddCircle(c, radius, outline, 0, 1.0f);
  float dx = g_chart.mouse.x - c.x, dy = g_chart.mouse.y - c.y;
  float hit = std::max(radius, 5.0f);
  bool hovered = g_chart.hovered && dx * dx + dy * dy <= hit * hit;
  if (hovered) g_chart.draw->AddCircle(c, radius + 2, Theme().focus, 0, 2.0f);
  g_chart.last_item_hovered = hovered;
  return hovered;
}

bool Circle(double x, double y, float radius, ImU32 fill, ImU32 outline) {
  return CirclePixels(ToPixels(x, y), radius, fill, outline);
}

bool Point(double x, double y, float size, ImU32 color, Marker marker) {
  ImVec2 c = ToPixels(x, y);
  DrawLegendMarker(g_chart.draw, c, size, color, marker);
  float dx = g_chart.mouse.x - c.x, dy = g_chart.mouse.y - c.y;
  float hit = std::max(size * 0.6f, 5.0f);
  bool hovered = g_chart.hovered && dx * dx + dy * dy <= hit * hit;
  if (hovered) g_chart.draw->AddCircle(c, size * 0.6f + 2, Theme().focus, 0, 2.0f);
  g_chart.last_item_hovered = hovered;
  return hovered;
}

void Label(double x, double y, const char* text, ImU32 color, ImVec2 offset) {
  ImVec2 p = ToPixels(x, y);
  g_chart.draw->AddText(ImVec2(p.x + offset.x, p.y + offset.y), color, text);
}

bool ItemClicked() { return g_chart.last_item_hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left); }

//-----------------------------------------------------------------------------
// [SECTION] End (axes, legend)
//-----------------------------------------------------------------------------
void End() {
  IM_ASSERT(g_chart.open && "chart::End() without a successful chart::Begin()");
  SetupFinish();
  ImDrawList* draw = g_chart.draw;
  const ThemeColors& theme = Theme();
  const ImRect& r = g_chart.plot;
  const float line = LineHeight();

  if (!g_chart.title.empty())
    draw->AddText(ImVec2(g_chart.frame.Min.x + 2, g_chart.frame.Min.y + 2), theme.text, g_chart.title.c_str());

  for (size_t i = 0; i < g_chart.legend.size(); ++i) {
    const LegendItem& item = g_chart.legend[i];
    ImVec2 p = g_chart.legend_pos[i];
    float m = line * 0.8f;
    DrawLegendMarker(draw, ImVec2(p.x + m * 0.5f, p.y + line * 0.5f), m, item.color, item.marker);
    draw->AddText(ImVec2(p.x + m + 4, p.y), theme.text, item.label.c_str());
  }

  if (!(g_chart.flags & kChartNoAxes)) {
    // X axis.
    const Axis& x = g_chart.axes[kX];
    draw->AddLine(ImVec2(r.Min.x, r.Max.y), ImVec2(r.Max.x, r.Max.y), theme.axis);
    if (x.categories.empty()) {
      double step = NiceStep(x.min, x.max, 5);
      char buf[32];
      for (double v = std::ceil(x.min / step) * step; v <= x.max + step * 1e-6; v += step) {
        float p = x.ToPixels(v);
        FormatTick(v, step, buf, sizeof buf);
        float w = ImGui::CalcTextSize(buf).x;
        draw->AddLine(ImVec2(p, r.Max.y), ImVec2(p, r.Max.y + 3), theme.axis);
        draw->AddText(ImVec2(std::clamp(p - w * 0.5f, g_chart.frame.Min.x, g_chart.frame.Max.x - w), r.Max.y + 3),
                      theme.text_faint, buf);
      }
    } else {
      float slot = (x.pixel_max - x.pixel_min) / std::max<size_t>(1, x.categories.size());
      for (size_t i = 0; i < x.categories.size(); ++i) {
        std::string label = TruncateToWidth(x.categories[i], slot - 4);
        float w = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddText(ImVec2(x.ToPixels(static_cast<double>(i)) - w * 0.5f, r.Max.y + 3), theme.text_faint, label.c_str());
      }
    }
    if (!x.label.empty()) {
      float w = ImGui::CalcTextSize(x.label.c_str()).x;
      draw->AddText(ImVec2((r.Min.x + r.Max.x - w) * 0.5f, r.Max.y + line + 6), theme.text_faint, x.label.c_str());
    }
    // Y axis.
    const Axis& y = g_chart.axes[kY];
    draw->AddLine(ImVec2(r.Min.x, r.Min.y), ImVec2(r.Min.x, r.Max.y), theme.axis);
    if (y.categories.empty()) {
      double step = NiceStep(y.min, y.max, 5);
      char buf[32];
      for (double v = std::ceil(y.min / step) * step; v <= y.max + step * 1e-6; v += step) {
        float p = y.ToPixels(v);
        FormatTick(v, step, buf, sizeof buf);
        ImVec2 ts = ImGui::CalcTextSize(buf);
        draw->AddText(ImVec2(r.Min.x - ts.x - 5, p - ts.y * 0.5f), theme.text_faint, buf);
      }
      if (!y.label.empty()) {
        // Vertical label: letters stacked would be unreadable; draw it above the axis instead.
        draw->AddText(ImVec2(r.Min.x + 4, r.Min.y), theme.text_faint, y.label.c_str());
      }
    } else {
      float width = g_chart.category_label_width[kY];
      for (size_t i = 0; i < y.categories.size(); ++i) {
        float p = y.ToPixels(static_cast<double>(i));
        if (p < g_chart.frame.Min.y - line || p > g_chart.frame.Max.y + line) continue;
        std::string label = TruncateToWidth(y.categories[i], width);
        ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(r.Min.x - ts.x - 6, p - ts.y * 0.5f), theme.text, label.c_str());
      }
    }
  }

  draw->PopClipRect();
  g_chart.open = false;
}

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------
std::string TruncateToWidth(const std::string& text, float max_width, ImFont* font, float font_size) {
  if (!font) font = ImGui::GetFont();
  if (font_size <= 0) font_size = ImGui::GetFontSize();
  if (max_width <= 0) return std::string();
  if (font->CalcTextSizeA(font_size, FLT_MAX, 0, text.c_str()).x <= max_width) return text;
  static const char kEllipsis[] = "\xE2\x80\xA6";  // U+2026
  float ellipsis_w = font->CalcTextSizeA(font_size, FLT_MAX, 0, kEllipsis).x;
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  const char* cut = begin;
  float w = 0;
  for (const char* p = begin; p < end;) {
    unsigned int c = 0;
    int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) break;
    float cw = font->CalcTextSizeA(font_size, FLT_MAX, 0, p, p + n).x;
    if (w + cw + ellipsis_w > max_width) break;
    w += cw;
    p += n;
    cut = p;
  }
  std::string out(begin, cut);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + kEllipsis;
}

std::string TruncateToClauses(const std::string& text, const std::string& separator, float max_width) {
  auto fits = [&](const std::string& t) { return ImGui::CalcTextSize(t.c_str()).x <= max_width; };
  if (fits(text) || separator.empty()) return TruncateToWidth(text, max_width);
  const std::string best = LongestPrefixBefore(text, separator, "", fits);
  return best.empty() ? TruncateToWidth(text, max_width) : best;
}

std::string TruncateToLines(const std::string& text, float wrap_width, int max_lines) {
  ImFont* font = ImGui::GetFont();
  const float font_size = ImGui::GetFontSize();
  const float max_height = font_size * static_cast<float>(max_lines) + 0.5f;
  auto fits = [&](const std::string& candidate) {
    return font->CalcTextSizeA(font_size, FLT_MAX, wrap_width, candidate.c_str()).y <= max_height;
  };
  if (wrap_width <= 0 || fits(text)) return text;
  static const char kEllipsis[] = "\xE2\x80\xA6";  // U+2026
  // The longest prefix ending at a space that fits with the ellipsis.
  const std::string best = LongestPrefixBefore(text, " ", kEllipsis, fits);
  return best.empty() ? TruncateToWidth(text, wrap_width) : best;
}

int FirstClearRect(const std::vector<ImRect>& candidates, const std::vector<Disc>& discs,
                   const std::vector<ImRect>& taken) {
  auto touches = [](const ImRect& rect, const Disc& disc) {
    const float dx = disc.center.x - ImClamp(disc.center.x, rect.Min.x, rect.Max.x);
    const float dy = disc.center.y - ImClamp(disc.center.y, rect.Min.y, rect.Max.y);
    return dx * dx + dy * dy < disc.radius * disc.radius;
  };
  for (size_t i = 0; i < candidates.size(); ++i) {
    const ImRect& rect = candidates[i];
    bool clear = true;
    for (const Disc& disc : discs) clear = clear && !touches(rect, disc);
    for (const ImRect& other : taken) clear = clear && !other.Overlaps(rect);
    if (clear) return static_cast<int>(i);
  }
  return -1;
}

void DrawLegendMarker(ImDrawList* draw, ImVec2 c, float size, ImU32 color, Marker marker) {
  float h = size * 0.5f;
  switch (marker) {
    case Marker::kSquare: draw->AddRectFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), color, 2.0f); break;
    case Marker::kCircle: draw->AddCircleFilled(c, h, color); break;
    case Marker::kRing: draw->AddCircle(c, h * 0.85f, color, 0, 2.0f); break;
    case Marker::kLine: draw->AddLine(ImVec2(c.x - h, c.y), ImVec2(c.x + h, c.y), color, 2.5f); break;
    case Marker::kDiamond:
      draw->AddQuadFilled(ImVec2(c.x, c.y - h), ImVec2(c.x + h, c.y), ImVec2(c.x, c.y + h), ImVec2(c.x - h, c.y), color);
      break;
  }
}

double NiceStep(double min, double max, int target) {
  double range = max - min;
  if (range <= 0 || target <= 0) return 1;
  double raw = range / target;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double norm = raw / mag;
  double nice = norm < 1.5 ? 1 : norm < 2.25 ? 2 : norm < 3.5 ? 2.5 : norm < 7.5 ? 5 : 10;
  return nice * mag;
}

}  // namespace biaslens::chart
