#include "core/char_class.h"

namespace biaslens {

CharClass ClassifyCodepoint(uint32_t cp) {
  if (cp < 128) return kAsciiClasses.cls[cp];  // the table lives in char_class.h
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF: case 0x200B:
    case 0x0085:
      return CharClass::kSpace;
    case 0x2028: case 0x2029:
      return CharClass::kNewline;
    case 0x2019: case 0x02BC:
      return CharClass::kApostrophe;
    case 0x2018: case 0x201B:
      return CharClass::kOpenSingle;
    case 0x2010: case 0x2011:
      return CharClass::kHyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return CharClass::kDash;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return CharClass::kDoubleQuote;
    case 0xFFFD: case 0x00D7: case 0x00F7:
      return CharClass::kOtherPunct;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CharClass::kSpace;
  // Direction marks, embeddings, isolates and invisible operators: unseen, so spacing.
  if ((cp >= 0x200E && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069))
    return CharClass::kSpace;
  if (cp >= 0x0300 && cp <= 0x036F) return CharClass::kMark;
  if (cp < 0x00C0) return CharClass::kOtherPunct;                   // Latin-1 symbols
  if (cp >= 0x2000 && cp <= 0x2BFF) return CharClass::kOtherPunct;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return CharClass::kOtherPunct;  // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFE0F) return CharClass::kMark;        // variation selectors
  if (cp >= 0x1F000) return CharClass::kOtherPunct;                 // emoji and pictographs
  return CharClass::kLetter;
}

bool IsUpperCodepoint(uint32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

bool IsLowerCodepoint(uint32_t cp) {
  if (cp < 128) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 1;
  if (cp >= 0x3B1 && cp <= 0x3C9) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

uint32_t ToLowerCodepoint(uint32_t cp) {
  if (cp < 128) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && (cp & 1) == 0) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

}  // namespace biaslens
