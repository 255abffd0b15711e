// The page half of the JS boundary: commands window.BiasLens forwards to the running App
// (web/biaslens.js is the only caller). Same contracts as core_api.h: UTF-8 in with explicit
// lengths, malloc'd JSON out (freed with bl_free), {"error": …} instead of aborting.
// Every function answers {"error": "the app is not running"} before platform::TheApp() is set.
//
// [SECTION] Helpers
// [SECTION] Introspection: bl_app_ready, bl_state, bl_articles, bl_messages, bl_user_articles
// [SECTION] Corpus commands: add, remove, rename, import, clear, reset
// [SECTION] View and settings: view, voice toggle, theme, config
// [SECTION] Exports: JSON, CSV, PNG
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core_api.h"
#include "platform.h"

using namespace biaslens;
using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

constexpr const char* kNotRunning = "the app is not running yet (await BiasLens.ready)";

std::string_view Bytes(const char* data, size_t length) {
  return data ? std::string_view(data, length) : std::string_view();
}

json CommandResultJson(const CommandResult& result) {
  return {{"ok", result.ok}, {"added_ids", result.added_ids}, {"errors", result.errors}, {"queued", result.queued}};
}

const LoadedArticle* FindArticle(const App& app, const std::string& id) {
  for (const LoadedArticle& loaded : app.Articles())
    if (loaded.article.id == id) return &loaded;
  return nullptr;
}

// FNV-1a over what persistence stores, without hashing whole texts (called on a timer).
uint32_t Mix(uint32_t hash, std::string_view bytes) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 16777619u;
  return (hash ^ 0xFFu) * 16777619u;
}

// An export's text, malloc'd; nullptr, with a message in the app, when it does not fit in
// memory (the JS side then throws).
char* MallocExport(App& app, bool json) {
  std::string text;
  return platform::ExportText(app, json, &text) ? webapi::MallocString(text) : nullptr;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Introspection
//-----------------------------------------------------------------------------

// 1 once main() has initialised the App (BiasLens.ready waits for it), else 0.
BL_EXPORT int bl_app_ready() { return platform::TheApp() != nullptr ? 1 : 0; }

BL_EXPORT char* bl_state() {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    return webapi::MallocJson(app->StateJson());
  });
}

// The loaded articles' reports (the JS articles()), each with "user_added" and "outlet".
BL_EXPORT char* bl_articles(const char* offsets_name) {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    OffsetUnit unit = OffsetUnit::kUtf8;
    if (offsets_name && *offsets_name && !ParseOffsetUnit(offsets_name, &unit))
      return webapi::MallocError(std::string("unknown offsets \"") + offsets_name + "\"");
    // Written as text, report by report: a json tree of every report would take several times
    // the memory of the text.
    std::string out = "[";
    for (const LoadedArticle& loaded : app->Articles()) {
      if (out.size() > 1) out += ',';
      out += ReportToJsonText(loaded.report, loaded.article.text, unit);
      out.pop_back();  // the report's closing brace
      out += ",\"outlet\":";
      AppendJsonString(&out, loaded.article.outlet);
      out += loaded.user_added ? ",\"user_added\":true}" : ",\"user_added\":false}";
    }
    out += ']';
    return webapi::MallocString(out);
  });
}

BL_EXPORT char* bl_messages() {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  return webapi::MallocJson(app->Messages());
}

// What the page persists: [{id, title, text, outlet}] of the articles the reader added.
BL_EXPORT char* bl_user_articles() {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    json list = json::array();
    for (const LoadedArticle& loaded : app->Articles()) {
      if (!loaded.user_added) continue;
      const Article& a = loaded.article;
      list.push_back({{"id", a.id}, {"title", a.title}, {"text", a.text}, {"outlet", a.outlet}});
    }
    return webapi::MallocJson(list);
  });
}

// What the page persists of the default articles: App::DefaultCorpusEdits().
BL_EXPORT char* bl_default_corpus_edits() {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    return webapi::MallocJson(app->DefaultCorpusEdits());
  });
}

