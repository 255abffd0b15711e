// The text pipeline: tokens, sentences, quotations, headline, boilerplate.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text.h"

using namespace biaslens;

namespace {
std::vector<std::string> Norms(const Document& d) {
  std::vector<std::string> out;
  for (const Token& t : d.tokens) out.emplace_back(d.Norm(t));
  return out;
}
std::vector<std::string> SentenceTexts(const Document& d) {
  std::vector<std::string> out;
  for (const Sentence& s : d.sentences) out.emplace_back(d.Slice(Range{s.start, s.end}));
  return out;
}
const Token* Find(const Document& d, const std::string& norm) {
  for (const Token& t : d.tokens) if (d.Norm(t) == norm) return &t;
  return nullptr;
}
}  // namespace

TEST_CASE("tokens") {
  SUBCASE("normalize case, curly apostrophes and dashes without moving offsets") {
    const std::string text = "Putin\xE2\x80\x99s \xE2\x80\x9CMAIN part\xE2\x80\x9D \xE2\x80\x94 war-torn";
    Document d = AnalyzeText(text, TextOptions{false});
    CHECK(Norms(d) == std::vector<std::string>{"putin", "'s", "\"", "main", "part", "\"", "-", "war-torn"});
    const Token& clitic = d.tokens[1];
    CHECK(d.Slice(clitic) == "\xE2\x80\x99s");
    CHECK((clitic.flags & kTokClitic) != 0);
    CHECK((d.tokens[3].flags & kTokAllCaps) != 0);
    CHECK((d.tokens[0].flags & kTokCapitalized) != 0);
  }
  SUBCASE("dotted abbreviations, numbers and n't") {
    Document d = AnalyzeText("The U.S. sent 3,000 troops at 2.5 a.m. and didn't stop.", TextOptions{false});
    CHECK(Norms(d) == std::vector<std::string>{"the", "u.s.", "sent", "3,000", "troops", "at", "2.5", "a.m.", "and", "did", "n't", "stop", "."});
    CHECK((Find(d, "3,000")->flags & kTokNumber) != 0);
    CHECK((Find(d, "u.s.")->flags & kTokAbbreviation) != 0);
  }
  SUBCASE("an ampersand between capitals joins one word; with spaces or before lower case it does not") {
    Document d = AnalyzeText("AT&T and P&G hired Procter & Gamble staff for R&d.", TextOptions{false});
    CHECK(Norms(d) == std::vector<std::string>{"at&t", "and", "p&g", "hired", "procter", "&", "gamble", "staff", "for",
                                               "r", "&", "d", "."});
    const Token* att = Find(d, "at&t");
    REQUIRE(att != nullptr);
    CHECK((att->flags & kTokAllCaps) != 0);
  }
  SUBCASE("invalid UTF-8 never breaks offsets") {
    const std::string text = std::string("ab\xFF\xFE cd \xE2\x82", 10);
    Document d = AnalyzeText(text, TextOptions{false});
    REQUIRE(!d.tokens.empty());
    for (const Token& t : d.tokens) { CHECK(t.start < t.end); CHECK(t.end <= text.size()); }
    CHECK(Find(d, "cd") != nullptr);
  }
  SUBCASE("hash of a token equals the hash of its normalized form") {
    Document d = AnalyzeText("Reportedly", TextOptions{false});
    CHECK(d.tokens[0].hash == HashNorm("reportedly"));
  }
}

