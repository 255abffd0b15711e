// [SECTION] Shared  [SECTION] Score bars  [SECTION] Radar  [SECTION] Scatter
// [SECTION] Headline vs body  [SECTION] Source matrix  [SECTION] Gauge
#include "app/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "app/chart.h"
#include "app/theme.h"
#include "core/sources_mentions.h"

namespace biaslens {

//-----------------------------------------------------------------------------
// [SECTION] Shared
//-----------------------------------------------------------------------------
namespace {

constexpr float kPi = 3.14159265358979f;

void SmallText(ImDrawList* draw, ImVec2 pos, ImU32 color, const char* text) {
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.85f, pos, color, text);
}

float SmallTextWidth(const char* text) {
  return ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize() * 0.85f, FLT_MAX, 0, text).x;
}

void EvidenceTooltip(const ChartRow& row, ScoreKind kind, double value) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::TextDisabled("#%d %s", row.number, row.summary->label.c_str());
  ImGui::Text("%s: %.0f / 100", ScoreName(kind), value);
  const Evidence& e = row.summary->evidence[static_cast<int>(kind)];
  if (e.found) {
    ImGui::Text("Strongest: \"%s\"", e.excerpt.c_str());
    ImGui::TextDisabled("%s", e.detail.c_str());
    ImGui::TextDisabled("Click to read it in context.");
  } else {
    ImGui::TextDisabled("Nothing in the text backs this score.");
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

EvidenceClick ClickOn(const ChartRow& row, uint32_t byte) {
  EvidenceClick c;
  c.clicked = true;
  c.article_id = row.article->article.id;
  c.byte = byte;
  return c;
}

EvidenceClick ClickOnEvidence(const ChartRow& row, ScoreKind kind) {
  return ClickOn(row, row.summary->evidence[static_cast<int>(kind)].start);
}

void ArticleLegend(const std::vector<ChartRow>& rows, size_t max_entries) {
  for (size_t i = 0; i < rows.size() && i < max_entries; ++i) {
    std::string label = RowLabel(rows[i], ImGui::GetFontSize() * 11);
    chart::SetupLegendEntry(label.c_str(), rows[i].color, chart::Marker::kCircle);
  }
  if (rows.size() > max_entries) {
    std::string more = "+" + std::to_string(rows.size() - max_entries) + " more (hover to identify)";
    chart::SetupLegendEntry(more.c_str(), Theme().text_faint, chart::Marker::kRing);
  }
}

}  // namespace

std::string RowLabel(const ChartRow& row, float width) {
  std::string label = "#" + std::to_string(row.number) + " " + row.summary->label;
  return chart::TruncateToWidth(label, width);
}

//-----------------------------------------------------------------------------
// [SECTION] Score bars
//-----------------------------------------------------------------------------
EvidenceClick ScoreBarsChart(const char* id, const std::vector<ChartRow>& rows, float width, bool include_quoted) {
  (void)include_quoted;
  EvidenceClick click;
  const float line = ImGui::GetTextLineHeight();
  // Three bars and a gap per article; denser when many articles share the chart.
  const float group = line * (rows.size() <= 8 ? 2.9f : rows.size() <= 20 ? 2.0f : 1.35f);
  const bool value_labels = group * 0.26f >= ImGui::GetFontSize() * 0.6f;
  float height = line * 5.0f + group * static_cast<float>(std::max<size_t>(rows.size(), 1));
  if (!chart::Begin(id, "Scores by article", ImVec2(width, height))) return click;
  chart::SetupAxis(chart::kX, "score 0-100: share of reference news articles that score lower", 0, 100);
  std::vector<std::string> labels;
  for (const auto& r : rows) labels.push_back("#" + std::to_string(r.number) + " " + r.summary->label);
  chart::SetupCategories(chart::kY, labels, std::min(width * 0.32f, line * 16));
  for (int k = 0; k < 3; ++k) chart::SetupLegendEntry(ScoreName(static_cast<ScoreKind>(k)), ScoreColor(static_cast<ScoreKind>(k)));
  const float bar = 0.26f;
  for (size_t i = 0; i < rows.size(); ++i) {
    const ChartRow& row = rows[i];
    for (int k = 0; k < 3; ++k) {
      ScoreKind kind = static_cast<ScoreKind>(k);
      double value = ScoreValue(row.article->report, kind);
      double y0 = static_cast<double>(i) - 1.5 * bar + k * bar;
      bool hovered = chart::Rect(0, y0 + 0.02, value, y0 + bar - 0.02, ScoreColor(kind), 2.0f);
      if (value_labels) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.0f", value);
        ImVec2 p = chart::ToPixels(value, y0 + bar * 0.5);
        SmallText(chart::DrawList(), ImVec2(p.x + 4, p.y - ImGui::GetFontSize() * 0.43f), Theme().text_faint, buf);
      }
      if (hovered) {
        EvidenceTooltip(row, kind, value);
        if (chart::ItemClicked()) click = ClickOnEvidence(row, kind);
      }
    }
    if (i + 1 < rows.size()) {
      ImRect plot = chart::PlotRect();
      float y = chart::ToPixels(0, static_cast<double>(i) + 0.5).y;
      chart::DrawList()->AddLine(ImVec2(plot.Min.x, y), ImVec2(plot.Max.x, y), Theme().grid);
    }
  }
  chart::End();
  return click;
}

