// Loaded language: which wording is flagged (words, caps runs, exclamation, clickbait, scare
// quotes), whose voice it is in, what the headline and body metrics count, what boilerplate
// is left out of, how the span metric scores, and how accurate the detector is.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "core/embedded_files.h"
#include "core/evaluation.h"
#include "core/loaded.h"
#include "core/loaded_caps.h"
#include "core/loaded_model.h"
#include "core/report.h"
#include "core/scorer.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

using namespace biaslens;

namespace {

// Scores `text` with a separate `title` (no line of the text is a headline).
Report ScoreTitled(const std::string& title, const std::string& text, bool include_quoted = false) {
  Article a;
  a.id = "t";
  a.title = title;
  a.text = text;
  ScoreOptions options;
  options.include_quoted = include_quoted;
  return SharedScorer().Score(a, options);
}

// Scores `text` whose first line is its headline.
Report ScoreArticle(const std::string& text) { return ScoreTitled("", text); }

std::vector<const Span*> Spans(const Report& r, SpanKind kind) {
  std::vector<const Span*> out;
  for (const Span& s : r.spans) if (s.kind == kind) out.push_back(&s);
  return out;
}

std::vector<std::string> Cues(const Report& r, SpanKind kind) {
  std::vector<std::string> out;
  for (const Span* s : Spans(r, kind)) out.push_back(s->cue);
  return out;
}

bool HasCueContaining(const Report& r, SpanKind kind, const std::string& word) {
  for (const Span* s : Spans(r, kind)) if (s->cue.find(word) != std::string::npos) return true;
  return false;
}


}  // namespace

TEST_CASE("all-caps runs are one span each; acronyms and initialisms are not runs") {
  SUBCASE("a shouting headline is one caps span over the whole run") {
    const Report r = ScoreArticle("INEXPLICABLE MOVE, OBAMA IN SHOCK: Putin orders the withdrawal\n\nThe troops left on Monday.");
    REQUIRE(Spans(r, SpanKind::kCaps).size() == 1);
    CHECK(Spans(r, SpanKind::kCaps)[0]->cue == "INEXPLICABLE MOVE, OBAMA IN SHOCK");
    CHECK(Spans(r, SpanKind::kCaps)[0]->rule == "shape:caps-run");
    CHECK(r.Metric("caps_runs") == 1);
  }
  SUBCASE("acronyms, initialisms and names are not shouting") {
    const Report r = ScoreTitled(
        "Talks resume", "Officials from NATO, the U.N., the NYPD and the BBC discussed ISIS and the S-400 "
        "with the EU and the US. Obama met Putin in Moscow. The FBI and CIA said GDP data from the IMF was late.");
    CHECK(Cues(r, SpanKind::kCaps).empty());
    CHECK(r.Metric("caps_runs") == 0);
  }
  SUBCASE("a run mixing acronyms with shouted words still counts, once") {
    const Report r = ScoreTitled("News", "Then the headline read: NATO CHIEFS FURIOUS AS US SLAMS DEAL and people shared it.");
    REQUIRE(Spans(r, SpanKind::kCaps).size() == 1);
    CHECK(Spans(r, SpanKind::kCaps)[0]->cue == "NATO CHIEFS FURIOUS AS US SLAMS DEAL");
  }
  SUBCASE("the shape rules of AcronymSet") {
    AcronymSet acronyms;  // empty list: shape alone decides
    const Document doc = AnalyzeText("NYPD S-400 U.N. EU IN THE SHOCK OBAMA BBC");
    std::vector<bool> looks;
    for (const Token& t : doc.tokens)
      if (doc.Has(t, kTokWord)) looks.push_back(acronyms.LooksLikeAcronym(doc, t));
    // NYPD S-400 U.N. EU are acronym-shaped; IN THE SHOCK OBAMA are words; BBC has no vowel.
    CHECK(looks == std::vector<bool>{true, true, true, true, false, false, false, false, true});
  }
}

