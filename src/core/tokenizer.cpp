// Stage 1 of AnalyzeText: paragraphs and tokens in one pass over the bytes.
#include <cstring>

#include "core/char_class.h"
#include "core/text_stages.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

struct Cursor {
  const char* base;
  const char* end;
  size_t pos;
  uint32_t cp = 0;
  int len = 0;
  CharClass cls = CharClass::kSpace;

  bool Done() const { return pos >= static_cast<size_t>(end - base); }
  // ASCII takes the inline table (kAsciiClasses); only multi-byte sequences decode.
  void Decode() {
    const auto c = static_cast<unsigned char>(base[pos]);
    if (c < 0x80) { cp = c; len = 1; cls = kAsciiClasses.cls[c]; return; }
    cp = DecodeUtf8(base + pos, end, &len);
    cls = ClassifyCodepoint(cp);
  }
  // Class of the code point at byte offset `at` (kSpace past the end).
  CharClass ClassAt(size_t at, uint32_t* out_cp = nullptr) const {
    if (at >= static_cast<size_t>(end - base)) { if (out_cp) *out_cp = 0; return CharClass::kNewline; }
    const auto b = static_cast<unsigned char>(base[at]);
    if (b < 0x80) { if (out_cp) *out_cp = b; return kAsciiClasses.cls[b]; }
    int l = 0;
    uint32_t c = DecodeUtf8(base + at, end, &l);
    if (out_cp) *out_cp = c;
    return ClassifyCodepoint(c);
  }
  int LengthAt(size_t at) const {
    if (static_cast<unsigned char>(base[at]) < 0x80) return 1;
    int l = 0;
    DecodeUtf8(base + at, end, &l);
    return l;
  }
};

// Bytes the word loop handles inline: ASCII letters (by case) and digits.
enum : uint8_t { kNotAsciiWordByte = 0, kAsciiLower, kAsciiUpper, kAsciiDigit };
struct AsciiWordByteTable {
  uint8_t kind[256];
  constexpr AsciiWordByteTable() : kind() {
    for (int c = 'a'; c <= 'z'; ++c) kind[c] = kAsciiLower;
    for (int c = 'A'; c <= 'Z'; ++c) kind[c] = kAsciiUpper;
    for (int c = '0'; c <= '9'; ++c) kind[c] = kAsciiDigit;
  }
};
constexpr AsciiWordByteTable kAsciiWordBytes;

bool IsWordClass(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark; }

const char* const kClitics[] = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

class Tokenizer {
 public:
  explicit Tokenizer(Document& doc) : doc_(doc) {}

  void Run() {
    const std::string_view text = doc_.text;
    doc_.tokens.reserve(text.size() / 5 + 8);
    // Normalized forms are written through a raw pointer (NormPut): a normalized token is
    // never longer than its text (lower-casing keeps UTF-8 lengths, curly marks become one
    // byte, "…" stays three bytes), so text.size() bytes suffice; NormRoom() grows the
    // arena anyway should that ever stop being true. Trimmed to size at the end.
    doc_.norm_arena.resize(text.size() + 16);
    norm_ = &doc_.norm_arena[0];
    Cursor c{text.data(), text.data() + text.size(), 0};
    bool in_paragraph = false;
    while (!c.Done()) {
      c.Decode();
      if (c.cls == CharClass::kNewline) {
        if (in_paragraph && !TitleContinuesAfter(c)) {
          EndParagraph();
          in_paragraph = false;
        }
        c.pos += c.len;
        continue;
      }
      if (c.cls == CharClass::kSpace) { c.pos += c.len; continue; }
      if (!in_paragraph) { BeginParagraph(c.pos); in_paragraph = true; }
      if (IsWordClass(c.cls)) ReadWord(c);
      else ReadPunct(c);
    }
    if (in_paragraph) EndParagraph();
    doc_.norm_arena.resize(norm_size_);
  }

