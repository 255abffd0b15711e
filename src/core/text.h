// The text pipeline: one pass over an article's bytes builds a Document of tokens,
// sentences, paragraphs, quotation regions, the headline and boilerplate lines.
// Everything downstream (hedging, loaded language, attributions) reads the Document;
// nothing re-scans the raw text. Offsets are byte offsets into the original text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace biaslens {

struct Range {
  uint32_t start = 0, end = 0;  // [start, end) bytes; start == end means "absent"
  bool empty() const { return start >= end; }
  uint32_t size() const { return end > start ? end - start : 0; }
};
// Text order: by start, then by end (a total order, so sorts agree across standard libraries).
inline bool operator<(const Range& a, const Range& b) { return a.start != b.start ? a.start < b.start : a.end < b.end; }

enum TokenFlag : uint16_t {
  kTokWord = 1u << 0,            // letters (may hold digits, inner apostrophes, hyphens, "U.S.")
  kTokNumber = 1u << 1,          // digits with inner , . (e.g. 3,000  2.5)
  kTokPunct = 1u << 2,           // one punctuation character
  kTokAllCaps = 1u << 3,         // word of >= 2 letters, every letter upper case
  kTokCapitalized = 1u << 4,     // first letter upper case
  kTokQuoted = 1u << 5,          // inside a direct quotation (source's voice)
  kTokBoilerplate = 1u << 6,     // on a page-boilerplate line
  kTokHeadline = 1u << 7,        // on the headline line
  kTokSentenceStart = 1u << 8,   // first token of its sentence
  kTokParagraphStart = 1u << 9,  // first token of its paragraph
  kTokQuoteMark = 1u << 10,      // a double quotation mark (straight, curly, guillemet)
  kTokOpenQuote = 1u << 11,      // a quotation mark that opens a quotation
  kTokCloseQuote = 1u << 12,     // a quotation mark that closes a quotation
  kTokAbbreviation = 1u << 13,   // a known abbreviation ("Dr", "Sept", "U.S.")
  kTokClitic = 1u << 14,         // split-off clitic: 's n't 're 'll 've 'd 'm
  kTokCommonWord = 1u << 15,     // capitalized only where any word may be; lower case elsewhere in the text
};

struct Token {
  uint32_t start, end;    // bytes in the original text
  uint32_t norm_offset;   // normalized form in Document::norm_arena
  uint16_t norm_length;
  uint16_t flags;         // TokenFlag bits
  uint32_t hash;          // HashNorm() of the normalized form (lexicon lookup key)
  uint32_t sentence;      // index into Document::sentences
};

struct Sentence {
  uint32_t start, end;            // bytes, trimmed of surrounding white space
  uint32_t first_token, end_token;  // [first_token, end_token) into Document::tokens
  uint32_t paragraph;
  bool headline = false;
  bool boilerplate = false;
};

struct Paragraph {  // one non-empty line of the input (a title's period joins a line to the next: "the Rev.\nDavid")
  uint32_t start, end;  // bytes, trimmed
  uint32_t first_token, end_token;
  bool boilerplate = false;
  bool headline = false;
  const char* boilerplate_rule = nullptr;  // e.g. "boilerplate.breadcrumb"; static storage
};

struct Quotation {
  Range outer;        // including the quotation marks (the closing one may be absent)
  Range inner;        // the quoted words
  uint32_t first_token, end_token;  // tokens strictly inside
  uint16_t depth = 1;   // 1 = outermost double quotes; 2 = quotation inside a quotation
  bool closed = true;   // false when it ran to a paragraph end without a closing mark
  bool continued = false;  // continues the previous paragraph's quotation (multi-paragraph quote)
  uint32_t words = 0;   // word tokens inside
};

struct Document {
  std::string_view text;          // the caller's bytes; must outlive the Document
  std::string norm_arena;         // normalized token forms, back to back
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;
  std::vector<Quotation> quotations;  // in text order; nested ones follow their parent
  Range headline;                 // empty when the text has no headline line
  bool headline_in_text = false;  // true when `headline` indexes `text`
  // When the caller gave the title apart from the text: the title analysed on its own, every
  // token flagged kTokHeadline. Its offsets index the title, so detectors use it for headline
  // metrics only, never for spans. Null otherwise.
  const Document* separate_title = nullptr;
  // Memo of the source reader's NamesCompanyInText (sources_mentions.cpp), filled on its first
  // call: the hashes of the words the text writes before a company's people or plants.
  mutable std::vector<uint32_t> company_word_hashes;
  mutable bool company_words_read = false;

  std::string_view Norm(const Token& t) const { return {norm_arena.data() + t.norm_offset, t.norm_length}; }
  std::string_view Slice(Range r) const { return text.substr(r.start, r.end - r.start); }
  std::string_view Slice(const Token& t) const { return text.substr(t.start, t.end - t.start); }
  bool Has(const Token& t, TokenFlag f) const { return (t.flags & f) != 0; }
};

struct TextOptions {
  bool first_line_is_headline = true;  // the first non-empty, non-boilerplate line is the headline
};

// Normalization used for matching: lower case (ASCII and Latin-1), curly apostrophes and
// quotes to straight, every dash to '-', non-breaking and other spaces to ' '.
// Lexicon phrases go through the same function, so "It remains to be seen" matches
// "it remains to be seen" and “reportedly” matches "reportedly".
uint32_t HashNorm(std::string_view normalized);  // FNV-1a 32-bit

// Builds the Document for `text`. Linear time and memory in text size; never throws on
// any byte sequence (invalid UTF-8 decodes as U+FFFD per byte, see utf8.h).
Document AnalyzeText(std::string_view text, const TextOptions& options = {});

// Tokenizes a lexicon phrase the way AnalyzeText tokenizes text; returns normalized forms.
std::vector<std::string> NormalizePhrase(std::string_view phrase);

}  // namespace biaslens
