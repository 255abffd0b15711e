// OpenGL declarations for the platform layer: WebGL 2 (GLES 3) on the web, OpenGL 3 on the
// desktop (prototypes from the system's libGL).
#pragma once
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#endif
