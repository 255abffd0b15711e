// What the platform layer offers the rest of the program (implemented once per platform:
// platform_native.cpp with GLFW + OpenGL 3, platform_web.cpp with Emscripten + WebGL 2).
#pragma once
#include <string>
#include <vector>

namespace biaslens {
class App;

namespace platform {
// Renders one frame of `app` now and returns the framebuffer as PNG bytes (stb_image_write).
// Empty on failure. Safe to call between frames of the main loop.
std::vector<unsigned char> RenderFrameToPng(App& app);
// The app to forward commands to (set by the platform's main before the loop starts).
App* TheApp();
// The JSON or CSV export into *text; false, with a message in the app, when it does not fit
// in memory.
bool ExportText(App& app, bool json, std::string* text);
}  // namespace platform
}  // namespace biaslens
