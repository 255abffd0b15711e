// UTF-8 decoding and offset units.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "core/utf8.h"

using namespace biaslens;

TEST_CASE("decoding") {
  SUBCASE("valid sequences of every length") {
    const std::string s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";  // a é “ 😀
    int len = 0;
    CHECK(DecodeUtf8(s.data(), s.data() + s.size(), &len) == 'a');
    CHECK(len == 1);
    CHECK(DecodeUtf8(s.data() + 1, s.data() + s.size(), &len) == 0xE9);
    CHECK(len == 2);
    CHECK(DecodeUtf8(s.data() + 3, s.data() + s.size(), &len) == 0x201C);
    CHECK(len == 3);
    CHECK(DecodeUtf8(s.data() + 6, s.data() + s.size(), &len) == 0x1F600);
    CHECK(len == 4);
    CHECK(IsValidUtf8(s));
  }
  SUBCASE("an ill-formed sequence decodes as U+FFFD, one for each maximal subpart") {
    const std::pair<std::string, int> cases[] = {
        {"\xFF", 1}, {"\xC0\xAF", 1}, {"\xED\xA0\x80", 1},  // never a lead; surrogate: ED A0 cannot start
        {"\xE2\x82", 2}, {"\xF0\x9F\x98", 3},                // truncated: lead and what could continue it
        {"\xE2\x82" "b", 2}, {"\xF5\x80\x80\x80", 1}};
    for (const auto& [bad, subpart] : cases) {
      int len = 0;
      bool invalid = false;
      CHECK(DecodeUtf8(bad.data(), bad.data() + bad.size(), &len, &invalid) == kReplacementChar);
      CHECK(invalid);
      CHECK(len == subpart);
      size_t at = 99;
      CHECK_FALSE(IsValidUtf8(bad, &at));
      CHECK(at == 0);
    }
    int len = 0;
    bool invalid = true;
    const std::string real = "\xEF\xBF\xBD";  // U+FFFD itself is valid
    CHECK(DecodeUtf8(real.data(), real.data() + 3, &len, &invalid) == kReplacementChar);
    CHECK_FALSE(invalid);
    CHECK(IsValidUtf8(real));
  }
  SUBCASE("offsets after ill-formed bytes are Python's and JavaScript's indices") {
    // b"a\xe2\x82b\xf0\x9f\x98c\xed\xa0\x80d\xc0\xafe".decode("utf-8", "replace") and
    // TextDecoder give "a\ufffdb\ufffdc\ufffd\ufffd\ufffdd\ufffd\ufffde": 12 code points.
    const std::string s = "a\xE2\x82" "b\xF0\x9F\x98" "c\xED\xA0\x80" "d\xC0\xAF" "e";
    const OffsetMapper m(s, OffsetUnit::kCodepoint);
    CHECK(m.Map(3) == 2);   // b
    CHECK(m.Map(7) == 4);   // c
    CHECK(m.Map(11) == 8);  // d
    CHECK(m.Map(14) == 11);  // e
    CHECK(m.Map(15) == 12);
    CHECK(RepairUtf8(s) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD" "e");
  }
  SUBCASE("repair keeps valid text and replaces the rest") {
    CHECK(RepairUtf8("ok") == "ok");
    CHECK(RepairUtf8(std::string("a\xFF" "b", 3)) == "a\xEF\xBF\xBD" "b");
    CHECK(RepairUtf8(std::string("a\0b", 3)) == "a b");
    CHECK(IsValidUtf8(RepairUtf8(std::string("\xC3\x28\xA0\xA1", 4))));
  }
}

TEST_CASE("folding accented Latin letters of names") {
  CHECK(FoldLatinLetters("Fran\u00E7ois Hollande") == "Francois Hollande");
  CHECK(FoldLatinLetters("Felipe Calder\u00F3n, Se\u00F1or \u00C9MILE") == "Felipe Calderon, Senor EMILE");
  CHECK(FoldLatinLetters("\u0141ukasz \u0160ime\u010Dka, \u0218tefan") == "Lukasz Simecka, Stefan");
  CHECK(FoldLatinLetters("plain ASCII") == "plain ASCII");
  // Ligatures, other scripts, symbols and invalid bytes stay as they are.
  const std::string kept = "\u00C6sir \u0152uvre Stra\u00DFe \u041F\u0443\u0442\u0438\u043D \u00D7 \xFF";
  CHECK(FoldLatinLetters(kept) == kept);
}

TEST_CASE("offset units") {
  const std::string s = "a\xC3\xA9\xF0\x9F\x98\x80z";  // a é 😀 z: bytes 0,1,3,7; code points 0,1,2,3
  SUBCASE("code points are Python string indices") {
    OffsetMapper m(s, OffsetUnit::kCodepoint);
    CHECK(m.Map(0) == 0);
    CHECK(m.Map(1) == 1);
    CHECK(m.Map(3) == 2);
    CHECK(m.Map(7) == 3);
    CHECK(m.Map(8) == 4);
    CHECK(m.Map(1000) == 4);
  }
  SUBCASE("UTF-16 units count astral characters twice (JavaScript indices)") {
    OffsetMapper m(s, OffsetUnit::kUtf16);
    CHECK(m.Map(7) == 4);
    CHECK(m.Map(8) == 5);
  }
  SUBCASE("bytes pass through, clamped") {
    OffsetMapper m(s, OffsetUnit::kUtf8);
    CHECK(m.Map(3) == 3);
    CHECK(m.Map(99) == 8);
  }
  SUBCASE("code point to byte table inverts the mapping") {
    const auto table = CodepointToByteTable(s);
    REQUIRE(table.size() == 5);
    CHECK(table[2] == 3);
    CHECK(table[4] == 8);
  }
  SUBCASE("unit names") {
    OffsetUnit u;
    CHECK(ParseOffsetUnit("codepoint", &u));
    CHECK(u == OffsetUnit::kCodepoint);
    CHECK_FALSE(ParseOffsetUnit("utf32", &u));
    CHECK(std::string(OffsetUnitName(OffsetUnit::kUtf16)) == "utf16");
  }
}
