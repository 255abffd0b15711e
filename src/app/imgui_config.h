// Dear ImGui build configuration for biaslens (passed as IMGUI_USER_CONFIG to every
// target that includes imgui.h). IM_ASSERT stays on in release builds and goes through a
// replaceable handler, so the headless UI test can count misuse instead of aborting.
#pragma once

namespace biaslens {
// Called when an IM_ASSERT fails. The default prints the expression once per call site to
// stderr and continues; tests install their own (see tests/ui/test_ui_smoke.cpp).
using ImGuiAssertHandler = void (*)(const char* expression, const char* file, int line);
void SetImGuiAssertHandler(ImGuiAssertHandler handler);
void ReportImGuiAssert(const char* expression, const char* file, int line);
}  // namespace biaslens

#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : ::biaslens::ReportImGuiAssert(#_EXPR, __FILE__, __LINE__))
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
// 32-bit characters: emoji and other code points past U+FFFF reach the font lookup and are
// drawn as the missing-glyph box (app/fonts.h) instead of turning into U+FFFD.
#define IMGUI_USE_WCHAR32
// 32-bit vertex indices: one window may hold more than 65,536 vertices (a long text in the
// reader view), which 16-bit indices would wrap.
#define ImDrawIdx unsigned int
