// UTF-8 decoding that never fails, and offset conversion between byte, code point and
// UTF-16 units. The input text is never rewritten: offsets always index the caller's bytes.
// Contract for invalid input: each maximal subpart of an ill-formed sequence (Unicode's
// "substitution of maximal subparts", what Python's and JavaScript's decoders do: a lead byte
// and the bytes after it that could still continue it, or else one stray byte) decodes as
// one U+FFFD of that many bytes, and counts as 1 code point and 1 UTF-16 unit.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace biaslens {

constexpr uint32_t kReplacementChar = 0xFFFD;

// Decodes the code point at `p` (p < end). Writes its byte length (1..4) to *length, and to
// *invalid whether the bytes were ill-formed (then the result is U+FFFD).
uint32_t DecodeUtf8(const char* p, const char* end, int* length, bool* invalid = nullptr);

// True when `text` is entirely valid UTF-8. On false, *first_bad is the first bad byte.
bool IsValidUtf8(std::string_view text, size_t* first_bad = nullptr);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(uint32_t cp, std::string& out);

// A copy safe for display and JSON: each maximal ill-formed subpart becomes U+FFFD, NUL
// becomes space.
std::string RepairUtf8(std::string_view text);

// `text` with the accented Latin letters of names written as their base letter, case kept
// ("François Calderón" -> "Francois Calderon", "Łukasz" -> "Lukasz"): Latin-1, Latin
// Extended-A and Romanian's comma-below letters. Other bytes, ligatures (Æ, Œ, ß) and invalid
// UTF-8 are copied unchanged.
std::string FoldLatinLetters(std::string_view text);

// Text saved as UTF-16 with a byte-order mark (FF FE little-endian, FE FF big-endian; what
// Windows calls "Unicode"): true, with *out its UTF-8 without the mark. An unpaired surrogate
// or a last odd byte becomes U+FFFD and sets *invalid. False (out untouched) without the mark.
bool DecodeUtf16WithBom(std::string_view bytes, std::string* out, bool* invalid);

enum class OffsetUnit { kUtf8, kCodepoint, kUtf16 };
bool ParseOffsetUnit(std::string_view name, OffsetUnit* unit);  // "utf8" | "codepoint" | "utf16"
const char* OffsetUnitName(OffsetUnit unit);

// Maps byte offsets of one text to another unit. Building is O(n) once; Map() is O(1).
class OffsetMapper {
 public:
  OffsetMapper(std::string_view text, OffsetUnit unit);
  uint32_t Map(uint32_t byte_offset) const;  // offsets past the end clamp to the end
  OffsetUnit unit() const { return unit_; }

 private:
  OffsetUnit unit_;
  std::vector<uint32_t> table_;  // table_[byte] = units before that byte (empty for kUtf8)
};

// Inverse for evaluation data given in code point offsets: byte offset of each code point.
std::vector<uint32_t> CodepointToByteTable(std::string_view text);  // size = codepoints + 1

}  // namespace biaslens
