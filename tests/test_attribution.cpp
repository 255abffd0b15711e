// Attributions and sources: who is reported as saying what (cue, source, content), how
// mentions group into sources and get typed, what the diversity metrics count, how the
// PolNeAR evaluator scores, and how accurate the detector is on the development data.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/attribution.h"
#include "core/attribution_features.h"
#include "core/attribution_model.h"
#include "core/evaluation.h"
#include "core/feature_weights.h"
#include "core/json_weight_scan.h"
#include "core/report.h"
#include "core/scorer.h"
#include "core/sources_diversity.h"
#include "core/sources_lexicon.h"
#include "core/sources_mentions.h"
#include "core/text.h"
#include "test_support.h"

using namespace biaslens;

namespace {

struct Scored {
  std::string text;
  Report report;
  std::string Slice(const Range& r) const { return r.empty() ? std::string() : text.substr(r.start, r.end - r.start); }
  // The attribution whose cue reads `cue` (first one), or nullptr.
  const Attribution* ByCue(const std::string& cue) const {
    for (const Attribution& a : report.attributions) if (Slice(a.cue) == cue) return &a;
    return nullptr;
  }
  const Attribution* ByVerb(const std::string& verb) const {
    for (const Attribution& a : report.attributions) if (a.verb == verb) return &a;
    return nullptr;
  }
  const Attribution* ByContent(const std::string& words) const {
    for (const Attribution& a : report.attributions) if (Slice(a.content).find(words) != std::string::npos) return &a;
    return nullptr;
  }
  // The attribution whose cue starts with `words`, else whose content holds them, or nullptr.
  const Attribution* ByCueOrContent(const std::string& words) const {
    for (const Attribution& a : report.attributions) if (Slice(a.cue).rfind(words, 0) == 0) return &a;
    return ByContent(words);
  }
  const Source* SourceOf(const Attribution* a) const {
    if (!a || a->source_id < 0 || static_cast<size_t>(a->source_id) >= report.sources.size()) return nullptr;
    return &report.sources[static_cast<size_t>(a->source_id)];
  }
  const Source* SourceNamed(const std::string& name) const {
    for (const Source& s : report.sources) if (s.name == name) return &s;
    return nullptr;
  }
  // The name of the source credited with the attribution whose content holds `words`; "(none)".
  std::string SpeakerOf(const std::string& words) const {
    const Source* src = SourceOf(ByContent(words));
    return src ? src->name : "(none)";
  }
};

// The shipped source_types.json and gender.json, compiled once, as the scorer builds them.
const SourceLexicon& ShippedSourceLexicon() {
  static const SourceLexicon lexicon = [] {
    SourceLexicon built;
    std::string error;
    const AssetSet assets = EmbeddedAssets();
    const Lexicon* types = assets.FindLexicon("source_types");
    const Lexicon* genders = assets.FindLexicon("gender");
    REQUIRE(types != nullptr);
    REQUIRE(genders != nullptr);
    REQUIRE_MESSAGE(built.Build(*types, &error), error);
    REQUIRE_MESSAGE(built.BuildGenders(*genders, &error), error);
    return built;
  }();
  return lexicon;
}

// Scores `body` under a separate title (so no line of it is taken as the headline).
// With an empty title, the text's first line is read as the headline (a text pasted alone).
Scored Score(const std::string& body, const char* title = "Test") {
  Scored s;
  s.text = body;
  Article a;
  a.id = "t";
  a.title = title;
  a.text = body;
  s.report = SharedScorer().Score(a);
  return s;
}

// The attribution ByCueOrContent(words) finds has a source named `name`.
void CheckSourceName(const Scored& s, const std::string& words, const std::string& name) {
  CAPTURE(words);
  const Attribution* a = s.ByCueOrContent(words);
  REQUIRE(a != nullptr);
  const Source* src = s.SourceOf(a);
  REQUIRE(src != nullptr);
  CHECK(src->name == name);
}

// Each pair names an attribution by its cue (ByCue) and the content it must report.
void CheckContents(const Scored& s, std::initializer_list<std::pair<const char*, const char*>> expected) {
  for (const auto& pair : expected) {
    const std::string cue = pair.first;  // a named copy: CAPTURE cannot take a structured binding
    CAPTURE(cue);
    const Attribution* a = s.ByCue(cue);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->content) == pair.second);
  }
}

// Each pair names an attribution by words of its content (ByContent) and the content it must report.
void CheckContentsHolding(const Scored& s, std::initializer_list<std::pair<const char*, const char*>> expected) {
  for (const auto& pair : expected) {
    const std::string words = pair.first;
    CAPTURE(words);
    const Attribution* a = s.ByContent(words);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->content) == pair.second);
  }
}

// No source of s is named any of `names`.
void CheckNoSourceNamed(const Scored& s, std::initializer_list<const char*> names) {
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    for (const char* name : names) CHECK(src.name != name);
  }
}

// The attribution ByCue(cue) finds for each of `cues` has no source.
void CheckNoSource(const Scored& s, std::initializer_list<const char*> cues) {
  for (const std::string cue : cues) {
    CAPTURE(cue);
    const Attribution* a = s.ByCue(cue);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source).empty());
  }
}

// Each pair names an attribution (ByCueOrContent) and the source phrase it must have.
void CheckSourcePhrases(const Scored& s, std::initializer_list<std::pair<const char*, const char*>> expected) {
  for (const auto& pair : expected) {
    const std::string words = pair.first;  // a named copy: CAPTURE cannot take a structured binding
    CAPTURE(words);
    const Attribution* a = s.ByCueOrContent(words);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source) == pair.second);
  }
}

// The source an attribution (named by its content) must have: its name, and its affiliation and
// type unless nullptr.
struct ExpectedSource {
  const char* content;
  const char* name;
  const char* affiliation;
  const char* type;
};

void CheckSources(const Scored& s, std::initializer_list<ExpectedSource> expected) {
  for (const ExpectedSource& e : expected) {
    const std::string content = e.content;
    CAPTURE(content);
    const Source* src = s.SourceOf(s.ByContent(e.content));
    REQUIRE(src != nullptr);
    CHECK(src->name == e.name);
    if (e.affiliation) CHECK(src->affiliation == e.affiliation);
    if (e.type) CHECK(src->type == e.type);
  }
}

// The attributions whose contents hold `first` and `second` have one source, named `name`.
void CheckOneSource(const Scored& s, const char* first, const char* second, const char* name) {
  const Source* a = s.SourceOf(s.ByContent(first));
  const Source* b = s.SourceOf(s.ByContent(second));
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->id == b->id);
  CHECK(b->name == name);
}

// The source of the attribution whose content holds each of `contents` is of `type`.
void CheckSourceTypes(const Scored& s, std::initializer_list<const char*> contents, const char* type) {
  for (const std::string content : contents) {
    CAPTURE(content);
    const Source* src = s.SourceOf(s.ByContent(content));
    REQUIRE(src != nullptr);
    CHECK(src->type == type);
  }
}

// The text of every mention of the source of the attribution whose content holds `content`.
std::vector<std::string> MentionsOf(const Scored& s, const char* content) {
  std::vector<std::string> out;
  const Source* src = s.SourceOf(s.ByContent(content));
  REQUIRE(src != nullptr);
  for (const Range& r : src->mention_spans) out.push_back(s.Slice(r));
  return out;
}

}  // namespace

TEST_CASE("attribution forms: cue, source and content") {
  SUBCASE("X said, with the content before the attribution") {
    const Scored s = Score("The economy grew faster than expected, Treasury Secretary Janet Yellen said on Tuesday.");
    const Attribution* a = s.ByCue("said");
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source) == "Treasury Secretary Janet Yellen");
    CHECK(s.Slice(a->content) == "The economy grew faster than expected");
    CHECK(a->stance == "neutral");
    CHECK_FALSE(a->direct);
  }
  SUBCASE("a colon starts the clause an attribution closes: a kicker is not content") {
    const Scored s = Score("UPDATE: In a memo to Congress, Saudi officials insist they are fighting terror.\n"
                           "The meeting ended at 9:59 p.m., the police said.");
    const Attribution* insist = s.ByCue("insist");
    REQUIRE(insist != nullptr);
    CHECK(s.Slice(insist->content) == "they are fighting terror");
    const Attribution* said = s.ByCue("said");
    REQUIRE(said != nullptr);
    CHECK(s.Slice(said->content) == "The meeting ended at 9:59 p.m.");
  }
  SUBCASE("said X after a direct quotation") {
    const Scored s = Score("\u201cWe are not going anywhere,\u201d said Mark Rutte, the Dutch prime minister.");
    const Attribution* a = s.ByCue("said");
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source) == "Mark Rutte");
    CHECK(a->direct);
    CHECK(s.Slice(a->content) == "We are not going anywhere,");
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->role == "prime minister");
    CHECK(src->affiliation == "Netherlands");
    CHECK(src->type == "official");
  }
  SUBCASE("X told Y that …") {
    const Scored s = Score("Angela Merkel told reporters that the talks had failed.");
    const Attribution* a = s.ByCue("told");
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source) == "Angela Merkel");
    CHECK(s.Slice(a->content).find("the talks had failed") != std::string::npos);
  }
  SUBCASE("according to X") {
    const Scored s = Score("The fighting has intensified, according to the Syrian Observatory for Human Rights.");
    const Attribution* a = s.ByCue("according to");
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source).find("Syrian Observatory for Human Rights") != std::string::npos);
    CHECK(s.Slice(a->content) == "The fighting has intensified");
  }
  SUBCASE("X said in a statement") {
    const Scored s = Score("The ceasefire will hold, the Kremlin said in a statement.");
    const Attribution* a = s.ByContent("The ceasefire will hold");
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->cue).rfind("said", 0) == 0);
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->name == "Kremlin");
    CHECK(src->type == "organisation");
  }
  SUBCASE("a statement issued by X") {
    const Scored s = Score("The talks resumed.\nA statement issued by the Foreign Ministry condemned the attack.");
    const Attribution* a = s.ByContent("the attack");
    REQUIRE(a != nullptr);
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->name == "Foreign Ministry");
    CHECK(src->type == "organisation");
    CHECK(a->stance == "disputing");
  }
  SUBCASE("as stated by the Defense Ministry") {
    const Scored s = Score("The jets left the base on Tuesday, as stated by the Defense Ministry.");
    const Attribution* a = s.ByCue("as stated by");
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source) == "the Defense Ministry");
    CHECK(s.Slice(a->content) == "The jets left the base on Tuesday");
  }
  SUBCASE("reports BBC: the outlet after the verb is the source") {
    const Scored s = Score("The troop withdrawal comes amid new talks, reports BBC.");
    const Attribution* a = s.ByCue("reports");
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source) == "BBC");
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->type == "outlet");
  }
  SUBCASE("two levels: US officials quoted by Reuters") {
    const Scored s = Score("US officials quoted by Reuters said Washington had received no warning.");
    const Attribution* said = s.ByVerb("said");
    const Attribution* via = s.ByCue("quoted by");
    REQUIRE(said != nullptr);
    REQUIRE(via != nullptr);
    CHECK(s.Slice(said->source) == "US officials");
    CHECK(s.Slice(via->source) == "Reuters");
    CHECK(s.Slice(said->content) == s.Slice(via->content));
    const Source* officials = s.SourceOf(said);
    REQUIRE(officials != nullptr);
    CHECK(officials->anonymous);
    CHECK(officials->affiliation == "US");
    CHECK(s.SourceOf(via)->type == "outlet");
  }
  SUBCASE("X's office said") {
    const Scored s = Score("Obama's office said the president would travel to Cuba.");
    const Attribution* a = s.ByCue("said");
    REQUIRE(a != nullptr);
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->name == "Obama's office");
    CHECK(src->type == "organisation");
    CHECK(src->affiliation == "Obama");
    // Named by its noun.
    const Scored campaign = Score("Jeb Bush spoke in Iowa. His campaign said the race was close.");
    const Source* bush = campaign.SourceOf(campaign.ByContent("the race was close"));
    REQUIRE(bush != nullptr);
    CHECK(bush->name == "Jeb Bush's campaign");
  }
}

TEST_CASE("direct quotations and their speakers") {
  SUBCASE("a quotation split by its attribution keeps one speaker") {
    const Scored s = Score(
        "Prime Minister Justin Trudeau spoke on Monday.\n"
        "\u201cThis is a mistake,\u201d he said. \u201cWe will respond with everything we have.\u201d");
    const Attribution* first = s.ByContent("This is a mistake");
    const Attribution* second = s.ByContent("We will respond");
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(first->direct);
    CHECK(second->direct);
    CHECK(second->cue.empty());  // continues the speaker; no cue of its own
    REQUIRE(first->source_id >= 0);
    CHECK(first->source_id == second->source_id);
  }
  SUBCASE("a pronoun speaker is the last person a sentence opens with") {
    // The sentence between names no one; the name after the pronoun comes too late.
    const Scored s = Score(
        "Prime Minister Justin Trudeau spoke on Monday.\n"
        "The vote in parliament was later found to be close.\n"
        "Later he told John Kerry that the numbers were wrong.");
    const Attribution* a = s.ByContent("the numbers were wrong");
    REQUIRE(a != nullptr);
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->name == "Justin Trudeau");
    const Scored two = Score(
        "Justin Trudeau spoke on Monday.\n"
        "Chancellor Angela Merkel spoke on Tuesday.\n"
        "\u201cThis is a mistake,\u201d she said.");
    const Attribution* b = two.ByContent("This is a mistake");
    REQUIRE(b != nullptr);
    const Source* her = two.SourceOf(b);
    REQUIRE(her != nullptr);
    CHECK(her->name == "Angela Merkel");
  }
  SUBCASE("or the person opening the main clause after an opening clause's comma") {
    const Scored s = Score(
        "Governor Rick Snyder said the water was safe.\nOn Saturday morning, Bernie Sanders drove to Flint.\n"
        "\u201cThere are no excuses,\u201d he said.");
    CHECK(s.SpeakerOf("There are no excuses") == "Bernie Sanders");
    // Not when a pronoun is the sentence's subject, nor a name in apposition.
    const Scored pronoun = Score(
        "Ted Cruz spoke first.\nLater he said that as long as the field stays divided, Donald Trump will win.\n"
        "\u201cIt would be a disaster,\u201d he added.");
    CHECK(pronoun.SpeakerOf("It would be a disaster") == "Ted Cruz");
    const Scored apposition = Score(
        "Carly Fiorina spoke first.\nWith her husband, Frank Fiorina, a retired executive, she met voters.\n"
        "\u201cWe will win,\u201d she said.");
    CHECK(apposition.SpeakerOf("We will win") == "Carly Fiorina");
  }
  SUBCASE("or a person a sentence no name opens introduces with a description") {
    const Scored s = Score(
        "The vote was close.\nThat is something that concerns Henry Crespo, president of the Florida Democratic "
        "Black Caucus.\n\u201cNo one is writing songs for her,\u201d he said.");
    CHECK(s.SpeakerOf("No one is writing songs") == "Henry Crespo");
    // Not the next name of a list.
    const Scored list = Score(
        "The vote was close.\nHe ranked him behind Rick Santorum, Senator Marco Rubio and Senator Ted Cruz.\n"
        "\u201cWe are alive,\u201d he said.");
    CHECK(list.SpeakerOf("We are alive") != "Rick Santorum");
  }
  SUBCASE("with no speaker or subject, a person of the pronoun's gender the sentences name") {
    const Scored mid = Score(
        "Vote is close\n\nThe State Department withheld an email that would have revealed Hillary Clinton's use "
        "of a private server months before she authorized the deletion of emails.");
    const Source* clinton = mid.SourceOf(mid.ByCue("authorized"));
    REQUIRE(clinton != nullptr);
    CHECK(clinton->name == "Hillary Clinton");
    // A pronoun opening its sentence: the first person the sentence before names.
    const Scored opening = Score(
        "Vote is close\n\nWASHINGTON (AP) \u2014 Attorney General Loretta Lynch is reaffirming that the probe into "
        "Hillary Clinton's use of a server is free of influence. She told The Associated Press on Monday that the "
        "inquiry was fair.");
    CHECK(opening.SpeakerOf("the inquiry was fair") == "Loretta Lynch");
  }
  SUBCASE("a speaker before the quotation") {
    const Scored s = Score("The vote was close.\nThe senator said: \u201cNobody in this chamber believes the numbers.\u201d");
    const Attribution* a = s.ByContent("Nobody in this chamber");
    REQUIRE(a != nullptr);
    CHECK(a->direct);
    CHECK(s.Slice(a->cue).rfind("said", 0) == 0);  // PolNeAR-style cues may keep the colon
  }
  SUBCASE("a multi-paragraph quotation continues its speaker") {
    const Scored s = Score(
        "\u201cWe have done what we came to do,\u201d said General Sergei Rudskoy. \u201cThe operation is over.\n"
        "\u201cOur pilots will come home this week and the base will stay open.\u201d");
    const Attribution* a = s.ByContent("Our pilots will come home");
    REQUIRE(a != nullptr);
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->name == "Sergei Rudskoy");
  }
}

TEST_CASE("a quotation signed with a dash is attributed to the name after the dash") {
  const Scored s = Score(
      "Readers told us what they think of the debate.\n"
      "\u201cHe represents our greatest shame. He has no plan at all.\u201d \u2015 Sonya Herridge\n"
      "\u201cWe are ready to talk with anyone,\u201d \u2014 Josh Earnest, White House spokesman.\n"
      "The vote was 5-4 - Senate Democrats walked out.\n"
      "\u201cNothing will change here, nothing at all\u201d \u2014 and then the hall emptied.\n"
      "He cited \u201cThe Godfather: Part Two\u201d \u2014 Mr. Stone was charged with seven counts.\n"
      "Jury acquits the \u201cKate\u2019s Law victim killer\u201d-Victim Smith");
  const Attribution* herridge = s.ByContent("He has no plan at all");
  REQUIRE(herridge != nullptr);
  CHECK(herridge->direct);
  CHECK(s.Slice(herridge->cue) == "\u2015");
  CHECK(herridge->verb == "signed");
  CHECK(s.Slice(herridge->content) == "He represents our greatest shame. He has no plan at all.");
  const Source* src = s.SourceOf(herridge);
  REQUIRE(src != nullptr);
  CHECK(src->name == "Sonya Herridge");

  const Source* earnest = s.SourceOf(s.ByContent("We are ready to talk"));
  REQUIRE(earnest != nullptr);
  CHECK(earnest->name == "Josh Earnest");
  CHECK(earnest->affiliation == "White House");
  CHECK(s.ByContent("We are ready to talk")->verb == "signed");

  // A dash with no quotation before it or no name after it signs nothing, nor does a dash
  // inside a sentence or a hyphen joining the quotation to a word.
  std::vector<std::string> signed_contents;  // of attributions whose cue is a dash (rule or model)
  for (const Attribution& a : s.report.attributions) {
    const std::string cue = s.Slice(a.cue);
    if (cue == "-" || cue == "\u2014" || cue == "\u2015") signed_contents.push_back(s.Slice(a.content));
  }
  std::string listed;
  for (const std::string& c : signed_contents) listed += "[" + c + "] ";
  INFO("contents of dash cues: ", listed);
  CHECK(signed_contents == std::vector<std::string>{"He represents our greatest shame. He has no plan at all.",
                                                    "We are ready to talk with anyone,"});
}

TEST_CASE("a naming cue credits no one: what is named is not a source") {
  const Scored s = Score(
      "Moscow launched its campaign in September against the Islamic State also known by other names such as IS, ISIS and ISIL.\n"
      "The group is also known by the acronyms ISIL and ISIS, officials said.");
  int naming = 0;
  for (const Attribution& a : s.report.attributions) {
    if (s.Slice(a.cue).find("known") == std::string::npos) continue;
    ++naming;
    CHECK(a.source.empty());
    CHECK(a.source_id < 0);
  }
  REQUIRE(naming >= 1);  // the tagger marks "known" here (PolNeAR does): the rule is exercised
  CHECK(s.SourceNamed("Islamic State") == nullptr);
  const Source* officials = s.SourceOf(s.ByCue("said"));
  REQUIRE(officials != nullptr);  // other cues keep their sources
  CHECK(officials->type == "anonymous");
}

TEST_CASE("a vehicle or weapon is no source: the cue it would head is an action") {
  const Scored s = Score(
      "Troops leave\n\n"
      "Armored vehicles have already started rolling out of the city, residents said.\n"
      "Navy helicopters have already started flying back to their carriers.");
  for (const Source& source : s.report.sources) {
    INFO("source: ", source.name);
    CHECK(source.name.find("vehicles") == std::string::npos);
    CHECK(source.name.find("helicopters") == std::string::npos);
  }
  for (const Attribution& a : s.report.attributions) CHECK(s.Slice(a.cue).find("started") == std::string::npos);
  const Source* residents = s.SourceOf(s.ByCue("said"));
  REQUIRE(residents != nullptr);  // the real attribution of the same sentence stays
  CHECK(residents->name == "residents");
}

TEST_CASE("a cue never runs across sentences") {
  // The tagger marks "update" in the headline; the body's first word must not join it.
  const Scored s = Score(
      "Poll update\n\n"
      "About 28 percent of voters said they would back him. Officials said. Critics said the same.");
  REQUIRE_FALSE(s.report.attributions.empty());
  for (const Attribution& a : s.report.attributions) {
    if (a.cue.empty()) continue;
    INFO("cue: ", s.Slice(a.cue));
    CHECK(s.Slice(a.cue).find('\n') == std::string::npos);
    size_t sentences = 0;
    for (const auto& sentence : s.report.sentences)
      if (sentence.start < a.cue.end && a.cue.start < sentence.end) ++sentences;
    CHECK(sentences == 1);
  }
  CHECK(s.ByCue("said") != nullptr);
}

TEST_CASE("a subordinator, adverb or verb form the ranker picks is no source: the next candidate or none") {
  const Scored s = Score(
      "Election diary\n\n"
      "While saying that he does respect Mrs. Clinton, he continued to express doubts about her health.\n"
      "It’s been reported that the donors were unhappy.\n"
      "Sen. Chuck Grassley (R-Iowa) on Wednesday said the comments were unfortunate.");
  for (const Attribution& a : s.report.attributions) {
    INFO("cue: ", s.Slice(a.cue), ", source: ", s.Slice(a.source));
    CHECK(s.Slice(a.source) != "While");
    CHECK(s.Slice(a.source).find("been") == std::string::npos);
  }
  for (const Source& source : s.report.sources) {
    INFO("source: ", source.name);
    CHECK(source.name != "While");
    CHECK(source.name.find("been") == std::string::npos);
  }
  const Attribution* grassley = s.ByCue("said");
  REQUIRE(grassley != nullptr);  // a real speaker is still read
  CHECK(s.Slice(grassley->source) == "Sen. Chuck Grassley");
}

TEST_CASE("grouping, pronouns and types") {
  SUBCASE("full name, surname, role description and pronoun are one source") {
    const Scored s = Score(
        "Russian President Vladimir Putin said the mission was accomplished.\n"
        "Putin added that the bases would stay.\n"
        "The Russian President also said talks should continue.\n"
        "He said the decision was final.");
    const Source* putin = s.SourceNamed("Vladimir Putin");
    REQUIRE(putin != nullptr);
    CHECK(putin->attributions == 4);
    CHECK(putin->type == "official");
    CHECK(putin->role == "President");
    CHECK(putin->affiliation == "Russia");
    CHECK(s.report.sources.size() == 1);
  }
  SUBCASE("a pronoun resolves to the last fitting speaker, named or one unnamed person") {
    struct Case { const char* text; const char* pronoun; const char* speaker; };
    for (const Case& c : {Case{"Angela Merkel told reporters that the talks had failed.\n"
                               "She added that a new round would start in May.", "She", "Angela Merkel"},
                          Case{"Talks\n\nPutin met the envoy on Monday. A spokesman said the talks would resume. "
                               "\u201cWe are ready,\u201d he added.", "he", "A spokesman"}}) {
      const std::string text = c.text;
      CAPTURE(text);
      const Scored s = Score(c.text);
      const Attribution* added = s.ByCue("added");
      REQUIRE(added != nullptr);
      CHECK(s.Slice(added->source) == c.pronoun);
      const Source* src = s.SourceOf(added);
      REQUIRE(src != nullptr);
      CHECK(src->name == c.speaker);
      CHECK(src->attributions == 2);
    }
  }
  SUBCASE("role, affiliation and type from the noun phrase") {
    const Scored s = Score("\u201cWe will have to see what their intentions are,\u201d said White House spokesman Josh Earnest.");
    const Source* src = s.SourceNamed("Josh Earnest");
    REQUIRE(src != nullptr);
    CHECK(src->role == "spokesman");
    CHECK(src->affiliation == "White House");
    CHECK(src->type == "spokesperson");
    CHECK_FALSE(src->anonymous);
  }
  SUBCASE("a politician's surname before a role is whom the person serves, after 'Former' opening a clause too") {
    const Scored s = Score("The vote was close. Obama adviser David Axelrod said it was fine. The memo was "
                           "leaked (Former Reagan chief of staff Don Regan said she ran the White House).");
    CheckSources(s, {{"it was fine", "David Axelrod", "Obama", "official"},
                     {"she ran the White House", "Don Regan", "Reagan", "official"}});
  }
  SUBCASE("an apposition gives the role and affiliation") {
    const Scored s = Score(
        "\u201cIt will give the talks a positive push,\u201d said Salim al-Muslat, spokesman for the opposition "
        "umbrella group, the High Negotiations Committee.");
    const Source* src = s.SourceNamed("Salim al-Muslat");
    REQUIRE(src != nullptr);
    CHECK(src->type == "spokesperson");
    CHECK(src->affiliation == "High Negotiations Committee");
  }
  SUBCASE("an apposition's body past the words that describe it or name a field") {
    const Scored s = Score(
        "The plan is vague, said Tom Lark, an analyst at the libertarian Marble Institute.\n"
        "The hack was Russian, said Steve Ward, director of communications for digital security firm FireEye.\n"
        "The vote is near, said Kim Yoe, a spokeswoman for the advocacy group Common Cause.\n"
        "The deal is off, said Jim Roe, president of the conservative advocacy group Citizens United.\n"
        "The suit will go on, said Lo Moe, a lawyer for the family who sued Google.\n"
        "The vote was fair, said Dan Cantor, director of the Sanders-supporting Working Families Party.");
    CheckSources(s, {{"The plan is vague", "Tom Lark", "Marble Institute", nullptr},
                     {"The hack was Russian", "Steve Ward", "FireEye", nullptr},
                     {"The vote is near", "Kim Yoe", "Common Cause", "spokesperson"},
                     {"The deal is off", "Jim Roe", "Citizens United", nullptr},
                     {"The suit will go on", "Lo Moe", "", nullptr},
                     {"The vote was fair", "Dan Cantor", "Working Families Party", nullptr}});
  }
  SUBCASE("vague sources are anonymous, experts are experts") {
    const Scored s = Score(
        "Some diplomats claimed the deal was dead, while analyst John Smith insisted it could be saved.");
    const Attribution* claimed = s.ByVerb("claimed");
    const Attribution* insisted = s.ByVerb("insisted");
    REQUIRE(claimed != nullptr);
    REQUIRE(insisted != nullptr);
    CHECK(claimed->stance == "doubtful");
    CHECK(insisted->stance == "assertive");
    REQUIRE(s.SourceOf(claimed) != nullptr);
    CHECK(s.SourceOf(claimed)->anonymous);
    CHECK(s.SourceOf(claimed)->type == "anonymous");
    REQUIRE(s.SourceOf(insisted) != nullptr);
    CHECK(s.SourceOf(insisted)->name == "John Smith");
    CHECK(s.SourceOf(insisted)->type == "expert");
  }
  SUBCASE("a vague phrase of the list ending in a role keeps the role") {
    const Scored s = Score("The vote was close. A spokeswoman for YouTube said the policy was clear. A Twitter "
                           "spokesman said the rules were new. A spokeswoman, Anna Vale, said the page was down.");
    for (const char* content : {"the policy was clear", "the rules were new"}) {
      CAPTURE(std::string(content));
      const Source* src = s.SourceOf(s.ByContent(content));
      REQUIRE(src != nullptr);
      CHECK(src->type == "anonymous");
      CHECK(src->role.rfind("spokes", 0) == 0);
    }
    CheckSources(s, {{"the page was down", "Anna Vale", nullptr, "spokesperson"}});
  }
  SUBCASE("the head of a university, institute or research center is an expert; of a government center not") {
    const Scored s = Score(
        "\u201cIt is a close race,\u201d said Larry Sabato, director of the University of Virginia's Center for "
        "Politics.\n"
        "The threat was growing, said Nicholas Rasmussen, director of the National Counterterrorism Center.\n"
        "The rules were unclear, said Ed Crane, president of the Cato Institute.");
    CheckSources(s, {{"a close race", "Larry Sabato", nullptr, "expert"},
                     {"The threat was growing", "Nicholas Rasmussen", nullptr, "official"},
                     {"The rules were unclear", "Ed Crane", "Cato Institute", "expert"}});
  }
  SUBCASE("a Sources: credit line cites outlets") {
    Article a;
    a.id = "credit";
    a.text = "Putin orders troops out of Syria\n\nPutin ordered the withdrawal on Monday.\n\n"
             "Sources: BBC, Daily Mail, The National / Photo credit: Wikimedia Commons\n";
    Scored s;
    s.text = a.text;
    s.report = SharedScorer().Score(a);
    for (const char* outlet : {"BBC", "Daily Mail", "The National"}) {
      const Source* src = s.SourceNamed(outlet);
      REQUIRE_MESSAGE(src != nullptr, outlet);
      CHECK(src->type == "outlet");
    }
    CHECK(s.SourceNamed("Wikimedia Commons") == nullptr);  // a photo credit is no source
  }
}

TEST_CASE("source-diversity metrics") {
  SUBCASE("a party's own name and its members are one side") {
    std::vector<Source> sources(3);
    const char* affiliations[] = {"Republican Party", "Republican", "Democratic Party"};
    for (size_t k = 0; k < 3; ++k) {
      sources[k].name = "source " + std::to_string(k);
      sources[k].type = "official";
      sources[k].affiliation = affiliations[k];
    }
    std::vector<Attribution> attributions(3);
    for (size_t k = 0; k < 3; ++k) {
      attributions[k].source_id = static_cast<int>(k);
      attributions[k].stance = "neutral";
    }
    CHECK(ComputeSourceDiversity(attributions, sources).affiliations_distinct == 2);
    sources[0].affiliation = "Republican Governors Association";  // a body of its own, not a party's name
    CHECK(ComputeSourceDiversity(attributions, sources).affiliations_distinct == 3);
  }
  SUBCASE("the arithmetic on a hand-made report") {
    std::vector<Source> sources(2);
    sources[0].name = "Josh Earnest";
    sources[0].type = "spokesperson";
    sources[0].affiliation = "White House";
    sources[1].name = "some diplomats";
    sources[1].type = "anonymous";
    sources[1].anonymous = true;
    std::vector<Attribution> attributions(3);
    attributions[0].source_id = 0;
    attributions[0].direct = true;
    attributions[1].source_id = 0;
    attributions[2].source_id = 1;
    for (Attribution& a : attributions) a.stance = "neutral";
    Attribution unresolved;  // "we said": not counted
    unresolved.source_id = -1;
    unresolved.stance = "neutral";
    attributions.push_back(unresolved);
    Attribution action;  // "Putin ordered …": an act, not a voice
    action.source_id = 1;
    action.stance = "other";
    attributions.push_back(action);

    const SourceDiversity d = ComputeSourceDiversity(attributions, sources);
    CHECK(d.attributions == 3);
    CHECK(d.sources_distinct == 2);
    CHECK(d.named_sources == 1);
    CHECK(d.named_share == doctest::Approx(2.0 / 3));
    CHECK(d.direct_share == doctest::Approx(1.0 / 3));
    const double h = -(2.0 / 3) * std::log2(2.0 / 3) - (1.0 / 3) * std::log2(1.0 / 3);
    CHECK(d.entropy_bits == doctest::Approx(h));
    CHECK(d.evenness == doctest::Approx(h));  // log2(2) = 1
    CHECK(d.affiliations_distinct == 1);
    const double expected = std::log2(1 + 1.5) + 0.75 * std::log2(2.0) + 2.0 / 3 + 0.5 * h + 0.5 / 3;
    CHECK(d.raw == doctest::Approx(expected));

    Report r;
    WriteSourceMetrics(d, &r);
    CHECK(r.Metric("sources_distinct") == 2);
    CHECK(r.Metric("source_diversity_raw") == doctest::Approx(expected));
  }
  SUBCASE("no attributions, no diversity") {
    const SourceDiversity d = ComputeSourceDiversity({}, {});
    CHECK(d.raw == 0);
    const Scored s = Score("The river rose two metres overnight and the bridge closed.");
    CHECK(s.report.attributions.empty());
    CHECK(s.report.Metric("source_diversity_raw", -1) == 0);
  }
  SUBCASE("many named sides score above one vague source") {
    const Scored vague = Score("Moscow said in a report that the troops would leave. Some diplomats said it was a surprise.");
    const Scored diverse = Score(
        "Russian President Vladimir Putin said the troops would leave. \u201cWe welcome it,\u201d said Salim al-Muslat, "
        "spokesman for the Syrian opposition. White House spokesman Josh Earnest said Washington was not warned. "
        "UN envoy Staffan de Mistura said the talks would go on, reports BBC.");
    CHECK(diverse.report.Metric("sources_distinct") > vague.report.Metric("sources_distinct"));
    CHECK(diverse.report.Metric("affiliations_distinct") > vague.report.Metric("affiliations_distinct"));
    CHECK(diverse.report.Metric("source_diversity_raw") > vague.report.Metric("source_diversity_raw"));
  }
}

TEST_CASE("the PolNeAR evaluator counts by overlap") {
  namespace fs = std::filesystem;
  const fs::path path = fs::temp_directory_path() / "biaslens_test_polnear.jsonl";
  {
    std::ofstream out(path);
    // Code point offsets: "é" is one code point but two bytes.
    // "Café owner Ana Silva said the rent doubled." gold: source "Ana Silva" [11,20), cue "said" [21,25).
    out << R"({"id":"a","text":"Café owner Ana Silva said the rent doubled.","attributions":[)"
        << R"({"source":[11,20],"cue":[21,25],"content":[26,42]},{"cue":[0,4]}]})" << "\n";
    out << "not json\n";
  }
  std::string error;
  const EvalResult r = EvaluateSources(SharedScorer(), path.string(), &error);
  fs::remove(path);
  REQUIRE(error.empty());
  CHECK(r.records == 1);
  CHECK(r.skipped == 1);
  // One predicted cue ("said") matches one of two gold cues; its source overlaps "Ana Silva".
  CHECK(r.Figure("gold_cues") == 2);
  CHECK(r.Figure("cue_precision") == doctest::Approx(1.0));
  CHECK(r.Figure("cue_recall") == doctest::Approx(0.5));
  CHECK(r.Figure("gold_sources") == 1);
  CHECK(r.Figure("source_precision") == doctest::Approx(1.0));
  CHECK(r.Figure("source_recall") == doctest::Approx(1.0));
  for (const char* error_count : {"gold_sources_cue_missed", "gold_sources_none_predicted", "gold_sources_wrong_source",
                                  "predicted_sources_spurious_cue", "predicted_sources_gold_has_none",
                                  "predicted_sources_wrong_source"})
    CHECK_MESSAGE(r.Figure(error_count, -1) == 0, error_count);
}

TEST_CASE("the PolNeAR evaluator says where the source errors come from") {
  namespace fs = std::filesystem;
  const fs::path path = fs::temp_directory_path() / "biaslens_test_polnear_errors.jsonl";
  // "Ana Silva said the rent doubled. Officials said prices rose. Hundreds said they would stay."
  //  0         10        20        30        40        50        60        70        80
  const std::string text = "Ana Silva said the rent doubled. Officials said prices rose. Hundreds said they would stay.";
  {
    std::ofstream out(path);
    // Gold: (1) Ana Silva / said, found with a wrong source: its gold source is "rent" [19,23),
    // so the detector's "Ana Silva" overlaps nothing; (2) "prices rose" is marked as the
    // source of the second "said", which the detector credits to "Officials";
    // (3) a gold cue the detector cannot find ("doubled" [24,31)) with source "the rent" [15,23);
    // (4) the third "said" has no gold source. Only (1) has a content, "the rent doubled",
    // which the detector's content of that "said" is.
    out << R"({"id":"e","text":")" << text << R"(","attributions":[)"
        << R"({"source":[19,23],"cue":[10,14],"content":[15,31]},)"
        << R"({"source":[48,59],"cue":[43,47]},)"
        << R"({"source":[15,23],"cue":[24,31]},)"
        << R"({"cue":[70,74]}]})" << "\n";
  }
  std::string error;
  const EvalResult r = EvaluateSources(SharedScorer(), path.string(), &error);
  fs::remove(path);
  REQUIRE(error.empty());
  REQUIRE(r.records == 1);
  INFO(r.ToText());
  CHECK(r.Figure("gold_sources") == 3);
  CHECK(r.Figure("gold_sources_cue_missed") == 1);
  CHECK(r.Figure("gold_sources_wrong_source") == 2);
  CHECK(r.Figure("gold_sources_none_predicted") == 0);
  CHECK(r.Figure("predicted_sources_wrong_source") == 2);
  CHECK(r.Figure("predicted_sources_gold_has_none") == 1);
  CHECK(r.Figure("predicted_sources_spurious_cue") == 0);
  CHECK(r.Figure("content_gold") == 1);
  CHECK(r.Figure("content_overlap") == doctest::Approx(1.0));
  CHECK(r.Figure("content_byte_precision") == doctest::Approx(1.0));
  CHECK(r.Figure("content_byte_recall") == doctest::Approx(1.0));
  // Every gold attribution with a source is found or has exactly one reason, and so is
  // every predicted one.
  CHECK(r.Figure("gold_sources") == doctest::Approx(r.Figure("source_recall") * r.Figure("gold_sources") +
                                                    r.Figure("gold_sources_cue_missed") +
                                                    r.Figure("gold_sources_none_predicted") +
                                                    r.Figure("gold_sources_wrong_source")));
  CHECK(r.Figure("predicted_sources") ==
        doctest::Approx(r.Figure("source_precision") * r.Figure("predicted_sources") +
                        r.Figure("predicted_sources_spurious_cue") + r.Figure("predicted_sources_gold_has_none") +
                        r.Figure("predicted_sources_wrong_source")));
}

TEST_CASE("people who speak together each get the attribution, counted once by the evaluator") {
  const Scored s = Score(
      "House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer said the wall was immoral. "
      "Ben Carson, Ted Cruz and Rand Paul have all attacked the plan. "
      // Not joint: an organisation's own name, and two clauses.
      "A study by the Center for Media and Public Affairs found that coverage was negative. "
      "Trump hired the staff with Corey Lewandowski, and Trump refused to change it.");
  auto speakers_of = [&](const std::string& cue) {
    std::vector<std::string> names;
    for (const Attribution& a : s.report.attributions) {
      if (s.Slice(a.cue) != cue) continue;
      const Source* src = s.SourceOf(&a);
      names.push_back(src ? src->name : "?");
      CHECK(s.Slice(a.content) == s.Slice(s.ByCue(cue)->content));  // one statement
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  CHECK(speakers_of("said") == std::vector<std::string>{"Chuck Schumer", "Nancy Pelosi"});
  CHECK(speakers_of("have all attacked").size() + speakers_of("attacked").size() == 3);
  CHECK(speakers_of("found").size() <= 1);
  for (const std::string& name : speakers_of("refused")) CHECK(name != "Corey Lewandowski");
  // After the cue, to the end of the sentence.
  const Scored after = Score("\u201cWe will win,\u201d said Nancy Pelosi and Sen. Chuck Schumer.");
  std::vector<std::string> after_names;
  for (const Attribution& a : after.report.attributions)
    if (const Source* src = after.SourceOf(&a)) after_names.push_back(src->name);
  std::sort(after_names.begin(), after_names.end());
  CHECK(after_names == std::vector<std::string>{"Chuck Schumer", "Nancy Pelosi"});
  // A given name alone before "and" and a full name shares its surname; a surname does not (one
  // expected name: a name that must not be found).
  for (const auto& item : std::vector<std::pair<const char*, std::vector<std::string>>>{
           {"The house burned. Bill and Hillary Clinton said they were sorry.", {"Bill Clinton", "Hillary Clinton"}},
           {"His biographers, David and Jeanne Heidler, wrote that Taylor was rash.",
            {"David Heidler", "Jeanne Heidler"}},
           {"Lindsey Graham was there. Graham and John McCain said no.", {"Graham McCain"}}}) {
    const std::string text = item.first;  // not a structured binding: clang 14 cannot capture one
    const std::vector<std::string>& expected = item.second;
    CAPTURE(text);
    const Scored pair = Score(text);
    std::vector<std::string> names;
    for (const Attribution& a : pair.report.attributions)
      if (const Source* src = pair.SourceOf(&a)) names.push_back(src->name);
    std::sort(names.begin(), names.end());
    if (expected.size() == 1) CHECK(std::find(names.begin(), names.end(), expected[0]) == names.end());
    else CHECK(names == expected);
  }

  namespace fs = std::filesystem;
  const fs::path path = fs::temp_directory_path() / "biaslens_test_polnear_joint.jsonl";
  // One gold attribution: "Nancy Pelosi and Chuck Schumer" [0,30) / "said" [31,35).
  const std::string text = "Nancy Pelosi and Chuck Schumer said the wall was immoral.";
  {
    std::ofstream out(path);
    out << R"({"id":"j","text":")" << text << R"(","attributions":[{"source":[0,30],"cue":[31,35]}]})" << "\n";
  }
  std::string error;
  const EvalResult r = EvaluateSources(SharedScorer(), path.string(), &error);
  fs::remove(path);
  REQUIRE(error.empty());
  INFO(r.ToText());
  CHECK(r.Figure("predicted_cues") == 1);
  CHECK(r.Figure("predicted_sources") == 1);
  CHECK(r.Figure("source_precision") == 1);
}

// The PolNeAR development articles, or "" (and a message saying the test is skipped) when
// ../shared/data is not here.
std::string PolnearPathOrSkip() {
  const std::filesystem::path path = std::filesystem::path(BIASLENS_DATA_DIR) / "eval" / "sources" / "polnear.jsonl";
  if (std::filesystem::exists(path)) return path.string();
  MESSAGE("skipped: " << path.string() << " is not here (the annotated corpora live in ../shared/data)");
  return "";
}

TEST_CASE("accuracy on the PolNeAR development articles") {
  const std::string path = PolnearPathOrSkip();
  if (path.empty()) return;
  std::string error;
  const EvalResult r = EvaluateSources(SharedScorer(), path, &error);
  REQUIRE_MESSAGE(error.empty(), error);
  MESSAGE(r.ToText());
  CHECK(r.records >= 900);
  // The shipped model was trained on these articles, so these are fit numbers and the floor
  // guards against regressions (tokenizer or feature drift). The honest estimate is the
  // 5-fold cross-validation by article in docs/sources.md (cue F1 0.74, source F1 0.70).
  CHECK(r.Figure("cue_f1") >= 0.82);
  CHECK(r.Figure("source_f1") >= 0.77);
}

// The model looks features up by FeatureHash values computed piece by piece; they must equal
// FNV-1a 64 of the feature strings (the keys of models/attribution.json) in the same order.

// The shipped cue-word classes (lexicons/cue_words.json).
const CueWordClasses& ShippedCueWords() {
  static const CueWordClasses classes = [] {
    CueWordClasses c;
    const AssetSet assets = EmbeddedAssets();
    const Lexicon* lexicon = assets.FindLexicon("cue_words");
    REQUIRE(lexicon != nullptr);
    c.Build(*lexicon);
    return c;
  }();
  return classes;
}

TEST_CASE("cue-word classes: listed words have their class, others \"-\"") {
  const CueWordClasses& classes = ShippedCueWords();
  CHECK(classes.ClassOf("said") == "say");
  CHECK(classes.ClassOf("believes") == "think");
  CHECK(classes.ClassOf("wants") == "want");
  CHECK(classes.ClassOf("statement") == "noun");
  CHECK(classes.ClassOf("reportedly") == "adjective");
  CHECK(classes.ClassOf("table") == "-");
  CHECK(CueWordClasses().ClassOf("said") == "-");
}

TEST_CASE("a person's gender keeps pronouns and shared surnames apart") {
  SUBCASE("\"she\" is not the man named last, \"he\" not the woman") {
    const Scored s = Score(
        "Hillary Clinton said the plan would create jobs. Donald Trump said the plan would fail. "
        "\u201cIt is a serious plan,\u201d she said. "
        "A spokeswoman for the campaign said the numbers were sound. \u201cWe will win,\u201d he said.");
    CHECK(s.SpeakerOf("It is a serious plan") == "Hillary Clinton");
    CHECK(s.SpeakerOf("We will win") == "Donald Trump");
    const Scored spokesman = Score(
        "A spokesman for Hillary Clinton said the numbers were sound. \u201cWe will win,\u201d he added.");
    CHECK(spokesman.SpeakerOf("We will win") == spokesman.SpeakerOf("the numbers were sound"));
  }
  SUBCASE("of two people with one surname, a role names the one the text gives it, and neither lends it") {
    const Scored s = Score(
        "Michelle Obama spoke first. President Barack Obama spoke next. President Obama said the plan would work. "
        "Mrs. Obama said it would not.");
    CHECK(s.SpeakerOf("the plan would work") == "Barack Obama");
    CHECK(s.SpeakerOf("it would not") == "Michelle Obama");
    const Source* first_lady = s.SourceNamed("Michelle Obama");
    REQUIRE(first_lady != nullptr);
    CHECK(first_lady->role.empty());  // "President Obama" is not hers, though the text names one woman Obama
  }
  SUBCASE("a bare surname is the first person the text names with it; Mr. and Mrs. choose") {
    const Scored s = Score(
        "Hillary Clinton said the race was close. Former President Bill Clinton said the polls were wrong. "
        "Clinton said she would campaign in Ohio. \u201cWe are not done,\u201d she said. "
        "Mr. Clinton said he would join her.");
    CHECK(s.SpeakerOf("she would campaign in Ohio") == "Hillary Clinton");
    CHECK(s.SpeakerOf("We are not done") == "Hillary Clinton");
    CHECK(s.SpeakerOf("he would join her") == "Bill Clinton");
    const Source* hillary = s.SourceNamed("Hillary Clinton");
    const Source* bill = s.SourceNamed("Bill Clinton");
    REQUIRE(hillary != nullptr);
    REQUIRE(bill != nullptr);
    // Each is credited only with the places that name them.
    for (const Range& r : bill->mention_spans) CHECK(s.Slice(r).find("Hillary") == std::string::npos);
    const uint32_t mr = static_cast<uint32_t>(s.text.find("Mr. Clinton"));
    for (const Range& r : hillary->mention_spans) {
      CHECK(s.Slice(r).find("Bill") == std::string::npos);
      CHECK_FALSE((r.start < mr + 11 && mr < r.end));  // "Mr. Clinton" is Bill Clinton's
    }
  }
  SUBCASE("a given name written with and without its accent is one name, and its gender is known") {
    CHECK(ShippedSourceLexicon().GivenNameGender("fran\u00E7ois") == 'm');
    CHECK(ShippedSourceLexicon().GivenNameGender("c\u00E9cile") == 'f');
    const Scored s = Score(
        "French President Fran\u00E7ois Hollande said the vote was a warning. Francois Hollande added that Europe "
        "must act. Later, Chancellor Angela Merkel said she agreed. Hollande said the talks would go on.");
    const Source* hollande = s.SourceOf(s.ByContent("the vote was a warning"));
    REQUIRE(hollande != nullptr);
    CHECK(s.SourceOf(s.ByContent("Europe must act")) == hollande);
    CHECK(s.SourceOf(s.ByContent("the talks would go on")) == hollande);
    CHECK(hollande->role == "President");
  }
  SUBCASE("a surname that is also a role word does not make a woman a man") {
    const Scored s = Score("Billie Jean King said the match was historic. \u201cI was there,\u201d she said.");
    CHECK(s.SpeakerOf("I was there").find("Billie Jean") == 0);
  }
  SUBCASE("a role before an owner's name is the owner's, not the speaker's") {
    const Scored s = Score(
        "Presidential candidate Marco Rubio\u2019s campaign said two dozen donors had switched. "
        "Later, candidate Hillary Clinton said she had raised more.");
    const Source* campaign = s.SourceOf(s.ByContent("two dozen donors"));
    const Source* clinton = s.SourceOf(s.ByContent("she had raised more"));
    REQUIRE(campaign != nullptr);
    REQUIRE(clinton != nullptr);
    CHECK(campaign != clinton);
    CHECK(campaign->affiliation == "Marco Rubio");
    CHECK(campaign->role.empty());
  }
  SUBCASE("a pronoun's antecedent: the person of that given name; a bare surname named in full; not a quotation's words") {
    const Scored ebeling = Score("The vote was close. \u201cIt goes in here,\u201d Tom Ebeling said. Betsy Ebeling shook "
                                 "her head. Over the years, she said, email has helped her.");
    const Source* betsy = ebeling.SourceNamed("Betsy Ebeling");
    REQUIRE(betsy != nullptr);
    CHECK(betsy->attributions == 1);  // "she said"
    REQUIRE(ebeling.SourceNamed("Tom Ebeling") != nullptr);
    CHECK(ebeling.SourceNamed("Tom Ebeling")->attributions == 1);
    // A sentence adverb or preposition before a surname is no given name ("Maybe Donald Trump").
    const Scored maybe = Score("Carly Fiorina said she would stay. \u201cMaybe Donald Trump has difficulty doing that,\u201d "
                               "she remarked.");
    const Source* fiorina = maybe.SourceOf(maybe.ByContent("has difficulty doing that"));
    REQUIRE(fiorina != nullptr);
    CHECK(fiorina->name == "Carly Fiorina");
    // The name opening a quotation is its speaker's subject, not the antecedent of "he said".
    const Scored quoted = Score("David Axelrod, a longtime adviser to Obama, said the race was close. \u201cImpeaching "
                                "Trump is one imperative,\u201d he said.");
    const Source* axelrod = quoted.SourceOf(quoted.ByContent("one imperative"));
    REQUIRE(axelrod != nullptr);
    CHECK(axelrod->name == "David Axelrod");
    // A sentence opening with a bare surname the text names in full has that person as subject.
    const Scored bare = Score("Ted Cruz spoke in Iowa. Paul Ryan said the bill would pass. Cruz shares many of the "
                              "views of Ryan. \u201cI disagree on trade,\u201d he said.");
    const Source* cruz = bare.SourceOf(bare.ByContent("I disagree on trade"));
    REQUIRE(cruz != nullptr);
    CHECK(cruz->name == "Ted Cruz");
  }
}

TEST_CASE("a middle initial and a suffix are part of a name") {
  const Scored s = Score(
      "Donald J. Trump said the plan would work. Mr. Trump added that it was fine. "
      "Vice President Joseph R. Biden Jr. said it would not. Biden added that the plan had failed.");
  const Source* trump = s.SourceNamed("Donald J. Trump");
  REQUIRE(trump != nullptr);
  CHECK(trump->attributions == 2);
  CHECK(s.SourceOf(s.ByContent("it was fine")) == trump);
  const Source* biden = s.SourceNamed("Joseph R. Biden Jr.");
  REQUIRE(biden != nullptr);
  CHECK(biden->role == "Vice President");
  CHECK(s.SourceOf(s.ByContent("the plan had failed")) == biden);
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    CHECK(src.name.back() != 'J');  // never cut at the initial ("Donald J")
    CHECK(src.name.back() != 'R');
  }
}

TEST_CASE("an initial that is a word (\"I.\", \"A.\") is part of the name, not a pronoun or an article") {
  const Scored s = Score(
      "The files were classified. I. Charles McCullough III, the inspector general, has indicated that some "
      "material was secret. FBI General Counsel James A. Baker wrote that the review was done. Speaker John A. "
      "Boehner of Ohio said the House would act.");
  CheckSourcePhrases(s, {{"some material was secret", "I. Charles McCullough III"},
                         {"the review was done", "FBI General Counsel James A. Baker"},
                         {"the House would act", "Speaker John A. Boehner of Ohio"}});
  for (const char* name : {"I. Charles McCullough III", "James A. Baker", "John A. Boehner"}) {
    CAPTURE(name);
    CHECK(s.SourceNamed(name) != nullptr);
  }
  CheckNoSourceNamed(s, {"Charles McCullough III", "A. Baker", "James", "Ohio"});
}

TEST_CASE("a name after \"bin\" is the father's: \"King Salman\" is not \"Mohammed bin Salman\"") {
  const Scored s = Score(
      "The journalist vanished. Saudi King Salman and his son, Crown Prince Mohammed bin Salman, have denied any "
      "knowledge of the murder. Salman said nothing more. Mohammed bin Salman said it again.");
  const Source* prince = s.SourceNamed("Mohammed bin Salman");
  REQUIRE(prince != nullptr);
  CHECK(prince->role == "Prince");
  CHECK(s.SourceOf(s.ByContent("it again")) == prince);
  const Source* king = s.SourceOf(s.ByContent("nothing more"));
  REQUIRE(king != nullptr);
  CHECK(king != prince);
  CHECK(king->role == "King");
  for (const Range& r : prince->mention_spans) CHECK(s.Slice(r) != "Saudi King Salman");
  // A bare "King Salman" is not completed to the son's full name either.
  const Scored bare = Score(
      "The journalist vanished. Crown Prince Mohammed bin Salman has denied any knowledge of the murder. King "
      "Salman said nothing more.");
  CHECK(bare.SourceOf(bare.ByContent("nothing more")) != bare.SourceNamed("Mohammed bin Salman"));
  // "Bin Laden" is "Osama bin Laden".
  const Scored laden = Score(
      "We have been here before: Osama bin Laden declared war on the United States. The first attack was treated "
      "as a crime. Bin Laden judged America a paper tiger.");
  const Source* osama = laden.SourceOf(laden.ByCue("declared war on"));
  REQUIRE(osama != nullptr);
  CHECK(osama->name == "Osama bin Laden");
  CHECK(laden.SourceOf(laden.ByCue("judged")) == osama);
}

TEST_CASE("a legislator's party and state tag is not the source") {
  const Scored s = Score(
      "Sen. Chuck Schumer (D-N.Y.) said the bill was dead. Sen. Lindsey Graham, R-S.C., said it could pass. "
      "Sen. Marco Rubio, R-Fla., said he would vote for it.");
  CHECK(s.SourceOf(s.ByContent("the bill was dead")) == s.SourceNamed("Chuck Schumer"));
  CHECK(s.SourceOf(s.ByContent("it could pass")) == s.SourceNamed("Lindsey Graham"));
  CHECK(s.SourceOf(s.ByContent("he would vote")) == s.SourceNamed("Marco Rubio"));
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    CHECK(src.name.size() > 1);
    CHECK(src.name.find("R-") == std::string::npos);
  }
}

TEST_CASE("a legislator's party tag gives the party as the affiliation") {
  const Scored s = Score(
      "Sen. Chuck Schumer (D-N.Y.) spoke first. Sen. Lindsey Graham, R-S.C., spoke next. Mark Siljander (R-Mich.) was "
      "there. Schumer said the bill was dead. Graham said it could pass. Siljander said it was late. Sen. Bernie "
      "Sanders (I-Vt.) said it was fair. Gov. Jerry Brown (D) said it was costly. Mary Poe (I-95 exit) said it "
      "was short.");
  CheckSources(s, {{"the bill was dead", "Chuck Schumer", "Democratic", "official"},
                   {"it could pass", "Lindsey Graham", "Republican", "official"},
                   {"it was late", "Mark Siljander", "Republican", "official"},  // a tag makes a legislator
                   {"it was fair", "Bernie Sanders", "Independent", "official"},
                   {"it was costly", "Jerry Brown", "Democratic", "official"}});
  const Source* poe = s.SourceOf(s.ByContent("it was short"));
  REQUIRE(poe != nullptr);
  CHECK(poe->affiliation.empty());  // a tag's state is letters
}

TEST_CASE("a name before a plural role qualifies the group") {
  const Scored s = Score(
      "The vote was close. Bernie Sanders spoke in Iowa. Top Sanders strategists said the plan would work. The joke "
      "was one that AAA officials deemed inappropriate. Local officials said the road was closed.");
  CheckSources(s, {{"the plan would work", "Top Sanders strategists", "Sanders", "anonymous"},
                   {"the road was closed", "Local officials", "", "anonymous"}});  // "Local" names no one
  const Source* aaa = s.SourceOf(s.ByCue("deemed"));
  REQUIRE(aaa != nullptr);
  CHECK(aaa->affiliation == "AAA");
}

TEST_CASE("a party member after a name's comma is the name's party; a described one is the last named official") {
  const Scored s = Score(
      "The vote was close. Representative Jerrold Nadler, Democrat of New York, said it was wrong. Hillary Clinton "
      "spoke. Clinton, a Democrat, did not mention Republican front-runner Donald Trump by name. Sen. Mitch "
      "McConnell said the Senate would vote. The Kentucky Republican said the bill would pass. A Nevada Democrat "
      "said it would not.");
  CheckSources(s, {{"it was wrong", "Jerrold Nadler", "Democratic", "official"},
                   {"the bill would pass", "Mitch McConnell", "Republican", "official"},
                   {"it would not", "A Nevada Democrat", "Democratic", "anonymous"}});
  const Source* clinton = s.SourceOf(s.ByCue("did not mention"));
  REQUIRE(clinton != nullptr);
  CHECK(clinton->name == "Hillary Clinton");  // not "a Democrat"
  CHECK(clinton->affiliation == "Democratic");
  // The ranker's pick of "Democrat of California" moves to the name too.
  const Scored visas = Score(
      "The program has grown rapidly. About 10,000 visas are awarded annually, primarily to wealthy Chinese citizens, "
      "who make up about 80 percent of the investors.\n\nSenator Dianne Feinstein, Democrat of California, said the "
      "EB-5 program has sent a terrible message to millions of immigrants waiting their turn.");
  for (const Attribution& a : visas.report.attributions) CHECK(visas.Slice(a.source) != "Democrat");
}

TEST_CASE("a bare given name is the one person the text names in full with it") {
  const Scored s = Score(
      "Hillary Clinton spoke in Iowa on Monday. Hillary said the plan would work. Sen. Rand Paul disagreed. "
      "Paul said the plan would fail. Paul Ryan and Paul Manafort were silent.");
  const Source* clinton = s.SourceOf(s.ByContent("the plan would work"));
  REQUIRE(clinton != nullptr);
  CHECK(clinton->name == "Hillary Clinton");
  // "Paul" is Rand Paul's surname here: it is not read as the given name of Paul Ryan or Paul Manafort.
  const Source* paul = s.SourceOf(s.ByContent("the plan would fail"));
  REQUIRE(paul != nullptr);
  CHECK(paul->name == "Rand Paul");
}

TEST_CASE("where a person lives is not the source") {
  const Scored s = Score(
      "Voters worry about jobs. Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is debt. "
      "Nick Daniloff, now 81 and retired in Cambridge, Mass., said the swap was fair. "
      "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam. Donna Rawlings, 59, of Ashton, Md., who "
      "watched the ceremony on a screen, said the event was moving.");
  CHECK(s.SourceOf(s.ByContent("her biggest concern is debt")) == s.SourceNamed("Brianne Stone"));
  CHECK(s.SourceOf(s.ByContent("the swap was fair")) == s.SourceNamed("Nick Daniloff"));
  CHECK(s.SourceOf(s.ByContent("he had fought in Vietnam")) == s.SourceNamed("Johnnie Wilson"));
  const Attribution* moving = nullptr;  // past ", who …,"
  for (const Attribution& a : s.report.attributions)
    if (s.Slice(a.content) == "the event was moving") moving = &a;
  CHECK(s.SourceOf(moving) == s.SourceNamed("Donna Rawlings"));
  // A state abbreviation alone is no speaker: the ranker's next candidate is tried.
  const Scored attack = Score("Fear spread. As the aftermath of the attack in San Bernardino, Calif., showed, the style "
                              "matters.");
  for (const Attribution& a : attack.report.attributions) CHECK(attack.Slice(a.source) != "Calif");
  const Scored rally = Score("Fear spread. The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, "
                             "claiming without any evidence that Obama wanted refugees.");
  const Source* trump = rally.SourceOf(rally.ByContent("Obama wanted refugees"));
  REQUIRE(trump != nullptr);
  CHECK(trump->name == "Trump");  // the Times' "Tex."
  // So is a state or country written out after a town.
  const Scored town = Score("Fear spread. Clinton, during a town hall meeting in Columbus, Ohio, said she would act. "
                            "Sandy Phillips, who lost her daughter in the shooting in Aurora, Colorado, in July 2012, "
                            "said the law failed.");
  CHECK(town.SourceOf(town.ByContent("she would act")) == town.SourceNamed("Clinton"));
  CHECK(town.SourceOf(town.ByContent("the law failed")) == town.SourceNamed("Sandy Phillips"));
  for (const Source& src : town.report.sources) CHECK(src.type != "organisation");
  CheckNoSourceNamed(s, {"Ala", "Mass", "Va", "Md"});
}

TEST_CASE("the subject that opens a sentence speaks, not a name inside its apposition") {
  const Scored s = Score(
      "The race tightened. Corey Lewandowski, Trump's campaign manager, said the polls were wrong. "
      "Gao Junlan, a lawyer from the southwestern Chinese province of Sichuan, said the law was unfair. "
      "RoseAnn DeMoro, executive director of National Nurses United, a union of nurses in Mr. Sanders' state, "
      "also said the plan would pass. "
      // A scare quote inside the apposition is read past.
      "Marie Collins, by no stretch a “conservative” Catholic, said the review was late. "
      // Kept: the apposition is the name (whose content is after the cue); the pick opens the apposition itself.
      "Mr. Trump's campaign chairman, Paul Manafort, said the convention was settled. "
      "Similarly, William J. Bennett, a Reagan education secretary, said the schools had failed. "
      // A legislator "of" a state: the person before the place.
      "Rep. Lee Zeldin of New York, a Trump supporter, said it will help both men. "
      "Senator Angus King of Maine, who caucuses with the Democrats, told reporters the deal was done.");
  const std::pair<const char*, const char*> content_and_speaker[] = {
      {"the polls were wrong", "Corey Lewandowski"},   {"the law was unfair", "Gao Junlan"},
      {"the plan would pass", "RoseAnn DeMoro"},       {"the convention was settled", "Paul Manafort"},
      {"the schools had failed", "William J. Bennett"}, {"it will help both men", "Lee Zeldin"},
      {"the deal was done", "Angus King"},              {"the review was late", "Marie Collins"}};
  for (const auto& [content, speaker] : content_and_speaker) {
    const std::string words = content;
    CAPTURE(words);
    const Source* src = s.SourceOf(s.ByContent(content));
    REQUIRE(src != nullptr);
    CHECK(src->name == speaker);
  }
}

namespace {

// The source of the first "said" in `text` has this name and role, and this affiliation and
// type unless nullptr.
void CheckSourceOfSaid(const char* text, const char* name, const char* role, const char* affiliation,
                       const char* type) {
  CAPTURE(std::string(text));
  const Scored s = Score(text);
  const Source* src = s.SourceOf(s.ByCue("said"));
  REQUIRE(src != nullptr);
  CHECK(src->name == name);
  CHECK(src->role == role);
  if (affiliation) CHECK(src->affiliation == affiliation);
  if (type) CHECK(src->type == type);
}

}  // namespace

TEST_CASE("a role read from an apposition is a noun phrase's, not a clause's") {
  struct Case { const char* text; const char* name; const char* role; const char* affiliation; };
  for (const Case& c : {
           // A clause after the comma names someone else's role.
           Case{"Donald J. Trump, who took to the talk shows to defend his praise of the Russian president, said "
                "he was right.", "Donald J. Trump", "", ""},
           Case{"Donald Trump, having completed his photo op with the Mexican president, said he was right.",
                "Donald Trump", "", ""},
           Case{"Paul Manafort, citing the unique magic of Trump, said the candidate could win.", "Paul Manafort", "",
                ""},
           // Noun phrases give theirs, with a few words before the role, "and", a name with "of", "who was".
           Case{"Andrew Rice, a Democrat and former Oklahoma state senator, said he was right.", "Andrew Rice",
                "senator", "Democratic"},
           Case{"Robert Oldendick, a University of South Carolina political science professor, said he was right.",
                "Robert Oldendick", "professor", "South Carolina"},
           Case{"Jason Delisle, who was an informal adviser to the Bush campaign, said he was right.", "Jason Delisle",
                "adviser", ""},
           Case{"Steve Adler, rVotes' owner, said he was right.", "Steve Adler", "owner", ""},
           // A vague phrase after a name gives its role.
           Case{"John Smith, a spokesman, said he was right.", "John Smith", "spokesman", ""},
           Case{"Ann Lee, a senior official, said he was right.", "Ann Lee", "official", ""},
           // The role is the phrase's head, with the role words before it.
           Case{"David Axelrod, President Barack Obama's former top adviser, said he was right.", "David Axelrod",
                "adviser", ""},
           Case{"Ben Rhodes, the deputy national security adviser, said he was right.", "Ben Rhodes",
                "deputy national security adviser", ""},
           Case{"Yukiya Amano, director general of the agency, said he was right.", "Yukiya Amano", "director general",
                ""},
           // A second segment that is a clause gives no affiliation.
           Case{"Marc Victor, his attorney, declined to comment about CNN's questions. Victor said he was right.",
                "Marc Victor", "attorney", ""}}) {
    CheckSourceOfSaid(c.text, c.name, c.role, c.affiliation, nullptr);
  }
}

TEST_CASE("titles with \"of\", compound adjectives and more roles and bodies") {
  struct Case { const char* text; const char* name; const char* role; const char* type; };
  for (const Case& c : {
           Case{"White House Chief of Staff Denis McDonough said the deal was done.", "Denis McDonough",
                "Chief of Staff", "official"},
           Case{"Supervisor of Elections Susan Gill said the deal was done.", "Susan Gill", "Supervisor of Elections",
                "official"},
           Case{"Journalist Carl Leubsdorf said the deal was done.", "Carl Leubsdorf", "Journalist", "expert"},
           Case{"Texas-based Matt Mackowiak said the deal was done.", "Matt Mackowiak", "", "person"},
           Case{"Cuban-born Ana Lopez said the deal was done.", "Ana Lopez", "", "person"},
           Case{"Black Lives Matter said the deal was done.", "Black Lives Matter", "", "organisation"},
           Case{"Conservative Solutions PAC said the deal was done.", "Conservative Solutions PAC", "", "organisation"},
           Case{"The Las Vegas Review-Journal said the deal was done.", "Las Vegas Review-Journal", "", "outlet"},
           // "the administration" is no particular one.
           Case{"The administration said the deal was done.", "The administration", "", "organisation"},
           Case{"The Trump administration said the deal was done.", "Trump administration", "", "organisation"}}) {
    CheckSourceOfSaid(c.text, c.name, c.role, nullptr, c.type);
  }
  // After "a", "one" or "another", a name before a role qualifies it: the supporter is no Trump.
  CheckSourceOfSaid("Donald Trump spoke in Ohio. A Trump supporter said the deal was done.", "A Trump supporter",
                    "supporter", "Trump", "anonymous");
  CheckSourceOfSaid("Another Clinton aide said the deal was done.", "Another Clinton aide", "aide", "Clinton",
                    "anonymous");
  CheckSourceOfSaid("A Donald Trump ally said the deal was done.", "A Donald Trump ally", "ally", "Donald Trump",
                    "anonymous");
  CheckSourceOfSaid("An Abraham Lincoln impersonator said the deal was done.", "An Abraham Lincoln impersonator",
                    "impersonator", "Abraham Lincoln", "anonymous");
  // The adjective stays in the phrase the reader sees.
  const Scored s = Score("The Saudi-led coalition said the strike hit a depot.");
  const Attribution* a = s.ByCue("said");
  REQUIRE(a != nullptr);
  CHECK(s.Slice(a->source) == "The Saudi-led coalition");
}

TEST_CASE("words capitalized by their place are no names; organisations named with \"for\" and \"of\"") {
  struct Case { const char* text; const char* name; const char* role; const char* type; };
  for (const Case& c : {
           // "Former", "Each", "Significantly" open the sentence; "Jan" is a given name before a name.
           Case{"Former Arizona governor Jan Brewer said the deal was done.", "Jan Brewer", "governor", "official"},
           Case{"Significantly, the judge said the deal was done.", "the judge", "judge", "official"},
           Case{"\"It is wrong,\" said Oversight ranking Democrat Elijah Cummings (D-Md.).", "Elijah Cummings", "",
                "official"},  // a legislator by the party tag
           Case{"The Brennan Center for Justice said the deal was done.", "Brennan Center for Justice", "",
                "organisation"},
           Case{"On Tuesday, the Nevada State Democratic Party said the deal was done.", "Nevada State Democratic Party",
                "", "organisation"},
           Case{"The National Organization for Women President Terry O'Neill said the deal was done.", "Terry O'Neill",
                "President", "official"}}) {
    CheckSourceOfSaid(c.text, c.name, c.role, nullptr, c.type);
  }
  const Scored s = Score("Friends offered to vote for me, she said. Each faction projected its own worldview, he said.");
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    CHECK(src.type != "person");  // no one is named "Friends" or "Each"
    CHECK(src.name != "Each");
  }
  // A surname the text writes again is a name, wherever it stands; "Jan" before a number is a month.
  const Scored again = Score("Sanders said the race was close. Sanders added that Jan 5 was the day.");
  const Source* sanders = again.SourceOf(again.ByContent("the race was close"));
  REQUIRE(sanders != nullptr);
  CHECK(sanders->name == "Sanders");
  CHECK(sanders->type == "person");
}

TEST_CASE("the gender word list: given names, honorifics and role words") {
  const AssetSet assets = EmbeddedAssets();
  const Lexicon* genders = assets.FindLexicon("gender");
  REQUIRE(genders != nullptr);
  SourceLexicon lexicon;
  std::string error;
  REQUIRE_MESSAGE(lexicon.BuildGenders(*genders, &error), error);
  CHECK(lexicon.GivenNameGender("hillary") == 'f');
  CHECK(lexicon.GivenNameGender("donald") == 'm');
  CHECK(lexicon.GivenNameGender("allan") == 'm');
  CHECK(lexicon.GivenNameGender("ghazala") == 'f');
  CHECK(lexicon.GivenNameGender("chris") == 0);  // common for both: not listed
  CHECK(lexicon.GivenNameGender("habib") == 0);  // also a surname ("Dina Habib Powell"): not listed
  CHECK(lexicon.GivenNameGender("spokeswoman") == 0);  // a word, not a given name
  CHECK(lexicon.WordGender("spokeswoman") == 'f');
  CHECK(lexicon.WordGender("mr") == 'm');
  CHECK(lexicon.WordGender("president") == 0);
  // No word is both.
  std::set<std::string> female, male;
  for (const LexiconEntry& e : genders->entries) (e.category[0] == 'f' ? female : male).insert(e.phrase);
  for (const std::string& w : female) CHECK_MESSAGE(male.count(w) == 0, w);

  SUBCASE("an unknown category is an error") {
    Lexicon bad = *genders;
    LexiconEntry both;
    both.phrase = "alex";
    both.category = "both";
    bad.entries.push_back(both);
    SourceLexicon other;
    CHECK_FALSE(other.BuildGenders(bad, &error));
    CHECK(error.find("alex") != std::string::npos);
  }
  SUBCASE("a mention's gender: given name, honorific or role word before the name, or a nameless head") {
    const std::string text = "Mrs. Smith, Congresswoman Debbie Wasserman Schultz, Billie Jean King and the wife of the senator.";
    const Document doc = AnalyzeText(text);
    auto token_at = [&](const std::string& word) {
      const size_t at = text.find(word);
      for (uint32_t i = 0; i < doc.tokens.size(); ++i) if (doc.tokens[i].start == at) return i;
      FAIL("no token " << word);
      return 0u;
    };
    const SourceLexicon& words = [&]() -> const SourceLexicon& {
      static SourceLexicon both = ShippedSourceLexicon();
      std::string why;
      REQUIRE(both.BuildGenders(*genders, &why));
      return both;
    }();
    auto gender = [&](const std::string& first, const std::string& last) {
      return MentionGender(doc, words, ReadSourcePhrase(doc, words, token_at(first), token_at(last) + 1));
    };
    CHECK(gender("Mrs.", "Smith") == 'f');
    CHECK(gender("Congresswoman", "Schultz") == 'f');
    CHECK(gender("Billie", "King") != 'm');
    CHECK(gender("wife", "senator") == 'f');
  }
}

TEST_CASE("attribution feature hashes equal FNV-1a 64 of the feature strings") {
  auto fnv1a64 = [](const std::string& s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
    return h;
  };
  const Document doc = AnalyzeText(
      "Café owners “protest” new rules\n\n"
      "\"We will not pay,\" said Zoë Müller, 45, a spokeswoman for the NDP's union, adding that "
      "officials had lied. According to Reuters, the ministry's report -- released Tuesday (in "
      "full) -- says costs rose 12.5% since 2019; others, quoted by AP, disagreed: \"That's false.\"\n\n"
      "I sued them, he says. THEY ARE LYING!");
  REQUIRE(doc.tokens.size() > 60);
  const AttributionFeatures features(doc, ShippedCueWords());
  std::vector<std::string> strings;
  uint64_t hashes[AttributionFeatures::kMaxCueFeatures];
  for (uint32_t i = 0; i < features.size(); ++i) {
    features.CueFeatures(i, &strings);
    const int count = features.CueFeatureHashes(i, hashes);
    REQUIRE(count == static_cast<int>(strings.size()));
    if (doc.Norm(doc.tokens[i]) == "said") CHECK(std::find(strings.begin(), strings.end(), "lex=say") != strings.end());
    for (int k = 0; k < count; ++k) CHECK_MESSAGE(hashes[k] == fnv1a64(strings[static_cast<size_t>(k)]), strings[static_cast<size_t>(k)]);
  }
  uint64_t source_hashes[AttributionFeatures::kMaxSourceFeatures];
  std::vector<int> candidates;
  for (uint32_t c0 = 0; c0 < features.size(); c0 += 3) {
    const uint32_t c1 = std::min<uint32_t>(c0 + c0 % 2, static_cast<uint32_t>(features.size()) - 1);
    features.SourceCandidates(c0, c1, &candidates);
    candidates.push_back(-1);
    for (int j : candidates) {
      features.SourceFeatures(c0, c1, j, &strings);
      const int count = features.SourceFeatureHashes(c0, c1, j, source_hashes);
      REQUIRE(count == static_cast<int>(strings.size()));
      for (int k = 0; k < count; ++k)
        CHECK_MESSAGE(source_hashes[k] == fnv1a64(strings[static_cast<size_t>(k)]), strings[static_cast<size_t>(k)]);
    }
  }
}

// assets/models/attribution.json is read by a streaming reader (attribution_model.cpp).
namespace {
std::vector<std::string> TaggedCues(const char* model_json, const Document& doc) {
  AttributionModel model;
  std::string error;
  REQUIRE_MESSAGE(model.Parse(model_json, &error), error);
  const AttributionFeatures features(doc, CueWordClasses());
  std::vector<std::string> cues;
  for (const TokenRun& run : model.TagCues(features, [](uint32_t) { return false; }))
    cues.emplace_back(doc.text.substr(doc.tokens[run.first].start, doc.tokens[run.last].end - doc.tokens[run.first].start));
  return cues;
}
}  // namespace

TEST_CASE("attribution model: integer weights over weight_divisor mean the same as decimals") {
  const Document doc = AnalyzeText("Taxes rose, the mayor said on Monday.");
  const std::vector<std::string> said{"said"};
  CHECK(TaggedCues(R"({"cue_threshold":1.0,"cue":{"b":-4.5,"w=said":6.0},"source":{}})", doc) == said);
  CHECK(TaggedCues(R"({"cue":{"b":-45,"w=said":60},"cue_threshold":1,"weight_divisor":10,"source":{}})", doc) == said);
  // 5.0 - 4.5 = 0.5 is under the threshold: nothing is tagged (50 - 45 would be over it).
  CHECK(TaggedCues(R"({"cue_threshold":1,"weight_divisor":10,"cue":{"b":-45,"w=said":50},"source":{}})", doc).empty());
  // A repeated key keeps its last value; unknown members of any shape are skipped.
  CHECK(TaggedCues(R"({"cv":{"a":[1,{"b":null}]},"cue_threshold":1,"cue":{"b":-4.5,"w=said":0,"w=said":6},"source":{}})", doc) == said);
}

TEST_CASE("attribution model: a malformed model file is refused with a message") {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"[]", "not a JSON object"},
      {"{\"cue\":{}", "not a JSON object"},
      {"{\"source\":{}}", "no \"cue\" table"},
      {"{\"cue\":[],\"source\":{}}", "no \"cue\" table"},
      {"{\"cue\":{},\"source\":\"x\"}", "no \"source\" table"},
      {"{\"cue\":{\"b\":\"1\"},\"source\":{}}", "weight of 'b' is not a number"},
      {"{\"cue\":{\"b\":[1]},\"source\":{}}", "weight of 'b' is not a number"},
      {"{\"cue\":{},\"source\":{\"x\":{}}}", "weight of 'x' is not a number"},
      {"{\"cue\":{},\"source\":{},\"cue_threshold\":\"high\"}", "cue_threshold is not a number"},
      {"{\"cue\":{},\"source\":{},\"weight_divisor\":0}", "weight_divisor is not a positive number"},
      {"{\"cue\":{},\"source\":{},\"weight_divisor\":[10]}", "weight_divisor is not a positive number"},
  };
  for (const auto& c : cases) {
    const std::string json = c.first, message = c.second;
    CAPTURE(json);
    AttributionModel model;
    std::string error;
    CHECK_FALSE(model.Parse(json, &error));
    CHECK_MESSAGE(error.find(message) != std::string::npos, error);
  }
}

TEST_CASE("feature weights behave like a map, across growth past the reserved size") {
  FeatureWeights table;
  CHECK(table.Find(42) == nullptr);  // empty
  table.Reserve(10);
  std::unordered_map<uint64_t, float> reference;
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 5000; ++i) {  // 500 times the reservation: the table grows many times
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    const uint64_t key = (i % 7 == 0) ? static_cast<uint64_t>(i % 50) : x;  // repeats and small keys, 0 among them
    const float weight = static_cast<float>(i) * 0.5f;
    table.Set(key, weight);
    reference[key] = weight;
  }
  CHECK(table.size() == reference.size());
  for (const auto& [key, weight] : reference) {
    const float* found = table.Find(key);
    REQUIRE(found != nullptr);
    CHECK(*found == weight);
  }
  uint64_t absent = 0;
  for (int i = 0; i < 1000; ++i) {
    absent = absent * 6364136223846793005ull + 1442695040888963407ull;
    if (reference.count(absent) == 0) CHECK(table.Find(absent) == nullptr);
  }
  table.Clear();
  CHECK(table.empty());
  CHECK(table.Find(reference.begin()->first) == nullptr);
}

TEST_CASE("weight tables: the fast reader takes exactly the JSON it can read, decoded as JSON reads it") {
  auto scan = [](const std::string& json, std::vector<std::pair<std::string, int64_t>>* out) {
    size_t pos = 0;
    out->clear();
    return ScanJsonIntegerObject(json, &pos, [&](std::string_view k, int64_t v) { out->emplace_back(k, v); }) &&
           pos == json.size();
  };
  std::vector<std::pair<std::string, int64_t>> got;
  REQUIRE(scan(R"({})", &got));
  CHECK(got.empty());
  REQUIRE(scan(R"({ "w=said" : 12 ,"b":-45, "w=\"":3, "w=caf\u00e9":-0, "w=zoë":7 })", &got));
  const std::vector<std::pair<std::string, int64_t>> expected{
      {"w=said", 12}, {"b", -45}, {"w=\"", 3}, {"w=caf\u00e9", 0}, {"w=zo\u00eb", 7}};
  CHECK(got == expected);
  // Anything else is left to the general parser: decimals, exponents, leading zeros, more
  // than 15 digits, a trailing comma, a bad escape, invalid UTF-8, a control character.
  for (const char* other : {R"({"a":1.5})", R"({"a":1e2})", R"({"a":01})", R"({"a":1234567890123456})",
                            R"({"a":1,})", R"({"a\x":1})", "{\"a\xff\":1}", "{\"a\tb\":1}", R"({"a":"1"})",
                            R"({"a":-})", R"({"a":1)"}) {
    CAPTURE(other);
    CHECK_FALSE(scan(other, &got));
  }
}

TEST_CASE("attribution model: the fast reader and the JSON parser read the shipped model alike") {
  const AssetSet assets = EmbeddedAssets();
  REQUIRE(assets.Find("models/attribution.json") != nullptr);
  const std::string& shipped = *assets.Find("models/attribution.json");
  // A weight written as a decimal, of a feature no token has, sends the file down the general
  // parser's path (a whole number still: the weights stay exact).
  std::string general = shipped;
  const size_t cue = general.find("\"cue\"");
  REQUIRE(cue != std::string::npos);
  general.insert(general.find('{', cue) + 1, "\"never=a feature\":2.0,");
  AttributionModel fast_model, general_model;
  std::string error;
  REQUIRE_MESSAGE(fast_model.Parse(shipped, &error), error);
  REQUIRE_MESSAGE(general_model.Parse(general, &error), error);
  const Document doc = AnalyzeText(
      "Talks resume\n\n\"We will not pay,\" said Zoë Müller, a spokeswoman for the union. According to "
      "Reuters, officials quoted by AP believe the ministry's report, which the Kremlin dismissed, is wrong.");
  const AttributionFeatures features(doc, ShippedCueWords());
  const auto none = [](uint32_t) { return false; };
  const std::vector<TokenRun> runs = fast_model.TagCues(features, none);
  const std::vector<TokenRun> general_runs = general_model.TagCues(features, none);
  REQUIRE(runs.size() == general_runs.size());
  REQUIRE(runs.size() >= 3);
  for (size_t k = 0; k < runs.size(); ++k) {
    CHECK(runs[k].first == general_runs[k].first);
    CHECK(runs[k].last == general_runs[k].last);
    CHECK(fast_model.PickSource(features, runs[k]) == general_model.PickSource(features, runs[k]));
  }
  AttributionModel fast_by_hash, general_by_hash;  // the cue scored from feature hashes
  REQUIRE_MESSAGE(fast_by_hash.Parse(shipped, &error, false), error);
  REQUIRE_MESSAGE(general_by_hash.Parse(general, &error, false), error);
  uint64_t hashes[AttributionFeatures::kMaxCueFeatures];
  for (uint32_t i = 0; i < features.size(); ++i) {
    const int count = features.CueFeatureHashes(i, hashes);
    CHECK(fast_by_hash.CueScore(hashes, count, false) == general_by_hash.CueScore(hashes, count, false));
  }
  CHECK(fast_model.cue_threshold() == general_model.cue_threshold());
}

// Texts whose tokens exercise every cue feature template: quotation marks on both sides, "that"
// ahead, a "|" token (the separator of pair features), punctuation classes, capitals, numbers,
// words the model has never seen, and the text's edges.
const char* const kCueFeatureTexts[] = {
    "Talks resume\n\n\"We will not pay,\" said Zoë Müller, a spokeswoman for the union. According to "
    "Reuters, officials quoted by AP believe the ministry's report, which the Kremlin dismissed, is wrong.",
    "He said | she said: \"No.\" The WHITE HOUSE, in a 12-page statement (issued Monday), insisted that "
    "the plan — unlike 2,000 others — would work; critics scoffed… Xqzzy flurbled that glorps wibble!",
    "said",
    "\"",
    "Analysts warned that prices, which rose 4.5% in May, could climb further, the bank's economists said in "
    "a note to clients; \"It is unclear,\" one added, \"whether they will.\"",
};

// The shipped attribution model twice: scoring cues from CueWeightTables, and from the
// hashes of the feature strings.
struct ShippedModelBothWays {
  AttributionModel model, by_hash;
  ShippedModelBothWays() {
    const AssetSet assets = EmbeddedAssets();
    std::string error;
    REQUIRE_MESSAGE(model.Parse(*assets.Find("models/attribution.json"), &error), error);
    REQUIRE_MESSAGE(by_hash.Parse(*assets.Find("models/attribution.json"), &error, false), error);
    REQUIRE(model.has_cue_tables());
  }
};

TEST_CASE("attribution model: the cue weight tables give every token the score of its feature strings") {
  const ShippedModelBothWays both;
  const AttributionModel &model = both.model, &by_hash = both.by_hash;
  REQUIRE_FALSE(by_hash.has_cue_tables());
  CHECK(model.cue_unit() == 10);
  size_t tokens = 0;
  for (const char* text : kCueFeatureTexts) {
    const Document doc = AnalyzeText(text);
    const AttributionFeatures features(doc, ShippedCueWords());
    std::vector<int64_t> units;
    model.CueTableScores(features, &units);
    REQUIRE(units.size() == features.size());
    uint64_t hashes[AttributionFeatures::kMaxCueFeatures];
    const double prev0 = by_hash.CueUnits(hashes, 0, false);
    for (uint32_t i = 0; i < features.size(); ++i) {
      std::vector<std::string> strings;
      features.CueFeatures(i, &strings);
      std::string joined;
      for (const std::string& f : strings) joined += "[" + f + "]";
      INFO(text, " token ", i, ": ", joined);
      const int count = features.CueFeatureHashes(i, hashes);
      CHECK(static_cast<double>(units[i]) == by_hash.CueUnits(hashes, count, false) - prev0);
      ++tokens;
    }
  }
  CHECK(tokens > 100);
}

TEST_CASE("attribution model: the cue and source tables agree with the feature strings on every PolNeAR token") {
  const std::string path = PolnearPathOrSkip();
  if (path.empty()) return;
  const ShippedModelBothWays both;
  const AttributionModel &model = both.model, &by_hash = both.by_hash;
  std::string error;
  uint64_t hashes[AttributionFeatures::kMaxCueFeatures];
  const double prev0 = by_hash.CueUnits(hashes, 0, false);
  size_t tokens = 0, differ = 0, candidates_compared = 0, source_differ = 0;
  std::vector<int64_t> units;
  size_t skipped = 0;
  REQUIRE(ForEachJsonlRecord(path, [&](size_t, const nlohmann::json& record) {
    const Document doc = AnalyzeText(record.value("text", std::string()));
    const AttributionFeatures features(doc, ShippedCueWords());
    model.CueTableScores(features, &units);
    for (uint32_t i = 0; i < features.size(); ++i, ++tokens) {
      const int count = features.CueFeatureHashes(i, hashes);
      if (static_cast<double>(units[i]) != by_hash.CueUnits(hashes, count, false) - prev0) ++differ;
    }
    // And the two paths tag the same cues; the source ranker's tables give every candidate of
    // every cue the score of its feature hashes, to the bit.
    const auto none = [](uint32_t) { return false; };
    const std::vector<TokenRun> runs = model.TagCues(features, none), hash_runs = by_hash.TagCues(features, none);
    bool same = runs.size() == hash_runs.size();
    for (size_t k = 0; same && k < runs.size(); ++k)
      same = runs[k].first == hash_runs[k].first && runs[k].last == hash_runs[k].last;
    if (!same) ++differ;
    std::vector<int> candidates;
    for (const TokenRun& run : runs) {
      features.SourceCandidates(run.first, run.last, &candidates);
      for (int j : candidates) {
        ++candidates_compared;
        if (model.SourceScore(features, run, j) != model.SourceScoreByFeatureHashes(features, run, j)) ++source_differ;
      }
    }
  }, &skipped, &error));
  CHECK(tokens > 500000);
  CHECK(differ == 0);
  CHECK(candidates_compared > 100000);
  CHECK(source_differ == 0);
}

TEST_CASE("attribution model: pair features whose parts hold the separator are read every way") {
  // "pw=|||x" is the word "|" before "|x" or the word "||" before "x": a token pair of either
  // kind builds that string, so both get its weight.
  const std::string json =
      R"({"cue_threshold": -2.0, "weight_divisor": 10, "source": {"NONE": 1},
          "cue": {"b": -5, "pw=|||x": 7, "ppc=,,": 3, "pcst=||said": 11, "w=zz": 2, "w=zz": 4}})";
  AttributionModel model, by_hash;
  std::string error;
  REQUIRE_MESSAGE(model.Parse(json, &error), error);
  REQUIRE_MESSAGE(by_hash.Parse(json, &error, false), error);
  REQUIRE(model.has_cue_tables());
  for (const char* text : {"a | |x zz , , said", "| | said zz"}) {
    const Document doc = AnalyzeText(text);
    const AttributionFeatures features(doc, CueWordClasses());
    std::vector<int64_t> units;
    model.CueTableScores(features, &units);
    uint64_t hashes[AttributionFeatures::kMaxCueFeatures];
    for (uint32_t i = 0; i < features.size(); ++i) {
      CAPTURE(text);
      CAPTURE(i);
      const int count = features.CueFeatureHashes(i, hashes);
      CHECK(static_cast<double>(units[i]) == by_hash.CueUnits(hashes, count, false));
    }
  }
}

TEST_CASE("a phrase of determiners and modifiers alone is no source mention") {
  const SourceLexicon& lexicon = ShippedSourceLexicon();
  const Document doc = AnalyzeText("They expect a political settlement, and the government says it was agreed.",
                                   TextOptions{false});
  auto token = [&](std::string_view w) {
    for (uint32_t k = 0; k < doc.tokens.size(); ++k) if (doc.Norm(doc.tokens[k]) == w) return k;
    FAIL("no token " << w);
    return 0u;
  };
  const uint32_t says = token("says");
  const SourceMention adjective = ReadSourceMention(doc, lexicon, token("political"), says, says + 1);
  CHECK(adjective.end_token == adjective.first_token);  // "a political" names no one
  const SourceMention government = ReadSourceMention(doc, lexicon, token("government"), says, says + 1);
  CHECK(government.end_token > government.first_token);  // a modifier word the lexicon knows as a speaker
  CHECK(government.text == "the government");
}

TEST_CASE("source name keys: one source across articles, however its name is written") {
  CHECK(SourceNameKey("Bashar al-Assad") == SourceNameKey("Bashar Assad"));
  CHECK(SourceNameKey("Walid Al Moallem") == SourceNameKey("Walid al-Moallem"));
  CHECK(SourceNameKey("Russia\u2019s") == SourceNameKey("Russia"));
  CHECK(SourceNameKey("U.S. officials") == SourceNameKey("US officials"));
  CHECK(SourceNameKey("Josh Earnest") == "joshearnest");
  CHECK(SourceNameKey("Al Gore") != SourceNameKey("Gore"));  // a first word "Al" is a given name
  CHECK(SourceNameKey("Bashar al-Assad") != SourceNameKey("Hafez al-Assad"));
  CHECK(SourceNameKey("Fran\u00E7ois Hollande") == SourceNameKey("Francois Hollande"));  // wire copy drops accents
  std::string first_last, middle;
  REQUIRE(SplitPersonName("Hillary Rodham Clinton", &first_last, &middle));
  CHECK(first_last == "hillaryclinton");
  CHECK(middle == "rodham");
  REQUIRE(SplitPersonName("Joseph R. Biden Jr.", &first_last, &middle));
  CHECK(first_last == "josephbiden");
  CHECK(middle == "r");
  REQUIRE(SplitPersonName("Bashar al-Assad", &first_last, &middle));
  CHECK(first_last == "basharassad");
  CHECK(middle.empty());
  CHECK_FALSE(SplitPersonName("Putin", &first_last, &middle));
}

TEST_CASE("a source phrase does not end in a possessive") {
  const SourceLexicon& lexicon = ShippedSourceLexicon();
  for (const char* text : {"He was told of Russia's decision to withdraw.", "He was told of Russia\u2019s decision to withdraw."}) {
    CAPTURE(text);
    const Document doc = AnalyzeText(text, TextOptions{false});
    uint32_t clitic = 0;
    while (clitic < doc.tokens.size() && doc.Norm(doc.tokens[clitic]) != "'s") ++clitic;
    REQUIRE(clitic < doc.tokens.size());
    const SourceMention m = ReadSourceMention(doc, lexicon, clitic, 0, 0);
    CHECK(m.text == "Russia");
    CHECK(m.institution == "Russia");
  }
}

TEST_CASE("an auxiliary before the cue is not the source; its subject is") {
  const Scored s = Score("Talks\n\nA member of parliament has estimated that about 1,000 troops will stay.");
  const Attribution* a = s.ByCue("estimated");
  REQUIRE(a != nullptr);
  CHECK(s.Slice(a->source) == "A member of parliament");
}

TEST_CASE("a role noun before \"of\" heads the source phrase") {
  const Scored s = Score("Vote\n\nThe leader of the opposition said the vote was rigged.");
  const Attribution* a = s.ByCue("said");
  REQUIRE(a != nullptr);
  CHECK(s.Slice(a->source) == "The leader of the opposition");
  const Source* src = s.SourceOf(a);
  REQUIRE(src != nullptr);
  CHECK(src->role == "leader");
}

TEST_CASE("a role noun heads a chain of \"of\"/\"in\" phrases, whichever noun of it was picked") {
  const SourceLexicon& lexicon = ShippedSourceLexicon();
  const char* text = "Though, the head of the defense committee in Russia's upper house of parliament has estimated "
                     "that 1,000 troops will stay.";
  const Document doc = AnalyzeText(text, TextOptions{false});
  uint32_t estimated = 0;
  while (estimated < doc.tokens.size() && doc.Norm(doc.tokens[estimated]) != "estimated") ++estimated;
  // The phrase runs from the role to the picked noun.
  struct Case { std::string head, phrase; };
  for (const Case& c : {Case{"parliament", "the head of the defense committee in Russia's upper house of parliament"},
                        Case{"committee", "the head of the defense committee"}}) {
    CAPTURE(c.head);
    uint32_t h = 0;
    while (h < doc.tokens.size() && doc.Norm(doc.tokens[h]) != c.head) ++h;
    REQUIRE(h < estimated);
    const SourceMention m = ReadSourceMention(doc, lexicon, h, estimated - 1, estimated + 1);
    CHECK(m.text == c.phrase);
    CHECK(m.role == "head");
  }
  // A verb in the chain ends it: "visited" is no noun of the phrase.
  const Document other = AnalyzeText("The minister visited the upper house of parliament, officials said.", TextOptions{false});
  uint32_t parliament = 0;
  while (parliament + 1 < other.tokens.size() && other.Norm(other.tokens[parliament]) != "parliament") ++parliament;
  const SourceMention m = ReadSourceMention(other, lexicon, parliament, parliament + 3, parliament + 4);
  CHECK(m.role.empty());
  CHECK(m.text.find("minister") == std::string::npos);
}

TEST_CASE("capitalized words before an organisation word name the organisation, not a person") {
  const SourceLexicon& lexicon = ShippedSourceLexicon();
  struct Case { const char* phrase; const char* affiliation; bool anonymous; };
  for (const Case& c : {Case{"A senior member of the Senate Foreign Relations Committee", "Senate Foreign Relations Committee", true},
                        Case{"The Federal Communications Commission", "Federal Communications Commission", false},
                        Case{"The Jupiter Police Department", "Jupiter Police Department", false},
                        Case{"The Anti-Defamation League", "Anti-Defamation League", false},
                        Case{"Judicial Watch", "Judicial Watch", false},
                        Case{"A Marist College poll", "Marist College", false},
                        // "Cornell" is a given name, "University" no surname.
                        Case{"The Cornell University team", "Cornell University", false},
                        // "the National" is a newspaper's name, but not here: the lexicon's longer
                        // name after the article wins, with its canonical form.
                        Case{"The National Rifle Association", "NRA", false},
                        Case{"The New Yorker magazine", "The New Yorker", false},
                        Case{"Republican members of the House Intelligence Committee", "House Intelligence Committee", true},
                        // A sentence-initial number is capitalized but names nothing.
                        Case{"Two Defense Department officials", "Defense Department", true},
                        Case{"Three senior campaign officials", "", true}}) {
    const std::string phrase = c.phrase;
    CAPTURE(phrase);
    const std::string text = phrase + " said the vote was close.";  // outlives the Document
    const Document doc = AnalyzeText(text, TextOptions{false});
    uint32_t said = 0;
    while (said + 1 < doc.tokens.size() && doc.Norm(doc.tokens[said]) != "said") ++said;
    const SourceMention m = ReadSourcePhrase(doc, lexicon, 0, said);
    CHECK(m.name.empty());
    CHECK(m.affiliation == c.affiliation);
    CHECK(m.anonymous == c.anonymous);
  }
}

TEST_CASE("the noun a post-modifier hangs on is the source, not the object of its preposition") {
  struct Case { const char* text; const char* cue; const char* source_word; };
  for (const Case& c : {Case{"Deal\n\nThe deal is close, people familiar with the matter said.", "said", "people"},
                        Case{"Talks\n\nNo arrests have been made, officials close to the investigation said.", "said", "officials"},
                        Case{"Geneva\n\nThe decision may leave Assad weaker as negotiations get under way in Geneva, "
                             "some diplomats involved in the process described.", "described", "diplomats"},
                        Case{"Plan\n\nThe plan was dropped, two sources briefed on the discussions told Reuters.", "told", "sources"}}) {
    const std::string text = c.text;
    CAPTURE(text);
    const Scored s = Score(c.text);
    const Attribution* a = s.ByCue(c.cue);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->source).find(c.source_word) != std::string::npos);
    const Source* src = s.SourceOf(a);
    REQUIRE(src != nullptr);
    CHECK(src->anonymous);
  }
}

TEST_CASE("US states give an affiliation; companies and agencies are organisations; plural groups are vague") {
  struct Case { const char* text; const char* cue; const char* type; const char* affiliation; };
  for (const Case& c : {Case{"Budget\n\nOhio Gov. John Kasich said the budget was balanced.", "said", "official", "Ohio"},
                        Case{"Policy\n\nFacebook said in a statement that the policy had changed.", "said in a statement", "organisation", "Facebook"},
                        Case{"Rates\n\nThe FEC said the filing was late.", "said", "organisation", "Federal Election Commission"},
                        Case{"Rates\n\nEconomists said growth would slow next year.", "said", "anonymous", ""}}) {
    const std::string text = c.text;
    CAPTURE(text);
    const Scored s = Score(c.text);
    const Source* src = s.SourceOf(s.ByCue(c.cue));
    REQUIRE(src != nullptr);
    CHECK(src->type == c.type);
    CHECK(src->affiliation == c.affiliation);
  }
}

TEST_CASE("a place after \"in\" is not a source; a source word opening a cue run is") {
  SUBCASE("talks in Vienna") {
    const Scored s = Score(
        "The troop withdrawal comes during a new round of peace talks in Vienna aimed at ending the war, "
        "reports Al Jazeera.");
    CHECK(s.SourceNamed("Vienna") == nullptr);
    CHECK(s.SourceNamed("Al Jazeera") != nullptr);
  }
  SUBCASE("a source word opening a cue run is the speaker, with its possessive") {
    // A model that tags the speaker's noun with the cue, as the shipped one sometimes does.
    AssetSet assets = EmbeddedAssets();
    assets.files["models/attribution.json"] =
        R"({"cue_threshold":0,"cue":{"b":-5,"w=opposition":10,"w=cautiously":10,"w=welcomed":10},"source":{}})";
    std::string error;
    const std::unique_ptr<AttributionDetector> detector = AttributionDetector::Create(assets, &error);
    REQUIRE_MESSAGE(detector != nullptr, error);
    const std::string text = "Talks resume\n\nGeorgia\u2019s opposition cautiously welcomed the announcement.";
    const Document doc = AnalyzeText(text);
    Report r = EmptyReportFor(doc);
    detector->Run(doc, ScoreOptions{}, &r);
    REQUIRE(r.attributions.size() == 1);
    auto slice = [&](const Range& x) { return text.substr(x.start, x.end - x.start); };
    CHECK(slice(r.attributions[0].cue) == "cautiously welcomed");
    CHECK(slice(r.attributions[0].source) == "Georgia\u2019s opposition");
  }
  SUBCASE("a plural for people that is a verb too opens no cue before a reporting verb") {
    const Scored s = Score("Talks resume. Based on estimates by the government, advocates estimate there could be "
                           "18,000. Gun-control advocates believe the ban came too soon.");
    CheckSourcePhrases(s, {{"there could be", "advocates"}, {"the ban came", "Gun-control advocates"}});
    CHECK(s.ByCue("advocates estimate") == nullptr);
  }
}

TEST_CASE("a spokesperson for someone: the speaker is the spokesperson, affiliated with whom they speak for") {
  const SourceLexicon& lexicon = ShippedSourceLexicon();
  struct Case { const char* text; const char* head; const char* phrase; const char* affiliation; };
  // Whichever word the ranker picks as the head, the phrase is the same.
  for (const Case& c : {Case{"A spokesman for the ministry said the talks would resume.", "ministry",
                             "A spokesman for the ministry", "the ministry"},
                        Case{"A spokesman for the ministry said the talks would resume.", "spokesman",
                             "A spokesman for the ministry", "the ministry"},
                        Case{"A spokeswoman for Google declined to comment.", "google", "A spokeswoman for Google", "Google"},
                        Case{"A spokesman for Obama said the bill was dead.", "obama", "A spokesman for Obama", "Obama"},
                        Case{"A lawyer for the family said they would appeal.", "lawyer", "A lawyer for the family",
                             "the family"},
                        Case{"A Republican strategist for Mr. Rubio said it was over.", "rubio",
                             "A Republican strategist for Mr. Rubio", "Rubio"},
                        Case{"An aide for the senator said it was over.", "aide", "An aide for the senator",
                             "the senator"},
                        // Whom "one of" them is goes unsaid.
                        Case{"A strategist for one of the campaigns said it was over.", "one",
                             "A strategist for one of the campaigns", ""}}) {
    const std::string text = c.text, head = c.head;
    CAPTURE(text);
    CAPTURE(head);
    const Document doc = AnalyzeText(c.text, TextOptions{false});
    uint32_t h = 0, cue = 0;
    for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
      if (doc.Norm(doc.tokens[k]) == head) h = k;
      if (doc.Norm(doc.tokens[k]) == "said" || doc.Norm(doc.tokens[k]) == "declined") cue = k;
    }
    const SourceMention m = ReadSourceMention(doc, lexicon, h, cue, cue + 1);
    CHECK(m.text == c.phrase);
    CHECK(m.affiliation == c.affiliation);
    CHECK(m.name.empty());  // "Obama" is whom the spokesman speaks for, not the spokesman's name
    CHECK(m.anonymous);
  }
}

TEST_CASE("a length of time after a role's \"for\" is not whom the role speaks for") {
  const Scored s = Score("\u201cSure,\u201d said a Democratic strategist for years.");
  const Attribution* a = s.ByCue("said");
  REQUIRE(a != nullptr);
  CHECK(s.Slice(a->source) == "a Democratic strategist");
}

TEST_CASE("after a role's \"of\" or \"to\", \"one of\" the phrase names reaches its noun") {
  CheckSourcePhrases(Score("\u201cYes,\u201d said an adviser to one of the campaigns. \u201cNo,\u201d said a member of "
                           "one of the committees."),
                     {{"Yes,", "an adviser to one of the campaigns"}, {"No,", "a member of one of the committees"}});
}

// The source mention grown from the word before the first "said" of `text`, as the detector reads it.
SourceMention MentionBeforeSaid(const std::string& text) {
  const Document doc = AnalyzeText(text, TextOptions{false});
  uint32_t said = 0;
  while (said < doc.tokens.size() && doc.Norm(doc.tokens[said]) != "said") ++said;
  REQUIRE(said > 0);
  REQUIRE(said < doc.tokens.size());
  return ReadSourceMention(doc, ShippedSourceLexicon(), said - 1, said, said + 1);
}

TEST_CASE("a possessive takes its owner along, and a name before it owns the speaker") {
  struct Case { const char* text; const char* phrase; const char* name; const char* affiliation; };
  for (const Case& c : {Case{"The family's lawyer said they would appeal.", "The family's lawyer", "", ""},
                        Case{"Trump's lawyer said they would appeal.", "Trump's lawyer", "", "Trump"},
                        Case{"Obama's spokesman Josh Earnest said the bill was dead.", "Obama's spokesman Josh Earnest",
                             "Josh Earnest", "Obama"}}) {
    const std::string text = c.text;
    CAPTURE(text);
    const SourceMention m = MentionBeforeSaid(c.text);
    CHECK(m.text == c.phrase);
    CHECK(m.name == c.name);
    CHECK(m.affiliation == c.affiliation);
  }
}

TEST_CASE("a name after a role is the person's; the words before the role qualify it") {
  struct Case { const char* text; const char* phrase; const char* name; const char* role; const char* affiliation; };
  for (const Case& c : {
           // Runs of equal length: the one after the role is the name, the one before the affiliation.
           Case{"Judicial Watch president Tom Fitton said the ruling was wrong.", "Judicial Watch president Tom Fitton",
                "Tom Fitton", "president", "Judicial Watch"},
           Case{"Hillary Clinton aide Huma Abedin said the ruling was wrong.", "Hillary Clinton aide Huma Abedin",
                "Huma Abedin", "aide", "Hillary Clinton"},
           Case{"Cato\u2019s Alex Nowrasteh said the ruling was wrong.", "Cato\u2019s Alex Nowrasteh", "Alex Nowrasteh", "",
                "Cato"},
           // One word before the role is an affiliation when it is someone's surname in the text, or an acronym.
           Case{"Donald Trump won. Trump senior adviser Paul Manafort said the ruling was wrong.",
                "Trump senior adviser Paul Manafort", "Paul Manafort", "adviser", "Trump"},
           Case{"Wells Fargo CEO John Stumpf said the ruling was wrong.", "Wells Fargo CEO John Stumpf", "John Stumpf",
                "CEO", "Wells Fargo"},
           Case{"AFT President Randi Weingarten said the ruling was wrong.", "AFT President Randi Weingarten",
                "Randi Weingarten", "President", "AFT"},
           Case{"House Minority Leader Nancy Pelosi said the ruling was wrong.", "House Minority Leader Nancy Pelosi",
                "Nancy Pelosi", "Minority Leader", "House"},
           Case{"Assistant Attorney General Ronald Weich said the ruling was wrong.",
                "Assistant Attorney General Ronald Weich", "Ronald Weich", "Assistant Attorney General", ""},
           // A given name before a title is part of the name, as is a lexicon word after a given name.
           Case{"Sean Cardinal O'Malley said the ruling was wrong.", "Sean Cardinal O'Malley", "Sean Cardinal O'Malley", "",
                ""},
           Case{"Former New York City Mayor Michael Bloomberg said the ruling was wrong.",
                "Former New York City Mayor Michael Bloomberg", "Michael Bloomberg", "Mayor", "New York City"},
           Case{"Representative Steve Israel said the ruling was wrong.", "Representative Steve Israel", "Steve Israel",
                "Representative", ""},
           Case{"Mr. King said the ruling was wrong.", "Mr. King", "King", "", ""},
           // A place word the text also writes after a given name is that person's surname.
           Case{"Mark Cuban spoke. Cuban said the ruling was wrong.", "Cuban", "Cuban", "", ""},
           Case{"Mayor Don Guardian spoke. Guardian said the ruling was wrong.", "Guardian", "Guardian", "", ""}}) {
    const std::string text = c.text;
    CAPTURE(text);
    const SourceMention m = MentionBeforeSaid(c.text);
    CHECK(m.text == c.phrase);
    CHECK(m.name == c.name);
    CHECK(m.role == c.role);
    CHECK(m.affiliation == c.affiliation);
  }
}

TEST_CASE("a verb after \"and\" or a participle after a comma speaks with the subject of its clause") {
  const Scored s = Score(
      "The case drew notice. On both of their blogs the pair called their bans from entering the UK \"a striking blow "
      "against freedom\" and said they would appeal. Sanders\u2019 campaign launched a $1.5 million ad buy in California "
      "on Tuesday and announced a new rally. \u201cThey interpreted the law in my case to say it was criminal,\u201d "
      "Saucier told Fox News, referring to the prosecutors. The 50-state poll finds Trump faring better in the Rust Belt "
      "states of Indiana, Michigan, Ohio and Pennsylvania than in other battlegrounds, offering hope to his campaign. "
      "Mrs. Clinton has embraced Mr. Obama\u2019s go-it-alone approach, promising more executive action. "
      "Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a restrained embrace.");
  CheckSourcePhrases(s, {// "and" + verb: the subject of the first cue of the clause ("called"), else the phrase
                         // opening the clause.
                         {"they would appeal", "the pair"},
                         {"announced", "Sanders\u2019 campaign"},
                         // A participle after a comma: the subject of the nearest cue before it.
                         {"referring to", "Saucier"},
                         {"offering", "The 50-state poll"},
                         {"promising", "Mrs. Clinton"},
                         // A verb of a relative clause keeps the relative pronoun.
                         {"criticized", "Mr. McConnell, who"}});
  // ", who" stands for the person named before the comma.
  const Source* mcconnell = s.SourceOf(s.ByCue("criticized"));
  REQUIRE(mcconnell != nullptr);
  CHECK(mcconnell->name == "McConnell");
  // Past a subordinator after the comma, and an adverb before it: the subject far before.
  const Scored far = Score("The race went on. Mr. Ryan raises substantial sums of money for Republicans, even while "
                           "keeping his promise to spend Sunday at home. In the spin room after the debate, "
                           "Obama\u2019s aides were also complimentary, perhaps recognizing that imitation is "
                           "flattery.");
  CheckSourcePhrases(far, {{"spend Sunday", "Mr. Ryan"}, {"imitation is flattery", "Obama\u2019s aides"}});
}

TEST_CASE("\"as\" after an object pronoun opens no clause before a verb after \"and\"") {
  const Scored s = Score(
      "The race tightened. Sen. Ted Cruz kept up his attack on Saturday, casting him as a false conservative and "
      "questioning his temperament. A pro-Rubio super PAC launched an ad campaign this week casting him as a "
      "flip-flopper and calling attention to his record.");
  CheckSourcePhrases(s, {{"questioning", "Sen. Ted Cruz"}, {"calling attention", "A pro-Rubio super PAC"}});
}

TEST_CASE("the same pronoun read for two cues is one source") {
  // "he" of "he said, describing" was resolved twice, and the second time it skipped the
  // source the first had just joined (Ted Cruz instead of the prime minister).
  const Scored s = Score(
      "Senator Ted Cruz said the deal was bad. The prime minister noted that no refugee wants to go there. \u201cThe "
      "reason why people are in your country is that they want a German life,\u201d he said, describing the issue as a "
      "German problem.");
  const Attribution* said = s.ByContent("The reason why people");
  const Attribution* describing = s.ByCue("describing");
  REQUIRE(said != nullptr);
  REQUIRE(describing != nullptr);
  CHECK(s.Slice(said->source) == "he");
  CHECK(s.Slice(describing->source) == "he");
  CHECK(said->source_id == describing->source_id);
  REQUIRE(s.SourceOf(said) != nullptr);
  CHECK(s.SourceOf(said)->name == "The prime minister");
}

TEST_CASE("\"they\" stands for a plural subject of people after the last group that spoke") {
  const Scored s = Score(
      "Officials said the plan was sound. Some Republican senators met on Monday, but they say the "
      "plan is flawed. Prosecutors sealed the files on Monday. They said a leak was likely. The freshman senator "
      "wants a vote, and they say it will come. Wages rose in May. They said the rise was small.");
  CHECK(s.SpeakerOf("the plan is flawed") == "Some Republican senators");
  CHECK(s.SpeakerOf("a leak was likely") == "Prosecutors");
  // Not a verb after a singular subject, nor things: the last group that spoke.
  CHECK(s.SpeakerOf("it will come") == "Prosecutors");
  CHECK(s.SpeakerOf("the rise was small") == "Prosecutors");
  // The subject's phrase does not run over a verb.
  const Scored verb = Score(
      "Officials said the plan was sound. While the e-mails portrayed White House officials as careful, they suggest "
      "the plan was flawed.");
  CHECK(verb.SpeakerOf("the plan was flawed").find("portrayed") == std::string::npos);
  // Only the sentence of "they" and the two before it are read for a subject.
  const Scored far = Score(
      "Officials said the plan was sound. Critics are angry. The vote is near. The count is slow. The day is long. "
      "They said the plan was flawed.");
  CHECK(far.SpeakerOf("the plan was flawed") == "Officials");
  // Nor a pronoun of no one in particular ("one says", "someone", "everyone").
  const Scored one = Score("To convert, one says the prayer. Everyone says it is short. The kids met on Monday. They "
                           "say the prayer is long.");
  CHECK(one.SpeakerOf("the prayer is long") != "one");
  CHECK(one.SpeakerOf("the prayer is long") != "Everyone");
}

TEST_CASE("\"it\" stands for a body or document opening a sentence after the last one that spoke") {
  const Scored s = Score(
      "The company said sales fell. The letter runs to four pages. It also accused the paper of errors. The memo ran "
      "long. It has been argued that the talks failed.");
  CHECK(s.SpeakerOf("the paper of errors") == "The letter");
  CHECK(s.SpeakerOf("the talks failed") != "The memo");  // "It has been", "It is": what follows
  // Not a place: a dateline or "In Miami" opens many a sentence.
  const Scored place = Score("The company said sales fell. WASHINGTON ran the talks for months. It also accused the "
                             "paper of errors.");
  CHECK(place.SpeakerOf("the paper of errors") == "The company");
}

TEST_CASE("a name suffix keeps its period, makes the word before it a surname, and tells father from son") {
  const Scored s = Score(
      "President Donald Trump said the deal was fine. His son Donald Trump Jr. said the deal was bad. Mr. Trump said "
      "the talks would go on. Trump Jr. said the talks were over. Martin Luther King Jr. said the dream lived. Vice "
      "President Joseph R. Biden Jr. said the plan would work. Mr. Biden said the vote was near.");
  CheckSources(s, {{"the deal was fine", "Donald Trump", nullptr, nullptr},
                   {"the deal was bad", "Donald Trump Jr.", nullptr, nullptr},
                   {"the talks would go on", "Donald Trump", nullptr, nullptr},
                   {"the talks were over", "Donald Trump Jr.", nullptr, nullptr},
                   {"the dream lived", "Martin Luther King Jr.", "", "person"},
                   {"the plan would work", "Joseph R. Biden Jr.", nullptr, "official"},
                   {"the vote was near", "Joseph R. Biden Jr.", nullptr, "official"}});
  // The son's role is not the father's.
  const Scored jackson = Score("The vote was close. The Rev. Jesse Jackson said the march was peaceful. Rep. Jesse "
                               "Jackson Jr. said the bill was dead.");
  CheckSources(jackson, {{"the march was peaceful", "Jesse Jackson", "", "person"},
                         {"the bill was dead", "Jesse Jackson Jr.", nullptr, "official"}});
  CHECK(jackson.SourceNamed("Jesse Jackson")->role.empty());
}

TEST_CASE("a person before \"of\" and a place speaks from that place; more countries are places") {
  const Scored s = Score(
      "The vote was close. Senator Ted Cruz of Texas said the deal was bad. Bank of America said it would pay. "
      "Portuguese officials said the claim was false. John Smith of Acme said the plan would fail. The Hollywood "
      "Chamber of Commerce said the star stays.");
  const Source* cruz = s.SourceOf(s.ByContent("the deal was bad"));
  REQUIRE(cruz != nullptr);
  CHECK(cruz->name == "Ted Cruz");
  CHECK(cruz->affiliation == "Texas");
  CHECK(s.Slice(s.ByContent("the deal was bad")->source) == "Senator Ted Cruz of Texas");
  const Source* bank = s.SourceOf(s.ByContent("it would pay"));
  REQUIRE(bank != nullptr);
  CHECK(bank->name == "Bank of America");
  CHECK(bank->type == "organisation");
  const Source* officials = s.SourceOf(s.ByContent("the claim was false"));
  REQUIRE(officials != nullptr);
  CHECK(officials->affiliation == "Portugal");
  CHECK(officials->type == "anonymous");
  // One word the text names nothing else by, after "of" and a person: where the person is from.
  const Source* smith = s.SourceOf(s.ByContent("the plan would fail"));
  REQUIRE(smith != nullptr);
  CHECK(smith->name == "John Smith");
  CHECK(smith->affiliation == "Acme");
  const Source* chamber = s.SourceOf(s.ByContent("the star stays"));
  REQUIRE(chamber != nullptr);
  CHECK(chamber->name == "Hollywood Chamber of Commerce");
  CHECK(chamber->type == "organisation");
}

TEST_CASE("nouns that qualify a source noun belong to its phrase; a pick that names no one gives way") {
  const Scored s = Score(
      "Turnout was high. In Ohio, election officials said the count would end Tuesday. \"There was wrongdoing,\" said a "
      "former senior law enforcement official. Some delegates at the convention in Philadelphia said they welcomed the "
      "debate. The city said it would appeal.");
  CheckSourcePhrases(s, {{"the count would end", "election officials"},
                         {"There was wrongdoing", "a former senior law enforcement official"},
                         {"they welcomed the debate", "Some delegates"},
                         {"it would appeal", "The city"}});
}

TEST_CASE("an opening adverbial before the source is not the content") {
  const Scored s = Score(
      "The vote ended. In a statement, the governor said the count would end Tuesday. On Friday, Obama took a "
      "lighter tone. The economy grew, Yellen said on Tuesday.");
  CheckContents(s, {{"said", "the count would end Tuesday"}});
  // A clause before the comma still is: the attribution closes the sentence.
  const Attribution* yellen = s.ByContent("The economy grew");
  REQUIRE(yellen != nullptr);
  CHECK(s.Slice(yellen->source) == "Yellen");
}

TEST_CASE("a participle in an opening adverbial speaks with the subject after its comma") {
  const Scored s = Score(
      "The day before, a bulldozer hit a bus stop. After talking about security, Mr. Netanyahu suggested that they "
      "walk to the site. After saying he was nervous, the man asked a question about the war. While most of his "
      "competitors called for a bigger military effort, Trump hewed to the president\u2019s approach, noting that "
      "ground troops were not needed.");
  CheckSourcePhrases(s, {{"talking about", "Mr. Netanyahu"},
                         {"saying", "the man"},
                         // Not the source of a cue in the opening clause.
                         {"noting", "Trump"}});
}

TEST_CASE("a name ending an opening phrase is not the role after its comma") {
  const Scored s = Score("The debate ended. In an interview with Bill Vale, the senator said the plan would fail. "
                         "Appearing on Meet the Nation, the front-runner said the deal was bad. Tom Rees, the "
                         "spokesman, said the vote was set.");
  CheckSources(s, {{"the plan would fail", "the senator", nullptr, nullptr},
                   {"the deal was bad", "the front-runner", nullptr, nullptr},
                   {"the vote was set", "Tom Rees", nullptr, nullptr}});  // an apposition still names its role
}

TEST_CASE("the agent of a passive cue speaks, unless the cue names a feeling") {
  const Scored s = Score(
      "Johnson proposed a new tax. He was criticized by libertarians on social media. He was recommended for the job "
      "by Roger Stone, the longtime Trump associate. He was fined $100,000. FBI officials were angered by the deal, "
      "which they saw as lenient. Across Asia, policymakers have been startled by Trump's pronouncements, which "
      "have challenged decades of policy.");
  CheckSourcePhrases(s, {{"was criticized", "libertarians"},
                         {"was recommended", "Roger Stone"},
                         {"were angered by", "FBI officials"},
                         {"have been startled", "policymakers"}});
}

TEST_CASE("a participle cue right before by and a name or a determiner is passive without be") {
  const Scored s = Score(
      "It was a practice criticized by Rep. George Miller and civil rights advocates. Cuts recommended by the board "
      "would take effect. Mr. Netanyahu responded by settling a dispute. Trump appeared by video at the dinner. She "
      "beat Madeleine Kunin, the former Vermont Democratic governor challenged by Sanders 30 years ago. Her messages "
      "echo the ones put forth by Boris Johnson in Britain. She was stressed out by the security checks. Starr's "
      "remarks, first reported by The New York Times on Tuesday, suggested regret.");
  CheckSourcePhrases(s, {{"criticized", "Rep. George Miller"}, {"recommended", "the board"},
                         {"responded", "Mr. Netanyahu"}, {"challenged", "Sanders"},
                         // A participle before its particle; a feeling stays the subject's.
                         {"put forth", "Boris Johnson"}, {"was stressed out", "She"},
                         // After an adverb.
                         {"first reported", "The New York Times"}});
  // Before a preposition or the particle of an irregular participle.
  const Scored more = Score("The race went on. An issue seized upon by the network would take on urgency. A "
                            "fundraising email sent out by Sanders on Tuesday night warned of the fight.");
  CheckSourcePhrases(more, {{"seized upon", "the network"}, {"sent out", "Sanders"}});
  const Attribution* appeared = s.ByCue("appeared");
  if (appeared != nullptr) CHECK(s.Slice(appeared->source) != "video");
}

TEST_CASE("\", who\" and \", which\" stand for the people or the body before the comma") {
  const Scored s = Score(
      "The Service Employees International Union has two million members. The union, which endorsed Clinton in "
      "November, plans a rally. Legal experts, who worry about the attacks, have spoken out. \u201cWe are ready,\u201d "
      "said Alan Berger, a gynecologist from Englewood, New Jersey, who took issue with the plan.");
  const Source* body = s.SourceOf(s.ByCue("endorsed"));
  REQUIRE(body != nullptr);
  CHECK(body->name == "Service Employees International Union");
  CHECK(body->type == "organisation");
  const Source* experts = s.SourceOf(s.ByCue("worry about"));
  REQUIRE(experts != nullptr);
  CHECK(experts->name == "Legal experts");
  // Past a place that ends an apposition: the person who opens it.
  const Source* berger = s.SourceOf(s.ByCue("took issue with"));
  REQUIRE(berger != nullptr);
  CHECK(berger->name == "Alan Berger");
}

TEST_CASE("an outlet after a place's possessive speaks itself") {
  CheckSources(Score("The vote was close. \u201cLeave the guns at home,\u201d opined Cleveland's Plain Dealer. Chicago's "
                     "Sun-Times said the count was fair. Fox News's Chris Wallace said the rally was full. The New Hampshire Union Leader said Mr. Rubio "
                     "had been rocked."),
               {{"Leave the guns at home", "The Plain Dealer", "The Plain Dealer", "outlet"},
                {"the count was fair", "Sun-Times", nullptr, "outlet"},
                {"the rally was full", "Chris Wallace", "Fox News", "person"},
                {"had been rocked", "New Hampshire Union Leader", nullptr, "outlet"}});  // no "Leader" role
}

TEST_CASE("figures of a party are people, figures of a report are numbers") {
  CheckSources(Score("The vote was close. Republican establishment figures said the speech was plagiarized. Official "
                     "figures show the deficit grew. A Philippine lawmaker said Trump should be banned."),
               {{"the speech was plagiarized", "Republican establishment figures", "Republican", "anonymous"},
                {"the deficit grew", "Official figures", nullptr, "document"},
                {"Trump should be banned", "A Philippine lawmaker", "Philippines", nullptr}});
  CheckSources(Score("The vote was close. The White House said the talks were over. The House said it would vote "
                     "again. The pro-Clinton super PAC Priorities USA Action said it would spend more. Super PACs said "
                     "they would spend less. The inquiry found that nothing was lost. Filed in January, the suit "
                     "charges that the school broke the law."),
               {{"the talks were over", "White House", nullptr, "organisation"},
                {"it would spend more", "Priorities USA Action", nullptr, "organisation"},  // after "super PAC"
                {"they would spend less", "Super PACs", nullptr, "anonymous"},
                {"nothing was lost", "The inquiry", nullptr, "document"},
                {"the school broke the law", "the suit", nullptr, "document"},
                {"it would vote again", "House", "House", "organisation"}});  // no person named House
}

TEST_CASE("newspapers named by their masthead word; institutions named by theirs") {
  const Scored s = Score(
      "The vote was close. The Baltimore Sun reported that the mayor resigned. Emily Post said manners matter in "
      "politics. Mr. Sun said the deal was done. The U.S. Conference of Mayors said the plan would fail. The General "
      "Assembly said the resolution passed. The Mayo Clinic said the drug was safe. The Council on Foreign Relations "
      "said the forum was open.");
  CheckSources(s, {{"the mayor resigned", "Baltimore Sun", nullptr, "outlet"},
                   {"manners matter", "Emily Post", nullptr, "person"},
                   {"the deal was done", "Sun", nullptr, "person"},
                   {"the plan would fail", "U.S. Conference of Mayors", nullptr, "organisation"},
                   {"the resolution passed", "General Assembly", nullptr, "organisation"},
                   {"the drug was safe", "Mayo Clinic", nullptr, "organisation"},
                   {"the forum was open", "Council on Foreign Relations", nullptr, "organisation"}});
  CheckSources(Score("The vote was close. The Irish Times reported that the count was fair. News outlets said the "
                     "turnout was low. All conference attendees said the talks went well."),
               {{"the count was fair", "Irish Times", nullptr, "outlet"},
                {"the turnout was low", "News outlets", nullptr, "anonymous"},  // a sentence's first word
                {"the talks went well", "All conference attendees", nullptr, "anonymous"}});  // "conference" qualifies
}

TEST_CASE("a military command and the Joint Chiefs are bodies; a cable is a document; 'become' names no one") {
  const Scored s = Score("The vote was close. Troops serve in 85 countries, according to the United States Special "
                         "Operations Command. The chairman of the Joint Chiefs of Staff said the plan was sound. The "
                         "cable warned that the guards were few. Mr. Obama, officials said, has become increasingly "
                         "skeptical about the truce.");
  CheckSources(s, {{"Troops serve", "United States Special Operations Command", nullptr, "organisation"},
                   {"the plan was sound", "The chairman of the Joint Chiefs of Staff", "Joint Chiefs of Staff",
                    "official"},
                   {"the guards were few", "The cable", "", "document"}});
  for (const Attribution& a : s.report.attributions) CHECK(s.Slice(a.source) != "become");
}

TEST_CASE("\"the Post\" capitalized inside a sentence is the newspaper; a post is a document") {
  const Scored s = Score(
      "The vote was close. On Monday, The Post reported that the deal was done. The campaign declined, according to "
      "the Post. "
      "In a blog post, the senator wrote that the vote was fair. The Post's Jane Vale wrote that the count was slow.");
  CheckSources(s, {{"the deal was done", "The Post", "The Post", "outlet"},
                   {"The campaign declined", "The Post", "The Post", "outlet"},
                   {"the count was slow", "Jane Vale", "The Post", nullptr}});
}

TEST_CASE("an acronym in a title-case headline is a body; a kicker in capitals is none") {
  const Scored s = Score("FDIC Accused Of Covering Up China Hacking\n\nA congressional report accused the agency of "
                         "hiding the breach.", "");
  const Attribution* accused = s.ByCue("Accused");
  REQUIRE(accused != nullptr);
  REQUIRE(s.SourceOf(accused) != nullptr);
  CHECK(s.SourceOf(accused)->type == "organisation");
  const Scored kicker = Score("EXCLUSIVE: Memo Shows Plan To Close The Plant\n\nThe memo was sent on Monday.", "");
  for (const Source& src : kicker.report.sources) CHECK(!(src.name == "EXCLUSIVE" && src.type == "organisation"));
}

TEST_CASE("a title-case headline's name ends where the text writes it, before the headline's verb") {
  const Scored s = Score("France\u2019s Marine Le Pen Backs Trump And Denounces Clinton\n\nMarine Le Pen, the leader of "
                         "the National Front, said Trump would win.", "");
  const Scored initial = Score("Mary J. Blige Tells Fans She Backs Hillary Clinton\n\nMary J. Blige said she was "
                               "proud.", "");
  for (const Scored* scored : {&s, &initial}) {
    for (const Source& src : scored->report.sources) {
      CAPTURE(src.name);
      CHECK(src.name.find("Backs") == std::string::npos);
      CHECK(src.name != "Mary J");
    }
  }
  const Source* le_pen = s.SourceNamed("Marine Le Pen");
  REQUIRE(le_pen != nullptr);
  CHECK(le_pen->attributions == 2);
}

TEST_CASE("a subheading's capitalized words name no one a pronoun stands for") {
  const Scored s = Score("Barack Obama met the press on Monday.\n\nDivision Over Iran.\n\nThe relationship soured. He "
                         "said the talks were over.");
  for (const Source& src : s.report.sources) CHECK(src.name != "Division Over");
}

TEST_CASE("a name ending in a word in capitals, or a people's party, is a body; a numeral is not") {
  const Scored s = Score("The vote was close. Priorities USA said the ads would run. The Junge SVP launched a "
                         "referendum, calling for a ban. Benedict XVI said the faith was strong.\nJAKE TAPPER: Did it "
                         "work?");
  CheckSources(s, {{"the ads would run", "Priorities USA", nullptr, "organisation"},
                   {"a ban", "Junge SVP", nullptr, "organisation"}});
  // "People" in a party's name is no vague group of people.
  CheckSources(Score("The vote was close. The Austrian People's Party said it would win."),
               {{"it would win", "Austrian People's Party", nullptr, "organisation"}});
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    if (src.name == "JAKE TAPPER" || src.name == "Benedict XVI") CHECK(src.type != "organisation");
  }
}

TEST_CASE("a media company is an outlet; a city or county named in full is its government") {
  CheckSources(Score("The vote was close. Tarvel Media reported that ads rose. Brindle County said the count was "
                     "over. Marrow City said the plant would stay. New York City said it would sue. Brindle County "
                     "Commissioner Anna Pell said the vote was fair. Tom Vale, the party chairman for Marrow County, "
                     "said turnout was low."),
               {{"ads rose", "Tarvel Media", nullptr, "outlet"},
                {"the count was over", "Brindle County", "Brindle County", "organisation"},
                {"the plant would stay", "Marrow City", "Marrow City", "organisation"},
                {"it would sue", "New York City", "New York City", "organisation"},
                {"the vote was fair", "Anna Pell", "Brindle County", "official"},
                {"turnout was low", "Tom Vale", "Marrow County", "official"}});
}

TEST_CASE("an apposition's organisation is the affiliation, named as written") {
  const Scored s = Score(
      "The vote was close. Richard Haass, president of the Council on Foreign Relations, said the plan would cost "
      "more. Dean Baker, co-director of the Center for Economic and Policy Research, said wages would rise. Jane "
      "Doe, director of the Center for Economic and Policy Studies, said prices would fall. Dante Scala, a professor "
      "at the University of New Hampshire, said turnout would drop. Audrey Scagnelli, a spokeswoman for the "
      "Republican committee organizing the convention, said the hall was full.");
  CheckSources(Score("The vote was close. The rich got richer, said David Friedman, president of Wealth-X, a private "
                     "company. Frank Pavone, national director of Priests for Life, said the law was wrong. John Smith, "
                     "a friend of Hillary Clinton, said the plan would fail. Lara Friedman, the president of the "
                     "Foundation for Middle East Peace, said the talks would stall. Kristan Hawkins, president of "
                     "Students for Life of America, said the rule was wrong. RoseAnn DeMoro, executive director of "
                     "National Nurses United, said the nurses were ready. Erica Smegielski, the daughter of Sandy Hook "
                     "Elementary Principal Dawn Hochsprung, said the plan failed. Brendan Buck, a spokesman for House "
                     "Speaker Tiberius Quonk, said the vote would wait."),
               {{"The rich got richer", "David Friedman", "Wealth-X", nullptr},
                {"the talks would stall", "Lara Friedman", "Foundation for Middle East Peace", nullptr},  // not the place
                {"the rule was wrong", "Kristan Hawkins", "Students for Life of America", nullptr},
                {"the nurses were ready", "RoseAnn DeMoro", "National Nurses United", nullptr},
                {"the plan failed", "Erica Smegielski", "", nullptr},  // a person is no body
                {"the vote would wait", "Brendan Buck", "", nullptr},
                {"the law was wrong", "Frank Pavone", "Priests for Life", nullptr},
                {"the plan would fail", "John Smith", "", nullptr}});  // a person is no affiliation here
  CheckSources(s, {{"the plan would cost more", "Richard Haass", "Council on Foreign Relations", nullptr},
                   {"wages would rise", "Dean Baker", "Center for Economic and Policy Research", nullptr},
                   {"prices would fall", "Jane Doe", "Center for Economic and Policy Studies", nullptr},
                   {"turnout would drop", "Dante Scala", "University of New Hampshire", nullptr}});
  // A clause after the organisation word is no name for it.
  const Source* scagnelli = s.SourceOf(s.ByContent("the hall was full"));
  REQUIRE(scagnelli != nullptr);
  CHECK(scagnelli->affiliation.find("organizing") == std::string::npos);
  // A phrase opening with a preposition is no apposition: the spokeswoman is not his role.
  const Scored through = Score("Curt Schilling was fired. Schilling, through a spokeswoman, declined to comment.");
  const Source* schilling = through.SourceOf(through.ByCue("declined"));
  REQUIRE(schilling != nullptr);
  CHECK(schilling->name == "Curt Schilling");
  CHECK(schilling->role.empty());
}

TEST_CASE("a date or a dateline is no speaker") {
  const Scored s = Score(
      "The vote was close. The committee on Monday said the plan would cost more. A court document filed Thursday says "
      "the campaign paid him. May said the deal was done.\nRANGOON, Burma - Aung San Suu Kyi's allies on Monday "
      "predicted an overwhelming victory.");
  CheckSourcePhrases(s, {{"the plan would cost more", "The committee"},
                         {"the campaign paid him", "A court document"},
                         {"the deal was done", "May"},  // a name as well as a month
                         {"predicted", "Aung San Suu Kyi"}});  // not the dateline's place
  // A month cut short before its period or day is a date too.
  const Scored dated = Score("The vote was close. The event comes on Sept. 13 in Philadelphia, urging people to "
                             "register. The rise, May 2017 to May 2018, implies that 2 million people settled.");
  CheckNoSourceNamed(dated, {"Sept", "May", "May 2018"});
}

TEST_CASE("short outlet and place words only in capitals; a name after whom a role speaks for") {
  const Scored s = Score(
      "The vote was close. Rev. Kyev Tatum, then senior pastor at Servant House Baptist Church in Ft. Worth, said the "
      "town changed. West Virginia officials said the classes were legal. Former U.S. attorney for the District of "
      "Columbia Joseph diGenova said the plan would fail. A spokesman for Texas Gov. Greg Abbott said the road was "
      "closed.");
  const Source* tatum = s.SourceOf(s.ByContent("the town changed"));
  REQUIRE(tatum != nullptr);
  CHECK(tatum->affiliation == "Servant House Baptist Church");  // not the FT
  const Source* officials = s.SourceOf(s.ByContent("the classes were legal"));
  REQUIRE(officials != nullptr);
  CHECK(officials->affiliation == "West Virginia");
  const Source* digenova = s.SourceOf(s.ByContent("the plan would fail"));
  REQUIRE(digenova != nullptr);
  CHECK(digenova->name == "Joseph diGenova");
  CHECK(digenova->affiliation == "District of Columbia");
  const Source* spokesman = s.SourceOf(s.ByContent("the road was closed"));
  REQUIRE(spokesman != nullptr);
  CHECK(spokesman->name != "Greg Abbott");
  CHECK(spokesman->affiliation == "Greg Abbott");
  const Scored ap = Score("The vote was close. The AP reported that talks ended.");
  const Source* outlet = ap.SourceOf(ap.ByContent("talks ended"));
  REQUIRE(outlet != nullptr);
  CHECK(outlet->name == "Associated Press");
}

TEST_CASE("a name after a kind of organisation is the organisation's; numbers are no speakers") {
  const Scored s = Score(
      "The vote was close. A study by the liberal watchdog group Media Matters found the nominee got more airtime. This "
      "is not the kind of campaign Kelly Brandt hoped to run. She said the race was tight. Of the state's 114 "
      "districts, 35 have reported cases. Emails published in Chile in 2015 showed that the cardinal knew. About six in "
      "10 said the economy was poor.");
  const Source* watchdog = s.SourceOf(s.ByCue("found"));
  REQUIRE(watchdog != nullptr);
  CHECK(watchdog->name == "Media Matters");
  CHECK(watchdog->type == "organisation");
  // A role word qualifying the kind is no role; a website or blog before a name is an outlet.
  const Scored group = Score("The fight is over, the Iraqi activist group Mosul Eye said on Monday. The deal is bad, "
                             "the website Watts Up wrote.");
  CheckSources(group, {{"The fight is over", "Mosul Eye", "Mosul Eye", "organisation"},
                       {"The deal is bad", "Watts Up", nullptr, "outlet"}});
  const Source* ayotte = s.SourceOf(s.ByContent("the race was tight"));
  REQUIRE(ayotte != nullptr);
  CHECK(ayotte->name == "Kelly Brandt");
  CHECK(ayotte->type == "person");
  // A count may speak, a year not.
  CheckSourcePhrases(s, {{"have reported", "35"}, {"showed", "Emails"}, {"the economy was poor", "About six in 10"}});
  // Counts of people take their number, and one group goes by what it counts: shares are poll respondents.
  const Scored poll = Score(
      "The poll was taken in May. Only 24 percent said she did nothing wrong. Twenty-four percent said they were "
      "likely to vote. In May, 42% said they would not.");
  CheckSourcePhrases(poll, {{"she did nothing wrong", "24 percent"},
                            {"they were likely to vote", "Twenty-four percent"},
                            {"they would not", "42%"}});
  CheckSources(poll, {{"she did nothing wrong", "poll respondents", "", "anonymous"},
                      {"they were likely to vote", "poll respondents", "", "anonymous"},
                      {"they would not", "poll respondents", "", "anonymous"}});
}

TEST_CASE("a person of an organisation speaks, affiliated with it") {
  const Scored s = Score(
      "The vote was close. John Smith of the Heritage Foundation said the plan would fail. The case was weak, said "
      "Stephen Vladeck of the University of Texas School of Law. The wage is $12, according to calculations by Amy "
      "Glasmeier of the Massachusetts Institute of Technology. Bank of America said it would pay.");
  CheckSources(s, {{"the plan would fail", "John Smith", "Heritage Foundation", nullptr},
                   {"The case was weak", "Stephen Vladeck", "University of Texas School of Law", nullptr},
                   {"The wage is $12", "Amy Glasmeier", "Massachusetts Institute of Technology", nullptr},
                   {"it would pay", "Bank of America", "Bank of America", "organisation"}});
}

TEST_CASE("a role word that qualifies the next one is part of the role") {
  const Scored s = Score(
      "The vote was close. Obama campaign deputy press secretary Ben Labolt said the plan would fail. Chief Judge Patti "
      "Saris said the law was clear. Republican presidential candidate Sen. Ted Cruz said the deal was bad.");
  const Source* labolt = s.SourceOf(s.ByContent("the plan would fail"));
  REQUIRE(labolt != nullptr);
  CHECK(labolt->role == "deputy press secretary");
  CHECK(labolt->type == "spokesperson");
  const Source* saris = s.SourceOf(s.ByContent("the law was clear"));
  REQUIRE(saris != nullptr);
  CHECK(saris->role == "Chief Judge");
  const Source* cruz = s.SourceOf(s.ByContent("the deal was bad"));
  REQUIRE(cruz != nullptr);
  CHECK(cruz->role.find("Sen.") == std::string::npos);  // a title before the name is no part of "candidate"
}

TEST_CASE("an all-caps acronym names an organisation, not a person") {
  const Scored s = Score(
      "Mike Spence spoke in Ohio. Only a day later, the USCCB demanded that he resign. The parade began, KING-TV "
      "reported. POTUS said the bank failed. The vote, SPENCE said, was close.");
  CheckSources(s, {{"he resign", "USCCB", nullptr, "organisation"},
                   {"The parade began", "KING-TV", nullptr, "outlet"},  // a station: its masthead word
                   {"the bank failed", "POTUS", nullptr, "official"},  // the president
                   {"The vote", "Mike Spence", nullptr, "person"}});  // a surname the text gives in full
}

TEST_CASE("a name before a lower-case role or organisation word qualifies it") {
  const Scored s = Score(
      "The vote was close. The Westerville city manager said the officer served 17 years. The Tulsa police chief said "
      "the video was clear. A San Francisco jury found him not guilty. The Cleveland company said the plant would "
      "close.");
  CheckSources(s, {{"the officer served", "The Westerville city manager", "Westerville", "official"},
                   {"the video was clear", "The Tulsa police chief", "Tulsa police", "official"},
                   {"him not guilty", "San Francisco jury", nullptr, "organisation"},
                   {"the plant would close", "Cleveland company", nullptr, "organisation"}});
}

TEST_CASE("a surname qualifying someone else's role gives that surname no role") {
  // "a Trump supporter" is no role of Donald J. Trump, when a bare "Mr. Trump" looks for one.
  const Scored s = Score("The vote was close. \u201cIt is fine,\u201d said Kim Wells, a schoolteacher and Trump "
                         "supporter in Ohio. Donald J. Trump spoke there. Mr. Trump said he would win.");
  const Source* trump = s.SourceOf(s.ByContent("he would win"));
  REQUIRE(trump != nullptr);
  CHECK(trump->name == "Donald J. Trump");
  CHECK(trump->role.empty());
}

TEST_CASE("a role of a named person is someone else; a title's body is no part of the name") {
  // "a supporter of Donald Trump" is not Trump, nor does Trump become a supporter.
  const Scored s = Score(
      "The vote was close. A supporter of Donald Trump said the party was lost. Trump said the party was strong. The "
      "head of Gazprom said prices would rise. A spokesman of Gov. Greg Abbott said the law stood.");
  CheckSources(s, {{"the party was lost", "A supporter of Donald Trump", "Donald Trump", "anonymous"},
                   {"the party was strong", "Donald Trump", "", "official"},  // a listed politician
                   {"prices would rise", "The head of Gazprom", "Gazprom", "official"},
                   {"the law stood", "A spokesman of Gov. Greg Abbott", "Greg Abbott", nullptr}});
  // A title reads whole, and so does what is no name after "of".
  const Scored titles = Score(
      "The vote was close. Director of National Intelligence James Clapper said the program was legal. Speaker of "
      "the House Paul Ryan said the bill would pass. Minister of Health Oly Ilunga said the campaign would start. The "
      "president of Ukraine Petro Poroshenko said the talks would go on.");
  CheckSources(titles, {{"the program was legal", "James Clapper", "National Intelligence", "official"},
                        {"the bill would pass", "Paul Ryan", "House", "official"},
                        {"the campaign would start", "Oly Ilunga", "Health", "official"},
                        {"the talks would go on", "Petro Poroshenko", "Ukraine", "official"}});
  const Source* clapper = titles.SourceOf(titles.ByContent("the program was legal"));
  REQUIRE(clapper != nullptr);
  CHECK(clapper->role == "Director");
}

TEST_CASE("a name before a document word names whose document it is") {
  const Scored s = Score(
      "The vote was close. A Monmouth poll out Monday showed Clinton ahead. The rate fell, according to U.S. Census "
      "data. Most voters, according to the National Academies report, agreed.\nOpinion polls see Le Pen in the "
      "run-off.");
  CheckSources(s, {{"Clinton ahead", "A Monmouth poll", "Monmouth", "document"},
                   {"The rate fell", "U.S. Census data", "U.S. Census", "document"},
                   {"Most voters", "the National Academies report", "National Academies", "document"},
                   {"Le Pen in the run-off", "Opinion polls", "", "document"}});  // capitalized by its place alone
  // Scripture and other writings are documents, not people named "Bible".
  CheckSources(Score("The vote was close. The Bible says the poor will always be with us. Studies have shown that "
                     "the plan works. Islam says that charity is a duty."),
               {{"the poor will always", "The Bible", "", "document"},
                {"the plan works", "Studies", "", "document"},
                {"charity is a duty", "Islam", nullptr, "organisation"}});  // a faith, no person
  // Rules written down and what was gathered are documents too, not vague people; so is a document
  // word of the list in the plural, and films, slides and sworn statements.
  CheckSources(Score("The vote was close. The new guidelines say that doctors must report it. The evidence "
                     "suggests that the drug works. The state laws say that voters must show an ID. The treaty "
                     "says that both sides must disarm. Federal regulations say that the fee is due. Several "
                     "newspaper articles said that the plan failed. Two billboards said that the end is near. The "
                     "affidavit said that the guard saw bruises. One slide says that jobs depend on trade. The film "
                     "explains how the law changed."),
               {{"doctors must report", "The new guidelines", "", "document"},
                {"the drug works", "The evidence", "", "document"},
                {"voters must show an ID", "The state laws", "", "document"},
                {"both sides must disarm", "The treaty", "", "document"},
                {"the fee is due", "Federal regulations", "", "document"},
                {"the plan failed", "Several newspaper articles", "", "document"},
                {"the end is near", "Two billboards", "", "document"},
                {"the guard saw bruises", "The affidavit", "", "document"},
                {"jobs depend on trade", "One slide", "", "document"},
                {"how the law changed", "The film", "", "document"}});
}

TEST_CASE("a chamber's party member: one of the party's legislators; its panel is the chamber's; \"Italics\" is no speaker") {
  const Scored s = Score(
      "The vote was close. One House Democrat said the bill was weak. House Republican Tom Vale said the bill was "
      "fine. Jim Pell wrote that it would pass. (Italics added.) The House said it would vote on Monday. Another "
      "Iowa Democrat said the caucus was near. A House panel said the agency had failed.");
  CheckSources(s, {{"the bill was weak", "One House Democrat", "Democratic", "anonymous"},
                   {"the agency had failed", "House", "House", "organisation"},
                   {"the caucus was near", "Another Iowa Democrat", "Democratic", "anonymous"},
                   {"the bill was fine", "Tom Vale", "Republican", "official"},
                   {"it would vote on Monday", "House", "House", "organisation"}});
  for (const Attribution& a : s.report.attributions) CHECK(s.Slice(a.source) != "Italics");
}

TEST_CASE("a role after \"who served as\" or before the name's commas after \"by his\" is the person's") {
  const Scored s = Score(
      "The vote was close. \u201cThere is no job description,\u201d Jane Vale, who served as the governor's chief "
      "of staff, told reporters. He was sued by his former aide, Ann Pell, in 2014. Pell said the office was hostile. "
      "Rosa Leon, who works as a secretary, said the plan was fine.");
  const Source* vale = s.SourceOf(s.ByContent("There is no job description"));
  REQUIRE(vale != nullptr);
  CHECK(vale->role == "chief of staff");
  const Source* pell = s.SourceOf(s.ByContent("the office was hostile"));
  REQUIRE(pell != nullptr);
  CHECK(pell->name == "Ann Pell");
  CHECK(pell->role == "aide");
  const Source* leon = s.SourceOf(s.ByContent("the plan was fine"));  // an occupation, no office
  REQUIRE(leon != nullptr);
  CHECK(leon->type == "person");
}

TEST_CASE("a short form of a given name is the same person; a longer name of the other gender is not") {
  const Scored s = Score(
      "The vote was close. Kenneth Starr, the former independent counsel, said the case was over. Ken Starr said "
      "the president was wrong. Chris Pell said the plan was fine. Christine Pell said the plan was late.");
  CHECK(s.SourceOf(s.ByContent("the president was wrong")) == s.SourceOf(s.ByContent("the case was over")));
  CHECK(s.SourceOf(s.ByContent("the plan was late")) != s.SourceOf(s.ByContent("the plan was fine")));
}

TEST_CASE("a name qualifying a group or a thing, or set off by a speaker's commas, takes no role from it") {
  const Scored s = Score(
      "The vote was close. Jane Vale said the plan works. Surrounded by veteran Vale haters, Tom Pell said it was "
      "fine. She consulted the ghost writer of a Vale book. Vale said that the race was tight. Vale, a top aide "
      "said, \u201cis very confident.\u201d");
  const Source* vale = s.SourceOf(s.ByContent("the race was tight"));
  REQUIRE(vale != nullptr);
  CHECK(vale->name == "Jane Vale");
  CHECK(vale->role == "");
  CHECK(s.SpeakerOf("is very confident") == "a top aide");
}

TEST_CASE("\"then\" before a name or a vague word links; before a role or title it dates the role") {
  const Scored s = Score(
      "The vote was close. Then someone asked how Clinton could win. Then Tom Vale said the race was over. The memo "
      "went to then Secretary of State Jane Pell, who said it was fine.");
  CheckSourcePhrases(s, {{"how Clinton could win", "someone"},
                         {"the race was over", "Tom Vale"},
                         {"it was fine", "then Secretary of State Jane Pell, who"}});
}

TEST_CASE("\"Let's\", a century and peace talks are no speakers") {
  const Scored s = Score(
      "The vote was close. Let's hope they learn from it. The party was founded a century earlier, and through the "
      "20th century consistently supported civil rights laws. The comments come amid fresh peace talks in Geneva "
      "aimed at resolving the five-year Syrian conflict.");
  for (const Attribution& a : s.report.attributions) {
    const std::string source(s.Slice(a.source));
    CAPTURE(source);
    CHECK(source != "Let");
    CHECK(source != "century");
    CHECK(source != "talks");
  }
}

TEST_CASE("unnamed people of a place, side or body are a vague group; office adjectives belong to the role") {
  const Scored s = Score(
      "The vote was close. Democratic senators said the bill was dead. American farmers said prices were low. "
      "Supreme Court precedents show the law is sound. The presumptive Republican presidential nominee wrote that he "
      "had won.");
  CheckSources(s, {{"the bill was dead", "Democratic senators", "Democratic", "anonymous"},
                   {"prices were low", "American farmers", "US", "anonymous"}});
  // A word of race, ethnicity or faith before the noun describes people and names no one.
  const Scored identities = Score(
      "The vote was close. Black women said the count was fair. African American voters said the lines were long. "
      "African American women said the wait was short. Jewish groups said the vote was calm. Rep. Diane Black said "
      "it was over. The Institute of Central Asian studies said nothing.");
  CheckSources(identities, {{"the count was fair", "Black women", "Black", "anonymous"},
                            {"the lines were long", "African American voters", "US", "anonymous"},
                            {"the wait was short", "African American women", "US", "anonymous"},  // "women" is plural
                            {"the vote was calm", "Jewish groups", "Jewish", "anonymous"},
                            {"it was over", "Diane Black", nullptr, "official"}});
  CHECK(identities.SourceNamed("Institute of Central Asian") != nullptr);  // a name word before it keeps it a name
  // One capitalized plural after a determiner is a vague group: a surname takes no "the".
  CheckSources(Score("The vote was close. The Nazis called it the final solution. The Clintons said they were tired. "
                     "Tom Jones spoke. Jones said the vote was fair."),
               {{"the final solution", "The Nazis", "", "anonymous"},
                {"they were tired", "The Clintons", "", "anonymous"},
                {"the vote was fair", "Tom Jones", nullptr, "person"}});
  // A pick of the place or party word moves to the people it qualifies; "every Republican" is a
  // vague member of the party.
  const Scored picked = Score(
      "The vote was close. On the other hand, every Republican publicly stated that the bill was bad. Investigators "
      "said Republican senators urged a delay.");
  CheckSources(picked, {{"the bill was bad", "every Republican", "Republican", "anonymous"}});
  const Scored presidents = Score(
      "The vote was close. Some Republican presidents have advanced national security by practicing containment "
      "while calling for talks.");
  const Source* qualified = presidents.SourceOf(presidents.ByCue("calling for"));
  REQUIRE(qualified != nullptr);
  CHECK(qualified->name == "Some Republican presidents");
  CHECK(qualified->affiliation == "Republican");
  // A statement a vague group of people gives does not make them a document.
  const Scored statement = Score(
      "The vote was close. The researchers said in a statement that costs rose. The statement said prices fell.");
  CheckSources(statement, {{"costs rose", "The researchers", "", "anonymous"},
                           {"prices fell", "The researchers", "", "anonymous"}});
  // Members of a party stand with its side, before the body they sit in.
  const Scored members = Score(
      "The vote was close. Senate Republicans said the bill was dead. Many Democrats said it was a start. "
      "Log Cabin Republicans said nothing. House Republicans, however, said the vote would wait.");
  CheckSources(members, {{"the bill was dead", "Senate Republicans", "Republican", "anonymous"},
                         {"it was a start", "Many Democrats", "Democratic", "anonymous"},
                         {"the vote would wait", "House Republicans", "Republican", "anonymous"}});
  const Source* precedents = s.SourceOf(s.ByContent("the law is sound"));
  REQUIRE(precedents != nullptr);
  CHECK(precedents->type != "anonymous");  // things, not people
  CheckSourcePhrases(s, {{"had won", "The presumptive Republican presidential nominee"}});
  CheckSources(s, {{"had won", "The presumptive Republican presidential nominee", "Republican", "official"}});
}

TEST_CASE("a listed given name after a title starts a new name; hosts, recorders and front-runners are roles") {
  const Scored s = Score(
      "The vote was close. Charlotte Mayor Jennifer Roberts said the city was calm. Fox News host Tucker Carlson said "
      "the count was fair. Maricopa County Recorder Helen Purcell said the lines were long. The GOP presidential "
      "front-runner predicted a win.");
  CheckSources(s, {{"the city was calm", "Jennifer Roberts", nullptr, "official"},
                   {"the count was fair", "Tucker Carlson", "Fox News", nullptr},
                   {"the lines were long", "Helen Purcell", nullptr, "official"},
                   {"a win", "The GOP presidential front-runner", "Republican Party", "official"}});
  const Source* carlson = s.SourceOf(s.ByContent("the count was fair"));
  REQUIRE(carlson != nullptr);
  CHECK(carlson->role == "host");
  // Of two name runs of one length, the one opening with a listed given name is the name.
  CheckSources(Score("The vote was close. House Intelligence Republican Mike Pompeo said the report was late."),
               {{"the report was late", "Mike Pompeo", "Republican", nullptr}});
  // Magnates, comedians and neurosurgeons are roles too.
  const Scored described = Score("The vote was close. Casino magnate Sheldon Adelson said he would give more. Retired "
                                 "neurosurgeon Ben Carson said he would stay.");
  CheckSources(described, {{"he would give more", "Sheldon Adelson", "", "person"},
                           {"he would stay", "Ben Carson", "", "expert"}});
  const Source* adelson = described.SourceNamed("Sheldon Adelson");
  REQUIRE(adelson != nullptr);
  CHECK(adelson->role == "magnate");
  // "billionaire" qualifies the role after it, as "deputy" does.
  const Scored billionaire = Score("The vote was close. Billionaire businessman Donald Trump said he would win.");
  REQUIRE(billionaire.SourceNamed("Donald Trump") != nullptr);
  CHECK(billionaire.SourceNamed("Donald Trump")->role == "Billionaire businessman");
  // After a title, a place word ending the name run is a surname, as after a listed given name.
  CheckSources(Score("The vote was close. Dr. Cornel West said the vote was rigged. Rep. Allen West said it was fair. "
                     "Representative Peter T. King said it was late."),
               {{"the vote was rigged", "Cornel West", "", nullptr},
                {"it was fair", "Allen West", "", "official"},
                {"it was late", "Peter T. King", "", "official"}});  // past the initial too
}

TEST_CASE("an office owned by a title speaks as an organisation") {
  const Scored s = Score(
      "The man was found on Sunday. The Clark County Coroner's office said he died of gunshot wounds. The Manhattan "
      "District Attorney's office said the case was open. The sheriff's office said it would appeal.");
  CheckSources(s, {{"he died of gunshot wounds", "Clark County Coroner's office", "Clark County Coroner", "organisation"},
                   {"the case was open", "Manhattan District Attorney's office", "Manhattan District Attorney",
                    "organisation"},
                   {"it would appeal", "sheriff's office", "", "organisation"}});
}

TEST_CASE("a person's document does not make the person a document") {
  const Scored s = Score(
      "The site was down for hours. Mark Zuckerberg said in a statement that the site was safe. The statement said "
      "the data was secure.");
  CheckSources(s, {{"the site was safe", "Mark Zuckerberg", "", "person"}, {"the data was secure", "Mark Zuckerberg", "", "person"}});
}

TEST_CASE("a people and the people of a name are vague groups") {
  const Scored s = Score(
      "The vote was close. The Russians said the vote was fair. Many African-Americans said it was unfair. After "
      "the verdict, Clinton allies said the case was closed. After the talks, Google engineers said the code was "
      "safe.");
  CheckSources(s, {{"the vote was fair", "The Russians", "Russia", "anonymous"},
                   {"it was unfair", "Many African-Americans", "", "anonymous"},
                   {"the case was closed", "Clinton allies", "Clinton", "anonymous"},
                   {"the code was safe", "Google engineers", "Google", "anonymous"}});
  // "Latin American", "Central American": a people of a region, no name.
  const Scored region = Score("The vote was close. Central American migrants said they were afraid. The first Latin "
                              "American pope said the wall was wrong.");
  CheckSources(region, {{"they were afraid", "Central American migrants", "Central America", "anonymous"}});
  for (const Source& src : region.report.sources) CHECK(src.name != "Latin");
  // One of a people, too; a company named "General" is no general.
  CheckSources(Score("The vote was close. A German said the war was over. General Electric said profits fell."),
               {{"the war was over", "A German", "Germany", "anonymous"},
                {"profits fell", "General Electric", nullptr, "organisation"}});
}

TEST_CASE("other members of a group are a group of their own; the group after them alone is theirs") {
  const Scored s = Score(
      "The vote was close. Some voters said the race was over. Other voters said the polls were right, and other "
      "voters said the rules were fair. Other lawmakers said the bill would pass. The lawmakers said the vote was "
      "near. Yet many critics were pleased. They said the plan worked.");
  CheckSources(s, {{"the race was over", "Some voters", nullptr, "anonymous"},
                   {"the polls were right", "Other voters", nullptr, "anonymous"},
                   {"the bill would pass", "Other lawmakers", nullptr, "anonymous"},
                   {"the plan worked", "many critics", nullptr, "anonymous"}});  // "Yet" links, names no one
  CHECK(s.SourceOf(s.ByContent("the rules were fair")) == s.SourceOf(s.ByContent("the polls were right")));
  CHECK(s.SourceOf(s.ByContent("the vote was near")) == s.SourceOf(s.ByContent("the bill would pass")));
}

TEST_CASE("a place word before a name no person's names a body with it") {
  const Scored s = Score(
      "The vote was close. The American Legion has said the campaign must answer. Later, American Crossroads said "
      "the ad would run. Later, actress America Ferrera said the race was tight. Freddy Ortega was there. Later, "
      "German Ortega said that the play was a hit.");
  CheckSources(s, {{"the campaign must answer", "American Legion", "American Legion", "organisation"},
                   {"the ad would run", "American Crossroads", "American Crossroads", "organisation"}});
  // Not with a role, nor a surname the text gives another person.
  for (const char* content : {"the race was tight", "the play was a hit"}) {
    CAPTURE(content);
    const Source* person = s.SourceOf(s.ByContent(content));
    REQUIRE(person != nullptr);
    CHECK(person->type != "organisation");
    CHECK(person->affiliation.find("Ortega") == std::string::npos);
    CHECK(person->affiliation.find("Ferrera") == std::string::npos);
  }
}

TEST_CASE("a word capitalized only because it opens its sentence names no one") {
  const Scored s = Score(
      "The vote was close. Law enforcement sources said the suspect had fled. State public records suggest the "
      "teacher earned little. Top committee leaders told reporters that they would not spend money.");
  CheckSources(s, {{"the suspect had fled", "Law enforcement sources", "", "anonymous"},
                   {"the teacher earned little", "State public records", "", "document"},
                   {"they would not spend money", "Top committee leaders", "", "anonymous"}});
}

TEST_CASE("a body before \"of\" heads its phrase when no role does; \"the state\" speaks") {
  const Scored s = Score(
      "The rate fell again. The state said that the rate was low. A group of senators said the bill was dead. Mark "
      "Holden, chairman of the board of Freedom Partners, said the group would spend more.");
  CheckSourcePhrases(s, {{"the rate was low", "The state"}, {"the bill was dead", "A group of senators"}});
  CheckSources(s, {{"the group would spend more", "Mark Holden", nullptr, "official"}});
}

TEST_CASE("the adjectives and nouns before a common noun are part of its phrase") {
  const Scored s = Score(
      "The vote was close. A major climate group said the candidates must act. The real estate mogul told reporters "
      "he would win. The source said Grayson was right.");
  CheckSourcePhrases(s, {{"the candidates must act", "A major climate group"},
                         {"he would win", "The real estate mogul"},
                         {"Grayson was right", "The source"}});  // not across the verb
}

TEST_CASE("a place's body is named with the place and affiliated with it; a capitalized act is a document") {
  const Scored s = Score(
      "The man was found on Sunday. Las Vegas police said he had acted alone. The Chicago Police Department said the "
      "case was open. The Turkish government said the border was closed. The Affordable Care Act says insurers must "
      "cover him. The Chicago Sun-Times reported that the mayor knew.");
  CheckSources(s, {{"he had acted alone", "Las Vegas police", "Las Vegas", "organisation"},
                   {"case was open", "Chicago Police Department", "Chicago", "organisation"},
                   {"the border was closed", "Turkish government", "Turkey", "organisation"},
                   {"insurers must", "The Affordable Care Act", "", "document"},
                   {"the mayor knew", "Chicago Sun-Times", nullptr, "outlet"}});
}

TEST_CASE("a place's possessive before its body names the body with the place, and \"the\" and the body's name is it") {
  const Scored s = Score(
      "Talks stalled on Monday. Russia's foreign ministry said the talks would resume. Turkey's foreign ministry said "
      "the border was closed. Iran's government said it would wait. Israel's government said it would not. The "
      "Russian Defense Ministry said 40 jets had left. The Defense Ministry added that more would follow. The foreign "
      "ministry later said the crossing was open. Turkey's opposition said the vote was rigged. The Russian "
      "opposition said the count was false.");
  // Two countries' ministries and governments are four sources, each with its country.
  CheckSources(s, {{"the talks would resume", "Russia's foreign ministry", "Russia", "organisation"},
                   {"the border was closed", "Turkey's foreign ministry", "Turkey", "organisation"},
                   {"it would wait", "Iran's government", "Iran", "organisation"},
                   {"it would not", "Israel's government", "Israel", "organisation"},
                   {"40 jets had left", "Russian Defense Ministry", "Russia", "organisation"},
                   // A place's opposition is a side of its own.
                   {"the vote was rigged", "Turkey's opposition", "Turkey's opposition", "organisation"},
                   {"the count was false", "Russian opposition", "Russian opposition", "organisation"}});
  // The body named again without its place is the one the text last named with it.
  CheckOneSource(s, "40 jets had left", "more would follow", "Russian Defense Ministry");
  CheckOneSource(s, "the border was closed", "the crossing was open", "Turkey's foreign ministry");
  // The place's adjective and its possessive name one body.
  const Scored forms = Score("Talks stalled on Monday. The Ukrainian Foreign Ministry said the talks would resume. "
                             "Ukraine's foreign ministry said the border was closed. Turkey's opposition said the vote "
                             "was rigged. The Turkish opposition said the count was false.");
  CheckOneSource(forms, "the talks would resume", "the border was closed", "Ukrainian Foreign Ministry");
  CheckOneSource(forms, "the vote was rigged", "the count was false", "Turkey's opposition");
  // Only "the" and the name: "the school's Facebook post" is not the pilot's Facebook.
  const Scored other = Score("Mohamed Shoukair, the pilot, had no political affiliations. The pilot had been with "
                             "EgyptAir since 2004, according to his Facebook profile. According to the school's "
                             "Facebook post, the teacher was on board.");
  const Source* pilots = other.SourceOf(other.ByContent("since 2004"));
  const Source* schools = other.SourceOf(other.ByContent("the teacher was on board"));
  REQUIRE(pilots != nullptr);
  REQUIRE(schools != nullptr);
  CHECK(pilots->id != schools->id);
}

TEST_CASE("a nameless role is the named source it describes") {
  SUBCASE("an abbreviated title and its written-out word are one role") {
    struct Case { const char* text; const char* name; };
    for (const Case& c : {Case{"Sen. Bernie Sanders said the vote was rigged. The senator added that he would stay in the race.",
                               "Bernie Sanders"},
                          Case{"Rep. Debbie Wasserman Schultz said the vote was fair. The congresswoman added that it was over.",
                               "Debbie Wasserman Schultz"}}) {
      const std::string text = c.text;
      CAPTURE(text);
      const Scored s = Score(c.text);
      const Source* src = s.SourceOf(s.ByCue("added"));
      REQUIRE(src != nullptr);
      CHECK(src->name == c.name);
      CHECK(src->attributions == 2);
    }
  }
  SUBCASE("a role with a place is the holder from that place") {
    const Scored s = Score(
        "Sen. Marco Rubio of Florida said the deal was bad. Sen. Bernie Sanders said it was good. "
        "The Florida senator added that he would vote against it.");
    const Source* src = s.SourceOf(s.ByCue("added"));
    REQUIRE(src != nullptr);
    CHECK(src->name == "Marco Rubio");
    // Or from the state of the holder's party tag.
    const Scored tagged = Score("Sen. Marco Rubio (R-Fla.) said the plan was weak. Sen. Ted Cruz (R-Texas) said it "
                                "was fine. The Florida senator said he would win. The Texas senator said the vote "
                                "was lost.");
    CheckSources(tagged, {{"he would win", "Marco Rubio", nullptr, nullptr},
                          {"the vote was lost", "Ted Cruz", nullptr, nullptr}});
  }
  SUBCASE("a definite role opening a sentence is the source that opened the sentence before") {
    const Scored s = Score(
        "Ruth Bader Ginsburg regrets her insults of Donald Trump. The Supreme Court justice said in a statement that "
        "her remarks were ill-advised.");
    const Source* src = s.SourceOf(s.ByCue("said in a statement"));
    REQUIRE(src != nullptr);
    CHECK(src->name == "Ruth Bader Ginsburg");
    CHECK(src->role == "justice");
    CHECK(src->affiliation == "Supreme Court");
  }
  SUBCASE("a role after a name and modifiers is someone else's role") {
    const Scored s = Score("Ted Cruz said the race was long. \u201cThey are practical,\u201d said the senior Cruz adviser.");
    CheckSources(s, {{"the race was long", "Ted Cruz", "", "official"},  // a listed politician, with no role
                     {"They are practical", "the senior Cruz adviser", "Cruz", "official"}});
    const Source* cruz = s.SourceNamed("Ted Cruz");
    REQUIRE(cruz != nullptr);
    CHECK(cruz->role.empty());
  }
  SUBCASE("nor someone else's role") {
    const Scored s = Score("Russia's Putin said it was over. The family's lawyer said the case was closed.");
    const Source* src = s.SourceOf(s.ByContent("the case was closed"));
    REQUIRE(src != nullptr);
    CHECK(src->name != "Putin");
  }
  SUBCASE("a word before the head that makes another office is part of the role") {
    const Scored vice =
        Score("Vice President Joe Biden said the bill was fair. The president said later that it was over.");
    const Source* president = vice.SourceOf(vice.ByCue("said later"));
    REQUIRE(president != nullptr);
    CHECK(president->name != "Joe Biden");
    const Scored pm = Score("Prime Minister Viktor Orban said the border would close. The PM added that it was over.");
    const Source* orban = pm.SourceOf(pm.ByCue("added"));
    REQUIRE(orban != nullptr);
    CHECK(orban->name == "Viktor Orban");
  }
  SUBCASE("a definite role is the named subject of the sentence before, when no one spoke since") {
    const Scored s = Score(
        "Hillary Clinton said the plan was sound. Bill Clinton got in on the game, bashing Sanders at a rally. "
        "\u201cHe is running against President Obama and me,\u201d the former president said.");
    CHECK(s.SpeakerOf("He is running against") == "Bill Clinton");
    const Source* bill = s.SourceNamed("Bill Clinton");
    REQUIRE(bill != nullptr);
    CHECK(bill->role == "president");
  }
  SUBCASE("but not when a namesake who is no source could be meant") {
    const Scored s = Score(
        "Jeb Bush on Monday brought his older brother, George W. Bush, to a rally. \u201cLabels are for soup "
        "cans,\u201d the former president said.");
    CHECK(s.SpeakerOf("Labels are for soup") == "the former president");
  }
  SUBCASE("but not a source named further back, or inside its sentence") {
    for (const char* text : {"John Smith said the plant would close. It rained. The governor said later that it was over.",
                             "At the convention, John Smith said the plant would close. The governor said later that "
                             "it was over."}) {
      CAPTURE(text);
      const Scored s = Score(text);
      const Source* src = s.SourceOf(s.ByCue("said later"));
      REQUIRE(src != nullptr);
      CHECK(src->name == "The governor");
    }
  }
}

TEST_CASE("relative and reflexive pronouns, web addresses, and words that name no speaker") {
  // "whose" stands for the person before the comma; a reflexive only stresses the name or
  // listed noun before it (not the verb of "busies himself"); a web address is an outlet.
  const Scored s = Score(
      "The vote was close. \u201cThe voters decide,\u201d replied Obama, whose criticism of Trump has sharpened. "
      "It is hateful to quote what Islamic texts themselves say. Clinton operatives themselves have attempted to "
      "say so. VDARE.com has long argued that the survey captures illegal workers.");
  CheckSourcePhrases(s, {{"criticism of", "Obama, whose"},
                         {"say", "Islamic texts"},
                         {"have attempted", "Clinton operatives"},
                         {"has long argued", "VDARE.com"}});
  const Source* obama = s.SourceOf(s.ByCue("criticism of"));
  REQUIRE(obama != nullptr);
  CHECK(obama->name == "Obama");
  CheckSources(s, {{"the survey captures", "VDARE.com", "VDARE.com", "outlet"}});
  // "who" after the plural of a listed role stands for the people it names.
  const Scored plural = Score(
      "The paper found three other women who said they had been pursued. Some senators who said the plan failed left "
      "early. Older priests who said the rite was old stayed.");
  CheckSourcePhrases(plural, {{"they had been pursued", "other women who"},
                              {"the plan failed", "Some senators who"},
                              {"the rite was old", "Older priests who"}});
  // "who" after any noun names people, unless a preposition opens the noun's phrase; "who" after a
  // parenthesis stands for the person before it.
  const Scored nouns = Score(
      "The vote was close. He met the operative who said the race was over. Dunn and adviser Jake Sullivan (who "
      "said the race was lost) left. Kall compared Trump to a coach at a basketball game who says the referees are "
      "bad. The 30 percent who say the same are wrong. It is the pope himself who declared that.");
  CheckSourcePhrases(nouns, {{"the race was over", "the operative who"},
                             {"the race was lost", "adviser Jake Sullivan (who"},
                             {"the same are wrong", "The 30 percent who"}});
  for (const char* cue : {"says", "declared"}) {
    CAPTURE(cue);
    const Attribution* a = nouns.ByCue(cue);
    REQUIRE(a != nullptr);
    CHECK(a->source_id < 0);  // not "a basketball game", not "himself"
  }
  // "who" after a place, a party tag or a suffix stands for the person before them.
  const Scored tagged = Score(
      "The vote was close. Sen. Bernie Sanders of Vermont, who said the plan failed, left early. Sen. Pat Roberts "
      "(R-Kans.), who said the deal was dead, stayed. Sen. Lindsey Graham, R-S.C., who said the talks were over, "
      "spoke last. He lost to Morris J. Brooks Jr., who has said the wall must rise.");
  CheckSources(tagged, {{"the plan failed", "Bernie Sanders", "Vermont", "official"},
                        {"the deal was dead", "Pat Roberts", "Republican", "official"},
                        {"the talks were over", "Lindsey Graham", "Republican", "official"},
                        {"the wall must rise", "Morris J. Brooks Jr.", nullptr, nullptr}});
  // An apposition after the tag, closed by the verb's comma, is the tagged person's.
  const Scored tagged_apposition = Score(
      "The vote was close. Rep. Tom Vale (D-N.Y.), chairman of the Congressional Black Caucus PAC, said members "
      "will help him raise cash. Sen. Jane Pell (R-Texas), also a GOP presidential hopeful, called the plan "
      "abhorrent in a tweet Sunday.");
  CHECK(tagged_apposition.SpeakerOf("members will help") == "Tom Vale");
  // Between dashes as between commas.
  const Scored dashed = Score(
      "The vote was close. And campaign chairman Tom Pell \u2014 Jane Vale\u2019s former White House chief of staff "
      "\u2014 said the slogan would work. Rep. Ann Frame \u2014 like Pell, a supporter of the mayor \u2014 said the "
      "race was close.");
  CHECK(dashed.SpeakerOf("the slogan would work") == "Tom Pell");
  CHECK(dashed.SpeakerOf("the race was close") == "Ann Frame");
  const Attribution* called = tagged_apposition.ByCue("called");
  REQUIRE(called != nullptr);
  CHECK(tagged_apposition.SourceOf(called)->name == "Jane Pell");
  // After a comma or a dash, any noun names people, and a nameless role or noun in apposition (past
  // a place after "of") stands for the person named before it; not a time ("this year, who").
  const Scored appositions = Score(
      "The vote was close. Scott's relatives, who said the video was late, left. He met Kim \u2013 who said the talks "
      "were off. \u201cThere is a goal,\u201d said Representative Raul M. Grijalva of Arizona, a co-chairman of the "
      "Progressive Caucus, who wrote that the sales were wrong. The money came from Harlan Crow, a Texas real estate "
      "developer, who said the race was won. Ohio voters will re-elect Sen. Rob Portman this year, who declared the "
      "bill dead.");
  CheckSourcePhrases(appositions, {{"the video was late", "Scott's relatives, who"}});
  CHECK(appositions.SpeakerOf("the talks were off") == "Kim");
  CHECK(appositions.SpeakerOf("the sales were wrong") == "Raul M. Grijalva");
  CHECK(appositions.SpeakerOf("the race was won") == "Harlan Crow");
  CHECK(appositions.SpeakerOf("the bill dead") != "this year");
  // "which" stands for the body after a phrase's preposition, or before a parenthesized acronym.
  const Scored bodies = Score(
      "The vote was close. China is a member of the World Trade Organization, which writes that the rules hold. The "
      "best reply comes from the Anti-Defamation League (ADL), which writes that it is false. The Greater Wisconsin "
      "Committee, which supported Kloppenburg, said the ads would run.");
  CheckSources(bodies, {{"the rules hold", "World Trade Organization", nullptr, "organisation"},
                        {"it is false", "Anti-Defamation League", nullptr, "organisation"},
                        {"the ads would run", "Greater Wisconsin Committee", nullptr, "organisation"}});
  // A web address after an apposition's role is the body the person is with.
  CheckSources(Score("The vote was close. \u201cIt will happen now,\u201d said Ben Wikler, the Washington director "
                     "for MoveOn.org."),
               {{"It will happen now", "Ben Wikler", "MoveOn.org", "official"}});
  // Conjunctions, prepositions, adverbs, an editor's note and the verb before a reflexive speak for no one.
  const Scored none = Score(
      "The vote was close. She is no longer touting the economy. \u201cThe missiles came from abroad.\u201d "
      "[emphasis added] The change, hammered out on Sunday and formally announced on Wednesday, was seen as a demotion. "
      "The cardinal scoffs at the notion and busies himself defending the council. Amid calls for a recount, the "
      "party met on Sunday.");
  for (const char* cue : {"touting", "added", "announced", "defending", "calls for"}) {
    CAPTURE(cue);
    const Attribution* a = none.ByCue(cue);
    if (a == nullptr || a->source_id < 0) continue;
    const Source* src = none.SourceOf(a);
    REQUIRE(src != nullptr);
    for (const char* word : {"longer", "emphasis", "and", "busies", "Amid"}) CHECK(src->name != word);
  }
  // An auxiliary's clitic stands for the word it is joined to.
  CheckSources(Score("The vote was close. Sanders must convince the superdelegates who\u2019ve already said they back "
                     "Clinton."),
               {{"they back Clinton", "the superdelegates", "", "anonymous"}});
  // A word for or against a name ("anti-Trump") is no name.
  CheckSources(Score("The vote was close. Commentator Jonah Goldberg of the anti-Trump National Review wrote that "
                     "Christie was stunned."),
               {{"Christie was stunned", "Jonah Goldberg", nullptr, nullptr}});
  // A sentence adverb or conjunction opening the sentence is no part of the name after it.
  CheckSourcePhrases(Score("The vote was close. Perhaps Russia will oppose the resolution, diplomats said. Whether "
                           "Benedict actually wrote the letter is unclear."),
                     {{"will oppose", "Russia"}, {"wrote", "Benedict"}});
  // Alone, a conditional, a question word or an adverb is no speaker.
  const Scored alone = Score("The vote was close. If confirmed, the deal would be large. Very little is said about "
                             "it. Well, why repeat the claim?");
  for (const Source& source : alone.report.sources)
    for (const char* word : {"If", "Very", "little", "Well", "why"}) CHECK(source.name != word);
  // Nor is a reflexive pronoun alone.
  const Scored reflexive = Score(
      "The vote was close. This will be a victory over their apologists, such as Faggioli, who, in typical style, "
      "scoffs at the notion of \u201ca clergy marked by sanctity but also by a fascination for a mythical Middle "
      "Ages\u201d and busies himself defending a mass of corruption he dares to describe as \u201ca Church-world "
      "relationship.\u201d");
  for (const Source& source : reflexive.report.sources) CHECK(source.name != "himself");
  // "So says a voice": "So" is no speaker.
  const Scored so = Score("The vote was close. \u201cThe work never ends.\u201d So says a booming voice in the film.");
  for (const Source& source : so.report.sources) CHECK(source.name != "So");
  // Election returns, plans and robocalls are documents.
  CheckSources(Score("The vote was close. Clinton won Puerto Rico, according to early returns. Taxes will rise, "
                     "according to the plan."),
               {{"Clinton won Puerto Rico", "returns", "", "document"}, {"Taxes will rise", "the plan", "", "document"}});
  // Regions and districts that stand for their people or industry are places, not people.
  CheckSources(Score("The vote was close. Silicon Valley has warned that the plan would fail."),
               {{"the plan would fail", "Silicon Valley", "Silicon Valley", "organisation"}});
  // A company's name ending in a corporate word is an organisation, not a person.
  CheckSources(Score("The vote was close. United Technologies has offered to cover the cost of schooling."),
               {{"cover the cost", "United Technologies", "United Technologies", "organisation"}});
  // An outlet or news agency unnamed is an outlet, not a vague group of people (and no affiliation).
  CheckSources(Score("The vote was close. The provision covers statements, according to the news outlet."),
               {{"The provision covers statements", "the news outlet", "", "outlet"}});
  // The armed services are bodies, not people.
  CheckSources(Score("The vote was close. The Navy said the ship was lost. Retired Air Force Gen. Norman Ham said the "
                     "base would close."),
               {{"the ship was lost", "Navy", "Navy", "organisation"},
                {"the base would close", "Norman Ham", "Air Force", "official"}});
  // A newspaper opening with "the" gives way to a longer name after the article.
  CheckSources(Score("The vote was close. The National Guard said the roads were open. The National said the roads "
                     "were shut."),
               {{"the roads were open", "National Guard", "National Guard", "organisation"},
                {"the roads were shut", "The National", "The National", "outlet"}});
  // A name after a kind of news outlet is an outlet.
  CheckSources(Score("The vote was close. The crash killed two, the news site RTL Info reported. The newspaper Kurier "
                     "said the pilot was new. Russia's state news agency said the plane was old."),
               {{"The crash killed two", "RTL Info", "RTL Info", "outlet"},
                {"the pilot was new", "Kurier", "Kurier", "outlet"},
                {"the plane was old", "Russia's state news agency", nullptr, "outlet"}});
  // Results, polling, estimates and remarks are documents: not a vague group of people.
  CheckSources(Score("The vote was close. Most voters are angry, according to early results of exit polls. Recent "
                     "polling shows Sanders gaining. The remarks drew a rebuke, aides said."),
               {{"Most voters are angry", "polls", "", "document"}, {"Sanders gaining", "Recent polling", "", "document"}});
}

TEST_CASE("a body or its officials before \"in\" and a place speak for that place") {
  const Scored s = Score(
      "The vote was close. The government in Riyadh has denied any role. Officials in Moscow said the talks would "
      "resume. Diplomats in Moscow said the talks had stalled. The ambassador in Kiev said it was calm. The Sanders "
      "campaign in Philadelphia said it would appeal.");
  CheckSources(s, {{"any role", "Government", "Saudi Arabia", "organisation"},
                   {"would resume", "Officials", "Russia", "anonymous"},
                   {"had stalled", "Diplomats", "", "anonymous"},  // foreign diplomats, most often
                   {"it was calm", "The ambassador", "", "official"},
                   {"would appeal", "Sanders campaign", "Sanders campaign", "organisation"}});
}

TEST_CASE("an organisation's name holds document words and runs joined by \"and\"") {
  const Scored s = Score(
      "The vote was close. The Family Research Council said the ruling was wrong. The Organization for Economic "
      "Cooperation and Development noted that wages rose. Great Britain said it would act. In the end, both Trump and "
      "Clinton said they would debate.");
  CheckSources(s, {{"the ruling was wrong", "Family Research Council", "Family Research Council", "organisation"},
                   {"wages rose", "Organization for Economic Cooperation and Development", nullptr, "organisation"},
                   {"it would act", "Great Britain", "UK", "organisation"}});
  CheckSourcePhrases(s, {{"they would debate", "Clinton"}});  // two people are no organisation
  // Nor is a person after an organisation's "and".
  CheckSourcePhrases(Score("The vote was close. A study by Michael Greenstone of the University of Chicago and "
                           "Professor Knittel concluded that prices fell."),
                     {{"concluded", "Professor Knittel"}});
}

TEST_CASE("a name after an institution's possessive is a person of that institution") {
  const Scored s = Score(
      "The vote was close. Media Research Center\u2019s Bozell agrees with Viguerie that Cruz is the best candidate. "
      "The American Action Forum's Douglas Holtz-Eakin said the plan was costly.");
  CheckSources(s, {{"the plan was costly", "Douglas Holtz-Eakin", "American Action Forum", "person"}});
  const Source* bozell = s.SourceOf(s.ByCue("agrees"));
  REQUIRE(bozell != nullptr);
  CHECK(bozell->name == "Bozell");
  CHECK(bozell->affiliation == "Media Research Center");
  CHECK(bozell->type == "person");
  // Roles before a possessive ahead of the name are the owner's.
  const Scored stone = Score("The vote was close. President Trump's former adviser Roger Stone said it was unfair.");
  const Source* adviser = stone.SourceNamed("Roger Stone");
  REQUIRE(adviser != nullptr);
  CHECK(adviser->role == "adviser");
  CHECK(adviser->affiliation == "Trump");
  const Scored ex = Score("The vote was close. President Trump's ex-adviser Roger Stone said it was unfair.");
  REQUIRE(ex.SourceNamed("Roger Stone") != nullptr);
  CHECK(ex.SourceNamed("Roger Stone")->role != "President");
}

TEST_CASE("a role before a name's comma is the named person's role") {
  const Scored s = Score(
      "The vote was close. Nevada's governor, Brian Sandoval, a Republican, said he had voted for Rubio. Meanwhile, "
      "Trump's campaign manager, Corey Lewandowski, said the rally was on. Like his father, John Smith said it rained.");
  CheckSources(s, {{"he had voted", "Brian Sandoval", "Nevada", "official"},
                   {"the rally was on", "Corey Lewandowski", "Trump", "official"}});
  const Source* sandoval = s.SourceNamed("Brian Sandoval");
  REQUIRE(sandoval != nullptr);
  CHECK(sandoval->role == "governor");
  // Two roles joined by "and" in an apposition are one person's ("Both Mr. King and Mr. Schultz" are two).
  const Scored both = Score("The vote was close. Anthony Anton, president and CEO of Washington Restaurant Association "
                            "stated, \u201cIt is a math problem.\u201d Both Mr. King and Mr. Schultz say RT is fine.");
  CheckSources(both, {{"a math problem", "Anthony Anton", nullptr, "official"}});
  const Source* schultz = both.SourceOf(both.ByContent("RT is fine"));
  REQUIRE(schultz != nullptr);
  CHECK(schultz->role.empty());
  // After a quotation the phrase opens a clause too.
  CheckSources(Score("The vote was close. \u201cI disagree,\u201d the Republican leader, Michael Thibodeau, said."),
               {{"I disagree", "Michael Thibodeau", "Republican", "official"}});
  const Source* smith = s.SourceNamed("John Smith");  // a prepositional phrase is no apposition
  REQUIRE(smith != nullptr);
  CHECK(smith->role.empty());
}

TEST_CASE("an apposition ends at a relative pronoun, which then stands for the named person") {
  // The role is read however long the relative clause after it; the description's "who" is the
  // person the description is in apposition to.
  const Scored s = Score(
      "The vote was close. \u201cI was sure he would recommend prosecution,\u201d said Rudy Giuliani, the former "
      "mayor of New York who made his name prosecuting the Mafia bosses of the city in the 1980s. \u201cIt is a "
      "moment,\u201d said Tom Rath, a veteran Republican leader who had endorsed Kasich in the last spring.");
  CheckSources(s, {{"I was sure", "Rudy Giuliani", "New York", "official"},
                   {"It is a moment", "Tom Rath", "Republican", "official"}});
  const Source* giuliani = s.SourceNamed("Rudy Giuliani");
  REQUIRE(giuliani != nullptr);
  CHECK(giuliani->role == "mayor");
  CheckSourcePhrases(s, {{"had endorsed", "Tom Rath, a veteran Republican leader who"}});
  CHECK(s.SourceOf(s.ByCue("had endorsed")) == s.SourceNamed("Tom Rath"));
  // A definite role after a noun's preposition, with the name between commas, is the name's.
  const Scored after_of = Score(
      "The vote was close. The policies of the Republican nominee, Donald J. Trump, have put investors on edge, "
      "according to analysts. Trump said he would calm them. In the end, for the senator, John Smith, a lawyer, said "
      "the vote was wrong.");
  const Source* trump = after_of.SourceNamed("Donald J. Trump");
  REQUIRE(trump != nullptr);
  CHECK(trump->role == "nominee");
  const Source* smith = after_of.SourceNamed("John Smith");
  REQUIRE(smith != nullptr);
  CHECK(smith->role == "lawyer");  // a clause's opening "For the senator" is no apposition
  // The body after a field's "of" ("professor of history at …"); "the same …" is someone else.
  const Scored body = Score(
      "The vote was close. \u201cIt never worked,\u201d said Allan Lichtman, a professor of history at American "
      "University. According to Faggioli, the same Pope who sacks conservative bishops has removed a cardinal.");
  CheckSources(body, {{"It never worked", "Allan Lichtman", "American University", "expert"}});
  const Source* faggioli = body.SourceNamed("Faggioli");
  REQUIRE(faggioli != nullptr);
  CHECK(faggioli->role.empty());
}

TEST_CASE("an outlet's name is written with a capital") {
  const Scored s = Score(
      "The vote was close. Bernie Sanders, the independent senator from Vermont, said the race was long. The "
      "Independent reported that it was over. Jared Bernstein, the economist, said prices would rise.");
  CheckSources(s, {{"the race was long", "Bernie Sanders", "Vermont", nullptr},
                   {"it was over", "The Independent", "The Independent", "outlet"},
                   {"prices would rise", "Jared Bernstein", "", "expert"}});
}

TEST_CASE("a reporter or columnist for an outlet speaks for it") {
  const Scored s = Score(
      "The vote was close. A reporter for USA Today spotted Stein and reported that they were riding along. A "
      "reporter for Agence France-Presse called it chaos. Plus Democrats are defending red states, aides said.");
  CheckSources(s, {{"they were riding along", "A reporter for USA Today", "USA Today", nullptr},
                   {"chaos", "A reporter for Agence France-Presse", "AFP", nullptr}});
  CheckSourcePhrases(s, {{"are defending", "Democrats"}});  // "Plus" opens a sentence as a conjunction
}

TEST_CASE("a qualifier no list names as a role opens the role") {
  const Scored s = Score(
      "The vote was close. \u201cThese are steps in the right direction,\u201d Anne Richards, assistant secretary of state "
      "for population, said on the call. Acting Director Thomas Homan said the border was open. Huma Abedin, the vice "
      "chairwoman of the campaign, said the count was fair. \u201cHe raised it,\u201d said United Steelworkers Political "
      "Director Tim Waters. Dante Scala, a political scientist, said turnout would drop. FBI general counsel James Baker said the "
      "probe was open.");
  const std::pair<const char*, const char*> expected[] = {{"Anne Richards", "assistant secretary of state"},
                                                          {"Thomas Homan", "Acting Director"},
                                                          {"Huma Abedin", "vice chairwoman"},
                                                          {"Tim Waters", "Political Director"},
                                                          {"Dante Scala", "political scientist"},
                                                          {"James Baker", "general counsel"}};
  for (const auto& e : expected) {
    const std::string name = e.first;  // not a structured binding: CAPTURE captures it in a lambda
    CAPTURE(name);
    const Source* src = s.SourceNamed(e.first);
    REQUIRE(src != nullptr);
    CHECK(src->role == e.second);
  }
  const Source* waters = s.SourceNamed("Tim Waters");
  REQUIRE(waters != nullptr);
  CHECK(waters->affiliation == "United Steelworkers");  // the qualifier is the role's, not the body's
}

TEST_CASE("\"fellow\" before a title or a role is no role") {
  const Scored s = Score(
      "The vote was close. Rubio still trails Donald Trump and fellow Sen. Ted Cruz in delegates. Cruz said the race "
      "was long. A research fellow, Jane Smith, said it was over.");
  CheckSources(s, {{"the race was long", "Ted Cruz", nullptr, "official"}});
  const Source* cruz = s.SourceNamed("Ted Cruz");
  REQUIRE(cruz != nullptr);
  CHECK(cruz->role == "Sen.");
  const Source* smith = s.SourceOf(s.ByContent("it was over"));
  REQUIRE(smith != nullptr);
  CHECK(smith->role == "fellow");
}

TEST_CASE("a role noun that is also a verb is the verb after \"to\"") {
  const Scored s = Score("The vote was close. Fox News is expected to host Trump's rivals on Thursday. Trump said he "
                         "would not attend.");
  const Source* trump = s.SourceNamed("Trump");
  REQUIRE(trump != nullptr);
  CHECK(trump->role.empty());  // not the "host" of "to host Trump's rivals"
}

TEST_CASE("an apostrophe after a name in \"s\" makes it an owner; a single-quoted name does not") {
  const Scored s = Score(
      "Bernie Sanders\u2019 campaign said it raised $21 million. The report called it the \u2018Sanders\u2019 plan. "
      "Jones\u2019 lawyer said the case was weak.");
  CheckSources(s, {{"it raised $21 million", "Bernie Sanders' campaign", "Bernie Sanders", "organisation"}});
  const Source* lawyer = s.SourceOf(s.ByContent("the case was weak"));
  REQUIRE(lawyer != nullptr);
  CHECK(lawyer->affiliation == "Jones");
  CHECK(lawyer->role == "lawyer");
  const std::string text = "The vote was close, he said of the \u2018Sanders\u2019 revolution.";
  Document doc = AnalyzeText(text);
  bool possessive = false;
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) possessive = possessive || IsPossessiveEnding(doc, k);
  CHECK_FALSE(possessive);
}

TEST_CASE("a definite organisation or document of one noun is the one the text named with that noun") {
  const Scored s = Score(
      "Hillary Clinton spoke in Iowa. The Clinton campaign said it would respond. Later, the campaign said it had "
      "raised more. The Justice Department said the case was closed. Then the department said it would appeal. A new "
      "Associated Press-GfK poll found Clinton ahead. The poll also showed Sanders gaining. The company said it would "
      "wait.");
  CheckSources(s, {{"it had raised more", "Clinton campaign", nullptr, "organisation"},
                   {"it would appeal", "Justice Department", nullptr, "organisation"}});
  const Source* poll = s.SourceOf(s.ByCue("also showed"));
  REQUIRE(poll != nullptr);
  CHECK(poll->name.find("Associated Press-GfK poll") != std::string::npos);
  const Source* company = s.SourceOf(s.ByContent("it would wait"));
  REQUIRE(company != nullptr);
  CHECK(company->name == "The company");  // no company named before
}

TEST_CASE("\"one\" or \"another\" before a phrase ending in a role or a word for people is that phrase") {
  const Scored s = Score(
      "\u201cI did not care,\u201d said one district GOP leader. \u201cIt is like choosing how to die,\u201d said one "
      "person with knowledge of the plan. \u201cIt is over,\u201d said another senior official.");
  CheckSourcePhrases(s, {{"I did not care", "one district GOP leader"},
                         {"choosing how to die", "one person"},
                         {"It is over", "another senior official"}});
  CHECK(s.SpeakerOf("I did not care") != s.SpeakerOf("choosing how to die"));
}

TEST_CASE("in a title-case line a source's name takes only its own words, roles and given names") {
  const Scored s = Score(
      "Carly Fiorina Endorses Ted Cruz, Praises House Speaker Paul Ryan\n\nTed Cruz said the race was open. House "
      "Speaker Paul Ryan said he would stay neutral. Fiorina spoke with Ted Cruz on Monday.");
  const std::vector<std::string> cruz = MentionsOf(s, "the race was open");
  CHECK(std::count(cruz.begin(), cruz.end(), "Ted Cruz") == 3);
  const std::vector<std::string> ryan = MentionsOf(s, "he would stay neutral");
  CHECK(std::count(ryan.begin(), ryan.end(), "House Speaker Paul Ryan") == 2);  // his role and affiliation
}

TEST_CASE("\"the newspaper\" and \"the Post\" are the outlet the text named before") {
  const Scored s = Score(
      "The vote was close. The Washington Post reported that the count was slow. The newspaper added that officials "
      "were tired. The Post noted that the count was legal. The paper said the recount would start on Monday.");
  CheckSources(s, {{"officials were tired", "The Washington Post", nullptr, "outlet"},
                   {"the count was legal", "The Washington Post", nullptr, "outlet"},
                   {"the recount would start", "The Washington Post", nullptr, "outlet"}});
}

TEST_CASE("a definite role is the nameless person of that role introduced before, who stays vague") {
  const Scored s = Score(
      "The vote was close. A senior administration official said the plan was final. The official said the vote "
      "would be held on Monday. At a town hall, a young woman asked Mrs. Clinton about the plan. \u201cShould we "
      "believe them?\u201d the woman said.");
  CheckSources(s, {{"the plan was final", "A senior administration official", nullptr, "anonymous"},
                   {"the vote would be held", "A senior administration official", nullptr, "anonymous"},
                   {"Should we believe them", "a young woman", nullptr, "anonymous"}});
}

TEST_CASE("a role's possessive owner is whom the speaker is with; the definite role after is that speaker") {
  const Scored s = Score(
      "The vote was close. Cameron will work with whoever wins, the prime minister\u2019s spokesman said. "
      "\u201cHe disagrees with them,\u201d the spokesman said. The talks failed, the senator's lawyer said. Obama's "
      "spokesman said the deal was done. The spokesman refused to take questions but said the visit was off, "
      "adding that it was final.");
  CheckSources(s, {{"Cameron will work", "the prime minister\u2019s spokesman", "prime minister", "spokesperson"},
                   {"He disagrees", "the prime minister\u2019s spokesman", "prime minister", "spokesperson"},
                   {"The talks failed", "the senator's lawyer", "senator", nullptr}});
  // A body's name after the possessive is no person's: the owner is still the owner.
  CheckSources(Score("The vote was close. Jane Pell's former White House chief of staff said the plan was sound. "
                     "Sen. Tom Vale's Kentucky supporters said the race was close."),
               {{"the plan was sound", "Jane Pell's former White House chief of staff", "White House", "official"},
                {"the race was close", "Sen. Tom Vale's Kentucky supporters", nullptr, "anonymous"}});
  const Source* lawyer = s.SourceOf(s.ByContent("The talks failed"));
  REQUIRE(lawyer != nullptr);
  CHECK(lawyer->role == "lawyer");
  // One reading of "The spokesman" serves all three of its verbs.
  const Source* off = s.SourceOf(s.ByContent("the visit was off"));
  REQUIRE(off != nullptr);
  CHECK(s.SourceOf(s.ByContent("it was final")) == off);
  for (const Attribution& a : s.report.attributions)
    if (s.Slice(a.source) == "The spokesman") CHECK(s.SourceOf(&a) == off);
}

TEST_CASE("a participle opening its sentence speaks with the subject after its comma, past a quotation") {
  CheckSourcePhrases(Score("The campaign was broke. Citing internal documents, the Journal reported that the campaign "
                           "was broke."),
                     {{"Citing", "the Journal"}});
  CheckSourcePhrases(Score("Gore will stay home. Citing \u201cobligations in Tennessee,\u201d the former vice "
                           "president\u2019s spokeswoman told POLITICO that Gore would skip the convention."),
                     {{"Citing", "the former vice president\u2019s spokeswoman"}});
  CheckSourcePhrases(Score("The race tightened. According to the Post, Bush campaign officials looked into the rules."),
                     {{"According to", "the Post"}});
  CheckSourcePhrases(Score("The race tightened. Warning that voters were angry, Priebus urged unity."),
                     {{"Warning", "Priebus"}});
  // A participle that is a subject: what follows its comma is no speaker.
  const Scored gerund = Score("The court waits. Naming a third justice would be an achievement for Obama, another "
                              "incentive to reach a deal.");
  const Attribution* naming = gerund.ByCue("Naming");
  CHECK((naming == nullptr || gerund.Slice(naming->source) != "another"));
}

TEST_CASE("whom a cue's \"of\" names is what the attribution is about, not who speaks") {
  CheckSourcePhrases(
      Score("\u201cHe is not qualified to run this country,\u201d Mr. Guerrero, who is an actor, said of Mr. Trump. "
            "Nelson Diaz, a former aide to Mr. Rubio, said of Mr. Rubio that he was ready."),
      {{"He is not qualified", "Mr. Guerrero"}, {"he was ready", "Nelson Diaz"}});
}

TEST_CASE("a name after a cue that closes an apposition is what is said; the apposition's subject speaks") {
  const Scored s = Score(
      "The vote was close. Mr. Coffman, who represents a swing district in the Denver suburbs, said Mr. Trump had "
      "disrespected veterans. Corey Lewandowski, Donald Trump\u2019s fired campaign manager, ripped FBI Director "
      "James Comey for acting as a judge. The Greater Wisconsin Committee, which supported Kloppenburg, spent "
      "$345,430 on ads, according to the Brennan Center. Herman Cain, the former candidate who hosts a radio show, "
      "was asked by a caller why the men came.");
  CheckSourcePhrases(s, {{"Mr. Trump had disrespected", "Mr. Coffman"},
                         {"ripped", "Corey Lewandowski"},
                         // Cues whose source follows them.
                         {"according to", "the Brennan Center"},
                         {"was asked", "a caller"}});
}

TEST_CASE("a survey's, a poll's or a review's topic after \"of\" is no speaker; the document speaks") {
  const Scored s = Score(
      "The race is open. And surveys of New Hampshire Republican primary voters late last week indicated that "
      "one-third of voters were undecided. A video of the episode shows her clutching her phone. The ad cuts to "
      "footage of Trump saying that he would win.");
  CheckSources(s, {{"one-third of voters were undecided", "surveys of New Hampshire Republican primary voters",
                    "New Hampshire", "document"},
                   {"her clutching her phone", "A video of the episode", "", "document"}});
  // Who a participle cue follows is seen saying it.
  CheckSourcePhrases(s, {{"saying", "Trump"}});
  // "the board" is the body named "… Board of Elections" (the words before its "of" hold its noun).
  const Scored board = Score(
      "The Illinois Board of Elections said on Monday that it would rule. The board said that Cruz was eligible.");
  CheckSources(board, {{"Cruz was eligible", "Illinois Board of Elections", nullptr, "organisation"}});
}

TEST_CASE("roles \"to\" someone: the role speaks, with its owner or whom it serves") {
  const Scored s = Score(
      "He had finished his year, Chad's ambassador to France confirmed. An adviser to Mr. Trump said the plan was "
      "dead. A supporter of Mr. Trump said the wall would rise. Advisers to Mr. Rubio say that he placed second. "
      "He had left, Chad's Ambassador said.");
  CheckSources(s, {{"He had finished his year", "Chad's ambassador to France", "Chad", "official"},
                   {"the plan was dead", "An adviser to Mr. Trump", "Trump", "anonymous"},
                   {"the wall would rise", "A supporter of Mr. Trump", "Trump", "anonymous"},
                   {"he placed second", "Advisers to Mr. Rubio", "Rubio", "anonymous"},
                   {"He had left", "Chad's Ambassador", "Chad", "official"}});
  // One of the many who serve someone is not the one aide the text names, before or after.
  for (const bool named_first : {true, false}) {
    CAPTURE(named_first);
    const std::string named = "Nixon won. His strategy led to what aide Kevin Phillips called a new era. ";
    const std::string nameless =
        "\u201cTrump went the other way,\u201d said the former top aide to President George W. Bush. ";
    const Scored aides = Score(named_first ? named + nameless : nameless + named);
    const Source* phillips = aides.SourceOf(aides.ByCue("called"));
    const Source* bush_aide = aides.SourceOf(aides.ByContent("Trump went the other way"));
    REQUIRE(phillips != nullptr);
    REQUIRE(bush_aide != nullptr);
    CHECK(phillips != bush_aide);
    CHECK(phillips->affiliation.empty());
  }
}

TEST_CASE("a possessive before the cue's speaker noun owns who speaks") {
  CheckSourcePhrases(Score("The race goes on. Trump's campaign manager declined to discuss the poll. Steinle's family "
                           "has expressed nuanced views on immigration. Mr. Horowitz's report concluded that no law "
                           "was broken."),
                     {{"declined", "Trump's campaign manager"},
                      {"has expressed", "Steinle's family"},
                      {"concluded", "Mr. Horowitz's report"}});
}

TEST_CASE("a party word before a contest's noun is no speaker; before people it joins them") {
  const Scored s = Score(
      "The race is close. The bluster that propelled Trump through the Republican primaries -- denouncing "
      "Mexicans as rapists -- did not help. The GOP candidates in the race also said that taxes were too high. "
      "The Democrat leadership said that the bill was dead.");
  const Attribution* denouncing = s.ByCue("denouncing");
  CHECK((denouncing == nullptr || s.Slice(denouncing->source) != "the Republican"));
  CheckSourcePhrases(s, {{"taxes were too high", "The GOP candidates"},
                         {"the bill was dead", "The Democrat leadership"}});
}

TEST_CASE("\"opposition to\" is a cue whose noun speaks for no one; its owner does") {
  const Scored s = Score(
      "Trade is back. Opposition to trade deals has also galvanized support for Sanders. Among the votes: "
      "Murphy\u2019s opposition to the Zika funding bill.");
  const Attribution* opposition = s.ByCue("Opposition to");
  REQUIRE(opposition != nullptr);
  CHECK(opposition->source.end == opposition->source.start);
  const Attribution* murphy = s.ByCue("\u2019s opposition to");
  REQUIRE(murphy != nullptr);
  CHECK(s.Slice(murphy->source) == "Murphy");
}

TEST_CASE("a capitalized body before a role is the affiliation; a lone capitalized modifier is none") {
  CheckSources(Score("\u201cIt is a foundation of our politics,\u201d said Western New England University historian "
                     "John Baick. Many Political Analysts are also speculating that the move could pave a way. Court "
                     "papers released by prosecutors on Wednesday provided new details about the case."),
               {{"It is a foundation", "John Baick", "Western New England University", "expert"},
                {"the move could pave a way", "Many Political Analysts", "", "anonymous"},
                {"the case", "Court papers", nullptr, "document"}});
}

TEST_CASE("a second role without an article after a definite one is the same person's; a paper is a document") {
  const Scored s = Score(
      "Sen. Marco Rubio of Florida said the test was real. \u201cWe are weak,\u201d the Florida senator and Republican "
      "presidential candidate said in a statement. The tax would raise money, according to the 2009 paper. The "
      "senator and John Smith said the bill would pass.");
  CheckSources(s, {{"We are weak", "Marco Rubio", "Florida", "official"}});
  CheckSourcePhrases(s, {{"according to", "the 2009 paper"}});
  const Attribution* pass = s.ByContent("the bill would pass");
  REQUIRE(pass != nullptr);
  CHECK(s.Slice(pass->source) != "The senator and John Smith");
  const Source* paper = s.SourceOf(s.ByCue("according to"));
  REQUIRE(paper != nullptr);
  CHECK(paper->type == "document");
}

TEST_CASE("one member of a side after an article and adjectives is a person of that side") {
  const Scored s = Score(
      "The tax stays. Pretty much the only powerful Democrat interested in the fight wants to keep it. Now, one "
      "kind-hearted Canadian wants to help Americans. \u201cIt was hard,\u201d said former Sen. Evan Bayh, a moderate "
      "Indiana Democrat who declined to run again. Polls show him beating Representative Edward J. Markey, the "
      "only Democrat who has officially declared his candidacy.");
  CheckSources(s, {{"wants to keep it", "the only powerful Democrat", "Democratic", "official"},
                   {"help Americans", "one kind-hearted Canadian", "Canada", "anonymous"}});
  const Source* bayh = s.SourceOf(s.ByCue("declined"));
  REQUIRE(bayh != nullptr);
  CHECK(bayh->name == "Evan Bayh");
  // "interested in" modifies who speaks, as "familiar with" does.
  CheckSourcePhrases(Score("The deal is near. Two investors interested in the company said the deal would close."),
                     {{"the deal would close", "Two investors interested in the company"}});
  const Source* markey = s.SourceOf(s.ByCue("declared"));
  REQUIRE(markey != nullptr);
  CHECK(markey->name == "Edward J. Markey");
}

TEST_CASE("a role word that is also a surname ends a full name, and alone stands for it") {
  const Scored s = Score(
      "Ali died. Tennis great Billie Jean King remembered Ali as fun. King says Ali talked the talk. Cook County "
      "Sheriff Tom Dart said the jail was full.");
  const Source* billie = s.SourceOf(s.ByCue("remembered"));
  REQUIRE(billie != nullptr);
  CHECK(billie->name == "Billie Jean King");
  CHECK(s.SourceOf(s.ByContent("Ali talked the talk")) == billie);
  CheckSources(s, {{"the jail was full", "Tom Dart", nullptr, "official"}});
}

TEST_CASE("a bare surname is not a Jr. the text gives no title when it titles the surname alone") {
  const Scored s = Score(
      "The inquiry widened. Donald Trump Jr. said he had exchanged messages with WikiLeaks. Aides to President Trump "
      "were worried. Mr. Trump said the report was fake.");
  const Source* junior = s.SourceOf(s.ByContent("he had exchanged messages"));
  const Source* president = s.SourceOf(s.ByContent("the report was fake"));
  REQUIRE(junior != nullptr);
  REQUIRE(president != nullptr);
  CHECK(junior->name == "Donald Trump Jr.");
  CHECK(president != junior);
  // A titled Jr. is the titled surname: "Adm. Harry B. Harris Jr." is "Admiral Harris".
  const Scored admiral = Score(
      "China protested. Adm. Harry B. Harris Jr. said the patrols would go on. \u201cWe will sail,\u201d Admiral "
      "Harris said.");
  CHECK(admiral.SourceOf(admiral.ByContent("We will sail")) == admiral.SourceOf(admiral.ByContent("the patrols")));
}

TEST_CASE("a post-modifier's phrase belongs to the source it describes, which reads without it") {
  const Scored s = Score(
      "The shutdown ended. \u201cWe\u2019ve already lost,\u201d lamented Senator Johnny Isakson, according to people "
      "familiar with the remarks. Those close to him said he was tired. The deal is near, people close to Clinton "
      "say. One source close to the White House said the plan was ready. The source said it would pass. They will "
      "meet, according to Democrats involved in the negotiations and planning.");
  CheckSourcePhrases(s, {{"according to", "people familiar with the remarks"},
                         {"he was tired", "Those close to him"},
                         {"The deal is near", "people close to Clinton"},
                         {"the plan was ready", "One source close to the White House"}});
  const Source* clinton_aides = s.SourceOf(s.ByContent("The deal is near"));
  REQUIRE(clinton_aides != nullptr);
  CHECK(clinton_aides->type == "anonymous");
  CHECK(s.SourceOf(s.ByContent("it would pass")) == s.SourceOf(s.ByContent("the plan was ready")));
  const Scored those = Score(
      "The plan grew. It will pass, according to those familiar with the strategy. It will fail, according to "
      "those briefed on the effort.");
  CHECK(those.SourceOf(those.ByContent("It will pass")) != those.SourceOf(those.ByContent("It will fail")));
  const Attribution* meet = s.ByContent("They will meet");
  REQUIRE(meet != nullptr);
  CHECK(s.Slice(meet->source) == "Democrats involved in the negotiations");
  // The head speaks, not the object of its phrase: "officials" of "… familiar with the warplanes".
  CheckSourcePhrases(Score("The raid failed. Officials familiar with the warplanes said the raid failed."),
                     {{"said", "Officials familiar with the warplanes"}});
  // And when the object is an "of" phrase's: "the timing of the declassification" does not speak.
  CheckSourcePhrases(Score("Files will go out. A source familiar with the timing of the declassification told Fox "
                           "News they expected the warrant first."),
                     {{"told", "A source familiar with the timing of the declassification"}});
  // A definite role is the one a nameless phrase introduced with that head noun.
  const Scored official = Score(
      "The plan stalled. A senior administration official close to the governor said it was dead. The official "
      "said it could return.");
  CHECK(official.SourceOf(official.ByContent("it could return")) ==
        official.SourceOf(official.ByContent("it was dead")));
}

TEST_CASE("what a passive cue of perception perceives is no source; a telling is a document") {
  const Scored s = Score(
      "The race is close. At this moment, Rubio is seen as the candidate with the best chance. Jews are described "
      "as greedy in the book. The detentions are widely recognized now as among the largest violations in history. "
      "The summit was billed as a turning point. "
      "Two days later, according to the official story, the agency reported the launch. "
      "But this year's campaign tale has not been the kind of story many Latinos had expected. \u201cStay "
      "inside,\u201d the message says.");
  for (const char* cue : {"is seen", "are described", "are widely recognized", "was billed"}) {
    CAPTURE(cue);
    const Attribution* a = s.ByCueOrContent(cue);
    CHECK((a == nullptr || a->source.end == a->source.start));
  }
  const Attribution* according = s.ByCue("according to");
  REQUIRE(according != nullptr);
  CHECK(s.Slice(according->source) == "the official story");
  REQUIRE(s.SourceOf(according) != nullptr);
  CHECK(s.SourceOf(according)->type == "document");
  CheckSources(s, {{"Stay inside", "the message", nullptr, "document"}});
  const Attribution* expected = s.ByCueOrContent("had expected");
  REQUIRE(expected != nullptr);
  CHECK(s.Slice(expected->source) == "many Latinos");
}

TEST_CASE("a surname before another name word is no mention of the person") {
  const Scored s = Score(
      "The race went on. Hillary Clinton said the economy was growing. The Clinton Foundation raised money, and "
      "Clinton spoke in Iowa. Benedict said the church would last. Pilgrims saw Benedict XVI in 2013.");
  const std::vector<std::string> clinton = MentionsOf(s, "the economy was growing");
  CHECK(std::count(clinton.begin(), clinton.end(), "Clinton") == 1);  // "Clinton spoke", not "Clinton Foundation"
  const std::vector<std::string> benedict = MentionsOf(s, "the church would last");
  CHECK(std::count_if(benedict.begin(), benedict.end(), [](const std::string& x) {
          return x.find("Benedict") != std::string::npos;
        }) == 2);
}

TEST_CASE("a definite role is the vague person of that role a word-list phrase introduced") {
  const Scored s = Score(
      "The plan stalled. An aide said it was dead. The aide said it could return. A senior official said the "
      "talks went on. The official said they would end.");
  CHECK(s.SourceOf(s.ByContent("it could return")) == s.SourceOf(s.ByContent("it was dead")));
  CHECK(s.SourceOf(s.ByContent("they would end")) == s.SourceOf(s.ByContent("the talks went on")));
  REQUIRE(s.SourceOf(s.ByContent("it was dead")) != nullptr);
  CHECK(s.SourceOf(s.ByContent("it was dead"))->type == "anonymous");
}

TEST_CASE("a relative clause after a nameless noun stands for it, not for a name inside the clause") {
  const Scored s = Score(
      "Unions weighed in. The union, which endorsed Hillary Clinton in November, said it was worried. The report, "
      "which was released by Senator Bob Casey, said wages fell. Republican lawmakers, who oppose Mr. Obama, have "
      "vowed to block the rule.");
  auto source_of_content = [&](const std::string& content) {
    for (const Attribution& a : s.report.attributions)
      if (s.Slice(a.content) == content) return s.Slice(a.source);
    return std::string("(no attribution)");
  };
  CHECK(source_of_content("it was worried") == "The union");
  CHECK(source_of_content("wages fell") == "The report");
  CheckSourcePhrases(s, {{"have vowed", "Republican lawmakers"}});
}

TEST_CASE("a definite body noun is the body the text named in full with that noun, though no source named it") {
  const Scored s = Score(
      "Unions weighed in. The two million members of the Service Employees International Union would be near the "
      "top. The union, which endorsed Hillary Clinton in November, said it was worried. A study by the Public Policy "
      "Institute of California found costs rose. The institute said prices would fall. A stake in Dish Network was "
      "sold. The network said it would send a reporter. The Sanders campaign said it raised $5 million. The "
      "campaign, which criticized the plan, has 200 staff.");
  CheckSources(s, {{"it was worried", "Service Employees International Union", nullptr, "organisation"},
                   {"prices would fall", "Public Policy Institute of California", nullptr, nullptr}});
  const Attribution* reporter = s.ByContent("it would send a reporter");
  REQUIRE(s.SourceOf(reporter) != nullptr);
  CHECK(s.SourceOf(reporter)->name != "Dish Network");  // "the network" is as often another's
  CHECK(s.SourceOf(s.ByCue("criticized")) == s.SourceOf(s.ByContent("it raised $5 million")));
}

TEST_CASE("a name before \"operation\" names a body, as before \"network\" or \"campaign\"") {
  const Scored s = Score("Trump spoke.\n\nThe Koch operation - which aims to spend almost $900 million - said it "
                         "would abandon Trump.");
  CheckSources(s, {{"it would abandon Trump", "Koch operation", "Koch operation", "organisation"}});
}

TEST_CASE("abbreviated and ceremonial roles, and the AFL-CIO, are read as such") {
  const Scored s = Score(
      "The probe went on. Deputy AG Rod Rosenstein said the agencies would comply. Attorney General Jeff Sessions "
      "said he would recuse. The AG said later that he had no regrets. Former first lady Laura Bush said the war "
      "was long. Richard Trumka, president of the A.F.L.-C.I.O., said he was hopeful. Dan Kritenbrink, senior "
      "director for Asian affairs at the National Security Council, said he expected progress.");
  CheckSources(s, {{"the agencies would comply", "Rod Rosenstein", nullptr, "official"},
                   {"he had no regrets", "Jeff Sessions", nullptr, "official"},
                   {"the war was long", "Laura Bush", nullptr, "official"},
                   {"he was hopeful", "Richard Trumka", "AFL-CIO", "official"},
                   {"he expected progress", "Dan Kritenbrink", "National Security Council", "official"}});
  const Source* rosenstein = s.SourceNamed("Rod Rosenstein");
  REQUIRE(rosenstein != nullptr);
  CHECK(rosenstein->role == "Deputy AG");
  const Source* bush = s.SourceNamed("Laura Bush");
  REQUIRE(bush != nullptr);
  CHECK(bush->role == "first lady");
}

TEST_CASE("the person who speaks a quotation and opens an apposition speaks, with the given name after an initial") {
  const Scored s = Score(
      "The court ruled.\n\n\u201cThe winds are changing,\u201d J. Gerald Hebert, executive director of the Campaign "
      "Legal Center, said in an interview.\n\nAfter the court approved the law, Hebert said, most laws were safe.\n\n"
      "''We don't believe troops are the answer,'' Benjamin J. Rhodes, Mr. Obama's deputy national security "
      "adviser, said Sunday.");
  CheckSources(s, {{"The winds are changing", "J. Gerald Hebert", "Campaign Legal Center", nullptr},
                   {"most laws were safe", "J. Gerald Hebert", nullptr, nullptr},
                   {"troops are the answer", "Benjamin J. Rhodes", nullptr, nullptr}});
}

TEST_CASE("ordinary occupations are roles, and a surname with a role is completed from the text") {
  const Scored s = Score(
      "The race went on. Investor Mark Cuban said the debate was silly. Cuban also complained about the rules. "
      "\u201cIt is even worse,\u201d the investor said.\n\nThe volunteers are Eva Miller and Gloria Major. For "
      "Major, a retiree and one of the volunteers, making calls is a duty. \u201cBernie has a passionate speech,\u201d "
      "she said."
      "\n\nWarren Stephens, an Arkansas investment banker, said he would give more. Veteran analyst Charlie Cook said "
      "the race was close.");
  CheckSources(s, {{"It is even worse", "Mark Cuban", nullptr, "person"},
                   {"Bernie has a passionate speech", "Gloria Major", nullptr, "person"},
                   {"he would give more", "Warren Stephens", "Arkansas", "person"},
                   {"the race was close", "Charlie Cook", nullptr, "expert"}});  // a veteran analyst
  const Source* stephens = s.SourceNamed("Warren Stephens");
  REQUIRE(stephens != nullptr);
  CHECK(stephens->role == "banker");
  const Scored headline = Score("Texas teen says he had a drink thrown at him\n\nDems hope Trump's behavior will "
                                "help them regain Senate.");
  CheckSources(headline, {{"he had a drink thrown", "Texas teen", "Texas", "person"},
                          {"behavior will help them", "Dems", "Democratic", "anonymous"}});
}

TEST_CASE("a name among the modifiers an article opens qualifies the noun, unless the noun is a time") {
  const Scored s = Score(
      "The platform changed. In a press release, the Democrat convention committee said it was proud. A report "
      "released by the Brookings Institution last year estimated that costs rose.");
  CheckSourcePhrases(s, {{"it was proud", "the Democrat convention committee"}});
  const Attribution* costs = s.ByContent("costs rose");
  REQUIRE(costs != nullptr);
  CHECK(s.Slice(costs->source).find("last year") == std::string::npos);
}

TEST_CASE("lower-case words between a side and the people it qualifies belong to the phrase") {
  const Scored s = Score(
      "The race went on. But from 1968 forward, Republican presidential candidates, to varying degrees, used phrases "
      "that appealed to white voters. Democratic vice presidential candidate Tim Kaine insisted that Clinton was "
      "accessible. Still, in a sign of how his opponents continue to tread gingerly around him, Mr. Rubio declined "
      "to assail him aggressively on Sunday. Asked about taking a more forceful approach, the Florida Republican "
      "would only say that the race was reset. About four in 10 South Carolina Republican primary voters say that "
      "honesty matters. In Texas, half of GOP primary voters said they were angry. After criticism from several "
      "Jewish groups both on and off campus, Boudreau issued an apology.");
  CheckSourcePhrases(s, {{"used phrases that appealed", "Republican presidential candidates"},
                         {"they were angry", "GOP primary voters"},
                         {"criticism from", "several Jewish groups"}});
  CheckSources(s, {{"Clinton was accessible", "Tim Kaine", "Democratic", "official"},
                   {"honesty matters", "South Carolina Republican primary voters", nullptr, "anonymous"}});
  int reset = 0;
  for (const Attribution& a : s.report.attributions) {
    if (s.Slice(a.cue) != "say" || s.Slice(a.content).find("the race was reset") == std::string::npos) continue;
    ++reset;
    CHECK(s.Slice(a.source) == "the Florida Republican");
  }
  CHECK(reset == 1);
}

TEST_CASE("a month that is also a given name opens a name; speechwriters and HuffPo are known") {
  const Scored s = Score(
      "The convention neared. April Mellody, a spokeswoman for the convention, said in a statement that it would be "
      "calm. In April Trump said he would win. \u201cIt was a response,\u201d said Jon Favreau, the president's former "
      "chief speechwriter. According to HuffPo, the senator has changed.");
  CheckSources(s, {{"it would be calm", "April Mellody", nullptr, "spokesperson"},
                   {"he would win", "Trump", nullptr, nullptr},
                   {"It was a response", "Jon Favreau", nullptr, "official"},
                   {"the senator has changed", "HuffPost", nullptr, "outlet"}});
  const Scored outlets = Score("ESPN Fires Schilling Over a Post.\n\nThe network acted. ESPN said in a statement that "
                               "it was inclusive. Business Insider reported that the post was deleted.");
  const Scored corps = Score("The poll closed. Democracy Corps found that voters were split.");
  CheckSources(corps, {{"voters were split", "Democracy Corps", nullptr, "organisation"}});
  CheckSources(outlets, {{"it was inclusive", "ESPN", nullptr, "outlet"},
                         {"the post was deleted", "Business Insider", nullptr, "outlet"}});
  const Source* favreau = s.SourceNamed("Jon Favreau");
  REQUIRE(favreau != nullptr);
  CHECK(favreau->role == "chief speechwriter");
}

TEST_CASE("a vice presidential nominee is no presidential nominee") {
  const Scored s = Score(
      "The campaign went on. Democratic vice presidential nominee Tim Kaine said the race was close. Hillary Clinton "
      "says the Ohio native is a dedicated advocate for children. The Democratic presidential nominee says they both "
      "share the belief that every child matters.");
  CheckSources(s, {{"the race was close", "Tim Kaine", "Democratic", "official"},
                   {"every child matters", "Hillary Clinton", nullptr, nullptr}});
  const Source* kaine = s.SourceNamed("Tim Kaine");
  REQUIRE(kaine != nullptr);
  CHECK(kaine->role == "vice presidential nominee");
}

TEST_CASE("IG and POTUS are roles; a document named by a role is no person who holds it") {
  const Scored s = Score(
      "The review ended. The IG report concluded that fraud was rare. Inspector General Michael Horowitz said the "
      "agents erred. The IG later concluded that bias was absent. A second IG report concluded that waste was "
      "common.\n\nPresident Trump praised the response. This is "
      "what POTUS calls a 10!");
  CheckSources(s, {{"bias was absent", "Michael Horowitz", nullptr, "official"},
                   {"the response", "Trump", nullptr, "official"}});
  const Attribution* calls = s.ByCue("calls");
  REQUIRE(calls != nullptr);
  CHECK(s.SourceOf(calls) == s.SourceOf(s.ByContent("the response")));
  const Source* report = s.SourceOf(s.ByContent("fraud was rare"));
  REQUIRE(report != nullptr);
  CHECK(report->type == "document");
  CHECK(report->name != "Michael Horowitz");
  const Source* second = s.SourceOf(s.ByContent("waste was common"));
  REQUIRE(second != nullptr);
  CHECK(second->type == "document");
}

TEST_CASE("a document word before the role that ends the phrase qualifies the role; stories and signs are documents") {
  const Scored s = Score(
      "The race went on. Clinton needs a strategy, the polling guru tweeted on Sunday. The survey director said the "
      "sample was small. Stories alleging cronyism may hurt her. The chancellery rejected the plan. Depositions "
      "released on Tuesday show that he lied.");
  CheckSources(s, {{"Clinton needs a strategy", "the polling guru", nullptr, "expert"},
                   {"the sample", "The survey director", nullptr, "official"},
                   {"cronyism", "Stories", nullptr, "document"},
                   {"the plan", "The chancellery", nullptr, "organisation"},
                   {"he lied", "Depositions", nullptr, "document"}});
  const Scored sign = Score("The march went on. A sign said that the mayor had lied. The digital road sign warned of "
                            "work ahead.");
  CheckSourceTypes(sign, {"the mayor had lied", "work ahead"}, "document");
}

TEST_CASE("an adverb or quantifier between the subject and the cue is no part of the subject") {
  const Scored s = Score(
      "The talks went on. Carter however said he would welcome help. The numbers changed, as Sanders has sometimes "
      "acknowledged. Rome always says the reforms are good. Paul then interjected, calling the credit a gimmick. "
      "Rubio and Bush both repeatedly made the case for amnesty. They were rivals in a contest both have long been "
      "anticipating. The Florida Republican would also say that his lack of knowledge was worrisome. Then Secretary "
      "of State Hillary Clinton said the plan was sound.");
  CheckSourcePhrases(s, {{"he would welcome help", "Carter"},
                         {"the reforms are good", "Rome"},
                         {"interjected", "Paul"},
                         {"repeatedly made the case", "Bush"},
                         {"have long been anticipating", "both"},
                         {"acknowledged", "Sanders"},
                         {"his lack of knowledge", "The Florida Republican"},
                         {"the plan was sound", "Then Secretary of State Hillary Clinton"}});
}

TEST_CASE("a lower-case noun before a role word, after a modifier, belongs to the role's phrase") {
  const Scored s = Score("The debate went on. \"Watch it,\" said former tech executive Carly Fiorina during the "
                         "second GOP debate. \"We will search,\" wrote Justice Department senior trial counsel "
                         "Caroline Lewis Wolverton. The reason President Obama is seeking approval is clear.");
  CheckSourcePhrases(s, {{"Watch it", "former tech executive Carly Fiorina"},
                         {"We will search", "Justice Department senior trial counsel Caroline Lewis Wolverton"},
                         {"is seeking", "President Obama"}});
}

TEST_CASE("an adverb before another modifier belongs to the phrase an article opens") {
  const Scored s = Score(
      "The campaign went on. Bernie Sanders told his life story. The famously gruff senator started on Wednesday, "
      "showing a little more of his personal side on TV. The nearly 90-second ad argues that he can win.");
  CheckSourcePhrases(s, {{"showing", "The famously gruff senator"}, {"argues", "The nearly 90-second ad"}});
}

TEST_CASE("a person's campaign is one source however the text names it") {
  const Scored s = Score(
      "The race went on. Hillary Clinton said she was ready. The Clinton campaign said it had raised $5 million. "
      "Hillary Clinton's campaign announced a new ad. Her campaign added that it would win. The Republican campaign "
      "said nothing. The Obama administration said the deal held. Obama's administration added that it was final.");
  const Source* campaign = s.SourceOf(s.ByContent("it had raised"));
  REQUIRE(campaign != nullptr);
  CHECK(campaign->type == "organisation");
  CHECK(s.SourceOf(s.ByCue("announced")) == campaign);
  CHECK(s.SourceOf(s.ByContent("it would win")) == campaign);
  CHECK(s.SourceOf(s.ByCue("said nothing")) != campaign);
  CHECK(s.SourceOf(s.ByContent("it was final")) == s.SourceOf(s.ByContent("the deal held")));
}

TEST_CASE("a live blog's time stamp is no part of the name after it") {
  const Scored s = Score("The debate went on.\n\n4:39PM Donald Trump said the polls were wrong.\n\n5:09PM Ted Cruz "
                         "said he would win.");
  CheckSources(s, {{"the polls were wrong", "Donald Trump", nullptr, nullptr},
                   {"he would win", "Ted Cruz", nullptr, nullptr}});
}

TEST_CASE("a surname of two words is the person the text names in full") {
  const Scored s = Score(
      "The party met. Debbie Wasserman Schultz said the rules were fair. Later, Wasserman Schultz said she would "
      "stay. Marine Le Pen said the vote was close. Le Pen said France would leave.");
  CheckSources(s, {{"she would stay", "Debbie Wasserman Schultz", nullptr, nullptr},
                   {"France would leave", "Marine Le Pen", nullptr, nullptr}});
}

TEST_CASE("an -ing noun after a possessive belongs to the source's phrase, not the cue") {
  const Scored s = Score("The senator met colleagues. A source familiar with his thinking said that he would try to "
                         "win.");
  const Attribution* said = s.ByContent("he would try to win");
  REQUIRE(said != nullptr);
  CHECK(s.Slice(said->cue) == "said");
  CHECK(s.Slice(said->source) == "A source familiar with his thinking");
}

TEST_CASE("the person is the unnamed one the text introduced last") {
  const Scored s = Score(
      "Clinton prepared. \u201cWe have a ton of work to do,\u201d said a longtime adviser to both Clintons. \u201cThe "
      "debate matters,\u201d the person added. Cruz met colleagues. Another source familiar with his plans said that "
      "he would try. At the same time, the person added that it would take time.");
  const Source* adviser = s.SourceOf(s.ByContent("a ton of work"));
  REQUIRE(adviser != nullptr);
  CHECK(s.SourceOf(s.ByContent("The debate matters")) == adviser);
  const Source* another = s.SourceOf(s.ByContent("he would try"));
  REQUIRE(another != nullptr);
  CHECK(another != adviser);
  CHECK(s.SourceOf(s.ByContent("it would take time")) == another);
}

TEST_CASE("a participle after the article, or a hyphenated word, belongs to the phrase; a verb does not") {
  const Scored s = Score(
      "The shooting was studied. Moments later, according to the newly revised timeline, the gunman fired. A "
      "well-placed source said the report was ready. The new tough-talking politician said the race was over. In "
      "the 1980s, the KGB planted newspaper articles alleging that the U.S. had invented HIV.");
  CheckSourcePhrases(s, {{"according to", "the newly revised timeline"},
                         {"the report was ready", "A well-placed source"},
                         {"the race was over", "The new tough-talking politician"}});
  const Attribution* alleging = s.ByCue("alleging");
  REQUIRE(alleging != nullptr);
  CHECK(s.Slice(alleging->source).find("planted") == std::string::npos);
}

TEST_CASE("the 's of a pronoun is is or has, and takes no owner along") {
  const Scored s = Score("Bernie Sanders Says He\u2019s Already Started Writing His Inaugural Address.\n\nThe senator "
                         "spoke on Monday.");
  for (const Attribution& a : s.report.attributions) {
    CAPTURE(s.Slice(a.cue));
    CHECK(s.Slice(a.source).find("He\u2019s") == std::string::npos);
  }
}

TEST_CASE("a headline's capitalized verb ends a name; a body owning a role is its affiliation") {
  const Scored s = Score(
      "Clinton Says Russians Hacked DNC, Calls Trump\u2019s Putin Remarks \u2018Troubling.\u2019\n\nThe host spoke. "
      "Breitbart\u2019s Washington Political Editor Matthew Boyle said the polls were wrong.",
      "");  // no title: the first line is the headline
  for (const Attribution& a : s.report.attributions) {
    CAPTURE(s.Slice(a.cue));
    CHECK(s.Slice(a.source).find("Says") == std::string::npos);
  }
  // A role closing a headline's name is one person of that name's side, not the person named.
  const Scored pollster = Score("Former Clinton Pollster Says Sanders Can Win\n\nBill Clinton said the race was close.",
                                "");
  const Attribution* says = pollster.ByCue("Says");
  REQUIRE(pollster.SourceOf(says) != nullptr);
  CHECK(pollster.SourceOf(says)->name != "Bill Clinton");
  CheckSources(s, {{"the polls were wrong", "Matthew Boyle", "Breitbart", nullptr}});
}

TEST_CASE("a text that opens in lower case is read from its first word") {
  // The look back for a side before a phrase's modifiers stops at the text's first word.
  CheckSourcePhrases(Score("angry voters said it."), {{"said", "voters"}});
  CheckSourcePhrases(Score("angry local officials said the plan was fine."), {{"said", "local officials"}});
}

TEST_CASE("the group or the agency after a quoted organisation is that organisation") {
  const Scored s = Score(
      "There are four million fewer players than a decade ago, according to the National Golf Foundation. Almost "
      "650 courses have closed since 2006, the group says. The State Department said it would release more emails. "
      "The agency said the goal was missed. Officers of the San Antonio police said a man was arrested. \"We were "
      "shocked,\" the company said. The Tax Policy Center said the plan cost $9 trillion. Secure America Now ran "
      "an ad in Ohio. The group said it stood for all ideologies.");
  CheckSources(s, {{"courses have closed", "National Golf Foundation", nullptr, "organisation"},
                   {"the goal was missed", "State Department", nullptr, "organisation"}});
  const Source* company = s.SourceOf(s.ByContent("We were shocked"));
  REQUIRE(company != nullptr);
  CHECK(company->name == "the company");
  const Source* group = s.SourceOf(s.ByContent("it stood for all ideologies"));
  REQUIRE(group != nullptr);
  CHECK(group->name == "The group");
}

TEST_CASE("the company is the body named last before it, as a source or a sentence's subject") {
  const Scored s = Score(
      "The company said sales fell. Twitter said its data was safe. The company said no one was hurt. Exxon Mobil "
      "reported a loss on Monday. The company says prices will rise.\nThe Dow fell. Facebook relies on user "
      "reports. The company says it removes posts quickly.");
  CheckSources(s, {{"sales fell", "The company", nullptr, "organisation"},
                   {"no one was hurt", "Twitter", nullptr, "organisation"},
                   {"prices will rise", "Exxon Mobil", nullptr, "organisation"},
                   {"it removes posts quickly", "Facebook", nullptr, "organisation"}});
}

TEST_CASE("an acronym and the body whose initials it is are one source, named and typed in full") {
  const Scored s = Score(
      "The Anti-Defamation League said the post was hateful. ADL also said it would sue.\nThe AAN poll showed a "
      "lead, the group said. The American Action Network said the race was close.\nThe Congressional Black Caucus "
      "said it was united. The CBC said the vote was near.");
  CheckSources(s, {{"it would sue", "Anti-Defamation League", nullptr, "organisation"},
                   {"showed a lead", "American Action Network", nullptr, "organisation"},
                   {"the vote was near", "Congressional Black Caucus", nullptr, "organisation"}});
  CHECK(s.SourceOf(s.ByContent("it would sue")) == s.SourceOf(s.ByContent("the post was hateful")));
  CHECK(s.SourceOf(s.ByContent("showed a lead")) == s.SourceOf(s.ByContent("the race was close")));
}

TEST_CASE("the network, the magazine, the editorial board: the news outlet the text names last before it") {
  const Scored s = Score(
      "The Murdochs are still in crisis mode at Fox News. The network said it was rocked. It is not the first time "
      "Newsweek has faced a backlash. In June, the magazine said it was proud.\nThe Washington Post's editorial board "
      "said the court was wrong. The board noted the code. The board of Hewlett-Packard met. The board said the chief "
      "was fired.");
  CheckSources(s, {{"it was rocked", "Fox News", nullptr, "outlet"},
                   {"it was proud", "Newsweek", nullptr, "outlet"},
                   {"the code", "The Washington Post", nullptr, "outlet"}});
  const Source* company_board = s.SourceOf(s.ByContent("the chief was fired"));
  REQUIRE(company_board != nullptr);
  CHECK(company_board->type != "outlet");
}

TEST_CASE("a person by age is the named person the sentences before mention last, of that gender") {
  const Scored s = Score(
      "Peter Vale, an actor, said the clip was his. \"It was fun,\" the 43-year-old said. Jane Roe was there.\n"
      "The 34-year-old mother of three said she was happy.\nTom Pike said the rules were old. The 29-year-old "
      "mother of two said it was unfair.");
  CheckSources(s, {{"It was fun", "Peter Vale", nullptr, nullptr}, {"she was happy", "Jane Roe", nullptr, nullptr}});
  const Source* mother = s.SourceOf(s.ByContent("it was unfair"));
  REQUIRE(mother != nullptr);
  CHECK(mother->name != "Tom Pike");
}

TEST_CASE("a campus after a state university's name does not speak") {
  const Scored s = Score(
      "Trade was blamed. In their new book, Stephen S. Cohen and J. Bradford DeLong of the University of "
      "California, Berkeley suggest that it was the fault of policy. On Thursday night at the University of Miami, "
      "Trump said he would win.");
  const Source* book = s.SourceOf(s.ByContent("it was the fault of policy"));
  REQUIRE(book != nullptr);
  CHECK(book->name != "Berkeley");
  CHECK(book->affiliation == "University of California");
  CheckSources(s, {{"he would win", "Trump", nullptr, nullptr}});
}

TEST_CASE("a department's word alone is the department the text names in full") {
  const Scored s = Score(
      "The State Department released more emails on Friday. State initially said it would take two months to "
      "release them all. Ms. State, a teacher, said she was surprised.");
  CheckSources(s, {{"it would take two months", "State Department", "State Department", "organisation"}});
  const Source* teacher = s.SourceOf(s.ByContent("she was surprised"));
  REQUIRE(teacher != nullptr);
  CHECK(teacher->type != "organisation");
  // A department's word that is also a title ("Justice"), alone, is the department too.
  const Scored justice = Score(
      "Republicans said the Justice Department mishandled the case. On Thursday, Justice said it would appeal. "
      "Justice Kennedy said the case was closed.");
  CheckSources(justice, {{"it would appeal", "Justice Department", "Justice Department", "organisation"},
                         {"the case was closed", "Kennedy", nullptr, "official"}});
}

TEST_CASE("a person whose campaign or administration the text names is a politician") {
  const Scored s = Score(
      "Martha Quill said the plan would work. Roger Quill said he agreed. The Quill campaign declined to "
      "comment. Quill said she would win. Echo Point's owner, Jane Roe, said the Roe campaign to raise $5,000 "
      "was going well. Bernard Sandoval said the system was rigged. Sandoval voters cheered. Jane Doe said she "
      "would run. Her campaign said it had raised $2 million.");
  CheckSources(s, {{"the plan would work", "Martha Quill", nullptr, "official"},
                   {"the system was rigged", "Bernard Sandoval", nullptr, "official"},
                   {"she would run", "Jane Doe", nullptr, "official"},
                   {"he agreed", "Roger Quill", nullptr, "person"},
                   {"was going well", "Jane Roe", nullptr, "person"}});
}

TEST_CASE("a long definite description ending in a second role is the subject before it") {
  const Scored s = Score(
      "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.\nOn Tuesday's episode of the show, "
      "the former secretary of state and current Democratic presidential nominee said she wanted to speak.");
  const Attribution* a = s.ByContent("she wanted to speak");
  REQUIRE(a != nullptr);
  CHECK(s.Slice(a->source) == "the former secretary of state and current Democratic presidential nominee");
  CheckSources(s, {{"she wanted to speak", "Hillary Clinton", "Democratic", "official"}});
}

TEST_CASE("the survey after a poll is that poll, unless a survey came before") {
  const Scored s = Score(
      "Clinton leads narrowly, according to a new Latino Decisions poll. The survey also found that support for "
      "Trump rose. An Associated Press survey of superdelegates found most back Clinton. The poll showed a gap.");
  CheckSources(s, {{"support for Trump rose", "a new Latino Decisions poll", nullptr, "document"},
                   {"a gap", "a new Latino Decisions poll", nullptr, "document"}});
}

TEST_CASE("a campaign's role after a candidate's name keeps the role") {
  const Scored s = Score(
      "The race is close. Clinton campaign manager Robby Mook said the race was tight. Three senior Trump "
      "campaign officials told reporters that the memo was wrong.");
  const Source* mook = s.SourceOf(s.ByContent("the race was tight"));
  REQUIRE(mook != nullptr);
  CHECK(mook->name == "Robby Mook");
  CHECK(mook->role == "campaign manager");
  CHECK(mook->type == "official");
  const Source* officials = s.SourceOf(s.ByContent("the memo was wrong"));
  REQUIRE(officials != nullptr);
  CHECK(officials->type == "anonymous");
  CHECK(officials->affiliation == "Trump campaign");
}

TEST_CASE("a speaker before two appositions is the speaker") {
  const Scored s = Score(
      "The network will spend heavily. Mark Holden, chairman of the board of Freedom Partners, the network's "
      "funding arm, said it would jump into the race. Rachel Berg, a philanthropist from Monsey, New York, said "
      "the speeches moved her. Jeffrey D. Sachs, director of the Earth Institute, noted that it was late.");
  CheckSourcePhrases(s, {{"it would jump into the race", "Mark Holden"},
                         {"the speeches moved her", "Rachel Berg"},
                         {"it was late", "Jeffrey D. Sachs"}});
}

TEST_CASE("a headline that opens with a speaker and a colon is an attribution") {
  auto colon_source = [](const std::string& text) {
    const Scored s = Score(text, "");
    for (const Attribution& a : s.report.attributions)
      if (s.Slice(a.cue) == ":") return s.Slice(a.source);
    return std::string("(none)");
  };
  CHECK(colon_source("John McCain: Republican Populist Anger Appeals to Voters.\n\nThe senator spoke on Monday.") ==
        "John McCain");
  CHECK(colon_source("Obama on Climate Change: We Are Running Out of Time.\n\nBarack Obama spoke on Monday.") ==
        "Obama");
  CHECK(colon_source("The Latest: Voters Head to the Polls in Iowa.\n\nVoters went out on Monday.") == "(none)");
  CHECK(colon_source("Delegate Update: Clinton Extends Her Lead.\n\nThe count went on.") == "(none)");
  CHECK(colon_source("Paid Notice: Deaths SIEGEL, JEROME.\n\nPaid Notice of the family.") == "(none)");
}

TEST_CASE("a sentence opening with a poll is attributed to the poll") {
  const Scored s = Score(
      "In a national CNN/ORC poll released Monday, 31% of Republicans were extremely enthusiastic about voting. "
      "Trump is leading in the polls. In a request for information about the polling, officials asked for data.");
  const Attribution* poll = s.ByCue("In");
  REQUIRE(poll != nullptr);
  CHECK(s.Slice(poll->source) == "a national CNN/ORC poll");
  CHECK(s.Slice(poll->content) == "31% of Republicans were extremely enthusiastic about voting");
  const Source* src = s.SourceOf(poll);
  REQUIRE(src != nullptr);
  CHECK(src->type == "document");
  CHECK(s.ByCue("in") == nullptr);
}

TEST_CASE("a role of a named body is whose the role is, and may describe the speaker just quoted") {
  const Scored s = Score(
      "Donald Trump is on solid ground attacking Bill Clinton, Carly Fiorina said Monday. But, the former CEO of "
      "Hewlett-Packard added, it's not the way to win. The president of Acme Widgets said sales were up.");
  CheckSources(s, {{"it's not the way to win", "Carly Fiorina", "Hewlett-Packard", "official"}});
  const Source* acme = s.SourceOf(s.ByContent("sales were up"));
  REQUIRE(acme != nullptr);
  CHECK(acme->name != "Acme Widgets");
  CHECK(acme->affiliation == "Acme Widgets");
  const Scored aide = Score(
      "Other Republicans remain unpersuaded. One of the authors of that report, Ari Fleischer, said the nomination "
      "would test their conclusions. \"He has gone the other way,\" said the former top aide to President George W. "
      "Bush.");
  CheckSources(aide, {{"He has gone the other way", "Ari Fleischer", "George W. Bush", "official"}});
}

TEST_CASE("a definite role after a sentence a named speaker opened describes that speaker") {
  const Scored s = Score(
      "Harry M. Reid (D-Nev.) blasted Rubio and defended Cruz in a recent interview with The Post. \"I just think "
      "what Rubio has done is one of the worst,\" the Senate minority leader said.");
  const Source* reid = s.SourceOf(s.ByContent("I just think what Rubio has done is one of the worst,"));
  REQUIRE(reid != nullptr);
  CHECK(reid->name == "Harry M. Reid");
  CHECK(reid->role == "minority leader");
  CHECK(s.SourceNamed("the Senate minority leader") == nullptr);
  // Nor one who asked someone named: the description may be the other's.
  const Scored tapper = Score(
      "The interview aired Sunday. Tapper asked Trump about the wall. \"It will be built,\" the candidate said.");
  const Source* asked = tapper.SourceOf(tapper.ByContent("It will be built,"));
  REQUIRE(asked != nullptr);
  CHECK(asked->name != "Tapper");
  // Not a copula's complement, which describes the copula's subject.
  const Scored corey = Score(
      "George Zimmerman said he would sell the gun. Angela Corey is the state attorney who charged him with "
      "murder.");
  const Source* attorney = corey.SourceOf(corey.ByCue("charged"));
  if (attorney != nullptr) CHECK(attorney->name != "George Zimmerman");
  const Source* zimmerman = corey.SourceNamed("George Zimmerman");
  REQUIRE(zimmerman != nullptr);
  CHECK(zimmerman->role.empty());
}

TEST_CASE("a description opening the next sentence is the subject before, past its objects") {
  const Scored s = Score(
      "Hillary Clinton has a word for Donald Trump's plan to deport 11 million people from the country: No.\n"
      "The Democratic presidential candidate blasted the plan on Wednesday, calling it absurd.");
  CheckSources(s, {{"absurd", "Hillary Clinton", "Democratic", "official"}});
}

TEST_CASE("a named person a description opening the sentence sets off is its subject a pronoun may stand for") {
  const Scored s = Score(
      "Grant Young, another Iowa Republican strategist, said there was a cost. \"People are going to talk about "
      "that,\" Young said.\n\nThe event drew a small crowd. One local woman, Karen Robison, pulled Rep. King aside "
      "after the event.\n\n\"I am so glad you came,\" she told him.");
  CheckSourceName(s, "I am so glad you came,", "Karen Robison");
  // The description may set off the subject of the whole sentence: "A Democrat, Mr. Justice is running".
  const Scored justice = Score(
      "Tom Clarke said the plan would work. Jim Justice owns the properties. A Democrat, Mr. Justice is running "
      "for governor. Through a spokesman, he declined to comment.");
  CheckSourceName(justice, "declined", "Jim Justice");
}

TEST_CASE("a sentence subject after a dateline is one a description or pronoun may stand for") {
  const Scored s = Score(
      "ROME - Bernie Sanders met privately with Pope Francis on Saturday, the capstone to an unusual detour.\n"
      "The Democratic presidential candidate said the meeting was for personal reasons.");
  CheckSources(s, {{"the meeting was for personal reasons", "Bernie Sanders", "Democratic", "official"}});
}

TEST_CASE("a dateline of a place and a news agency in parentheses is no subject") {
  const Scored s = Score(
      "Talks resumed.\nWashington (AFP) – Democrat Hillary Clinton took aim at the plan on Sunday, saying that "
      "it would fail.\nParis, France (Reuters) - Foreign Minister Laurent Fabius met Kerry, saying talks "
      "would go on.\nRep. Lee Smith (D) - a longtime critic - spoke on Monday, saying he was tired.");
  CheckSources(s, {{"it would fail", "Hillary Clinton", "Democratic", "official"},
                   {"talks would go on", "Laurent Fabius", nullptr, "official"}});
  const Source* smith = s.SourceOf(s.ByContent("he was tired"));
  REQUIRE(smith != nullptr);
  CHECK(smith->name == "Lee Smith");
}

TEST_CASE("countries, their peoples and capitals are places; a name before a people qualifies it") {
  const Scored s = Score(
      "Sierra Leone reported the highest number of cases. Some Germans said the plan was fine. Thousands of "
      "Nagorno-Karabakh Armenians said they had fled.");
  CheckSources(s, {{"the highest number of cases", "Sierra Leone", "Sierra Leone", "organisation"},
                   {"the plan was fine", "Some Germans", "Germany", "anonymous"}});
  const Source* fled = s.SourceOf(s.ByContent("they had fled"));
  REQUIRE(fled != nullptr);
  CHECK(fled->type == "anonymous");
  CHECK(fled->name != "Nagorno-Karabakh");
}

TEST_CASE("an apposition after a suffixed name, a long one with a second description, an unlisted body") {
  const Scored s = Score(
      "The vote was close. \"It works as a way to sell murder,\" James B. Comey Jr., the director of the Federal "
      "Bureau of Investigation, said at a news conference. \"It is true,\" said Kathleen Hall Jamieson, a professor "
      "of communication at the University of Pennsylvania and the director of its Annenberg Public Policy Center at "
      "the school. The race will be tight, said Dan Gerstein, director of Gotham Ghostwriters and an independent "
      "analyst. The plan is bad, said John Doe, a friend of Ghazala Hashmi. Turnout will fall, said Alan "
      "Abramowitz, a demographer at Emory University.");
  CheckSources(s, {{"a way to sell murder", "James B. Comey Jr.", "Federal Bureau of Investigation", "official"},
                   {"It is true", "Kathleen Hall Jamieson", "University of Pennsylvania", "expert"},
                   {"The race will be tight", "Dan Gerstein", "Gotham Ghostwriters", "official"},
                   {"The plan is bad", "John Doe", "", "person"},  // a friend's person is no body
                   {"Turnout will fall", "Alan Abramowitz", "Emory University", "expert"}});
  const Source* jamieson = s.SourceOf(s.ByContent("It is true"));
  REQUIRE(jamieson != nullptr);
  CHECK(jamieson->role == "professor");
  const Source* abramowitz = s.SourceOf(s.ByContent("Turnout will fall"));
  REQUIRE(abramowitz != nullptr);
  CHECK(abramowitz->role == "demographer");
  // After "who is", the role is the head before the first preposition, with its qualifiers.
  const Scored who_is = Score(
      "The vote was close. Ivanka Trump, who is executive vice president of development at her father's company, "
      "told the paper it was fine.");
  const Source* ivanka = who_is.SourceOf(who_is.ByContent("it was fine"));
  REQUIRE(ivanka != nullptr);
  CHECK(ivanka->role == "executive vice president");
}

TEST_CASE("a name the text writes before a company's people or plants or 'itself' is a company") {
  const Scored s = Score(
      "Mr. Trump met workers in Indianapolis. \"This is strictly a business decision,\" a Carrier executive told "
      "employees. Carrier has said it will return public money. Mr. Trump vows not to take Carrier's calls. \"They "
      "will call me up,\" he promises. John Smith runs a shop. Smith workers said the plan failed. Smith said the "
      "plan was fine. Ford itself said the deal was on.");
  CheckSources(s, {{"public money", "Carrier", "Carrier", "organisation"},
                   {"the deal was on", "Ford", "Ford", "organisation"},
                   {"They will call me up", "Trump", nullptr, nullptr}});  // "he" is no company
  const Source* executive = s.SourceOf(s.ByContent("strictly a business decision"));
  REQUIRE(executive != nullptr);
  CHECK(executive->type == "anonymous");
  CHECK(executive->role == "executive");
  CHECK(executive->affiliation == "Carrier");
  // A surname the text gives a listed given name stays a person's.
  const Source* smith = s.SourceOf(s.ByContent("plan was fine"));
  REQUIRE(smith != nullptr);
  CHECK(smith->type == "person");
}

TEST_CASE("who after a role's body or an age's home in apposition is the person named before it") {
  const Scored s = Score(
      "The vote was close. It is not enough, said Howard Rubel, a senior analyst at Jefferies, who notes that the "
      "company has vowed to cut costs. \"It is fine,\" said Alfonso Aguilar, the executive director of the Latino "
      "Partnership for Conservative Principles, who also said the plan would fail. \"I will vote,\" said Nicky "
      "Driscoll, 24, from Manchester, who said the senator was best suited.");
  CheckSources(s, {{"the company has vowed", "Howard Rubel", "Jefferies", "expert"},
                   {"the senator was best suited", "Nicky Driscoll", nullptr, "person"},
                   {"the plan would fail", "Alfonso Aguilar", nullptr, "official"}});
  // A name opening the text before "who" has nothing before it to stand for.
  const Scored opening =
      Score("Klobuchar, who reportedly finished second, suggested that the tax cut helped his friends.");
  CheckSourcePhrases(opening, {{"suggested", "Klobuchar"}});
  // Past an age alone, or an age and a town with its state.
  const Scored home = Score(
      "The crowd cheered. Kashiya Nwanguma, 21, who claims she was pushed by the crowd, filed a suit. Donna "
      "Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back "
      "memories.\n\nSenate Majority Leader Mitch McConnell, R-Ky., who backed Moore\u2019s rival Luther Strange in the "
      "GOP primary, said in a statement: \"If these allegations are true, he must step aside.\"\n\nSheriff Joe Arpaio "
      "of Maricopa County, Ariz., who calls himself tough, said no.");
  CheckSources(home, {{"she was pushed", "Kashiya Nwanguma", nullptr, "person"},
                      {"the event brought back", "Donna Sampson Rawlings", nullptr, "person"},
                      {"he must step aside", "Mitch McConnell", nullptr, "official"},
                      {"Luther Strange in the GOP primary", "Mitch McConnell", nullptr, "official"}});
  CheckNoSourceNamed(home, {"Md", "Md.", "R-Ky", "Ariz", "Ariz."});
}

TEST_CASE("a person the word list names as an office holder or candidate is a politician") {
  const Scored s = Score(
      "The vote was close. Donald J. Trump said the plan would work. Donald Trump Jr. said the plan was bad. Hillary "
      "Rodham Clinton said the plan would fail. John Smith said the plan was fine.");
  CheckSources(s, {{"the plan would work", "Donald J. Trump", nullptr, "official"},  // the middle initial aside
                   {"the plan was bad", "Donald Trump Jr.", nullptr, "person"},     // a son is someone else
                   {"the plan would fail", "Hillary Rodham Clinton", nullptr, "official"},
                   {"the plan was fine", "John Smith", nullptr, "person"}});
  // A listed surname alone is the politician when the text gives it a title somewhere.
  const Scored surname = Score(
      "The vote was close. Mr. Trump said the plan would work. Trump later said the plan was good. Ford said "
      "the plant would stay.");
  CheckSources(surname, {{"the plan would work", "Trump", nullptr, "official"},
                         {"the plant would stay", "Ford", nullptr, "person"}});  // no title: a company, maybe
  // Or when the text names its administration or campaign.
  CheckSources(Score("The vote was close. The Obama administration has a distaste for the deal. Obama said the deal "
                     "was bad."),
               {{"the deal was bad", "Obama", nullptr, "official"}});
}

TEST_CASE("an ally of a named person is no speaker the person's pronoun stands for") {
  const Scored s = Score(
      "Russian President Vladimir Putin ordered the withdrawal. Russia is a key ally of President Omar Haddad and his "
      "office said in a statement he had agreed to the move.");
  CheckSources(s, {{"he had agreed to the move", "Omar Haddad's office", "Omar Haddad", "organisation"}});
  // The role and place given there are the named person's.
  CheckSources(Score("The talks went on. Russia has been a major ally of Syrian President Omar Haddad. Haddad "
                     "rejected the plan as a red line."),
               {{"the plan as a red line", "Omar Haddad", "Syria", "official"}});
}

TEST_CASE("the owner of \"his campaign\" is the person before it, past a name no one is known to bear") {
  // A bare name of no known kind, then a person: the person owns it.
  CheckSources(Score("Candidate Omar Haddad has not visited Zeka and his campaign said the bill was bad."),
               {{"the bill was bad", "Omar Haddad's campaign", "Omar Haddad", "organisation"}});
  // A bare surname the text names in full is a person's.
  CheckSources(Score("Lena Ruiz met Andrew Gillum. Omar Haddad met Gillum at a rally, and his campaign said the "
                     "bill was bad."),
               {{"the bill was bad", "Andrew Gillum's campaign", "Andrew Gillum", "organisation"}});
  // "its" is no person's.
  const Scored its = Score("The vote was close. Omar Haddad has met a man whose book, according to its Amazon "
                           "summary, draws a grim portrait of the senator.");
  const Source* summary = its.SourceOf(its.ByCue("according to"));
  REQUIRE(summary != nullptr);
  CHECK(summary->name.find("Omar Haddad") == std::string::npos);
  // "her" is not owned by a man named after the woman.
  CheckSources(Score("Senator Lena Ruiz spoke after Omar Haddad, and her campaign said the bill was bad."),
               {{"the bill was bad", "Lena Ruiz's campaign", nullptr, "organisation"}});
}

TEST_CASE("a photo credit's agency is no affiliation; \"fellow\" before a noun is no role") {
  const Scored s = Score(
      "The trip was overshadowed.\n\u00A9 EPA Pope Francis's trip to Chile was overshadowed by the row\n\u00A9 Getty "
      "Images Cardinal Sean O'Malley (centre) accompanied the Pope\nPope Francis said it was fine. Cardinal O'Malley "
      "said it was over. But fellow Senate Democrats said the bill would pass. Jane Roe, a fellow at the Brookings "
      "Institution, said the bill would fail.");
  CheckSources(s, {{"it was fine", "Francis", "", "official"},
                   {"it was over", "Sean O'Malley", "", "official"},
                   {"the bill would pass", "fellow Senate Democrats", nullptr, "anonymous"},
                   {"the bill would fail", "Jane Roe", "Brookings Institution", "expert"}});
  const Source* democrats = s.SourceOf(s.ByContent("the bill would pass"));
  REQUIRE(democrats != nullptr);
  CHECK(democrats->role.empty());
}

TEST_CASE("a role before a name that ends its sentence, after a comma, is the person's") {
  const Scored s = Score(
      "He came home to his parents and his wife, Annamaria Schifano. Ms. Schifano said the house was quiet.");
  const Source* wife = s.SourceOf(s.ByContent("the house was quiet"));
  REQUIRE(wife != nullptr);
  CHECK(wife->name == "Annamaria Schifano");
  CHECK(wife->role == "wife");
}

TEST_CASE("a role word alone that the text writes after a listed given name is that person's surname") {
  const Scored s = Score(
      "The vote was close. Dan Backer, a lawyer, said the filing was late. Backer said the rule was wrong. Grassley "
      "will face former Lt. Gov. Patty Judge. Judge doesn't have his name recognition, but she's expected to argue "
      "that he failed. The San Antonio PD said the case was open.");
  CheckSources(s, {{"the rule was wrong", "Dan Backer", nullptr, "person"},
                   {"the case was open", "San Antonio PD", "San Antonio", "organisation"}});
  const Source* judge = s.SourceOf(s.ByCueOrContent("'s expected to argue"));
  REQUIRE(judge != nullptr);
  CHECK(judge->name == "Patty Judge");
}

TEST_CASE("a name the text calls an organisation in apposition, or after its kind, is one") {
  const Scored s = Score(
      "Zelko, the Canadian mining company, says the tax is fair. Later, Zelko said it would pay. Brantle, a private "
      "firm that tracks billionaires, said the count was high. The crowdfunding website Pollkit said donors were "
      "split. Women gave more, according to Pollkit. Jones, the company's founder, said the firm grew. Vance, a "
      "union organizer, said the strike would go on.");
  CheckSources(s, {{"the tax is fair", "Zelko", "Zelko", "organisation"},
                   {"it would pay", "Zelko", "Zelko", "organisation"},
                   {"the count was high", "Brantle", "Brantle", "organisation"},
                   {"the firm grew", "Jones", nullptr, nullptr},
                   {"the strike would go on", "Vance", nullptr, "person"}});
  CHECK(s.SourceOf(s.ByContent("donors were split")) == s.SourceOf(s.ByCue("according to")));
  const Source* jones = s.SourceOf(s.ByContent("the firm grew"));
  REQUIRE(jones != nullptr);
  CHECK(jones->type != "organisation");
}

TEST_CASE("an organisation's name past its \"for\" or \"of\" holds the places and documents in it") {
  const Scored s = Score(
      "Matt Duss, the president of the Foundation for Middle East Peace, who often criticizes the government, said "
      "the draft was weak. The head of the Center for American Progress said the plan would pass. The director of "
      "the Institute for Latin American Studies said the vote was close.");
  CheckSources(s, {{"the draft was weak", "Matt Duss", "Foundation for Middle East Peace", nullptr},
                   {"the plan would pass", "The head of the Center for American Progress",
                    "Center for American Progress", nullptr},
                   {"the vote was close", "The director of the Institute for Latin American Studies",
                    "Institute for Latin American Studies", nullptr}});
  CHECK(s.SourceOf(s.ByCue("often criticizes")) == s.SourceOf(s.ByContent("the draft was weak")));
}

TEST_CASE("people right before a body's or a group's preposition speak, with the body as their affiliation") {
  const Scored s = Score(
      "Several officials at the agency said the rules were clear. Other prominent bundlers in both parties said "
      "their networks grew. Scientists at NASA said the probe was fine. The idea comes from the Anti-Defamation "
      "League, which writes that it is hateful.");
  CheckSources(s, {{"the rules were clear", "Several officials", "the agency", "anonymous"},
                   {"their networks grew", "Other prominent bundlers", nullptr, "anonymous"},
                   {"the probe was fine", "Scientists", "NASA", "anonymous"},
                   {"it is hateful", "Anti-Defamation League", nullptr, "organisation"}});
}

TEST_CASE("\"The Independent\" before a place and a role is the party, not the newspaper") {
  const Scored s = Score(
      "Bernie Sanders spoke in Iowa. The Independent Vermont senator said the race was not over. The Independent "
      "reported that the race was tight.");
  CheckSources(s, {{"the race was not over", "Bernie Sanders", "Independent", nullptr},
                   {"the race was tight", "The Independent", nullptr, "outlet"}});
}

TEST_CASE("a plural title before listed names is each one's title") {
  const Scored s = Score(
      "The bill passed. Senators Ted Cruz, Rand Paul and Marco Rubio criticized the trade. Reps. Joe Smith and Ann Lee "
      "said the vote was close. Senators said the debate would go on.");
  CheckSources(s, {{"the vote was close", "Joe Smith", nullptr, "official"},
                   {"the debate would go on", "Senators", nullptr, "anonymous"}});
  for (const char* name : {"Ted Cruz", "Rand Paul", "Marco Rubio", "Joe Smith", "Ann Lee"}) {
    CAPTURE(name);
    const Source* senator = s.SourceNamed(name);
    REQUIRE(senator != nullptr);
    CHECK(senator->type == "official");
    CHECK(senator->role == (std::string(name) == "Joe Smith" || std::string(name) == "Ann Lee" ? "Rep." : "Senator"));
  }
}

TEST_CASE("a state in parentheses after a senator's name tells the senator from another state's") {
  const Scored s = Score(
      "The debate was long. Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated tax credits for families. The Florida "
      "senator's answer was that \"the job is hard,\" he said. Paul then interjected.");
  const Source* paul = s.SourceNamed("Rand Paul");
  REQUIRE(paul != nullptr);
  REQUIRE(s.ByCue("answer was") != nullptr);
  CHECK(s.SourceOf(s.ByCue("answer was")) != paul);
}

TEST_CASE("the federal border and immigration agencies are organisations, \"and\" inside their names") {
  const Scored s = Score(
      "The men were caught. Customs and Border Protection said the first attempt failed. United States Citizenship "
      "and Immigration Services said it was taking a look. The Border Patrol said the tunnel was long.");
  CheckSources(s, {{"the first attempt failed", "U.S. Customs and Border Protection", nullptr, "organisation"},
                   {"taking a look", "United States Citizenship and Immigration Services", nullptr, "organisation"}});
  const Source* patrol = s.SourceOf(s.ByContent("the tunnel was long"));
  REQUIRE(patrol != nullptr);
  CHECK(patrol->type == "organisation");
}

TEST_CASE("a transcript's speaker written in capitals is shown as the text writes the name, or in mixed case") {
  const Scored s = Score(
      "The interview aired Sunday.\n\nKATE BOULDUAN: Why not debate the senator?\n\nJAKE TAPPER: Do you agree with "
      "him?\n\nBOULDUAN: You guys, back in March, wanted more debates.\n\nCNN host Jake Tapper asked again.");
  CheckSources(s, {{"Do you agree with him", "Jake Tapper", nullptr, nullptr},
                   {"Why not debate the senator", "Kate Boulduan", nullptr, nullptr}});
}

TEST_CASE("\"who\" after the place ending a role's apposition is the person named before it") {
  const Scored s = Score(
      "The vote was close. \"We will win,\" said Diana Orrock, an RNC committeewoman from Nevada who openly supports "
      "Trump. Whenever asked about the race, they shifted.");
  const Source* orrock = s.SourceOf(s.ByCue("openly supports"));
  REQUIRE(orrock != nullptr);
  CHECK(orrock->name == "Diana Orrock");
  CHECK(s.SourceNamed("Whenever") == nullptr);
}

TEST_CASE("a name the text always writes after \"the\", with no given name, title or role, is no person") {
  const Scored s = Score(
      "The council met in Rome. The Synod declared that the pope had resigned. Rockets hit the city, reports the "
      "Jewish Virtual Library. The guard was a hero, as highlighted by The Daily Sheeple. Zelinsky said the vote was "
      "fair. The Texan said the race was close.");
  CheckSources(s, {{"the pope had resigned", "Synod", nullptr, "organisation"},
                   {"Rockets hit the city", "Jewish Virtual Library", nullptr, "organisation"},
                   {"The guard was a hero", "The Daily Sheeple", nullptr, "organisation"}});
  const Source* texan = s.SourceOf(s.ByContent("the race was close"));
  REQUIRE(texan != nullptr);
  CHECK(texan->type != "organisation");
  // Written without "the" elsewhere, or before a noun it qualifies, it may be a person's.
  const Scored other = Score(
      "The laity knew about Corrigan and his gang. The Corrigan scandal grew. The Corrigan said the church would "
      "change.");
  const Source* corrigan = other.SourceOf(other.ByContent("the church would change"));
  REQUIRE(corrigan != nullptr);
  CHECK(corrigan->type != "organisation");
  // So past a role's "of": the role's holder is nameless, of that body.
  const Scored head = Score("The council met in Rome. The head of the Synod said the pope had resigned.");
  CheckSources(head, {{"the pope had resigned", "The head of the Synod", "Synod", nullptr}});
  // Nor an epithet after a name.
  const Scored epithet = Score("The sermon was long. John the Baptist said the king was wrong.");
  const Source* baptist = epithet.SourceOf(epithet.ByContent("the king was wrong"));
  REQUIRE(baptist != nullptr);
  CHECK(baptist->type != "organisation");
}

TEST_CASE("one word in camel case past no name prefix names a body, as does one the text calls an app") {
  const Scored s = Score(
      "The data was new. CrowdTangle said the posts spread fast. AZCentral reported the road was closed. DeSantis said "
      "the plan was good. McDonald said the deal was fair.");
  CheckSources(s, {{"the posts spread fast", "CrowdTangle", "CrowdTangle", "organisation"},
                   {"the road was closed", "AZCentral", nullptr, "organisation"},
                   {"the plan was good", "DeSantis", nullptr, "person"},
                   {"the deal was fair", "McDonald", nullptr, "person"}});
  const Scored app = Score("Robyn was banned. Tinder, the mobile dating app, said it was a mistake.");
  CheckSources(app, {{"it was a mistake", "Tinder", "Tinder", "organisation"}});
}

TEST_CASE("people a possessive owns before the cue speak, not their owner") {
  const Scored s = Score(
      "Trump: My plans are not set in stone\n\n\"I would say this,\" Trump answered. \"We will work out a system.\"\n\n"
      "Trump's leading Republican rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, have both urged the "
      "mogul to release the tapes.");
  const Source* rivals = s.SourceOf(s.ByCue("have both urged"));
  REQUIRE(rivals != nullptr);
  CHECK(rivals->name != "Donald Trump");
  CHECK(rivals->name != "Trump");
}

TEST_CASE("a capitalized title of a qualifying role, a field and a role is one role, not a name") {
  const Scored s = Score(
      "The audit was long. The House's Chief Administrative Officer said the orders were false. Chief Petty Officer "
      "Lyle White said the ship was safe. Chief Medical Officer Jane Doe said the risk was low. Senator Angus King "
      "said the vote was close.");
  CheckSources(s, {{"the ship was safe", "Lyle White", nullptr, "official"},
                   {"the risk was low", "Jane Doe", nullptr, "official"},
                   {"the vote was close", "Angus King", nullptr, "official"}});
  const Source* officer = s.SourceOf(s.ByContent("the orders were false"));
  REQUIRE(officer != nullptr);
  CHECK(officer->role == "Chief Administrative Officer");
  CHECK(officer != s.SourceNamed("Jane Doe"));  // "Chief Administrative Officer" is no "Chief Medical Officer"
  CHECK(s.SourceNamed("Lyle White")->role == "Chief Petty Officer");
  CHECK(s.SourceNamed("Jane Doe")->role == "Chief Medical Officer");
}

TEST_CASE("a candidate's description with no holder named is the politician the text names by far the most") {
  const Scored s = Score(
      "Donald Trump said the plan was good. Trump said more. Trump said it again. Trump added a point. Hillary Clinton "
      "said no. The vote was close. The Republican presidential candidate said the wall would be built.");
  CheckSources(s, {{"the wall would be built", "Donald Trump", "Republican", nullptr}});
  // With two named about as often, the description stays apart.
  const Scored tie = Score(
      "Donald Trump said the plan was good. Trump said more. Hillary Clinton said no. Clinton said it again. The vote "
      "was close. The candidate said the wall would be built.");
  const Source* candidate = tie.SourceOf(tie.ByContent("the wall would be built"));
  REQUIRE(candidate != nullptr);
  CHECK(candidate->name == "The candidate");
  // A listed politician's role of trade is no office the description contradicts.
  const Scored trade = Score(
      "GOP presidential contender and former neurosurgeon Ben Carson responded on Sunday. Carson said the story was "
      "false. Carson told ABC the reporters were wrong. Carson added a point. The candidate also continued to "
      "refute a Politico story.");
  const Source* carson = trade.SourceOf(trade.ByCueOrContent("also continued to refute"));
  REQUIRE(carson != nullptr);
  CHECK(carson->name == "Ben Carson");
}

TEST_CASE("\"Team\" before a surname is that person's staff; nameless people in the plural are a vague group") {
  const Scored s = Score(
      "The rally was loud. Team Trump said the crowd was big. Activist teachers said the union was split. The witness "
      "said the car was red. Donald Trump said the crowd was bigger.");
  CheckSources(s, {{"the crowd was big", "Team Trump", nullptr, "organisation"},
                   {"the union was split", "Activist teachers", nullptr, "anonymous"},
                   {"the car was red", "The witness", nullptr, "person"}});
  CHECK(s.SourceOf(s.ByContent("the crowd was big")) != s.SourceOf(s.ByContent("the crowd was bigger")));
}

TEST_CASE("a headline's label before its colon is no speaker") {
  const Scored watch = Score("WATCH: John Bolton Promises a Room Full of Former Terrorists\n\nSome text follows here.");
  CHECK(watch.SourceNamed("WATCH") == nullptr);
  const Scored shock = Score(
      "Shock: Black Death Patients Are ESCAPING The Hospital Over Fear Of Needles As Officials Worry\n\nThe patients "
      "fled the hospital.");
  CHECK(shock.SourceNamed("Shock") == nullptr);
}

TEST_CASE("a political office's title before a listed politician's surname is not a relative the list does not name") {
  const Scored s = Score(
      "The inquiry began. Ivanka Trump said the plan was good. President Trump said the inquiry would be short. "
      "Melania Trump said the visit went well. Judge Andrew Napolitano said the law was clear. Judge Napolitano said "
      "the ruling was wrong.");
  const Source* president = s.SourceOf(s.ByContent("the inquiry would be short"));
  REQUIRE(president != nullptr);
  CHECK(president->name == "Trump");
  CHECK(president != s.SourceOf(s.ByContent("the plan was good")));
  CHECK(president != s.SourceOf(s.ByContent("the visit went well")));
  CHECK(s.SourceOf(s.ByContent("the plan was good"))->role.empty());
  // Another title completes the name as before.
  CheckSources(s, {{"the ruling was wrong", "Andrew Napolitano", nullptr, nullptr}});
}

TEST_CASE("a word no given name before a given name in a run of three is a title's, not the name's") {
  const Scored s = Score(
      "The union met. \"Trade was the issue,\" said United Auto Workers Secretary-Treasurer Gary Casteel. "
      "Conservative Ben Shapiro said the plan failed. Mary Kay Henry said the union would win.");
  CheckSources(s, {{"Trade was the issue", "Gary Casteel", nullptr, nullptr},
                   {"the plan failed", "Ben Shapiro", nullptr, nullptr},
                   {"the union would win", "Mary Kay Henry", nullptr, nullptr}});
}

TEST_CASE("people a participle takes as its object are not the speakers before a body's preposition") {
  const Scored s = Score(
      "The study was new. Doctors treating the patients at the University of Pennsylvania said the damage was real.");
  const Source* source = s.SourceOf(s.ByContent("the damage was real"));
  REQUIRE(source != nullptr);
  CHECK(source->name != "the patients");
  CHECK(source->name != "patients");
}

TEST_CASE("an acronym spelled like a function word is a body when its sentence is not in capitals") {
  const Scored s = Score(
      "The outbreak grew. WHO said there should be no limits on travel. The World Health Organization said the "
      "risk was low. Doctors who treated patients said the ward was full.");
  const Source* who = s.SourceOf(s.ByContent("there should be no limits on travel"));
  REQUIRE(who != nullptr);
  CHECK(who->type == "organisation");
  CHECK(!who->anonymous);
  CHECK(who == s.SourceOf(s.ByContent("the risk was low")));
  CHECK(s.SourceOf(s.ByContent("the ward was full")) != who);
  const Scored end = Score("The outbreak ended. Liberia was declared free of Ebola by the WHO.");
  const Source* by_the_who = end.SourceOf(end.ByCue("was declared"));
  REQUIRE(by_the_who != nullptr);
  CHECK(by_the_who->type == "organisation");
  // A shouting headline's "WHO" is the pronoun.
  const Scored shout = Score("WHO IS BEHIND THE LEAKS\n\nThe leaks went on.");
  CHECK(shout.SourceNamed("WHO") == nullptr);
}

TEST_CASE("a description in apposition before 'who' stands for the person named before it by title or surname") {
  const Scored s = Score(
      "The race went on. Carlos Guerrero said he was willing. But Mr. Guerrero, a Republican who described "
      "himself as Catholic, said he recoiled. Matt Braynard ran the firm. Braynard, a South Carolina native who "
      "writes fiction, said data mattered.");
  const Source* guerrero = s.SourceOf(s.ByCue("described"));
  REQUIRE(guerrero != nullptr);
  CHECK(guerrero->name == "Carlos Guerrero");
  const Source* braynard = s.SourceOf(s.ByCue("writes"));
  REQUIRE(braynard != nullptr);
  CHECK(braynard->name == "Matt Braynard");
  CHECK(braynard->type == "person");
  const Scored place = Score(
      "The party split. Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the "
      "family deserved respect.");
  const Source* kasich = place.SourceOf(place.ByCue("has refused to endorse"));
  REQUIRE(kasich != nullptr);
  CHECK(kasich->name == "John Kasich");
  // Named people in a list before a plural description each speak.
  const Scored list = Score(
      "The fund grew. Paul Singer and Ken Griffin, high-profile hedge fund managers who are backing Marco Rubio, "
      "gave more.");
  CHECK(list.SourceNamed("fund managers") == nullptr);
  CHECK(list.SourceNamed("Ken Griffin") != nullptr);
}

TEST_CASE("a middle name the text writes after a given name joins the two names of one person") {
  const Scored s = Score(
      "The pick was made. Dina Powell said she was ready. Dina Habib Powell was an intern then. Habib Powell "
      "said she had learned much. Ken Starr said the law was clear. Kenneth Starr said the trial was long. "
      "Jane Habib said the plan was bad.");
  const Source* powell = s.SourceOf(s.ByContent("she had learned much"));
  REQUIRE(powell != nullptr);
  CHECK(powell == s.SourceOf(s.ByContent("she was ready")));
  CHECK(powell->name == "Dina Powell");
  CHECK(s.SourceOf(s.ByContent("the plan was bad")) != powell);
  const Source* starr = s.SourceOf(s.ByContent("the trial was long"));
  REQUIRE(starr != nullptr);
  CHECK(starr == s.SourceOf(s.ByContent("the law was clear")));
  CHECK(starr->name == "Kenneth Starr");
  // Named first by the middle name, the person shows under the given name the lists know.
  const Scored later = Score(
      "The pick was made. Habib Powell said she had learned much. Dina Habib Powell was an intern then. Dina "
      "Powell said she was ready.");
  const Source* named_later = later.SourceOf(later.ByContent("she had learned much"));
  REQUIRE(named_later != nullptr);
  CHECK(named_later->name == "Dina Powell");
  // A word the lists give no one as a given name joins but does not rename.
  const Scored epithet = Score(
      "The order stood. Judge Patti Saris said the order stands. Kritarch Patti Saris ruled again. Kritarch Saris "
      "said the delay was fair.");
  const Source* saris = epithet.SourceOf(epithet.ByContent("the delay was fair"));
  REQUIRE(saris != nullptr);
  CHECK(saris == epithet.SourceOf(epithet.ByContent("the order stands")));
  CHECK(saris->name == "Patti Saris");
}

TEST_CASE("a role of a body before the comma of a name's apposition is the person's role, with the body") {
  const Scored s = Score(
      "The plan moved. The head of Iran's nuclear agency, Ali Akbar Salehi, said Tehran was prepared. The "
      "director of the European Centre, Ina Kirsch, told reporters her group never worked with him. The chairman "
      "of the committee, Bob Corker, said the vote would wait. The president of the United States, Barack Obama, "
      "said the deal held.");
  CheckSources(s, {{"Tehran was prepared", "Ali Akbar Salehi", "Iran", "official"},
                   {"her group never worked", "Ina Kirsch", "European Centre", nullptr},
                   {"the vote would wait", "Bob Corker", "", "official"},
                   {"the deal held", "Barack Obama", "US", "official"}});
  CHECK(s.SourceOf(s.ByContent("Tehran was prepared"))->role == "head");
  CHECK(s.SourceOf(s.ByContent("the vote would wait"))->role == "chairman");
}

TEST_CASE("a noun of what is said before a reporting verb belongs to the source, not to the cue") {
  const Scored s = Score(
      "The worker fell ill. Media reports have suggested that the FBI has a role. A UK Daily Mail report said "
      "the speech was harsh. His remarks indicated that the messages were private. Aaron Sharockman responded that "
      "the website cites so many Republican claims as inaccurate because they lack context.");
  const Attribution* media = s.ByContent("the FBI has a role");
  REQUIRE(media != nullptr);
  CHECK(s.Slice(media->cue) == "suggested");
  CHECK(s.Slice(media->source) == "Media reports");
  CHECK(s.SourceNamed("Media") == nullptr);
  const Attribution* mail = s.ByContent("the speech was harsh");
  REQUIRE(mail != nullptr);
  CHECK(s.Slice(mail->cue) == "said");
  CHECK(s.Slice(mail->source) == "A UK Daily Mail report");
  const Attribution* remarks = s.ByContent("the messages were private");
  REQUIRE(remarks != nullptr);
  CHECK(s.Slice(remarks->source) == "His remarks");
  // A noun before "as" is no source of a cue "as".
  CHECK(s.ByCue("as") == nullptr);
  // After a quantifier too.
  const Scored some = Score("The worker fell ill. Some reports said the guards had left.");
  const Attribution* reports = some.ByContent("the guards had left");
  REQUIRE(reports != nullptr);
  CHECK(some.Slice(reports->cue) == "said");
  CHECK(some.Slice(reports->source) == "Some reports");
}

TEST_CASE("a majority of people is a vague group that speaks with its people") {
  const Scored s = Score("The poll came out. A majority of her backers say they plan to vote for her. The vast "
                         "majority of Americans say they prefer lower prices.");
  CheckSourcePhrases(s, {{"they plan to vote", "A majority of her backers"},
                         {"they prefer lower prices", "The vast majority of Americans"}});
  CheckSourceTypes(s, {"they plan to vote", "they prefer lower prices"}, "anonymous");
}

TEST_CASE("investigations and simple math are documents and not vague people") {
  const Scored s = Score(
      "The worker fell ill. Investigations have revealed that the guards left. Simple math shows the plan will fail. "
      "Two audits found that the money was gone.");
  CheckSources(s, {{"the guards left", "Investigations", nullptr, "document"},
                   {"the plan will fail", "Simple math", nullptr, "document"}});
}

TEST_CASE("a verb of saying after a comma speaks through the name or role after it that ends the sentence") {
  const Scored s = Score(
      "The worker fell ill. US and Chinese authorities are investigating the matter after the employee, who was "
      "assigned to the southern city of Guangzhou, was diagnosed with mild traumatic brain injury (MTBI), said "
      "embassy spokeswoman Jinnie Lee. Such debates "
      "are not likely to alter the campaign, noted NBC's Dante Chinni. Biden, stumping for Clinton, trashes Trump.");
  const Source* lee = s.SourceOf(s.ByCue("said"));
  REQUIRE(lee != nullptr);
  CHECK(lee->name == "Jinnie Lee");
  CHECK(lee->type == "spokesperson");
  CheckSources(s, {{"not likely to alter the campaign", "Dante Chinni", nullptr, nullptr}});
  // A verb with an object keeps its subject.
  const Source* biden = s.SourceOf(s.ByCue("trashes"));
  CHECK((biden == nullptr || biden->name != "Donald Trump"));
}

TEST_CASE("a name-calling epithet before a given name is no part of the name") {
  const Scored s = Score(
      "The race went on. Hillary Clinton spoke first. Crooked Hillary said the race was rigged. Marco Rubio said "
      "the vote was close. Little Marco said he would win. The President laughed. He knocked out Crooked Hillary. "
      "He promised it would work.");
  const Source* hillary = s.SourceOf(s.ByContent("the race was rigged"));
  REQUIRE(hillary != nullptr);
  CHECK(hillary->name == "Hillary Clinton");
  const Source* marco = s.SourceOf(s.ByContent("he would win"));
  REQUIRE(marco != nullptr);
  CHECK(marco->name == "Marco Rubio");
  CHECK(s.SourceOf(s.ByCue("promised")) != hillary);
}

TEST_CASE("a role a copular sentence in the present gives a named person is theirs when no mention gives one") {
  const Scored s = Score(
      "The economy slowed. Peter Morici said the economy is weak. Peter Morici is an economist and business "
      "professor at the University of Maryland. Ray Hurt said the church would help. Ray Hurt has been the lead "
      "pastor at the Church of God in Princeton for two decades. Ann Kowalczyk said she was afraid. Ann Kowalczyk "
      "is a voter in Ohio. Sandra Jackson said she was sorry. Jackson was a Chicago alderman before she resigned. "
      "Kim Park said the deal was done. Kim Park is a lawyer for the union.");
  CheckSources(s, {{"the economy is weak", "Peter Morici", nullptr, "expert"},
                   {"the church would help", "Ray Hurt", "Church of God", nullptr},
                   {"she was afraid", "Ann Kowalczyk", "", "person"},
                   {"she was sorry", "Sandra Jackson", "", "person"}});
  CHECK(s.SourceOf(s.ByContent("the economy is weak"))->role == "economist");
  CHECK(s.SourceOf(s.ByContent("the church would help"))->role == "pastor");
  CHECK(s.SourceOf(s.ByContent("the deal was done"))->role == "lawyer");
  CHECK(s.SourceOf(s.ByContent("she was afraid"))->role.empty());
  CHECK(s.SourceOf(s.ByContent("she was sorry"))->role.empty());
  // A role a mention gives comes first.
  const Scored titled = Score(
      "The race went on. Tim Canova said the race was close. Canova is a good candidate for the seat. Professor Tim "
      "Canova said the law was clear.");
  CHECK(titled.SourceOf(titled.ByContent("the race was close"))->role == "Professor");
}

TEST_CASE("a definite role is the nameless person a role 'for' a body introduced") {
  const Scored s = Score(
      "The data flowed. A spokesperson for Google said the firm obeys the law. The spokesperson added that it had "
      "no back door.");
  const Source* google = s.SourceOf(s.ByContent("the firm obeys the law"));
  REQUIRE(google != nullptr);
  CHECK(google == s.SourceOf(s.ByContent("no back door")));
  CHECK(google->affiliation == "Google");
}

TEST_CASE("a name written into a web address is the website's, and an interjection or a question tag names no one") {
  const Scored s = Score(
      "The rate fell. The real number is closer to 15 percent, according to Factcheck.org. Residents have power, "
      "according to Status.pr, which provides data. Hey, remember when he said no? Q: Bernie has a critique. "
      "Think of this: they lied.");
  const Source* factcheck = s.SourceOf(s.ByContent("closer to 15 percent"));
  REQUIRE(factcheck != nullptr);
  CHECK(factcheck->name == "Factcheck.org");
  CHECK(factcheck->type == "organisation");
  const Source* status = s.SourceOf(s.ByContent("Residents have power"));
  REQUIRE(status != nullptr);
  CHECK(status->name == "Status.pr");
  for (const char* word : {"Hey", "Q", "Think"}) {
    CAPTURE(word);
    CHECK(s.SourceNamed(word) == nullptr);
  }
}

TEST_CASE("a place right before a lower-case generic body gives whose the body is") {
  const Scored s = Score(
      "The worker fell ill. A US government employee said it hurt. A Chinese government official said it was fine. "
      "Las Vegas police officials said the scene was clear. A government spokesman said no more.");
  CheckSources(s, {{"it hurt", "A US government employee", "US", "anonymous"},
                   {"it was fine", "A Chinese government official", "China", "anonymous"},
                   {"the scene was clear", "Las Vegas police officials", "Las Vegas police", "anonymous"},
                   {"no more", "A government spokesman", "Government", "anonymous"}});
}

TEST_CASE("a plural for people opening the clause before an 'of' phrase speaks, not a word inside the phrase") {
  const Scored s = Score(
      "The deal closed. The heads of both lobbying firms told reporters they owed no filing. Leaders of the North "
      "Carolina Senate and House of Representatives filed a separate complaint. Supporters of Republican Donald "
      "Trump for president say by 55%-41% that the wall is needed.");
  const Attribution* heads = s.ByCue("told");
  REQUIRE(heads != nullptr);
  CHECK(s.Slice(heads->source) == "The heads of both lobbying firms");
  const Attribution* leaders = s.ByCue("filed");
  REQUIRE(leaders != nullptr);
  CHECK(s.Slice(leaders->source).rfind("Leaders", 0) == 0);
  CHECK(s.SourceOf(leaders)->type == "anonymous");
  const Attribution* supporters = s.ByCue("say");
  REQUIRE(supporters != nullptr);
  CHECK(s.Slice(supporters->source).rfind("Supporters", 0) == 0);
}

TEST_CASE("a long apposition after a name still gives the person's role") {
  const Scored s = Score(
      "The vote came. Debbie Walsh, director of the Center for American Women and Politics at the Eagleton "
      "Institute of Politics at Rutgers University, said Clinton is poised to benefit.");
  const Source* walsh = s.SourceOf(s.ByContent("Clinton is poised to benefit"));
  REQUIRE(walsh != nullptr);
  CHECK(walsh->name == "Debbie Walsh");
  CHECK(walsh->role == "director");
  CHECK(walsh->affiliation == "Center for American Women and Politics");
}

TEST_CASE("a language after 'in' is no place of the person it describes") {
  const Scored s = Score(
      "The vote came. According to Lorella Praeli, Clinton's Latino vote director, the campaign has targeted "
      "Latino voters through ads in Spanish, on radio and online. Officials in Iraq said the vote was calm.");
  const Source* praeli = s.SourceOf(s.ByCue("According to"));
  REQUIRE(praeli != nullptr);
  CHECK(praeli->name == "Lorella Praeli");
  CHECK(praeli->affiliation != "Spain");
  CheckSources(s, {{"the vote was calm", "Officials", "Iraq", "anonymous"}});
}

TEST_CASE("a name of two words or more (a place may end it) with an apposition naming a kind of organisation, or opening with an acronym, is a body") {
  const Scored s = Score(
      "The vote came. Priorities USA Action, a pro-Clinton super PAC, said it would spend more. Matt Bennett, a "
      "spokesman for Third Way, a left-leaning research group, said the plan was sound. Bob Lee, a veteran GOP "
      "strategist, said the vote was late. Based on 1,500 interviews, Working America, a labor-affiliated group, "
      "found broad support for Mr. Vale. But UMC Quick Care says no clinic filled out a form. \"It works,\" said "
      "J.M. Berger, a fellow at the institute.");
  CheckSources(s, {{"it would spend more", "Priorities USA Action", "Priorities USA Action", "organisation"},
                   {"Mr. Vale", "Working America", "Working America", "organisation"},
                   {"no clinic filled out a form", "UMC Quick Care", "UMC Quick Care", "organisation"},
                   {"It works", "J.M. Berger", nullptr, "expert"},
                   {"the plan was sound", "Matt Bennett", "Third Way", "spokesperson"},
                   {"the vote was late", "Bob Lee", nullptr, "expert"}});
}

TEST_CASE("a vague speaker after a closing quotation and 'said' ends the sentence and speaks") {
  const Scored s = Score(
      "The vote came. In particular, Bill Clinton — often the easiest person to provoke — has been “very worked "
      "up about it,” said a source close to the campaign. The plan, which was drafted in May, is now dead, said "
      "a senior administration official.");
  CheckSources(s, {{"very worked up about it", "a source close to the campaign", nullptr, "anonymous"},
                   {"is now dead", "a senior administration official", nullptr, "anonymous"}});
}

TEST_CASE("a speaker after a comma and 'said' may end in a relative clause, not after a name in apposition") {
  const Scored s = Score(
      "The talks ended. The stakes are so high that Mr. Obama warned the Chinese leader, Xi Jinping, during their "
      "recent meeting in Washington not to move on the shoal or invoke an air defense zone, said an American "
      "official who was briefed on the details of the encounter. Mr. Trump's former campaign manager, Corey "
      "Lewandowski, said the staff member who succeeded him and helped engineer his ouster, Paul Manafort, should "
      "be terminated.");
  CheckSources(s, {{"The stakes are so high", "an American official", nullptr, "anonymous"},
                   {"should be terminated", "Corey Lewandowski", nullptr, nullptr}});
}

TEST_CASE("the House before a title is the affiliation, and a party is the side over a chamber") {
  const Scored s = Score(
      "The vote came. House Speaker Paul Ryan said the bill would pass. “We will see,” the former House Speaker "
      "said. Senate Majority Leader Mitch McConnell said the Senate would wait. The Kentucky Republican added that "
      "he was hopeful.");
  CheckSources(s, {{"the bill would pass", "Paul Ryan", "House", "official"},
                   {"the Senate would wait", "Mitch McConnell", "Republican", "official"}});
  const Source* former = s.SourceOf(s.ByContent("We will see"));
  REQUIRE(former != nullptr);
  CHECK(former->name != "House");
  CHECK(former->affiliation == "House");
}

TEST_CASE("an object inside a relative clause before the cue gives way to the phrase the clause is of; a listed name speaks") {
  const Scored s = Score(
      "The vote came. Republicans who oppose Trump say he is wrong. Lawmakers who were briefed on the plan said "
      "Monday it would pass. Officials who Trump said were lying resigned. Voters who remember the days when "
      "Obama promised change are tired. A donor who has poured money into groups backing Senator Ted Cruz is rich. "
      "The state officials whose laws have been invalidated say the real change is ahead. Many of the local "
      "leaders who would rather work for Cruz or Rubio or Ben Carson said they have rallied behind him. Several "
      "candidates, including Trump, said the United States should refuse them.");
  CheckSourcePhrases(s, {{"say", "Republicans"},
                         {"they have rallied behind him", "Many of the local leaders"},
                         {"should refuse them", "Trump"},
                         {"the real change is ahead", "The state officials"},
                         {"it would pass", "Lawmakers"},
                         {"were lying", "Trump"},
                         {"promised", "Obama"},
                         {"backing", "groups"}});
}

TEST_CASE("a name opening a subordinate clause speaks past a relative clause in apposition") {
  const Scored s = Score(
      "The vote came. What is unclear is whether Sanders, who enjoys higher favorable numbers than Clinton or "
      "President Obama, will ever tell those voters to support the winner. The criticism grew louder Wednesday as "
      "Patti Davis, Ronald Reagan’s daughter, attacked Trump for comparing himself to her father.");
  CheckSourcePhrases(s, {{"will ever tell", "Sanders"}, {"attacked", "Patti Davis"}});
}

TEST_CASE("an age or a town's state set off by commas is passed over to the name opening the sentence") {
  const Scored s = Score(
      "The vote came. Lance Beebe, 49, a Navy veteran, said Hillary Clinton should be ready. Carole Bower, a "
      "retiree in Carthage, Illinois, said Gov. John Kasich was her choice. Dorothy Woods, whose husband, Navy SEAL "
      "Ty Woods, was one of four Americans killed in the 2012 attack of the U.S. consulate in Benghazi, Libya, "
      "discussed the Trump controversy with radio host Hugh Hewitt.");
  CheckSourcePhrases(s, {{"should be ready", "Lance Beebe"},
                         {"was her choice", "Carole Bower"},
                         {"discussed", "Dorothy Woods"}});
}

TEST_CASE("a surname alone before a relative clause in apposition speaks") {
  const Scored s = Score(
      "Test\n\n\"We can't have a guy who stands in the middle of the Senate floor,\" said the New York businessman, who "
      "campaigned Monday in New Hampshire.\n\nCruz, who says Trump is attacking him because the polls have "
      "tightened, said GOP voters should go with him because he has the more conservative record.");
  const Attribution* said = nullptr;
  for (const Attribution& a : s.report.attributions)
    if (s.Slice(a.cue) == "said" && s.Slice(a.content).rfind("GOP voters should go", 0) == 0) said = &a;
  REQUIRE(said != nullptr);
  CHECK(s.Slice(said->source) == "Cruz");
}

TEST_CASE("after a name right before the cue, an owner after it opens what is said") {
  const Scored s = Score(
      "The rally began. Vice President Joseph R. Biden Jr. said Donald J. Trump's remarks had already made him a "
      "danger.");
  CheckSources(s, {{"remarks had already made him a danger", "Joseph R. Biden Jr.", nullptr, "official"}});
}

TEST_CASE("a town's state, a list of places and a 'whose' clause in apposition (with one inside) give way to the name opening the sentence") {
  const Scored s = Score(
      "The vote came. Sandra Inman, a Cruz supporter from Jackson, Miss., attending the South Carolina Tea Party "
      "Coalition Convention, said she could not support Trump. Westmacott, who will retire soon after also serving "
      "in Iran, Turkey and France, praised Obama’s presidency in an interview. James Bruner, whose father was the "
      "Bush family pastor at St. Ann's Episcopal Church in the Maine town of Kennebunkport, remembers Mr. Bush, known "
      "as Jeb, as a larger-than-life presence. Marco Rubio, whose hometown, Miami, may be underwater as the seas "
      "rise, argues that the efforts are futile.");
  CheckSourcePhrases(s, {{"she could not support Trump", "Sandra Inman"},
                         {"praised", "Westmacott"},
                         {"remembers", "James Bruner"},
                         {"the efforts are futile", "Marco Rubio"}});
}

TEST_CASE("a participle after a comma with no earlier cue in its clause is its subject's, not the writer's") {
  const Scored s = Score(
      "The vote came. The conservative publication has been outspoken in its opposition to Donald Trump, arguing he "
      "is unmoored. I'm old enough to remember President Jimmy Carter going on TV on April 18, 1977, declaring a "
      "''moral equivalent of war'' against dependence on foreign oil.");
  CheckSourcePhrases(s, {{"arguing", "The conservative publication"}});
  const Attribution* declaring = s.ByCue("declaring");
  if (declaring != nullptr) CHECK(s.Slice(declaring->source) != "I");
}

TEST_CASE("a speaker after ', said' may end at a comma or a place, or open after a role and 'and', not before a name in apposition") {
  const Scored s = Score(
      "The vote came. The firm lobbied on behalf of the Trump Organization on gaming, taxes and other issues, said "
      "lobbyist and GOP strategist Charlie Black, Manafort's former business partner. “The notes have been "
      "selectively and inaccurately read out to the media,” said a White House spokesman, Eric Schultz. Even India "
      "has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in Almaty.");
  CheckSources(s, {{"The firm lobbied", "Charlie Black", nullptr, nullptr},
                   {"Even India has more cultural resonance", "Dossym Satpayev", nullptr, "expert"},
                   {"selectively and inaccurately", "Eric Schultz", nullptr, nullptr}});
}

TEST_CASE("a relative 'that' right before the cue stands for the noun phrase before it") {
  const Scored s = Score(
      "The vote came. Mr. Wiley walked them through a slide show that predicted victory for Mr. Trump. It has "
      "fallen out of favor with green groups that once regarded it as a bridge. The plan is weak, and with that "
      "said, it stands.");
  CheckSources(s, {{"victory for Mr. Trump", "a slide show", nullptr, "document"}});
  CheckSourcePhrases(s, {{"once regarded", "groups"}});
  const Source* groups = s.SourceOf(s.ByCueOrContent("once regarded"));
  REQUIRE(groups != nullptr);
  CHECK(groups->type == "anonymous");
  const Attribution* with_that = s.ByCue("said");
  if (with_that != nullptr) CHECK(s.Slice(with_that->source) != "with");
}

TEST_CASE("a policy field before a role belongs to the role") {
  const Scored s = Score(
      "The vote came. “This is a first,” said Clinton’s top foreign policy aide Jake Sullivan. Her chief "
      "economic adviser, Gene Sperling, said the plan was sound.");
  const Source* sullivan = s.SourceOf(s.ByContent("This is a first"));
  REQUIRE(sullivan != nullptr);
  CHECK(sullivan->name == "Jake Sullivan");
  CHECK(sullivan->affiliation == "Clinton");
  const Source* sperling = s.SourceOf(s.ByContent("the plan was sound"));
  REQUIRE(sperling != nullptr);
  CHECK(sperling->name == "Gene Sperling");
  CHECK(sperling->role == "chief economic adviser");
}

TEST_CASE("a field before a role or a group belongs to it, as do 'elected', 'influential' and 'inner'; an identity word is no name") {
  const Scored s = Score(
      "The vote came. Trump senior communications adviser Jason Miller said in a statement that the plan was set. "
      "The donor gave $5,000 to the PAC in 2014, campaign finance records show. Legal experts suggest such a tactic "
      "could fail. Many GOP elected officials said they would wait. An influential Hispanic Republican said he "
      "would not vote. Mr. Vale's inner circle said he was angry.");
  CheckSources(s, {{"the plan was set", "Jason Miller", "Trump", nullptr},
                   {"such a tactic could fail", "Legal experts", nullptr, "anonymous"},
                   {"they would wait", "Many GOP elected officials", "Republican Party", "anonymous"},
                   {"he would not vote", "An influential Hispanic Republican", "Republican", "anonymous"},
                   {"he was angry", "Mr. Vale's inner circle", "Vale", "anonymous"}});
  CheckSourcePhrases(s, {{"show", "campaign finance records"}});
}

TEST_CASE("a bare surname is of the gender the text's honorifics give that surname") {
  const Scored s = Score(
      "Obama Says the Vote Matters\n\nThe campaign will use Mr. Obama and the first lady, Michelle Obama, in the "
      "coming week. “It is about me,” Mr. Obama said on Saturday. Mr. Obama added that turnout was low.");
  const Source* headline = s.SourceOf(s.ByCue("Says"));
  const Source* speech = s.SourceOf(s.ByContent("It is about me"));
  REQUIRE(headline != nullptr);
  REQUIRE(speech != nullptr);
  CHECK(headline->name != "Michelle Obama");
  CHECK(headline->id == speech->id);
}

TEST_CASE("a definite role after a sentence opened by a connective and a name is that person") {
  const Scored s = Score(
      "The vote came. Harry Reid has some advice for Republicans. Still, Reid would not say whether he would "
      "prefer Cruz. The minority leader said flatly: “I don’t think it matters.”");
  const Source* reid = s.SourceOf(s.ByContent("I don’t think it matters."));
  REQUIRE(reid != nullptr);
  CHECK(reid->name == "Harry Reid");
  CHECK(reid->role == "minority leader");
}

TEST_CASE("a pronoun inside its sentence is the one person of its gender the sentence names before it") {
  const Scored s = Score(
      "The vote came. Ted Cruz said the bill was bad. Paul Singer is promising donors a retreat, he said. Rep. "
      "Mia Love, for instance, explained how she felt betrayed by Cruz on a trade bill he persuaded her to "
      "back, those people said. Donald Trump is the nominee. Marco Rubio said he opposed the bill. The rejection "
      "was complete when Trump in his speech called immigrants “rapists” (although he allowed that some might be "
      "good people).");
  const Attribution* allowed = s.ByCue("allowed");
  REQUIRE(allowed != nullptr);
  REQUIRE(s.SourceOf(allowed) != nullptr);
  CHECK(s.SourceOf(allowed)->name.find("Trump") != std::string::npos);
  const Attribution* persuaded = s.ByCue("persuaded");
  REQUIRE(persuaded != nullptr);
  REQUIRE(s.SourceOf(persuaded) != nullptr);
  CHECK(s.SourceOf(persuaded)->name == "Ted Cruz");
}

TEST_CASE("a pronoun after a name that qualifies a noun, or beside another source, keeps the speaker") {
  const Scored s = Score(
      "The vote came. Donald Trump said the speech was fine. Gov. Chris Christie, a staunch Donald Trump ally, "
      "acknowledged some plagiarism even as he defended the campaign. C. Boyden Gray, who served under Mr. "
      "Bush's father, listed the family's rules: ''Civility was assumed,'' he said. Charlie Sykes said it was over. "
      "Any attempt to debunk a falsehood by Mr. Trump, he said, becomes hopeless. ‘So much time wasted, and Jeff Sessions knew "
      "better than most,’ he added. Mitt Romney said the plan failed. Paul "
      "Ryan told Fox News the plan was weak. Amplifying the Romney campaign message, he said the debt was a drag.");
  const Attribution* defended = s.ByCue("defended");
  REQUIRE(defended != nullptr);
  REQUIRE(s.SourceOf(defended) != nullptr);
  CHECK(s.SourceOf(defended)->name == "Chris Christie");
  const Source* gray = s.SourceOf(s.ByContent("Civility was assumed"));
  REQUIRE(gray != nullptr);
  CHECK(gray->name == "C. Boyden Gray");
  const Source* sykes = s.SourceOf(s.ByContent("debunk a falsehood"));
  REQUIRE(sykes != nullptr);
  CHECK(sykes->name == "Charlie Sykes");
  const Source* sykes_again = s.SourceOf(s.ByContent("Jeff Sessions knew"));
  REQUIRE(sykes_again != nullptr);
  CHECK(sykes_again->name == "Charlie Sykes");
  const Source* ryan = s.SourceOf(s.ByContent("the debt was a drag"));
  REQUIRE(ryan != nullptr);
  CHECK(ryan->name == "Paul Ryan");
}

TEST_CASE("an opening participle phrase before a comma is no content of the attribution after it") {
  const Scored s = Score(
      "The vote came. Making the rounds on the Sunday shows, Mr. Smith said he was facing scrutiny. Everything "
      "is fine, he said.");
  CheckSources(s, {{"he was facing scrutiny", "Smith", nullptr, nullptr}});
  const Attribution* fine = s.ByContent("Everything is fine");
  REQUIRE(fine != nullptr);
  CHECK(s.Slice(fine->source) == "he");
}

TEST_CASE("after a quotation opening its sentence, the phrase right after the verb of saying speaks") {
  const Scored s = Score(
      "The vote came. “If we want ethnic minority voters to support Republicans, we must engage them,” wrote the "
      "authors of the “Growth and Opportunity Project,” giving the example of 2012 nominee Mitt Romney’s poor "
      "showing with Latinos. Mr. Paul Manafort, citing “the unique magic of "
      "Trump,” said the candidate could win New York. “In recent days, these e-mails have been selectively and "
      "inaccurately read out to the media,” said a White House spokesman, Eric Schultz.");
  const Attribution* authors = s.ByContent("we must engage them");
  REQUIRE(authors != nullptr);
  CHECK(s.Slice(authors->source).rfind("the authors", 0) == 0);
  const Source* manafort = s.SourceOf(s.ByContent("could win New York"));
  REQUIRE(manafort != nullptr);
  CHECK(manafort->name == "Paul Manafort");
  const Source* schultz = s.SourceOf(s.ByContent("read out to the media"));
  REQUIRE(schultz != nullptr);
  CHECK(schultz->name == "Eric Schultz");
}

TEST_CASE("an epithet of wealth or trade is the individual named most, when it is also the one named last") {
  const Scored reno = Score(
      "Republican presidential hopeful Donald Trump says he doesn’t watch football anymore. Trump says the NFL has "
      "gone soft. Trump drew the analogy during a speech in Reno while fans watched the NFL playoffs. The "
      "billionaire real estate magnate says a hit that used to be a great tackle is now a penalty.");
  const Source* magnate = reno.SourceOf(reno.ByContent("a great tackle"));
  REQUIRE(magnate != nullptr);
  CHECK(magnate->name == "Donald Trump");
  const Scored graham = Score(
      "Sen. Lindsey Graham said the bill was weak. Graham said he would vote no. Graham said the party was "
      "divided. In June, the senator called on Republicans to drop Donald Trump. The billionaire mogul said the "
      "judge was biased.");
  const Source* mogul = graham.SourceOf(graham.ByContent("the judge was biased"));
  REQUIRE(mogul != nullptr);
  CHECK(mogul->name != "Lindsey Graham");
}

TEST_CASE("a person by age is one a sentence opened with after the last source") {
  const Scored s = Score(
      "The rally began. Donald Trump said the crowd was huge. Protesters chanted outside. Lori Bernstein held up "
      "a sign. The 57-year-old said the campaign scared her.");
  const Source* age = s.SourceOf(s.ByContent("the campaign scared her"));
  REQUIRE(age != nullptr);
  CHECK(age->name == "Lori Bernstein");
}

TEST_CASE("a no-break space inside a name is an ordinary space in the source's name, role and kind") {
  const Scored s = Score("The vote came. Former Speaker Newt\u00a0Gingrich said the plan was bad. FBI Director "
                         "James\u00a0Comey said nothing new.");
  CheckSources(s, {{"the plan was bad", "Newt Gingrich", nullptr, "official"},
                   {"nothing new", "James Comey", "FBI", "official"}});
}

TEST_CASE("one named before 'in' and a document speaks in it") {
  const Scored s = Score(
      "The vote came. Jeb Bush in a Medium post said he would put more conservative judges on the bench. Hillary "
      "Clinton in a statement said the ruling was wrong. Some question whether the body was that of Stephen "
      "Paddock, given that elements of the Paddock in the preliminary police report, which mentioned the autopsy, "
      "are at odds with the facts.");
  CheckSources(s, {{"conservative judges", "Jeb Bush", nullptr, "official"},
                   {"the ruling was wrong", "Hillary Clinton", nullptr, "official"}});
  const Attribution* mentioned = s.ByCue("mentioned");
  REQUIRE(mentioned != nullptr);
  CHECK(s.Slice(mentioned->source).find("Paddock") == std::string::npos);
}

TEST_CASE("a pick inside a passive participle or 'which' clause set off before the cue gives way to the subject") {
  const Scored s = Score(
      "The vote came. During the primary Clinton, goaded by Sanders, came out against the trade pact. The report, "
      "released by the Pentagon on Monday, found that the program was over budget. Exit polls from the New "
      "Hampshire primary, which Mr. Trump won decisively, showed that 65 percent supported the ban. But "
      "Republicans, led by House Speaker Paul Ryan, have vowed to fight.");
  CheckSourcePhrases(s, {{"came out against", "Clinton"}, {"found", "The report"}, {"showed", "Exit polls"},
                         {"have vowed", "Republicans"}});
}

TEST_CASE("a country's leader is its named head of state or government, a party's leader is not") {
  const Scored s = Score(
      "The talks ended. Russian President Vladimir Putin said Moscow would respond. The Russian leader said the "
      "sanctions were illegal. President Barack Obama said the deal was good. The Democratic leader said it was "
      "fine.");
  const Source* russian = s.SourceOf(s.ByContent("the sanctions were illegal"));
  REQUIRE(russian != nullptr);
  CHECK(russian->name == "Vladimir Putin");
  const Source* democratic = s.SourceOf(s.ByContent("it was fine"));
  REQUIRE(democratic != nullptr);
  CHECK(democratic->name != "Barack Obama");
}

TEST_CASE("a person with a post-modifier is a vague source, and each one introduced so is its own") {
  const Scored s = Score(
      "The talks went on. A person familiar with the matter said the deal could close next week. A person close "
      "to the president said it was over. A source close to the talks said Iran agreed. The source said more "
      "talks were planned.");
  CheckSources(s, {{"could close next week", "A person familiar with the matter", nullptr, "anonymous"},
                   {"it was over", "A person close to the president", nullptr, "anonymous"}});
  const Source* familiar = s.SourceOf(s.ByContent("could close next week"));
  const Source* close = s.SourceOf(s.ByContent("it was over"));
  const Source* later = s.SourceOf(s.ByContent("more talks were planned"));
  REQUIRE(familiar != nullptr);
  REQUIRE(close != nullptr);
  REQUIRE(later != nullptr);
  const Source* source = s.SourceOf(s.ByContent("Iran agreed"));
  REQUIRE(source != nullptr);
  CHECK(familiar->id != close->id);
  CHECK(later->id == source->id);
}

TEST_CASE("a vague group read with its relative pronoun is the group read without it") {
  CheckOneSource(Score("The vote was close. Friends of Mr. Vale who have known him for years say that he is well. "
                       "Friends of Mr. Vale said that he was tired."),
                 "him for years", "he was tired", "Friends of Mr. Vale");
}

TEST_CASE("a surname alone shows the one full name the text gives it elsewhere") {
  // The full name stands in a sentence that is no attribution.
  CheckSources(Score("The vote was close. The crowd cheered for Tyrone Pike at the fair. \u201cIt is over,\u201d Pike "
                     "said."),
               {{"It is over", "Tyrone Pike", nullptr, "person"}});
  // Not when an article comes first, or the given name is of another gender than the speaker's
  // honorific.
  CheckSources(Score("The vote was close. The crowd sang the National Anthem at the fair. \u201cIt is over,\u201d "
                     "Anthem said."),
               {{"It is over", "Anthem", nullptr, nullptr}});
  CheckSources(Score("The vote was close. Voters cheered for Mary Rees at the fair. \u201cIt is over,\u201d Mr. Rees "
                     "said. He left."),
               {{"It is over", "Rees", nullptr, nullptr}});
}

TEST_CASE("a name written with a capital inside is a name at a sentence start too") {
  const Scored s = Score(
      "The talks stalled. Salim al-Muslat, spokesman for the opposition High Negotiations Committee, said the "
      "regime was stalling. Al-Muslat added that Russia was to blame.");
  CheckOneSource(s, "the regime was stalling", "Russia was to blame", "Salim al-Muslat");
}

TEST_CASE("a role qualified by a generic noun for a body is of the fitting body named just before") {
  const Scored s = Score(
      "The outage ended. Google said the outage was fixed. A company spokeswoman said no data was lost. The "
      "Chicago Teachers Union said it would strike. Union officials said the strike would go on. The Labor Department "
      "said it would mediate. Company executives said they were ready. The State Department Refugee Processing "
      "Center said that 500 refugees came.");
  CheckSources(s, {{"no data was lost", "A company spokeswoman", "Google", "anonymous"},
                   {"the strike would go on", "Union officials", "Chicago Teachers Union", "anonymous"},
                   {"500 refugees came", "State Department Refugee Processing Center",
                    "State Department Refugee Processing Center", "organisation"}});
  const Source* executives = s.SourceOf(s.ByContent("they were ready"));
  REQUIRE(executives != nullptr);
  CHECK(executives->affiliation != "Labor Department");
}

TEST_CASE("an organisation's name after its 'of' may end in a capitalized plural of people") {
  const Scored s = Score(
      "The vote came. Civil rights groups like the National Association of Criminal Defense Lawyers praised the "
      "measure. The Union of Concerned Scientists said the data was clear. Concerned scientists said the data was "
      "thin. Political Analysts said it would pass.");
  CheckSources(s, {{"the measure", "National Association of Criminal Defense Lawyers",
                    "National Association of Criminal Defense Lawyers", "organisation"},
                   {"the data was clear", "Union of Concerned Scientists", "Union of Concerned Scientists",
                    "organisation"},
                   {"the data was thin", "Concerned scientists", "", "anonymous"},
                   {"it would pass", "Political Analysts", "", "anonymous"}});
}

TEST_CASE("bodies opening with 'the' joined by 'and' speak together, not a preposition's object") {
  const Scored s = Score(
      "The talks ended. The Kremlin and the Syrian presidency said the talks were useful. Republican leaders in "
      "the Senate and the House of Representatives looked to stop the bill. In a year in which Mr. Sanders has "
      "demonized Wall Street and Mr. Trump has disparaged immigrants, and vowed to reverse job losses, the "
      "race is open. Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised "
      "Obama’s presidency. In an extremely odd political dovetail, both the Democratic and the Republican "
      "platforms include planks that call for the restoration of the landmark 1933 law.");
  const Source* kremlin = s.SourceNamed("Kremlin");
  REQUIRE(kremlin != nullptr);
  CHECK(kremlin->attributions == 1);
  for (const char* name : {"Senate", "Wall Street", "France", "the Democratic"}) CHECK(s.SourceNamed(name) == nullptr);
}

TEST_CASE("a name in apposition to someone's role right before the cue speaks, not the role's owner") {
  const Scored s = Score(
      "The attack came. Clinton’s campaign manager, Robby Mook, dismissed the attack. Bloomberg's pollster, "
      "Douglas Schoen, says his man has the best chance.");
  CheckSources(s, {{"his man has the best chance", "Douglas Schoen", "Bloomberg", nullptr}});
  const Source* mook = s.SourceOf(s.ByCue("dismissed"));
  REQUIRE(mook != nullptr);
  CHECK(mook->name == "Robby Mook");
  CHECK(mook->affiliation == "Clinton");
}

TEST_CASE("a name in apposition to a role after an opening phrase or a quotation or a dash speaks, with the role") {
  const Scored s = Score(
      "The case went on. Responding to a question in January, the Clark County sheriff, Joe Lombardo, said federal "
      "authorities were investigating. ''We will not bring up impeachment,'' Ms. Pelosi\u2019s spokesman, Drew "
      "Hammill, wrote on Twitter. On television, Mr. Vale's campaign chairman, Paul Pell, dismissed the criticism.\n"
      "WASHINGTON \u2014 The special counsel, Robert S. Mueller III, revealed new evidence on Friday. The company "
      "and its co-founder in 2009 agreed to a settlement.");
  CheckSources(s, {{"federal authorities were investigating", "Joe Lombardo", "Clark County", "official"},
                   {"We will not bring up impeachment", "Drew Hammill", "Pelosi", "spokesperson"},
                   {"the criticism", "Paul Pell", "Vale", "official"}});
  CheckSourcePhrases(s, {{"federal authorities were investigating", "Joe Lombardo"}, {"a settlement", "its co-founder"}});
  const Source* mueller = s.SourceOf(s.ByContent("new evidence"));
  REQUIRE(mueller != nullptr);
  CHECK(mueller->role == "special counsel");
  const Source* hammill = s.SourceOf(s.ByContent("We will not bring up impeachment"));
  REQUIRE(hammill != nullptr);
  CHECK(hammill->role == "spokesman");
}

TEST_CASE("a name before lower-case modifiers and a role, after 'a', qualifies one unnamed person") {
  const Scored s = Score(
      "The talks went on. A former Reagan administration official said the plan was dead. A Vale campaign aide "
      "said the vote was near. Turnout fell, according to a former top Soviet security official.");
  CheckSources(s, {{"the plan was dead", "A former Reagan administration official", "Reagan administration", "anonymous"},
                   {"the vote was near", "A Vale campaign aide", "Vale campaign", "anonymous"},
                   {"Turnout fell", "a former top Soviet security official", "Soviet", "anonymous"}});
}

TEST_CASE("a sentence adverb opening a sentence or a capitalized word after a dateline's dash is no name") {
  const Scored s = Score(
      "The year ended. NEW YORK, Nov. 19 (UPI) \u2014 Former Secretary of State and Democratic presidential "
      "frontrunner Hillary Clinton is calling for more strikes. Sure, official data suggest that output peaked. "
      "Overall, the remaining casinos said that revenue fell. Overall, the remaining casinos in Atlantic City "
      "reported $2.17 billion in gaming revenue in the first nine months. Gov. Paul Vale spoke. Earlier, the "
      "Republican governor had refused to apologize for the message.");
  CheckSources(s, {{"more strikes", "Hillary Clinton", "Democratic", "official"},
                   {"output peaked", "official data", nullptr, "document"}});
  CheckSourcePhrases(s, {{"revenue fell", "the remaining casinos"}});
  for (const char* adverb : {"Former", "Sure", "Overall", "Earlier"}) CHECK(s.SourceNamed(adverb) == nullptr);
}

TEST_CASE("the named author of a nameless document after 'according to' speaks") {
  const Scored s = Score(
      "The count went on. Clinton had 2,205 delegates, according to a tally by the Associated Press. Turnout "
      "rose, according to a report from the Pew Research Center. The news will be biased, according to a post "
      "from Arianna Huffington. Prices rose, according to a report from Iowa. Wages fell, according to a new "
      "analysis. The evidence is thin, according to a court document filed by state attorney Dave Aronberg. "
      "Sanders has 158, according to a count by Reuters.");
  CheckSources(s, {{"2,205 delegates", "Associated Press", "Associated Press", "outlet"},
                   {"Sanders has 158", "Reuters", "Reuters", "outlet"},
                   {"Turnout rose", "Pew Research Center", "Pew Research Center", "organisation"},
                   {"The news will be biased", "Arianna Huffington", nullptr, "person"},
                   {"Prices rose", "a report", nullptr, "document"},
                   {"Wages fell", "a new analysis", nullptr, "document"},
                   {"The evidence is thin", "Dave Aronberg", nullptr, "official"}});
}

TEST_CASE("one word after 'at' or 'from' after scholars or a study is where they work, not a person") {
  const Scored s = Score(
      "The talks went on. A study from Harvard found that wages fell. Researchers at Stanford said prices rose. A "
      "professor at Yale said the data was thin. Harvard said it would appeal.");
  CheckSources(s, {{"wages fell", "Harvard", "Harvard", "organisation"},
                   {"prices rose", "Researchers", "Stanford", "anonymous"},
                   {"the data was thin", "A professor", "Yale", "anonymous"},
                   {"it would appeal", "Harvard", "Harvard", "organisation"}});
}

TEST_CASE("a vague source or role before 'with knowledge of' speaks, not the content's subject") {
  const Scored s = Score(
      "The talks went on. A source with knowledge of the talks said Iran agreed. One official with direct "
      "knowledge of the plan said Russia would sign. People with knowledge of the case said on Friday that "
      "charges were near.");
  CheckSourcePhrases(s, {{"Iran agreed", "A source"}, {"Russia would sign", "One official"},
                         {"charges were near", "People"}});
}

TEST_CASE("one person of a listed word introduced before 'at' a body speaks, affiliated with it") {
  const Scored s = Score(
      "The talks went on. A senior official at the State Department said the talks had stalled. One analyst at "
      "Goldman Sachs said growth would slow. Some staunch defenders of globalization, like Gary Clyde Hufbauer, a "
      "senior fellow at the Peter G. Peterson Institute for International Economics in Washington, also "
      "acknowledge that the government has failed workers. But the benefit of free trade is ''10 times the "
      "size of the losses,'' he said.");
  CheckSources(s, {{"the talks had stalled", "A senior official", "State Department", "anonymous"},
                   {"growth would slow", "One analyst", "Goldman Sachs", "anonymous"}});
  const Source* fellow = s.SourceOf(s.ByContent("10 times the size of the losses"));
  REQUIRE(fellow != nullptr);
  CHECK(fellow->name == "Gary Clyde Hufbauer");
}

TEST_CASE("say between commas before no quotation gives an example and is no cue") {
  const Scored s = Score(
      "The land would suit a large monastery like, say, Clear Creek or a new house in Nebraska. "
      "Selling news is harder than, say, selling coffee. "
      "Critics of the plan, say, \"This is a mistake,\" and the mayor said he would listen.");
  CHECK(s.SourceNamed("Clear Creek") == nullptr);
  int says = 0;
  for (const Attribution& a : s.report.attributions)
    if (s.Slice(a.cue) == "say") ++says;
  CHECK(says == 1);
  const Attribution* mayor = s.ByCue("said");
  REQUIRE(mayor != nullptr);
  CHECK(s.Slice(mayor->source) == "the mayor");
}

TEST_CASE("a name and its verb after the cue open its content, not the clause before a comma") {
  const Scored s = Score(
      "The talks went badly. In his new book, ''Doomed to Succeed,'' and in an interview, Mr. Ross said Mr. Obama "
      "had told Jewish leaders that he would not continue the policy of allowing ''no daylight'' between them. In "
      "the former coal mining town of Scranton, where Biden grew up, the vice president said Clinton was the only "
      "choice.");
  CheckContents(s, {{"said", "Mr. Obama had told Jewish leaders that he would not continue the policy of allowing "
                             "''no daylight'' between them"}});
  const Attribution* vice = s.ByContent("Clinton was the only choice");
  REQUIRE(vice != nullptr);
  CHECK(s.Slice(vice->cue) == "said");
  // A name after a verb that takes a person is whom it addresses: "The economy grew, he told
  // Republican politicians".
  const Scored told = Score("The report came out. The economy grew, Mr. Ross told Republican politicians.");
  const Attribution* a = told.ByCue("told");
  REQUIRE(a != nullptr);
  CHECK(told.Slice(a->content) == "The economy grew");
  // Nor does a name without a verb of its own open a clause: "he said Wednesday evening".
  const Scored thursday = Score("The report came out. The economy grew, Mr. Ross said Wednesday evening.");
  CheckContents(thursday, {{"said", "The economy grew"}});
}

TEST_CASE("a that clause after the cue is its content, not a quotation before the source") {
  const Scored s = Score(
      "Speaking on ABC\u2019s \u201cThis Week,\u201d Carson admitted that the course name in his book was wrong. "
      "\u201cThank you, son,\u201d Cruz replied, before adding that he thinks children should listen. "
      "\u201cWe will win,\u201d Trump said that day in Iowa. \u201cI answered every question,\u201d Kavanaugh said "
      "in a statement that was released by the White House.");
  for (const auto& [cue, content] : std::initializer_list<std::pair<const char*, const char*>>{
           {"admitted", "the course name in his book was wrong"},
           {"adding", "he thinks children should listen"},
           {"said", "We will win,"},
           {"said in a statement", "I answered every question,"}}) {
    const std::string words = cue;
    CAPTURE(words);
    const Attribution* a = s.ByCue(cue);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->content) == content);
  }
}

TEST_CASE("the subject of a subordinate clause, a pronoun before an auxiliary and a count in words speak, and a count "
          "after a comma and \"and\" ends the clause before it") {
  const Scored s = Score(
      "Ryan also did not exude confidence when Tapper asked whether Republicans would hold the House. Each week "
      "since early September we have asked a group of 30 political experts to rank the field. The poll was "
      "released Friday. Two in three said they are less likely to vote Republican, and one in three said the "
      "party does not care. Half the senators back the rule, and all but two said the party should act. Trump "
      "drew attention to himself when Cruz was discussing his plan. Soon after Wasserman Schultz was booed Monday "
      "during a Florida delegation breakfast, she left the stage.");
  CheckSourcePhrases(s, {{"asked", "Tapper"},
                         {"a group of 30 political experts", "we"},
                         {"they are less likely to vote Republican", "Two in three"},
                         {"the party does not care", "one in three"},
                         {"the party should act", "all but two"},
                         {"was discussing", "Cruz"}});
  const Attribution* booed = s.ByCue("was booed");
  if (booed != nullptr) CHECK(s.Slice(booed->source) != "Wasserman Schultz");
  const Source* two = s.SourceOf(s.ByContent("they are less likely to vote Republican"));
  REQUIRE(two != nullptr);
  CHECK(two->name == "Two in three");
  CHECK(s.Slice(s.ByContent("they are less likely to vote Republican")->content) ==
        "they are less likely to vote Republican");
}

TEST_CASE("a verb in the past after and shares the subject of its clause when the ranker gives none") {
  const Scored s = Score(
      "Weeks earlier, Scott was speaking to the delegation when McAuliffe walked in the room. Scott beamed and "
      "asked the crowd to welcome the governor. The agency has been analyzing the emails, a process that began in "
      "May and concluded Monday. The report has helped renew a crisis many in the church thought and hoped had "
      "ended.");
  CheckSourcePhrases(s, {{"the crowd to welcome the governor", "Scott"}});
  for (const char* cue : {"concluded", "concluded Monday", "hoped"}) {
    const Attribution* a = s.ByCue(cue);
    if (a == nullptr) continue;
    const std::string source = s.Slice(a->source);
    CAPTURE(source);
    CHECK((source.empty() || (source != "The agency" && source != "The report")));
  }
}

TEST_CASE("that before an auxiliary opens the content as its subject; counts keep the first spelling") {
  const Scored s = Score(
      "The survey was released on Monday. One in five say that will not be true. Nearly a third say they do "
      "not know, and one in five say it is not an improvement. Mr. Obama said that the plan would fail.");
  const Attribution* true_ = s.ByContent("will not be true");
  REQUIRE(true_ != nullptr);
  CHECK(s.Slice(true_->content) == "that will not be true");
  const Attribution* fail = s.ByContent("the plan would fail");
  REQUIRE(fail != nullptr);
  CHECK(s.Slice(fail->content) == "the plan would fail");
  const Source* fifth = s.SourceOf(s.ByContent("it is not an improvement"));
  REQUIRE(fifth != nullptr);
  CHECK(fifth->name == "One in five");
}

TEST_CASE("a participle set off by commas after its subject reports up to the comma before the verb") {
  const Scored s = Score(
      "Clinton, responding to a surging Sanders, dropped her reluctance to debate. Trump spoke in Ohio on "
      "Monday, saying the wall would be built.");
  const Attribution* responding = s.ByCue("responding to");
  REQUIRE(responding != nullptr);
  CHECK(s.Slice(responding->content) == "a surging Sanders");
  const Attribution* saying = s.ByCue("saying");
  REQUIRE(saying != nullptr);
  CHECK(s.Slice(saying->content) == "the wall would be built");
}

TEST_CASE("a postposed phrase after a quantifier's of speaks before its relative clause") {
  const Scored s = Score(
      "Defending that terrain is squarely within the Biden wheelhouse, said a handful of Democrats who point to "
      "his strong relationships with organized labor.");
  const Attribution* said = s.ByCue("said");
  REQUIRE(said != nullptr);
  CHECK(s.Slice(said->source).find("Democrats") != std::string::npos);
  CHECK(s.Slice(said->content) == "Defending that terrain is squarely within the Biden wheelhouse");
}

TEST_CASE("one member of a faith or people is a vague person of that side, not a name") {
  const Scored s = Score(
      "A Muslim said the law was unfair. One Catholic told reporters the vote was fine. The third Indonesian "
      "Christian said the raid was cruel. Christian Bale said the film was done.");
  CheckSources(s, {{"the law was unfair", "A Muslim", "Muslim", "anonymous"},
                   {"the vote was fine", "One Catholic", "Catholic", "anonymous"},
                   {"the raid was cruel", "The third Indonesian Christian", "Indonesia", "anonymous"},
                   {"the film was done", "Christian Bale", "", "person"}});
}

TEST_CASE("a possessive pronoun's plural no list knows speaks through its phrase") {
  const Scored s = Score(
      "Not paying taxes makes him smart, Donald J. Trump said last week. His surrogates called him a genius for "
      "his tax strategy.");
  CheckSourcePhrases(s, {{"him a genius", "His surrogates"}});
}

TEST_CASE("a question closing a quotation before asked or replied is the postposed speaker's") {
  const Scored s = Score(
      "Paul Manafort spoke to party officials on Thursday. ''Is Donald Trump running against the Republican National "
      "Committee?'' asked Mr. Manafort, referring to the candidate's assault on the party. \u201cWhy not?\u201d "
      "replied the senator.");
  CheckSourcePhrases(s, {{"asked", "Mr. Manafort"}, {"replied", "the senator"}});
}

TEST_CASE("a participle of feeling opening the sentence is the feeling of the subject after its comma") {
  const Scored s = Score(
      "Phyllis Schlafly, conservative bane of feminists, dies at 92.\n\nAngered by the cultural transformations of "
      "the 1960s, Schlafly began a crusade against the amendment. Trump himself was delighted by the resulting "
      "controversy.");
  CheckSourcePhrases(s, {{"Angered by", "Schlafly"}, {"was delighted by", "Trump"}});
}

TEST_CASE("a postposed phrase closed by a short place speaks; a lone adverb, or a verb after which, does not") {
  const Scored s = Score(
      "Kadzik's refusal to answer fully did not go over well with Republicans, and the meeting deteriorated from "
      "there, said one GOP source in the room. \"We were attacked in Manhattan,\" Clinton said, with a passion that "
      "almost suggested that the question was out of line.");
  CheckSourcePhrases(s, {{"the meeting deteriorated from there", "one GOP source"}});
  const Attribution* suggested = s.ByCue("suggested");
  REQUIRE(suggested != nullptr);
  CHECK(s.Slice(suggested->source) != "almost");
  const Scored trade = Score(
      "A super-confident bearing is essential in Manafort's main trade, which involves advising foreign "
      "authoritarian leaders on how to win elections.");
  for (const Attribution& a : trade.report.attributions) CHECK(trade.Slice(a.source) != "involves");
}

TEST_CASE("a participle after a clause joined by and is the subject of that clause's, and the clause ends "
          "what is said before it") {
  const Scored s = Score(
      "Trump pivoted to talking about trade, but Wallace brought him back to Romney's attacks, asking Trump to "
      "share his views. Protest groups say the rules are less for safety than visibility, and the American Civil "
      "Liberties Union of Ohio has already sued the city over the rules, saying they violate free speech.");
  CheckSourcePhrases(s, {{"asking", "Wallace"}, {"saying", "the American Civil Liberties Union of Ohio"}});
  const Attribution* say = s.ByCue("say");
  REQUIRE(say != nullptr);
  CHECK(s.Slice(say->content) == "the rules are less for safety than visibility");
}

TEST_CASE("a participle after as sets off what the rest of its sentence says") {
  const Scored s = Score(
      "As reported by Reuters, the merger talks collapsed on Friday. The deal stalled again, as first reported by "
      "Politico. But in July 2012, Patriot failed as predicted.");
  for (const char* content : {"the merger talks collapsed on Friday", "The deal stalled again"}) {
    const std::string words = content;
    CAPTURE(words);
    const Attribution* a = s.ByContent(content);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->content) == content);
  }
  const Attribution* predicted = s.ByCue("as predicted");
  if (predicted != nullptr) CHECK(s.Slice(predicted->source).empty());
}

TEST_CASE("a participle after an it that stands for a body is the body's; after an empty it, no one's") {
  const Scored s = Score(
      "But when Mr. Hurt asked Norton to republish the book this year, it declined, citing legal risks. Cruz "
      "seemed lost, applauding along with the audience. It took him most of a day to formulate a comeback, "
      "delivering an \"apology\" to New Yorkers for the liberal elected officials who were depriving them of safety "
      "and freedom.");
  CheckSourcePhrases(s, {{"legal risks", "it"}});
  const Attribution* delivering = s.ByCue("delivering");
  REQUIRE(delivering != nullptr);
  CHECK(s.Slice(delivering->source) != "It");
}

TEST_CASE("say as a noun and all told are no cues") {
  const Scored s = Score(
      "Lynch still has the final say on whether Clinton faces prosecution. Voters will finally get their say on "
      "her candidacy. Some say the deal is dead. All told, super PACs spent more than $200 million, the report "
      "said.");
  int says = 0;
  for (const Attribution& a : s.report.attributions)
    if (s.Slice(a.cue) == "say") ++says;
  CHECK(says == 1);
  CHECK(s.ByCue("told") == nullptr);
  CheckSourcePhrases(s, {{"the deal is dead", "Some"}, {"super PACs spent", "the report"}});
}

TEST_CASE("names joined by an ampersand are one firm's, or an outlet's with a masthead word") {
  const Scored s = Score(
      "Procter & Gamble said it would close the plant. An AT&T spokesman said the outage was over. Nick Daniloff, "
      "a reporter for U.S. News & World Report, was arrested in Moscow. \u201cIt was hard,\u201d Mr. Daniloff said. "
      "Trump & Clinton said the debate was rigged.");
  CheckSources(s, {{"it would close the plant", "Procter & Gamble", "Procter & Gamble", "organisation"},
                   {"the outage was over", "An AT&T spokesman", "AT&T", "anonymous"},
                   {"It was hard,", "Nick Daniloff", "U.S. News & World Report", nullptr}});
  const Scored outlet = Score("U.S. News & World Report said the ranking was fair.");
  CheckSources(outlet, {{"the ranking was fair", "U.S. News & World Report", "U.S. News & World Report", "outlet"}});
  const Source* pair = s.SourceOf(s.ByContent("the debate was rigged"));
  REQUIRE(pair != nullptr);
  CHECK(pair->name.find('&') == std::string::npos);
}

TEST_CASE("one or another before a noun phrase is that phrase, each lone one is someone else, and no one speaks not") {
  const Scored s = Score(
      "The party is joining the lawsuit, according to one of his senior aides. \u201cThey will corrupt it,\u201d "
      "wrote one commenter. One such document, obtained by reporters, includes a clause. \u201cBad,\u201d one "
      "wrote. Another wrote: \u201cGood.\u201d \u201cWow,\u201d another tweeted. No one knows what the field will "
      "look like. Nobody said a word about it. \u201cWe will win,\u201d added one unaligned Florida Republican "
      "strategist.");
  CheckSourcePhrases(s, {{"joining the lawsuit", "one of his senior aides"},
                         {"They will corrupt it", "one commenter"},
                         {"We will win", "one unaligned Florida Republican strategist"},
                         {"includes", "One such document"},
                         {"knows", "No one"},
                         {"said", "Nobody"}});
  const Source* aides = s.SourceOf(s.ByContent("joining the lawsuit"));
  REQUIRE(aides != nullptr);
  CHECK(aides->type == "anonymous");
  CHECK(s.SourceOf(s.ByCue("knows")) == nullptr);
  CHECK(s.SourceOf(s.ByCue("said")) == nullptr);
  const Source* bad = s.SourceOf(s.ByContent("Bad"));
  const Source* good = s.SourceOf(s.ByContent("Good"));
  const Source* wow = s.SourceOf(s.ByContent("Wow"));
  REQUIRE(bad != nullptr);
  REQUIRE(good != nullptr);
  REQUIRE(wow != nullptr);
  CHECK(bad != good);
  CHECK(good != wow);
  CHECK(bad != aides);
}

TEST_CASE("a counted thing is no one a later he stands for; a lower-case noun before a pronoun does not take it in") {
  const Scored s = Score(
      "Steve Huhn, the vice president of the company, was there. One big obstacle disappeared that spring when "
      "Michael Capellas, her counterpart at Compaq, called with an enticing offer. In a merger, he said, the brand "
      "would live. Later a student met her and told her: \u201cGo home.\u201d");
  const Source* he = s.SourceOf(s.ByContent("the brand would live"));
  REQUIRE(he != nullptr);
  CHECK(he->name.find("obstacle") == std::string::npos);
  const Attribution* told = s.ByCue("told");
  REQUIRE(told != nullptr);
  CHECK(s.Slice(told->source).find("met") == std::string::npos);
}

TEST_CASE("a confidant, a loyalist, allies or a commenter are someone of their own, with whom they stand") {
  const Scored s = Score(
      "Donald Trump spoke on Monday. \u201cTrump is bigger than the party,\u201d said one Trump confidant. Hillary "
      "Clinton spoke too. Some Clinton allies suggested she would win. Cruz backers stood quietly and watched the "
      "footage.");
  CheckSources(s, {{"Trump is bigger", "one Trump confidant", "Trump", "anonymous"},
                   {"she would win", "Some Clinton allies", "Clinton", "anonymous"}});
  const Attribution* watched = s.ByCue("watched");
  REQUIRE(watched != nullptr);
  CHECK(s.Slice(watched->source) == "Cruz backers");
}

TEST_CASE("the audience of speaking or talking to is not who speaks; the people before it are") {
  const Scored s = Score(
      "The agents were busy. Another intelligence source speaking to Fox News said, \u201cThe agents are "
      "investigating.\u201d");
  CheckSourcePhrases(s, {{"The agents are investigating", "Another intelligence source speaking to Fox News"}});
  const Source* source = s.SourceOf(s.ByContent("The agents are investigating"));
  REQUIRE(source != nullptr);
  CHECK(source->type == "anonymous");
  CHECK(source->affiliation.empty());
}

TEST_CASE("the object of a participle after people or a body is not who speaks; the people or the body are") {
  const Scored s = Score(
      "Democrats supporting Mrs. Clinton have pointed to her record. A witness interviewed by congressional staff "
      "said the order was unusual. An independent group backing Kasich said the ads were false. Walter Energy, "
      "another mining company that had declared bankruptcy, paid nothing.");
  CheckSourcePhrases(s, {{"have pointed to", "Democrats supporting Mrs. Clinton"},
                         {"the order was unusual", "A witness interviewed by congressional staff"},
                         {"the ads were false", "An independent group backing Kasich"}});
  const Source* group = s.SourceOf(s.ByContent("the ads were false"));
  REQUIRE(group != nullptr);
  CHECK(group->type == "organisation");
  CHECK(group->affiliation.empty());
  CHECK(s.SourceNamed("Kasich") == nullptr);
  // A cue inside that phrase reports no further than it.
  const Attribution* backing = s.ByCue("backing");
  if (backing != nullptr) CHECK(s.Slice(backing->content) == "Kasich");
  // After "another" the word in "-ing" is no participle: no one named "another" speaks.
  CHECK(s.SourceNamed("another") == nullptr);
}

TEST_CASE("an opening participle reports up to the comma before the main clause's subject, past a list's") {
  const Scored s = Score(
      "The rally ended. Rattling off promises to lower student debt, reform the immigration system and improve "
      "education, Clinton promised a country of new opportunities. After talking about security, Mr. Netanyahu "
      "suggested that they walk to the attack site. Citing \u201cobligations in Tennessee,\u201d the spokeswoman "
      "declined.");
  CheckSourcePhrases(s, {{"Rattling off promises", "Clinton"}, {"talking about", "Mr. Netanyahu"}});
  CheckContents(s, {{"Rattling off promises", "to lower student debt, reform the immigration system and improve "
                                              "education"},
                    {"talking about", "security"},
                    {"Citing", "obligations in Tennessee"}});
}

TEST_CASE("a name before a prepositional phrase that ends right before the cue is its subject") {
  const Scored s = Score(
      "The bank apologized. Last week Stumpf in a televised interview appeared to blame low-level workers. Two "
      "House Committees on Monday asked the Justice Department to investigate.");
  CheckSourcePhrases(s, {{"appeared to blame", "Stumpf"}, {"the Justice Department", "Two House Committees"}});
  CheckSourceTypes(s, {"the Justice Department"}, "organisation");
  // Not a preposition's object: "the streets of North Philadelphia on Tuesday afternoon".
  const Scored place = Score(
      "The protest grew. Activists took to the streets of North Philadelphia on Tuesday afternoon to raise concerns "
      "about police brutality.");
  CheckNoSourceNamed(place, {"North", "North Philadelphia", "Philadelphia"});
}

TEST_CASE("a verb after a relative clause set off after the phrase opening the sentence is that phrase's") {
  const Scored s = Score(
      "The campaign sued. The complaint, which was filed in federal district court in Washington, alleged that "
      "the DNC failed to secure its data.");
  CheckSourcePhrases(s, {{"the DNC failed to secure its data", "The complaint"}});
  const Source* complaint = s.SourceOf(s.ByContent("the DNC failed to secure its data"));
  REQUIRE(complaint != nullptr);
  CHECK(complaint->type == "document");
}

TEST_CASE("the agent of a participle after a plural is who acts, whatever word opens it") {
  const Scored s = Score(
      "The field was crowded with establishment-friendly candidates backed by big-bucks super PACs. Families want "
      "programs, including ones offered by private schools. Rivals responded by attacking him.");
  CheckSourcePhrases(s, {{"backed", "big-bucks super PACs"}, {"offered", "private schools"}});
  CheckNoSourceNamed(s, {"candidates", "ones"});
  // Not a participle in "-ing" after "by": "responded by attacking".
  const Attribution* responded = s.ByCue("responded");
  if (responded != nullptr) CHECK(s.Slice(responded->source) == "Rivals");
}

TEST_CASE("\"those\" a participle's agent follows speaks, and the people of whom they are") {
  const Scored s = Score(
      "The storm passed. Those affected by the storm said they had no power. On Friday, families of those "
      "affected by mass shootings urged the senator to apologize. Residents displaced by the fire said they were "
      "angry.");
  CheckSourcePhrases(s, {{"they had no power", "Those affected by the storm"},
                         {"the senator to apologize", "families of those affected by mass shootings"},
                         {"they were angry", "Residents"}});
  CheckSourceTypes(s, {"they had no power", "the senator to apologize"}, "anonymous");
  CheckNoSourceNamed(s, {"the storm", "shootings", "the fire"});
}

TEST_CASE("a document before a participle's by speaks unless the participle's agent wrote it") {
  const Scored s = Score(
      "Costs rose. Emails obtained by The Hill show that he knew. A report released by the Brookings Institution "
      "last year estimated that costs would double. Documents combed through by Vox suggest that Oz lied.");
  CheckSourcePhrases(s, {{"he knew", "Emails obtained by The Hill"},
                         {"costs would double", "the Brookings Institution"},
                         {"Oz lied", "Documents combed through by Vox"}});  // past the participle's particle
  const Source* emails = s.SourceOf(s.ByContent("he knew"));
  REQUIRE(emails != nullptr);
  CHECK(emails->type == "document");
  CHECK(emails->affiliation.empty());
}

TEST_CASE("a gallery, a theater or a hotel named in capitals is an organisation, not a person") {
  const Scored s = Score(
      "A gallery is moving. Allouche Gallery, formerly at 115 Spring St. in SoHo, signed a lease for a space. The "
      "Plaza Hotel said it would reopen in May. Lincoln Theater said it would close.");
  CheckSourceTypes(s, {"a lease for a space", "it would reopen in May", "it would close"}, "organisation");
}

TEST_CASE("photos, images and recordings are documents; a name owning the cue after one's participle speaks") {
  const Scored s = Score(
      "The crowd fled. Photos showed mourners crouched over the dead. Turkish officials have said audio recordings "
      "show that he was killed. The photo quotes Romans 8:31.");
  for (const char* cue : {"showed", "show", "quotes"}) {
    CAPTURE(cue);
    const Source* source = s.SourceOf(s.ByCue(cue));
    REQUIRE(source != nullptr);
    CHECK(source->type == "document");
  }
  const Scored christie = Score(
      "Obama put his hand on his shoulder in what became known as a hug -- an image cemented by Christie's "
      "effusive praise of Obama's storm response.");
  CheckSourcePhrases(christie, {{"effusive praise of", "Christie"}});
}

TEST_CASE("a document speaks, not whom it is addressed to; it before a modal and be is no one") {
  const Scored s = Score(
      "Sanders\u2019 fundraising email to his supporters notes that Jane Kim is running. It should also be noted "
      "that the email asks for money.");
  const Source* email = s.SourceOf(s.ByContent("Jane Kim is running"));
  REQUIRE(email != nullptr);
  CHECK(email->type == "document");
  CHECK(s.SourceNamed("his supporters") == nullptr);
  const Attribution* noted = s.ByContent("the email asks for money");
  REQUIRE(noted != nullptr);
  CHECK(noted->source_id < 0);
}

TEST_CASE("called, named, dubbed or known as giving a thing its name is no attribution; calling someone something is") {
  const Scored s = Score(
      "An anti-Trump super PAC called Our Principles spent heavily. The program, called EB-5, allows investors in. "
      "Members of the group, named after Abraham Lincoln, met. Agents reopened the inquiry, known internally as "
      "Midyear Exam, in October. The resort, now called Trump National Doral, is "
      "large. Cruz, a senator, called Trump a liar. Texas Sen. Ted Cruz, who has surged in Iowa, named "
      "\u201cCriminal Minds,\u201d a crime drama, as his favorite show. The president called Clinton a liar.");
  std::vector<std::string> contents;
  for (const Attribution& a : s.report.attributions) contents.push_back(s.Slice(a.content));
  CHECK(contents == std::vector<std::string>{"Trump a liar", "Criminal Minds,", "Clinton a liar"});
  CheckSourcePhrases(s, {{"Trump a liar", "Cruz"},
                         {"Criminal Minds", "Texas Sen. Ted Cruz"},
                         {"Clinton a liar", "The president"}});
}

TEST_CASE("Said in capitals inside a sentence before a name is a given name, unless a name comes before it") {
  const Scored s = Score(
      "Recently a spokesman in Tunisia named Said Khecharem spoke at a rally. If Said Khecharem were a Christian, "
      "they would object. Meanwhile, Said Khecharem and others cheered. Trump Said Mexico Will Pay.");
  std::vector<std::string> cues;
  for (const Attribution& a : s.report.attributions) cues.push_back(s.Slice(a.cue));
  CHECK(cues == std::vector<std::string>{"Said"});
  CheckSourcePhrases(s, {{"Mexico Will Pay", "Trump"}});
}

TEST_CASE("an accord, an agreement or a pact is a document") {
  const Scored s = Score("The rare accord calls on all nations to act. The trade pact says tariffs fall.");
  CheckSourceTypes(s, {"all nations to act", "tariffs fall"}, "document");
}

TEST_CASE("a body known only by a generic noun, with or without a determiner, is no affiliation") {
  const Scored s = Score(
      "Sanders won the state. His organization says the vote was fair. So far, no terrorist organization has "
      "claimed responsibility.");
  for (const char* name : {"His organization", "organization"}) {
    CAPTURE(name);
    const Source* body = s.SourceNamed(name);
    REQUIRE(body != nullptr);
    CHECK(body->type == "organisation");
    CHECK(body->affiliation.empty());
  }
}

TEST_CASE("a participle after and is the nearest participle's; a verb after and and a prepositional phrase is its subject's") {
  const Scored s = Score(
      "Republicans were quick to chime in, with Donald Trump tweeting that it was a \u201cdisaster\u201d and "
      "asking, \u201cHow can someone be president?\u201d The employee first said he did not recall the deletions, "
      "but in a later interview said he had a moment of doubt. At the rally, the senator spoke and at one point the "
      "crowd loudly reprised the chant of \u201cLock her up.\u201d");
  const Source* asking = s.SourceOf(s.ByCue("asking"));
  REQUIRE(asking != nullptr);
  CHECK(asking->name == "Donald Trump");
  const Attribution* later = s.ByCue("said");
  REQUIRE(later != nullptr);
  CHECK(s.Slice(later->source) == "The employee");
  CHECK(s.Slice(later->content) == "he had a moment of doubt");
  const Attribution* reprised = s.ByCue("loudly reprised");
  REQUIRE(reprised != nullptr);
  CHECK(s.Slice(reprised->source) == "the crowd");
}

TEST_CASE("a quotation before a description and the name in apposition is what the name says") {
  const Scored s = Score(
      "The ads ran. “These ads give voice to doubts,” the coalition's executive director, Matt Brooks, said in a "
      "written statement Wednesday. “The program deserves a close look,” the White House press secretary, Josh "
      "Earnest, said on Thursday. "
      // Kept: words after a quotation before a source that is no name in apposition.
      "In his new book, ''Doomed to Succeed,'' and in an interview, Mr. Ross said Mr. Obama had erred. The "
      "debate is over the “freedom of speech of a member,” not the stance of the caucus, Pelosi said.");
  CheckContents(s, {{"said", "These ads give voice to doubts,"}});
  CheckSourcePhrases(s, {{"The program deserves a close look", "Josh Earnest"},
                         {"Mr. Obama had erred", "Mr. Ross"},
                         {"the stance of the caucus", "Pelosi"}});
  // The other order: the name, then the description right before the cue.
  const Scored named_first = Score("The talks stalled. “We will not accept this,” Dmitry S. Peskov, the Kremlin "
                                   "spokesman told reporters on Monday.");
  CheckContentsHolding(named_first, {{"We will not accept this", "We will not accept this,"}});
  const Source* peskov = named_first.SourceOf(named_first.ByContent("We will not accept this"));
  REQUIRE(peskov != nullptr);
  CHECK(peskov->name == "Dmitry S. Peskov");
}

TEST_CASE("a quotation ending the sentence before an attribution with a clause of its own is not its content") {
  const Scored s = Score(
      "Trump asked, \u201cHow can someone be president?\u201d The aide said he did not recall the deletions. "
      "\u201cWe will win.\u201d Smith said on Tuesday.");
  CheckContents(s, {{"said", "he did not recall the deletions"}});
  const Attribution* smith = s.ByContent("We will win");
  REQUIRE(smith != nullptr);
  CHECK(s.Slice(smith->source) == "Smith");
}

TEST_CASE("an opening clause before the source is not the content when the attribution reports a clause after it") {
  const Scored s = Score(
      "Moments earlier, in his opening remarks, Trump said he was ideally suited for the presidency. If he does not "
      "succeed there, Sanders said he will bring amendments to the floor. The economy grew faster than expected, "
      "Yellen said on Tuesday.");
  CheckSourcePhrases(s, {{"he was ideally suited", "Trump"}, {"he will bring amendments", "Sanders"},
                         {"The economy grew", "Yellen"}});
  for (const Attribution& a : s.report.attributions) {
    CHECK(s.Slice(a.content).find("Moments earlier") == std::string::npos);
    CHECK(s.Slice(a.content).find("If he does not") == std::string::npos);
  }
}

TEST_CASE("a subordinate clause opening the sentence before a closing attribution is not its content") {
  const Scored s = Score(
      "Though his plan would cut more than $4 trillion in taxes, one study found Trump would raise taxes on 8 "
      "million Americans. While Democrats have pushed for new talks, Cornyn told reporters this was the only chance.");
  CheckSourcePhrases(s, {{"Trump would raise taxes", "one study"}});
  for (const Attribution& a : s.report.attributions) {
    CHECK(s.Slice(a.content).find("Though his plan") == std::string::npos);
    CHECK(s.Slice(a.content).find("While Democrats") == std::string::npos);
  }
}

TEST_CASE("the person told before that leads to the content; an adverb may open a subordinate clause") {
  const Scored s = Score(
      "With a tweet featuring an image of the flag, Abbott told the president that he should come and take it. "
      "Even if the venture proves short-lived, Mr. Morgan said, he has already done a good deal of work.");
  CheckContents(s, {{"told", "he should come and take it"}, {"said", "he has already done a good deal of work"}});
}

TEST_CASE("a participle cue opening its sentence reports what stands before its comma") {
  const Scored s = Score(
      "The race tightened. Emphasizing the urgency of the matter, Trump said, \u201cWe are not going to have a "
      "country.\u201d Citing an article in the Times, the group accused Schumer of silence.");
  CheckContents(s, {{"Emphasizing", "the urgency of the matter"}, {"Citing", "an article in the Times"}});
}

TEST_CASE("a participle after a comma, an adverb or a quoted title reports what follows it when words follow") {
  const Scored s = Score(
      "\u201cWe are not joining in,\u201d Devine said, instead seeking to focus on the big differences. \u201cHe is "
      "a former president,\u201d Fiorina told \u201cFox and Friends,\u201d reminding the hosts that Trump had "
      "attacked Bush.");
  CheckContents(s, {{"seeking to focus on", "the big differences"}});
  const Attribution* reminding = s.ByCue("reminding");
  REQUIRE(reminding != nullptr);
  CHECK(s.Slice(reminding->content) == "the hosts that Trump had attacked Bush");
  const Source* fiorina = s.SourceOf(reminding);
  REQUIRE(fiorina != nullptr);
  CHECK(fiorina->name == "Fiorina");
}

TEST_CASE("after a relative clause set off by commas the cue is the subject's; a content ends before its next cue") {
  const Scored s = Score(
      "Markets fell. The venture capitalist Marc Andreessen, who backed Mr. Romney in 2012, said on Twitter that "
      "Trump was wrong. GOP front-runner Donald Trump - who previously said he would bomb the oil fields seized by "
      "the Islamic State - said Monday he would do it. Lazar said he welcomed extradition and added that he would "
      "fight it.");
  CheckSourcePhrases(s, {{"Trump was wrong", "Marc Andreessen"},
                         {"he would do it", "GOP front-runner Donald Trump"}});
  CHECK(s.SourceNamed("Islamic State") == nullptr);
  CheckContents(s, {{"backed", "Mr. Romney in 2012"}});
  const Attribution* said = s.ByContent("he welcomed extradition");
  REQUIRE(said != nullptr);
  CHECK(s.Slice(said->content) == "he welcomed extradition");
}

TEST_CASE("the content follows a cue with an object or a clause of its own, not a quotation or adverbial before it") {
  const Scored s = Score(
      "Trump spoke. \u201cHe is a little senator.\u201d He mocked Rubio for not having won a single state. "
      "\u201cWe will win.\u201d Bush pinned his hopes on South Carolina. In an interview, Deacon had nothing bad to "
      "say about Sanders. Following weak showings in Iowa, Kasich told supporters. The leader spoke. \u201cIt shows "
      "a lack of character.\u201d Reid said both Rubio and Cruz are weak. Trump asserted that France had lost its "
      "identity: \u201cFrance is no longer France.\u201d");
  const std::pair<const char*, const char*> expected[] = {
      {"mocked", "Rubio for not having won a single state"},
      {"pinned his hopes on", "South Carolina"},
      {"had nothing bad to say about", "Sanders"},
      {"told", "supporters"},
      {"asserted", "France had lost its identity"}};
  for (const auto& cue_and_content : expected) {
    const char* cue = cue_and_content.first;
    CAPTURE(cue);
    const Attribution* a = s.ByCue(cue);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->content).rfind(cue_and_content.second, 0) == 0);
  }
  const Attribution* reid = s.ByContent("both Rubio and Cruz are weak");
  REQUIRE(reid != nullptr);
  CHECK(s.Slice(reid->source) == "Reid");
  // "That said," opening a sentence is a set phrase, no one speaking.
  const Scored set_phrase = Score(
      "That said, Cruz cannot realistically get enough delegates to win the nomination outright at this point. He "
      "would probably need to win it on the convention floor.");
  CHECK(set_phrase.ByCue("said") == nullptr);
}

TEST_CASE("a quantifier before the document that ends the phrase makes it no vague person") {
  const Scored s = Score(
      "Several polls show Sanders within reach. One poll showed Clinton ahead in Ohio. Even so, some GOP figures "
      "declared that the race was over. One research firm said growth had stalled.");
  CheckSources(s, {{"Sanders within reach", "Several polls", nullptr, "document"},
                   {"Clinton ahead", "One poll", nullptr, "document"},
                   {"growth had stalled", "One research firm", nullptr, "anonymous"}});
  const Source* figures = s.SourceOf(s.ByContent("the race was over"));
  REQUIRE(figures != nullptr);
  CHECK(figures->type != "document");
}

TEST_CASE("what follows a cue with no verb that closes a reported clause is its content, not the clause before the comma") {
  const Scored s = Score(
      "Pressed again about the vice-president chatter, Perez just starts talking about baseball. Like Mr. Sanders, "
      "she has criticized the trade deal. The economy grew faster than expected, Yellen said on Tuesday.");
  const Attribution* talking = s.ByCue("just starts talking about");
  if (talking == nullptr) talking = s.ByCue("starts talking about");
  if (talking == nullptr) talking = s.ByCue("talking about");
  REQUIRE(talking != nullptr);
  CHECK(s.Slice(talking->content) == "baseball");
  const Attribution* criticized = s.ByCue("has criticized");
  if (criticized == nullptr) criticized = s.ByCue("criticized");
  REQUIRE(criticized != nullptr);
  CHECK(s.Slice(criticized->content) == "the trade deal");
  CheckContents(s, {{"said", "The economy grew faster than expected"}});
}

TEST_CASE("a participle after a comma reports what follows it; a quotation after a colon beats one ending the sentence before") {
  const Scored s = Score(
      "\u201cWe have come a long way,\u201d he said, noting that he had trailed by 50 points. \u201cThe staff is "
      "busy with the final stretch.\u201d He added: \u201cMy senior team remains in place.\u201d The president "
      "noted that he taught law, and added: \u201cI know a little about this.\u201d");
  CheckContents(s, {{"noting", "he had trailed by 50 points"}});
  const Attribution* added = s.ByCue("added:");
  if (added == nullptr) added = s.ByCue("added");
  REQUIRE(added != nullptr);
  CHECK(s.Slice(added->content).find("My senior team") != std::string::npos);
  const Attribution* noted = s.ByCue("noted");
  REQUIRE(noted != nullptr);
  CHECK(s.Slice(noted->content).find("he taught law") != std::string::npos);
}

TEST_CASE("reported content ends before a semicolon or a comma that opens another clause") {
  const Scored s = Score(
      "The employee first said he did not recall the deletions, but in a later interview said he had a moment of "
      "doubt. The president downplayed the news on Saturday, saying he had never met the man. Polls found 74 "
      "percent back the plan; 26 percent oppose it.");
  CheckContents(s, {{"first said", "he did not recall the deletions"},
                    {"downplayed", "the news on Saturday"},
                    {"found", "74 percent back the plan"}});
}

TEST_CASE("an adjunct or the person told leads in to what is said and is not part of it") {
  const Scored s = Score(
      "Jones told reporters on Monday that the plan was dead. Brown said on Monday, based on the current count, the "
      "nominee would lose. Green said the plan that Trump proposed would fail.");
  CheckContents(s, {{"told", "the plan was dead"}});
  const Attribution* brown = s.ByContent("the nominee would lose");
  REQUIRE(brown != nullptr);
  CHECK(s.Slice(brown->content) == "based on the current count, the nominee would lose");
  const Attribution* green = s.ByContent("would fail");
  REQUIRE(green != nullptr);
  CHECK(s.Slice(green->content) == "the plan that Trump proposed would fail");
}

TEST_CASE("a body known only by a generic noun is no affiliation") {
  const Scored s = Score(
      "The commission said the rules were clear. An independent group said it raised money. The Washington Post "
      "reported the story.");
  CheckSources(s, {{"the rules were clear", "The commission", "", "organisation"},
                   {"it raised money", "An independent group", "", "organisation"}});
  const Source* post = s.SourceNamed("The Washington Post");
  REQUIRE(post != nullptr);
  CHECK(post->affiliation == "The Washington Post");
}

TEST_CASE("the campaign no source named before is the one the text last writes after a name") {
  const Scored s = Score(
      "Reporters asked whether Sen. Ted Cruz disavowed the endorsement. Officials at the Sanders campaign were busy. "
      "Later the campaign said it raised $5 million. The Clinton campaign said it was fine. The campaign added "
      "that it was happy.");
  CheckSources(s, {{"it raised $5 million", "Sanders campaign", "Sanders campaign", "organisation"},
                   {"it was happy", "Clinton campaign", "Clinton campaign", "organisation"}});
}

TEST_CASE("an attribution that opens and ends its sentence introduces the quotation opening the next one") {
  const Scored s = Score(
      "The vote was close. Iowa State University's Dianne Bystrom agreed. \u201cMainstream Republicans are running "
      "out of time,\u201d she added later. The governor brushed off these concerns. \u201cWe will win,\u201d he "
      "said.");
  CheckContents(s, {{"agreed", "Mainstream Republicans are running out of time,"}, {"brushed off", "these concerns"}});
}

TEST_CASE("one lower-case word after a modal is a verb, not who speaks; a pronoun there is a question's subject") {
  const Scored s = Score(
      "The court ruled on Monday. But, legal nuances aside, Republicans can reasonably campaign saying that they won "
      "this legal battle. The outcome is stark: Would they prefer an Obama nominee?");
  CheckSourcePhrases(s, {{"they won this legal battle", "Republicans"}});
  for (const Attribution& a : s.report.attributions) CHECK(s.Slice(a.source) != "campaign");
}

TEST_CASE("a body's name runs on through \"of\" or \"for\" after the cue, and a state's department is its own") {
  const Scored s = Score(
      "Jobs fell, according to the Bureau of Labor Statistics. Donations rose, according to the Center for "
      "Responsive Politics. Revenue fell, according to the state Division of Gaming Enforcement. Costs rose, "
      "the state Department of Health said.");
  CheckSourcePhrases(s, {{"Jobs fell", "the Bureau of Labor Statistics"},
                         {"Donations rose", "the Center for Responsive Politics"},
                         {"Revenue fell", "the state Division of Gaming Enforcement"},
                         {"Costs rose", "the state Department of Health"}});
  CheckSources(s, {{"Jobs fell", "Bureau of Labor Statistics", nullptr, "organisation"},
                   {"Donations rose", "Center for Responsive Politics", nullptr, "organisation"},
                   {"Revenue fell", "Division of Gaming Enforcement", nullptr, "organisation"},
                   {"Costs rose", "Department of Health", nullptr, "organisation"}});
}

TEST_CASE("whom a spokesperson speaks for may be a long name") {
  const Scored s = Score("A spokesman for the Jewish Community Relations Council of New York, which organizes the "
                         "parade, did not respond to requests for comment.");
  const Source* src = s.SourceOf(s.ByCueOrContent("did not respond"));
  REQUIRE(src != nullptr);
  CHECK(src->name == "A spokesman for the Jewish Community Relations Council of New York");
  CHECK(src->affiliation == "Jewish Community Relations Council of New York");
}

TEST_CASE("unnamed news outlets are a vague source") {
  const Scored s = Score("Cruz won the primary, according to three television networks. Two hours later, news outlets "
                         "declared him the victor.");
  CheckSourcePhrases(s, {{"Cruz won the primary", "three television networks"}, {"declared", "news outlets"}});
  CheckSources(s, {{"Cruz won the primary", "three television networks", "", "anonymous"}});
}

TEST_CASE("a text, a translation, a draft or an excerpt is a document") {
  const Scored s = Score("The original Latin text does not say that. Officials helped them, according to an English "
                         "translation published by Al Arabiya. The deal was off, according to a draft copy.");
  CheckSources(s, {{"Officials helped them", "an English translation", nullptr, "document"},
                   {"The deal was off", "a draft copy", nullptr, "document"}});
  const Source* text = s.SourceOf(s.ByCueOrContent("say"));
  REQUIRE(text != nullptr);
  CHECK(text->type == "document");
}

TEST_CASE("fans, mourners, relatives and other unnamed groups are vague sources, not the person they follow") {
  const Scored s = Score("Bernie Sanders spoke in Iowa. Sanders fans told reporters that the rally was loud. Keith "
                         "Scott died on Tuesday. The latest: Mourners say it was unclear.");
  CheckSourcePhrases(s, {{"the rally was loud", "Sanders fans"}, {"it was unclear", "Mourners"}});
  CheckSources(s, {{"the rally was loud", "Sanders fans", "Sanders", "anonymous"},
                   {"it was unclear", "Mourners", "", "anonymous"}});
}

TEST_CASE("a bare surname's role belongs to the person named first, not to a relative named later") {
  const Document doc = AnalyzeText("Donald J. Trump spoke on Monday. Republican presidential candidate Trump said he "
                                   "learned a lot. The case of Freddy Trump is sad.",
                                   TextOptions{false});
  const std::vector<uint32_t> names = NameTokens(doc);
  MentionCompleter completer(doc, ShippedSourceLexicon(), names);
  uint32_t freddy = 0;
  while (freddy < doc.tokens.size() && doc.Norm(doc.tokens[freddy]) != "freddy") ++freddy;
  REQUIRE(freddy + 1 < doc.tokens.size());
  SourceMention brother = ReadSourceMention(doc, ShippedSourceLexicon(), freddy + 1, 0, 0);
  REQUIRE(brother.name == "Freddy Trump");
  completer.Complete(&brother);
  CHECK(brother.role.empty());
  // The person named first takes it.
  SourceMention candidate = ReadSourceMention(doc, ShippedSourceLexicon(), 2, 0, 0);
  REQUIRE(candidate.name == "Donald J. Trump");
  completer.Complete(&candidate);
  CHECK(candidate.role == "presidential candidate");
}

TEST_CASE("given names from many languages tell a pronoun whom it cannot be") {
  for (const char* given : {"Raj", "Sadiq", "Dmitry", "Joaquin", "Wolfgang"}) {
    const std::string text = std::string(given) + " Shah said the paper was biased. During the primaries, the Times "
                             "gave Clinton a glowing endorsement: She has long been an advocate for women. She knows "
                             "the gritty specifics of health care.";
    CAPTURE(text);
    const Scored s = Score(text);
    const Attribution* a = s.ByCue("knows");
    REQUIRE(a != nullptr);
    const Source* src = s.SourceOf(a);
    CHECK((src == nullptr || src->name.find("Shah") == std::string::npos));
  }
}

TEST_CASE("a clause opened by a past participle between the subject and the cue does not speak") {
  const Scored s = Score(
      "The message, sent to Chief of Staff Cheryl Mills and forwarded to Clinton, called it critical that she "
      "speak. The Pentagon chief, nicknamed \u201cMad Dog Mattis\u201d during his time as a Marine, echoed the "
      "call for more troops.");
  CheckSourcePhrases(s, {{"called", "The message"}, {"echoed", "The Pentagon chief"}});
}

TEST_CASE("a \"who\" after an apposition stands for the person the apposition describes") {
  const Scored s = Score(
      "\u201cIt is troubling,\u201d said James Renacci, a Republican candidate in Ohio\u2019s 16th District, who said "
      "people at a meeting were furious. His comments were derided by Armin Laschet, the leader of the opposition in "
      "North-Rhine Westphalia, who suggested that the minister resign.");
  CheckSourcePhrases(s, {{"people at a meeting were furious", "who"}, {"suggested", "who"}});
  CheckSources(s, {{"people at a meeting were furious", "James Renacci", nullptr, nullptr}});
  const Source* laschet = s.SourceOf(s.ByCueOrContent("suggested"));
  REQUIRE(laschet != nullptr);
  CHECK(laschet->name == "Armin Laschet");
}

TEST_CASE("a quantifier before a preposition is the speaker, not the preposition's object") {
  const Scored s = Score(
      "Some on the House Foreign Affairs Committee also called for sanctions. But few on either side of the debate "
      "think the tax will ever go into effect. Those in the room said the tax was wrong. As many in the audience sat "
      "stunned, Trump suggested that he might lose.");
  CheckSourcePhrases(s, {{"sanctions", "Some on the House Foreign Affairs Committee"},
                         {"the tax will ever go into effect", "few on either side of the debate"},
                         {"the tax was wrong", "Those in the room"},
                         {"he might lose", "Trump"}});
  CheckSources(s, {{"sanctions", "Some on the House Foreign Affairs Committee", "House Foreign Affairs Committee",
                    "anonymous"}});
}

TEST_CASE("a relative clause after the subject reports up to the comma before the sentence's verb") {
  const Scored s = Score(
      "Obama, who welcomed world leaders to the White House for a working dinner, held private meetings. "
      "Cardinal O'Malley, whose spokesman referred questions to the Vatican, has earned respect. "
      "His comments were derided by Armin Laschet, who suggested that Mr. Jager, under fire for the failures, "
      "would do better to keep quiet. Former Obama operatives, who see Clinton as tough, smart and ready, have been "
      "supportive.");
  CheckContents(s, {{"see", "Clinton as tough, smart and ready"},
                    {"welcomed", "world leaders to the White House for a working dinner"},
                    // a relative clause ending the sentence keeps its commas
                    {"suggested", "Mr. Jager, under fire for the failures, would do better to keep quiet"}});
  const Attribution* referred = s.ByCueOrContent("the Vatican");
  REQUIRE(referred != nullptr);
  CHECK(s.Slice(referred->content).find("has earned") == std::string::npos);
  const Source* spokesman = s.SourceOf(referred);
  REQUIRE(spokesman != nullptr);
  CHECK(spokesman->affiliation == "O'Malley");  // whom "whose" stands for
}

TEST_CASE("a cue in a clause opening the sentence reports up to the clause's comma") {
  const Scored s = Score(
      "When he was questioned about the dispute on ABC News, his response focused on the silence. While Rubio "
      "talked about taxes, health care, immigration, and national security, he offered few details. Asked about "
      "that vote specifically, Mark-Viverito pointed to the licenses. As Henry Sire wrote in his book, the pope "
      "surrounds himself with weak men. Rattling off promises to lower debt, reform immigration and improve "
      "schools, Clinton promised change.");
  const Attribution* rattling = s.ByCueOrContent("lower debt");
  REQUIRE(rattling != nullptr);
  CHECK(s.Slice(rattling->content) == "to lower debt, reform immigration and improve schools");
  CheckContents(s, {{"was questioned about", "the dispute on ABC News"},
                    // a list's commas do not close the clause
                    {"talked about", "taxes, health care, immigration, and national security"},
                    {"Asked about", "that vote specifically"},
                    // an "as" clause is the attribution; the sentence is what it says
                    {"wrote", "the pope surrounds himself with weak men"}});
}

TEST_CASE("a reported clause ends before \"and\" opens another with its own subject and verb") {
  const Scored s = Score("Leaders issued statements condemning the coordinated attacks, and none has said they want "
                         "troops. Sanders said the tax was fair, and he insisted at a rally that he would stay.");
  CheckContents(s, {{"said", "the tax was fair"}});
}

TEST_CASE("a subordinate clause after an opening adverbial is still the sentence's opening clause") {
  const Scored s = Score("In a debate, while rivals called for a bigger effort, Trump hewed to the approach, noting "
                         "that the two are enemies.");
  CheckContents(s, {{"called for", "a bigger effort"}});
  CheckSourcePhrases(s, {{"the two are enemies", "Trump"}});
}

TEST_CASE("the subject of a clause comes after an opening adverbial and a subordinate clause") {
  const Scored s = Score("Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked "
                         "straight into my camera, furrowed his brow and said, \u201cI am gonna endorse YOU!\u201d");
  CheckSourcePhrases(s, {{"I am gonna endorse YOU!", "he"}});
}

TEST_CASE("a phrase after a verb of saying that its own verb follows is what is said, not who says it") {
  const Scored s = Score(
      "A news report published Wednesday said Defense Secretary Ash Carter used a personal email account. Speaking "
      "on Sunday, Sen. Jim DeMint would not go that far but said Steele must apologize to the troops. Clinton "
      "is ahead 46 percent to 39 percent according to a CBS poll released Monday.");
  CheckSourcePhrases(s, {{"Defense Secretary Ash Carter used", "A news report"},
                         {"Steele must apologize", "Sen. Jim DeMint"},
                         {"according to", "a CBS poll"}});
  // "according to" reports the clause before it, with or without a comma.
  CheckContents(s, {{"according to", "Clinton is ahead 46 percent to 39 percent"}});
}

TEST_CASE("a lower-case noun right before \"Mr.\" or \"Mrs.\" opens a clause about it, not the speaker's phrase") {
  const Scored s = Score("Mr. Khan spoke on Sunday. He held up the proposal as typical of a campaign Mr. Khan has "
                         "called bigoted. The Republican strategist Mr. Smith said the race was over.");
  CheckSourcePhrases(s, {{"bigoted", "Mr. Khan"}, {"the race was over", "The Republican strategist Mr. Smith"}});
  // So does a noun for a document or a body before a one-word name (not a kind of body naming it).
  const Scored bare = Score("Kelly Ayotte is running. This is not the kind of campaign Ayotte hoped to be running. "
                            "Antonio Silva was a civil engineer based in Johannesburg, Portuguese newspaper Correio de "
                            "Manha reports. The group Greenpeace said the plan failed.", "");
  CheckSourcePhrases(bare, {{"hoped", "Ayotte"},
                            {"reports", "Portuguese newspaper Correio de Manha"},
                            {"the plan failed", "The group Greenpeace"}});
}

TEST_CASE("a place named twice gives no person its last word for a surname") {
  const Scored s = Score("The resort was subsidized by United States taxpayers. As a United States territory, it "
                         "cannot take shelter in bankruptcy. States typically decentralize their finances. Its job "
                         "is \u201creally a combination of things,\u201d she said.");
  const Attribution* said = s.ByCue("said");
  REQUIRE(said != nullptr);
  CHECK(s.SourceOf(said) == nullptr);  // no one named is "she"
  CHECK(s.SourceNamed("United States") == nullptr);
}

TEST_CASE("a word capitalized only by opening the sentence before a side's word or a count names no one") {
  const Scored s = Score("Disconsolate Republican operatives said the race was lost. Nearly nine out of 10 say they "
                         "will need new skills. Nearly 40 percent say they are fine.");
  for (const char* name : {"Disconsolate Republican operatives", "Nearly nine out of 10", "Nearly 40 percent"}) {
    const Source* src = s.SourceNamed(name);
    REQUIRE_MESSAGE(src != nullptr, name);
    CHECK(src->type == "anonymous");
  }
  CHECK(s.SourceNamed("Disconsolate") == nullptr);
  CHECK(s.SourceNamed("Nearly") == nullptr);
}

TEST_CASE("a name's possessive or a number before the lower-case words of a phrase of people is part of it") {
  const Scored s = Score("Connecticut's tax commissioner says an internal review shows no one leaked it. Many of "
                         "Germany's own defense experts want Germany to do more. She suspected drugs, something a "
                         "911 caller also told a dispatcher.");
  CheckSourcePhrases(s, {{"an internal review shows no one leaked it", "Connecticut's tax commissioner"},
                         {"Germany to do more", "Many of Germany's own defense experts"},
                         {"also told", "a 911 caller"}});
  const Source* commissioner = s.SourceNamed("Connecticut's tax commissioner");
  REQUIRE(commissioner != nullptr);
  CHECK(commissioner->affiliation == "Connecticut");
  const Scored headline = Score(
      "Obama's Gitmo plan leaves everyone unhappy.\n\nVirtually no one is impressed with the president's latest "
      "plan to close the prison, though its vagueness might relieve the Democrats running to replace him.");
  const Attribution* unhappy = headline.ByCue("unhappy");
  REQUIRE(unhappy != nullptr);
  CHECK(headline.Slice(unhappy->source) == "everyone");  // not "Obama's Gitmo plan leaves everyone"
}

TEST_CASE("a quantifier after a noun, a word capitalized after a dash and \"least\" alone are no speaker's phrase") {
  const Scored s = Score("The vote pitted Cruz and Rubio against one another in a contest both have long been "
                         "anticipating. UPDATE 2:52 p.m. -- Additional records disclosed Wednesday revealed that "
                         "expenses were large. This is the biggest and least talked about development in print.");
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    CHECK(src.name.find("contest") == std::string::npos);
    CHECK(src.name != "least");
    CHECK(src.affiliation != "Additional");
  }
  const Source* records = s.SourceNamed("Additional records");
  REQUIRE(records != nullptr);
  CHECK(records->type == "document");
}

TEST_CASE("a title-case headline's verb ends the name before it, and its colon quotes that name") {
  const Scored s = Score("Elizabeth Warren Hammers Wells Fargo CEO: "
                         "\u2018You Should Be Criminally Investigated.\u2019\n\n"
                         "Sen. Elizabeth Warren questioned Wells Fargo CEO John Stumpf at a hearing on Tuesday.",
                         "");  // no title: the first line is the headline
  const Attribution* colon = s.ByCue(":");
  REQUIRE(colon != nullptr);
  CHECK(s.Slice(colon->source) == "Elizabeth Warren");
  const Source* warren = s.SourceOf(colon);
  REQUIRE(warren != nullptr);
  CHECK(warren->name == "Elizabeth Warren");
  for (const Source& src : s.report.sources) CHECK(src.name.find("Hammers") == std::string::npos);
  const Scored topic = Score("CNN President On Trump: \u2018We Do Not Pay Candidates To Appear At Debates.\u2019\n\n"
                             "CNN President Jeff Zucker isn't paying anyone.",
                             "");  // "On" opens the topic, not the speaker
  const Attribution* on = topic.ByCue(":");
  REQUIRE(on != nullptr);
  CHECK(topic.Slice(on->source) == "CNN President");
}

TEST_CASE("a definite role of a place is the one person the text names anywhere with that role and place") {
  const Scored s = Score("Republican Marco Rubio said he supports an exception. Jeb Bush disagreed. \u201cIt's "
                         "a difficult issue,\u201d said the Florida senator. Sen. Lindsey Graham, R-S.C., said the "
                         "debate was fair. Graham has been critical of Trump. In June, the South Carolina senator "
                         "called on fellow Republicans to act. A photo showed Florida Sen. Marco Rubio at a rally.");
  CheckSourceName(s, "a difficult issue", "Marco Rubio");
  CheckSourceName(s, "called on", "Lindsey Graham");  // "R-S.C." is South Carolina's tag
}

TEST_CASE("\"the Republican incumbent\" is the candidate the text names most") {
  const Scored s = Score("Kelly Ayotte says she will vote for Trump. Ayotte said she has no plans to change her vote. "
                         "\u201cHow could I not say that?\u201d Ayotte said. The Republican incumbent said that her "
                         "position is genuine.");
  const Attribution* said = s.ByCueOrContent("her position is genuine");
  REQUIRE(said != nullptr);
  const Source* ayotte = s.SourceOf(said);
  REQUIRE(ayotte != nullptr);
  CHECK(ayotte->name == "Kelly Ayotte");
  CHECK(ayotte->role == "incumbent");
}

TEST_CASE("\"according to\" two speakers reports what follows the comma after both") {
  const Scored s = Score("According to economists Peter Schott and Justin Pierce, the recession is partly to blame "
                         "for lost jobs.");
  CheckContents(s, {{"According to", "the recession is partly to blame for lost jobs"}});
}

TEST_CASE("the whole phrase after \"according to\" up to its comma speaks when the ranker cuts it short") {
  const Scored s = Score("The exam went well. According to his longtime personal physician, the businessman had "
                         "excellent results. According to the recent 50-state poll, some states are swinging. "
                         "According to conservative talk radio host Rush Limbaugh, the move reeks of fear. According "
                         "to Lazar's plea agreement, he faces two years in prison. According to their friends and "
                         "advisers, the couple worried for months.");
  CheckSourcePhrases(s, {{"the couple worried", "their friends and advisers"},
                         {"the businessman had", "his longtime personal physician"},
                         {"some states are swinging", "the recent 50-state poll"},
                         {"the move reeks of fear", "conservative talk radio host Rush Limbaugh"},
                         {"he faces two years", "Lazar's plea agreement"}});
  CheckSources(s, {{"the businessman had", "his longtime personal physician", nullptr, "expert"},
                   {"some states are swinging", "the recent 50-state poll", nullptr, "document"},
                   {"the move reeks of fear", "Rush Limbaugh", nullptr, nullptr},
                   {"he faces two years", "Lazar's plea agreement", nullptr, "document"}});
  // Not past a preposition or a conjunction, whose phrase names another.
  const Scored other = Score("The deal died. According to the Democratic chairs from Jefferson and Arapahoe, voters "
                             "back him. According to figures released Thursday by Crowdpac, he raised more.");
  CheckSources(other, {{"voters back him", "the Democratic chairs", "Democratic", "anonymous"}});
  CheckSourceTypes(other, {"he raised more"}, "document");
}

TEST_CASE("a clause a subordinator opens between a subject and a finite cue sets off no speaker") {
  const Scored s = Score("McCain supported the bill, and Cruz, as he has in the past, opposed the measure. First "
                         "came the editor Bret Stephens, who, after trading insults with the host over the race, said "
                         "on the show that the party was lost.");
  CheckSourcePhrases(s, {{"opposed", "Cruz"}, {"the party was lost", "the editor Bret Stephens"}});
  // Before a participle the subordinate clause is one of its own, whose subject the participle's.
  const Scored participle = Score("The first incident came during a speech at the State University of New York at "
                                  "Purchase, when Sanders protesters interrupted her speech, shouting that she was a "
                                  "liar.");
  CheckSourcePhrases(participle, {{"shouting", "Sanders protesters"}});
}

TEST_CASE("a clause set off by dashes between a subject and its cue sets off no speaker") {
  const Scored s = Score("The foundation took money from countries that the State Department - before, during and "
                         "after Mrs. Clinton's time as secretary - criticized for their records.");
  CheckSourcePhrases(s, {{"criticized", "the State Department"}});
}

TEST_CASE("a possessive pronoun before a body's own capitalized name keeps the name") {
  const Scored s = Score("Arne Duncan ran the schools. His Treasury Department did not spend the aid money, and his "
                         "Justice Department shrugged off the fraud. Its Clinton Health Access Initiative renegotiated "
                         "the cost of drugs.");
  CHECK(s.SourceNamed("Justice Department") != nullptr);
  CHECK(s.SourceNamed("Clinton Health Access Initiative") != nullptr);
  for (const Source& src : s.report.sources) CHECK(src.name.find("Duncan's") == std::string::npos);
}

TEST_CASE("a quoted title right after \"according to\" is the document that speaks, with its author") {
  const Scored s = Score("He looked toward a future without his brother. According to \u201cThe Trumps: Three "
                         "Generations,\u201d by Gwenda Blair, Donald told his roommate that the decision was wrong.");
  CheckSourcePhrases(s, {{"According to", "\u201cThe Trumps: Three Generations,\u201d by Gwenda Blair"}});
  const Source* book = s.SourceOf(s.ByCue("According to"));
  REQUIRE(book != nullptr);
  CHECK(book->type == "document");
  CHECK(book->affiliation.empty());
}

TEST_CASE("a colon right after a cue's \"of\" and its object quotes that cue's source") {
  const Scored s = Score("Nelson Diaz, a former aide to the senator and now a party chairman, said of Mr. Rubio: "
                         "\u201cHe is American 100 percent.\u201d Bolton told an audience of the Grand Gathering of "
                         "Iranians for Free Iran: \u201cThere is a viable opposition.\u201d");
  CheckSourceName(s, "He is American 100 percent.", "Nelson Diaz");
  CheckSourceName(s, "There is a viable opposition.", "Bolton");
}

TEST_CASE("an adverb of frequency or \"together\" alone is no speaker") {
  const Scored s = Score("The numbers changed over the summer, as Sanders has sometimes acknowledged. China and the "
                         "United States, the two biggest polluters, which together vowed to stave off the worst "
                         "effects, signed the deal.");
  CheckNoSourceNamed(s, {"sometimes", "together"});
}

TEST_CASE("a headline's colon after \"X to Y\" quotes X, not whom X addresses") {
  const Scored s = Score("Parents to School Board: \u2018Reopen the schools now\u2019\n\nThe parents wrote a letter.", "");
  CheckSourcePhrases(s, {{"Reopen the schools now", "Parents"}});
}

TEST_CASE("a headline's capitalized words the body never writes capitalized name no one") {
  std::string body;
  for (int i = 0; i < 8; ++i)
    body += "Democrats debated in Miami on Wednesday, and Hillary Clinton answered questions about trade. ";
  const Scored s = Score("Scrappy debate signals long grind\n\n" + body, "");
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    CHECK((src.name.find("Scrappy") == std::string::npos || src.type == "anonymous"));
  }
  // A word the body writes keeps its name, and the headline's verb after it is no part of it.
  const Scored wades = Score("Clinton Wades In: Urges Britain to Remain In European Union\n\n" + body, "");
  CheckSourceName(wades, "Urges", "Hillary Clinton");
  // A listed given name is a person's even when the body never names her.
  const Scored column = Score("Ann Coulter: And Then There Was the One\n\n" + body, "");
  CheckSourceName(column, "And Then There Was the One", "Ann Coulter");
}

TEST_CASE("capitalized words with a plural of people's possessive, ending in a body's head word, name one body") {
  const Scored s = Score("In January 2012, the New York State Workers\u2019 Compensation Board ordered the diner to pay "
                         "$88,000. Research for the Women's Media Center showed that men wrote most stories. Bernie "
                         "Sanders ran. Sanders' Campaign Committee said the rule stood.");
  CheckSourceName(s, "ordered", "New York State Workers\u2019 Compensation Board");
  CheckSourceName(s, "showed", "Women's Media Center");
  CheckSourceName(s, "the rule stood", "Campaign Committee");  // a person owns this one
}

TEST_CASE("a kind of medium alone before a document names no outlet") {
  const Scored s = Score("A campaign TV ad released Thursday accuses the senator of buying influence. Fox TV reported "
                         "that the ad cost millions.");
  const Source* ad = s.SourceOf(s.ByCue("accuses"));
  REQUIRE(ad != nullptr);
  CHECK(ad->type == "document");
  CheckSourceName(s, "reported", "Fox TV");
}

TEST_CASE("a noun in \"-ly\" ends the speaker's phrase like any noun") {
  const Scored s = Score("Even the organizer of a pro-Trump rally said the rules increased the risk. Later a member of "
                         "the family suggested they tweet a picture.");
  CheckSourcePhrases(s, {{"said", "the organizer of a pro-Trump rally"}, {"suggested", "a member of the family"}});
}

TEST_CASE("plural agents speak for whom \"for\" names, one or two") {
  const Scored s = Score("Scott's relatives watched the video on Thursday, attorneys for the family said. Lawyers for "
                         "Assange and Manafort denounced the report as false. It has happened before. Strategists for Barack "
                         "Obama and Clinton all agree that her one off-key answer hurt her.");
  CheckSourcePhrases(s, {{"Scott's relatives watched the video on Thursday", "attorneys for the family"},
                         {"denounced", "Lawyers for Assange and Manafort"},
                         {"her one off-key answer hurt her", "Strategists for Barack Obama and Clinton"}});
}

TEST_CASE("the name after a \"per\" is its source") {
  const Scored s = Score("Sarah Hamdy, a project manager at IBM, was also headed to Cairo, her friend said. EgyptAir "
                         "also confirmed the news to the Toronto Star. She had been visiting her sister in Paris, having "
                         "moved to Egypt several years ago, per CTV News.");
  CheckSourcePhrases(s, {{"per", "CTV News"}});
}

TEST_CASE("the object of a preposition that ends the cue is no source") {
  const Scored s = Score("Trump University\n\nOne of the university's top executives, Michael Sexton, subsequently "
                         "testified in one of the class action suits that none of the professors were handpicked.",
                         "");
  CheckSourceName(s, "subsequently testified in", "Michael Sexton");
  // A passive's agent after the object still speaks.
  const Scored agent = Score("The result is a loop in which Trump introduces some inaccurate statement, is called on it "
                             "by the news media, which is then denounced by his supporters.");
  CheckSourcePhrases(agent, {{"is called on", "the news media"}});
}

TEST_CASE("after \"said\" and a role's phrase, a name in apposition that ends the sentence speaks, with the role") {
  const Scored s = Score("His influence was significant. He also had a voice in decisions about investments, said a "
                         "former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn.");
  const Source* voloshyn = s.SourceOf(s.ByCueOrContent("He also had a voice in decisions about investments"));
  REQUIRE(voloshyn != nullptr);
  CHECK(voloshyn->name == "Oleg Voloshyn");
  CHECK(voloshyn->role == "spokesman");
  CHECK(voloshyn->affiliation == "Ukraine's Foreign Ministry");
}

TEST_CASE("a surname is the person the text names with it and a second surname") {
  const Scored s = Score("Melba Acosta Febo, the president of the bank, said the island would default. Ms. Acosta said "
                         "the payments were impossible. Two hours after the interview aired on "
                         "\u201cThe Rachel Maddow Show\u201d on MSNBC, Rachel Maddow asked her. Maddow said the race was "
                         "close. Bob Smith Farms owns ten farms. Smith said the crop was good.");
  const Source* acosta = s.SourceOf(s.ByCueOrContent("the payments were impossible"));
  REQUIRE(acosta != nullptr);
  CHECK(acosta->name == "Melba Acosta Febo");
  CHECK(acosta->role == "president");
  CheckSourceName(s, "the race was close", "Rachel Maddow");  // "Show" is no surname
  CheckSourceName(s, "the crop was good", "Bob Smith");  // nor "Farms", which the text writes in lower case
  // A name suffix is no second surname: "Mr. Hurt" is Harry Hurt III.
  const Scored hurt = Score("Harry Hurt III had hoped to republish his biography this year. She later recanted the "
                            "claim, and Mr. Hurt's book included a statement from Ms. Trump. Mr. Hurt is eager to get "
                            "the book out.");
  const Attribution* hoped = hurt.ByCue("had hoped");
  const Attribution* eager = hurt.ByCue("is eager");
  REQUIRE(hoped != nullptr);
  REQUIRE(eager != nullptr);
  CHECK(hoped->source_id == eager->source_id);
}

TEST_CASE("\"the report\" after a cue that judges a report is not the judge's own statement") {
  const Scored s = Score("A spokesman for Hillary Clinton called a report suggesting donors were granted greater access "
                         "\u201coutrageous.\u201d The report published Tuesday showed that more than half of her "
                         "meetings were with donors. The ministry said in a statement that the talks failed. The "
                         "statement added that new talks were planned.");
  const Source* report = s.SourceOf(s.ByCue("showed"));
  REQUIRE(report != nullptr);
  CHECK(report->type == "document");
  CheckSourceName(s, "added", "The ministry");  // "said in a statement": the ministry's own
}

TEST_CASE("after a postposed cue, a role, \"and\" and another role's name speak as that name") {
  const Scored s = Score("\u201cHe is reprising that role,\u201d said former Pennsylvania Gov. and Democratic National "
                         "Committee Chairman Ed Rendell.");
  CheckSourceName(s, "He is reprising that role,", "Ed Rendell");
}

TEST_CASE("a label line's capitalized words before its colon name no person") {
  const Scored s = Score("Secretary General Ban Ki-moon said on Monday that he would step down.\n\nLimited Tools to Fight "
                         "Terrorism: The United Nations was set up when conflicts erupted among nations.\n\nThe Gap Goes "
                         "On: It was under Mr. Ban's watch that the assembly established U.N. Women. He has championed gay "
                         "rights.\n\nElection Strategy: \u201cYou whip \u2019em up. You have to whip them up into a "
                         "frenzy.\u201d");
  CheckSourceName(s, "has championed", "Ban Ki-moon");
  for (const Source& src : s.report.sources) {
    CAPTURE(src.name);
    CHECK(src.type != "person");
  }
}

TEST_CASE("a president the text names with no given name is not highlighted in another person's full name") {
  const Scored s = Score("President Trump ordered an investigation on Friday. \u201cThis update must be limited,\u201d the "
                         "president said in a statement. Ivanka Trump was at the White House.");
  const Source* trump = s.SourceOf(s.ByCue("said in a statement"));
  REQUIRE(trump != nullptr);
  for (const Range& r : trump->mention_spans) CHECK(s.Slice(r).find("Ivanka") == std::string::npos);
}

TEST_CASE("a cue after \"and most recently\" shares the subject of the clause it joins") {
  const Scored s = Score("In the coming months, he vowed to ban Muslims, declined at first to criticize former KKK "
                         "leader David Duke, and most recently defended the use of an image.");
  CheckSourcePhrases(s, {{"defended", "he"}});
}

TEST_CASE("a given name after \"the\" opens an outlet's name ending in a masthead word") {
  const Scored s = Score("The protests were peaceful, The Charlotte Observer reported. Emily Post said manners "
                         "mattered.");
  const Source* observer = s.SourceOf(s.ByCue("reported"));
  REQUIRE(observer != nullptr);
  CHECK(observer->type == "outlet");
  const Source* post = s.SourceOf(s.ByCue("said"));
  REQUIRE(post != nullptr);
  CHECK(post->type == "person");
}

TEST_CASE("\"worth\" and \"more\" alone are no speaker") {
  const Scored s = Score("It is worth remembering that the state is defined by the city. And in an experiment with "
                         "British doctors, a daylong series of simulations, such as interaction with an actor playing a "
                         "sick patient, more accurately predicted their future performance than a 90-minute test.");
  CheckNoSourceNamed(s, {"worth", "more"});
}

TEST_CASE("an age after a plural of people is part of the speaker's phrase, a vague group") {
  const Scored s = Score("There is a gender gap as well. Men under 35 support Sanders by 4 percentage points.");
  CheckSourcePhrases(s, {{"support", "Men under 35"}});
  const Source* men = s.SourceOf(s.ByCue("support"));
  REQUIRE(men != nullptr);
  CHECK(men->type == "anonymous");
}

TEST_CASE("a name before a lower-case noun and its possessive qualifies the owner, and names no speaker") {
  const Scored s = Score("The San Bernardino shooter's friend said he bought the rifles.");
  const Source* src = s.SourceOf(s.ByCue("said"));
  REQUIRE(src != nullptr);
  CHECK(src->name.find("shooter's friend") != std::string::npos);
  CHECK(src->role == "friend");
  CHECK(src->affiliation == "San Bernardino shooter");
}

TEST_CASE("a document before \"relating to\" speaks, not what it is about") {
  const Scored s = Score("A newly released email relating to Benghazi finds that the State Department had only two "
                         "guards.");
  const Source* email = s.SourceOf(s.ByCue("finds"));
  REQUIRE(email != nullptr);
  CHECK(email->type == "document");
}

TEST_CASE("people a longer participle phrase follows speak, not the phrase's object") {
  const Scored s = Score("But Republican activists clamoring to block Donald Trump from the GOP nomination say they "
                         "are suddenly in the midst of a bump. Tensions flared in the race for the Democratic "
                         "presidential nomination on Thursday, with each candidate questioning the other's fitness to "
                         "lead and Senator Bernie Sanders pressing his attack that Hillary Clinton is not qualified to "
                         "be president.");
  const Source* activists = s.SourceOf(s.ByCue("say"));
  REQUIRE(activists != nullptr);
  CHECK(activists->name == "Republican activists");
  CheckSourceName(s, "pressing", "Bernie Sanders");  // not across "and"
}

TEST_CASE("people a relative clause with no pronoun of its own follows speak, not the clause's subject or object") {
  const Scored s = Score("He also veers into the role of adviser. Several people I've spoken with over the last couple "
                         "of weeks said Mr. Hannity had peppered Mr. Trump with advice. Several people I've spoken with "
                         "in the campaign said the candidate was tired. But neither he nor Nanney echoed the tone of "
                         "Cruz, who has called the mogul an obvious phony.");
  const Source* people = s.SourceOf(s.ByCueOrContent("Mr. Hannity had peppered Mr. Trump with advice"));
  REQUIRE(people != nullptr);
  CHECK(people->name == "Several people");
  CheckSourcePhrases(s, {{"Mr. Hannity had peppered Mr. Trump with advice", "Several people"},
                         {"the candidate was tired", "Several people I've spoken with in the campaign"},
                         {"has called", "Cruz, who"}, {"had peppered", "Mr. Hannity"}});
}

TEST_CASE("the subject of a passive of asking, judging or reporting without its agent is no source") {
  const Scored s = Score("The kingdom gave between $10 million and $25 million. Donations are typically reported in "
                         "broad ranges. On the topic of Mr. Putin, Mr. Trump was pressed on why he had praised him. "
                         "Reince Priebus was said to be furious. Mr. Sanders has been criticized for offering vague "
                         "answers. The Philippines' recently elected president, Rodrigo Duterte, has been called the "
                         "\"Trump of the East\" for his remarks. President Barack Obama also is reported to have "
                         "called the Saudis free riders. The deaths were widely reported by the media. Mr. Putin is "
                         "also reported to have spoken with President Obama about the withdrawal.");
  int agentless = 0;
  for (const Attribution& a : s.report.attributions) {
    const std::string cue = s.Slice(a.cue);
    const bool agent = s.text.compare(a.cue.end, 4, " by ") == 0 || cue.find(" by") != std::string::npos;
    if (agent || cue.find("to have") != std::string::npos || s.text.compare(a.cue.end, 8, " to have") == 0) continue;
    if (cue.find("reported") == std::string::npos && cue.find("pressed") == std::string::npos &&
        cue.find("said") == std::string::npos && cue.find("criticized") == std::string::npos &&
        cue.find("called") == std::string::npos)
      continue;
    CAPTURE(cue);
    ++agentless;
    CHECK(a.source.empty());
  }
  CHECK(agentless >= 3);  // the tagger marks these cues: the rule is exercised
  CheckNoSourceNamed(s, {"Donations", "Reince Priebus", "Sanders", "Bernie Sanders", "Rodrigo Duterte"});
  CheckSourceName(s, "also is reported to have called", "Barack Obama");
  CheckSourceName(s, "is also reported", "Putin");
  CheckSourcePhrases(s, {{"were widely reported", "the media"}});
}

TEST_CASE("whom a participle of asking after \"when\" or set off by commas addresses is no source; its object is "
          "the content") {
  const Scored s = Score("Trump Praises Putin\n\n\"It is possible,\" Ryan said when asked about Trump. The issue came up "
                         "after Mr. Trump, asked about the deaths of journalists, had praised Mr. Putin. \"Forget it,\" "
                         "said retired neurosurgeon Ben Carson, asked about his claims that he had received an offer.",
                         "");
  for (const char* content : {"Trump", "the deaths of journalists", "his claims that he had received an offer"}) {
    CAPTURE(content);
    const Attribution* a = s.ByContent(content);
    REQUIRE(a != nullptr);
    CHECK(s.Slice(a->cue).rfind("asked", 0) == 0);
    CHECK(s.Slice(a->content) == content);
    CHECK(a->source.empty());
  }
  // An asking that is the sentence's own verb after a name in apposition keeps its subject.
  const Scored active = Score("In one incident, police say his wife, Candace Smith, asked about protection orders "
                              "because she was afraid.");
  CheckSourcePhrases(active, {{"asked about", "Candace Smith"}});
}

TEST_CASE("\"member\" after a number counts a body's members and is no role") {
  const Scored s = Score("The 1.6 million member AFT, which represents nurses, voted to endorse Clinton last July. "
                         "A member of the board, John Smith, said it was a fine choice.");
  const Source* aft = s.SourceNamed("AFT");
  REQUIRE(aft != nullptr);
  CHECK(aft->type == "organisation");
  CHECK(aft->role.empty());
  CheckSourceName(s, "said", "John Smith");
  CHECK(s.SourceNamed("John Smith")->role == "member");
}

TEST_CASE("a count picked before \"percent\" speaks as the whole count") {
  const Scored s = Score("A new poll was released on Monday. Seventy-two percent now believe he could win the general "
                         "election. Only 40% now say he could win.");
  CheckSourcePhrases(s, {{"believe", "Seventy-two percent"}, {"say", "40%"}});
  CheckNoSourceNamed(s, {"Seventy-two"});
}

TEST_CASE("who is \"at the center of\" events speaks, not the center") {
  const Scored s = Score("The McGill student at the centre of the row said the vote was unfair. The official at the "
                         "heart of the scandal said he had done nothing wrong.");
  CheckSourcePhrases(s, {{"the vote was unfair", "The McGill student at the centre of the row"},
                         {"he had done nothing wrong", "The official at the heart of the scandal"}});
  CheckNoSourceNamed(s, {"the centre of the row", "the heart of the scandal"});
}

TEST_CASE("a cue right after \"both\" or \"all\" alone is theirs") {
  const Scored s = Score("Sanders and Clinton share some views on education: Both are quick to offer praise for teachers "
                         "unions. Some cheer when he insists. All cheer when he endorses ballot measures.");
  CheckSourcePhrases(s, {{"are quick to offer praise for", "Both"}, {"when he endorses ballot measures", "All"}});
}

TEST_CASE("a cue right after a possessive pronoun, or an \"-ing\" cue after a speech or writing, is the owner's") {
  const Scored s = Score("President Obama left London on Sunday. Many Britons were angry, particularly over his warning "
                         "that Britain would go to the back of the queue. Hillary Clinton spoke in Ohio on Monday. Her "
                         "vow to go after companies that ship jobs overseas drew cheers.");
  CheckSourcePhrases(s, {{"warning", "his"}, {"vow", "Her"}});
  CheckSourceName(s, "warning", "Obama");
  CheckSourceName(s, "vow", "Hillary Clinton");
  // Not the clause subject's; a writing the list names is the source itself.
  const Scored owned = Score("The race tightened. Donald Trump will follow Hillary Clinton\u2019s Tuesday speech "
                             "denouncing his economic policies with a speech of his own. Christie defended Trump's "
                             "tweet saying that voters will come on Friday.");
  CheckSourcePhrases(owned, {{"denouncing", "Hillary Clinton"}, {"saying", "Trump's tweet"}});
}

TEST_CASE("a passive's agent speaks (a count; past a quantifier, day or short reading); its subject is what it says") {
  const Scored s = Score("His views were echoed by a number of tax experts I spoke to this week. Clinton's position was "
                         "supported Friday by Sen. Dianne Feinstein of California. Cantor was expected to defeat Brat "
                         "by a wide margin. Her messages echo the ones put forth by the defeated \"Remain\" campaign in "
                         "Britain. Lazio was quickly dismissed by the media and voters as an also-ran. This proposal "
                         "was rejected by 64 percent of the electorate.");
  CheckSourcePhrases(s, {{"were echoed", "tax experts"},
                         {"was supported Friday", "Sen. Dianne Feinstein of California"},
                         {"quickly dismissed", "the media"},
                         {"was rejected", "64 percent"}});
  CHECK(s.Slice(s.ByCue("were echoed")->content) == "His views");
  CHECK(s.Slice(s.ByCue("was supported Friday")->content) == "Clinton's position");
  CheckNoSourceNamed(s, {"a wide margin", "a wide", "the ones", "the defeated"});
  // Past a longer reading or the preposition the cue took in, but not past another participle.
  const Scored far = Score("Hillary Clinton was declared the winner in the Pennsylvania primaries by news "
                           "organizations early Tuesday night. Both are viewed with suspicion and worse by the "
                           "Republican establishment. The court is expected to rule soon on a case brought by the "
                           "Philippines.");
  CheckSourcePhrases(far,
                     {{"was declared", "news organizations"}, {"are viewed with", "the Republican establishment"}});
  CheckNoSourceNamed(far, {"the Philippines", "Philippines"});
  CHECK(far.Slice(far.ByCue("was declared")->content) == "Hillary Clinton");
  // A quantifier's agent speaks, past "of" or at the quantifier and with what "of" takes in, not a
  // possessive alone ("some of his" of "some of his rivals").
  const Scored counted = Score("The vote came. The deal was rejected by a number of tax experts. The law was rejected "
                               "by most of the delegates. Trump has been criticized by some of his rivals for it.");
  CheckSourcePhrases(counted, {{"The deal", "tax experts"}, {"The law", "most of the delegates"}});
  CHECK(counted.Slice(counted.ByCue("has been criticized")->source).rfind("some", 0) == 0);
  CheckNoSourceNamed(counted, {"some of his"});
}

TEST_CASE("a time or an adverbial after \"in\" is no speaker, nor what a feeling is about: who feels it is") {
  const Scored s = Score("A trio of PACs have in fact reported spending $513,000 supporting him. The tweet went out. "
                         "Trump himself was delighted by the resulting controversy. Neither man was impressed by "
                         "Mrs. Clinton.");
  CheckNoSourceNamed(s, {"fact", "the resulting controversy"});
  CheckSourcePhrases(s, {{"was delighted by", "Trump"}, {"was impressed by", "Neither man"}});
  // Past a longer subject, still not what the feeling is about.
  const Scored longer = Score("The tweet went out. Trump himself, the man at the top of the ticket, was delighted by "
                              "the resulting controversy.");
  CheckNoSourceNamed(longer, {"the resulting controversy"});
}

TEST_CASE("an object pronoun right before a finite cue is the object of a relative clause, not the speaker") {
  const Scored s = Score("Sanders won the state. But progressive organizations that have endorsed him say they believe "
                         "superdelegates should follow the voters. The agreements, sources who reviewed them told "
                         "POLITICO, were routine. Mr. Trump could potentially benefit from scenes of mayhem that "
                         "allow him to call for law and order.");
  CheckSourcePhrases(s, {{"say", "organizations"},
                         {"told", "sources"},
                         {"to call for", "him"}});
}

TEST_CASE("a role of one word with \"ex-\" is a role") {
  const Scored s = Score("The case went on. For starters, the ex-wife of Alan Grayson who filed reports against him "
                         "blames Dena Grayson. When prosecutors charged the couple, the ex-congressman said he accepts "
                         "the responsibility.");
  CheckSourcePhrases(s, {{"blames", "the ex-wife of Alan Grayson"}});
  CheckSources(s, {{"he accepts the responsibility", "the ex-congressman", nullptr, "official"}});
}

TEST_CASE("a capitalized word inside a sentence before a title and a name is whom the person stands with") {
  const Scored s = Score("The city mourned. Said Orlando Mayor Buddy Dyer, \"We will recover.\" The strike went on, "
                         "said Labor Secretary Thomas Perez. The generals met. Iran's top general, Major General "
                         "Mohammad Bagheri, said the drills would go on. As St Pope John XXIII explained, \"Its "
                         "task is clear.\" The church waited, and Godfried Cardinal Danneels said nothing new. The "
                         "talks ended, Saudi Crown Prince Mohammed bin Salman said.");
  CheckSources(s, {{"We will recover.", "Buddy Dyer", "Orlando", "official"},
                   {"The strike went on", "Thomas Perez", "Labor", "official"},
                   {"the drills would go on", "Mohammad Bagheri", "", "official"},
                   {"Its task is clear.", "John XXIII", "", "official"},
                   {"nothing new", "Danneels", "", "official"},
                   {"The talks ended", "Mohammed bin Salman", "Saudi Arabia", "official"}});
}

TEST_CASE("member states of a union are a vague group of countries, not a person \"States\"") {
  const Scored s = Score("The deal was signed. EU Member States are concerned about the deal. They resent that Turkey "
                         "has used the crisis. NATO member countries said they would send ships.");
  CheckSources(s, {{"the deal", "EU Member States", "European Union", "anonymous"},
                   {"they would send ships", "NATO member countries", "NATO", "anonymous"}});
  CheckSourceName(s, "resent", "EU Member States");
}

TEST_CASE("the short subject before an auxiliary opening a cue speaks when the ranker gives none") {
  const Scored s = Score("The plan came out. The nation's largest gun group is accusing Obama of political "
                         "exploitation. In fact, the victory fund is seeking donations in far greater amounts. The "
                         "city of Phoenix is demanding that the campaign stop using the image. Clinton's camp was "
                         "pleased with the outcome.");
  CheckSourcePhrases(s, {{"is accusing", "The nation's largest gun group"},
                         {"is seeking", "the victory fund"},
                         {"demanding", "The city of Phoenix"},
                         {"was pleased with", "Clinton's camp"}});
  // Not the subject of a passive of an act, of "seems", of an evidential adverb, nor an empty "it".
  const Scored not_speaking = Score("The debate ended. Clinton was booed at the debate. On video, Zakkout is shown "
                                    "smiling. The FBI is reportedly making arrangements to interview her. A Justice "
                                    "Department investigation could drag on. It is also unclear whether the department "
                                    "has the evidence. As Trump has become the defining character of this contest, the "
                                    "race itself has seemed to take on elements of his personality.");
  CheckNoSourceNamed(not_speaking, {"Hillary Clinton", "Clinton", "Zakkout", "FBI", "the race itself"});
  CheckNoSource(not_speaking, {"is also unclear", "has seemed"});
}

TEST_CASE("a common noun's possessive after \"the\" is part of the phrase it opens") {
  const Scored s = Score("The vote came. The country's largest union said it would sue. The party's nominee said so.");
  CheckSourcePhrases(s, {{"it would sue", "The country's largest union"}, {"so", "The party's nominee"}});
}

TEST_CASE("a name after a lower-case body's or town's \"of\" names that body, not a person") {
  const Scored s = Score("The attack shook France. In a tweet, the city of Nice urged people to seek shelter. The "
                         "board of Acme Widgets said the plant would close. Broward County Democrats said they would "
                         "help.");
  CheckSources(s, {{"people to seek shelter", "the city of Nice", nullptr, "organisation"},
                   {"the plant would close", "The board of Acme Widgets", nullptr, "organisation"}});
  CheckNoSourceNamed(s, {"Nice", "Acme Widgets", "Broward"});
}

TEST_CASE("a participle's clause set off by commas before an auxiliary and the cue sets off no speaker") {
  const Scored s = Score("The issue had come up Friday after Mr. Trump, asked about the deaths of journalists "
                         "under Mr. Putin, had said, \"I think our country does plenty of killing also.\"");
  CheckSourceName(s, "I think our country", "Trump");
  CheckContents(s, {{"asked about", "the deaths of journalists under Mr. Putin"}});
}

TEST_CASE("an honorific's surname is no one whose role word is of the other sex") {
  const Scored s = Score("A year later, Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, said he was "
                         "free. \"I could see his love,\" Mrs. Abedini wrote on her Facebook page on Sunday.");
  const Source* wife = s.SourceOf(s.ByContent("I could see his love"));
  REQUIRE(wife != nullptr);
  CHECK(wife->name != "Saeed Abedini");
  CHECK(wife->role != "husband");
}

TEST_CASE("a given name no list knows is the full name the text gives a role or an apposition") {
  const Scored s = Score("Amadou Magassa, 13, of Philadelphia sold water on Broad Street. \"Sales were great,\" Amadou "
                         "said. The summit opened. Chinese President Xi Jinping spoke first. \"We are ready,\" Xi "
                         "said. The miners waited. Peabody Energy filed for bankruptcy. \"We will recover,\" Peabody "
                         "said.");
  CheckSourceName(s, "Sales were great", "Amadou Magassa");
  CheckSourceName(s, "We are ready", "Xi Jinping");
  CheckSourceName(s, "We will recover", "Peabody");  // a body's name, no given name
  // Not by a surname the text writes in lower case, nor by a body's name after "of".
  const Scored other = Score("The vote came. Zoltan Bright, a senator, spoke first. The room was bright. \"No,\" "
                             "Zoltan said. \"We march,\" said Deb Kline, a leader of Cleveland Jobs With Justice. "
                             "Cleveland said the route was fixed.");
  CheckSourceName(other, "No,", "Zoltan");
  CheckSourceName(other, "the route was fixed", "Cleveland");
  // A bare surname is the full name an apposition describes, its given name no list knows ("Ms.
  // Hughes" of "Rhonda Hughes, 43,"); not one word of a longer title-case run ("Scorecard").
  const Scored surname = Score(
      "In this town, Rhonda Hughes, 43, is a fervent supporter of Trump. \"It was booming,\" Ms. Hughes said. The "
      "rally opened. Nurse Ilse Brandt told the crowd to wait. \"Sit down,\" Ms. Brandt said. The Congressional Voter "
      "Scorecard, a guide, came out. \"Vote,\" Scorecard said.");
  CheckSourceName(surname, "It was booming", "Rhonda Hughes");
  CheckSourceName(surname, "Sit down", "Ilse Brandt");
  CheckSourceName(surname, "Vote,", "Scorecard");
}

TEST_CASE("a chief officer's initials and \"VP\" are roles") {
  const Scored s = Score("Profits rose. The company's CFO said the quarter was strong. The COO said nothing new.");
  CheckSources(s, {{"the quarter was strong", "The company's CFO", nullptr, "official"},
                   {"nothing new", "The COO", nullptr, "official"}});
}

TEST_CASE("a verb listed after a comma, or after \"and\" past a name's \"as\", shares its clause's subject") {
  const Scored s = Score("The interview ran long. Biden complained about the tone of the primary but defended Bernie "
                         "Sanders as a mainstream candidate, mocked the Republican Party and its contenders, and made "
                         "it clear he would not run. Vice President Joe Biden hit the trail on Monday, trashing Donald "
                         "Trump as unqualified for the White House and accusing him of endangering troops.");
  CheckSourceName(s, "mocked", "Joe Biden");
  CheckSourceName(s, "accusing", "Joe Biden");
  // Not a verb after the speaker's own comma, nor a participle before "as".
  const Scored other = Score("The rescue stalled. Bob, they said, ordered them to wait. Ben Carson went on ABC to "
                             "defend his recent staff shake-up, viewed as a sign his campaign may be in trouble.");
  CheckSourcePhrases(other, {{"ordered", "Bob"}});
  CheckNoSource(other, {"viewed as"});
}

TEST_CASE("the noun of an adverbial \"at times\" is no speaker") {
  const Scored s = Score(
      "President Trump promised a concrete wall. In recent months, he has at times said the wall could be steel.");
  CheckNoSourceNamed(s, {"times"});
  CheckSourcePhrases(s, {{"the wall could be steel", "he"}});
}

TEST_CASE("a verb bidding the reader consider or remember has no speaker") {
  const Scored s = Score(
      "The party is split. For a sense of how fractured the GOP is, consider this: the top Republicans went both "
      "ways. It is a little bit like, remember back in 1972, I was running for the Senate, George McGovern was at "
      "the top of the ticket.");
  CheckNoSource(s, {"consider", "remember"});
  CheckNoSourceNamed(s, {"Republican Party", "the GOP", "George McGovern"});
  const Scored recall = Score(
      "There's a history of outsider mavericks faltering when voters judge that they're not that different from the "
      "insiders they're challenging. Recall Sen. John McCain (Ariz.) damaging his reputation for candor in 2000 when "
      "he equivocated on whether South Carolina should remove the Confederate flag from the state capitol.");
  CheckNoSource(recall, {"Recall"});
  // With a subject of its own the verb is someone's: "When Smith spoke, voters remember", "Critics,
  // like Smith, consider".
  const Scored other = Score("The vote came. When Smith spoke, voters remember that he lied. Critics, like Smith, "
                             "consider him a phony.");
  CheckSourcePhrases(other, {{"he lied", "voters"}, {"him a phony", "Critics"}});
}

TEST_CASE("one singular word after an \"and\" that joins no lower-case nouns is no speaker") {
  const Scored s = Score(
      "Act before the vote and you risk being seen as meddling. Take action after and face criticism for not "
      "letting voters know there was an issue. On a recent evening, many people jogging and walking talked about "
      "the lake. The authorities in New York and elsewhere have warned that the bombs were live.");
  CheckNoSourceNamed(s, {"face", "walking", "elsewhere"});
  CheckSourcePhrases(s, {{"talked about", "many people"}, {"the bombs were live", "The authorities"}});
  CheckNoSource(s, {"criticism for"});
  // Nouns joined by "and" speak together: "The book and film blame".
  const Scored joined = Score("The movie opened. The book and film blame Bob for the delay.");
  const Attribution* blame = joined.ByCue("blame");
  REQUIRE(blame != nullptr);
  CHECK_FALSE(joined.Slice(blame->source).empty());
}

TEST_CASE("one lower-case adjective no list knows is no speaker") {
  const Scored s = Score("The emails leaked. After the release of the committee's emails - which American intelligence "
                         "officials have linked to Russian spies - Mr. Manafort and Mr. Trump are facing sharp "
                         "criticism over what is seen as a sympathetic view of Mr. Putin. There have been no serious "
                         "calls to close the borders. But the lull in the Democratic race has real potential "
                         "downsides as well, suggesting higher enthusiasm on the GOP side.");
  CheckNoSourceNamed(s, {"sharp", "serious", "real"});
  CheckNoSource(s, {"criticism over", "calls to"});  // nor the next candidate of the ranker
}

TEST_CASE("the person right after a verb of telling is the one told, not who tells") {
  const Scored s = Score("The cable was released. In an email dated Feb. 12 — seven months before the attack — Eric "
                         "Nordstrom, State Department regional security director, informed regional director James "
                         "Bacigalupo that he would be glad to call.");
  CheckSourceName(s, "informed", "Eric Nordstrom");
  CheckContents(s, {{"informed", "he would be glad to call"}});
  // "warned" inverts after a quotation: the name after it speaks.
  const Scored inverted = Score("The bill passed. “It will fail,” warned Sen. Ron Wyden.");
  CheckSourceName(inverted, "It will fail", "Ron Wyden");
}

TEST_CASE("what is said after the person reminded opens with \"of\" when no \"that\" leads in") {
  const Scored s = Score("The rally went on. Mr. Biden repeatedly reminded the crowd of the stakes. Ms. Ruiz "
                         "reminded voters of the deadline. She told members of Congress that the polls close at eight.");
  CheckContents(s, {{"repeatedly reminded", "of the stakes"}, {"reminded", "of the deadline"},
                    {"told", "the polls close at eight"}});
}

TEST_CASE("a capitalized modifier the ranker picks in a subject that runs on to the cue gives the whole subject") {
  const Scored s = Score("Talks stalled on Monday. The African nation's government has told the United Nations that it "
                         "will not accept the plan. The British company's chief executive has told investors that the "
                         "deal is off. Flight attendants' union endorses Clinton. The Obama administration long ago "
                         "showed its inclination to rely on raids. Mr. Schiff's monologue indicated they were "
                         "determined.");
  CheckSourcePhrases(s, {{"it will not accept the plan", "The African nation's government"},
                         {"the deal is off", "The British company's chief executive"},
                         {"endorses", "Flight attendants' union"}});
  // Only up to a word the lists know for those who speak: not an adverb, nor a thing someone owns.
  CheckNoSourceNamed(s, {"The Obama administration long ago", "Mr. Schiff's monologue"});
}

TEST_CASE("a word capitalized only for opening its sentence, before lower-case nouns, is no one's name") {
  // The nouns up to the cue, a comma or a name are the subject.
  const Scored s = Score("Producers abroad pay no carbon tax.\n\nCement makers, for instance, argue that imports grew "
                         "to 40 percent. Christian charity itself demands that we hate wickedness. Republicans have "
                         "pointed to the chief's record of gaffes in arguing that the count is tilted. Authorities "
                         "were initially vague about the packages, calling them simply “suspected devices.” Local "
                         "news affiliate ABC 7 is reporting that the couple was surprised.");
  // Not a plural of people, which no name is.
  CheckSourcePhrases(s, {{"imports grew", "Cement makers"},
                         {"the count is tilted", "Republicans"},
                         {"calling", "Authorities"}});
  CheckNoSourceNamed(s, {"Cement", "Christian", "Local"});
  const Source* affiliate = s.SourceOf(s.ByContent("the couple was surprised"));
  REQUIRE(affiliate != nullptr);
  CHECK(affiliate->type == "outlet");
}

TEST_CASE("with no candidate from the ranker, the phrase before a time word before the cue speaks") {
  const Scored s = Score("The GOP needed a period of reflection. The party today agrees only on its opposition to "
                         "anything Obama wants. It now seems inevitable that Mr. Rubio will attack. Clinton is now "
                         "assured of winning the delegates. It is the same testimony that Francis now dismisses in "
                         "the case.");
  CheckSourcePhrases(s, {{"agrees", "The party"}, {"dismisses", "Francis"}});
  // Not an expletive "it", nor the subject of a form of "be" before the time word.
  CheckNoSource(s, {"seems", "assured of"});
}

TEST_CASE("\"who\" after a preposition's phrase naming no people stands for the people before the preposition") {
  const Scored s = Score("The show aired. By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls from black "
                         "listeners to his “Keepin’ It Real” radio program who said they had misgivings about Mrs. "
                         "Clinton. Democratic Senate candidates in competitive races who plan to attend the "
                         "convention include Sen. Michael Bennet.");
  // The span reaches "who" unless a quoted title stands between.
  CheckSourcePhrases(s, {{"they had misgivings", "listeners"},
                         {"plan", "Democratic Senate candidates in competitive races who"}});
  CheckNoSourceNamed(s, {"program"});
  CheckSourceName(s, "plan", "Democratic Senate candidates in competitive races");
}

TEST_CASE("a company described as a giant, a maker, a retailer or an airline is an organisation") {
  const Scored s = Score("Layoffs began. Snack giant Nabisco said it would move jobs to Mexico. Chip maker Zorbel "
                         "said sales rose. The airline said the pilot had logged 2,766 hours. “We do not shadow "
                         "ban,” the tech giant said in a statement.");
  CheckSourceTypes(s, {"it would move jobs", "sales rose", "the pilot had logged", "We do not shadow ban"},
                   "organisation");
  CheckSourceName(s, "it would move jobs", "Nabisco");
  CheckSourceName(s, "sales rose", "Zorbel");
}

TEST_CASE("the person named before \"of\" and a body right before the cue speaks, affiliated with it") {
  const Scored s = Score("The deal closed. “It was the least bad outcome,” Mr. Morgan of the Sierra Club said. As "
                         "Joe Wolverton of The New American writes, the vote is over.");
  CheckSourceName(s, "least bad outcome", "Morgan");
  CheckSourceName(s, "writes", "Joe Wolverton");
  const Source* morgan = s.SourceOf(s.ByContent("least bad outcome"));
  REQUIRE(morgan != nullptr);
  CHECK(morgan->affiliation == "Sierra Club");
}

TEST_CASE("\"St.\" opens a name, not a title left out of it") {
  const Scored s = Score("The vote came. The St. Paul City Council said it would vote. Peter Kleigel asked the bishop "
                         "to reconsider. St. Peter, citing suffering, asked for mercy.");
  CheckSourceName(s, "it would vote", "St. Paul City Council");
  CheckSourceName(s, "suffering", "St. Peter");
}

TEST_CASE("one participle set off by a comma right before \"by\" is passive: the agent speaks") {
  const Scored s = Score("Money poured in. Super PACs, first authorized by court rulings in 2010, can raise unlimited "
                         "sums. Clinton, pressed by moderator Dana Bash, declined. The DNC, facing a revolt, responded "
                         "by abruptly blocking access. The party, angry at the leak, responded by cutting him off.");
  CheckSourceName(s, "first authorized", "court rulings");
  CheckSourceName(s, "pressed", "Dana Bash");
  // "by" and an adverb or an "-ing" form: a manner.
  CheckSourcePhrases(s, {{"cutting him off", "The party"}, {"abruptly blocking", "The DNC"}});
}

TEST_CASE("\"he said\" after a sentence in which the last speaker asked someone named is the one asked") {
  const Scored s = Score("The interview aired. Last month, The Huffington Post's Scott Conroy asked Sanders whether "
                         "questions about his health were fair game. “Sure it is,” he said. Conroy said the answer "
                         "was short. “It was,” he added.");
  CheckSourceName(s, "Sure it is", "Sanders");
  CheckSourceName(s, "It was", "Scott Conroy");  // no one asked before: the last speaker
}

TEST_CASE("a participle after a comma is the subject's past a time phrase opening the sentence without a comma") {
  const Scored s = Score("The feud went on. On Sunday morning Mr. Trump made a third attempt to deflect Mr. Khan's "
                         "criticism, writing on Twitter that the real issue was terrorism. Last week the senator met "
                         "Mr. Khan's lawyers, saying it went well.");
  CheckSourcePhrases(s, {{"the real issue was terrorism", "Mr. Trump"}, {"it went well", "the senator"}});
}

TEST_CASE("a past participle set off by commas after the phrase opening its clause is that phrase's") {
  const Scored s = Score("The race tightened. Mr. Trump has been the most direct in his attacks on Mr. Clinton, but "
                         "Republicans, concerned about the party's declining appeal to women, have long considered "
                         "using the former president's personal life. Several leading Republican candidates, "
                         "including Donald J. Trump and Senators Ted Cruz and Marco Rubio, criticized the trade.");
  CheckSourcePhrases(s, {{"the party's declining appeal", "Republicans"}});
  // No finite verb after a second comma: the verb of the names before the comma, which
  // the apposition of examples lists.
  CheckSourceName(s, "criticized", "Donald J. Trump");
  CheckNoSourceNamed(s, {"Marco Rubio"});
}

TEST_CASE("a bare name the text gave a body by is that body") {
  const Scored s = Score("Layoffs began. Snack giant Nabisco said it would move jobs to Mexico. Nabisco issued a "
                         "60-day notice to affected employees in mid-January.");
  CheckSourceTypes(s, {"it would move jobs", "affected employees"}, "organisation");
  CHECK(s.SourceOf(s.ByContent("it would move jobs")) == s.SourceOf(s.ByContent("affected employees")));
}

TEST_CASE("\"called\" set off by commas around a name gives a name: no one speaks") {
  const Scored s = Score("The deal closed. His nonprofit group, called the Virginia Conservation Legacy Fund, will "
                         "still own the property. Sen. Ted Cruz, a rival, called Donald Trump, the front-runner, a "
                         "liar.");
  const Attribution* naming = s.ByContent("Virginia Conservation Legacy Fund");
  REQUIRE(naming != nullptr);
  CHECK(s.Slice(naming->source).empty());
  CHECK(s.Slice(naming->content) == "the Virginia Conservation Legacy Fund");
  CheckSourceName(s, "a liar", "Ted Cruz");
}

TEST_CASE("one word no list knows between a preposition opening its sentence and a comma is no speaker") {
  const Scored s = Score("The rally ended. In addition, claiming that it happened to them alone excludes the others. "
                         "In total, asserting that the rule failed ignores the data.");
  CheckNoSourceNamed(s, {"addition", "total"});
  CheckNoSource(s, {"claiming", "asserting"});
  // A word a list knows may speak there: "For critics, …" keeps its phrase as a candidate.
  const Scored listed = Score("The rally ended. In Congress, the senator said the rule failed.");
  CheckSourcePhrases(listed, {{"the rule failed", "the senator"}});
}

TEST_CASE("a word no list knows before a role is read with the role") {
  const Scored s = Score("The fracas erupted two months after the real estate tycoon entered the race, calling them "
                         "rapists. The Romanian hacker whose mischief first revealed that the senator used a private "
                         "address pleaded guilty. But some who advocate free speech argue that relying on companies "
                         "is hard.");
  CheckSourcePhrases(s, {{"them rapists", "the real estate tycoon"}, {"the senator used", "The Romanian hacker"},
                         {"relying on companies", "some who"}});
  CheckSources(s, {{"the senator used", "The Romanian hacker", "Romania", "person"}});
}

TEST_CASE("\"telling\" after an article or a word of degree describes: no one tells") {
  const Scored s = Score("The race went on. The most telling promise the governor has made is that she will not "
                         "overpromise. The telling details of the testimony concern his friends.");
  CheckNoSourceNamed(s, {"The most"});
  for (const Attribution& a : s.report.attributions) CHECK(s.Slice(a.cue).find("telling") == std::string::npos);
}

TEST_CASE("a cue ending its sentence after a phrase set off by a comma is that phrase's") {
  const Scored s = Score("The race went on. Wealthy donors are paying for efforts to wound Donald J. Trump, "
                         "disclosures filed on Sunday night revealed. To a lot of readers, this probably sounds "
                         "far-fetched.");
  CheckSources(s, {{"efforts to wound", "disclosures", nullptr, "document"}});
  CheckSourcePhrases(s, {{"probably sounds", "readers"}});  // not a demonstrative's
}

TEST_CASE("a participle after a comma is its clause's pronoun's, past a subordinator with no verb") {
  const Scored s = Score("The lawsuit cites the actions of the senator. It goes on to fault the senator's use of a "
                         "private server while at the agency, saying any information was at risk.");
  CheckSources(s, {{"any information was at risk", "The lawsuit", nullptr, "document"}});
  // A subordinator before a preposition that a subject and verb follow opens a clause: "admitted"
  // is the second "she"'s, not the one before it.
  const Scored clause = Score("Over the years, she said, email has helped her stay in touch with Clinton – although "
                              "at the mention of email she laughed and admitted “emails have been wonderful.”");
  const Attribution* admitted = clause.ByCue("admitted");
  REQUIRE(admitted != nullptr);
  CHECK(admitted->source.start == clause.text.find("she laughed"));
}

TEST_CASE("an \"-ing\" cue after \"by\" right after the last cue's verb speaks with that cue's subject") {
  const Scored s = Score("Gold Star Mom Corners Obama On His Refusal To Use The Words ‘Islamic Terrorist.’\n\n"
                         "President Barack Obama responded to a Gold Star mother Wednesday night by saying his "
                         "refusal to use the words “Islamic terrorism” was a “manufactured” issue.");
  CheckSourcePhrases(s, {{"saying", "President Barack Obama"}});
  // Not past punctuation, "that" or another verb: the means of another verb.
  const Scored other = Score("The debate went on. The United States might have leaned against the strategy, they "
                             "argue, perhaps by insisting more forcefully that Beijing let its currency rise. Rubio "
                             "said that by refusing to say the words, Democrats are hiding.");
  CheckSourcePhrases(other, {{"insisting", "The United States"}, {"refusing", "Democrats"}});
}

TEST_CASE("a listed verb with no earlier cue shares the subject of the verb before its comma") {
  const Scored s = Score("The tweet was a reminder. The candidate has mocked a disabled newspaper reporter, referred "
                         "to undocumented immigrants from Mexico as \"rapists\" and recently called for a ban. "
                         "Goldwater took on the GOP establishment in the primaries, voted against the Civil Rights "
                         "Act of 1964.");
  CheckSourcePhrases(s, {{"referred to", "The candidate"}, {"voted against", "Goldwater"}});
  // Not past a comma setting the subject off: "Eva Resnick-Day, an activist …, demanded".
  const Scored apposed = Score("The rally went on. A woman later identified as Eva Resnick-Day, an activist for the "
                               "environmental group Greenpeace, demanded to know whether Clinton would forsake "
                               "campaign donations from oil companies.");
  CheckSourcePhrases(apposed, {{"demanded", "Eva Resnick-Day"}});
}

TEST_CASE("an article and one word of order or degree before a noun name no one") {
  const Scored s = Score("The plague spread. The newest warning about the outbreak of the plague in Madagascar has "
                         "been released. The latest warning about the outbreak came on Monday.");
  CheckNoSourceNamed(s, {"The newest", "The latest"});
  CheckNoSource(s, {"warning about"});
}

TEST_CASE("the phrase opening the clause speaks past a time phrase or an aside the ranker passed over") {
  const Scored s = Score(
      "The court heard the case. Adopting the recommendations of a hearing officer who considered the matter last "
      "week, the board of elections on Monday rejected both objections. America Rising PAC, an outside Republican "
      "group, is blasting out missives about Clinton's role in Libya. Chaffetz and Rep. Bob Goodlatte (R-Va.), for "
      "example, earlier asked the U.S. attorney in D.C. whether Clinton committed perjury. Ben Carson, the only "
      "doctor on stage, was more measured on the topic.");
  CheckSourcePhrases(s, {{"rejected", "the board of elections"}, {"is blasting", "America Rising PAC"},
                         {"asked", "Chaffetz"}, {"was more measured", "Ben Carson"}});
  // Not a passive's subject, nor one of seeming.
  const Scored other = Score("The court heard the case. Michael Richard Pence, a former governor and congressman "
                             "from Indiana, was sworn in minutes before as vice president by Justice Clarence "
                             "Thomas. That elevates the makeup of the court. It also appears certain to become a "
                             "central focus in Senate races across the country.");
  CheckNoSourceNamed(other, {"Michael Richard Pence"});
  for (const Attribution& a : other.report.attributions) CHECK(other.Slice(a.source) != "It");
  // Not without a time word or commas before the verb (a participle's noun: "The Democratic plan
  // rejected on Monday was"), nor over a pick after the verb that can speak.
  const Scored kept = Score("The vote was close. The Democratic plan rejected on Monday was similar to a proposal "
                            "that Manchin pushed three years ago. The letter on Friday annoyed administration "
                            "officials. The letter, addressed to the executive committee of the Chilean bishops’ "
                            "conference, said, “Thank you.”");
  CheckNoSourceNamed(kept, {"The Democratic plan"});
  CheckNoSource(kept, {"addressed to"});  // a participle after one comma
  CheckSourcePhrases(kept, {{"annoyed", "administration officials"}});
}

TEST_CASE("a phrase cut short after an adjective reads on to the noun it modifies") {
  const Scored s = Score("The program drew fire. A contentious visa program that allows wealthy foreigners to obtain "
                         "citizenship will expire. According to the initial schedule published Thursday, Thiel is "
                         "scheduled to speak. According to a 52-count civil complaint filed by the commission, the "
                         "developers ran a scheme.");
  CheckSourcePhrases(s, {{"allows", "A contentious visa program"}, {"Thiel is scheduled", "the initial schedule"},
                         {"the developers ran", "a 52-count civil complaint"}});
}

TEST_CASE("a participle after a clause joined by \"and\" without a comma is that clause's subject's") {
  const Scored s = Score("The video was released. Over the past two weeks, prosecutors charged the officer with "
                         "murder and Emanuel fired his police chief, Garry F. McCarthy, acknowledging that "
                         "significant segments of the city have lost trust in the police.");
  CheckSourcePhrases(s, {{"acknowledging", "Emanuel"}});
  // Not two subjects of one verb.
  const Scored subjects = Score("The deals stalled. Raleigh, N.C.-based Salix Pharmaceuticals and the Italian firm "
                                "Cosmo Pharmaceuticals terminated a reverse merger, citing changes in the political "
                                "environment. Defense Distributed and the Second Amendment Foundation sued the "
                                "State Department, arguing that the files are speech.");
  CheckNoSourceNamed(subjects, {"Cosmo Pharmaceuticals"});
  const Attribution* arguing = subjects.ByCue("arguing");
  REQUIRE(arguing != nullptr);
  CHECK(subjects.Slice(arguing->source) != "the Second Amendment Foundation");
}

TEST_CASE("a light verb before a noun cue is no speaker") {
  const Scored s = Score("I care for my daughter. I take her to her doctor's appointments and take notes about what "
                         "she should be doing. Take note: civil government is to be a terror to bad works.");
  CheckNoSourceNamed(s, {"take", "Take"});
}

TEST_CASE("two roles joined by \"and\" before a name are that name's, and its phrase takes both in") {
  const Scored s = Score(
      "Comey spoke on Tuesday. Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed "
      "Comey on MSNBC's \"Morning Joe,\" calling it a no-brainer. English comedian and actor Peter Serafinowicz "
      "needed to know what Trump sounded like.");
  CheckSourcePhrases(s, {{"trashed", "Former prosecutor and New York City Mayor Rudy Giuliani"},
                         {"calling", "Former prosecutor and New York City Mayor Rudy Giuliani"},
                         {"needed to know", "English comedian and actor Peter Serafinowicz"}});
  CheckSources(s, {{"no-brainer", "Rudy Giuliani", "New York City", nullptr}});
  // Not a phrase that does not end in its name: "a banker and former Reagan administration official who".
  const Scored other = Score("Bennett dismissed criticism from Harold Doley, a banker and former Reagan administration "
                             "official who has suggested Carson's aides have been making money off his candidacy.");
  CheckSourcePhrases(other, {{"has suggested", "former Reagan administration official who"}});
}

TEST_CASE("a role before a possessive ending is its owner's, not the role of a name after it") {
  const Scored s = Score("Benjamin J. Rhodes, one of the president's closest aides, recalled Mr. Obama talking about "
                         "the book.\n\nThe president's Pacific roots also came into play. In Honolulu last week, he "
                         "told a meeting of island leaders that few people understood the stakes.");
  CheckSources(s, {{"few people understood", "Obama", nullptr, nullptr}});
  CheckNoSourceNamed(s, {"Pacific"});
}

TEST_CASE("\"the most\" before an adjective is a word of degree, never a speaker, and reads with its noun") {
  const Scored s = Score("Yellen will speak. The most likely scenario is that investors take this shift in stride "
                         "and view it more as a vote of confidence. In 2013 the city had 80 murders, according to "
                         "the most recent data. The most vocal critics said he lied.");
  CheckNoSourceNamed(s, {"The most", "the most"});
  CheckSourcePhrases(s, {{"view", "investors"},
                         {"according to", "the most recent data"},
                         {"he lied", "The most vocal critics"}});
}

TEST_CASE("what a closing \"according to\" reports is the clause before it, after a dash or a clause's comma") {
  const Scored dash = Score("Crime fell. In 2014, Ferguson had 115 instances of violent crime — including murder, "
                            "rape and robbery — according to the most recent data available from the FBI.");
  CheckContents(dash, {{"according to", "In 2014, Ferguson had 115 instances of violent crime — including "
                                        "murder, rape and robbery"}});
  CheckSourcePhrases(dash, {{"according to", "the most recent data"}});
  // Not a dash that another after it pairs.
  const Scored paired = Score("Clinton blamed the attack on a video while — according to emails unearthed in the "
                              "investigation — knowing the video had no connection to it.");
  const Attribution* according = paired.ByCue("according to");
  REQUIRE(according != nullptr);
  CHECK(paired.Slice(according->content).find("Clinton blamed") == std::string::npos);
  // "In 2013 it had 80," and "But he operates …," are clauses, not opening adverbials.
  const Scored clause = Score("Crime fell. In 2013 it had 80 murders, according to the state police.");
  CheckContents(clause, {{"according to", "In 2013 it had 80 murders"}});
  const Scored linked = Score("Some of his rivals failed. But he operates on a different principle, he said.");
  CheckContents(linked, {{"said", "But he operates on a different principle"}});
  // Not a relative clause in a preposition's phrase, nor a participle's question.
  const Scored version = Score("She saw a draft. In the version she saw, she said Snipes expressed a desire to leave.");
  CheckContents(version, {{"said", "Snipes expressed a desire to leave"}});
  const Scored asked = Score("Trump spoke. Asked if he was ever bullied, the Republican candidate said no.");
  CheckContents(asked, {{"said", "no"}});
  const Scored subordinate = Score("He was held. While he was in jail, immigration officials told him he had never "
                                   "been a citizen.");
  CheckContents(subordinate, {{"told", "he had never been a citizen"}});
}

TEST_CASE("a place word before a document's or a masthead's noun qualifies it") {
  const Scored s = Score("Oz was wrong. Half of his advice is wrong, according to the top British medical journal. "
                         "Half of it is unproven, according to a British medical study.");
  CheckSourcePhrases(s, {{"Half of his advice", "the top British medical journal"},
                         {"Half of it", "a British medical study"}});
}

TEST_CASE("an article and words no list knows after a verb of saying that follows a quotation speak") {
  const Scored s = Score("Intro here.\n\n“How big is that wall?” asked the boy. “Is it big?” asked the little "
                         "kid. “Why?” asked the question.");
  CheckSourcePhrases(s, {{"How big", "the boy"}, {"Is it big", "the little kid"}});
  CheckSourceTypes(s, {"How big"}, "person");
  CheckNoSourceNamed(s, {"the question"});
}

TEST_CASE("a quoted phrase before a lower-case noun qualifies it: no speaker, no name") {
  const Scored s = Score("The last question was from a young child. The boy, who was wearing a 'Make America "
                         "Great Again' hat and said his name was Mason, smiled. The “Morning Joe” host said he was "
                         "wrong.");
  CheckSourcePhrases(s, {{"his name was Mason", "The boy, who"}, {"he was wrong", "The “Morning Joe” host"}});
  CheckNoSourceNamed(s, {"America Great Again", "Morning Joe"});
  // Not a possessive's apostrophe: "Within Sanders’ inner circle, …".
  const Scored possessive = Score("Sanders spoke. Within Sanders’ inner circle, conversations about Sanders’ "
                                  "post-presidential-primary role in Congress have been ongoing for months.");
  CheckNoSourceNamed(possessive, {"Sanders’ inner"});
}

TEST_CASE("a body before a participle's phrase that runs on to the cue speaks, past a long phrase too") {
  const Scored s = Score("Intro here.\n\nA group representing the farmers in the state said it was wrong. One "
                         "organization campaigning for Britain to leave the European Union in the June 23 national "
                         "referendum posted a message. Many watchers of politics are wondering if the money will be "
                         "returned.");
  CheckSourcePhrases(s, {{"it was wrong", "A group representing the farmers in the state"},
                         {"posted", "One organization campaigning for Britain to leave the European Union in the "
                                    "June 23 national referendum"},
                         {"are wondering", "Many watchers of politics"}});
  // Not across an auxiliary: the attacks on a judge "have set off" alarm among experts, who worry.
  const Scored verb = Score("Trump spoke on Monday. Trump's attacks on a federal judge overseeing a pair of lawsuits "
                            "against him have set off a wave of alarm among legal experts, who worry that the "
                            "vendetta signals a remarkable disregard for judicial independence.");
  CheckSourcePhrases(verb, {{"worry", "legal experts, who"}});
}

TEST_CASE("a quoted phrase running on in its sentence's words is no quotation the cue after it closes") {
  const Scored s = Score("Intro here.\n\nConceding that there would likely be a trade agreement “down the line” he "
                         "warned: “It is not going to happen any time soon.” “I'm done” he said.");
  CheckContents(s, {{"warned:", "It is not going to happen any time soon."}});
  const Attribution* done = s.ByContent("I'm done");
  REQUIRE(done != nullptr);
  CHECK(done->direct);
}

TEST_CASE("a quoted phrase running on after a cue is part of the clause it reports, a quoted name of the object") {
  const Scored s = Score("Intro here.\n\nThe League said it would “redirect” all of his past donations to the fund. "
                         "Bloomberg insisted he was “very happy” to help. Trump called the merger “a terrible deal” "
                         "and ranked her among the worst. The mayor declared: “We will win” in a speech.");
  CheckContents(s, {{"said", "it would “redirect” all of his past donations to the fund"},
                    {"insisted", "he was “very happy” to help"},
                    {"called", "the merger “a terrible deal”"}});
  const Attribution* win = s.ByContent("We will win");
  REQUIRE(win != nullptr);
  CHECK(win->direct);
}

TEST_CASE("the author after a plural noun of saying and \"by\" speaks what its \"that\" opens") {
  const Scored s = Score("The emails went out.\n\nThe department spent months pushing back against claims by "
                         "intelligence agencies that some of her messages should be classified. The plan was "
                         "criticized by Republicans that I spoke to.");
  CheckSourcePhrases(s, {{"against claims", "intelligence agencies"}});
  CheckContents(s, {{"against claims", "some of her messages should be classified"}, {"was criticized", "The plan"}});
}

TEST_CASE("the agent after \"by far fewer\" speaks; publications and outlets are vague groups, a copy a document") {
  const Scored s = Score("Papers endorsed Clinton.\n\nDonald Trump, meanwhile, is supported by far fewer "
                         "publications. Several outlets reported that he would win. Clinton is by far the favorite, "
                         "analysts said. She is endorsed by many publications. The plan grew, according to a copy "
                         "of it obtained by the Free Beacon.");
  const Source* publications = s.SourceOf(s.ByCue("is supported"));
  REQUIRE(publications != nullptr);
  CHECK(publications->name == "publications");
  CheckSourcePhrases(s, {{"is endorsed", "many publications"}, {"according to", "a copy"}});
  CheckSourceTypes(s, {"The plan grew"}, "document");
  CheckSources(s, {{"he would win", "Several outlets", "", "anonymous"},
                   {"Clinton is by far the favorite", "analysts", "", "anonymous"}});
}

TEST_CASE("a participle after a dash shares the main clause's subject; an all-caps word opens no dateline then") {
  const Scored s = Score("Sanders spoke.\n\nDNC Chair Debbie Wasserman Schultz dismissed accusations that the Clinton "
                         "campaign is violating federal law — saying the Sanders campaign chose not to accept the "
                         "help. Kieran Suckling says he could make no distinction between Santilli and the armed "
                         "occupants of the refuge, noting that he saw weapons. NRA chief Wayne LaPierre rejected "
                         "the claims — and added that the group was right.");
  CheckSourcePhrases(s, {{"rejected", "NRA chief Wayne LaPierre"},
                         {"dismissed", "DNC Chair Debbie Wasserman Schultz"},
                         {"saying", "DNC Chair Debbie Wasserman Schultz"},
                         {"noting", "Kieran Suckling"}});
}

TEST_CASE("cities, councils, governments and agencies of places speak as a group, not as the last place") {
  const Scored s = Score("Fracking began.\n\nThe cities of Blackpool and Liverpool said they would light landmarks. "
                         "The councils of Blackpool and Preston said they would fight it. The governments of "
                         "Bolton and Wigan said they would help. The agencies of Leeds and Hull said it was safe.");
  CheckSourcePhrases(s, {{"they would light landmarks", "The cities of Blackpool and Liverpool"},
                         {"they would fight it", "The councils of Blackpool and Preston"},
                         {"they would help", "The governments of Bolton and Wigan"},
                         {"it was safe", "The agencies of Leeds and Hull"}});
  CheckNoSourceNamed(s, {"Liverpool", "Preston", "Wigan", "Hull"});
}

TEST_CASE("an attribution set off by commas inside its sentence reports the clause around it") {
  const Scored s = Score("Obama spoke.\n\nThe museum, Mr. Obama said, would make visitors proud. He was unable to "
                         "find a taker, he said, on condition of anonymity. Tariffs will not bring the jobs back, said "
                         "David Autor, a professor of economics. Prices rose, she said, adding that wages fell.");
  CheckContentsHolding(s, {{"The museum", "The museum, Mr. Obama said, would make visitors proud"},
                           {"He was unable to find a taker", "He was unable to find a taker"},
                           {"Tariffs will not bring the jobs back", "Tariffs will not bring the jobs back"},
                           {"Prices rose", "Prices rose"}});
}

TEST_CASE("a relative pronoun before the subject of a cue whose clause lacks a subject opens what is said") {
  const Scored s = Score("Spending fell.\n\nSpending is 1.1 percent of GDP, which he said would be its lowest ever. "
                         "It was a show of muscle that Clinton hopes can help block Sanders. It was the debate in "
                         "which he claimed he had won. Sanders lost the debate, in which he struggled to provide "
                         "detailed explanations of key policies.");
  CheckContentsHolding(s, {{"would be its lowest ever", "which he said would be its lowest ever"},
                           {"explanations of key policies", "explanations of key policies"}});
  CheckContents(s, {{"hopes", "that Clinton hopes can help block Sanders"}, {"claimed", "he had won"}});
}

TEST_CASE("a subject of up to eight words with a title before an auxiliary opening a cue speaks") {
  const Scored s = Score("He left.\n\nIn line with the majority of his fellow Americans, Republican Presidential "
                         "hopeful Sen. Ted Cruz was also critical of Obama's stance.");
  CheckSourcePhrases(s, {{"was also critical of", "Republican Presidential hopeful Sen. Ted Cruz"}});
}

TEST_CASE("an -ing form after \"while\" or \"by\" never speaks") {
  const Scored s = Score("Trump won.\n\nInstead, he was back to boasting about \"winning\" and pledging to make "
                         "American great again, while taking slams at Democratic winner Bernie Sanders and totally "
                         "ignoring Hillary Clinton.");
  CheckNoSourceNamed(s, {"taking"});
}

TEST_CASE("a source word before \"for\" speaks, not what it works for") {
  const Scored s = Score("Prices rose.\n\nThe trade group for the Blue Cross Blue Shield plans, which dominate many "
                         "state exchanges, spelled out its concerns. A representative for Victor Pinchuk said the "
                         "probe was over. \"The fear is greater here,\" said Paloma Wu, legal director for the "
                         "American Civil Liberties Union, which filed a challenge against the law.");
  CheckSourcePhrases(s, {{"spelled out", "The trade group"},
                         {"the probe was over", "A representative for Victor Pinchuk"},
                         {"filed a challenge", "the American Civil Liberties Union, which"}});
}

TEST_CASE("an \"according to\" opening the sentence reports what follows the comma closing its phrase") {
  const Scored s = Score("The emails vanished.\n\nAccording to an FBI summary of its investigation, Mills sent an "
                         "email to the employee. According to Office of Management and Budget figures from 2014 and "
                         "2015, the deficit shrank.");
  CheckContentsHolding(s, {{"Mills sent an email", "Mills sent an email to the employee"},
                           {"the deficit shrank", "the deficit shrank"}});
}

TEST_CASE("a clause after a comma and \"and\" with its own subject and cue is its own") {
  const Scored s = Score("Trump spoke.\n\nBefore then, a group of rabbis called for a boycott of his speech, and the "
                         "prominent civil rights organization the Anti-Defamation League strongly denounced his "
                         "rhetoric and said it would return his donations.");
  CheckSourcePhrases(s, {{"called for", "a group of rabbis"},
                         {"strongly denounced", "the Anti-Defamation League"},
                         {"said", "the Anti-Defamation League"}});
  CheckContents(s, {{"called for", "a boycott of his speech"}, {"strongly denounced", "his rhetoric"}});
  // Not a clause inside what is said: "said Clinton lied and added" stays the first speaker's.
  const Scored one = Score("Trump spoke.\n\nThe senator said Clinton lied and added that she should quit.");
  CheckSourcePhrases(one, {{"added", "The senator"}});
}

TEST_CASE("names on both sides of \"for\" name a body, not people and whom they work for") {
  const Scored s = Score("Intro here.\n\nDemocracy for America said it would help. Americans for Prosperity said it "
                         "would spend. The group Everytown for Gun Safety lauded the move. A spokesman for Americans "
                         "for Prosperity said it was fair. Cameron Easley for Morning Consult wrote that the impact "
                         "was small. The Code of Conduct for U.S. judges says a judge should not endorse anyone. "
                         "Executives for Mondelez say the company will save money.");
  CheckSources(s, {{"it would help", "Democracy for America", "Democracy for America", "organisation"},
                   {"it would spend", "Americans for Prosperity", "Americans for Prosperity", "organisation"},
                   {"the move", "Everytown for Gun Safety", "Everytown for Gun Safety", "organisation"},
                   {"it was fair", "A spokesman for Americans for Prosperity", "Americans for Prosperity", nullptr}});
  CheckNoSourceNamed(s, {"Cameron Easley for Morning Consult", "Conduct for U.S. judges", "Conduct",
                         "Executives for Mondelez"});
}

TEST_CASE("\"shows\" after a possessive determiner or an article is a broadcast, no cue") {
  const Scored s = Score("So there was Mr. Hannity last week, devoting one of his shows to a town hall-style meeting "
                         "with Mr. Trump. In turn, the language on their shows often made its way to the stump. A new "
                         "poll shows Mr. Trump leading.");
  CHECK(s.ByCue("shows") != nullptr);  // the poll's
  for (const Attribution& a : s.report.attributions) CHECK(s.Slice(a.content).find("town hall") == std::string::npos);
  for (const Attribution& a : s.report.attributions) CHECK(s.Slice(a.content).find("stump") == std::string::npos);
}

TEST_CASE("a phrase after a conjunction's \"like\" right before the cue is whom the subject is compared with") {
  const Scored s = Score("Intro here.\n\nHunter represents a district in San Diego, and like Trump has spoken about "
                         "the need for tighter border control. Critics like Huffman say it would help Grayson.");
  CheckSourcePhrases(s, {{"has spoken about", "Hunter"}, {"it would help", "Huffman"}});
}

TEST_CASE("a name before two lower-case words for a body names that body") {
  const Scored s = Score("The judge ruled. The Gannett newspaper chain filed a motion to unseal the records, arguing "
                         "that the public had a right to know. The Gannett newspaper said it would appeal.");
  CheckSources(s, {{"unseal the records", "Gannett newspaper chain", nullptr, "organisation"},
                   {"it would appeal", "Gannett newspaper", nullptr, "organisation"}});
}

TEST_CASE("a possessive determiner opens a phrase of adjectives and a noun, as an article does") {
  const Scored s = Score("Intro here.\n\nMost voters have no idea who their state senator is, so when they go to "
                         "vote, not knowing who’s who, they simply pull the lever, or push the button, for “R,” or "
                         "“D,” according to their instinctive preference. "
                         "Her liberal friends have mocked Trump's campaign. His core supporters were worried that he "
                         "was softening.");
  CheckSourcePhrases(s, {{"according to", "their instinctive preference"},
                         {"have mocked", "Her liberal friends"},
                         {"were worried", "His core supporters"}});
}

TEST_CASE("the military is named the military, not the army") {
  const Scored s = Score("Intro here.\n\nThe military said it was wrong. Chinese military commentators said it was "
                         "rash. The army said it was done.");
  CheckSources(s, {{"it was wrong", "Military", "Military", "organisation"},
                   {"it was rash", "Chinese military commentators", "Chinese military", "anonymous"},
                   {"it was done", "Army", "Army", "organisation"}});
}

TEST_CASE("a role word before a plural for people qualifies the group and is no role of it") {
  const Scored s = Score("Intro here.\n\nOther refugee advocates also said the government should go further. Some "
                         "veteran strategists said the plan would fail. The veteran pollster said it would pass.");
  const Source* advocates = s.SourceOf(s.ByContent("should go further"));
  const Source* strategists = s.SourceOf(s.ByContent("would fail"));
  const Source* pollster = s.SourceOf(s.ByContent("would pass"));
  REQUIRE(advocates != nullptr);
  REQUIRE(strategists != nullptr);
  REQUIRE(pollster != nullptr);
  CHECK(advocates->role.empty());
  CHECK(strategists->role.empty());
  CHECK(pollster->role == "veteran pollster");
}

TEST_CASE("a phrase after a cue that the dash closing an aside comes before is what is said") {
  const Scored s = Score("Sanders spoke.\n\nNeil Sroka, communications director of the progressive advocacy group "
                         "Democracy for America, or DFA - which was founded by former Vermont governor Howard Dean "
                         "after his 2004 presidential campaign and which has endorsed Sanders - said Sanders has "
                         "several options.");
  const Attribution* said = s.ByCue("said");
  REQUIRE(said != nullptr);
  CHECK(s.Slice(said->content) == "Sanders has several options");
  CheckNoSourceNamed(s, {"Bernie Sanders", "Sanders"});
}

TEST_CASE("an opening adverbial of up to 24 tokens comes before the subject of an auxiliary cue") {
  const Scored s = Score("Intro here.\n\nJust after Omar Mateen carried out his murderous attack on club goers at "
                         "the Pulse nightclub in Orlando, Donald Trump was calling for change.");
  CheckSourcePhrases(s, {{"was calling for", "Donald Trump"}});
}

TEST_CASE("\"then\" and an adverb opening the cue stand between a subject and its verb") {
  const Scored s = Score("Intro here.\n\nCo-anchor Norah O'Donnell, who was off-screen, then loudly asked, "
                         "\"Really?\"\n\nThe host then sharply asked, \"Why?\"\n\nThe anchor, who was off-screen, "
                         "then angrily asked, \"When?\"");
  CheckSourcePhrases(s, {{"Really?", "Co-anchor Norah O'Donnell"}, {"Why?", "The host"}, {"When?", "The anchor"}});
}

TEST_CASE("a verb after \"and\" shares the subject after an earlier \", and\" of its sentence") {
  const Scored s = Score("Intro here.\n\nNone has a reputation for being either pro- or anti-business, but Judge "
                         "Garland is an expert on antitrust law and has lectured on the topic at Harvard Law School.");
  CheckSourcePhrases(s, {{"has lectured on", "Judge Garland"}});
}

TEST_CASE("a participle after what an earlier cue says up to its comma is that cue's, whatever clause it holds") {
  const Scored s = Score("Intro here.\n\nEven a top GOP strategist said Clinton will have to choose whose side "
                         "she's on, saying, \"At some point, she's going to have to come out.\" Hillary Clinton's "
                         "campaign manager Robby Mook said as much in an interview earlier Thursday morning, arguing "
                         "that Trump lashed out at the generals. Trump refused to pay an architect who said he was "
                         "stiffed after he designed a clubhouse, saying, \"Maybe he didn't do a good job.\" In 2015 "
                         "the newspaper Il Fatto Quotidiano published a video of two women who stood in the piazza, "
                         "asking that he reconsider the appointment.");
  CheckSourcePhrases(s, {{"At some point", "a top GOP strategist"},
                         {"arguing", "Hillary Clinton's campaign manager Robby Mook"},
                         {"Maybe he didn't", "Trump"}});
  const Attribution* asking = s.ByCue("asking");
  REQUIRE(asking != nullptr);
  CHECK(s.Slice(asking->source).find("Il Fatto") == std::string::npos);
}

TEST_CASE("a subordinate clause after a colon ends what its cue says at its comma") {
  const Scored s = Score("Intro here.\n\nHe has alerted me to the latest development: after the Daily Caller "
                         "exposed what was happening, the school's administrators began messaging parents.");
  const Attribution* exposed = s.ByCue("exposed");
  REQUIRE(exposed != nullptr);
  CHECK(s.Slice(exposed->content) == "what was happening");
}

TEST_CASE("the clause before an attribution opening with \"as\" is said without the \"as\"; one with \"if\" is not") {
  const Scored s = Score("Intro here.\n\nThe numbers changed over the summer, as Sanders acknowledged. Well, if "
                         "those people believe it, it can't be true.");
  const Attribution* acknowledged = s.ByCue("acknowledged");
  const Attribution* believe = s.ByCue("believe");
  REQUIRE(acknowledged != nullptr);
  REQUIRE(believe != nullptr);
  CHECK(s.Slice(acknowledged->content) == "The numbers changed over the summer");
  CHECK(s.Slice(believe->content).find("Well") == std::string::npos);
}

TEST_CASE("a note and pictures are documents, and a lone adverb of place is no speaker") {
  const Scored s = Score("Intro here.\n\n\"You are a total loser!\" the note says. The applause from the audience and "
                         "the praise people poured online reaffirmed the power of the platform. Her campaign workers "
                         "here said they have been working the state since the spring. The pictures show Ms. "
                         "Bachmann shaking hands with voters.");
  CheckSources(s, {{"total loser", "the note", nullptr, "document"},
                   {"shaking hands", "The pictures", nullptr, "document"}});
  CheckNoSourceNamed(s, {"online", "here"});
  CheckSourcePhrases(s, {{"working the state", "Her campaign workers"}});
}

TEST_CASE("a body's name runs on past \"for the\" and \"of the\" after its listed body word") {
  const Scored s = Score("Intro here.\n\nThe Foundation for the Defense of Democracies said the deal was weak. The "
                         "Center for the Study of Hate and Extremism said the count was rising. The Council of the "
                         "Great City Schools found that students take 112 tests. The American Federation of "
                         "Teachers and the National Education Association endorsed her early. The U.S. Court of "
                         "Appeals for the Sixth Circuit overruled a judge's decision that Husted was not violating "
                         "any laws. Below is a video taken at the Mises Institute of Judge Napolitano explaining the "
                         "implications of the ruling.");
  CheckSources(s, {{"deal was weak", "Foundation for the Defense of Democracies", nullptr, "organisation"},
                   {"count was rising", "Center for the Study of Hate and Extremism", nullptr, "organisation"},
                   {"112 tests", "Council of the Great City Schools", nullptr, "organisation"},
                   {"Husted was not", "U.S. Court of Appeals for the Sixth Circuit", nullptr, "organisation"}});
  const Attribution* endorsed = s.ByCue("endorsed");
  REQUIRE(endorsed != nullptr);
  CHECK(s.Slice(endorsed->source).find(" and ") == std::string::npos);
  CheckNoSourceNamed(s, {"Defense", "Hate", "Great City Schools"});
  const Attribution* explaining = s.ByCue("explaining");
  REQUIRE(explaining != nullptr);
  CHECK(s.Slice(explaining->source) == "Judge Napolitano");
}

TEST_CASE("a name before an inquiry word ending the phrase is what is looked into, not who speaks") {
  const Scored s = Score("Hillary Clinton spoke.\n\nThe Clinton email investigation found that she was careless. "
                         "He testified after the release of a report on the handling of the FBI's Hillary Clinton "
                         "probe that described anti-Trump texts. The Mueller report found no crime.");
  const Attribution* careless = s.ByContent("careless");
  const Attribution* described = s.ByCue("described");
  REQUIRE(careless != nullptr);
  REQUIRE(described != nullptr);
  CHECK(s.SourceOf(careless)->name != "Hillary Clinton");
  CHECK(s.SourceOf(careless)->type == "document");
  CHECK(s.SourceOf(described)->name != "Hillary Clinton");
  CheckSources(s, {{"no crime", "The Mueller report", "Mueller", "document"}});
}

TEST_CASE("the subject before an aside set off by dashes or commas, with numbers or a relative clause, speaks") {
  const Scored s = Score("Intro here.\n\nRepublican pollster Whit Ayres -- author of 2016 and Beyond, which in the "
                         "wake of the party's defeat in 2012 urged the GOP to focus on appealing to the nation's "
                         "increasingly diverse electorate -- is skeptical Trump can overcome his statements. The "
                         "video, which was posted online by the conservative super PAC America Rising, apparently "
                         "shows Braley speaking to a group of lawyers. Nearby, John Meza, 22, was talking about why "
                         "he had come to Sanders. The chairman of the House Permanent Select Committee on "
                         "Intelligence, Devin Nunes (R -Calif.), reportedly hailed Trump's order.");
  CheckSourcePhrases(s, {{"Trump can overcome", "Republican pollster Whit Ayres"},
                         {"Braley speaking", "The video"},
                         {"why he had come", "John Meza"}});
  const Attribution* hailed = s.ByContent("Trump's order");
  REQUIRE(hailed != nullptr);
  CHECK(s.Slice(hailed->source).find("chairman") != std::string::npos);
  const Attribution* urged = s.ByCue("urged");
  REQUIRE(urged != nullptr);
  CHECK(s.Slice(urged->content).find("skeptical") == std::string::npos);
}

TEST_CASE("a past participle between an adverb after a preposition or article and a noun qualifies the noun") {
  const Scored s = Score("Intro here.\n\nSchiff, 56, who has served on the Intelligence Committee for a decade, told "
                         "USA TODAY's weekly video newsmaker series it is clear from publicly disclosed information "
                         "that computer hacking of the Democratic National Committee can be traced to the Russian "
                         "government. He publicly disclosed information that it was hacked.");
  const Attribution* qualifying = s.ByCue("disclosed");
  const Attribution* verb = s.ByCue("publicly disclosed");
  REQUIRE(qualifying != nullptr);
  REQUIRE(verb != nullptr);
  CHECK(qualifying->source.empty());
  CHECK(s.Slice(verb->source) == "He");
}

TEST_CASE("\"one\" before \"more\" or \"less\" counts things, and no one speaks") {
  const Scored s = Score("Intro here.\n\nWednesday added one more unusual development to the list: Sen. Ted Cruz "
                         "of Texas naming Carly Fiorina as his running mate. One more voter said he was unsure.");
  CheckNoSourceNamed(s, {"one", "One"});
  CheckSourcePhrases(s, {{"naming", "Sen. Ted Cruz"}});
}

TEST_CASE("a participle after \"besides\" opening the sentence, and a verb after \"and almost\", keep their subjects") {
  const Scored s = Score("Intro here.\n\nBesides attacking the former president, while the audience booed loudly, "
                         "Mr. Trump asserted that Planned Parenthood did wonderful things for women. Republicans said "
                         "the timing was not intentional; they only learned on Friday of the arrangements with Mills, "
                         "Samuelson and Bentel and almost immediately disclosed them to the AP.");
  CheckSourcePhrases(s, {{"attacking", "Mr. Trump"}, {"disclosed", "they"}});
  const Attribution* attacking = s.ByCue("attacking");
  REQUIRE(attacking != nullptr);
  CHECK(s.Slice(attacking->content).rfind("the former president", 0) == 0);
}

TEST_CASE("a cue holding a reflexive pronoun has its subject before it") {
  const Scored s = Score("Intro here.\n\nIn 2008, Arizona Sen. John McCain distanced himself from President George W. "
                         "Bush because the outgoing president was wildly unpopular.");
  CheckSourcePhrases(s, {{"distanced himself from", "Arizona Sen. John McCain"}});
}

TEST_CASE("\"Our\" capitalized inside a sentence before a name word opens the name, not before a title") {
  const Scored s = Score("Intro here.\n\nThe group Our Principles PAC said it would spend more. As Our Lord promised, "
                         "the gates will hold.");
  CheckSources(s, {{"spend more", "Our Principles PAC", nullptr, "organisation"}});
  CheckNoSourceNamed(s, {"Principles PAC", "Our"});
}

TEST_CASE("a number of \"9/11\" names no one: the phrase after it speaks") {
  const Scored s = Score("Intro here.\n\n\u201CThey are 100 percent wrong,\u201D said 9/11 widow Terry Strada. "
                         "\u201CWe only ask for a day in court,\u201D she added.");
  CheckSources(s, {{"100 percent wrong", "Terry Strada", nullptr, "person"},
                   {"a day in court", "Terry Strada", nullptr, nullptr}});
  CheckNoSourceNamed(s, {"9", "11"});
}

TEST_CASE("the verb of \"WON'T\" or \"CAN'T\" in capitals is no name") {
  const Scored s = Score("Intro here.\n\nThe White House WON\u2019T say if Trump will fire Robert Mueller.");
  CheckSources(s, {{"will fire Robert Mueller", "White House", nullptr, "organisation"}});
  CheckNoSourceNamed(s, {"WO"});
}

TEST_CASE("a listed administration or campaign takes in the given name and initials before its surname") {
  const Scored s = Score("Intro here.\n\nThree former George W. Bush administration officials said they back her. "
                         "The Barack Obama administration said the plan was legal. Two Hillary Clinton campaign aides "
                         "said the race was close.");
  CheckSources(s, {{"they back her", "Three former George W. Bush administration officials", "Bush administration",
                    "anonymous"},
                   {"the plan was legal", "Obama administration", nullptr, "organisation"},
                   {"the race was close", "Two Hillary Clinton campaign aides", "Clinton campaign", "anonymous"}});
  CheckNoSourceNamed(s, {"George W.", "Barack Obama", "Hillary Clinton"});
}

TEST_CASE("names joined by a slash are one pair of makers, read as one phrase through the document word") {
  const Scored s = Score("Intro here.\n\nThe latest Reuters/Ipsos poll showed Clinton ahead. Trump is ahead in Iowa, "
                         "according to a New York Times/CBS News poll released last week. A CNN/ORC poll found Cruz "
                         "second.");
  CheckSourcePhrases(s, {{"showed", "The latest Reuters/Ipsos poll"},
                         {"according to", "a New York Times/CBS News poll"},
                         {"found", "A CNN/ORC poll"}});
  CheckSources(s, {{"Clinton ahead", "Reuters", nullptr, "outlet"}, {"Cruz second", "CNN", nullptr, "outlet"}});
  const Attribution* according = s.ByCue("according to");
  REQUIRE(according != nullptr);
  CHECK(s.Slice(according->content) == "Trump is ahead in Iowa");
}

TEST_CASE("campaign materials, flyers and mailers are documents; \"Enough said\" names no one") {
  const Scored s = Score("Intro here.\n\nPainting Trump as a threat to workers, the materials echo the union's "
                         "message. A campaign flyer says taxes will rise. Enough said.");
  CheckSources(s, {{"Trump as a threat", "the materials", nullptr, "document"},
                   {"taxes will rise", "A campaign flyer", nullptr, "document"}});
  CheckNoSourceNamed(s, {"Enough"});
}

TEST_CASE("a day after a participle modifying a plural is no speaker, nor a phrase opening with a verb after a modal") {
  const Scored s = Score("Intro here.\n\nOnly one of the 25 delegates selected Sunday has publicly signaled he might "
                         "back Trump. Voters interviewed Tuesday said they liked him.");
  CheckSourcePhrases(s, {{"has publicly signaled", "one of the 25 delegates"}, {"said", "Voters"}});
  const Attribution* signaled = s.ByCue("has publicly signaled");
  REQUIRE(signaled != nullptr);
  CHECK(s.Slice(signaled->content) == "he might back Trump");
}

TEST_CASE("after a verb of telling and the person told, a subject pronoun opens what is said") {
  const Scored s = Score("Intro here.\n\nThe judge told reporters on Thursday he was done with the case. The mayor "
                         "assured me it was legal. The senator told voters after he spoke that he believed in it.");
  CheckSourcePhrases(s, {{"he was done", "The judge"}, {"it was legal", "The mayor"}});
  const Attribution* judge = s.ByCue("told");
  REQUIRE(judge != nullptr);
  CHECK(s.Slice(judge->content) == "he was done with the case");
  const Attribution* mayor = s.ByCue("assured");
  REQUIRE(mayor != nullptr);
  CHECK(s.Slice(mayor->content) == "it was legal");
  const Attribution* senator = s.ByContent("he believed in it");
  REQUIRE(senator != nullptr);
  CHECK(s.Slice(senator->content) == "he believed in it");
  // A determiner after a name, a plural or an object pronoun, when a verb "be" or "have" or a modal
  // follows; not a time, nor past a preposition.
  const Scored d = Score("Intro here.\n\nThe teacher told the students the assignment was optional. The aide told "
                         "CNN this week he would stay. The new president told Americans across the country they will "
                         "never be ignored again.");
  CheckContentsHolding(d, {{"assignment was optional", "the assignment was optional"}, {"would stay", "he would stay"},
                           {"never be ignored", "they will never be ignored again"}});
}

TEST_CASE("a day after a participle modifying a document is no speaker; a politician is an official") {
  const Scored s = Score("Intro here.\n\n\u201CThe claim is speculative,\u201D the ruling issued Friday said. The "
                         "veteran politician said the vote was close.");
  CheckSources(s, {{"The claim is speculative", "the ruling", nullptr, "document"},
                   {"the vote was close", "The veteran politician", nullptr, "official"}});
}

TEST_CASE("a cue whose colon ends its paragraph reports the quotation opening the next paragraph") {
  const Scored s = Score("Intro here.\n\nThe campaign answered the charge on Monday.\n\nCruz continued:\n\n\u201CYou "
                         "look at the questions: are you a comic book villain?\u201D\n\nDr. Ward stated:\n\n\"The "
                         "department is not about equal justice anymore.\"\n\nThe sky was blue.");
  const Attribution* continued = s.ByCue("continued:");
  REQUIRE(continued != nullptr);
  CHECK(continued->direct);
  CHECK(s.Slice(continued->content) == "You look at the questions: are you a comic book villain?");
  CheckSources(s, {{"not about equal justice", "Ward", nullptr, nullptr}});
  // So does a comma right after the cue ending its paragraph.
  const Scored comma = Score("Intro here.\n\nThe report was out.\nAs Winfield writes,\n\u201CThe revelation could "
                             "be costly for Francis.\u201D\nThe sky was blue.");
  CheckContents(comma, {{"writes", "The revelation could be costly for Francis."}});
}

TEST_CASE("a sentence of disagreement or retort introduces the quotation after it") {
  const Scored s = Score("Intro here.\n\nThe rule passed.\n\nFranson Reneus, 18, disagrees. \"I could say I identify "
                         "as anything,\" he added. Ms. Smith retorted. \"That is not the point.\"");
  CheckContents(s, {{"disagrees", "I could say I identify as anything,"}, {"retorted", "That is not the point."}});
  CheckSources(s, {{"not the point", "Smith", nullptr, nullptr}});
}

TEST_CASE("a cue whose colon ends its paragraph reports the next paragraph when it has no quotation marks") {
  const Scored s = Score("Intro here.\n\nHe had no kind words for Trump. In a speech last July, he said:\n\nLet no "
                         "one be mistaken, the candidacy is a cancer. It must be excised.\n\nThe sky was blue. Sanders "
                         "wants to see changes that include:\n\nVoter participation.");
  CheckContents(s, {{"said:", "Let no one be mistaken, the candidacy is a cancer. It must be excised"}});
  const Attribution* wants = s.ByCue("wants");
  REQUIRE(wants != nullptr);
  CHECK(s.Slice(wants->content).find("Voter participation") == std::string::npos);
}

TEST_CASE("a foreign head of state is no president the text named before without a country") {
  const Scored s = Score("Intro here.\n\nPresident Obama had a talk this week with Francois Hollande. The French "
                         "president expressed his condolences over the massacre, while Obama offered his own "
                         "condolences.\n\nHungary's Prime Minister said in a speech that Christianity is Europe's last "
                         "hope. Prime Minister Viktor Orban warned that migration opened the way to decline.");
  CheckSources(s, {{"his condolences over the massacre", "The French president", "France", "official"},
                   {"his own condolences", "Obama", nullptr, nullptr},
                   {"Christianity is Europe's last hope", "Viktor Orban", nullptr, nullptr}});
  // Nor the only president the text names, when he has no country.
  const Scored only = Score("Intro here.\n\nPresident Obama said he had a talk this week with Francois Hollande. "
                            "The French president expressed his condolences over the massacre.");
  CheckSources(only, {{"his condolences over the massacre", "The French president", "France", "official"}});
}

TEST_CASE("a participle after \"by\" or \"without\", or a conjunction opening the sentence, reports to its comma") {
  const Scored s = Score("Intro here.\n\nYet by calling out Clinton on the substance of her attack, Axelrod "
                         "occupied a familiar role. Without citing any evidence, the mayor claimed the plan had "
                         "failed.");
  CheckSourcePhrases(s, {{"calling out", "Axelrod"}, {"citing", "the mayor"}});
  CheckContents(s, {{"calling out", "Clinton on the substance of her attack"}, {"citing", "any evidence"}});
}

TEST_CASE("a cue that is an adverb of hearsay, perhaps after an auxiliary, has no source") {
  const Scored s = Score("Intro here.\n\nHer team has reportedly consulted shrinks. Scott was shot after he "
                         "allegedly brandished a pistol. Devin Nunes reportedly hailed the decision.");
  CheckNoSource(s, {"has reportedly", "allegedly"});
  CheckSourcePhrases(s, {{"the decision", "Devin Nunes"}});
  // One with no source after ", who" reports its relative clause, up to the comma closing it.
  const Scored relative = Score("Intro here.\n\nKlobuchar, who reportedly finished second, suggested that the tax "
                                "cut helped his friends.");
  CheckContents(relative, {{"reportedly", "finished second"}});
}

TEST_CASE("a verb of saying opening the sentence before its speaker is no part of the name") {
  const Scored s = Score("Intro here.\n\nRoger Stone spoke on the radio.\n\nContinued Stone: \u201CI think that the "
                         "stakes are so high.\u201D");
  CheckSources(s, {{"the stakes are so high", "Roger Stone", nullptr, "person"}});
  CheckNoSourceNamed(s, {"Continued Stone"});
}

TEST_CASE("a verb of telling whose person told leads in to a clause reports that clause, not the quotation before") {
  const Scored s = Score("Talks went on. Josh Earnest said on Monday that “the talks failed.” Officials told Reuters "
                         "he may resign.");
  CheckContents(s, {{"said", "the talks failed"}, {"told", "he may resign"}});
  // A quotation before a verb of telling that no clause follows is still its content.
  const Scored quoted = Score("Talks went on. “The talks failed.” Officials told Reuters.");
  CheckContents(quoted, {{"told", "The talks failed."}});
}

TEST_CASE("a source phrase ends before a word of it that is another cue before \"that\"") {
  const Scored s = Score("Citing local news outlets, the Associated Press reports that Hess almost missed the flight.");
  CheckSourcePhrases(s, {{"Citing", "the Associated Press"}, {"Hess almost missed", "the Associated Press"}});
  CheckSourceName(s, "Citing", "Associated Press");
  CHECK(s.report.sources.size() == 1);
}

TEST_CASE("a time before a possessive ending is when, not who: the phrase it owns speaks") {
  const Scored s = Score("Polls vary. According to July's Washington Post/ABC News polling, Clinton leads. Trump "
                         "trails, according to August's Fox News polling.");
  CheckSources(s, {{"Clinton leads", "The Washington Post", nullptr, "outlet"},
                   {"Trump trails", "Fox News", nullptr, "outlet"}});
  CheckNoSourceNamed(s, {"July", "August"});
}

TEST_CASE("\"a\" or \"an\" and names after the cue, before a lower-case noun, qualify the noun: no speaker") {
  const Scored s = Score("Donald Trump, the former host of the reality show “The Apprentice,” listed an NBC show as "
                         "his guilty pleasure.");
  CheckSourceName(s, "listed", "Donald Trump");
  CheckNoSourceNamed(s, {"NBC News"});
  // A name the noun is a cue of, before the cue, still speaks.
  const Scored report = Score("Taxes were low. Trump had a net loss of $915 million, a New York Times report said.");
  CheckSourceName(report, "net loss", "The New York Times");
}

TEST_CASE("a cue in the clause an earlier cue reports speaks with the subject right before it") {
  const Scored s = Score("She was upset. Deal said other students told her daughter that she was going to hell. "
                         "Experts say that the group has criticized Trump.");
  CheckSourcePhrases(s, {{"told", "other students"}, {"has criticized", "the group"}});
  CheckContents(s, {{"said", "other students told her daughter that she was going to hell"},
                    {"say", "the group has criticized Trump"}});
}

TEST_CASE("after \"according to\" and its source, a possessive opens the rest of the phrase up to its comma") {
  const Scored s = Score("He worked there. According to Fleming's “The Fixers,” his was a job. According to E. J. "
                         "Fleming's ''The Fixers: Eddie Mannix and the MGM Machine'' and other sources, his was an "
                         "all-purpose job. According to data from NASA's Spaceweather, so far this year, 96 days "
                         "had no sunspots.");
  CheckContentsHolding(s, {{"his was a job", "his was a job"},
                           {"all-purpose job", "his was an all-purpose job"},
                           {"96 days", "so far this year, 96 days had no sunspots"}});
}

TEST_CASE("a pick on the owner of a role written in lower case right before a name moves to the name") {
  const Scored s = Score("For Trump, according to Ronald Reagan's former education secretary William J. Bennett, "
                         "the speech is a test. Speaking on MSNBC, Clinton's chief pollster and strategist Joel "
                         "Benenson on Monday lashed out at the Sanders campaign.");
  CheckSources(s, {{"the speech is a test", "William J. Bennett", "Ronald Reagan", "official"}});
  CheckSourceName(s, "lashed out at", "Joel Benenson");
}

TEST_CASE("a role before a possessive and the people it owns is the owner's, not the speaker's") {
  const Scored s = Score("Talks went on. The president's team said it was fine. The senator's staff said nothing.");
  CheckSources(s, {{"it was fine", "The president's team", nullptr, "anonymous"},
                   {"nothing", "The senator's staff", nullptr, "anonymous"}});
  for (const Source& src : s.report.sources) CHECK(src.role.empty());
}

TEST_CASE("a cue after a clause's comma that goes on, past an adjunct, to \"that\" reports what \"that\" opens") {
  const Scored s = Score("He wavered. Despite some signs that he was backing down, however, he said last month that "
                         "his position has grown. Courted by most of the candidates, Adelson said on Sunday that he "
                         "may wait. The economy grew, Yellen said on Tuesday.");
  CheckContentsHolding(s, {{"his position", "his position has grown"},
                           {"he may wait", "he may wait"},
                           {"The economy grew", "The economy grew"}});
}

TEST_CASE("an adjunct set off by commas after the cue leads in to the \"that\" after it") {
  const Scored s = Score("Clinton called him “ISIS’ best recruiter.” She also said, without evidence, that “they are "
                         "going to people.” He added, though, that in the end it did not work.");
  CheckContents(s, {{"also said", "they are going to people"}, {"added", "in the end it did not work"}});
}

TEST_CASE("a quoted title or object after a preposition, a possessive or a participle is not the content of a cue "
          "that reports its own clause") {
  const Scored s = Score("The city was calm.\n\nIn an interview on CBS's “Face the Nation,” House Speaker Paul Ryan "
                         "said the recent spate of shootings demands listening.\n\nCiting “obligations in Tennessee,” "
                         "the former vice president's spokeswoman told POLITICO that Gore plans to skip it.");
  CheckContents(s, {{"said", "the recent spate of shootings demands listening"}, {"told", "Gore plans to skip it"}});
  // Nor before a cue its source opens that three words follow.
  const Scored words = Score("The city was calm.\n\nWednesday on Fox News Channel's “Hannity,” Newt Gingrich said if "
                             "Trump picked him it would be a two-pirate ticket.");
  CheckContents(words, {{"said", "if Trump picked him it would be a two-pirate ticket"}});
  // A quotation before a cue with no clause of its own is still its content, and so is one before
  // an apposition after the cue.
  const Scored plain = Score("The city was calm.\n\nIn his words on “Face the Nation,” he said.");
  CheckContents(plain, {{"said", "Face the Nation,"}});
  const Scored apposition = Score("The city was calm.\n\nNancy's “single most defining public role was helping "
                                  "my husband,” Anthony says, a job especially important for this president.");
  CheckContents(apposition, {{"says", "single most defining public role was helping my husband,"}});
}

TEST_CASE("a participle opening its sentence with its agent right after it reports what follows the agent") {
  const Scored s = Score("She spoke. Challenged by ABC News's Diane Sawyer on her speaking fees, Clinton said that "
                         "her family was broke. Asked by Glenn Thrush if Clinton gets race, Sharpton avoided an "
                         "answer.");
  CheckContents(s, {{"Challenged", "on her speaking fees"}, {"said", "her family was broke"}});
  CheckContentsHolding(s, {{"Clinton gets race", "if Clinton gets race"}});
  CheckSourceName(s, "Challenged", "Diane Sawyer");
}

TEST_CASE("a campaign role of the party of the person quoted in the sentence before is that person") {
  const Scored s = Score("Republican contender Donald Trump spoke.\n\n“Russia, if you’re listening, find the emails,” "
                         "Trump told reporters.\n\nThe Republican presidential nominee later said he was being "
                         "sarcastic.");
  CheckSourceName(s, "he was being sarcastic", "Donald Trump");
  // Not one of another party.
  const Scored other = Score("Republican contender Donald Trump spoke.\n\n“Find the emails,” Trump told reporters."
                             "\n\nThe Democratic presidential nominee later said he was wrong.");
  CheckSourceName(other, "he was wrong", "The Democratic presidential nominee");
}

TEST_CASE("an epithet of wealth or trade is the individual named last before it, when no office contradicts it") {
  const Scored s = Score("Clinton said she would win. Rubio said he would win. Cruz said he would win. Trump said "
                         "he would win.\n\nTrump is taking questions in a lodge in Salem, New Hampshire.\n\nThe "
                         "billionaire businessman began by talking about the drug crisis, saying heroin is cheap.");
  CheckSourceName(s, "heroin is cheap", "Trump");
  const Scored office = Score("Senate Majority Leader Mitch McConnell said he spoke with the candidate.\n\nThe "
                              "Kentucky Republican and the New York businessman discussed the violence.");
  const Attribution* discussed = office.ByCue("discussed");
  REQUIRE(discussed != nullptr);
  const Source* src = office.SourceOf(discussed);
  REQUIRE(src != nullptr);
  CHECK(src->name != "Mitch McConnell");
}

TEST_CASE("a name, its party tag set off by commas and an apposition: the name speaks") {
  const Scored s = Score("Talks went on. Sen. Max Baucus, D-Mont., the representative for Senate Democrats, "
                         "indicated Wednesday he is not worried about the letter.");
  CheckSources(s, {{"he is not worried", "Max Baucus", "Democratic", "official"}});
}

TEST_CASE("a self-described identity is the subject of the sentence before, whatever their office; a lower-case "
          "party word is no party") {
  const Scored s = Score("Sen. Bernie Sanders (I-Vt.) said he would fight.\n\nSanders visited Missouri on Saturday, "
                         "holding a rally in Springfield. The self-described democratic socialist said he would win "
                         "the state.");
  CheckSources(s, {{"he would win the state", "Bernie Sanders", "Independent", "official"}});
  const Scored lower = Score("Talks went on. A self-described democratic socialist from Ohio said he would vote.");
  const Attribution* said = lower.ByCue("said");
  REQUIRE(said != nullptr);
  REQUIRE(lower.SourceOf(said) != nullptr);
  CHECK(lower.SourceOf(said)->affiliation != "Democratic");
}

TEST_CASE("a campaign's role is the legislator or governor who opened the sentence before, not a president") {
  const Scored s = Score("Texas Sen. Ted Cruz says the new rules are worthless.\n\nTed Cruz is protesting the "
                         "rules by giving away a shotgun.\n\nThe GOP presidential candidate sent out an email to "
                         "supporters Tuesday.");
  CheckSourceName(s, "sent out an email to", "Ted Cruz");
  const Scored president = Score("President Trump continues to support Kavanaugh.\n\n“It did not happen,” the "
                                 "nominee said Sunday.");
  const Attribution* said = president.ByCue("said Sunday");
  REQUIRE(said != nullptr);
  REQUIRE(president.SourceOf(said) != nullptr);
  CHECK(president.SourceOf(said)->name != "Trump");
}

TEST_CASE("a few quoted words in lower case ending a clause before its source and cue stand for the clause") {
  const Scored s = Score("The vote failed.\n\nThe bill's failure was “heartbreaking,” Clinton said. “It hurts every "
                         "one of us here.”");
  CheckContents(s, {{"said", "The bill's failure was “heartbreaking,”"}});
  // The quotation after it still continues the speaker.
  CHECK(s.SpeakerOf("It hurts every one") == "Clinton");
  // So before a source after the cue, perhaps in apposition.
  const Scored postposed = Score("The vote failed.\n\nThe misinformation may be “strategic,” said Jeffery Hemsley, "
                                 "an assistant professor at Syracuse University.");
  CheckContents(postposed, {{"said", "The misinformation may be “strategic,”"}});
  // Not before words after the cue, nor a quotation ending the sentence before.
  const Scored after = Score("The vote failed.\n\nThe bill was “heartbreaking,” she said, adding that it hurt.");
  CheckContents(after, {{"said", "heartbreaking,"}});
  const Scored before = Score("The vote failed.\n\nHe did not “use it that much.” According to the records, the "
                              "plane flew 333 hours.");
  CheckContents(before, {{"According to", "the plane flew 333 hours"}});
}

TEST_CASE("an attribution sentence ending its paragraph introduces the quotation opening the next one") {
  const Scored s = Score("She spoke on television.\n\nShe continued.\n\n“I worry about this country. I do not want "
                         "these people to sit on juries.”");
  CheckContents(s, {{"continued", "I worry about this country. I do not want these people to sit on juries."}});
}

TEST_CASE("a dash opening a paragraph before its source signs the quotation ending the paragraph before") {
  const Scored s = Score("The debate went on.\n\n“Boeing and GE and other multinationals pay zero taxes.”\n\n- "
                         "Sanders.\n\nThis is a complex issue.");
  CheckSourcePhrases(s, {{"pay zero taxes", "Sanders"}});
  CheckContents(s, {{"-", "Boeing and GE and other multinationals pay zero taxes."}});
}

TEST_CASE("\"emphasis added\" and \"italics added\" are set phrases, no attribution") {
  const Scored s = Score("The report said the weapons “are of Iranian manufacture.” [emphasis added] The files will "
                         "be opened. (Italics added.) Haley added that Iran must stop.");
  int added = 0;
  for (const Attribution& a : s.report.attributions) added += s.Slice(a.cue) == "added" ? 1 : 0;
  CHECK(added == 1);  // Haley's
}

TEST_CASE("a transcript's speaker labels speak; an interview's Q and A, a list's headings and a one-off label do not") {
  const Scored s = Score(
      "Pence on the debate\n\nPartial transcript as follows:\n\n"
      "\"WALLACE: Let's start with breaking news on the debate story tonight.\n\n"
      "\"PENCE: Well, look, the campaign thinks this is about the economy and jobs.\n\n"
      "\"WALLACE: If I may, sir, because we have got limited time here.\n\n"
      "\"PENCE: The American people want to hear about the issues.");
  const Attribution* pence = s.ByContent("American people want to hear");
  REQUIRE(pence != nullptr);
  CHECK(s.Slice(pence->cue) == ":");
  CheckContentsHolding(s, {{"American people want to hear", "The American people want to hear about the issues"}});
  CheckSourcePhrases(s, {{"American people want to hear", "PENCE"}, {"Let's start with breaking news", "WALLACE"}});

  auto label_speaks = [](const std::string& text, const std::string& label) {
    const Scored t = Score(text);
    for (const Attribution& a : t.report.attributions)
      if (t.Slice(a.source) == label) return true;
    return false;
  };
  const std::string interview =
      "Biden on the race\n\nQ: You have been talking about the country, right?\n\nA: It is a big mistake to say so.\n\n"
      "Q: Have you talked to her?\n\nA: It has been about a month.";
  CHECK_FALSE(label_speaks(interview, "Q"));
  CHECK_FALSE(label_speaks(interview, "A"));
  const std::string headings =
      "Convents of the order\n\nThe nuns met in May.\n\nPresent Problems: In general, in our Association the vocations "
      "continue growing.\n\nPresent Problems: Only one convent fulfils the rules.";
  CHECK_FALSE(label_speaks(headings, "Present Problems"));
  const std::string once =
      "Pence on the debate\n\nPartial transcript as follows:\n\n\"WALLACE: Let's start with breaking news on the "
      "debate story tonight.\n\nThe debate is on Monday.";
  CHECK_FALSE(label_speaks(once, "WALLACE"));
  const std::string updates =
      "Storm hits the coast\n\nThe storm came ashore on Monday.\n\nUPDATE: The governor has declared an emergency in "
      "three counties.\n\nUPDATE: The storm has weakened over land tonight.";
  CHECK_FALSE(label_speaks(updates, "UPDATE"));
  // A label the body names mid-sentence as a person.
  const std::string named =
      "The call\n\nHere is what Ms. Ford told the committee.\n\nDefense Attorney: When did this occur, Ms. Ford?\n\n"
      "Ford: I am not exactly sure of it.\n\nDefense Attorney: Where was the house?\n\n"
      "Ford: I do not remember the house.";
  CHECK(label_speaks(named, "Defense Attorney"));
  CHECK(label_speaks(named, "Ford"));
}
