#include "app/fonts.h"

#include <algorithm>
#include <cmath>

#include "app/app_assets.h"

namespace biaslens {

namespace {
// The ranges tools/subset_font.sh keeps in the embedded font (keep both lists equal):
// Latin, Latin-1, Latin Extended-A, Greek, Cyrillic, general punctuation (curly quotes,
// dashes, ellipsis), currency, arrows, geometric shapes, the replacement character.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x017F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F, 0x20A0, 0x20BF,
    0x2190, 0x21FF, 0x2500, 0x25FF, 0xFFFD, 0xFFFD, 0,
};

ImFont* AddFont(const biaslens::EmbeddedFile* file, float size) {
  ImGuiIO& io = ImGui::GetIO();
  if (!file) {
    ImFontConfig config;
    config.SizePixels = size;
    return io.Fonts->AddFontDefault(&config);
  }
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static (embedded), never freed
  config.OversampleH = 2;
  config.OversampleV = 1;
  return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(file->data), static_cast<int>(file->size), size, &config,
                                        kGlyphRanges);
}
}  // namespace

bool BuildFonts(AppFonts& fonts, float pixel_ratio) {
  pixel_ratio = std::clamp(pixel_ratio, 0.5f, 4.0f);
  if (fonts.pixel_ratio > 0 && std::fabs(fonts.pixel_ratio - pixel_ratio) < 0.01f) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const biaslens::EmbeddedFile* ttf = biaslens_app_assets::FindEmbeddedFile("fonts/DejaVuSans-subset.ttf");
  fonts.regular = AddFont(ttf, std::round(kBodyFontSize * pixel_ratio));
  fonts.heading = AddFont(ttf, std::round(19.0f * pixel_ratio));
  fonts.small = AddFont(ttf, std::round(12.5f * pixel_ratio));
  io.Fonts->Build();
  io.FontDefault = fonts.regular;
  io.FontGlobalScale = 1.0f / pixel_ratio;
  fonts.pixel_ratio = pixel_ratio;
  return true;
}

}  // namespace biaslens