//-----------------------------------------------------------------------------
// [SECTION] Radar
//-----------------------------------------------------------------------------
namespace {

// The radar's axis: spoke i at angle -90° + i·360°/n, value 0..100 from centre to rim.
struct PolarAxis {
  ImVec2 center;
  float radius = 1;
  int spokes = 5;
  ImVec2 ToPixels(int spoke, double value) const {
    float angle = -kPi * 0.5f + 2 * kPi * static_cast<float>(spoke) / static_cast<float>(spokes);
    float r = radius * static_cast<float>(std::clamp(value, 0.0, 100.0) / 100.0);
    return ImVec2(center.x + std::cos(angle) * r, center.y + std::sin(angle) * r);
  }
};

constexpr int kRadarMeasures = 5;
const char* kRadarNames[kRadarMeasures] = {"Hedging", "Loaded", "Source diversity", "Quoted voice %", "Anonymous sources %"};

double RadarValue(const ChartRow& row, int measure) {
  const Report& r = row.article->report;
  switch (measure) {
    case 0: return r.scores.hedging;
    case 1: return r.scores.loaded;
    case 2: return r.scores.source_diversity;
    case 3: return row.summary->quoted_share;
    case 4: return r.sources.empty() ? 0.0 : 100.0 * row.summary->anonymous / static_cast<double>(r.sources.size());
    default: return 0;
  }
}

uint32_t RadarEvidenceByte(const ChartRow& row, int measure) {
  const Report& r = row.article->report;
  if (measure < 3) return row.summary->evidence[measure].start;
  if (measure == 3)
    for (const auto& a : r.attributions)
      if (a.direct && !a.content.empty()) return a.content.start;
  if (measure == 4)
    for (const auto& s : r.sources)
      if (s.anonymous && !s.mention_spans.empty()) return s.mention_spans[0].start;
  return 0;
}

}  // namespace

EvidenceClick RadarChart(const char* id, const std::vector<ChartRow>& rows, ImVec2 size, bool include_quoted) {
  (void)include_quoted;
  EvidenceClick click;
  if (!chart::Begin(id, "Profile of each article", size, chart::kChartNoAxes | chart::kChartNoFrame | chart::kChartLegendBottom))
    return click;
  ArticleLegend(rows, 8);
  ImRect plot = chart::PlotRect();
  ImDrawList* draw = chart::DrawList();
  const float line = ImGui::GetTextLineHeight();
  PolarAxis axis;
  axis.spokes = kRadarMeasures;
  axis.center = ImVec2((plot.Min.x + plot.Max.x) * 0.5f, (plot.Min.y + plot.Max.y) * 0.5f + line * 0.3f);
  // Leave room for the spoke labels beside the rim.
  float label_w = 0;
  for (const char* name : kRadarNames) label_w = std::max(label_w, ImGui::CalcTextSize(name).x);
  axis.radius = std::max(10.0f, std::min(plot.GetWidth() * 0.5f - label_w - 8, plot.GetHeight() * 0.5f - line * 1.4f));

  // Grid rings and spokes.
  for (int ring = 1; ring <= 4; ++ring) {
    ImVec2 pts[kRadarMeasures];
    for (int i = 0; i < kRadarMeasures; ++i) pts[i] = axis.ToPixels(i, ring * 25.0);
    draw->AddPolyline(pts, kRadarMeasures, Theme().grid, ImDrawFlags_Closed, 1.0f);
  }
  for (int i = 0; i < kRadarMeasures; ++i) {
    ImVec2 rim = axis.ToPixels(i, 100);
    draw->AddLine(axis.center, rim, Theme().grid);
    ImVec2 ts = ImGui::CalcTextSize(kRadarNames[i]);
    float dx = rim.x - axis.center.x, dy = rim.y - axis.center.y;
    ImVec2 pos(rim.x + (dx > 1 ? 6 : dx < -1 ? -ts.x - 6 : -ts.x * 0.5f),
               rim.y + (dy > 1 ? 4 : dy < -1 ? -ts.y - 4 : -ts.y * 0.5f));
    draw->AddText(pos, Theme().text, kRadarNames[i]);
  }
  // Ring values just above their ring on the top spoke, to its right: no ring runs above its
  // top vertex, and 6 px clear the spoke's dots. "100" also clears the top spoke's name.
  const float small_h = ImGui::GetFontSize() * 0.85f;
  const float top_name_w = ImGui::CalcTextSize(kRadarNames[0]).x;
  SmallText(draw, ImVec2(axis.center.x + top_name_w * 0.5f + 6, axis.ToPixels(0, 100).y - small_h - 2), Theme().text_faint, "100");
  SmallText(draw, ImVec2(axis.center.x + 6, axis.ToPixels(0, 50).y - small_h - 2), Theme().text_faint, "50");

  // Find the hovered vertex first so that its article draws on top, thicker.
  int hovered_row = -1, hovered_measure = -1;
  ImVec2 mouse = ImGui::GetIO().MousePos;
  if (chart::IsChartHovered()) {
    float best = line * line * 0.4f;
    for (size_t r = 0; r < rows.size(); ++r)
      for (int m = 0; m < kRadarMeasures; ++m) {
        ImVec2 p = axis.ToPixels(m, RadarValue(rows[r], m));
        float d = (p.x - mouse.x) * (p.x - mouse.x) + (p.y - mouse.y) * (p.y - mouse.y);
        if (d < best) { best = d; hovered_row = static_cast<int>(r); hovered_measure = m; }
      }
  }
  float fill_alpha = rows.size() > 10 ? 0.04f : 0.10f;
  for (size_t r = 0; r <= rows.size(); ++r) {
    // Draw every row, then the hovered one again on top.
    size_t index = r < rows.size() ? r : static_cast<size_t>(hovered_row);
    if (r == rows.size() && hovered_row < 0) break;
    bool hot = static_cast<int>(index) == hovered_row;
    const ChartRow& row = rows[index];
    ImVec2 pts[kRadarMeasures];
    for (int m = 0; m < kRadarMeasures; ++m) pts[m] = axis.ToPixels(m, RadarValue(row, m));
    for (int m = 0; m < kRadarMeasures; ++m)
      draw->AddTriangleFilled(axis.center, pts[m], pts[(m + 1) % kRadarMeasures], WithAlpha(row.color, hot ? 0.25f : fill_alpha));
    float line_alpha = hot ? 1.0f : hovered_row >= 0 ? 0.3f : rows.size() > 10 ? 0.45f : 1.0f;
    draw->AddPolyline(pts, kRadarMeasures, WithAlpha(row.color, line_alpha), ImDrawFlags_Closed, hot ? 3.0f : 1.8f);
    for (int m = 0; m < kRadarMeasures; ++m) draw->AddCircleFilled(pts[m], hot ? 4.5f : 3.0f, row.color);
  }
  if (hovered_row >= 0) {
    const ChartRow& row = rows[hovered_row];
    ImGui::BeginTooltip();
    ImGui::TextDisabled("#%d %s", row.number, row.summary->label.c_str());
    for (int m = 0; m < kRadarMeasures; ++m) {
      if (m == hovered_measure) ImGui::Text("> %s: %.0f", kRadarNames[m], RadarValue(row, m));
      else ImGui::TextDisabled("  %s: %.0f", kRadarNames[m], RadarValue(row, m));
    }
    ImGui::TextDisabled("Click to read the evidence.");
    ImGui::EndTooltip();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) click = ClickOn(row, RadarEvidenceByte(row, hovered_measure));
  }
  chart::End();
  return click;
}

