// PNG export shared by both platforms: each platform renders one frame into its back
// buffer with RenderFrameForCapture(); png_export.cpp reads it back with glReadPixels and
// encodes it with stb_image_write (platform::RenderFrameToPng in platform.h).
#pragma once
#include <string>
#include <vector>

namespace biaslens {
class App;
namespace platform {

// Implemented by platform_native.cpp / platform_web.cpp: runs NewFrame → app.Frame() →
// Render and draws into the back buffer without presenting it. Writes the framebuffer
// size in pixels. Returns false when there is no window/context.
bool RenderFrameForCapture(App& app, int* width, int* height);

// Reads the current back buffer (RGBA) and encodes it as PNG bytes. Empty on failure.
std::vector<unsigned char> ReadFramebufferPng(int width, int height);

// Writes `bytes` to `path`; false on failure.
bool WriteFile(const std::string& path, const std::vector<unsigned char>& bytes);

}  // namespace platform
}  // namespace biaslens
