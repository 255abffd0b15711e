// RepairMojibake: UTF-8 once decoded as Windows-1252 or Latin-1 is read back, with a map from
// each repaired byte to the text as given; well-formed text of any script stays as it is.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/mojibake.h"

using namespace biaslens;

namespace {

// The repaired text, or "" when nothing was repaired; checks the map's shape on the way.
std::string Repaired(const std::string& text, size_t expected_count) {
  std::string out;
  std::vector<uint32_t> map;
  const size_t count = RepairMojibake(text, &out, &map);
  CHECK(count == expected_count);
  if (count == 0) {
    CHECK(out.empty());
    CHECK(map.empty());
    return "";
  }
  REQUIRE(map.size() == out.size() + 1);
  CHECK(map.front() == 0);
  CHECK(map.back() == text.size());
  for (size_t i = 1; i < map.size(); ++i) CHECK(map[i - 1] <= map[i]);
  return out;
}

}  // namespace

TEST_CASE("mojibake: two-, three- and four-byte characters read as Windows-1252 are repaired") {
  CHECK(Repaired("French President Fran\u00C3\u00A7ois Hollande", 1) == "French President Fran\u00E7ois Hollande");
  CHECK(Repaired("it\u00E2\u20AC\u2122s \u00E2\u20AC\u0153done\u00E2\u20AC\u009D", 3) ==
        "it\u2019s \u201Cdone\u201D");                             // ’ “ ” (0x9D: Latin-1's C1)
  CHECK(Repaired("it\u00E2\u0080\u0099s", 1) == "it\u2019s");     // read as Latin-1
  CHECK(Repaired("\u00C2\u00A35 a day", 1) == "\u00A35 a day");   // £
  CHECK(Repaired("smile \u00F0\u0178\u02DC\u20AC", 1) == "smile \U0001F600");
}

TEST_CASE("mojibake: the map sends every repaired byte to where its character starts in the text") {
  const std::string text = "Fran\u00C3\u00A7ois said";  // "Ã" at byte 4, "§" at byte 6, "o" at byte 8
  std::string out;
  std::vector<uint32_t> map;
  REQUIRE(RepairMojibake(text, &out, &map) == 1);
  REQUIRE(out == "Fran\u00E7ois said");  // "ç" is bytes 4 and 5
  CHECK(map[3] == 3);
  CHECK(map[4] == 4);
  CHECK(map[5] == 4);
  CHECK(map[6] == 8);  // "o"
  CHECK(map[out.size()] == text.size());
}

TEST_CASE("mojibake: well-formed text is left alone") {
  const std::vector<std::string> texts = {
      "S\u00C3O PAULO", "Z\u00FCrich, na\u00EFve, caf\u00E9, \u00A35, \u00C9cole", "\u00C3 alone", "",
      "\u041C\u043E\u0441\u043A\u0432\u0430, \u5317\u4EAC, \u0627\u0644\u0642\u0627\u0647\u0631\u0629",
      "\u00E0\u20AC\u2122",  // E0 80 99: an overlong form, no character
      "\u00ED\u00A0\u20AC",  // ED A0 80: a surrogate
      "Fran\xC3\x28ois",     // invalid UTF-8 itself
      "ends with \u00C3"};
  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(Repaired(text, 0).empty());
  }
}
