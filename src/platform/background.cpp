#include "platform/background.h"

#include "app/app_assets.h"
#include "platform/gl_headers.h"

namespace biaslens::platform {

namespace {
unsigned Compile(GLenum type, const char* version_line, const char* path, std::string* error) {
  const biaslens::EmbeddedFile* file = biaslens_app_assets::FindEmbeddedFile(path);
  if (!file) {
    *error = std::string("shader not embedded: ") + path;
    return 0;
  }
  std::string source = std::string(version_line) + "\n" + std::string(file->data, file->size);
  const char* text = source.c_str();
  unsigned shader = glCreateShader(type);
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    *error = std::string(path) + ": " + log;
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}
}  // namespace

bool Background::Init(const char* version_line, std::string* error) {
  unsigned vs = Compile(GL_VERTEX_SHADER, version_line, "../shaders/background.vert.glsl", error);
  if (!vs) return false;
  unsigned fs = Compile(GL_FRAGMENT_SHADER, version_line, "../shaders/background.frag.glsl", error);
  if (!fs) {
    glDeleteShader(vs);
    return false;
  }
  program_ = glCreateProgram();
  glAttachShader(program_, vs);
  glAttachShader(program_, fs);
  glLinkProgram(program_);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(program_, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[1024] = {};
    glGetProgramInfoLog(program_, sizeof log, nullptr, log);
    *error = std::string("background shader link: ") + log;
    glDeleteProgram(program_);
    program_ = 0;
    return false;
  }
  top_location_ = glGetUniformLocation(program_, "u_top");
  bottom_location_ = glGetUniformLocation(program_, "u_bottom");
  glGenVertexArrays(1, &vao_);
  return true;
}

void Background::Draw(int width, int height, const float top[4], const float bottom[4]) {
  glViewport(0, 0, width, height);
  glClearColor(bottom[0], bottom[1], bottom[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (!program_) return;
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_DEPTH_TEST);
  glUseProgram(program_);
  glUniform4fv(top_location_, 1, top);
  glUniform4fv(bottom_location_, 1, bottom);
  glBindVertexArray(vao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glUseProgram(0);
}

void Background::Shutdown() {
  if (program_) glDeleteProgram(program_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
  program_ = vao_ = 0;
}

}  // namespace biaslens::platform
