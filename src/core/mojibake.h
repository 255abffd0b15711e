// Mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and encoded again,
// so "François" reads "FranÃ§ois" and "’" reads "â€™". The scorer reads such text repaired
// and reports offsets into the text as given.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace biaslens {

// Repairs every run of characters in `text` whose Windows-1252 bytes (Latin-1 for U+0080–U+009F)
// form one well-formed UTF-8 character of two to four bytes: a lead character U+00C2–U+00F4 and
// its continuation characters ("Ã§" -> "ç", "â€™" -> "’"). Returns the number of characters
// repaired; 0 leaves *repaired and *to_original untouched. Otherwise *repaired is the repaired
// text and (*to_original)[i] the byte of `text` where the character holding repaired byte i
// starts (size repaired->size() + 1: the last entry is text.size()).
size_t RepairMojibake(std::string_view text, std::string* repaired, std::vector<uint32_t>* to_original);

}  // namespace biaslens