TEST_CASE("sentences") {
  SUBCASE("abbreviations, initials and times do not end a sentence") {
    Document d = AnalyzeText("Dr. Smith met Gen. John F. Kennedy Jr. on Sept. 11 at 9 a.m. in Washington. He left.", TextOptions{false});
    CHECK(SentenceTexts(d) == std::vector<std::string>{
        "Dr. Smith met Gen. John F. Kennedy Jr. on Sept. 11 at 9 a.m. in Washington.", "He left."});
  }
  SUBCASE("a case name's \"v.\" does not end a sentence") {
    Document d = AnalyzeText("Judges would overturn Roe v. Wade, and she said so. He left.", TextOptions{false});
    CHECK(SentenceTexts(d) == std::vector<std::string>{"Judges would overturn Roe v. Wade, and she said so.", "He left."});
  }
  SUBCASE("a legislator's party and state do not end a sentence") {
    Document d = AnalyzeText("Sen. Chuck Schumer (D-N.Y.) said it was over. Rep. Tim Scott, R-S.C., agreed. He left.", TextOptions{false});
    CHECK(SentenceTexts(d) == std::vector<std::string>{
        "Sen. Chuck Schumer (D-N.Y.) said it was over.", "Rep. Tim Scott, R-S.C., agreed.", "He left."});
  }
  SUBCASE("\"no.\" ends a sentence unless a number follows") {
    Document d = AnalyzeText("The senator voted no. Rep. Smith voted yes. It was No. 5 on the list.", TextOptions{false});
    CHECK(SentenceTexts(d) == std::vector<std::string>{
        "The senator voted no.", "Rep. Smith voted yes.", "It was No. 5 on the list."});
  }
  SUBCASE("a dotted abbreviation ends a sentence before a typical opener") {
    Document d = AnalyzeText("Troops left the U.S. The war went on.", TextOptions{false});
    CHECK(d.sentences.size() == 2);
    // "St." is a street there, no title; before a name it is "Saint".
    Document street = AnalyzeText("He lives on Main St. The mayor met St. Paul officials.", TextOptions{false});
    CHECK(SentenceTexts(street) ==
          std::vector<std::string>{"He lives on Main St.", "The mayor met St. Paul officials."});
  }
  SUBCASE("a quotation that ends a sentence keeps its closing mark") {
    Document d = AnalyzeText("\xE2\x80\x9CWe will go.\xE2\x80\x9D He said so! Really? Yes.", TextOptions{false});
    CHECK(SentenceTexts(d) == std::vector<std::string>{"\xE2\x80\x9CWe will go.\xE2\x80\x9D", "He said so!", "Really?", "Yes."});
  }
  SUBCASE("a line break always ends a sentence") {
    Document d = AnalyzeText("Headline without stop\nBody sentence one. Body two.", TextOptions{false});
    CHECK(d.sentences.size() == 3);
    CHECK(d.sentences[1].paragraph == 1);
  }
  SUBCASE("except after a title's period, before a capital: text split one sentence a line") {
    Document d = AnalyzeText("It was fine, said the Rev.\nDavid Dockery of the church.\nIt rained, said Dr.\n\n"
                             "Smith came. He met Martin Luther King Jr.\nHe left. They saw Mr.\nsomething.",
                             TextOptions{false});
    CHECK(SentenceTexts(d) == std::vector<std::string>{"It was fine, said the Rev.\nDavid Dockery of the church.",
                                                       "It rained, said Dr.", "Smith came.",
                                                       "He met Martin Luther King Jr.", "He left.", "They saw Mr.",
                                                       "something."});
    CHECK(d.paragraphs.size() == 5);
    Document crlf = AnalyzeText("It was fine, said the Rev.\r\nDavid Dockery.\r\nIt rained.", TextOptions{false});
    CHECK(SentenceTexts(crlf) ==
          std::vector<std::string>{"It was fine, said the Rev.\r\nDavid Dockery.", "It rained."});
  }
}

TEST_CASE("quotations") {
  SUBCASE("curly and straight quotes mark the quoted voice") {
    Document d = AnalyzeText("Putin said \xE2\x80\x9Cthe task is done\xE2\x80\x9D and \"we leave\" today.", TextOptions{false});
    REQUIRE(d.quotations.size() == 2);
    CHECK(d.Slice(d.quotations[0].inner) == "the task is done");
    CHECK(d.Slice(d.quotations[1].inner) == "we leave");
    CHECK((Find(d, "task")->flags & kTokQuoted) != 0);
    CHECK((Find(d, "putin")->flags & kTokQuoted) == 0);
    CHECK((Find(d, "today")->flags & kTokQuoted) == 0);
    CHECK(d.quotations[0].words == 4);
  }
  SUBCASE("a quotation continues over paragraphs that reopen with a mark") {
    Document d = AnalyzeText("\xE2\x80\x9C" "First part of it.\n\xE2\x80\x9CSecond part,\xE2\x80\x9D she said.\nNot quoted.", TextOptions{false});
    REQUIRE(d.quotations.size() == 2);
    CHECK_FALSE(d.quotations[0].closed);
    CHECK(d.quotations[1].continued);
    CHECK(d.quotations[1].closed);
    CHECK((Find(d, "first")->flags & kTokQuoted) != 0);
    CHECK((Find(d, "not")->flags & kTokQuoted) == 0);
  }
  SUBCASE("an unclosed quotation ends with its paragraph") {
    Document d = AnalyzeText("He said \"this never closes\nNext paragraph is ours.", TextOptions{false});
    REQUIRE(d.quotations.size() == 1);
    CHECK_FALSE(d.quotations[0].closed);
    CHECK((Find(d, "ours")->flags & kTokQuoted) == 0);
  }
  SUBCASE("single quotes inside double quotes nest") {
    Document d = AnalyzeText("\"They called it 'a red line' then,\" he said.", TextOptions{false});
    REQUIRE(d.quotations.size() == 2);
    CHECK(d.quotations[1].depth == 2);
    CHECK(d.Slice(d.quotations[1].inner) == "a red line");
  }
  SUBCASE("a closing mark placed as an opening one opens, after a direction mark too") {
    Document d = AnalyzeText("Fans wrote back.\n\xE2\x80\xAA\xE2\x80\x9DGod bless you!\xE2\x80\x9D wrote Pete. Then "
                             "\xE2\x80\x9DNo way,\xE2\x80\x9D he said.", TextOptions{false});
    REQUIRE(d.quotations.size() == 2);
    CHECK(d.Slice(d.quotations[0].inner) == "God bless you!");
    CHECK(d.Slice(d.quotations[1].inner) == "No way,");
    CHECK((Find(d, "wrote")->flags & kTokQuoted) == 0);
    CHECK(Find(d, "\xE2\x80\xAA") == nullptr);  // the embedding mark is no token
  }
  SUBCASE("apostrophes are not quotation marks") {
    Document d = AnalyzeText("The officials' plan and Russia's role.", TextOptions{false});
    CHECK(d.quotations.empty());
  }
  SUBCASE("two apostrophes are a double quotation mark") {
    Document d = AnalyzeText("''It is over,'' Mr. Franco wrote of the parties' plan.", TextOptions{false});
    REQUIRE(d.quotations.size() == 1);
    CHECK(d.Slice(d.quotations[0].inner) == "It is over,");
    CHECK(d.Norm(d.tokens[0]) == "\"");
    CHECK((Find(d, "over")->flags & kTokQuoted) != 0);
    CHECK((Find(d, "wrote")->flags & kTokQuoted) == 0);
  }
}