 private:
  // Appending to the normalized-form arena (see Run()). std::string::operator+= was a
  // library call per byte.
  void NormRoom(size_t more) {
    if (norm_size_ + more <= doc_.norm_arena.size()) return;
    doc_.norm_arena.resize((norm_size_ + more) * 2);
    norm_ = &doc_.norm_arena[0];
  }
  void NormPut(char c) { NormRoom(1); norm_[norm_size_++] = c; }
  void NormPut(const char* bytes, size_t n) {
    NormRoom(n);
    std::memcpy(norm_ + norm_size_, bytes, n);
    norm_size_ += static_cast<uint32_t>(n);
  }
  void NormPutUtf8(uint32_t cp) {  // AppendUtf8() into the arena
    if (cp < 0x80) { NormPut(static_cast<char>(cp)); return; }
    char buffer[4];
    size_t n;
    if (cp < 0x800) {
      buffer[0] = static_cast<char>(0xC0 | (cp >> 6));
      buffer[1] = static_cast<char>(0x80 | (cp & 0x3F));
      n = 2;
    } else if (cp < 0x10000) {
      buffer[0] = static_cast<char>(0xE0 | (cp >> 12));
      buffer[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buffer[2] = static_cast<char>(0x80 | (cp & 0x3F));
      n = 3;
    } else {
      buffer[0] = static_cast<char>(0xF0 | (cp >> 18));
      buffer[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      buffer[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buffer[3] = static_cast<char>(0x80 | (cp & 0x3F));
      n = 4;
    }
    NormPut(buffer, n);
  }

  // Text split a line a sentence ("… said the Rev.\nDavid Dockery"): a title's period right
  // before one line break ("\n" or "\r\n"), with a capital letter right after it, continues the
  // paragraph. Not "Jr." or "Sr.", which end a name and often a sentence.
  bool TitleContinuesAfter(const Cursor& c) const {
    const size_t n = doc_.tokens.size();
    const size_t size = static_cast<size_t>(c.end - c.base);
    if (n < 2 || c.cp != '\n') return false;
    const size_t line_end = c.pos > 0 && c.base[c.pos - 1] == '\r' ? c.pos - 1 : c.pos;  // '\r' is a space
    const size_t next = c.pos + 1;
    const Token& period = doc_.tokens[n - 1];
    const Token& title = doc_.tokens[n - 2];
    const std::string_view word = doc_.Norm(title);
    const bool capital_next = next < size && c.base[next] >= 'A' && c.base[next] <= 'Z';
    return capital_next && period.end == line_end && period.start == title.end && doc_.Norm(period) == "." &&
           (title.flags & kTokCapitalized) && IsTitleAbbreviation(word) && word != "jr" && word != "sr";
  }

  void BeginParagraph(size_t at) {
    Paragraph p{};
    p.start = static_cast<uint32_t>(at);
    p.first_token = static_cast<uint32_t>(doc_.tokens.size());
    doc_.paragraphs.push_back(p);
  }
  void EndParagraph() {
    Paragraph& p = doc_.paragraphs.back();
    p.end_token = static_cast<uint32_t>(doc_.tokens.size());
    p.end = p.end_token > p.first_token ? doc_.tokens[p.end_token - 1].end : p.start;
    if (p.end_token > p.first_token) doc_.tokens[p.first_token].flags |= kTokParagraphStart;
  }

  // A word: letters/digits/marks, joined across inner apostrophes, hyphens, ampersands between
  // capitals ("AT&T", "P&G"), and the periods of dotted abbreviations ("U.S.", "a.m.") or the
  // separators of numbers ("3,000", "2.5").
  void ReadWord(Cursor& c) {
    const size_t start = c.pos;
    const uint32_t norm_start = norm_size_;
    int letters = 0, uppers = 0, lowers = 0, digits = 0;
    bool first_upper = false, dotted = false, only_single_letter_groups = true;
    int group_letters = 0;
    size_t apostrophe_norm_at = std::string::npos;  // last apostrophe position in the norm form
    auto take = [&](const Cursor& k) {
      if (k.cls == CharClass::kLetter && k.cp < 0x80) {  // ASCII letter: A-Z or a-z
        const bool upper = k.cp <= 'Z';
        if (letters == 0) first_upper = upper;
        ++letters; ++group_letters;
        if (upper) ++uppers; else ++lowers;
        NormPut(static_cast<char>(upper ? k.cp + 32 : k.cp));
      } else if (k.cls == CharClass::kLetter) {
        if (letters == 0) first_upper = IsUpperCodepoint(k.cp);
        ++letters; ++group_letters;
        if (IsUpperCodepoint(k.cp)) ++uppers; else if (IsLowerCodepoint(k.cp)) ++lowers;
        NormPutUtf8(ToLowerCodepoint(k.cp));
      } else if (k.cls == CharClass::kDigit) {
        ++digits; ++group_letters;
        NormPut(static_cast<char>(k.cp));
      } else {
        NormPut(c.base + k.pos, static_cast<size_t>(k.len));
      }
    };
    const size_t size = static_cast<size_t>(c.end - c.base);
    while (!c.Done()) {
      // Hot loop: a run of ASCII letters and digits, one table lookup a byte. Does exactly
      // what take() does for them, without decoding or classifying through the Cursor.
      // Locals only: stores through a char* may alias any member, which would force the
      // compiler to reload them every byte. Room: the arena never holds more bytes than
      // the text consumed so far (see Run()), so the rest of the text always fits.
      {
        NormRoom(size - c.pos);
        const char* p = c.base + c.pos;
        const char* const run_start = p;
        const char* const text_end = c.base + size;
        char* out = norm_ + norm_size_;
        while (p < text_end) {
          const auto b = static_cast<unsigned char>(*p);
          const uint8_t kind = kAsciiWordBytes.kind[b];
          if (kind == kNotAsciiWordByte) break;
          if (kind == kAsciiDigit) {
            ++digits;
            *out++ = static_cast<char>(b);
          } else {
            const bool upper = kind == kAsciiUpper;
            if (letters == 0) first_upper = upper;
            ++letters;
            if (upper) ++uppers; else ++lowers;
            *out++ = static_cast<char>(upper ? b + 32 : b);
          }
          ++p;
        }
        group_letters += static_cast<int>(p - run_start);
        c.pos = static_cast<size_t>(p - c.base);
        norm_size_ = static_cast<uint32_t>(out - norm_);
      }
      if (c.Done()) break;
      // Most words end at an ASCII space or line break, which joins nothing: stop here
      // exactly as the joiner checks below would, without decoding the next character.
      if (const auto b = static_cast<unsigned char>(c.base[c.pos]);
          b < 0x80 && (kAsciiClasses.cls[b] == CharClass::kSpace || kAsciiClasses.cls[b] == CharClass::kNewline)) {
        if (group_letters > 1) only_single_letter_groups = false;
        break;
      }
      c.Decode();
      if (IsWordClass(c.cls)) { take(c); c.pos += c.len; continue; }
      // A joiner must be followed by a word character.
      const size_t next = c.pos + c.len;
      uint32_t next_cp = 0;
      const CharClass next_cls = c.ClassAt(next, &next_cp);
      const bool next_word = IsWordClass(next_cls);
      if ((c.cls == CharClass::kApostrophe || c.cls == CharClass::kOpenSingle) && next_word && letters > 0 &&
          next_cls == CharClass::kLetter) {
        apostrophe_norm_at = norm_size_;
        NormPut('\'');
        c.pos = next;
        continue;
      }
      // "AT&T", "P&G", "S&P": an ampersand between capitals, with no space, inside a name.
      if (c.cp == '&' && letters > 0 && lowers == 0 && uppers == letters && next_cls == CharClass::kLetter &&
          IsUpperCodepoint(next_cp)) {
        NormPut('&');
        only_single_letter_groups = false;
        group_letters = 0;
        c.pos = next;
        continue;
      }
      if (c.cls == CharClass::kHyphen && next_word) {
        NormPut('-');
        only_single_letter_groups = false;
        group_letters = 0;
        c.pos = next;
        continue;
      }
      if (c.cls == CharClass::kPeriod) {
        // Dotted abbreviation: single-letter groups separated by periods ("U.S.", "a.m.").
        if (group_letters == 1 && letters > 0 && only_single_letter_groups && next_cls == CharClass::kLetter &&
            c.ClassAt(next + c.LengthAt(next)) == CharClass::kPeriod) {
          NormPut('.');
          dotted = true;
          group_letters = 0;
          c.pos = next;
          continue;
        }
        if (dotted && group_letters == 1) {  // the final period of "U.S."
          NormPut('.');
          c.pos = next;
          break;
        }
        if (letters == 0 && digits > 0 && next_cls == CharClass::kDigit) {  // 2.5
          NormPut('.');
          c.pos = next;
          continue;
        }
      }
      if (c.cls == CharClass::kComma && letters == 0 && digits > 0 && next_cls == CharClass::kDigit) {  // 3,000
        NormPut(',');
        c.pos = next;
        continue;
      }
      if (group_letters > 1) only_single_letter_groups = false;
      break;
    }
    if (group_letters > 1) only_single_letter_groups = false;
    uint16_t flags = letters > 0 ? kTokWord : kTokNumber;
    if (letters >= 2 && lowers == 0 && uppers >= 2) flags |= kTokAllCaps;
    if (first_upper) flags |= kTokCapitalized;
    if (dotted) flags |= kTokAbbreviation;

    const uint32_t norm_end = norm_size_;
    // Split a trailing clitic ('s 're 've 'll 'd 'm) or n't into its own token.
    if (apostrophe_norm_at != std::string::npos && letters > 0) {
      std::string_view norm(doc_.norm_arena.data() + norm_start, norm_end - norm_start);
      const size_t rel = apostrophe_norm_at - norm_start;
      std::string_view tail = norm.substr(rel);
      bool split = false;
      size_t split_rel = rel;
      for (const char* clitic : kClitics) if (tail == clitic) split = true;
      if (!split && tail == "'t" && rel >= 2 && norm[rel - 1] == 'n') { split = true; split_rel = rel - 1; }
      if (split && split_rel > 0) {
        // Find the byte offset in the text of the split point: walk the original word.
        const size_t split_byte = FindSplitByte(start, c.pos, split_rel == rel);
        if (split_byte > start && split_byte < c.pos) {
          Emit(start, split_byte, norm_start, static_cast<uint32_t>(norm_start + split_rel), flags);
          uint16_t clitic_flags = kTokWord | kTokClitic;
          Emit(split_byte, c.pos, static_cast<uint32_t>(norm_start + split_rel), norm_end, clitic_flags);
          return;
        }
      }
    }
    Emit(start, c.pos, norm_start, norm_end, flags);
  }

  // Byte offset of the clitic inside the word [start, end): the last apostrophe, or the
  // 'n' before it for "n't".
  size_t FindSplitByte(size_t start, size_t end, bool at_apostrophe) const {
    const char* base = doc_.text.data();
    size_t last_apostrophe = std::string::npos, before = std::string::npos, prev = std::string::npos;
    size_t i = start;
    while (i < end) {
      int len = 0;
      uint32_t cp = DecodeUtf8(base + i, base + end, &len);
      CharClass k = ClassifyCodepoint(cp);
      if (k == CharClass::kApostrophe || k == CharClass::kOpenSingle) { last_apostrophe = i; before = prev; }
      prev = i;
      i += static_cast<size_t>(len);
    }
    if (last_apostrophe == std::string::npos) return std::string::npos;
    return at_apostrophe ? last_apostrophe : before;
  }

  void ReadPunct(Cursor& c) {
    const uint32_t norm_start = norm_size_;
    uint16_t flags = kTokPunct;
    // Two straight apostrophes are a double quotation mark, as The New York Times writes them:
    // ''It is over,'' he said.
    if (c.cp == '\'' && c.pos + 1 < static_cast<size_t>(c.end - c.base) && c.base[c.pos + 1] == '\'') {
      NormPut('"');
      const size_t start = c.pos;
      c.pos += 2;
      Emit(start, c.pos, norm_start, norm_size_, flags | kTokQuoteMark);
      return;
    }
    switch (c.cls) {
      case CharClass::kDoubleQuote: NormPut('"'); flags |= kTokQuoteMark; break;
      case CharClass::kApostrophe: case CharClass::kOpenSingle: NormPut('\''); break;
      case CharClass::kHyphen: case CharClass::kDash: NormPut('-'); break;
      default:
        if (c.cp == 0x2026) NormPut("...", 3);
        else if (c.cp == kReplacementChar) NormPut('?');
        else NormPut(c.base + c.pos, static_cast<size_t>(c.len));
    }
    const size_t start = c.pos;
    c.pos += c.len;
    Emit(start, c.pos, norm_start, norm_size_, flags);
  }

  void Emit(size_t start, size_t end, uint32_t norm_start, uint32_t norm_end, uint16_t flags) {
    Token t{};
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.norm_offset = norm_start;
    const uint32_t n = norm_end - norm_start;
    t.norm_length = static_cast<uint16_t>(n > 0xFFFF ? 0xFFFF : n);
    t.flags = flags;
    t.hash = HashNorm(std::string_view(norm_ + norm_start, t.norm_length));
    doc_.tokens.push_back(t);
  }

  Document& doc_;
  char* norm_ = nullptr;     // == &doc_.norm_arena[0]; the arena is sized ahead (NormRoom)
  uint32_t norm_size_ = 0;   // bytes of the arena in use
};

}  // namespace

void TokenizeParagraphs(Document& doc) { Tokenizer(doc).Run(); }

}  // namespace biaslens
