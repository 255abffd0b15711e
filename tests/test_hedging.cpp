// Hedging: which words hedge a claim in context, which boost it, whose voice they are in,
// what the metrics count, how the evaluator scores, and how accurate the detector is.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/evaluation.h"
#include "core/hedging.h"
#include "core/hedging_model.h"
#include "core/lexicon.h"
#include "core/report.h"
#include "core/scorer.h"
#include "core/text.h"
#include "test_support.h"

using namespace biaslens;

namespace {

// Scores `text` as an article whose title came separately (so no line is a headline).
Report ScoreText(const std::string& text, bool include_quoted = false) {
  Article a;
  a.id = "t";
  a.title = "Test";
  a.text = text;
  ScoreOptions options;
  options.include_quoted = include_quoted;
  return SharedScorer().Score(a, options);
}

std::vector<const Span*> SpansOf(const Report& r, SpanKind kind) {
  std::vector<const Span*> out;
  for (const Span& s : r.spans) if (s.kind == kind) out.push_back(&s);
  return out;
}

std::vector<std::string> CuesOf(const Report& r, SpanKind kind) {
  std::vector<std::string> out;
  for (const Span* s : SpansOf(r, kind)) out.push_back(s->cue);
  return out;
}

using Cues = std::vector<std::string>;

}  // namespace

TEST_CASE("epistemic modals are judged in context") {
  SUBCASE("\"may\" the modal is a hedge, \"May\" the month is not") {
    CHECK(CuesOf(ScoreText("The ceasefire may collapse within days."), SpanKind::kHedge) == Cues{"may"});
    CHECK(CuesOf(ScoreText("The talks resumed in May after a pause."), SpanKind::kHedge).empty());
    CHECK(CuesOf(ScoreText("On May 6, the army left the city."), SpanKind::kHedge).empty());
    CHECK(CuesOf(ScoreText("The treaty was signed on 22 May 1907."), SpanKind::kHedge).empty());
    CHECK(CuesOf(ScoreText("Prices may rise again in May."), SpanKind::kHedge) == Cues{"may"});
  }
  SUBCASE("in a Title Case headline a capital says nothing: \"May\" is the modal there") {
    Article a;
    a.id = "h";
    a.text = "Russia May Pull Its Troops Out Of Syria\nThe Kremlin announced the move on Monday.";
    const Report r = SharedScorer().Score(a);
    CHECK(CuesOf(r, SpanKind::kHedge) == Cues{"May"});
  }
  SUBCASE("a rule names why a hedge was found, and the month rule is named in the docs") {
    const Report r = ScoreText("The ceasefire may collapse within days.");
    REQUIRE(r.spans.size() >= 1);
    CHECK(r.spans[0].rule == "model:hedge.modal");
    CHECK(r.spans[0].cue == "may");
  }
  SUBCASE("\"could not\" is past inability, \"could\" before a verb speculates") {
    CHECK(CuesOf(ScoreText("He could not be reached for comment."), SpanKind::kHedge).empty());
    CHECK(CuesOf(ScoreText("Officials said the strike could delay the vote."), SpanKind::kHedge) == Cues{"could"});
  }
  SUBCASE("\"likely voters\" is a polling term; \"likely\" before a verb or a role still hedges") {
    CHECK(CuesOf(ScoreText("Clinton leads among likely voters by six points."), SpanKind::kHedge).empty());
    CHECK(CuesOf(ScoreText("The poll of likely Republican primary voters ended Monday."), SpanKind::kHedge).empty());
    CHECK(CuesOf(ScoreText("Turnout will likely fall, and voters are tired."), SpanKind::kHedge) == Cues{"likely"});
    CHECK(CuesOf(ScoreText("He is the likely nominee of the party."), SpanKind::kHedge) == Cues{"likely"});
  }
  SUBCASE("\"would\" in a plain report of plans is not a hedge") {
    CHECK(CuesOf(ScoreText("He said the company would open a plant next year."), SpanKind::kHedge).empty());
  }
}

TEST_CASE("doxastic, appearance, reporting and phrasal hedges") {
  CHECK(CuesOf(ScoreText("Analysts expect the trend to continue."), SpanKind::kHedge) == Cues{"expect"});
  CHECK(CuesOf(ScoreText("The minister appears to have resigned."), SpanKind::kHedge) == Cues{"appears"});
  CHECK(CuesOf(ScoreText("Putin has reportedly called Assad."), SpanKind::kHedge) == Cues{"reportedly"});
  const Report r = ScoreText("It remains to be seen what happens next.");
  REQUIRE(SpansOf(r, SpanKind::kHedge).size() == 1);
  CHECK(SpansOf(r, SpanKind::kHedge)[0]->cue == "It remains to be seen");
  CHECK(SpansOf(r, SpanKind::kHedge)[0]->rule == "lexicon:hedge.phrase");
  SUBCASE("a plain factual sentence has no hedge") {
    CHECK(CuesOf(ScoreText("The army withdrew 3,000 troops on Tuesday."), SpanKind::kHedge).empty());
  }
  SUBCASE("approximators hedge only a quantity") {
    CHECK(CuesOf(ScoreText("Roughly 300 people attended the rally."), SpanKind::kHedge) == Cues{"Roughly"});
    CHECK(CuesOf(ScoreText("The guards treated them roughly."), SpanKind::kHedge).empty());
  }
}