TEST_CASE("loaded words are found, and their voice is the speaker's") {
  SUBCASE("reporter voice") {
    const Report r = ScoreTitled("Budget", "The senator's disgraceful and shameful betrayal of voters shocked the capital.");
    CHECK(HasCueContaining(r, SpanKind::kLoaded, "disgraceful"));
    for (const Span* s : Spans(r, SpanKind::kLoaded)) {
      CHECK(s->voice == Voice::kReporter);
      CHECK(s->weight > 0.0f);
      CHECK(s->weight <= 1.0f);
      CHECK((s->rule.rfind("lexicon:loaded.", 0) == 0 || s->rule == "model:loaded"));
    }
    CHECK(r.Metric("loaded_per_100w") > 0);
    CHECK(r.sentences.at(0).loaded);
  }
  SUBCASE("quoted voice is reported beside, and counted only on request") {
    const std::string text = "The senator spoke on Tuesday. \"This is a disgraceful, shameful betrayal,\" she said.";
    const Report r = ScoreTitled("Budget", text);
    REQUIRE(HasCueContaining(r, SpanKind::kLoaded, "disgraceful"));
    for (const Span* s : Spans(r, SpanKind::kLoaded))
      if (s->cue.find("disgraceful") != std::string::npos) CHECK(s->voice == Voice::kQuoted);
    CHECK(r.Metric("loaded_quoted_per_100w") > 0);
    const Report with_quotes = ScoreTitled("Budget", text, /*include_quoted=*/true);
    CHECK(with_quotes.Metric("loaded_per_100w") > r.Metric("loaded_per_100w"));
  }
  SUBCASE("a word that is a label in one sense only is flagged in that sense") {
    // "hack" names a break-in as often as a partisan: only the name-calling phrase is a label.
    const Report r = ScoreTitled("Emails", "The hack exposed emails of the campaign. Investigators blamed the "
                                           "hack on a foreign service. He called the senator a political hack.");
    CHECK(HasCueContaining(r, SpanKind::kLoaded, "political hack"));
    for (const Span* s : Spans(r, SpanKind::kLoaded)) {
      CAPTURE(s->cue);
      CHECK(s->cue.find("political hack") != std::string::npos);
    }
  }
  SUBCASE("sober wording stays unflagged") {
    const Report r = ScoreTitled("Budget", "The Senate voted 52 to 48 on Tuesday to approve the budget. "
                                            "The bill now goes to the House of Representatives.");
    CHECK(Spans(r, SpanKind::kLoaded).empty());
    CHECK(r.Metric("loaded_raw") == 0);
  }
}

TEST_CASE("a loaded word inside a lexicon phrase highlights the whole phrase") {
  // "up" alone scores over the threshold in "covering up"; a reader must see the phrase.
  const Report r = ScoreTitled("Inquiry", "Officials were covering up the connection. They covered up the body. "
                                          "He railed against the plan.");
  for (const Span* s : Spans(r, SpanKind::kLoaded)) {
    CAPTURE(s->cue);
    if (s->cue.find("up") != std::string::npos)  // never "up" alone
      CHECK((s->cue.find("covering up") != std::string::npos || s->cue.find("covered up") != std::string::npos));
  }
  CHECK(HasCueContaining(r, SpanKind::kLoaded, "covering up"));
  CHECK(HasCueContaining(r, SpanKind::kLoaded, "covered up"));
}

TEST_CASE("the headline is scored apart from the body") {
  const std::string body = "\n\nThe Senate voted 52 to 48 on Tuesday to approve the budget. The bill now goes to the House.";
  const Report loud = ScoreArticle("SHOCKING BETRAYAL: Senators Slam Disastrous Budget Deal" + body);
  const Report calm = ScoreArticle("Senate approves budget" + body);
  CHECK(loud.Metric("loaded_headline") > 0);
  CHECK(loud.Metric("loaded_body") == doctest::Approx(calm.Metric("loaded_body")));
  CHECK(calm.Metric("loaded_headline") == 0);
  CHECK(loud.Metric("loaded_raw") > calm.Metric("loaded_raw"));
  // loaded_raw = 0.75 * body + 0.25 * min(headline, 50)
  CHECK(loud.Metric("loaded_raw") ==
        doctest::Approx(0.75 * loud.Metric("loaded_body") + 0.25 * std::min(loud.Metric("loaded_headline"), 50.0)));
  REQUIRE(!loud.sentences.empty());
  CHECK(loud.sentences[0].headline);
  CHECK(loud.sentences[0].loaded);
}