//-----------------------------------------------------------------------------
// [SECTION] Scatter
//-----------------------------------------------------------------------------
EvidenceClick HedgeLoadedScatter(const char* id, const std::vector<ChartRow>& rows, ImVec2 size) {
  EvidenceClick click;
  if (!chart::Begin(id, "Hedging vs loaded language", size, chart::kChartLegendBottom)) return click;
  chart::SetupAxis(chart::kX, "hedging score", 0, 100);
  chart::SetupAxis(chart::kY, "loaded language score", 0, 100);
  ArticleLegend(rows, 6);
  chart::SetupLegendEntry("bubble area = number of sources", Theme().text_faint, chart::Marker::kRing);
  ImRect plot = chart::PlotRect();
  ImDrawList* draw = chart::DrawList();
  const float line = ImGui::GetTextLineHeight();
  ImVec2 mid = chart::ToPixels(50, 50);
  draw->AddLine(ImVec2(mid.x, plot.Min.y), ImVec2(mid.x, plot.Max.y), Theme().grid, 1.5f);
  draw->AddLine(ImVec2(plot.Min.x, mid.y), ImVec2(plot.Max.x, mid.y), Theme().grid, 1.5f);
  // Bubbles shrink as articles are added so that 50 of them stay legible.
  float crowd = std::clamp(std::sqrt(8.0f / static_cast<float>(std::max<size_t>(rows.size(), 1))), 0.45f, 1.0f);
  float unit = std::max(2.0f, std::min(plot.GetWidth(), plot.GetHeight()) / 70.0f * crowd);
  float bubble_alpha = rows.size() > 12 ? 0.6f : 0.75f;
  auto radius_of = [&](const ChartRow& r) { return unit * (1.2f + std::sqrt(static_cast<float>(r.article->report.sources.size()))); };
  // Largest bubbles first so small ones stay visible and clickable on top.
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return radius_of(rows[a]) > radius_of(rows[b]); });
  int hovered = -1;
  std::vector<chart::Disc> discs;
  for (size_t i : order) {
    const ChartRow& row = rows[i];
    const Scores& s = row.article->report.scores;
    if (chart::Circle(s.hedging, s.loaded, radius_of(row), WithAlpha(row.color, bubble_alpha), ContrastText(Theme().card_bg)))
      hovered = static_cast<int>(i);
    discs.push_back({chart::ToPixels(s.hedging, s.loaded), radius_of(row) + 1});
  }
  // Quadrant captions say what a position means. Each goes to the first corner of its
  // quadrant that no bubble covers (the outer corner first), else to the outer corner on a
  // backing so that it stays readable over the bubbles.
  std::vector<ImRect> placed;
  const char* captions[4] = {"assertive and loaded", "hedged and loaded", "plain, assertive", "hedged, calm"};
  const float caption_height = ImGui::GetFontSize() * 0.85f;
  for (int q = 0; q < 4; ++q) {
    const bool right = q % 2 == 1, bottom = q >= 2;
    const float w = SmallTextWidth(captions[q]);
    const float x_outer = right ? plot.Max.x - 6 - w : plot.Min.x + 6;
    const float x_inner = right ? mid.x + 4 : mid.x - 4 - w;
    const float y_outer = bottom ? plot.Max.y - line * 1.1f : plot.Min.y + line * 1.5f;
    const float y_inner = bottom ? mid.y + 4 : mid.y - 4 - caption_height;
    std::vector<ImRect> spots;
    for (ImVec2 p : {ImVec2(x_outer, y_outer), ImVec2(x_inner, y_outer), ImVec2(x_outer, y_inner), ImVec2(x_inner, y_inner)})
      spots.emplace_back(p, ImVec2(p.x + w, p.y + caption_height));
    const int spot = chart::FirstClearRect(spots, discs, placed);
    const ImRect& rect = spots[static_cast<size_t>(std::max(spot, 0))];
    if (spot < 0)
      draw->AddRectFilled(ImVec2(rect.Min.x - 3, rect.Min.y - 1), ImVec2(rect.Max.x + 3, rect.Max.y + 1),
                          WithAlpha(Theme().card_bg, 0.85f), 3.0f);
    SmallText(draw, rect.Min, WithAlpha(Theme().text_faint, 0.8f), captions[q]);
    placed.push_back(rect);
  }
  // Number labels beside the bubbles, nudged so they overlap neither each other nor a caption.
  for (size_t i : order) {
    const ChartRow& row = rows[i];
    const Scores& s = row.article->report.scores;
    char buf[16];
    std::snprintf(buf, sizeof buf, "#%d", row.number);
    ImVec2 ts = ImGui::CalcTextSize(buf);
    ImVec2 c = chart::ToPixels(s.hedging, s.loaded);
    float r = radius_of(row);
    ImVec2 candidates[] = {ImVec2(c.x + r + 2, c.y - ts.y * 0.5f), ImVec2(c.x - r - 2 - ts.x, c.y - ts.y * 0.5f),
                           ImVec2(c.x - ts.x * 0.5f, c.y - r - ts.y), ImVec2(c.x - ts.x * 0.5f, c.y + r)};
    std::vector<ImRect> spots;
    for (int attempt = 0; attempt < 64; ++attempt) {
      ImVec2 p = candidates[attempt % 4];
      int step = (attempt / 4 + 1) / 2;               // 0, 1, 1, 2, 2, …
      p.y += ((attempt / 4) % 2 ? -1.0f : 1.0f) * step * ts.y;  // alternately up and down
      p.x = std::clamp(p.x, plot.Min.x + 2, plot.Max.x - ts.x - 2);
      p.y = std::clamp(p.y, plot.Min.y + 2, plot.Max.y - ts.y - 2);
      spots.emplace_back(p, ImVec2(p.x + ts.x, p.y + ts.y));
    }
    // Off its own bubble if possible (a bubble at the plot's edge pushes the label back onto it).
    int spot = chart::FirstClearRect(spots, {chart::Disc{c, r}}, placed);
    if (spot < 0) spot = std::max(chart::FirstClearRect(spots, {}, placed), 0);
    const ImVec2 pos = spots[static_cast<size_t>(spot)].Min;
    placed.emplace_back(pos, ImVec2(pos.x + ts.x, pos.y + ts.y));
    draw->AddText(pos, Theme().text, buf);
  }
  if (hovered >= 0) {
    const ChartRow& row = rows[hovered];
    const Report& r = row.article->report;
    ImGui::BeginTooltip();
    ImGui::TextDisabled("#%d %s", row.number, row.summary->label.c_str());
    ImGui::Text("Hedging %.0f · Loaded %.0f · %zu source%s", r.scores.hedging, r.scores.loaded, r.sources.size(),
                r.sources.size() == 1 ? "" : "s");
    // The click opens the evidence of the higher of the two scores.
    const ScoreKind kind = r.scores.loaded >= r.scores.hedging ? ScoreKind::kLoaded : ScoreKind::kHedging;
    ImGui::TextDisabled(kind == ScoreKind::kLoaded ? "Click to read the strongest loaded wording."
                                                   : "Click to read the strongest hedge.");
    ImGui::EndTooltip();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) click = ClickOnEvidence(row, kind);
  }
  chart::End();
  return click;
}

