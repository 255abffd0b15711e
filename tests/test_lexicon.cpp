// Lexicon files and the phrase matcher.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/lexicon.h"

using namespace biaslens;

namespace {
Lexicon Parse(const std::string& json) {
  Lexicon lex;
  std::string error;
  REQUIRE_MESSAGE(ParseLexicon(json, &lex, &error), error);
  return lex;
}
std::vector<std::string> MatchedPhrases(const PhraseMatcher& m, const std::string& text, bool all = false) {
  Document d = AnalyzeText(text, TextOptions{false});
  std::vector<std::string> out;
  m.ForEachMatch(d, [&](const PhraseMatch& pm) { out.push_back(m.entry(pm.entry).phrase); }, all);
  return out;
}
}  // namespace

TEST_CASE("lexicon files") {
  SUBCASE("entries keep phrase, category and weight") {
    Lexicon lex = Parse(R"({"name":"t","version":"1","entries":[{"phrase":"It remains to be seen","category":"phrase","weight":0.9}]})");
    CHECK(lex.name == "t");
    REQUIRE(lex.entries.size() == 1);
    CHECK(lex.entries[0].category == "phrase");
    CHECK(lex.entries[0].weight == doctest::Approx(0.9));
    CHECK(lex.entries[0].token_hashes.size() == 5);
    CHECK(lex.content_hash.size() == 16);
  }
  SUBCASE("malformed files are refused with a message naming the entry") {
    Lexicon lex;
    std::string error;
    CHECK_FALSE(ParseLexicon("not json", &lex, &error));
    CHECK_FALSE(ParseLexicon(R"({"entries":[]})", &lex, &error));
    CHECK(error.find("name") != std::string::npos);
    CHECK_FALSE(ParseLexicon(R"({"name":"x","entries":[{"phrase":"ok"},{"weight":1}]})", &lex, &error));
    CHECK(error.find("entry 1") != std::string::npos);
    CHECK_FALSE(ParseLexicon(R"({"name":"x","entries":[{"phrase":"ok","weight":"high"}]})", &lex, &error));
    CHECK_FALSE(ParseLexicon(R"({"name":"x","entries":[{"phrase":"* alone"}]})", &lex, &error));
  }
  SUBCASE("the content hash changes with the content") {
    CHECK(Parse(R"({"name":"a","entries":[{"phrase":"x"}]})").content_hash !=
          Parse(R"({"name":"a","entries":[{"phrase":"y"}]})").content_hash);
  }
}

TEST_CASE("phrase matcher") {
  PhraseMatcher m;
  m.AddLexicon(Parse(R"({"name":"t","entries":[
      {"phrase":"may"},{"phrase":"it remains to be seen"},{"phrase":"it remains"},
      {"phrase":"according to *"},{"phrase":"reportedly"},{"phrase":"Putin's"}]})"));
  m.Build();
  SUBCASE("single and multi-word entries, case and quote style ignored") {
    CHECK(MatchedPhrases(m, "It Remains To Be Seen whether they MAY go, reportedly.") ==
          std::vector<std::string>{"it remains to be seen", "may", "reportedly"});
  }
  SUBCASE("longest match first; all lengths on request") {
    CHECK(MatchedPhrases(m, "it remains to be seen", true) == std::vector<std::string>{"it remains to be seen", "it remains"});
  }
  SUBCASE("a wildcard matches exactly one word") {
    CHECK(MatchedPhrases(m, "according to officials") == std::vector<std::string>{"according to *"});
    CHECK(MatchedPhrases(m, "according to").empty());
  }
  SUBCASE("curly apostrophes match straight ones") {
    CHECK(MatchedPhrases(m, "Putin\xE2\x80\x99s plan") == std::vector<std::string>{"Putin's"});
  }
  SUBCASE("phrases do not run across paragraphs") {
    CHECK(MatchedPhrases(m, "it remains\nto be seen") == std::vector<std::string>{"it remains"});
  }
  SUBCASE("an empty matcher matches nothing") {
    PhraseMatcher empty;
    empty.Build();
    CHECK(MatchedPhrases(empty, "may").empty());
  }
}