TEST_CASE("boosters are reported apart from hedges") {
  const Report r = ScoreText("The evidence clearly shows the plan failed.");
  CHECK(CuesOf(r, SpanKind::kBooster) == Cues{"clearly"});
  CHECK(SpansOf(r, SpanKind::kHedge).empty());
  CHECK(SpansOf(r, SpanKind::kBooster)[0]->rule == "lexicon:booster.certainty");
  SUBCASE("a negated booster boosts nothing") {
    CHECK(CuesOf(ScoreText("The plan did not clearly fail."), SpanKind::kBooster).empty());
  }
  SUBCASE("\"not certain\" is a hedge") {
    const Report n = ScoreText("Officials are not certain the deal will hold.");
    CHECK(CuesOf(n, SpanKind::kHedge) == Cues{"not certain"});
    CHECK(SpansOf(n, SpanKind::kBooster).empty());
  }
}

TEST_CASE("voice: hedges inside a quotation are the source's") {
  const std::string text = "\"I think the task is done,\" Putin said on Monday at the Kremlin in Moscow.";
  const Report r = ScoreText(text);
  const auto hedges = SpansOf(r, SpanKind::kHedge);
  REQUIRE(hedges.size() == 1);
  CHECK(hedges[0]->cue == "think");
  CHECK(hedges[0]->voice == Voice::kQuoted);
  CHECK(text.substr(hedges[0]->start, hedges[0]->end - hedges[0]->start) == "think");
  SUBCASE("reporter-voice metrics leave it out, the quoted rate counts it") {
    CHECK(r.Metric("hedges_per_100w", -1) == 0);
    CHECK(r.Metric("hedging_raw", -1) == 0);
    CHECK(r.Metric("hedges_quoted_per_100w") > 0);
    CHECK_FALSE(r.sentences.at(0).hedged);
  }
  SUBCASE("include_quoted counts it") {
    const Report q = ScoreText(text, /*include_quoted=*/true);
    CHECK(q.Metric("hedges_per_100w") > 0);
    CHECK(q.sentences.at(0).hedged);
  }
}

TEST_CASE("boilerplate lines are never scored") {
  const std::string text =
      "Russia began pulling its jets out of Syria on Tuesday.\n"
      "Check Also\n"
      "Scientists may have found the cure\n";
  const Report r = ScoreText(text);
  CHECK(SpansOf(r, SpanKind::kHedge).empty());
  CHECK(r.Metric("hedging_raw", -1) == 0);
}

TEST_CASE("metrics and sentence flags") {
  // 10 reporter words per sentence; one hedge ("may", weight from the lexicon) in the second.
  const std::string text =
      "The army moved its heavy guns to the north on Tuesday.\n"
      "The move may change the course of the war this year.";
  const Report r = ScoreText(text);
  const auto hedges = SpansOf(r, SpanKind::kHedge);
  REQUIRE(hedges.size() == 1);
  REQUIRE(r.sentences.size() == 2);
  CHECK_FALSE(r.sentences[0].hedged);
  CHECK(r.sentences[1].hedged);
  const double words = r.stats.reporter_words;
  REQUIRE(words == 22);
  CHECK(r.Metric("hedges_per_100w") == doctest::Approx(100.0 / words));
  CHECK(r.Metric("hedging_raw") == doctest::Approx(100.0 * hedges[0]->weight / words));
  CHECK(r.Metric("hedged_sentence_share") == doctest::Approx(0.5));
  CHECK(r.Metric("boosters_per_100w", -1) == 0);
  SUBCASE("an empty article has zero rates, not NaN") {
    const Report e = ScoreText(" ");
    CHECK(e.Metric("hedges_per_100w", -1) == 0);
    CHECK(e.Metric("hedging_raw", -1) == 0);
  }
}