//-----------------------------------------------------------------------------
// [SECTION] Headline vs body
//-----------------------------------------------------------------------------
EvidenceClick HeadlineBodyChart(const char* id, const std::vector<ChartRow>& rows, float width) {
  EvidenceClick click;
  const float line = ImGui::GetTextLineHeight();
  bool from_metrics = !rows.empty() && rows[0].summary->headline_body.from_metrics;
  double max_value = 1;
  for (const auto& r : rows)
    max_value = std::max({max_value, r.summary->headline_body.headline, r.summary->headline_body.body});
  max_value *= 1.15;  // the rates are small numbers: scale to the data, not to 100
  float height = line * 5.0f + line * 1.5f * static_cast<float>(std::max<size_t>(rows.size(), 1));
  if (!chart::Begin(id, "Loaded language: headline vs body", ImVec2(width, height))) return click;
  chart::SetupAxis(chart::kX, from_metrics ? "loaded-language rate (report metrics loaded_headline / loaded_body)" : "loaded cues per 100 words (weighted)", 0, max_value);
  std::vector<std::string> labels;
  for (const auto& r : rows) labels.push_back("#" + std::to_string(r.number) + " " + r.summary->label);
  chart::SetupCategories(chart::kY, labels, std::min(width * 0.32f, line * 16));
  chart::SetupLegendEntry("Headline", okabe_ito::kVermillion, chart::Marker::kDiamond);
  chart::SetupLegendEntry("Body", okabe_ito::kBlue, chart::Marker::kCircle);
  for (size_t i = 0; i < rows.size(); ++i) {
    const ChartRow& row = rows[i];
    const HeadlineBody& hb = row.summary->headline_body;
    double y = static_cast<double>(i);
    ImVec2 a = chart::ToPixels(hb.headline, y), b = chart::ToPixels(hb.body, y);
    if (hb.has_headline) chart::DrawList()->AddLine(a, b, Theme().axis, 2.0f);
    bool hot_body = chart::Point(hb.body, y, line * 0.8f, okabe_ito::kBlue, chart::Marker::kCircle);
    bool clicked_body = hot_body && chart::ItemClicked();
    bool hot_head = hb.has_headline && chart::Point(hb.headline, y, line * 0.95f, okabe_ito::kVermillion, chart::Marker::kDiamond);
    bool clicked_head = hot_head && chart::ItemClicked();
    if (hot_head || hot_body) {
      ImGui::BeginTooltip();
      ImGui::TextDisabled("#%d %s", row.number, row.summary->label.c_str());
      if (hb.has_headline) ImGui::Text("Headline: %.2f", hb.headline);
      else ImGui::TextDisabled("No headline line found");
      ImGui::Text("Body: %.2f", hb.body);
      ImGui::TextDisabled("Click to read it.");
      ImGui::EndTooltip();
    }
    if (clicked_head) click = ClickOn(row, row.article->report.headline.start);
    else if (clicked_body) click = ClickOnEvidence(row, ScoreKind::kLoaded);
  }
  chart::End();
  return click;
}