TEST_CASE("headline and boilerplate") {
  SUBCASE("the first non-boilerplate line is the headline") {
    const std::string text =
        "Wednesday , March 29 2017\nHome / World / Troops Leave\nTroops Leave\nThe troops left on Monday.\n";
    Document d = AnalyzeText(text);
    REQUIRE(d.headline_in_text);
    CHECK(d.Slice(d.headline) == "Troops Leave");
    CHECK(d.paragraphs[0].boilerplate);
    CHECK(std::string(d.paragraphs[0].boilerplate_rule) == "boilerplate.date");
    CHECK(std::string(d.paragraphs[1].boilerplate_rule) == "boilerplate.breadcrumb");
    CHECK_FALSE(d.paragraphs[3].boilerplate);
  }
  SUBCASE("a prefix line that repeats the headline is a breadcrumb") {
    Document d = AnalyzeText("Home Breaking News Troops Leave The Region\nTroops Leave The Region\nBody text here.");
    CHECK(d.paragraphs[0].boilerplate);
    CHECK(d.Slice(d.headline) == "Troops Leave The Region");
  }
  SUBCASE("credit lines, share text and a short teaser tail") {
    const std::string text =
        "Headline\nA real sentence about the talks.\nAnother real sentence follows here.\n"
        "Sources: Agency One, Agency Two / Photo credit: Someone\nRelated\nA teaser headline (VIDEO)\n"
        "Please support the site\n";
    Document d = AnalyzeText(text);
    CHECK_FALSE(d.paragraphs[1].boilerplate);
    CHECK(std::string(d.paragraphs[3].boilerplate_rule) == "boilerplate.sources-credit");
    CHECK(d.paragraphs[4].boilerplate);
    CHECK(d.paragraphs[5].boilerplate);
    CHECK(d.paragraphs[6].boilerplate);
  }
  SUBCASE("a sign-up or poll form's small print is share text; a sentence about privacy is not") {
    const std::string text =
        "Headline\nA real sentence about the talks.\nEmail This field is for validation purposes and should be "
        "left unchanged.\nCompleting this poll grants you access to Site updates free of charge.\nYou may opt out at "
        "anytime.\nYou also agree to this site's Privacy Policy and Terms of Use.\nThe senators said the new privacy "
        "rules for phone companies would hurt consumers, who could no longer opt out of data sharing, and vowed to "
        "fight them in court.\nFacebook changed its privacy policy on Monday, the company said.\n";
    Document d = AnalyzeText(text);
    for (size_t i = 2; i <= 5; ++i) CHECK(std::string(d.paragraphs[i].boilerplate_rule) == "boilerplate.share");
    CHECK_FALSE(d.paragraphs[1].boilerplate);
    CHECK_FALSE(d.paragraphs[6].boilerplate);
    CHECK_FALSE(d.paragraphs[7].boilerplate);
    // A poll widget from "take our poll" to its small print; "Follow … on Twitter"; a reprint credit.
    Document poll = AnalyzeText(
        "Headline\nA real sentence about the talks.\ntake our poll - story continues below\nWhom do you consider "
        "to be the most corrupt politician?\n* Smith Jones Brown\nEmail *\nCompleting this poll grants you access to "
        "Site updates free of charge.\nThe talks resumed on Monday.\nFollow Pam Key on Twitter @pamkey.\nArticle "
        "posted with permission from Robert Spencer\n");
    for (size_t i = 2; i <= 6; ++i) CHECK(std::string(poll.paragraphs[i].boilerplate_rule) == "boilerplate.share");
    CHECK_FALSE(poll.paragraphs[7].boilerplate);
    CHECK(std::string(poll.paragraphs[8].boilerplate_rule) == "boilerplate.share");
    CHECK(std::string(poll.paragraphs[9].boilerplate_rule) == "boilerplate.sources-credit");
  }
  SUBCASE("a long body after a 'Related' line is not swallowed") {
    std::string text = "Headline\nRelated\n";
    for (int i = 0; i < 40; ++i) text += "This is a long body sentence that keeps going on.\n";
    Document d = AnalyzeText(text);
    CHECK(d.paragraphs[1].boilerplate);
    CHECK_FALSE(d.paragraphs[2].boilerplate);
  }
  SUBCASE("an unterminated long line under the headline is a caption") {
    Document d = AnalyzeText("Headline here\nThe president gestures as he chairs a meeting outside the capital city\nBody text. More.\n");
    CHECK(std::string(d.paragraphs[1].boilerplate_rule) == "boilerplate.caption");
  }
  SUBCASE("a news database's field labels and copyright lines") {
    const std::string text =
        "New emails raise queries\nABSTRACT.\nA new batch of emails was released.\nFULL TEXT.\n"
        "BYLINE: Amber Phillips.\nLENGTH: 812 words\nThe emails showed ties, officials said.\n"
        "Abstract art sold well.\nLEAD: The senator said on Monday that the bill would pass.\nFULL TEXT OF THE SPEECH\n"
        "\u00A9 AFP Cardinal O'Malley (centre) accompanied the Pope\nCopyright 2016 The Associated Press. All rights reserved.\n"
        "CORRECTION APPENDED.\n";
    Document d = AnalyzeText(text);
    REQUIRE(d.paragraphs.size() == 13);
    CHECK(std::string(d.paragraphs[12].boilerplate_rule) == "boilerplate.label");
    CHECK(d.Slice(d.headline) == "New emails raise queries");
    for (int i : {1, 3, 4, 5}) {
      CAPTURE(i);
      CHECK(std::string(d.paragraphs[i].boilerplate_rule) == "boilerplate.label");
    }
    for (int i : {2, 6, 7, 8, 9}) {  // the article; a word in lower case; a text label with its text; a title
      CAPTURE(i);
      CHECK_FALSE(d.paragraphs[i].boilerplate);
    }
    CHECK(std::string(d.paragraphs[10].boilerplate_rule) == "boilerplate.copyright");
    CHECK(std::string(d.paragraphs[11].boilerplate_rule) == "boilerplate.copyright");
  }
  SUBCASE("without headline detection nothing is a headline") {
    Document d = AnalyzeText("Just one sentence.", TextOptions{false});
    CHECK_FALSE(d.headline_in_text);
    CHECK_FALSE(d.sentences[0].headline);
  }
}