TEST_CASE("a title given apart from the text is scored as the headline") {
  const std::string body = "The Senate voted 52 to 48 on Tuesday to approve the budget. The bill now goes to the House.";
  const Report loud = ScoreTitled("SHOCKING BETRAYAL: Senators Slam Disastrous Budget Deal", body);
  const Report calm = ScoreTitled("Senate approves budget", body);
  CHECK(loud.Metric("loaded_headline") > 0);
  CHECK(calm.Metric("loaded_headline") == 0);
  CHECK(loud.Metric("loaded_body") == doctest::Approx(calm.Metric("loaded_body")));
  CHECK(loud.Metric("loaded_raw") > calm.Metric("loaded_raw"));
  // The title is not in the text: no span may point into the text for it.
  for (const Span& s : loud.spans) CHECK(s.end <= body.size());
  CHECK(loud.headline.empty());
  CHECK(loud.title == "SHOCKING BETRAYAL: Senators Slam Disastrous Budget Deal");
  // Its evidence is in title_spans, at offsets in the title, in every JSON writer.
  REQUIRE_FALSE(loud.title_spans.empty());
  CHECK(calm.title_spans.empty());
  for (const Span& s : loud.title_spans) {
    REQUIRE(s.end <= loud.title.size());
    CHECK(s.start < s.end);
  }
  CHECK(std::any_of(loud.title_spans.begin(), loud.title_spans.end(), [](const Span& s) { return s.kind == SpanKind::kCaps; }));
  const nlohmann::json j = ReportToJson(loud, body, OffsetUnit::kCodepoint);
  CHECK(j["title_spans"].size() == loud.title_spans.size());
  CHECK(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) == ReportToJsonText(loud, body, OffsetUnit::kCodepoint));
  CHECK_FALSE(ReportToJson(calm, body).contains("title_spans"));
  Report back;
  std::string error;
  REQUIRE_MESSAGE(ReportFromJson(ReportToJson(loud, body), &back, &error), error);
  CHECK(ReportToJson(back, body) == ReportToJson(loud, body));
}

TEST_CASE("exclamation marks") {
  const Report r = ScoreTitled("Note", "This is unbelievable!!! Really! The end.");
  const auto marks = Spans(r, SpanKind::kExclaim);
  REQUIRE(marks.size() == 2);
  CHECK(marks[0]->cue == "!!!");
  CHECK(marks[0]->weight == doctest::Approx(1.0));
  CHECK(marks[1]->cue == "!");
  CHECK(marks[1]->weight == doctest::Approx(0.5));
  CHECK(r.Metric("exclamations") == 2);
}

TEST_CASE("clickbait patterns") {
  SUBCASE("a media tag in the headline") {
    const Report r = ScoreArticle("Fighter Jet Intercepts Passenger Plane (VIDEO)\n\nThe jet flew past on Monday.");
    REQUIRE(Spans(r, SpanKind::kClickbait).size() == 1);
    CHECK(Spans(r, SpanKind::kClickbait)[0]->cue == "(VIDEO)");
    CHECK(Spans(r, SpanKind::kClickbait)[0]->rule == "pattern:clickbait.media-tag");
    CHECK(r.Metric("loaded_headline") > 0);
  }
  SUBCASE("a teaser headline, but not the same words in running prose") {
    const Report teaser = ScoreArticle("You won't believe what the senator said next\n\nShe spoke on Monday.");
    CHECK(HasCueContaining(teaser, SpanKind::kClickbait, "believe"));
    const Report prose = ScoreTitled(
        "Budget", "Analysts at the central bank said on Monday that the reason why the budget talks stalled was a "
                  "dispute over pensions, and that negotiators expected a compromise before the end of the month "
                  "when the fiscal year closes.");
    CHECK(Spans(prose, SpanKind::kClickbait).empty());
  }
}

