#include "cli/article_line.h"

#include <cstring>

#include "core/corpus_io.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

// A reader for the flat-object subset of JSON. Every method returns false for anything
// outside the subset; the caller then falls back to the full parser.
class FlatObjectReader {
 public:
  explicit FlatObjectReader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Consume(char c) {
    SkipSpace();
    if (p_ >= end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool AtEnd() { SkipSpace(); return p_ == end_; }
  bool PeekString() { SkipSpace(); return p_ < end_ && *p_ == '"'; }
  bool ConsumeNull() {
    SkipSpace();
    if (end_ - p_ < 4 || std::memcmp(p_, "null", 4) != 0) return false;
    p_ += 4;
    return true;
  }

  // A string literal (the opening quote next); decodes escapes into *out.
  bool String(std::string* out) {
    if (!Consume('"')) return false;
    out->clear();
    for (;;) {
      const char* run = p_;
      while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) ++p_;
      out->append(run, static_cast<size_t>(p_ - run));
      if (p_ >= end_ || static_cast<unsigned char>(*p_) < 0x20) return false;  // unterminated, raw control byte
      if (*p_++ == '"') return true;
      if (p_ >= end_) return false;
      switch (*p_++) {
        case '"': *out += '"'; break;
        case '\\': *out += '\\'; break;
        case '/': *out += '/'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low = 0;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(cp, *out);
          break;
        }
        default: return false;
      }
    }
  }

 private:
  bool Hex4(uint32_t* cp) {
    if (end_ - p_ < 4) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = *p_++;
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    *cp = v;
    return true;
  }

  const char* p_;
  const char* end_;
};

// The fast path; false = "not the simple shape, use the full parser" (never an error).
bool ReadFlatArticle(std::string_view line, const std::string& fallback_id, Article* article, std::string* error,
                     bool* handled) {
  *handled = false;
  // nlohmann rejects ill-formed UTF-8 anywhere in the input; leave those lines to it.
  if (!IsValidUtf8(line)) return false;
  FlatObjectReader r(line);
  if (!r.Consume('{')) return false;
  Article a;
  bool has_text = false;
  unsigned seen = 0;  // bit per known field, to leave repeated fields to the full parser
  std::string key, value;
  if (!r.Consume('}')) {
    do {
      if (!r.String(&key) || !r.Consume(':')) return false;
      const bool is_null = !r.PeekString();
      if (is_null) {
        if (!r.ConsumeNull()) return false;  // a number, array, object, true/false
      } else if (!r.String(&value)) {
        return false;
      }
      std::string* field = nullptr;
      unsigned bit = 0;
      if (key == "text") { field = &a.text; bit = 1; }
      else if (key == "id") { field = &a.id; bit = 2; }
      else if (key == "title") { field = &a.title; bit = 4; }
      else if (key == "outlet") { field = &a.outlet; bit = 8; }
      if (!field) continue;  // other fields are ignored, as ArticleFromJson ignores them
      if (seen & bit) return false;
      seen |= bit;
      if (bit == 1) {
        if (is_null) return false;  // "text": null -> the full parser's message
        has_text = true;
      }
      if (!is_null) field->swap(value);
    } while (r.Consume(','));
    if (!r.Consume('}')) return false;
  }
  if (!r.AtEnd() || !has_text) return false;
  // From here on exactly ArticleFromJson's rules.
  *handled = true;
  if (a.id.empty()) a.id = fallback_id;
  const std::string why = RejectText(a.text);
  if (!why.empty()) { *error = "\"text\" " + why; return false; }
  *article = std::move(a);
  return true;
}

}  // namespace

bool ParseArticleLineFast(std::string_view line, const std::string& fallback_id, Article* article, std::string* error,
                          bool* repaired) {
  bool handled = false;
  const bool ok = ReadFlatArticle(line, fallback_id, article, error, &handled);
  if (handled) return ok;
  return ParseArticleLine(line, fallback_id, article, error, repaired);
}

}  // namespace biaslens