TEST_CASE("the context model file") {
  HedgeModel model;
  std::string error;
  SUBCASE("scores by the sum of its feature weights") {
    REQUIRE(model.Parse(R"({"threshold": 0.4, "weights": {"bias": -1.0, "e=may": 3.0}})", &error));
    CHECK(model.threshold() == doctest::Approx(0.4));
    CHECK(model.Probability(std::vector<std::string>{"bias"}) == doctest::Approx(1 / (1 + std::exp(1.0))));
    CHECK(model.Probability(std::vector<std::string>{"bias", "e=may", "unknown"}) == doctest::Approx(1 / (1 + std::exp(-2.0))));
  }
  SUBCASE("features are named as tools/train_hedging.py names them, hashed or not") {
    const Document doc = AnalyzeText("The deal may collapse.", TextOptions{false});
    REQUIRE(doc.sentences.size() == 1);
    const CueOccurrence cue{&doc, &doc.sentences[0], 2, 3, false};
    const std::vector<std::string> names = HedgeFeatures(cue, "may", "modal");
    for (const char* expected : {"bias", "e=may", "k=modal", "s=may", "e=may|p1=deal", "e=may|n1=collapse",
                                 "e=may|n1n2=collapse_.", "e=may|p2p1=the_deal", "k=modal|n1=collapse", "p1=deal"})
      CHECK_MESSAGE(std::find(names.begin(), names.end(), expected) != names.end(), expected);
    REQUIRE(model.Parse(R"({"threshold": 0.5, "weights": {"e=may|p1=deal": 1.5, "e=may|n1n2=collapse_.": -0.5}})", &error));
    HedgeFeatureSet set;
    CollectHedgeFeatures(cue, "may", "modal", &set);
    CHECK(model.Probability(set) == doctest::Approx(model.Probability(names)));
    CHECK(model.Probability(set) == doctest::Approx(1 / (1 + std::exp(-1.0))));
  }
  SUBCASE("a broken file is an error, not a silent empty model") {
    CHECK_FALSE(model.Parse(R"({"weights": {}})", &error));
    CHECK(error.find("threshold") != std::string::npos);
    CHECK_FALSE(model.Parse("not json", &error));
    CHECK_FALSE(model.Parse(R"({"threshold": 0.5, "weights": {"bias": "1"}})", &error));
    CHECK(error.find("bias") != std::string::npos);
    CHECK_FALSE(model.Parse(R"({"threshold": 0.5, "weights": {"bias": 1}} extra)", &error));
  }
  SUBCASE("a repeated weight: the last one stands, as in JSON") {
    REQUIRE(model.Parse(R"({"threshold": 0.5, "weights": {"bias": 1.0, "bias": -2.0}})", &error));
    CHECK(model.size() == 1);
    CHECK(model.Probability(std::vector<std::string>{"bias"}) == doctest::Approx(1 / (1 + std::exp(2.0))));
  }
}

TEST_CASE("the context model file: the fast reader and the JSON parser read the shipped model alike") {
  const AssetSet assets = EmbeddedAssets();
  const std::string& shipped = assets.files.at("models/hedging.json");
  // A repeated "threshold" member of the same value: the same model to a JSON parser, and
  // not what the fast reader takes.
  const nlohmann::json j = nlohmann::json::parse(shipped);
  std::string general = shipped;
  general.insert(general.find('{') + 1, "\"threshold\": " + j.at("threshold").dump() + ",");
  HedgeModel fast_model, general_model;
  std::string error;
  REQUIRE_MESSAGE(fast_model.Parse(shipped, &error), error);
  REQUIRE_MESSAGE(general_model.Parse(general, &error), error);
  CHECK(fast_model.threshold() == general_model.threshold());
  CHECK(fast_model.version() == general_model.version());
  CHECK(fast_model.size() == general_model.size());
  CHECK(fast_model.size() == j.at("weights").size());
  for (const auto& item : j.at("weights").items()) {
    const std::string name = item.key();
    const nlohmann::json& weight = item.value();
    CAPTURE(name);
    const double p = fast_model.Probability(std::vector<std::string>{name});
    CHECK(p == general_model.Probability(std::vector<std::string>{name}));
    CHECK(p == doctest::Approx(1 / (1 + std::exp(-static_cast<double>(weight.get<float>())))));
  }
}

