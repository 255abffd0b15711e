// Bad input: whatever people paste or drop gets one clear message naming the file or line,
// never a crash or a hang, and every good record next to a bad one still comes out.
// Goes through the same two doors as the CLI and the page: ReadArticles() and Scorer::Score().
#include <doctest/doctest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/corpus_io.h"
#include "core/embedded_files.h"
#include "core/lexicon.h"
#include "core/report.h"
#include "core/scorer.h"
#include "core/text.h"
#include "test_support.h"
#include "core/utf8.h"

using namespace biaslens;

namespace {

// Deterministic pseudo-random bytes (no std::random: identical on every platform).
std::string PseudoRandomBytes(size_t n, uint32_t seed) {
  std::string out(n, '\0');
  for (size_t i = 0; i < n; ++i) {
    seed = seed * 1664525u + 1013904223u;
    out[i] = static_cast<char>(seed >> 24);
  }
  return out;
}

// Scores `text` and checks the report is well formed in every offset unit: offsets inside
// the text, ranges ordered, JSON that dumps and reads back. Returns the report.
Report ScoreAndCheck(const std::string& text, const std::string& title = "") {
  Article a;
  a.id = "bad-input";
  a.title = title;
  a.text = text;
  Report r;
  std::string error;
  REQUIRE_MESSAGE(SharedScorer().Score(a, &r, &error), error);
  const uint32_t n = static_cast<uint32_t>(text.size());
  for (const Span& s : r.spans) CHECK((s.start <= s.end && s.end <= n));
  for (const SentenceReport& s : r.sentences) CHECK((s.start <= s.end && s.end <= n));
  CHECK(IsValidUtf8(r.title));
  for (OffsetUnit unit : {OffsetUnit::kUtf8, OffsetUnit::kCodepoint, OffsetUnit::kUtf16}) {
    const nlohmann::json j = ReportToJson(r, text, unit);
    const uint64_t limit = OffsetMapper(text, unit).Map(n);
    for (const auto& s : j["spans"]) CHECK(s["end"].get<uint64_t>() <= limit);
    for (const auto& s : j["sentences"]) CHECK(s["end"].get<uint64_t>() <= limit);
    const std::string dumped = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    CHECK_FALSE(nlohmann::json::parse(dumped, nullptr, false).is_discarded());
  }
  return r;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool Contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("bad input: empty and blank files") {
  for (const std::string name : {"empty.txt", "empty", "empty.json", "empty.jsonl"}) {
    CAPTURE(name);
    const ArticleBatch b = ReadArticles(name, "");
    CHECK(b.articles.empty());
    REQUIRE(b.errors.size() == 1);
    CHECK(StartsWith(b.errors[0], name));
  }
  CHECK(ReadArticles("blank.txt", " \n\t\r\n  ").errors.at(0) == "blank.txt: is empty");
  CHECK(ReadArticles("blank.jsonl", "\n \n\r\n").errors.at(0) == "blank.jsonl: no articles in this file");
  CHECK(ReadArticles("empty.json", "[]").errors.at(0) == "empty.json: no articles in this file");
  // The scorer itself takes empty text (the JS API may hand it one) and reports nothing.
  const Report r = ScoreAndCheck("");
  CHECK(r.stats.words == 0);
  CHECK(r.spans.empty());
}

TEST_CASE("bad input: invalid UTF-8 is read as U+FFFD, scored, and warned about") {
  const std::string text = "Ferry fees \xC3\x28 may rise\n\xFF\xFE The council \xE2\x80 could vote \xED\xA0\x80 soon. Caf\xE9.";
  const ArticleBatch b = ReadArticles("latin1.txt", text);
  REQUIRE(b.articles.size() == 1);
  CHECK(b.errors.empty());
  const Report r = ScoreAndCheck(text);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "invalid UTF-8 from byte 11 read as U+FFFD");
  CHECK(r.title == "Ferry fees \xEF\xBF\xBD( may rise");  // the headline, repaired
  // Truncated sequences at the very end of the text.
  for (const char* tail : {"\xC3", "\xE2\x80", "\xF0\x9F\x98"}) ScoreAndCheck(std::string("It may rain ") + tail);
}

TEST_CASE("bad input: NUL bytes") {
  const std::string with_nul("The council may\0 vote.", 22);
  const ArticleBatch b = ReadArticles("nul.txt", with_nul);
  CHECK(b.articles.empty());
  CHECK(b.errors.at(0) == "nul.txt: looks like a binary file (it contains NUL bytes), not text");
  // A JSONL line whose text has an escaped NUL is refused by line, the next line still comes out.
  const ArticleBatch l = ReadArticles("nul.jsonl", "{\"text\":\"a\\u0000b\"}\n{\"text\":\"Fine.\"}\n");
  REQUIRE(l.articles.size() == 1);
  CHECK(l.articles[0].id == "nul.jsonl:2");
  CHECK(StartsWith(l.errors.at(0), "nul.jsonl:1: \"text\" looks like a binary file"));
  // Scorer::Score does not read NUL as an end of string (the JS API passes lengths).
  const Report r = ScoreAndCheck(with_nul);
  CHECK(r.stats.words >= 4);
}

TEST_CASE("bad input: binary files are refused by name; the scorer survives them anyway") {
  const std::string elf = std::string("\x7F" "ELF\x02\x01\x01", 7) + PseudoRandomBytes(4096, 7);
  for (const std::string name : {"program", "image.txt", "data.json", "data.jsonl"}) {
    CAPTURE(name);
    const ArticleBatch b = ReadArticles(name, elf);
    CHECK(b.articles.empty());
    REQUIRE_FALSE(b.errors.empty());
    CHECK(StartsWith(b.errors[0], name));
  }
  // Mostly control bytes but no NUL.
  std::string controls(2000, '\x01');
  CHECK(Contains(ReadArticles("ctl.txt", controls).errors.at(0), "binary"));
  for (uint32_t seed = 1; seed <= 8; ++seed) ScoreAndCheck(PseudoRandomBytes(20000, seed));
  ScoreAndCheck(controls);
}

TEST_CASE("bad input: oversized articles get a clear message with the limit") {
  const std::string big(10u << 20, 'a');  // 10 MiB with no newline
  const ArticleBatch b = ReadArticles("big.txt", big);
  CHECK(b.articles.empty());
  CHECK(b.errors.at(0) == "big.txt: too large (10.0 MiB; the limit is 8 MiB per article)");
  Article a;
  a.id = "big";
  a.text = big;
  Report r;
  std::string error;
  CHECK_FALSE(SharedScorer().Score(a, &r, &error));
  CHECK(error == "article 'big' is 10 MiB; the limit is 8 MiB");
  // Just under the limit is accepted by the reader.
  CHECK(ReadArticles("edge.txt", std::string(kMaxArticleBytes, 'a')).articles.size() == 1);
}

TEST_CASE("bad input: text that shows nothing is empty; a NUL or text past 64 KiB is seen") {
  for (const std::string& invisible : {std::string("\xEF\xBB\xBF"), std::string("\xC2\xA0 \xE2\x80\x8B\n\xE3\x80\x80")})
    CHECK(ReadArticles("blank.txt", invisible).errors.at(0) == "blank.txt: is empty");
  const std::string padding(100000, ' ');
  CHECK(ReadArticles("late.txt", padding + "The mayor said the plan may work.").articles.size() == 1);
  CHECK(Contains(ReadArticles("tail.txt", "The mayor said so. " + padding + std::string(1, '\0')).errors.at(0), "NUL"));
}

TEST_CASE("bad input: invalid UTF-8 inside JSON keeps the file's articles, with a warning") {
  const std::string json = "[{\"id\":\"a\",\"text\":\"The mayor said it may rain.\"},"
                           "{\"id\":\"b\",\"text\":\"Caf\xE9 owners said no.\"}]";
  const ArticleBatch b = ReadArticles("mixed.json", json);
  REQUIRE(b.articles.size() == 2);
  CHECK(b.errors.empty());
  CHECK(b.warnings == std::vector<std::string>{"mixed.json: invalid UTF-8 replaced with U+FFFD"});
  CHECK(b.articles[1].text == "Caf\xEF\xBF\xBD owners said no.");
  const ArticleBatch lines = ReadArticles("l.jsonl", "{\"text\":\"ok text\"}\n{\"text\":\"bad \xFF byte\"}\n");
  CHECK(lines.articles.size() == 2);
  CHECK(lines.warnings == std::vector<std::string>{"l.jsonl:2: invalid UTF-8 replaced with U+FFFD"});
}

TEST_CASE("bad input: a parse error quotes a bounded piece of a huge bad line") {
  const std::string line = "{\"text\": \"" + std::string(1u << 20, 'a');  // never closed
  const ArticleBatch b = ReadArticles("u.jsonl", line);
  REQUIRE(b.errors.size() == 1);
  CHECK(b.errors[0].size() < 300);
  CHECK(Contains(b.errors[0], "not valid JSON"));
}

TEST_CASE("bad input: titles and ids have limits of their own") {
  Article a;
  a.id = "t";
  a.text = "The mayor said the plan may work.";
  a.title = std::string(kMaxTitleBytes + 1, 't');
  Report r;
  std::string error;
  CHECK_FALSE(SharedScorer().Score(a, &r, &error));
  CHECK(Contains(error, "the title is"));
  a.title = "A title";
  a.id = std::string(kMaxIdBytes + 1, 'i');
  CHECK_FALSE(SharedScorer().Score(a, &r, &error));
  CHECK(Contains(error, "the id is"));
  a.id = "fine";
  CHECK(SharedScorer().Score(a, &r, &error));
}

TEST_CASE("bad input: a long text with no newline and one giant word") {
  std::string line;
  while (line.size() < (1u << 20)) line += "The council may raise fees, officials said, and it seems likely. ";
  const Report r = ScoreAndCheck(line);
  CHECK(r.sentences.size() > 1000);
  const Report word = ScoreAndCheck(std::string(200000, 'x'));  // longer than a token's 16-bit norm length
  CHECK(word.stats.words == 1);
}

TEST_CASE("bad input: hundreds of thousands of quote marks") {
  ScoreAndCheck(std::string(300000, '"'));
  std::string spaced;
  for (int i = 0; i < 100000; ++i) spaced += "\" ";
  ScoreAndCheck(spaced);
  std::string curly;
  for (int i = 0; i < 50000; ++i) curly += "\xE2\x80\x9Cmay\xE2\x80\x9D \xE2\x80\x98x ";
  const Report r = ScoreAndCheck(curly);
  CHECK(r.stats.quoted_words > 0);
  std::string singles(200000, '\'');
  ScoreAndCheck("\"" + singles);
}

TEST_CASE("bad input: deeply nested and wrong-shaped JSON") {
  SUBCASE("nesting past the limit is refused before the parser recurses") {
    CHECK(ReadArticles("deep.json", std::string(1000000, '[')).errors.at(0) == "deep.json: JSON nested deeper than 64 levels");
    std::string objects;
    for (int i = 0; i < 5000; ++i) objects += "{\"a\":";
    CHECK(Contains(ReadArticles("deep.json", objects).errors.at(0), "nested deeper"));
  }
  SUBCASE("brackets inside strings are text, not nesting") {
    const std::string text = std::string(1000, '[') + " may " + std::string(1000, '{');
    const ArticleBatch b = ReadArticles("brackets.json", nlohmann::json{{"text", text}}.dump());
    REQUIRE(b.articles.size() == 1);
    CHECK(b.articles[0].text == text);
  }
  SUBCASE("wrong shapes name the item") {
    CHECK(ReadArticles("s.json", "\"just a string\"").errors.at(0) ==
          "s.json: expected an article, an array of articles, or {\"articles\": […]}");
    CHECK(ReadArticles("n.json", "{\"articles\": 5}").errors.at(0) ==
          "n.json: expected an article, an array of articles, or {\"articles\": […]}");
    const ArticleBatch b = ReadArticles("mixed.json", R"([{"text":"Good one."}, 7, {"text":["a"]}, {"title":"x"}, {"text":"Also good.","id":{"x":1}}, {"text":"Last.","id":3}])");
    REQUIRE(b.articles.size() == 2);
    CHECK(b.articles[0].id == "mixed.json#0");
    CHECK(b.articles[1].id == "3");
    REQUIRE(b.errors.size() == 4);
    CHECK(StartsWith(b.errors[0], "mixed.json [1]: expected an article object"));
    CHECK(b.errors[1] == "mixed.json [2]: \"text\" must be a string");
    CHECK(b.errors[2] == "mixed.json [3]: missing \"text\"");
    CHECK(b.errors[3] == "mixed.json [4]: \"id\" must be a string");
  }
  SUBCASE("numbers out of double range are refused, not thrown (found by fuzz_corpus_reader)") {
    CHECK(ReadArticles("big.json", R"({"text":"ok.","score":1e400})").errors.at(0) ==
          "big.json: not valid JSON (number overflow parsing '1e400')");
    const ArticleBatch b = ReadArticles("big.jsonl", "[-1e999]\n{\"text\":\"Still here.\"}\n");
    REQUIRE(b.articles.size() == 1);
    CHECK(StartsWith(b.errors.at(0), "big.jsonl:1: not valid JSON (number overflow"));
  }
  SUBCASE("truncated and trailing garbage") {
    CHECK(StartsWith(ReadArticles("t.json", "{\"text\": \"abc").errors.at(0), "t.json: not valid JSON ("));
    CHECK(StartsWith(ReadArticles("t.json", "{\"text\": \"abc\"} xyz").errors.at(0), "t.json: not valid JSON ("));
    // A byte-order mark before the JSON is fine (editors on Windows write one).
    CHECK(ReadArticles("bom.json", "\xEF\xBB\xBF{\"text\":\"BOM first.\"}").articles.size() == 1);
  }
}

TEST_CASE("bad input: a JSONL stream with broken lines between good ones") {
  std::string jsonl;
  jsonl += "{\"id\":\"first\",\"text\":\"The council may raise fees.\"}\n";   // 1 good
  jsonl += "this is not json\n";                                               // 2 bad
  jsonl += "{\"id\":\"second\",\"text\":\"Officials reportedly agreed.\"}\r\n"; // 3 good (CRLF)
  jsonl += "{\"text\": 5}\n";                                                  // 4 bad
  jsonl += "\n";                                                               // 5 blank: skipped silently
  jsonl += std::string(200, '[') + "\n";                                       // 6 bad: too deep
  jsonl += "{\"id\":\"third\",\"text\":\"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\"}\n";  // 7 good
  jsonl += "{\"id\":\"x\"}\n";                                                 // 8 bad
  jsonl += "{\"id\":\"y\",\"text\":\"\"}\n";                                   // 9 bad: empty
  jsonl += "{\"text\": \"cut off";                                            // 10 bad, no newline
  const ArticleBatch b = ReadArticles("feed/stream.jsonl", jsonl);
  REQUIRE(b.articles.size() == 3);
  CHECK(b.articles[0].id == "first");
  CHECK(b.articles[1].id == "second");
  CHECK(b.articles[2].id == "third");
  REQUIRE(b.errors.size() == 6);
  CHECK(StartsWith(b.errors[0], "stream.jsonl:2: not valid JSON ("));
  CHECK(b.errors[1] == "stream.jsonl:4: \"text\" must be a string");
  CHECK(b.errors[2] == "stream.jsonl:6: JSON nested deeper than 64 levels");
  CHECK(b.errors[3] == "stream.jsonl:8: missing \"text\"");
  CHECK(b.errors[4] == "stream.jsonl:9: \"text\" is empty");
  CHECK(StartsWith(b.errors[5], "stream.jsonl:10: not valid JSON ("));
  for (const Article& a : b.articles) ScoreAndCheck(a.text);
}

TEST_CASE("bad input: pathological text shapes score without a crash") {
  std::string periods(100000, '.');
  ScoreAndCheck(periods + " lower case after the run");
  std::string bangs(100000, '!');
  ScoreAndCheck(bangs + " x");
  std::string paragraphs;
  for (int i = 0; i < 5000; ++i) paragraphs += "Related\n";
  ScoreAndCheck(paragraphs);
  std::string dashes;
  for (int i = 0; i < 50000; ++i) dashes += "a-";
  ScoreAndCheck(dashes);
  std::string dotted;
  for (int i = 0; i < 50000; ++i) dotted += "U.";
  ScoreAndCheck(dotted);
  std::string apostrophes;
  for (int i = 0; i < 50000; ++i) apostrophes += "n't";
  ScoreAndCheck(apostrophes);
  ScoreAndCheck(std::string(100000, '\n'));
  ScoreAndCheck(std::string(100000, ' ') + "x");
  std::string continuation(100000, '\x80');
  ScoreAndCheck(continuation + "\"" + continuation + "'");
  // A source phrase that reaches the text's last token (found by fuzz_score; read past the
  // tokens before 2026-12-04, seen under AddressSanitizer).
  ScoreAndCheck("\x01\x80\xff\xffm\xa0r\xe8.According t m");
}

TEST_CASE("bad input: lexicon files with wrong shapes are refused with a message") {
  Lexicon lex;
  std::string error;
  const char* const kBad[] = {
      "", "[]", "{}", "{\"name\":\"x\"}", "{\"name\":\"x\",\"entries\":5}",
      "{\"name\":\"x\",\"entries\":[{}]}", "{\"name\":\"x\",\"entries\":[{\"phrase\":\"*\"}]}",
      "{\"name\":\"x\",\"entries\":[{\"phrase\":\"\"}]}", "{\"name\":\"x\",\"entries\":[{\"phrase\":\"a\",\"weight\":\"w\"}]}",
      "{\"name\":5,\"entries\":[]}", "{\"name\":\"x\",\"entries\":[{\"phrase\":\"a\",\"category\":[1]}]}",
      "{\"name\":\"x\",\"version\":{},\"entries\":[]}"};
  for (const char* bad : kBad) {
    CAPTURE(bad);
    error.clear();
    CHECK_FALSE(ParseLexicon(bad, &lex, &error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("the scorer is built part by part; a broken asset file stops it with a message") {
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& f : biaslens_core_assets::EmbeddedFiles()) files.emplace_back(f.path, std::string(f.data, f.size));
  Article article;
  article.id = "a";
  article.text = "Headline\n\nOfficials said the shocking plan may possibly fail, a spokesman told reporters.";

  SUBCASE("one part a step, then the same scorer as in one go") {
    ScorerBuilder builder(files);
    int steps = 1;
    while (!builder.Step()) ++steps;
    CHECK(steps == ScorerBuilder::kSteps);
    CHECK(builder.Step());  // finished stays finished
    std::string error;
    std::unique_ptr<Scorer> stepped = builder.Take(&error);
    REQUIRE_MESSAGE(stepped != nullptr, error);
    CHECK(ReportToJsonText(stepped->Score(article), article.text) ==
          ReportToJsonText(SharedScorer().Score(article), article.text));
  }
  const std::pair<std::string, std::string> kBroken[] = {
      {"lexicons/hedges.json", "lexicons/hedges.json"}, {"models/attribution.json", "sources"},
      {"models/loaded.json", "loaded language"}};
  for (const auto& [broken, named] : kBroken) {
    SUBCASE(broken.c_str()) {
      bool found = false;
      for (auto& [path, bytes] : files)
        if (path == broken) { bytes = "{\"name\": "; found = true; }
      REQUIRE(found);
      std::string error;
      CHECK(ScorerBuilder(files).Take(&error) == nullptr);
      CHECK_MESSAGE(error.find(named) != std::string::npos, error);
    }
  }
}

TEST_CASE("bad input: UTF-8 once decoded as Windows-1252 is read repaired, with offsets into the text as given") {
  const std::string text =
      "Talks go on\n\nAhead of the talks, French President Fran\u00C3\u00A7ois Hollande said Europe must defend "
      "itself.";
  const Report r = ScoreAndCheck(text);
  REQUIRE(r.warnings.size() == 1);
  CHECK(Contains(r.warnings[0], "1 character of UTF-8 once decoded as Windows-1252"));
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].name == "Fran\u00E7ois Hollande");
  REQUIRE(r.attributions.size() == 1);
  const Range source = r.attributions[0].source;
  CHECK(text.substr(source.start, source.end - source.start) == "French President Fran\u00C3\u00A7ois Hollande");
  const Range cue = r.attributions[0].cue;
  CHECK(text.substr(cue.start, cue.end - cue.start) == "said");
  CHECK(r.sentences.back().end == text.size());
}
