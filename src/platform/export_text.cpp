// platform::ExportText, shared by both platforms.
#include <new>
#include <string>

#include "app/app.h"
#include "platform/platform.h"

namespace biaslens::platform {

bool ExportText(App& app, bool json, std::string* text) {
  try {
    *text = json ? app.ExportJson() : app.ExportCsv();
    return true;
  } catch (const std::bad_alloc&) {
    app.AddMessage("Export failed: not enough memory for it. Remove some articles and try again.");
    return false;
  }
}

}  // namespace biaslens::platform