//-----------------------------------------------------------------------------
// [SECTION] Source matrix
//-----------------------------------------------------------------------------
namespace {

int TypeOrder(const std::string& type) {
  const auto& types = SourceTypes();
  auto it = std::find(types.begin(), types.end(), type);
  return it == types.end() ? static_cast<int>(types.size()) : static_cast<int>(it - types.begin());
}

bool IsNamedPerson(const Source& s) {
  return !s.anonymous && (s.type == "official" || s.type == "spokesperson" || s.type == "expert" || s.type == "person");
}

}  // namespace

std::vector<MatrixSource> MergeSources(const std::vector<ChartRow>& rows) {
  // Every source's first-and-last key ("" when it is no named person), in the order the loop
  // below visits them, and the middles the articles write for each key.
  std::vector<std::string> first_lasts;
  std::map<std::string, std::set<std::string>> middles;
  for (const ChartRow& row : rows)
    for (const auto& s : row.article->report.sources) {
      std::string first_last, middle;
      if (!IsNamedPerson(s) || !SplitPersonName(s.name, &first_last, &middle)) first_last.clear();
      else middles[first_last].insert(middle);
      first_lasts.push_back(std::move(first_last));
    }
  // The sources of `first_last` are one person: the articles write at most one middle for it.
  auto one_person = [&](const std::string& first_last) {
    if (first_last.empty()) return false;
    const std::set<std::string>& seen = middles[first_last];
    return seen.size() - seen.count("") <= 1;
  };
  std::vector<MatrixSource> merged;
  std::map<std::string, size_t> index;
  size_t visited = 0;  // index into first_lasts
  for (size_t r = 0; r < rows.size(); ++r) {
    for (const auto& s : rows[r].article->report.sources) {
      const std::string& first_last = first_lasts[visited++];
      const std::string key = one_person(first_last) ? "person:" + first_last : SourceNameKey(s.name);
      auto it = index.find(key);
      if (it == index.end()) {
        it = index.emplace(key, merged.size()).first;
        MatrixSource m;
        m.name = s.name;
        m.type = s.type;
        merged.push_back(std::move(m));
      }
      MatrixSource& m = merged[it->second];
      if (TypeOrder(s.type) < TypeOrder(m.type)) m.type = s.type;
      m.anonymous = m.anonymous || s.anonymous || s.type == "anonymous";
      const int row = static_cast<int>(r);
      if (m.cells.empty() || m.cells.back().first != row) {
        m.cells.emplace_back(row, &s);
        ++m.articles;
      } else if (s.attributions > m.cells.back().second->attributions) {
        m.cells.back().second = &s;
      }
    }
  }
  std::stable_sort(merged.begin(), merged.end(), [](const MatrixSource& a, const MatrixSource& b) {
    int ta = TypeOrder(a.type), tb = TypeOrder(b.type);
    if (ta != tb) return ta < tb;
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.name < b.name;
  });
  return merged;
}

