// [SECTION] Lifetime  [SECTION] Frame (layout, top bar, shortcuts)  [SECTION] View and display state
#include "app/app.h"

#include <algorithm>
#include <cstdio>

#include "app/app_state.h"
#include "app/fonts.h"
#include "app/theme.h"
#include "app/views.h"

namespace biaslens {

//-----------------------------------------------------------------------------
// [SECTION] Lifetime
//-----------------------------------------------------------------------------
namespace {
void Phase(const AppState& s, const char* phase) {
  if (s.phase_observer) s.phase_observer(phase);
}
}  // namespace

App::App() : state_(std::make_unique<State>()) {}
App::~App() = default;

bool App::Init(const AppConfig& config, std::string* error) {
  IM_ASSERT(ImGui::GetCurrentContext() != nullptr && "App::Init() needs an ImGui context (ImGui::CreateContext())");
  State& s = *state_;
  s.config = config;
  if (s.default_corpus_reports.empty() && !LoadScorer(s)) {
    if (error) *error = s.messages.back();
    return false;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: the app's layout is computed every frame
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ApplyTheme(s.dark);
  if (s.fonts.pixel_ratio == 0) {  // else the platform built them already
    BuildFonts(s.pixel_ratio);
    Phase(s, "fonts");
  }
  if (config.load_default_corpus) ResetToDefaultCorpus();
  Phase(s, "seeds");
  if (!SetView(config.initial_view)) SetView("overview");
  return true;
}

void App::Shutdown() {
  State& s = *state_;
  s.articles.clear();
  s.summaries.clear();
  s.export_handler = nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------
namespace {

const char* kViewLabels[] = {"Overview", "Compare", "Sources", "Reader", "Method"};

bool Hidden(const AppState& s, const char* panel) {
  if (!s.config.embedded) return false;
  return std::find(s.config.hidden.begin(), s.config.hidden.end(), panel) != s.config.hidden.end();
}

// The voice switch in the app: every article is re-scored over the next frames.
void SwitchVoice(AppState& s, bool include) {
  s.include_quoted = include;
  QueueRescoreAll(s);
}

void HandleShortcuts(App& app, AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl) return;
  const ImGuiKey keys[] = {ImGuiKey_1, ImGuiKey_2, ImGuiKey_3, ImGuiKey_4, ImGuiKey_5};
  for (int i = 0; i < 5; ++i)
    if (ImGui::IsKeyPressed(keys[i], false)) app.SetView(App::ViewNames()[i]);
  if (ImGui::IsKeyPressed(ImGuiKey_Q, false)) SwitchVoice(s, !s.include_quoted);
  if (ImGui::IsKeyPressed(ImGuiKey_L, false)) app.SetDarkTheme(!s.dark);
}

void DrawTopBar(App& app, AppState& s) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushFont(s.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("biaslens");
  ImGui::PopFont();
  ImGui::SameLine(0, style.ItemSpacing.x * 3);
  for (int i = 0; i < static_cast<int>(ViewId::kCount); ++i) {
    if (Hidden(s, App::ViewNames()[i].c_str())) continue;
    bool active = static_cast<int>(s.view) == i;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    char label[48];
    std::snprintf(label, sizeof label, "%s##view%d", kViewLabels[i], i);
    if (ImGui::Button(label)) app.SetView(App::ViewNames()[i]);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Ctrl+%d", i + 1);
    if (active) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::SameLine(0, style.ItemSpacing.x * 3);
  bool include = s.include_quoted;
  if (ImGui::Checkbox("Count quoted voice", &include)) SwitchVoice(s, include);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Off: scores count only the reporter's own words (default).\n"
                      "On: words inside quotations count too. Every chart follows. (Ctrl+Q)");
  ImGui::SameLine();
  bool dark = s.dark;
  if (ImGui::Checkbox("Dark", &dark)) app.SetDarkTheme(dark);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Light / dark theme (Ctrl+L)");
  if (s.export_handler && !Hidden(s, "export")) {
    ImGui::SameLine();
    if (ImGui::Button("Export...")) ImGui::OpenPopup("export_menu");
    if (ImGui::BeginPopup("export_menu")) {
      if (ImGui::MenuItem("PNG of this view")) s.export_handler("png");
      if (ImGui::MenuItem("Reports (JSON)")) s.export_handler("json");
      if (ImGui::MenuItem("Scores table (CSV)")) s.export_handler("csv");
      ImGui::EndPopup();
    }
  }
  ImGui::Separator();
}

}  // namespace

void App::Frame() {
  State& s = *state_;
  ImGuiIO& io = ImGui::GetIO();
  // From kScorerLoadFrame on, one part of the scorer a frame until it is built.
  if (++s.frames_drawn >= kScorerLoadFrame && !s.scorer && !s.scorer_failed && Scorer::BuildSharedStep()) LoadScorer(s);
  // From the second frame on, so that the first chart is never held back by queued work
  // (a reader's saved articles are queued before it). Scoring gets about as much of the
  // frame-to-frame time as everything else (drawing, the browser), at least kImportBudgetMs
  // and at most four times that.
  if (s.frames_drawn > 1 && (!s.imports.empty() || !s.rescore_ids.empty())) {
    const double other_ms = std::max(0.0, io.DeltaTime * 1000.0 - s.queued_scoring_ms);
    s.queued_scoring_ms = ScoreQueuedArticles(s, std::clamp(other_ms, kImportBudgetMs, 4 * kImportBudgetMs));
  }
  UpdateSummaries(s);
  HandleShortcuts(*this, s);

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  const ImGuiWindowFlags root_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  // The root window is transparent: the platform paints the background (shaders/).
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
  ImGui::Begin("biaslens", nullptr, root_flags);
  ImGui::PopStyleColor();
  DrawTopBar(*this, s);

  const float line = ImGui::GetTextLineHeight();
  bool show_corpus = !Hidden(s, "corpus") && io.DisplaySize.x > line * 30;
  if (show_corpus) {
    float width = std::clamp(io.DisplaySize.x * 0.22f, line * 15, line * 24);
    ImGui::BeginChild("corpus_panel", ImVec2(width, 0), ImGuiChildFlags_Border);
    DrawCorpusPanel(*this, s);
    ImGui::EndChild();
    ImGui::SameLine();
  }
  ImGui::BeginChild("view", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  if (!show_corpus) DrawQueueProgress(s);
  switch (s.view) {
    case ViewId::kOverview: DrawOverviewView(*this, s); break;
    case ViewId::kCompare: DrawCompareView(*this, s); break;
    case ViewId::kSources: DrawSourcesView(*this, s); break;
    case ViewId::kReader: DrawReaderView(*this, s); break;
    case ViewId::kMethod: DrawMethodView(*this, s); break;
    default: break;
  }
  ImGui::EndChild();
  ImGui::End();
}

//-----------------------------------------------------------------------------
// [SECTION] View and display state
//-----------------------------------------------------------------------------
const std::vector<std::string>& App::ViewNames() {
  static const std::vector<std::string> kNames = {"overview", "compare", "sources", "reader", "method"};
  return kNames;
}

bool App::SetView(const std::string& name) {
  const auto& names = ViewNames();
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return false;
  state_->view = static_cast<ViewId>(it - names.begin());
  return true;
}

const std::string& App::View() const { return ViewNames()[static_cast<int>(state_->view)]; }

void App::OpenReader(const std::string& article_id, uint32_t focus_byte) {
  State& s = *state_;
  if (!FindArticle(s, article_id)) return;
  s.reader_id = article_id;
  s.reader_focus = focus_byte;
  s.reader_scroll_pending = true;
  // Opening on a specific piece of evidence flashes it; opening at the top does not.
  s.reader_focus_time = focus_byte > 0 && ImGui::GetCurrentContext() ? ImGui::GetTime() : -1e9;
  s.view = ViewId::kReader;
}

void App::SetIncludeQuoted(bool include) {
  State& s = *state_;
  if (s.include_quoted == include && s.rescore_ids.empty()) return;
  s.include_quoted = include;
  RescoreAll(s);  // also finishes a re-scoring the app's own switch had queued
}

void App::SetDarkTheme(bool dark) {
  state_->dark = dark;
  if (ImGui::GetCurrentContext()) ApplyTheme(dark);
}

void App::SetConfig(const AppConfig& config) {
  state_->config = config;
  SetView(config.initial_view);
}

void App::SetFrameMs(double ms) { state_->frame_ms = ms; }
const std::vector<std::string>& App::Messages() const { return state_->messages; }
const std::vector<LoadedArticle>& App::Articles() const { return state_->articles; }
const Scorer* App::scorer() const { return LoadScorer(*state_); }

bool App::BuildFonts(float pixel_ratio) {
  state_->pixel_ratio = pixel_ratio;
  if (!biaslens::BuildFonts(state_->fonts, pixel_ratio)) return false;
  ++state_->generation;  // text measured with the old atlas (the reader's layout) is stale
  return true;
}

void App::BackgroundColors(float top[4], float bottom[4]) const {
  // Derived from the theme's window colour: a touch lighter at the top, darker at the bottom.
  ImVec4 base = ImGui::GetCurrentContext() ? ImGui::GetStyle().Colors[ImGuiCol_WindowBg] : ImVec4(0.95f, 0.95f, 0.96f, 1);
  const float lift = state_->dark ? 0.035f : 0.02f;
  for (int i = 0; i < 3; ++i) {
    float c = (&base.x)[i];
    top[i] = std::min(1.0f, c + lift);
    bottom[i] = std::max(0.0f, c - lift);
  }
  top[3] = bottom[3] = 1.0f;
}

void App::AddMessage(const std::string& message) { PushMessage(*state_, message); }

float App::PixelRatio() const { return state_->pixel_ratio; }

void App::SetExportHandler(std::function<void(const std::string& format)> handler) {
  state_->export_handler = std::move(handler);
}

void App::SetPhaseObserver(std::function<void(const char* phase)> observer) {
  state_->phase_observer = std::move(observer);
}

void App::SetDefaultCorpusReports(std::string_view json) { state_->default_corpus_reports = json; }

}  // namespace biaslens
