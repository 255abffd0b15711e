// CheckEnglish: texts in other languages are told apart from English news, which never is.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/corpus_io.h"
#include "core/language.h"
#include "test_support.h"

namespace biaslens {
namespace {

// The same news item (a government withdrawing its troops), written for this test in each
// language: about 55-85 words, as a short news item.
const std::vector<std::pair<const char*, const char*>> kOtherLanguages = {
    {"Spanish",
         "El gobierno anunció el martes que retirará la mayor parte de sus tropas del país, una deci"
         "sión que sorprendió a los aliados y a los analistas. Según el portavoz del ministerio, la "
         "misión se ha cumplido en gran medida y las negociaciones de paz podrían avanzar en las pró"
         "ximas semanas. Sin embargo, varios diplomáticos expresaron dudas sobre el calendario y adv"
         "irtieron que la situación sigue siendo frágil en el norte, donde los combates continúan. L"
         "a oposición pidió garantías y una supervisión internacional del proceso."},
    {"German",
         "Die Regierung hat am Dienstag angekündigt, den größten Teil ihrer Truppen aus dem Land abz"
         "uziehen, eine Entscheidung, die Verbündete und Beobachter gleichermaßen überraschte. Nach "
         "Angaben eines Sprechers des Ministeriums sei die Mission weitgehend erfüllt, und die Fried"
         "ensgespräche könnten in den kommenden Wochen vorankommen. Mehrere Diplomaten äußerten jedo"
         "ch Zweifel am Zeitplan und warnten, dass die Lage im Norden, wo weiterhin gekämpft wird, a"
         "ngespannt bleibe. Die Opposition forderte Garantien und eine internationale Aufsicht."},
    {"French",
         "Le gouvernement a annoncé mardi qu'il retirerait la plus grande partie de ses troupes du p"
         "ays, une décision qui a surpris les alliés comme les observateurs. Selon un porte-parole d"
         "u ministère, la mission est en grande partie accomplie et les négociations de paix pourrai"
         "ent progresser dans les prochaines semaines. Plusieurs diplomates ont toutefois exprimé de"
         "s doutes sur le calendrier et averti que la situation reste fragile dans le nord, où les c"
         "ombats se poursuivent. L'opposition a réclamé des garanties et une supervision internation"
         "ale."},
    {"Italian",
         "Il governo ha annunciato martedì che ritirerà la maggior parte delle sue truppe dal paese,"
         " una decisione che ha sorpreso alleati e osservatori. Secondo un portavoce del ministero, "
         "la missione è stata in gran parte compiuta e i negoziati di pace potrebbero avanzare nelle"
         " prossime settimane. Diversi diplomatici hanno tuttavia espresso dubbi sul calendario e av"
         "vertito che la situazione resta fragile nel nord, dove i combattimenti continuano. L'oppos"
         "izione ha chiesto garanzie e una supervisione internazionale del processo."},
    {"Portuguese",
         "O governo anunciou na terça-feira que vai retirar a maior parte das suas tropas do país, u"
         "ma decisão que surpreendeu aliados e observadores. Segundo um porta-voz do ministério, a m"
         "issão foi em grande parte cumprida e as negociações de paz poderão avançar nas próximas se"
         "manas. Vários diplomatas manifestaram, porém, dúvidas sobre o calendário e alertaram que a"
         " situação continua frágil no norte, onde os combates prosseguem. A oposição pediu garantia"
         "s e uma supervisão internacional do processo."},
    {"Dutch",
         "De regering heeft dinsdag aangekondigd het grootste deel van haar troepen uit het land ter"
         "ug te trekken, een besluit dat bondgenoten en waarnemers verraste. Volgens een woordvoerde"
         "r van het ministerie is de missie grotendeels volbracht en kunnen de vredesbesprekingen de"
         " komende weken vooruitgang boeken. Verschillende diplomaten uitten echter twijfels over he"
         "t tijdschema en waarschuwden dat de situatie in het noorden, waar de gevechten doorgaan, k"
         "wetsbaar blijft. De oppositie vroeg om garanties en internationaal toezicht."},
    {"Russian",
         "Правительство во вторник объявило, что выведет большую часть своих войск из страны. Это ре"
         "шение удивило как союзников, так и наблюдателей. По словам представителя министерства, мис"
         "сия в основном выполнена, и мирные переговоры могут продвинуться в ближайшие недели. Однак"
         "о несколько дипломатов выразили сомнения в сроках и предупредили, что ситуация на севере, "
         "где продолжаются бои, остается хрупкой."},
    {"Chinese",
         "政府周二宣布将从该国撤出大部分部队，这一决定令盟友和观察人士感到意外。据该部发言人称，任务已基本完成，和平谈判可能在未来几周内取得进展。然而，几名外交官对时间表表示怀疑，并警告说北"
         "部局势依然脆弱，那里的战斗仍在继续。反对派要求提供保证并由国际社会监督这一进程。"},
};

TEST_CASE("news in other languages does not read as English, and the report says so") {
  for (const auto& sample : kOtherLanguages) {
    const char* language = sample.first;
    const char* text = sample.second;
    CAPTURE(language);
    const LanguageCheck check = CheckEnglish(AnalyzeText(text));
    CHECK(check.judged);
    CHECK_FALSE(check.english);
    CHECK(check.english_words * 20 < check.words);
    Article article;
    article.id = language;
    article.text = std::string("Headline\n\n") + text;
    Report report;
    std::string error;
    REQUIRE(SharedScorer().Score(article, &report, &error));
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].find("does not read as English") != std::string::npos);
  }
}

TEST_CASE("a short text is not judged; English is English") {
  const LanguageCheck short_text = CheckEnglish(AnalyzeText("El gobierno anunci\xC3\xB3 el martes que retirar\xC3\xA1 sus tropas."));
  CHECK_FALSE(short_text.judged);
  CHECK(short_text.english);
  std::string english;
  for (int i = 0; i < 10; ++i) english += "The minister said that the plan, which was drawn up by officials, may change. ";
  const LanguageCheck check = CheckEnglish(AnalyzeText(english));
  CHECK(check.judged);
  CHECK(check.english);
  CHECK(check.words == 140);
  CHECK(LanguageWarning(check).empty());
  // Only the first kMaxWordsLooked words are looked at.
  std::string long_text;
  for (int i = 0; i < 100; ++i) long_text += english;
  CHECK(CheckEnglish(AnalyzeText(long_text)).words == kMaxWordsLooked);
}

TEST_CASE("no text of the English development corpora is taken for another language") {
  const std::filesystem::path eval = std::filesystem::path(BIASLENS_DATA_DIR) / "eval";
  if (!std::filesystem::exists(eval)) {
    MESSAGE("skipped: " << eval.string() << " is not here (the annotated corpora live in ../shared/data)");
    return;
  }
  size_t judged = 0;
  double lowest_share = 1.0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(eval)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const ArticleBatch batch = ReadArticles(entry.path().filename().string(), bytes.str());
    for (const Article& a : batch.articles) {
      const LanguageCheck check = CheckEnglish(AnalyzeText(a.text));
      judged += check.judged;
      if (check.judged) lowest_share = std::min(lowest_share, static_cast<double>(check.english_words) / check.words);
      CHECK_MESSAGE(check.english, entry.path().filename().string(), ": ", a.id, " ", check.english_words, "/", check.words);
    }
  }
  MESSAGE("texts long enough to judge: " << judged << "; the lowest share of English function words: " << lowest_share);
  CHECK(judged >= 1000);  // 1,351 of the development corpora's texts have 60 words or more
}

}  // namespace
}  // namespace biaslens
