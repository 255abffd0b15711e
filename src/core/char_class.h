// Code point classes and lower-casing used by the tokenizer (internal to src/core).
#pragma once
#include <cstdint>

namespace biaslens {

enum class CharClass : uint8_t {
  kSpace,        // white space, NBSP, zero-width space, BOM
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
uint32_t ToLowerCodepoint(uint32_t cp);
bool IsUpperCodepoint(uint32_t cp);
bool IsLowerCodepoint(uint32_t cp);

}  // namespace biaslens
