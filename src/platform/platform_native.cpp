// The desktop platform: a GLFW window with an OpenGL 3 context, the ImGui GLFW + OpenGL3
// backends, and main(). Thin by design: all behaviour lives in App.
//   biaslens-app [--view NAME] [--dark] [--include-quoted] [--size WxH] [--import FILE]...
//                [--article N] [--frames N] [--screenshot PATH]
// --frames N renders N frames then exits (with --screenshot, the last one is saved as PNG);
// the mean frame time is printed on stderr.
#include <GLFW/glfw3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/app.h"
#include "backends/imgui_impl_glfw.h"
#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"
#include "platform/background.h"
#include "platform/gl_headers.h"
#include "platform/platform.h"
#include "platform/png_export.h"

namespace biaslens::platform {

namespace {

struct Options {
  std::string view = "overview";
  bool dark = false;
  bool include_quoted = false;
  int width = 1400, height = 900;
  std::vector<std::string> imports;
  int article = 0;  // --article N: open the reader on the N-th article (1-based)
  int frames = 0;   // 0 = run until the window closes
  std::string screenshot;
};

struct NativePlatform {
  GLFWwindow* window = nullptr;
  App* app = nullptr;
  Background background;
  bool backend_ready = false;
  double frame_ms_sum = 0;
  int frames_measured = 0;
};
NativePlatform g_platform;

bool ParseOptions(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (a == "--dark") o->dark = true;
    else if (a == "--include-quoted") o->include_quoted = true;
    else if (a == "--view") { const char* v = value(); if (!v) return false; o->view = v; }
    else if (a == "--article") { const char* v = value(); if (!v) return false; o->article = std::atoi(v); }
    else if (a == "--frames") { const char* v = value(); if (!v) return false; o->frames = std::atoi(v); }
    else if (a == "--screenshot") { const char* v = value(); if (!v) return false; o->screenshot = v; }
    else if (a == "--import") { const char* v = value(); if (!v) return false; o->imports.push_back(v); }
    else if (a == "--size") {
      const char* v = value();
      if (!v || std::sscanf(v, "%dx%d", &o->width, &o->height) != 2) return false;
    } else return false;
  }
  if (!o->screenshot.empty() && o->frames <= 0) o->frames = 3;
  return true;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Fonts follow the framebuffer/window ratio (2 on a high-DPI screen).
void UpdatePixelRatio(App& app) {
  int win_w = 0, win_h = 0, fb_w = 0, fb_h = 0;
  glfwGetWindowSize(g_platform.window, &win_w, &win_h);
  glfwGetFramebufferSize(g_platform.window, &fb_w, &fb_h);
  float ratio = win_w > 0 ? static_cast<float>(fb_w) / static_cast<float>(win_w) : 1.0f;
  if (app.BuildFonts(ratio) && g_platform.backend_ready) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

void RenderFrame(App& app, int* fb_w, int* fb_h) {
  auto t0 = std::chrono::steady_clock::now();
  UpdatePixelRatio(app);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  app.Frame();
  ImGui::Render();
  glfwGetFramebufferSize(g_platform.window, fb_w, fb_h);
  float top[4], bottom[4];
  app.BackgroundColors(top, bottom);
  g_platform.background.Draw(*fb_w, *fb_h, top, bottom);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  app.SetFrameMs(ms);
  g_platform.frame_ms_sum += ms;
  ++g_platform.frames_measured;
}

void OnDrop(GLFWwindow*, int count, const char** paths) {
  for (int i = 0; i < count; ++i) {
    std::string bytes;
    if (!ReadFile(paths[i], &bytes)) {
      g_platform.app->AddMessage(std::string(paths[i]) + ": cannot read the file");
      continue;
    }
    g_platform.app->QueueFile(paths[i], bytes);  // scored a few per frame, with a progress bar
  }
}

void ExportToFile(App& app, const std::string& format) {
  std::string path = "biaslens-export." + format;
  std::vector<unsigned char> bytes;
  if (format == "png") bytes = RenderFrameToPng(app);
  else {
    std::string text;
    if (!ExportText(app, format == "json", &text)) return;
    bytes.assign(text.begin(), text.end());
  }
  bool ok = !bytes.empty() && WriteFile(path, bytes);
  app.AddMessage(ok ? "Exported " + path : "Could not write " + path);
}

}  // namespace

bool RenderFrameForCapture(App& app, int* width, int* height) {
  if (!g_platform.window || !g_platform.backend_ready) return false;
  RenderFrame(app, width, height);
  glFinish();
  return true;
}

App* TheApp() { return g_platform.app; }

}  // namespace biaslens::platform

int main(int argc, char** argv) {
  using namespace biaslens;
  using namespace biaslens::platform;
  Options options;
  if (!ParseOptions(argc, argv, &options)) {
    std::fprintf(stderr,
                 "usage: biaslens-app [--view overview|compare|sources|reader|method] [--dark] [--include-quoted]\n"
                 "                    [--size WxH] [--import FILE]... [--article N] [--frames N] [--screenshot PATH]\n");
    return 2;
  }
  glfwSetErrorCallback([](int code, const char* text) { std::fprintf(stderr, "GLFW error %d: %s\n", code, text); });
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, "biaslens", nullptr, nullptr);
  if (!window) {
    std::fprintf(stderr, "biaslens-app: cannot open an OpenGL 3 window\n");
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.frames > 0 ? 0 : 1);
  g_platform.window = window;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  static App app;
  g_platform.app = &app;
  AppConfig config;
  config.initial_view = options.view;
  std::string error;
  if (!app.Init(config, &error)) {
    std::fprintf(stderr, "biaslens-app: %s\n", error.c_str());
    return 1;
  }
  app.SetDarkTheme(options.dark);
  app.SetIncludeQuoted(options.include_quoted);
  for (const auto& path : options.imports) {
    std::string bytes;
    if (!ReadFile(path, &bytes)) std::fprintf(stderr, "biaslens-app: cannot read %s\n", path.c_str());
    else app.ImportFile(path, bytes);
  }
  if (options.article > 0 && options.article <= static_cast<int>(app.Articles().size()))
    app.OpenReader(app.Articles()[options.article - 1].article.id, 0);
  app.SetExportHandler([](const std::string& format) { ExportToFile(*g_platform.app, format); });
  UpdatePixelRatio(app);
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");
  g_platform.backend_ready = true;
  if (!g_platform.background.Init("#version 130", &error))
    std::fprintf(stderr, "biaslens-app: background shader unavailable (%s); using a plain clear\n", error.c_str());
  glfwSetDropCallback(window, OnDrop);

  int frames = 0;
  while (!glfwWindowShouldClose(window)) {
    glfwPollEvents();
    int w = 0, h = 0;
    RenderFrame(app, &w, &h);
    glfwSwapBuffers(window);
    if (options.frames > 0 && ++frames >= options.frames) break;
  }
  int status = 0;
  if (!options.screenshot.empty()) {
    std::vector<unsigned char> png = RenderFrameToPng(app);
    if (png.empty() || !WriteFile(options.screenshot, png)) {
      std::fprintf(stderr, "biaslens-app: could not write %s\n", options.screenshot.c_str());
      status = 1;
    }
  }
  if (g_platform.frames_measured > 0)
    std::fprintf(stderr, "biaslens-app: %d frames, mean %.2f ms per frame (CPU, UI + draw submission), %zu articles\n",
                 g_platform.frames_measured, g_platform.frame_ms_sum / g_platform.frames_measured, app.Articles().size());
  g_platform.background.Shutdown();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  app.Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return status;
}