TEST_CASE("scare quotes") {
  const Report scare = ScoreTitled("Climate", "The so-called \"experts\" disagreed with the panel.");
  CHECK(Cues(scare, SpanKind::kScareQuote) == std::vector<std::string>{"\"experts\""});
  const Report quote = ScoreTitled("Climate", "The minister said the plan was \"a disaster\" for farmers.");
  CHECK(Spans(quote, SpanKind::kScareQuote).empty());
}

TEST_CASE("boilerplate is left out of every span and score") {
  const std::string article = "Senators slam disastrous deal\n\nThe Senate voted on Tuesday. Critics called it a "
                              "disgraceful betrayal.";
  const std::string crumb = "Home / Politics / SHOCKING BETRAYAL EXPOSED, SENATE IN CHAOS\n";
  const Report plain = ScoreArticle(article);
  const Report with_crumb = ScoreArticle(crumb + article);
  uint32_t crumb_end = static_cast<uint32_t>(crumb.size());
  for (const Span& s : with_crumb.spans) {
    if (s.kind == SpanKind::kBoilerplate) continue;
    CHECK_MESSAGE(s.start >= crumb_end, "span in boilerplate: " << s.cue);
  }
  for (const SentenceReport& s : with_crumb.sentences) if (s.boilerplate) CHECK_FALSE(s.loaded);
  CHECK(with_crumb.Metric("loaded_raw") == doctest::Approx(plain.Metric("loaded_raw")));
  CHECK(with_crumb.Metric("caps_runs") == 0);
}

TEST_CASE("without a model the lexicon weights decide") {
  std::string error;
  const AssetSet assets = EmbeddedAssets({"models/loaded.json"});
  std::unique_ptr<LoadedDetector> detector = LoadedDetector::Create(assets, &error);
  REQUIRE_MESSAGE(detector != nullptr, error);
  const std::string text = "Critics called the deal a disgraceful betrayal. The vote was on Tuesday.";
  TextOptions text_options;
  text_options.first_line_is_headline = false;
  const Document doc = AnalyzeText(text, text_options);
  Report r = EmptyReportFor(doc);
  detector->Run(doc, ScoreOptions{}, &r);
  REQUIRE(!r.spans.empty());
  CHECK(r.spans[0].cue.find("disgraceful") != std::string::npos);
  CHECK(r.spans[0].rule == "lexicon:loaded.adjective");
  REQUIRE(r.sentences.size() == 2);
  CHECK(r.sentences[0].loaded);
  CHECK_FALSE(r.sentences[1].loaded);
}

TEST_CASE("a broken model is an error, not a silent fallback") {
  AssetSet assets = EmbeddedAssets();
  assets.files["models/loaded.json"] = "{\"threshold\": 0.3}";
  std::string error;
  CHECK(LoadedDetector::Create(assets, &error) == nullptr);
  CHECK(error.find("weights") != std::string::npos);
}

