#include "platform/png_export.h"

#include <cstdio>

#include "platform/gl_headers.h"
#include "platform/platform.h"

#define STB_IMAGE_WRITE_STATIC  // private copy: no clash with any other user of stb
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

namespace biaslens::platform {

std::vector<unsigned char> ReadFramebufferPng(int width, int height) {
  std::vector<unsigned char> png;
  if (width <= 0 || height <= 0) return png;
  std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  if (glGetError() != GL_NO_ERROR) return png;
  for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the page is opaque
  // GL rows run bottom-up; PNG rows top-down.
  stbi_flip_vertically_on_write(1);
  stbi_write_png_to_func(
      [](void* context, void* data, int size) {
        auto* out = static_cast<std::vector<unsigned char>*>(context);
        const auto* bytes = static_cast<const unsigned char*>(data);
        out->insert(out->end(), bytes, bytes + size);
      },
      &png, width, height, 4, pixels.data(), width * 4);
  return png;
}

std::vector<unsigned char> RenderFrameToPng(App& app) {
  int width = 0, height = 0;
  if (!RenderFrameForCapture(app, &width, &height)) return {};
  return ReadFramebufferPng(width, height);
}

bool WriteFile(const std::string& path, const std::vector<unsigned char>& bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

}  // namespace biaslens::platform
