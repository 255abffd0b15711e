#include "app/fonts.h"

#include <algorithm>
#include <cmath>

#include "app/app_assets.h"
#include "core/utf8.h"

namespace biaslens {

namespace {
// The ranges tools/subset_font.sh keeps in the embedded font (keep both lists equal), one
// block each. `at_start` blocks are in the first atlas: the UI's own strings use only
// Latin-1 ("·", "×") and General Punctuation ("…", "›"), U+FFFD replaces bad bytes, and
// U+25AF (kMissingGlyph) stands for any character the font has no glyph for. Right-to-left
// scripts are left out on purpose: ImGui draws every line left to right, unshaped, so Arabic
// or Hebrew glyphs would read backwards; they show as kMissingGlyph (CountMissingGlyphs).
struct GlyphBlock {
  ImWchar first, last;
  bool at_start;
};
constexpr GlyphBlock kBlocks[] = {
    {0x0020, 0x00FF, true},   // Basic Latin, Latin-1
    {0x0100, 0x017F, false},  // Latin Extended-A
    {0x0180, 0x024F, false},  // Latin Extended-B: Ș ț ǎ
    {0x0250, 0x02FF, false},  // IPA, spacing modifiers: ʻ (ʻokina) ˈ
    {0x0300, 0x036F, false},  // combining marks: the tilde of a decomposed "ñ"
    {0x0370, 0x03FF, false},  // Greek
    {0x0400, 0x04FF, false},  // Cyrillic
    {0x1E00, 0x1EFF, false},  // Latin Extended Additional: Vietnamese (Nguyễn)
    {0x2000, 0x206F, true},   // General Punctuation: curly quotes, dashes, ellipsis, zero widths
    {0x2070, 0x209F, false},  // superscripts and subscripts: CO₂
    {0x20A0, 0x20BF, true},   // currency
    {0x2100, 0x218F, false},  // letterlike symbols, number forms: ™ № ℃ ⅓
    {0x2190, 0x21FF, false},  // arrows
    {0x2200, 0x22FF, false},  // mathematical operators: − ≈ ≤ ≠
    {0x2500, 0x25FF, false},  // box drawing, block elements, geometric shapes
    {0x2600, 0x26FF, false},  // miscellaneous symbols: ★ ☎ ♥
    {0x2700, 0x27BF, false},  // dingbats: ✓ ✗ ❤
    {0xFB00, 0xFB06, false},  // Latin ligatures from PDF text: ﬁ ﬂ
    {0xFE00, 0xFE0F, false},  // variation selectors (zero width; follow emoji and symbols)
    {0xFEFF, 0xFEFF, true},   // zero-width no-break space (a byte-order mark inside text)
    {kMissingGlyph, kMissingGlyph, true},
    {0xFFFD, 0xFFFD, true},   // the replacement character
};
constexpr int kBlockCount = static_cast<int>(sizeof kBlocks / sizeof kBlocks[0]);
static_assert(kBlockCount <= 32, "AppFonts keeps the blocks in a 32-bit mask");

uint32_t StartBlocks() {
  uint32_t mask = 0;
  for (int i = 0; i < kBlockCount; ++i)
    if (kBlocks[i].at_start) mask |= 1u << i;
  return mask;
}

// The mask bit of the block holding `cp`, or 0 when the font does not cover it.
uint32_t BlockBit(uint32_t cp) {
  for (int i = 0; i < kBlockCount; ++i)
    if (cp >= kBlocks[i].first && cp <= kBlocks[i].last) return 1u << i;
  return 0;
}

ImFont* AddFont(const biaslens::EmbeddedFile* file, float size, const ImWchar* ranges) {
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
  ImFont* font = io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(file->data), static_cast<int>(file->size), size,
                                                &config, ranges);
  if (font) font->FallbackChar = kMissingGlyph;  // ImFont::BuildLookupTable keeps it (it is in the atlas)
  return font;
}
}  // namespace

void RequestGlyphs(AppFonts& fonts, std::string_view utf8) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* end = p + utf8.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0xC4) { ++p; continue; }  // ASCII, Latin-1 (C2, C3) and stray continuation bytes
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (end - p < length) break;
    uint32_t cp = length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (int k = 1; k < length; ++k) cp = (cp << 6) | (p[k] & 0x3Fu);
    fonts.wanted_blocks |= BlockBit(cp);
    p += length;
  }
}

size_t CountMissingGlyphs(const ImFont& font, std::string_view utf8) {
  size_t missing = 0;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x20 && c < 0x7F) { ++p; continue; }
    int length = 1;
    bool invalid = false;
    const uint32_t cp = DecodeUtf8(p, end, &length, &invalid);
    p += length;
    if (invalid || cp == '\n' || cp == '\t' || cp == '\r') continue;
    if (!font.FindGlyphNoFallback(static_cast<ImWchar>(cp))) ++missing;
  }
  return missing;
}

bool BuildFonts(AppFonts& fonts, float pixel_ratio) {
  pixel_ratio = std::clamp(pixel_ratio, 0.5f, 4.0f);
  fonts.wanted_blocks |= StartBlocks();
  const bool same_ratio = fonts.pixel_ratio > 0 && std::fabs(fonts.pixel_ratio - pixel_ratio) < 0.01f;
  if (same_ratio && (fonts.wanted_blocks & ~fonts.built_blocks) == 0) return false;
  fonts.ranges.clear();
  for (int i = 0; i < kBlockCount; ++i) {
    if (!(fonts.wanted_blocks & (1u << i))) continue;
    fonts.ranges.push_back(kBlocks[i].first);
    fonts.ranges.push_back(kBlocks[i].last);
  }
  fonts.ranges.push_back(0);
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const biaslens::EmbeddedFile* ttf = biaslens_app_assets::FindEmbeddedFile("fonts/DejaVuSans-subset.ttf");
  fonts.regular = AddFont(ttf, std::round(kBodyFontSize * pixel_ratio), fonts.ranges.data());
  fonts.heading = AddFont(ttf, std::round(19.0f * pixel_ratio), fonts.ranges.data());
  fonts.small = AddFont(ttf, std::round(12.5f * pixel_ratio), fonts.ranges.data());
  io.Fonts->Build();
  io.FontDefault = fonts.regular;
  io.FontGlobalScale = 1.0f / pixel_ratio;
  fonts.pixel_ratio = pixel_ratio;
  fonts.built_blocks = fonts.wanted_blocks;
  return true;
}

}  // namespace biaslens