TEST_CASE("the word features are the trainer's (tools/train_loaded.py word_features)") {
  const AssetSet assets = EmbeddedAssets();
  const std::string* bytes = assets.Find("models/loaded.json");
  REQUIRE(bytes != nullptr);
  LoadedModel model;
  std::string error;
  REQUIRE_MESSAGE(model.Parse(*bytes, &error), error);
  CHECK(model.threshold() > 0);
  CHECK(model.threshold() < 1);
  const Document doc = AnalyzeText("Critics slammed Obama's reckless plan.", TextOptions{false});
  CategoryTags tags(doc.tokens.size(), -1);
  const std::vector<std::string> categories = {"verb"};
  tags[1] = 0;  // "slammed"
  const std::vector<std::string> f = model.Features(doc, tags, categories, 1);
  const std::vector<std::string> expected = {"bias", "w=slammed", "st=slamm", "s3=med", "p=critics", "n=obama", "lex=verb"};
  CHECK(f == expected);
  const std::vector<std::string> g = model.Features(doc, tags, categories, 2);  // "Obama": capitalised, after a verb
  CHECK(std::find(g.begin(), g.end(), "cap") != g.end());
  CHECK(std::find(g.begin(), g.end(), "lexp=verb") != g.end());
  CHECK(model.Stem("shocking") == "shock");
  CHECK(model.Stem("gas") == "gas");  // too short to lose its "s"
}

TEST_CASE("the sentence features are the trainer's (tools/train_loaded.py sentence_features)") {
  const AssetSet assets = EmbeddedAssets();
  LoadedModel model;
  std::string error;
  REQUIRE_MESSAGE(model.Parse(*assets.Find("models/loaded.json"), &error), error);
  REQUIRE(model.has_sentence_model());
  CHECK(model.sentence_threshold() > 0);
  CHECK(model.sentence_threshold() < 1);
  const Document doc = AnalyzeText("Critics slammed the plan, \"a reckless disaster,\" the critics said.", TextOptions{false});
  REQUIRE(doc.sentences.size() == 1);
  const Sentence& s = doc.sentences[0];
  CategoryTags tags(doc.tokens.size(), -1);
  const std::vector<std::string> categories = {"verb", "adjective"};
  std::vector<double> p(s.end_token - s.first_token, -1.0);
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const std::string_view w = doc.Norm(doc.tokens[i]);
    if (!IsLoadedCandidate(doc.tokens[i])) continue;
    p[i - s.first_token] = 0.05;
    if (w == "slammed") { p[i - s.first_token] = 0.62; tags[i] = 0; }
    if (w == "reckless") { p[i - s.first_token] = 0.95; tags[i] = 1; }  // quoted: the critics' word, not read
  }
  const std::vector<std::string> f = model.SentenceFeatures(doc, tags, categories, s, p);
  // Reporter-voice words once each, sorted; the highest probability in twentieths (0.62 -> 12,
  // capped at 9); one word at or above the word threshold.
  const std::vector<std::string> expected = {"bias", "mx=9", "nt=1", "w=critics", "w=plan", "w=said",
                                             "w=slammed", "w=the", "lex=verb"};
  CHECK(f == expected);
  for (double& x : p) if (x > 0.1) x = 0.12;  // nothing reaches the threshold now
  const std::vector<std::string> g = model.SentenceFeatures(doc, tags, categories, s, p);
  CHECK(g.at(1) == "mx=2");
  CHECK(g.at(2) == "nt=0");
}

TEST_CASE("loaded model: the fast reader and the JSON parser read the shipped model alike") {
  const AssetSet shipped = EmbeddedAssets();
  // A decimal weight of a feature no word has sends the file down the JSON parser's path.
  AssetSet general = shipped;
  std::string& model = general.files["models/loaded.json"];
  const size_t weights = model.find("\"weights\"");
  REQUIRE(weights != std::string::npos);
  model.insert(model.find('{', weights) + 1, "\"never=a feature\":1.5,");
  std::string error;
  const std::unique_ptr<LoadedDetector> fast = LoadedDetector::Create(shipped, &error);
  REQUIRE_MESSAGE(fast != nullptr, error);
  const std::unique_ptr<LoadedDetector> tree = LoadedDetector::Create(general, &error);
  REQUIRE_MESSAGE(tree != nullptr, error);
  const Document doc = AnalyzeText(
      "Senate in chaos\n\nCritics slammed the disgraceful deal as a shameless betrayal. The vote was held on "
      "Tuesday. \"It is an utterly absurd fiasco,\" one senator said. The regime's thugs have totally "
      "destroyed the economy.", TextOptions{false});
  Report a = EmptyReportFor(doc), b = EmptyReportFor(doc);
  fast->Run(doc, ScoreOptions{}, &a);
  tree->Run(doc, ScoreOptions{}, &b);
  REQUIRE(a.spans.size() == b.spans.size());
  REQUIRE(a.spans.size() >= 3);
  for (size_t k = 0; k < a.spans.size(); ++k) {
    CHECK(a.spans[k].start == b.spans[k].start);
    CHECK(a.spans[k].end == b.spans[k].end);
    CHECK(a.spans[k].weight == b.spans[k].weight);  // the same probabilities, bit for bit
  }
  for (size_t k = 0; k < a.sentences.size(); ++k) CHECK(a.sentences[k].loaded == b.sentences[k].loaded);
}

