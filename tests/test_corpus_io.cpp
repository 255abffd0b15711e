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
  SUBCASE("UTF-16 with a byte-order mark (Windows \"Unicode\") is read as its text") {
    // "Caf\u00e9 \U0001F600\nBody." in UTF-16LE with BOM, and the same JSON in UTF-16BE.
    const std::string le("\xFF\xFE" "C\0a\0f\0\xE9\0 \0\x3D\xD8\x00\xDE\n\0B\0o\0d\0y\0.\0", 28);
    const ArticleBatch b = ReadArticles("note.txt", le);
    REQUIRE(b.articles.size() == 1);
    CHECK(b.articles[0].text == "Caf\xC3\xA9 \xF0\x9F\x98\x80\nBody.");
    CHECK(b.warnings.empty());
    std::string be("\xFE\xFF", 2);
    for (char c : std::string(R"({"id":"u","text":"Hi there."})")) be += std::string{'\0', c};
    const ArticleBatch j = ReadArticles("clipboard", be);
    REQUIRE(j.articles.size() == 1);
    CHECK(j.articles[0].id == "u");
    CHECK(j.articles[0].text == "Hi there.");
    // An unpaired surrogate and a last odd byte: U+FFFD each, with a warning.
    const ArticleBatch bad = ReadArticles("x.txt", std::string("\xFF\xFE" "A\0\x00\xD8" "B\0\x43", 9));
    REQUIRE(bad.articles.size() == 1);
    CHECK(bad.articles[0].text == "A\xEF\xBF\xBD" "B\xEF\xBF\xBD");
    REQUIRE(bad.warnings.size() == 1);
    CHECK(bad.warnings[0].find("UTF-16") != std::string::npos);
  }
  SUBCASE("a UTF-8 byte-order mark does not hide JSON") {
    CHECK(DetectFormat("clipboard", "\xEF\xBB\xBF{\"text\":\"x\"}") == InputFormat::kJson);
    CHECK(ReadArticles("x", "\xEF\xBB\xBF[{\"text\":\"One.\"}]").articles.size() == 1);
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
    CHECK(DetectFormat("stdin", "{\"text\":\"x\"}\r\n\n  {\"text\":\"y\"}") == InputFormat::kJsonl);
    CHECK(DetectFormat("stdin", "{\"text\":\"x\"}\n") == InputFormat::kJson);
    CHECK(DetectFormat("stdin", "{\n  \"text\": \"x\"\n}\n") == InputFormat::kJson);
    CHECK(DetectFormat("stdin", "[{\"text\":\"x\"},\n{\"text\":\"y\"}]") == InputFormat::kJson);
    CHECK(ReadArticles("feed.ndjson", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}").articles.size() == 2);
    CHECK(ReadArticles("x", "Headline\nBody.", InputFormat::kText).articles.at(0).id == "x");
  }
  SUBCASE("wrong shapes get a message, not an exception") {
    CHECK(ReadArticles("x.json", "42").errors.size() == 1);
    CHECK(ReadArticles("x.json", R"([1, {"text":"ok."}])").errors.size() == 1);
    CHECK(ReadArticles("x.json", R"({"text":"ok.","id":[1]})").errors.size() == 1);
  }
}
