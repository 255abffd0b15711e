// Code point classes and lower-casing used by the tokenizer (internal to src/core).
#pragma once
#include <cstdint>

namespace biaslens {

enum class CharClass : uint8_t {
  kSpace,        // white space, NBSP, zero-width space, BOM, direction and other invisible format marks
  kNewline,      // \n, U+2028, U+2029
  kLetter,
  kDigit,
  kApostrophe,   // ' U+2019 U+02BC (joins words: "Putin’s", "don't")
  kOpenSingle,   // U+2018 (opening single quote; joins like an apostrophe inside words)
  kHyphen,       // - U+2010 U+2011 (joins words: "war-torn")
  kDash,         // U+2012..U+2015 U+2212: punctuation normalized to "-"
  kDoubleQuote,  // " U+201C U+201D U+201E U+201F U+00AB U+00BB U+2033
  kPeriod,
  kComma,
  kOtherPunct,
  kMark,         // combining marks: stay inside the word
};

CharClass ClassifyCodepoint(uint32_t cp);

// The ASCII part of ClassifyCodepoint as an inline table, for the tokenizer's hot loop
// (ASCII is nearly all of English news text; a call per byte cost ~10% of scoring time).
struct AsciiClassTable {
  CharClass cls[128];
  constexpr AsciiClassTable() : cls() {
    for (int c = 0; c < 128; ++c) cls[c] = CharClass::kOtherPunct;
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = CharClass::kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] = CharClass::kLetter;
    for (int c = '0'; c <= '9'; ++c) cls[c] = CharClass::kDigit;
    cls[int(' ')] = cls[int('\t')] = cls[int('\r')] = cls[int('\v')] = cls[int('\f')] = CharClass::kSpace;
    cls[0] = CharClass::kSpace;
    cls[int('\n')] = CharClass::kNewline;
    cls[int('\'')] = CharClass::kApostrophe;
    cls[int('-')] = CharClass::kHyphen;
    cls[int('"')] = CharClass::kDoubleQuote;
    cls[int('.')] = CharClass::kPeriod;
    cls[int(',')] = CharClass::kComma;
  }
};
inline constexpr AsciiClassTable kAsciiClasses{};

// Same result as ClassifyCodepoint(cp), inline for ASCII.
inline CharClass ClassifyCodepointFast(uint32_t cp) { return cp < 128 ? kAsciiClasses.cls[cp] : ClassifyCodepoint(cp); }
uint32_t ToLowerCodepoint(uint32_t cp);
bool IsUpperCodepoint(uint32_t cp);
bool IsLowerCodepoint(uint32_t cp);

}  // namespace biaslens
