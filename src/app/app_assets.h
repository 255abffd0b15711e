// Files the app embeds at build time (src/app/CMakeLists.txt, biaslens_embed_files):
// the default corpus "corpus/*.txt", the UI font "fonts/DejaVuSans-subset.ttf", the shaders
// "../shaders/*.glsl" (paths are relative to assets/) and, when it exists, "accuracy.json".
#pragma once
#include "core/embedded_files.h"

namespace biaslens_app_assets {
biaslens::EmbeddedFileList EmbeddedFiles();
const biaslens::EmbeddedFile* FindEmbeddedFile(const char* path);  // nullptr when absent
}  // namespace biaslens_app_assets