TEST_CASE("loaded model: every word and every sentence gets the probability of its feature hashes, bit for bit") {
  const AssetSet assets = EmbeddedAssets();
  LoadedModel model;
  std::string error;
  REQUIRE_MESSAGE(model.Parse(*assets.Find("models/loaded.json"), &error), error);
  std::vector<std::string> texts = {
      "SHOCK: Critics slammed Obama's reckless plan!\n\n\"It is an utterly absurd fiasco,\" one senator said. "
      "The regime's thugs have totally destroyed 3,000 jobs in 2016 -- unprecedented.",
      "Xqzzy", "a", "The", "Glorpingly flurbled zorps"};
  // And the development corpora, when they are here: every word of them.
  const std::filesystem::path dir = std::filesystem::path(BIASLENS_DATA_DIR) / "eval" / "loaded";
  for (const char* name : {"ptc.jsonl", "babe.jsonl"}) {
    std::ifstream in(dir / name);
    for (std::string line; std::getline(in, line);) {
      const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
      if (record.is_object() && record.contains("text") && record["text"].is_string()) texts.push_back(record["text"]);
    }
  }
  const std::vector<std::string> categories = {"verb", "adjective"};
  REQUIRE(model.has_sentence_model());
  size_t words = 0, differ = 0, differ_in_ranges = 0, sentences = 0, sentences_differ = 0;
  std::vector<double> in_range;
  for (const std::string& text : texts) {
    const Document doc = AnalyzeText(text);
    CategoryTags tags(doc.tokens.size(), -1);
    for (size_t i = 0; i < tags.size(); i += 7) tags[i] = static_cast<int16_t>(i % 2);  // categories here and there
    // Probabilities() of the whole text, and over ranges that start and end anywhere (pieces of
    // 5), against each word's feature hashes summed one by one.
    auto expected = [&](uint32_t i) {
      return IsLoadedCandidate(doc.tokens[i]) ? model.ProbabilityByFeatureHashes(doc, tags, categories, i) : -1.0;
    };
    const uint32_t size = static_cast<uint32_t>(doc.tokens.size());
    for (uint32_t first = 0; first < size; first += 5) {
      const uint32_t end = std::min(first + 5, size);
      model.Probabilities(doc, tags, categories, first, end, &in_range);
      for (uint32_t i = first; i < end; ++i)
        if (in_range[i - first] != expected(i)) ++differ_in_ranges;
    }
    model.Probabilities(doc, tags, categories, 0, size, &in_range);
    for (uint32_t i = 0; i < size; ++i) {
      if (!IsLoadedCandidate(doc.tokens[i])) continue;
      ++words;
      if (in_range[i] != expected(i)) ++differ;
    }
    // The sentence model adds its weights in text order, each distinct word once; the reference sorts them.
    for (const Sentence& s : doc.sentences) {
      const std::vector<double> p(in_range.begin() + s.first_token, in_range.begin() + s.end_token);
      ++sentences;
      if (model.SentenceProbability(doc, tags, categories, s, p) !=
          model.SentenceProbabilityByFeatureHashes(doc, tags, categories, s, p))
        ++sentences_differ;
    }
  }
  MESSAGE(words << " words and " << sentences << " sentences compared");
  CHECK(words > 10);
  CHECK(sentences > 3);
  CHECK(differ == 0);
  CHECK(differ_in_ranges == 0);
  CHECK(sentences_differ == 0);
}