// A cheap fingerprint of the persisted data (user articles, edits of the default articles,
// view, voice, theme). The page polls it and saves only when it changes, so edits made
// inside the canvas persist too.
BL_EXPORT uint32_t bl_user_signature() {
  App* app = platform::TheApp();
  if (!app) return 0;
  uint32_t hash = 2166136261u;
  for (const LoadedArticle& loaded : app->Articles()) {
    if (!loaded.user_added) continue;
    hash = Mix(hash, loaded.article.id);
    hash = Mix(hash, loaded.article.title);
    hash = Mix(hash, loaded.article.outlet);
    hash = Mix(hash, std::to_string(loaded.article.text.size()));
  }
  hash = Mix(hash, webapi::DumpJson(app->DefaultCorpusEdits()));
  hash = Mix(hash, app->View());
  json state = app->StateJson();
  hash = Mix(hash, webapi::DumpJson(state.value("include_quoted", json())));
  hash = Mix(hash, webapi::DumpJson(state.value("theme", json())));
  return hash;
}

//-----------------------------------------------------------------------------
// [SECTION] Corpus commands
//-----------------------------------------------------------------------------

// article_json: {"id"?, "title"?, "text", "outlet"?}. Returns {"id": assigned id} or error.
BL_EXPORT char* bl_add_article(const char* article_json, size_t length) {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    std::string error;
    json object;
    if (!webapi::ParseJsonObject(Bytes(article_json, length), &object, &error))
      return webapi::MallocError("article: " + error);
    Article article;
    if (!webapi::OptionalString(object, "id", &article.id, &error) ||
        !webapi::OptionalString(object, "title", &article.title, &error) ||
        !webapi::OptionalString(object, "outlet", &article.outlet, &error) ||
        !webapi::OptionalString(object, "text", &article.text, &error))
      return webapi::MallocError("article: " + error);
    if (!object.contains("text")) return webapi::MallocError("article: \"text\" is missing");
    CommandResult result = app->AddArticle(std::move(article));
    if (!result.ok || result.added_ids.empty()) {
      std::string message = result.errors.empty() ? "the article was not added" : result.errors.front();
      return webapi::MallocError(message);
    }
    return webapi::MallocJson({{"id", result.added_ids.front()}});
  });
}

BL_EXPORT char* bl_remove_article(const char* id) {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  std::string key = id ? id : "";
  if (!app->RemoveArticle(key)) return webapi::MallocError("no article with id \"" + key + "\"");
  return webapi::MallocJson({{"ok", true}});
}

BL_EXPORT char* bl_rename_outlet(const char* id, const char* outlet) {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  std::string key = id ? id : "";
  if (!app->RenameOutlet(key, outlet ? outlet : "")) return webapi::MallocError("no article with id \"" + key + "\"");
  return webapi::MallocJson({{"ok", true}});
}

// A dropped or chosen file, or a corpus export: bytes as read, name for format and messages.
BL_EXPORT char* bl_import_file(const char* file_name, const char* bytes, size_t length) {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    return webapi::MallocJson(CommandResultJson(app->ImportFile(file_name ? file_name : "", Bytes(bytes, length))));
  });
}

// The same, scored a few articles per frame with a progress bar (App::QueueFile): returns the
// file's read errors at once and how many articles wait to be scored. `stoppable` 0: no Stop.
BL_EXPORT char* bl_queue_file(const char* file_name, const char* bytes, size_t length, int stoppable) {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    return webapi::MallocJson(
        CommandResultJson(app->QueueFile(file_name ? file_name : "", Bytes(bytes, length), stoppable != 0)));
  });
}

BL_EXPORT char* bl_cancel_imports() {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  app->CancelImports();
  return webapi::MallocJson({{"ok", true}});
}

BL_EXPORT char* bl_import_pasted(const char* bytes, size_t length) {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    return webapi::MallocJson(CommandResultJson(app->ImportPastedText(Bytes(bytes, length))));
  });
}

BL_EXPORT char* bl_clear_user_articles() {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  app->ClearUserArticles();
  return webapi::MallocJson({{"ok", true}});
}

// edits_json: what bl_default_corpus_edits() gave (saved by the page); see App::ApplyDefaultCorpusEdits.
BL_EXPORT char* bl_apply_default_corpus_edits(const char* edits_json, size_t length) {
  return webapi::Guarded([&]() -> char* {
    App* app = platform::TheApp();
    if (!app) return webapi::MallocError(kNotRunning);
    json edits;
    std::string error;
    if (!webapi::ParseJsonObject(Bytes(edits_json, length), &edits, &error)) return webapi::MallocError(error);
    app->ApplyDefaultCorpusEdits(edits);
    return webapi::MallocJson({{"ok", true}});
  });
}

