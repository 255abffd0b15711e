// The UI fonts: DejaVu Sans (embedded) at three sizes, rasterized for the device pixel ratio.
#pragma once
#include "app/app_state.h"

namespace biaslens {

constexpr float kBodyFontSize = 15.0f;  // logical pixels

// Rebuilds the ImGui font atlas when `pixel_ratio` differs from the one `fonts` was built
// for. Sets io.FontGlobalScale = 1 / pixel_ratio. Returns true when the atlas changed.
bool BuildFonts(AppFonts& fonts, float pixel_ratio);

}  // namespace biaslens
