// The web platform: Emscripten's GLFW on a WebGL 2 canvas (#canvas), the ImGui GLFW +
// OpenGL3 backends ("#version 300 es"), the browser main loop, and main(). The canvas is
// kept at its CSS size × devicePixelRatio every frame; ImGui works in CSS pixels with
// fonts rasterized at the device ratio, so text is crisp on high-DPI screens.
// The JS API (src/platform/web_api.cpp) reaches the app through platform::TheApp().
// Start-up phases become performance marks "bl:<phase>" (the page's timeline, read by
// bench/bench_browser.mjs): main, gl-window, fonts, gl-backend, gpu-warm-up, scorer, seeds,
// first-ui, first-frame.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/embedded_files.h"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"
#include "platform/background.h"
#include "platform/gl_headers.h"
#include "platform/platform.h"
#include "platform/png_export.h"

// The default corpus's reports, scored when the page was built (web/CMakeLists.txt).
namespace biaslens_web_seed_reports {
const biaslens::EmbeddedFile* FindEmbeddedFile(const char* path);  // nullptr when absent
}  // namespace biaslens_web_seed_reports

namespace biaslens::platform {

namespace {

constexpr const char* kCanvas = "#canvas";

struct WebPlatform {
  GLFWwindow* window = nullptr;
  App* app = nullptr;
  Background background;
  bool backend_ready = false;
  float pixel_ratio = 1;
  int fb_w = 0, fb_h = 0;      // canvas pixels
  double css_w = 0, css_h = 0;  // canvas CSS pixels
  double smoothed_ms = 0;
  bool first_frame_marked = false;
};
WebPlatform g_web;

// performance.mark("bl:" + phase): one point of the start-up timeline.
EM_JS(void, MarkPhase, (const char* phase), {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark('bl:' + UTF8ToString(phase));
});

// Tells the page's loader why main() could not start the app ("webgl2": no WebGL 2
// context; otherwise a reason for people), so it fails at once instead of timing out.
EM_JS(void, ReportStartFailure, (const char* what), {
  if (Module.onStartFailure) Module.onStartFailure(UTF8ToString(what));
});

// Starts a download of `bytes` as `name` in the browser.
EM_JS(void, DownloadBytes, (const char* name, const char* mime, const void* data, int size), {
  const bytes = HEAPU8.slice(data, data + size);
  const blob = new Blob([bytes], {type: UTF8ToString(mime)});
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

// Glfw reports the cursor in canvas pixels; ImGui works in CSS pixels.
void OnCursorPos(GLFWwindow* window, double x, double y) {
  float r = g_web.pixel_ratio > 0 ? g_web.pixel_ratio : 1.0f;
  ImGui_ImplGlfw_CursorPosCallback(window, x / r, y / r);
}

void FitCanvas(App& app) {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  if (css_w < 1 || css_h < 1) { css_w = 1024; css_h = 768; }
  float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (ratio <= 0) ratio = 1;
  int fb_w = static_cast<int>(std::lround(css_w * ratio)), fb_h = static_cast<int>(std::lround(css_h * ratio));
  if (fb_w != g_web.fb_w || fb_h != g_web.fb_h) {
    emscripten_set_canvas_element_size(kCanvas, fb_w, fb_h);
    g_web.fb_w = fb_w;
    g_web.fb_h = fb_h;
  }
  g_web.css_w = css_w;
  g_web.css_h = css_h;
  g_web.pixel_ratio = ratio;
  if (app.BuildFonts(ratio) && g_web.backend_ready) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

void RenderFrame(App& app) {
  double t0 = emscripten_get_now();
  FitCanvas(app);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(g_web.css_w), static_cast<float>(g_web.css_h));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(g_web.fb_w / g_web.css_w), static_cast<float>(g_web.fb_h / g_web.css_h));
  ImGui::NewFrame();
  app.Frame();
  ImGui::Render();
  if (!g_web.first_frame_marked) MarkPhase("first-ui");
  float top[4], bottom[4];
  app.BackgroundColors(top, bottom);
  g_web.background.Draw(g_web.fb_w, g_web.fb_h, top, bottom);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  double ms = emscripten_get_now() - t0;
  g_web.smoothed_ms = g_web.smoothed_ms == 0 ? ms : g_web.smoothed_ms * 0.9 + ms * 0.1;
  app.SetFrameMs(g_web.smoothed_ms);
  if (!g_web.first_frame_marked) {
    g_web.first_frame_marked = true;
    MarkPhase("first-frame");
  }
}

// One frame that nobody sees (the page's loading overlay covers the canvas): the
// background, then lines of ImGui text and rounded boxes over the whole canvas, i.e.
// every GL program, vertex layout and blend state the app draws with, plus the font
// texture upload. Flushed, so the GPU process can prepare all of it while this thread
// reads the seed reports and builds the first frame rather than during that frame: with
// software WebGL (SwiftShader) the first frame that covers the canvas costs several times a
// later one (bench_browser.mjs --startup: bl:first-frame → first_chart_ms). On 2 busy cores
// the net gain is within the noise (measured 2026-11-30: first chart median 1185 ms with it,
// 1170 ms without): the GPU process competes with this thread for the CPU.
// Leaves ImGui between frames.
void WarmUpGpu(App& app) {
  ImGui_ImplOpenGL3_NewFrame();  // compiles ImGui's shaders, uploads the font atlas
  ImGui_ImplGlfw_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(g_web.css_w), static_cast<float>(g_web.css_h));
  ImGui::NewFrame();
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const char* text = "biaslens: how is the news written? Hedging, loaded wording, sources 0123456789";
  const float line = ImGui::GetTextLineHeightWithSpacing(), width = io.DisplaySize.x;
  for (float y = 4; y < io.DisplaySize.y; y += line) {
    draw->AddText(ImVec2(4, y), IM_COL32(128, 128, 128, 255), text);
    draw->AddRectFilled(ImVec2(width * 0.55f, y), ImVec2(width - 4, y + line * 0.8f), IM_COL32(40, 110, 200, 255), 3.0f);
  }
  ImGui::Render();
  float top[4], bottom[4];
  app.BackgroundColors(top, bottom);
  g_web.background.Draw(g_web.fb_w, g_web.fb_h, top, bottom);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  // Flush, with a fence (that nobody waits for) so the GPU process also submits the
  // commands to the driver now rather than at the first frame's read-back.
  glDeleteSync(glFenceSync(GL_SYNC_GPU_COMMANDS_COMPLETE, 0));
  glFlush();
}

void MainLoop() {
  if (g_web.app) RenderFrame(*g_web.app);
}

void Export(const std::string& format) {
  App& app = *g_web.app;
  if (format == "png") {
    std::vector<unsigned char> png = RenderFrameToPng(app);
    if (png.empty()) { app.AddMessage("PNG export failed"); return; }
    DownloadBytes("biaslens-view.png", "image/png", png.data(), static_cast<int>(png.size()));
  } else {
    std::string text;
    if (!ExportText(app, format == "json", &text)) return;
    DownloadBytes(format == "json" ? "biaslens-reports.json" : "biaslens-scores.csv",
                  format == "json" ? "application/json" : "text/csv", text.data(), static_cast<int>(text.size()));
  }
}

}  // namespace

bool RenderFrameForCapture(App& app, int* width, int* height) {
  if (!g_web.backend_ready) return false;
  RenderFrame(app);
  *width = g_web.fb_w;
  *height = g_web.fb_h;
  return true;
}

App* TheApp() { return g_web.app; }

}  // namespace biaslens::platform