BL_EXPORT char* bl_reset_corpus() {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  app->ResetToDefaultCorpus();
  return webapi::MallocJson({{"ok", true}});
}

//-----------------------------------------------------------------------------
// [SECTION] View and settings
//-----------------------------------------------------------------------------

BL_EXPORT char* bl_set_view(const char* name) {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  std::string view = name ? name : "";
  if (!app->SetView(view)) {
    std::string known;
    for (const std::string& v : App::ViewNames()) known += (known.empty() ? "" : ", ") + v;
    return webapi::MallocError("unknown view \"" + view + "\" (views: " + known + ")");
  }
  return webapi::MallocJson({{"view", app->View()}});
}

BL_EXPORT char* bl_open_reader(const char* id, uint32_t focus_byte) {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  std::string key = id ? id : "";
  if (!FindArticle(*app, key)) return webapi::MallocError("no article with id \"" + key + "\"");
  app->OpenReader(key, focus_byte);
  return webapi::MallocJson({{"view", app->View()}});
}

BL_EXPORT char* bl_set_include_quoted(int include) {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  app->SetIncludeQuoted(include != 0);
  return webapi::MallocJson({{"ok", true}});
}

BL_EXPORT char* bl_set_dark_theme(int dark) {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  app->SetDarkTheme(dark != 0);
  return webapi::MallocJson({{"ok", true}});
}

// config_json: {"embedded": bool, "hidden": [panel…], "initial_view": name,
// "load_default_corpus": bool}. With load_default_corpus false the seed articles are
// removed now (a lesson page shows only the articles it hands over).
BL_EXPORT char* bl_set_config(const char* config_json, size_t length) {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  std::string error;
  json object;
  if (!webapi::ParseJsonObject(Bytes(config_json, length), &object, &error))
    return webapi::MallocError("config: " + error);
  AppConfig config;
  if (!webapi::OptionalBool(object, "embedded", &config.embedded, &error) ||
      !webapi::OptionalBool(object, "load_default_corpus", &config.load_default_corpus, &error))
    return webapi::MallocError("config: " + error);
  if (auto it = object.find("hidden"); it != object.end()) {
    if (!it->is_array()) return webapi::MallocError("config: \"hidden\" must be an array of panel names");
    for (const json& name : *it) {
      if (!name.is_string()) return webapi::MallocError("config: \"hidden\" must be an array of panel names");
      config.hidden.push_back(name.get<std::string>());
    }
  }
  if (!webapi::OptionalString(object, "initial_view", &config.initial_view, &error))
    return webapi::MallocError("config: " + error);
  app->SetConfig(config);
  if (!config.load_default_corpus) {
    std::vector<std::string> seeds;
    for (const LoadedArticle& loaded : app->Articles())
      if (!loaded.user_added) seeds.push_back(loaded.article.id);
    for (const std::string& id : seeds) app->RemoveArticle(id);
  }
  if (object.contains("initial_view")) app->SetView(config.initial_view);
  return webapi::MallocJson({{"ok", true}});
}

//-----------------------------------------------------------------------------
// [SECTION] Exports
//-----------------------------------------------------------------------------

// Raw text (not JSON-wrapped): {"schema":1,"articles":[…]} — importable again by bl_import_file.
// nullptr (with a message in the app) when the export does not fit in memory.
BL_EXPORT char* bl_export_json() {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocError(kNotRunning);
  return MallocExport(*app, true);
}

// Raw CSV text, or nullptr as above. Before the app runs: an empty string (the JS side
// checks bl_app_ready first).
BL_EXPORT char* bl_export_csv() {
  App* app = platform::TheApp();
  if (!app) return webapi::MallocString("");
  return MallocExport(*app, false);
}

// The current view as PNG bytes: returns malloc'd bytes and writes their count to *size;
// nullptr (and *size = 0) when rendering failed or the app is not running.
BL_EXPORT unsigned char* bl_export_png(uint32_t* size) {
  *size = 0;
  App* app = platform::TheApp();
  if (!app) return nullptr;
  std::vector<unsigned char> png = platform::RenderFrameToPng(*app);
  if (png.empty()) return nullptr;
  unsigned char* out = static_cast<unsigned char*>(std::malloc(png.size()));
  if (!out) return nullptr;
  std::memcpy(out, png.data(), png.size());
  *size = static_cast<uint32_t>(png.size());
  return out;
}