TEST_CASE("empty and degenerate input") {
  CHECK(AnalyzeText("").tokens.empty());
  CHECK(AnalyzeText("   \n\n \t").paragraphs.empty());
  Document d = AnalyzeText(std::string(1000, '"'));
  for (const Quotation& q : d.quotations) CHECK(q.inner.end >= q.inner.start);
}

TEST_CASE("common words: capitalized only where any word may be, lower case elsewhere") {
  const Document doc = AnalyzeText(
      "Officials Announce Plan\n\nHundreds gathered. Police said hundreds of people came. May said: \"Until now "
      "it was fine.\" Theresa May spoke until noon; you may go. The officials announce a plan.",
      TextOptions{});
  auto flagged = [&](std::string_view word, size_t occurrence = 0) {
    for (const Token& t : doc.tokens)
      if (doc.Slice(t) == word && occurrence-- == 0) return (t.flags & kTokCommonWord) != 0;
    FAIL("no token " << word);
    return false;
  };
  CHECK(flagged("Officials"));      // headline, and "officials" in the body
  CHECK(flagged("Announce"));       // a title-case headline word
  CHECK(flagged("Plan"));           // "a plan" in the body
  CHECK(flagged("Hundreds"));       // sentence start; "hundreds" later
  CHECK_FALSE(flagged("Police"));   // never in lower case
  CHECK_FALSE(flagged("May"));      // capitalized mid-sentence too ("Theresa May"): a name
  CHECK(flagged("Until"));          // after an opening quotation mark; "until" later
  CHECK_FALSE(flagged("Theresa"));
}
