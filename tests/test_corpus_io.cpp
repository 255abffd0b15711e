// Reading articles from .txt, .json and .jsonl, with one clear message per bad item.
#include <doctest/doctest.h>

#include "core/corpus_io.h"
#include "core/scorer.h"

using namespace biaslens;

TEST_CASE("reading articles") {
  SUBCASE("a .txt file is one article named by its file") {
    const ArticleBatch b = ReadArticles("dir/004_x.txt", "Headline\nBody.");
    REQUIRE(b.articles.size() == 1);
    CHECK(b.articles[0].id == "004_x.txt");
    CHECK(b.errors.empty());
  }
  SUBCASE(".json: one article, an array, or a corpus export") {
    CHECK(ReadArticles("a.json", R"({"id":"x","text":"Hi there."})").articles.size() == 1);
    CHECK(ReadArticles("a.json", R"([{"text":"One."},{"text":"Two."}])").articles.size() == 2);
    const ArticleBatch b = ReadArticles("a.json", R"({"schema":1,"articles":[{"id":"k","title":"T","outlet":"O","text":"Body."}]})");
    REQUIRE(b.articles.size() == 1);
    CHECK(b.articles[0].outlet == "O");
    CHECK(b.articles[0].title == "T");
  }
  SUBCASE(".jsonl: bad lines are named by number, good ones still come out") {
    const std::string jsonl = "{\"id\":\"a\",\"text\":\"One.\"}\nnot json\n\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":5}\n{\"text\":\"Five.\"}\n";
    const ArticleBatch b = ReadArticles("in.jsonl", jsonl);
    REQUIRE(b.articles.size() == 2);
    CHECK(b.articles[0].id == "a");
    CHECK(b.articles[1].id == "in.jsonl:6");
    REQUIRE(b.errors.size() == 3);
    CHECK(b.errors[0].rfind("in.jsonl:2: not valid JSON", 0) == 0);
    CHECK(b.errors[1] == "in.jsonl:4: missing \"text\"");
    CHECK(b.errors[2] == "in.jsonl:5: \"text\" must be a string");
  }
  SUBCASE("binary, empty and oversized input is refused, not scored") {
    CHECK(ReadArticles("x.txt", std::string("ab\0cd", 5)).errors.at(0).find("binary") != std::string::npos);
    CHECK(ReadArticles("x.txt", "   \n ").errors.at(0).find("empty") != std::string::npos);
    CHECK(ReadArticles("x.txt", std::string(kMaxArticleBytes + 1, 'a')).errors.at(0).find("too large") != std::string::npos);
    CHECK(ReadArticles("x.json", R"({"text":""})").errors.at(0).find("empty") != std::string::npos);
  }
  SUBCASE("invalid UTF-8 text is accepted (scored with a warning)") {
    CHECK(ReadArticles("x.txt", "caf\xE9 au lait").articles.size() == 1);
  }
  SUBCASE("deeply nested JSON is refused before parsing") {
    const ArticleBatch b = ReadArticles("x.json", std::string(100000, '['));
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].find("nested") != std::string::npos);
  }
  SUBCASE("the format follows the extension, any case; unknown files are sniffed") {
    CHECK(DetectFormat("a.JSONL", "") == InputFormat::kJsonl);
    CHECK(DetectFormat("a.ndjson", "") == InputFormat::kJsonl);
    CHECK(DetectFormat("a.Json", "") == InputFormat::kJson);
    CHECK(DetectFormat("a.txt", "[not json] but text") == InputFormat::kText);
    CHECK(DetectFormat("clipboard", "  {\"text\":\"x\"}") == InputFormat::kJson);
    CHECK(DetectFormat("clipboard", "Plain words") == InputFormat::kText);
    CHECK(ReadArticles("feed.ndjson", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}").articles.size() == 2);
    CHECK(ReadArticles("x", "Headline\nBody.", InputFormat::kText).articles.at(0).id == "x");
  }
  SUBCASE("wrong shapes get a message, not an exception") {
    CHECK(ReadArticles("x.json", "42").errors.size() == 1);
    CHECK(ReadArticles("x.json", R"([1, {"text":"ok."}])").errors.size() == 1);
    CHECK(ReadArticles("x.json", R"({"text":"ok.","id":[1]})").errors.size() == 1);
  }
}
