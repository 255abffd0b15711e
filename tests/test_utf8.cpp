// UTF-8 decoding and offset units.
#include <doctest/doctest.h>

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
  SUBCASE("invalid bytes decode as U+FFFD one byte at a time") {
    for (const std::string& bad : {std::string("\xFF"), std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                                  std::string("\xE2\x82"), std::string("\xF5\x80\x80\x80")}) {
      int len = 0;
      CHECK(DecodeUtf8(bad.data(), bad.data() + bad.size(), &len) == kReplacementChar);
      CHECK(len == 1);
      size_t at = 99;
      CHECK_FALSE(IsValidUtf8(bad, &at));
      CHECK(at == 0);
    }
  }
  SUBCASE("repair keeps valid text and replaces the rest") {
    CHECK(RepairUtf8("ok") == "ok");
    CHECK(RepairUtf8(std::string("a\xFF" "b", 3)) == "a\xEF\xBF\xBD" "b");
    CHECK(RepairUtf8(std::string("a\0b", 3)) == "a b");
    CHECK(IsValidUtf8(RepairUtf8(std::string("\xC3\x28\xA0\xA1", 4))));
  }
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
