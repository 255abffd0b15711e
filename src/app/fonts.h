// The UI fonts: DejaVu Sans (embedded) at three sizes, rasterized for the device pixel ratio.
// The atlas holds the font's glyphs block by block (Latin-1, Greek, Cyrillic, …): it starts
// with the blocks the UI itself and most news text need, and gains a block the first time
// text that uses it is loaded (RequestGlyphs), so start-up rasterizes ~370 glyphs per size
// instead of the font's ~2,700.
#pragma once
#include <cstddef>
#include <string_view>

#include "app/app_state.h"

namespace biaslens {

constexpr float kBodyFontSize = 15.0f;  // logical pixels

// Drawn for a character the font has no glyph for (emoji, Arabic, Hebrew, CJK, …): "▯", the
// box browsers show, rather than ImGui's default "�", which in this app means a bad byte.
constexpr ImWchar kMissingGlyph = 0x25AF;

// How many characters of `utf8` `font` draws as kMissingGlyph (control characters other than
// line breaks and tabs included). Bad bytes are not counted: they are drawn as U+FFFD.
size_t CountMissingGlyphs(const ImFont& font, std::string_view utf8);

// Notes which of the font's glyph blocks `utf8` uses; a block not in the atlas yet is
// added at the next BuildFonts(). Call it for every text that reaches the screen from
// outside the program (articles, file names, messages, typed input). Cheap for ASCII.
void RequestGlyphs(AppFonts& fonts, std::string_view utf8);

// Rebuilds the ImGui font atlas when `pixel_ratio` differs from the one `fonts` was built
// for, or when RequestGlyphs asked for a block the atlas lacks. Sets io.FontGlobalScale =
// 1 / pixel_ratio. Returns true when the atlas changed (the renderer re-uploads it). Call
// it outside a frame (before ImGui::NewFrame).
bool BuildFonts(AppFonts& fonts, float pixel_ratio);

}  // namespace biaslens
