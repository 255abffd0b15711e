// Lexicon files and the phrase matcher.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/json_weight_scan.h"
#include "core/lexicon.h"
#include "test_support.h"

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
      {"phrase":"according to *"},{"phrase":"reportedly"},{"phrase":"Putin's"},
      {"phrase":"may * go"},{"phrase":"reportedly said"}]})"));
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
  SUBCASE("a phrase's second word is tested first; one-word phrases of the same first word still match") {
    CHECK(MatchedPhrases(m, "They may well go.") == std::vector<std::string>{"may * go"});  // wildcard second word
    CHECK(MatchedPhrases(m, "They may.") == std::vector<std::string>{"may"});
    CHECK(MatchedPhrases(m, "Reportedly said so") == std::vector<std::string>{"reportedly said"});
    CHECK(MatchedPhrases(m, "Reportedly, he left") == std::vector<std::string>{"reportedly"});
    CHECK(MatchedPhrases(m, "reportedly") == std::vector<std::string>{"reportedly"});  // no word after it
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

TEST_CASE("JSON strings: long strings are scanned as short ones, whatever the position of a special byte") {
  for (size_t at = 0; at < 24; ++at) {
    CAPTURE(at);
    const std::string before(at, 'a'), after(23 - at, 'b');
    std::string scratch;
    std::string_view text;
    size_t end = 0;
    // The closing quote ends the string there.
    std::string json = "\"" + before + "\"" + after + "\"";
    REQUIRE(ScanJsonString(json, 0, &scratch, &text, &end));
    CHECK(text == before);
    CHECK(end == at + 2);
    // An escape is decoded; UTF-8 passes; a control character or invalid UTF-8 fails.
    json = "\"" + before + "\\\"" + after + "\"";
    REQUIRE(ScanJsonString(json, 0, &scratch, &text, &end));
    CHECK(text == before + "\"" + after);
    json = "\"" + before + "\u00e9" + after + "\"";
    REQUIRE(ScanJsonString(json, 0, &scratch, &text, &end));
    CHECK(text == before + "\u00e9" + after);
    CHECK(end == json.size());
    CHECK_FALSE(ScanJsonString("\"" + before + "\n" + after + "\"", 0, &scratch, &text, &end));
    CHECK_FALSE(ScanJsonString("\"" + before + "\x1f" + after + "\"", 0, &scratch, &text, &end));
    CHECK_FALSE(ScanJsonString("\"" + before + "\xff" + after + "\"", 0, &scratch, &text, &end));
    CHECK_FALSE(ScanJsonString("\"" + before + after, 0, &scratch, &text, &end));  // no closing quote
  }
}

TEST_CASE("JSON numbers: the fast scanner reads what strtod reads, or leaves the number alone") {
  auto scan = [](const std::string& text, double* value) {
    size_t pos = 0;
    return ScanJsonNumber(text, &pos, value) && pos == text.size();
  };
  auto same_bits = [](double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; };
  double v = 0;
  for (const char* text : {"0.9", "-0.25", "1e3", "1E-2", "2.5e+1", "0.0001", "12345678901234.5", "0.123456789012345",
                           "-0.0", "7", "-12", "100000000000000", "3.14159e-17", "9e22"}) {
    const std::string shown = text;
    CAPTURE(shown);
    REQUIRE(scan(text, &v));
    CHECK(same_bits(v, std::strtod(text, nullptr)));
  }
  REQUIRE(scan("-0", &v));  // an integer to JSON: zero, not minus zero
  CHECK_FALSE(std::signbit(v));
  // Not JSON, or past the exact range: left to the general parser.
  for (const char* text : {"", "-", "01", "1.", ".5", "1e", "1e+", "+1", "1234567890123456", "0.1234567890123456",
                           "1e23", "1e-23", "NaN", "0x10"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(scan(text, &v));
  }
  // Random decimals of up to 15 significant digits: bit for bit what strtod gives.
  std::mt19937_64 random(20261130);
  for (int i = 0; i < 20000; ++i) {
    const int digits = 1 + static_cast<int>(random() % 15), point = static_cast<int>(random() % (digits + 1));
    std::string text = random() % 2 ? "-" : "";
    std::string mantissa = std::to_string(1 + random() % 9);
    while (static_cast<int>(mantissa.size()) < digits) mantissa += static_cast<char>('0' + random() % 10);
    text += point == digits ? mantissa : point == 0 ? "0." + mantissa : mantissa.substr(0, point) + "." + mantissa.substr(point);
    if (random() % 3 == 0) text += "e" + std::to_string(static_cast<int>(random() % 15) - 7);
    const std::string shown = text;
    CAPTURE(shown);
    REQUIRE(scan(text, &v));
    CHECK(same_bits(v, std::strtod(text.c_str(), nullptr)));
  }
}

TEST_CASE("phrases: the plain-word shortcut normalizes as the tokenizer does") {
  auto by_tokenizer = [](const std::string& phrase) {
    const Document doc = AnalyzeText(phrase, TextOptions{false});
    std::vector<std::string> words;
    for (const Token& t : doc.tokens) words.emplace_back(doc.Norm(t));
    return words;
  };
  std::vector<std::string> phrases{"may", "it remains to be seen", "a  b", " leading", "trailing ", "Capital words",
                                   "don't know", "so-called", "u.s. officials", "* said", "caf\u00e9 society", ""};
  for (const EmbeddedFile& f : biaslens_core_assets::EmbeddedFiles()) {
    if (std::string(f.path).rfind("lexicons/", 0) != 0) continue;
    Lexicon lex;
    std::string error;
    REQUIRE_MESSAGE(ParseLexicon(std::string(f.data, f.size), &lex, &error), error);
    for (const LexiconEntry& e : lex.entries) phrases.push_back(e.phrase);
  }
  for (const std::string& phrase : phrases) {
    CAPTURE(phrase);
    CHECK(NormalizePhrase(phrase) == by_tokenizer(phrase));
  }
}

TEST_CASE("lexicon files: the fast reader reads every shipped lexicon as the JSON parser does") {
  int files = 0;
  for (const EmbeddedFile& f : biaslens_core_assets::EmbeddedFiles()) {
    const std::string path = f.path, shipped(f.data, f.size);
    if (path.rfind("lexicons/", 0) != 0) continue;
    CAPTURE(path);
    ++files;
    Lexicon fast, general;
    REQUIRE(ReadLexiconFast(shipped, &fast));
    // A repeated "version" member of the same value: the same lexicon to a JSON parser, and
    // not what the fast reader takes.
    std::string repeated = shipped;
    repeated.insert(repeated.find('{') + 1, "\"version\": \"" + fast.version + "\", ");
    CHECK_FALSE(ReadLexiconFast(repeated, &general));
    std::string error;
    REQUIRE_MESSAGE(ParseLexicon(repeated, &general, &error), error);
    CHECK(fast.name == general.name);
    CHECK(fast.version == general.version);
    CHECK(fast.description == general.description);
    CHECK(fast.content_hash == Fnv1a64Hex(shipped));
    REQUIRE(fast.entries.size() == general.entries.size());
    for (size_t i = 0; i < fast.entries.size(); ++i) {
      const LexiconEntry &a = fast.entries[i], &b = general.entries[i];
      CAPTURE(a.phrase);
      CHECK(a.phrase == b.phrase);
      CHECK(a.category == b.category);
      CHECK(std::memcmp(&a.weight, &b.weight, sizeof a.weight) == 0);
      CHECK(a.note == b.note);
      CHECK(a.canonical == b.canonical);
      CHECK(a.token_hashes == b.token_hashes);
    }
  }
  CHECK(files >= 8);
}

TEST_CASE("lexicon files: no shipped lexicon lists a phrase twice in one category") {
  for (const EmbeddedFile& f : biaslens_core_assets::EmbeddedFiles()) {
    const std::string path = f.path;
    if (path.rfind("lexicons/", 0) != 0) continue;
    CAPTURE(path);
    Lexicon lex;
    REQUIRE(ReadLexiconFast(std::string(f.data, f.size), &lex));
    std::set<std::pair<std::string, std::string>> seen;
    for (const LexiconEntry& e : lex.entries) {
      CAPTURE(e.phrase);
      CHECK(seen.emplace(e.phrase, e.category).second);
    }
  }
}

TEST_CASE("lexicon files: what the fast reader leaves to the JSON parser gets the parser's answer") {
  Lexicon lex;
  std::string error;
  // Read by the parser, same result as written plainly: a repeated member, a decimal past
  // the exact range, an escaped phrase, an unknown member, a note that is not a string.
  for (const char* text : {R"({"name":"x","entries":[{"phrase":"a","weight":0.5,"weight":0.25}]})",
                           R"({"name":"x","entries":[{"phrase":"a","weight":0.25000000000000000}]})"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(ReadLexiconFast(text, &lex));
    REQUIRE_MESSAGE(ParseLexicon(text, &lex, &error), error);
    CHECK(lex.entries.at(0).weight == 0.25f);
  }
  for (const char* text : {R"({"name":"x","entries":[{"phrase":"\u0061","weight":0.25}]})",
                           R"({"name":"x","extra":[1,{"y":null}],"entries":[{"phrase":"a","weight":0.25,"note":7,"z":[]}]})"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK(ReadLexiconFast(text, &lex));
    CHECK(lex.entries.at(0).phrase == "a");
    CHECK(lex.entries.at(0).note.empty());
    CHECK(lex.entries.at(0).weight == 0.25f);
  }
  // Errors come from the parser's path, with its messages.
  for (const char* text : {R"({"name":"x","entries":[{"phrase":"a","weight":2e9}]})",
                           R"({"name":"x","entries":[{"phrase":"a","category":3}]})",
                           R"({"name":"x","entries":[{"phrase":"a"}]} trailing)",
                           R"({"name":"x","entries":[{"phrase":"a"},]})"}) {
    const std::string shown = text;
    CAPTURE(shown);
    CHECK_FALSE(ReadLexiconFast(text, &lex));
    CHECK_FALSE(ParseLexicon(text, &lex, &error));
    CHECK_FALSE(error.empty());
  }
}