namespace {

uint32_t SourceByte(const Report& report, const Source& s) {
  for (const auto& a : report.attributions)
    if (a.source_id == s.id) return !a.source.empty() ? a.source.start : a.cue.start;
  return s.mention_spans.empty() ? 0 : s.mention_spans[0].start;
}

void Hatch(ImDrawList* draw, ImVec2 mn, ImVec2 mx, ImU32 color) {
  draw->PushClipRect(mn, mx, true);
  float h = mx.y - mn.y;
  for (float x = mn.x - h; x < mx.x; x += 5) draw->AddLine(ImVec2(x, mx.y), ImVec2(x + h, mn.y), color, 1.0f);
  draw->PopClipRect();
}

const SourceMatrixCache& UpdateSourceMatrixCache(const std::vector<ChartRow>& rows, uint64_t generation,
                                                 SourceMatrixCache& cache) {
  std::vector<const LoadedArticle*> articles;
  articles.reserve(rows.size());
  for (const ChartRow& row : rows) articles.push_back(row.article);
  if (generation != cache.generation || articles != cache.rows) {
    cache.sources = MergeSources(rows);
    cache.rows = std::move(articles);
    cache.generation = generation;
    cache.font = nullptr;
  }
  if (cache.font != ImGui::GetFont() || cache.font_size != ImGui::GetFontSize()) {
    cache.widest_name = 0;
    for (const auto& m : cache.sources) cache.widest_name = std::max(cache.widest_name, ImGui::CalcTextSize(m.name.c_str()).x);
    cache.font = ImGui::GetFont();
    cache.font_size = ImGui::GetFontSize();
  }
  return cache;
}

}  // namespace