int main() {
  using namespace biaslens;
  using namespace biaslens::platform;
  MarkPhase("main");
  if (!glfwInit()) {
    std::fprintf(stderr, "biaslens: glfwInit failed\n");
    ReportStartFailure("glfwInit failed");
    return 1;
  }
  // The WebGL 2 context already exists (the page made it: web/loader.mjs, with its
  // attributes); the window takes it over.
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
  GLFWwindow* window = glfwCreateWindow(css_w > 1 ? static_cast<int>(css_w) : 1024, css_h > 1 ? static_cast<int>(css_h) : 768,
                                        "biaslens", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "biaslens: cannot create a WebGL 2 context\n");
    ReportStartFailure("webgl2");
    return 1;
  }
  glfwMakeContextCurrent(window);
  g_web.window = window;
  // The page sized the canvas already (web/loader.mjs): FitCanvas resizes only on change.
  emscripten_get_canvas_element_size(kCanvas, &g_web.fb_w, &g_web.fb_h);
  MarkPhase("gl-window");

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  static App app;
  app.SetPhaseObserver(MarkPhase);
  // GPU work first, CPU work second: the warm-up frame's pipelines compile in the GPU
  // process (slow in software WebGL) while this thread loads the seeds' reports. The scorer
  // loads after the first charts (App::SetDefaultCorpusReports).
  FitCanvas(app);  // canvas size; fonts at the device pixel ratio (App::Init keeps them)
  MarkPhase("fonts");
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  glfwSetCursorPosCallback(window, OnCursorPos);  // after the backend: ours converts to CSS pixels
  ImGui_ImplOpenGL3_Init("#version 300 es");
  g_web.backend_ready = true;
  std::string error;
  if (!g_web.background.Init("#version 300 es", &error))
    std::fprintf(stderr, "biaslens: background shader unavailable (%s)\n", error.c_str());
  MarkPhase("gl-backend");
  WarmUpGpu(app);
  MarkPhase("gpu-warm-up");
  if (const EmbeddedFile* reports = biaslens_web_seed_reports::FindEmbeddedFile("seed_reports.json"))
    app.SetDefaultCorpusReports(std::string_view(reports->data, reports->size));
  if (!app.Init(AppConfig(), &error)) {
    std::fprintf(stderr, "biaslens: %s\n", error.c_str());
    ReportStartFailure(error.c_str());
    return 1;
  }
  app.SetExportHandler(Export);
  g_web.app = &app;
  emscripten_set_main_loop(MainLoop, 0, false);
  return 0;
}
