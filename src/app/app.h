// The biaslens application: all app state in one place. It owns the loaded articles and
// their reports, draws every view with Dear ImGui, and answers the commands that the
// platform layer forwards (drops, pastes, the JS API). It never parses text itself: the
// core's Scorer does, and the app draws the reports. The platform owns the loop:
//   App app; app.Init(config, &err);  each frame: NewFrame(); app.Frame(); Render();
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/report.h"
#include "core/scorer.h"

namespace biaslens {

// The largest file ImportFile / QueueFile read (a corpus of many articles); larger is refused.
constexpr size_t kMaxImportFileBytes = 4 * kMaxArticleBytes;

struct AppConfig {
  bool load_default_corpus = true;   // the five seed articles embedded at build time
  bool embedded = false;             // embedded in a lesson page: hide what `hidden` names
  std::vector<std::string> hidden;   // panel names to hide when embedded ("corpus", "export", "method", …)
  std::string initial_view = "overview";
  // The article text the app holds at once, over all articles (each is also under the core's
  // kMaxArticleBytes): an article that would pass it is refused with a message. The reports
  // of dense text take about ten times its size, and everything runs in the browser tab's
  // memory (1 GB at most); large corpora are for the command-line tool.
  size_t max_loaded_text_bytes = 16u << 20;
};

struct LoadedArticle {
  Article article;
  Report report;
  bool user_added = false;  // false for the default corpus
};

// Result of a corpus command. On failure nothing already loaded changes.
struct CommandResult {
  bool ok = true;
  std::vector<std::string> added_ids;
  std::vector<std::string> errors;  // one clear message per rejected item (file name / line)
  size_t queued = 0;                // QueueFile: articles left to score in the coming frames
};

class App {
 public:
  App();
  ~App();
  bool Init(const AppConfig& config, std::string* error);
  void Frame();  // between ImGui::NewFrame() and ImGui::Render(); fills io.DisplaySize
  void Shutdown();

  // Corpus commands.
  CommandResult AddArticle(Article article);   // id made unique if taken or empty
  bool RemoveArticle(const std::string& id);
  bool RenameOutlet(const std::string& id, const std::string& outlet);
  void ResetToDefaultCorpus();
  void ClearUserArticles();
  // The reader's changes to the default articles, for the page to keep over a reload:
  // {"removed": [id…], "outlets": {id: outlet}}, each only when not empty ({} without changes,
  // or without the default articles). Applying it again removes and renames those still
  // loaded as default articles; anything else in it (unknown ids, wrong shapes) is ignored.
  nlohmann::json DefaultCorpusEdits() const;
  void ApplyDefaultCorpusEdits(const nlohmann::json& edits);
  // A dropped or opened file: .txt (first line headline), .json (article, array, or corpus
  // export), .jsonl (one article a line). Bad bytes or shapes are reported, never thrown.
  CommandResult ImportFile(const std::string& file_name, std::string_view bytes);
  // The same files, for the reader's drops and opens: the file is read and its errors come
  // back at once, its articles are scored a few per frame (as long as the rest of the frame
  // takes, kImportBudgetMs to 4× that) while the app keeps drawing and shows the progress,
  // with a Stop button. Articles appear in file order; each one's errors go to Messages();
  // then "Added N articles from FILE".
  // `stoppable` false: no Stop button, and CancelImports() keeps it queued (the reader's
  // own saved articles, which stopping would drop from the browser's storage).
  CommandResult QueueFile(const std::string& file_name, std::string_view bytes, bool stoppable = true);
  void CancelImports();  // stops queued stoppable imports; what is scored stays
  static constexpr double kImportBudgetMs = 30;
  // Pasted text: JSON of an object or an array as a .json file (ImportFile: its refused
  // records are errors), JSON lines with an article in them as a .jsonl file, anything else
  // as one article (first line the headline).
  CommandResult ImportPastedText(std::string_view text);

  const std::vector<LoadedArticle>& Articles() const;
  // The scorer, loaded on first use (the shared one over the embedded assets); nullptr,
  // with a message, when the assets do not load.
  const Scorer* scorer() const;

  // Views: "overview", "compare", "sources", "reader", "method".
  static const std::vector<std::string>& ViewNames();
  bool SetView(const std::string& name);
  const std::string& View() const;
  void OpenReader(const std::string& article_id, uint32_t focus_byte = 0);
  void SetIncludeQuoted(bool include);  // the voice toggle: every chart follows
  void SetDarkTheme(bool dark);
  void SetConfig(const AppConfig& config);

  // Exports and introspection (JS API, CLI-free tests).
  nlohmann::json StateJson() const;   // {articles, view, views, frame_ms, include_quoted, theme, importing, …}
  std::string ExportJson() const;     // {"schema":1,"articles":[{article…, report…}]}
  std::string ExportCsv() const;      // header + one row per article
  void SetFrameMs(double ms);         // the platform reports the last frame time
  const std::vector<std::string>& Messages() const;  // user-visible errors/notices, newest last

  // Display. The platform calls BuildFonts(device pixel ratio) before every frame (outside
  // it); it rebuilds the atlas when the ratio changed or newly loaded text needs glyphs the
  // atlas lacks (fonts.h), and when it returns true the renderer must re-upload the font
  // texture. Fonts are rasterized at size × ratio and drawn at 1/ratio, so text stays crisp.
  bool BuildFonts(float pixel_ratio);
  float PixelRatio() const;
  // The page background the platform paints behind the (transparent) root window:
  // RGBA 0..1 at the top and bottom edge, following the theme.
  void BackgroundColors(float top[4], float bottom[4]) const;
  // Adds a user-visible notice to Messages() (e.g. "exported view.png").
  void AddMessage(const std::string& message);
  // What the Export menu calls with "png", "json" or "csv" (unset: the menu is hidden).
  void SetExportHandler(std::function<void(const std::string& format)> handler);
  // Start-up timeline: set before Init, `observer(phase)` is called as each start-up phase
  // ends ("fonts", "seeds" in Init; "scorer" when the scorer has loaded: in Init, or after
  // the first frames with SetDefaultCorpusReports); the web platform makes them performance marks.
  void SetPhaseObserver(std::function<void(const char* phase)> observer);
  // The default corpus's reports, computed when the program was built (JSON: {"schema":1,
  // "include_quoted":false,"articles":[{"id","text","report"}]}, utf8 offsets). Set before
  // Init; `json` must outlive the App. ResetToDefaultCorpus takes a seed's report from it
  // when its id and text equal the embedded seed's, else scores the seed; with it the
  // scorer loads after the first frames (kScorerLoadFrame) instead of before the first chart.
  void SetDefaultCorpusReports(std::string_view json);
  // Started from those reports, the scorer is built from this frame on, one part a frame
  // (ScorerBuilder::kSteps frames), unless something needs it sooner (then at once): after
  // the first charts are on screen and the page has settled, before a reader is likely to
  // paste an article.
  static constexpr int kScorerLoadFrame = 10;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace biaslens