TEST_CASE("a sentence the sentence model reads as biased gets its strongest word as evidence; a span flags it") {
  AssetSet assets = EmbeddedAssets();
  nlohmann::json model = nlohmann::json::parse(*assets.Find("models/loaded.json"));
  const std::string sober = "The Senate voted on Tuesday. Critics called the deal a disgraceful, shameful betrayal. "
                            "OBAMA IN SHOCK over the vote. \"We are furious,\" the senator said.";
  struct Result {
    std::vector<bool> flags;
    std::vector<Span> evidence;  // spans of the sentence model
  };
  auto run_with_bias = [&](double bias) {
    model["sentence"]["weights"] = {{"bias", bias * model.value("weight_divisor", 1.0)}};  // in the file's units
    AssetSet changed = assets;
    changed.files["models/loaded.json"] = model.dump();
    std::string error;
    std::unique_ptr<LoadedDetector> detector = LoadedDetector::Create(changed, &error);
    REQUIRE_MESSAGE(detector != nullptr, error);
    const Document doc = AnalyzeText(sober, TextOptions{false});
    Report r = EmptyReportFor(doc);
    detector->Run(doc, ScoreOptions{}, &r);
    REQUIRE(r.sentences.size() == 4);
    CHECK(HasCueContaining(r, SpanKind::kLoaded, "disgraceful"));  // word spans do not depend on it
    Result result;
    for (const SentenceReport& s : r.sentences) result.flags.push_back(s.loaded);
    for (const Span& span : r.spans)
      if (span.rule == "model:loaded-sentence") result.evidence.push_back(span);
    return result;
  };
  // Every sentence read as biased: the first gets its strongest word as evidence; the second
  // has triggers of its own and the third a caps run, evidence enough; the fourth has only
  // "the senator said" in the reporter's voice, so it gets "senator", never a quoted word.
  const Result biased = run_with_bias(5.0);
  CHECK(biased.flags == std::vector<bool>{true, true, true, true});
  REQUIRE(biased.evidence.size() == 2);
  CHECK(biased.evidence[0].end <= sober.find("Critics"));
  CHECK(biased.evidence[0].kind == SpanKind::kLoaded);
  CHECK(biased.evidence[1].start > sober.find("furious"));
  CHECK(biased.evidence[1].cue == "senator");  // never a function word ("the", "said")
  CHECK(biased.evidence[0].cue != "The");
  for (const Span& span : biased.evidence) CHECK(span.voice == Voice::kReporter);
  // Nothing read as biased: no evidence, and a sentence is flagged by its own counted spans
  // (the triggers, the shouting), never by the quoted "furious" alone.
  const Result sober_reading = run_with_bias(-5.0);
  CHECK(sober_reading.evidence.empty());
  CHECK(sober_reading.flags == std::vector<bool>{false, true, true, false});
  SUBCASE("a weight_divisor that is not a positive number is an error") {
    for (const nlohmann::json& divisor : {nlohmann::json(0), nlohmann::json(-10), nlohmann::json("10")}) {
      model["weight_divisor"] = divisor;
      assets.files["models/loaded.json"] = model.dump();
      std::string error;
      CHECK(LoadedDetector::Create(assets, &error) == nullptr);
      CHECK(error.find("weight_divisor") != std::string::npos);
    }
  }
  SUBCASE("a malformed sentence model is an error") {
    model["sentence"] = {{"weights", {{"bias", 1.0}}}};  // no threshold
    assets.files["models/loaded.json"] = model.dump();
    std::string error;
    CHECK(LoadedDetector::Create(assets, &error) == nullptr);
    CHECK(error.find("sentence") != std::string::npos);
  }
}