EvidenceClick SourceMatrixChart(const char* id, const std::vector<ChartRow>& rows, uint64_t generation,
                                SourceMatrixCache& cache, float width) {
  EvidenceClick click;
  const float line = ImGui::GetTextLineHeight();
  const SourceMatrixCache& merged = UpdateSourceMatrixCache(rows, generation, cache);
  const std::vector<MatrixSource>& sources = merged.sources;
  float name_w = std::max(line * 2, merged.widest_name);
  name_w = std::min(name_w + line * 0.6f, std::max(line * 8, width * 0.3f));
  const float type_w = line * 6.5f;
  float col_w = rows.empty() ? line * 4 : (width - name_w - type_w - 8) / static_cast<float>(rows.size());
  col_w = std::clamp(col_w, line * 1.7f, line * 8);
  const float cell_h = line * 1.35f;
  const float header_h = col_w >= line * 3.5f ? line * 2.3f : line * 1.3f;
  const int summary_rows = 3;
  float chart_w = name_w + type_w + col_w * static_cast<float>(rows.size()) + 8;
  float chart_h = line * 1.5f /*title*/ + line * 3.0f /*legend*/ + header_h +
                  cell_h * static_cast<float>(sources.size() + summary_rows) + line;
  if (!chart::Begin(id, "Who is cited where", ImVec2(std::max(chart_w, width), chart_h), chart::kChartNoAxes | chart::kChartNoFrame))
    return click;
  // Legend: only the types that occur, plus what the marks mean.
  std::vector<std::string> present;
  for (const auto& s : sources)
    if (std::find(present.begin(), present.end(), s.type) == present.end()) present.push_back(s.type);
  for (const auto& t : SourceTypes())
    if (std::find(present.begin(), present.end(), t) != present.end())
      chart::SetupLegendEntry(SourceTypeLabel(t).c_str(), SourceTypeColor(t));
  for (const auto& t : present)
    if (TypeOrder(t) >= static_cast<int>(SourceTypes().size())) chart::SetupLegendEntry(SourceTypeLabel(t).c_str(), SourceTypeColor(t));
  chart::SetupLegendEntry("number = times quoted", Theme().text_faint, chart::Marker::kSquare);
  chart::SetupLegendEntry("outline = named, not quoted", Theme().text_faint, chart::Marker::kRing);
  chart::SetupLegendEntry("hatched ? = anonymous", okabe_ito::kGrey, chart::Marker::kDiamond);
  ImRect plot = chart::PlotRect();
  ImDrawList* draw = chart::DrawList();
  const ThemeColors& theme = Theme();
  ImVec2 origin(plot.Min.x, plot.Min.y);
  float cols_x = origin.x + name_w + type_w;
  ImVec2 mouse = ImGui::GetIO().MousePos;
  bool chart_hovered = chart::IsChartHovered();

  const ImRect visible = ImGui::GetCurrentWindow()->InnerClipRect;
  // Only the columns in view are drawn (a column per article: thousands with a large corpus).
  const int columns = static_cast<int>(rows.size());
  const int first_col = std::clamp(static_cast<int>(std::floor((visible.Min.x - cols_x) / col_w)), 0, columns);
  const int end_col = std::clamp(static_cast<int>(std::ceil((visible.Max.x - cols_x) / col_w)), first_col, columns);
  float y = origin.y + header_h;
  for (size_t r = 0; r < sources.size(); ++r, y += cell_h) {
    if (y + cell_h < visible.Min.y || y > visible.Max.y) continue;  // off screen
    const MatrixSource& s = sources[r];
    if (r % 2 == 0) draw->AddRectFilled(ImVec2(origin.x, y), ImVec2(cols_x + col_w * rows.size(), y + cell_h), theme.plot_bg);
    std::string name = chart::TruncateToWidth(s.name, name_w - line * 0.5f);
    draw->AddText(ImVec2(origin.x + 2, y + (cell_h - line) * 0.5f), theme.text, name.c_str());
    std::string type = chart::TruncateToWidth(SourceTypeLabel(s.type) + (s.anonymous && s.type != "anonymous" ? " ?" : ""), type_w - 4);
    SmallText(draw, ImVec2(origin.x + name_w, y + (cell_h - line) * 0.5f + 1), theme.text_faint, type.c_str());
    auto cell = std::lower_bound(s.cells.begin(), s.cells.end(), first_col,
                                 [](const std::pair<int, const Source*>& a, int col) { return a.first < col; });
    for (; cell != s.cells.end() && cell->first < end_col; ++cell) {
      const size_t c = static_cast<size_t>(cell->first);
      const Source* src = cell->second;
      ImVec2 mn(cols_x + col_w * c + 2, y + 2), mx(cols_x + col_w * (c + 1) - 2, y + cell_h - 2);
      ImU32 color = SourceTypeColor(s.type);
      bool anonymous = s.anonymous || src->anonymous;
      if (src->attributions > 0) draw->AddRectFilled(mn, mx, WithAlpha(color, 0.85f), 3.0f);
      else draw->AddRect(mn, mx, color, 3.0f, 0, 2.0f);
      if (anonymous) Hatch(draw, mn, mx, WithAlpha(ContrastText(color), 0.35f));
      char buf[24];
      if (anonymous) std::snprintf(buf, sizeof buf, src->attributions > 0 ? "?%d" : "?", src->attributions);
      else if (src->attributions > 0) std::snprintf(buf, sizeof buf, "%d", src->attributions);
      else buf[0] = 0;
      if (buf[0]) {
        ImVec2 ts = ImGui::CalcTextSize(buf);
        ImU32 text_color = src->attributions > 0 ? ContrastText(color) : theme.text;
        draw->AddText(ImVec2((mn.x + mx.x - ts.x) * 0.5f, (mn.y + mx.y - ts.y) * 0.5f), text_color, buf);
      }
      if (chart_hovered && ImRect(mn, mx).Contains(mouse)) {
        draw->AddRect(ImVec2(mn.x - 1, mn.y - 1), ImVec2(mx.x + 1, mx.y + 1), theme.focus, 3.0f, 0, 2.0f);
        ImGui::BeginTooltip();
        ImGui::Text("%s", src->name.c_str());
        ImGui::TextDisabled("%s%s%s%s", SourceTypeLabel(src->type).c_str(), anonymous ? " · anonymous" : "",
                            src->affiliation.empty() ? "" : " · ", src->affiliation.c_str());
        if (!src->role.empty()) ImGui::TextDisabled("%s", src->role.c_str());
        ImGui::Text("In #%d: quoted %d×, named %d×", rows[c].number, src->attributions, src->mentions);
        ImGui::TextDisabled("Click to read it in context.");
        ImGui::EndTooltip();
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) click = ClickOn(rows[c], SourceByte(rows[c].article->report, *src));
      }
    }
  }
  // Summary rows: how many sources, how many kinds, how many anonymous, per article.
  y += line * 0.3f;
  draw->AddLine(ImVec2(origin.x, y), ImVec2(cols_x + col_w * rows.size(), y), theme.axis);
  const char* summary_names[summary_rows] = {"Sources", "Kinds of source", "Anonymous"};
  for (int k = 0; k < summary_rows; ++k, y += cell_h) {
    draw->AddText(ImVec2(origin.x + 2, y + (cell_h - line) * 0.5f), theme.text_faint, summary_names[k]);
    for (size_t c = static_cast<size_t>(first_col); c < static_cast<size_t>(end_col); ++c) {
      const Report& rep = rows[c].article->report;
      int value = 0;
      if (k == 0) value = static_cast<int>(rep.sources.size());
      if (k == 1) {
        std::vector<std::string> kinds;
        for (const auto& s : rep.sources)
          if (std::find(kinds.begin(), kinds.end(), s.type) == kinds.end()) kinds.push_back(s.type);
        value = static_cast<int>(kinds.size());
      }
      if (k == 2) value = rows[c].summary->anonymous;
      char buf[16];
      std::snprintf(buf, sizeof buf, "%d", value);
      float w = ImGui::CalcTextSize(buf).x;
      draw->AddText(ImVec2(cols_x + col_w * c + (col_w - w) * 0.5f, y + (cell_h - line) * 0.5f), theme.text, buf);
    }
  }
  if (sources.empty()) draw->AddText(ImVec2(origin.x, origin.y + header_h), theme.text_faint, "No sources found in these articles.");

  // Column headers last, pinned to the top of the visible area while the rows scroll.
  float head_y = std::clamp(visible.Min.y, origin.y, std::max(origin.y, y - header_h));
  draw->AddRectFilled(ImVec2(origin.x, head_y), ImVec2(cols_x + col_w * rows.size(), head_y + header_h),
                      ImGui::GetColorU32(ImGuiCol_WindowBg, 1.0f));
  draw->AddRectFilled(ImVec2(origin.x, head_y), ImVec2(cols_x + col_w * rows.size(), head_y + header_h), theme.plot_bg);
  SmallText(draw, ImVec2(origin.x, head_y + header_h - line), theme.text_faint, "Source");
  SmallText(draw, ImVec2(origin.x + name_w, head_y + header_h - line), theme.text_faint, "Type");
  for (size_t c = static_cast<size_t>(first_col); c < static_cast<size_t>(end_col); ++c) {
    float x = cols_x + col_w * static_cast<float>(c);
    char num[16];
    std::snprintf(num, sizeof num, "#%d", rows[c].number);
    if (SmallTextWidth(num) > col_w - 2) std::snprintf(num, sizeof num, "%d", rows[c].number);
    float w = SmallTextWidth(num);
    SmallText(draw, ImVec2(x + (col_w - w) * 0.5f, head_y + 2), theme.text, num);
    if (header_h > line * 2) {
      std::string label = chart::TruncateToWidth(rows[c].summary->label, col_w - 4);
      float lw = SmallTextWidth(label.c_str());
      SmallText(draw, ImVec2(x + (col_w - lw) * 0.5f, head_y + line), theme.text_faint, label.c_str());
    }
    ImRect head(ImVec2(x, head_y), ImVec2(x + col_w, head_y + header_h));
    if (chart_hovered && head.Contains(mouse))
      ImGui::SetTooltip("#%d %s\n%s", rows[c].number, rows[c].summary->label.c_str(), rows[c].summary->headline.c_str());
  }
  chart::End();
  return click;
}

