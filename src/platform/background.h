// The page background drawn with shaders/background.{vert,frag}.glsl (embedded at build
// time, compiled at run time): a dithered gradient in the theme's colours. When the
// shaders fail to compile it falls back to a plain clear, so the app still looks right.
#pragma once
#include <string>

namespace biaslens::platform {

class Background {
 public:
  // `version_line` is "#version 300 es" (WebGL 2) or "#version 130" (desktop GL 3).
  bool Init(const char* version_line, std::string* error);
  // Clears the framebuffer and draws the gradient between the two colours (RGBA 0..1).
  void Draw(int width, int height, const float top[4], const float bottom[4]);
  void Shutdown();

 private:
  unsigned program_ = 0, vao_ = 0;
  int top_location_ = -1, bottom_location_ = -1;
};

}  // namespace biaslens::platform
