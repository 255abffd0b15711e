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
  void Decode() {
    const auto c = static_cast<unsigned char>(base[pos]);
    if (c < 0x80) { cp = c; len = 1; cls = ClassifyCodepoint(c); return; }
    cp = DecodeUtf8(base + pos, end, &len);
    cls = ClassifyCodepoint(cp);
  }
  // Class of the code point at byte offset `at` (kSpace past the end).
  CharClass ClassAt(size_t at, uint32_t* out_cp = nullptr) const {
    if (at >= static_cast<size_t>(end - base)) { if (out_cp) *out_cp = 0; return CharClass::kNewline; }
    int l = 0;
    uint32_t c = DecodeUtf8(base + at, end, &l);
    if (out_cp) *out_cp = c;
    return ClassifyCodepoint(c);
  }
  int LengthAt(size_t at) const { int l = 0; DecodeUtf8(base + at, end, &l); return l; }
};

bool IsWordClass(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit || c == CharClass::kMark; }

const char* const kClitics[] = {"'s", "'re", "'ve", "'ll", "'d", "'m"};

class Tokenizer {
 public:
  explicit Tokenizer(Document& doc) : doc_(doc) {}

  void Run() {
    const std::string_view text = doc_.text;
    doc_.tokens.reserve(text.size() / 5 + 8);
    doc_.norm_arena.reserve(text.size() + 16);
    Cursor c{text.data(), text.data() + text.size(), 0};
    bool in_paragraph = false;
    while (!c.Done()) {
      c.Decode();
      if (c.cls == CharClass::kNewline) { if (in_paragraph) EndParagraph(); in_paragraph = false; c.pos += c.len; continue; }
      if (c.cls == CharClass::kSpace) { c.pos += c.len; continue; }
      if (!in_paragraph) { BeginParagraph(c.pos); in_paragraph = true; }
      if (IsWordClass(c.cls)) ReadWord(c);
      else ReadPunct(c);
    }
    if (in_paragraph) EndParagraph();
  }

 private:
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

  // A word: letters/digits/marks, joined across inner apostrophes, hyphens, and the periods
  // of dotted abbreviations ("U.S.", "a.m.") or the separators of numbers ("3,000", "2.5").
  void ReadWord(Cursor& c) {
    const size_t start = c.pos;
    const uint32_t norm_start = static_cast<uint32_t>(doc_.norm_arena.size());
    int letters = 0, uppers = 0, lowers = 0, digits = 0;
    bool first_upper = false, dotted = false, only_single_letter_groups = true;
    int group_letters = 0;
    size_t apostrophe_norm_at = std::string::npos;  // last apostrophe position in the norm form
    auto take = [&](const Cursor& k) {
      if (k.cls == CharClass::kLetter) {
        if (letters == 0) first_upper = IsUpperCodepoint(k.cp);
        ++letters; ++group_letters;
        if (IsUpperCodepoint(k.cp)) ++uppers; else if (IsLowerCodepoint(k.cp)) ++lowers;
        AppendUtf8(ToLowerCodepoint(k.cp), doc_.norm_arena);
      } else if (k.cls == CharClass::kDigit) {
        ++digits; ++group_letters;
        doc_.norm_arena += static_cast<char>(k.cp);
      } else {
        doc_.norm_arena.append(c.base + k.pos, static_cast<size_t>(k.len));
      }
    };
    while (!c.Done()) {
      c.Decode();
      if (IsWordClass(c.cls)) { take(c); c.pos += c.len; continue; }
      // A joiner must be followed by a word character.
      const size_t next = c.pos + c.len;
      uint32_t next_cp = 0;
      const CharClass next_cls = c.ClassAt(next, &next_cp);
      const bool next_word = IsWordClass(next_cls);
      if ((c.cls == CharClass::kApostrophe || c.cls == CharClass::kOpenSingle) && next_word && letters > 0 &&
          next_cls == CharClass::kLetter) {
        apostrophe_norm_at = doc_.norm_arena.size();
        doc_.norm_arena += '\'';
        c.pos = next;
        continue;
      }
      if (c.cls == CharClass::kHyphen && next_word) {
        doc_.norm_arena += '-';
        only_single_letter_groups = false;
        group_letters = 0;
        c.pos = next;
        continue;
      }
      if (c.cls == CharClass::kPeriod) {
        // Dotted abbreviation: single-letter groups separated by periods ("U.S.", "a.m.").
        if (group_letters == 1 && letters > 0 && only_single_letter_groups && next_cls == CharClass::kLetter &&
            c.ClassAt(next + c.LengthAt(next)) == CharClass::kPeriod) {
          doc_.norm_arena += '.';
          dotted = true;
          group_letters = 0;
          c.pos = next;
          continue;
        }
        if (dotted && group_letters == 1) {  // the final period of "U.S."
          doc_.norm_arena += '.';
          c.pos = next;
          break;
        }
        if (letters == 0 && digits > 0 && next_cls == CharClass::kDigit) {  // 2.5
          doc_.norm_arena += '.';
          c.pos = next;
          continue;
        }
      }
      if (c.cls == CharClass::kComma && letters == 0 && digits > 0 && next_cls == CharClass::kDigit) {  // 3,000
        doc_.norm_arena += ',';
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

    const uint32_t norm_end = static_cast<uint32_t>(doc_.norm_arena.size());
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
    const uint32_t norm_start = static_cast<uint32_t>(doc_.norm_arena.size());
    uint16_t flags = kTokPunct;
    switch (c.cls) {
      case CharClass::kDoubleQuote: doc_.norm_arena += '"'; flags |= kTokQuoteMark; break;
      case CharClass::kApostrophe: case CharClass::kOpenSingle: doc_.norm_arena += '\''; break;
      case CharClass::kHyphen: case CharClass::kDash: doc_.norm_arena += '-'; break;
      default:
        if (c.cp == 0x2026) doc_.norm_arena += "...";
        else if (c.cp == kReplacementChar) doc_.norm_arena += '?';
        else doc_.norm_arena.append(c.base + c.pos, static_cast<size_t>(c.len));
    }
    const size_t start = c.pos;
    c.pos += c.len;
    Emit(start, c.pos, norm_start, static_cast<uint32_t>(doc_.norm_arena.size()), flags);
  }

  void Emit(size_t start, size_t end, uint32_t norm_start, uint32_t norm_end, uint16_t flags) {
    Token t{};
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.norm_offset = norm_start;
    const uint32_t n = norm_end - norm_start;
    t.norm_length = static_cast<uint16_t>(n > 0xFFFF ? 0xFFFF : n);
    t.flags = flags;
    t.hash = HashNorm(std::string_view(doc_.norm_arena.data() + norm_start, t.norm_length));
    doc_.tokens.push_back(t);
  }

  Document& doc_;
};

}  // namespace

void TokenizeParagraphs(Document& doc) { Tokenizer(doc).Run(); }

}  // namespace biaslens