//-----------------------------------------------------------------------------
// [SECTION] Gauge
//-----------------------------------------------------------------------------
bool ScoreGauge(const char* id, ScoreKind kind, double value, const Evidence& evidence, float width) {
  const float line = ImGui::GetTextLineHeight();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 size(width, line * 1.25f);
  bool clicked = ImGui::InvisibleButton(id, size);
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ThemeColors& theme = Theme();
  const float label_w = line * 4.6f;
  const float value_w = line * 1.9f;
  draw->AddText(ImVec2(pos.x, pos.y + (size.y - line) * 0.5f), theme.text, ScoreShortName(kind));
  ImVec2 track_min(pos.x + label_w, pos.y + size.y * 0.2f), track_max(pos.x + width - value_w, pos.y + size.y * 0.8f);
  draw->AddRectFilled(track_min, track_max, theme.plot_bg, 3.0f);
  draw->AddRect(track_min, track_max, theme.grid, 3.0f);
  float t = static_cast<float>(std::clamp(value, 0.0, 100.0) / 100.0);
  float fill_x = track_min.x + std::max(2.0f, (track_max.x - track_min.x) * t);
  draw->AddRectFilled(track_min, ImVec2(fill_x, track_max.y), ScoreColor(kind), 3.0f);
  for (int q = 1; q < 4; ++q) {
    float x = track_min.x + (track_max.x - track_min.x) * q / 4.0f;
    draw->AddLine(ImVec2(x, track_max.y - 3), ImVec2(x, track_max.y), theme.grid);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f", value);
  float w = ImGui::CalcTextSize(buf).x;
  draw->AddText(ImVec2(pos.x + width - w, pos.y + (size.y - line) * 0.5f), theme.text, buf);
  if (hovered || ImGui::IsItemFocused()) draw->AddRect(track_min, track_max, theme.focus, 3.0f, 0, 1.5f);
  if (hovered) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::Text("%s: %.0f / 100", ScoreName(kind), value);
    ImGui::TextDisabled("%s", ScoreDescription(kind));
    if (evidence.found) {
      ImGui::Text("Strongest: \"%s\"", evidence.excerpt.c_str());
      ImGui::TextDisabled("%s", evidence.detail.c_str());
      ImGui::TextDisabled("Click (or Enter) to read it in context.");
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  return clicked;
}

}  // namespace biaslens