TEST_CASE("the hedging evaluator's arithmetic") {
  namespace fs = std::filesystem;
  const fs::path path = fs::temp_directory_path() / "biaslens_test_hedging_eval.jsonl";
  {
    std::ofstream out(path);
    // 1: gold epistemic, found (true positive; cue "may" overlaps).
    out << R"({"id":"a","text":"The deal may collapse.","epistemic":true,"cues":[{"start":9,"end":12,"type":"modal_probable"}]})" << "\n";
    // 2: gold epistemic, missed (false negative): "surmise" is no cue of ours.
    out << R"({"id":"b","text":"We surmise the deal is off.","epistemic":true,"cues":[{"start":3,"end":10,"type":"hypo_doxastic"}]})" << "\n";
    // 3: no cue in gold, predicted (false positive).
    out << R"({"id":"c","text":"Analysts expect a rebound.","epistemic":false,"cues":[]})" << "\n";
    // 4: only a condition cue in gold, predicted: excused, neither true nor false.
    out << R"({"id":"d","text":"If it rains, the match might stop.","epistemic":false,"cues":[{"start":0,"end":2,"type":"hypo_condition"}]})" << "\n";
    // 5: nothing anywhere (true negative). 6: not JSON (skipped).
    out << R"({"id":"e","text":"The match ended at noon.","epistemic":false,"cues":[]})" << "\n";
    out << "{broken\n";
  }
  std::string error;
  const EvalResult r = EvaluateHedging(SharedScorer(), path.string(), &error);
  fs::remove(path);
  REQUIRE(error.empty());
  CHECK(r.records == 5);
  CHECK(r.skipped == 1);
  CHECK(r.Figure("true_positive_sentences") == 1);
  CHECK(r.Figure("excused_condition_only") == 1);
  CHECK(r.Figure("sentence_precision") == doctest::Approx(0.5));  // 1 of 2 counted predictions
  CHECK(r.Figure("sentence_recall") == doctest::Approx(0.5));     // 1 of 2 gold sentences
  CHECK(r.Figure("sentence_f1") == doctest::Approx(0.5));
  CHECK(r.Figure("predicted_hedge_cues") == 3);
  CHECK(r.Figure("excused_hedge_cues") == 1);  // "might", beside a condition cue
  CHECK(r.Figure("cue_precision") == doctest::Approx(0.5));  // "may" right, "expect" wrong, "might" excused
  CHECK(r.Figure("cue_recall") == doctest::Approx(0.5));     // "may" found, "surmise" missed
  SUBCASE("a missing file is an error") {
    std::string why;
    EvaluateHedging(SharedScorer(), "/nonexistent/hedging.jsonl", &why);
    CHECK_FALSE(why.empty());
  }
}

// Accuracy floor on the development corpora, when ../shared/data is present. The floors sit a
// little below the measured development numbers (docs/hedging.md); the model was trained on
// these sentences, so they guard against regressions, while the cross-validated figures in the
// docs are the honest estimate for unseen text.
TEST_CASE("hedging accuracy on the development corpora stays above its floor") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(BIASLENS_DATA_DIR) / "eval" / "hedging";
  struct Floor { const char* file; double sentence_f1, cue_f1; };
  for (const Floor& floor : {Floor{"factbank.jsonl", 0.88, 0.85}, Floor{"wiki.jsonl", 0.83, 0.80}}) {
    const fs::path path = dir / floor.file;
    if (!fs::exists(path)) {
      MESSAGE("skipped: " << path.string() << " is not here (the annotated corpora live in ../shared/data)");
      continue;
    }
    std::string error;
    const EvalResult r = EvaluateHedging(SharedScorer(), path.string(), &error);
    REQUIRE_MESSAGE(error.empty(), error);
    INFO(r.ToText());
    CHECK(r.records > 1000);
    CHECK(r.Figure("sentence_f1") >= floor.sentence_f1);
    CHECK(r.Figure("cue_f1") >= floor.cue_f1);
  }
}

TEST_CASE("loading refuses broken hedging assets with a message") {
  const std::string hedges_ok = R"({"name": "hedges", "entries": [{"phrase": "may", "category": "modal", "gate": "model"}]})";
  const std::string hedges_bad_gate = R"({"name": "hedges", "entries": [{"phrase": "may", "category": "modal", "gate": "sometimes"}]})";
  const std::string boosters = R"({"name": "boosters", "entries": [{"phrase": "clearly", "category": "certainty"}]})";
  const std::string model = R"({"threshold": 0.5, "weights": {"e=may": 2.0}})";
  auto make_assets = [&](const std::string& hedges, bool with_model) {
    AssetSet assets;
    for (const auto& [path, bytes] : {std::make_pair(std::string("lexicons/hedges.json"), hedges),
                                      std::make_pair(std::string("lexicons/boosters.json"), boosters)}) {
      Lexicon lexicon;
      std::string why;
      REQUIRE_MESSAGE(ParseLexicon(bytes, &lexicon, &why), why);
      assets.lexicons.push_back(lexicon);
      assets.files[path] = bytes;
    }
    if (with_model) assets.files["models/hedging.json"] = model;
    return assets;
  };
  std::string error;
  CHECK(HedgeDetector::Create(make_assets(hedges_ok, true), &error) != nullptr);
  CHECK(HedgeDetector::Create(make_assets(hedges_bad_gate, true), &error) == nullptr);
  CHECK(error.find("sometimes") != std::string::npos);
  CHECK(HedgeDetector::Create(make_assets(hedges_ok, false), &error) == nullptr);
  CHECK(error.find("models/hedging.json") != std::string::npos);
}
