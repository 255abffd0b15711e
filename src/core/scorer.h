// The core's front door: Scorer loads the lexicons and calibration once, then turns
// articles into reports. Thread-safe for concurrent Score() calls after construction.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/calibration.h"
#include "core/lexicon.h"
#include "core/report.h"

namespace biaslens {

class HedgeDetector;
class LoadedDetector;
class AttributionDetector;
struct AssetSet;

struct ScoreOptions {
  bool include_quoted = false;          // scores count quoted voice too (the app's voice toggle)
  bool first_line_is_headline = true;   // when Article::title is empty (off for sentence corpora)
};

// Hard limits; larger input is rejected with a clear error (see docs/limits.md).
constexpr size_t kMaxArticleBytes = 8u << 20;  // 8 MiB of text per article
constexpr size_t kMaxTitleBytes = 64u << 10;   // 64 KiB of title (a headline, not a text)
constexpr size_t kMaxIdBytes = 4u << 10;       // 4 KiB of id

class Scorer {
 public:
  // Lexicons and calibration compiled into the binary (assets/ at build time).
  static std::unique_ptr<Scorer> FromEmbeddedAssets(std::string* error);
  // One process-wide scorer over the embedded assets, built on the first call (thread-safe);
  // later calls return it. nullptr with *error set when the assets do not load.
  static const Scorer* Shared(std::string* error);
  // Builds one part of the shared scorer (ScorerBuilder::Step), so that a caller with a
  // frame budget spreads the work over frames; true once Shared() returns at once.
  static bool BuildSharedStep();
  // Reads <dir>/lexicons/*.json and <dir>/calibration.json (for curating lexicons).
  static std::unique_ptr<Scorer> FromDirectory(const std::string& assets_dir, std::string* error);
  ~Scorer();

  // Scores one article. Never throws; oversized input returns false with *error set.
  bool Score(const Article& article, Report* report, std::string* error,
             const ScoreOptions& options = {}) const;
  Report Score(const Article& article, const ScoreOptions& options = {}) const;  // asserts on error

  const std::vector<Lexicon>& lexicons() const { return lexicons_; }
  const Calibration& calibration() const { return calibration_; }

 private:
  friend class ScorerBuilder;
  Scorer();

  std::vector<Lexicon> lexicons_;
  Calibration calibration_;
  std::unique_ptr<HedgeDetector> hedges_;
  std::unique_ptr<LoadedDetector> loaded_;
  std::unique_ptr<AttributionDetector> attributions_;
};

// Builds a Scorer from asset files ((path, bytes): "lexicons/….json", "models/….json",
// "calibration.json") one part at a time: the lexicons and calibration, the sources model, the
// hedging model, the loaded-language model.
class ScorerBuilder {
 public:
  static constexpr int kSteps = 4;
  explicit ScorerBuilder(std::vector<std::pair<std::string, std::string>> files);
  ~ScorerBuilder();
  // Builds the next part; true once every part is built or one failed.
  bool Step();
  // The scorer (building what is left first), or nullptr with *error set. Once only.
  std::unique_ptr<Scorer> Take(std::string* error);

 private:
  std::vector<std::pair<std::string, std::string>> files_;
  std::unique_ptr<AssetSet> assets_;
  std::unique_ptr<Scorer> scorer_;
  std::string error_;
  int next_ = 0;
};

}  // namespace biaslens