TEST_CASE("the SemEval-2020 Task 11 span metric gives partial credit by overlap length") {
  SpanOverlapAccumulator acc;
  // predicted [0,10) overlaps gold [5,15) by 5: precision 5/10, recall 5/10.
  acc.AddDocument({{0, 10}}, {{5, 15}});
  Prf r = acc.Result();
  CHECK(r.precision == doctest::Approx(0.5));
  CHECK(r.recall == doctest::Approx(0.5));
  CHECK(r.f1 == doctest::Approx(0.5));
  // a second document: one exact hit and one miss. precision (0.5 + 1 + 0) / 3, recall (0.5 + 1) / 2.
  acc.AddDocument({{0, 4}, {10, 12}}, {{0, 4}});
  r = acc.Result();
  CHECK(r.precision == doctest::Approx(1.5 / 3));
  CHECK(r.recall == doctest::Approx(1.5 / 2));
  CHECK(acc.predicted() == 3);
  CHECK(acc.gold() == 2);
  CHECK(acc.predicted_touching() == 2);  // [10,12) touches nothing
  CHECK(acc.gold_touched() == 2);
  // Ceilings: without [10,12), precision (0.5 + 1) / 2; recall unchanged.
  CHECK(acc.TouchingOnly().precision == doctest::Approx(1.5 / 2));
  CHECK(acc.TouchingOnly().recall == doctest::Approx(1.5 / 2));
  // [0,10) reshaped to [5,15) and [0,4) kept: precision (1 + 1 + 0) / 3, recall (1 + 1) / 2.
  CHECK(acc.Reshaped().precision == doctest::Approx(2.0 / 3));
  CHECK(acc.Reshaped().recall == doctest::Approx(1.0));

  SUBCASE("overlapping or touching spans count once, on both sides") {
    SpanOverlapAccumulator merged;
    // predicted [0,4) and [4,8) are one span [0,8); gold [2,3) and [2,6) are one span [2,6).
    merged.AddDocument({{4, 8}, {0, 4}}, {{2, 6}, {2, 3}});
    CHECK(merged.predicted() == 1);
    CHECK(merged.gold() == 1);
    CHECK(merged.Result().precision == doctest::Approx(4.0 / 8));
    CHECK(merged.Result().recall == doctest::Approx(1.0));
    // One predicted span touching two gold spans is reshaped to both of them.
    SpanOverlapAccumulator two;
    two.AddDocument({{0, 10}}, {{1, 2}, {8, 12}});
    CHECK(two.Reshaped().precision == doctest::Approx(1.0));
    CHECK(two.Reshaped().recall == doctest::Approx(1.0));
    CHECK(two.gold_touched() == 2);
  }
}

TEST_CASE("accuracy on the development corpora stays above its floor") {
  const std::filesystem::path dir = std::filesystem::path(BIASLENS_DATA_DIR) / "eval" / "loaded";
  if (!std::filesystem::exists(dir / "ptc.jsonl") || !std::filesystem::exists(dir / "babe.jsonl")) {
    MESSAGE("skipped: no evaluation data at " << dir.string());
    return;
  }
  std::string error;
  const EvalResult ptc = EvaluateLoadedPtc(SharedScorer(), (dir / "ptc.jsonl").string(), &error);
  REQUIRE_MESSAGE(error.empty(), error);
  const EvalResult babe = EvaluateLoadedBabe(SharedScorer(), (dir / "babe.jsonl").string(), &error);
  REQUIRE_MESSAGE(error.empty(), error);
  MESSAGE("PTC span F1 " << ptc.Figure("span_f1") << ", BABE macro F1 " << babe.Figure("macro_f1"));
  // Development (= training) numbers: 0.36 and 0.80; the cross-validated estimate is in docs/loaded.md.
  CHECK(ptc.Figure("span_f1") >= 0.33);
  CHECK(babe.Figure("macro_f1") >= 0.76);
  CHECK(ptc.records >= 100);
  CHECK(babe.records >= 1000);
}
