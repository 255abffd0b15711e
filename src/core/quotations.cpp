// Stage 4 of AnalyzeText: quotation regions and the quoted voice.
//
// Double quotation marks open or close by their shape (“ ” « ») or, for straight quotes and a ”
// between a space and a word, by their neighbours. A quotation left open at a paragraph end continues when the next
// paragraph opens with a quotation mark (the multi-paragraph convention); otherwise it
// ends there, unclosed. Inside a double quotation, single quotes ‘…’ open a nested one.
#include "core/char_class.h"
#include "core/text_stages.h"
#include "core/utf8.h"

namespace biaslens {
namespace {

enum class MarkRole { kOpen, kClose, kEither };

CharClass ClassBefore(const Document& doc, uint32_t at) {
  if (at == 0) return CharClass::kNewline;
  uint32_t i = at - 1;
  while (i > 0 && (static_cast<unsigned char>(doc.text[i]) & 0xC0) == 0x80) --i;
  int len = 0;
  return ClassifyCodepoint(DecodeUtf8(doc.text.data() + i, doc.text.data() + doc.text.size(), &len));
}

CharClass ClassAfter(const Document& doc, uint32_t at) {
  if (at >= doc.text.size()) return CharClass::kNewline;
  int len = 0;
  return ClassifyCodepoint(DecodeUtf8(doc.text.data() + at, doc.text.data() + doc.text.size(), &len));
}

bool IsSpaceLike(CharClass c) { return c == CharClass::kSpace || c == CharClass::kNewline; }

MarkRole RoleOfDoubleMark(const Document& doc, const Token& t) {
  int len = 0;
  const uint32_t cp = DecodeUtf8(doc.text.data() + t.start, doc.text.data() + doc.text.size(), &len);
  if (cp == 0x201C || cp == 0x201E || cp == 0x00AB) return MarkRole::kOpen;
  const CharClass before = ClassBefore(doc, t.start);
  const CharClass after = ClassAfter(doc, t.end);
  const bool space_before = IsSpaceLike(before) || before == CharClass::kDash || before == CharClass::kOtherPunct;
  const bool space_after = IsSpaceLike(after) || after == CharClass::kPeriod || after == CharClass::kComma ||
                           after == CharClass::kDash || after == CharClass::kOtherPunct;
  // A closing shape placed as an opening one (”Isis declares …”, common in pasted comments) opens
  // when no quotation is open.
  if (cp == 0x201D) return space_before && !space_after ? MarkRole::kEither : MarkRole::kClose;
  if (cp == 0x00BB) return MarkRole::kClose;
  if (space_before && !space_after) return MarkRole::kOpen;
  if (!space_before && space_after) return MarkRole::kClose;
  return MarkRole::kEither;
}

class QuotationFinder {
 public:
  explicit QuotationFinder(Document& doc) : doc_(doc) {}

  void Run() {
    for (uint32_t p = 0; p < doc_.paragraphs.size(); ++p) {
      const Paragraph& para = doc_.paragraphs[p];
      if (open_ >= 0) {
        // An open quotation reaching a new paragraph continues only if this one opens with a mark.
        const bool reopens = para.end_token > para.first_token &&
                             (doc_.tokens[para.first_token].flags & kTokQuoteMark) &&
                             RoleOfDoubleMark(doc_, doc_.tokens[para.first_token]) != MarkRole::kClose;
        CloseOpen(doc_.paragraphs[open_paragraph_].end, doc_.paragraphs[open_paragraph_].end_token, false);
        continuing_ = reopens;
      }
      for (uint32_t i = para.first_token; i < para.end_token; ++i) {
        Token& t = doc_.tokens[i];
        if (t.flags & kTokQuoteMark) { OnDoubleMark(i, p); continue; }
        if (open_ >= 0 && (t.flags & kTokPunct) && doc_.Norm(t) == "'") OnSingleMark(i, p);
      }
      if (nested_open_ >= 0) nested_open_ = -1;  // an unclosed nested quote ends with its paragraph
    }
    if (open_ >= 0) CloseOpen(doc_.paragraphs[open_paragraph_].end, doc_.paragraphs[open_paragraph_].end_token, false);
    MarkQuotedTokens();
  }

 private:
  void OnDoubleMark(uint32_t i, uint32_t p) {
    Token& t = doc_.tokens[i];
    MarkRole role = RoleOfDoubleMark(doc_, t);
    if (role == MarkRole::kEither) role = open_ >= 0 ? MarkRole::kClose : MarkRole::kOpen;
    if (role == MarkRole::kOpen && open_ >= 0) {
      // A second opening mark while one is open: if it sits right before a space, the
      // writer used an opening shape to close (common in pasted text); else restart.
      if (IsSpaceLike(ClassAfter(doc_, t.end)) || ClassAfter(doc_, t.end) == CharClass::kPeriod) role = MarkRole::kClose;
      else CloseOpen(t.start, i, false);
    }
    if (role == MarkRole::kOpen) {
      open_ = static_cast<int>(i);
      open_paragraph_ = p;
      t.flags |= kTokOpenQuote;
      nested_open_ = -1;
    } else if (open_ >= 0) {
      t.flags |= kTokCloseQuote;
      CloseOpen(t.end, i, true);
    }
  }

  void OnSingleMark(uint32_t i, uint32_t) {
    const Token& t = doc_.tokens[i];
    const CharClass before = ClassBefore(doc_, t.start);
    const CharClass after = ClassAfter(doc_, t.end);
    if (nested_open_ < 0) {
      if ((IsSpaceLike(before) || before == CharClass::kDoubleQuote) && after == CharClass::kLetter) nested_open_ = static_cast<int>(i);
      return;
    }
    if (!IsSpaceLike(before) && (IsSpaceLike(after) || after == CharClass::kPeriod || after == CharClass::kComma ||
                                 after == CharClass::kDoubleQuote || after == CharClass::kOtherPunct)) {
      Quotation q{};
      const Token& open = doc_.tokens[static_cast<uint32_t>(nested_open_)];
      q.outer = {open.start, t.end};
      q.inner = {open.end, t.start};
      q.first_token = static_cast<uint32_t>(nested_open_) + 1;
      q.end_token = i;
      q.depth = 2;
      nested_.push_back(q);
      nested_open_ = -1;
    }
  }

  // Ends the open quotation at byte `end_byte` / before token `end_token`.
  void CloseOpen(uint32_t end_byte, uint32_t end_token, bool closed) {
    if (open_ < 0) return;
    const Token& open = doc_.tokens[static_cast<uint32_t>(open_)];
    Quotation q{};
    q.outer = {open.start, end_byte};
    q.first_token = static_cast<uint32_t>(open_) + 1;
    q.end_token = closed ? end_token : end_token;
    const uint32_t inner_end = closed ? doc_.tokens[end_token].start : end_byte;
    q.inner = {open.end, inner_end < open.end ? open.end : inner_end};
    q.closed = closed;
    q.continued = continuing_;
    continuing_ = false;
    doc_.quotations.push_back(q);
    for (Quotation& n : nested_) doc_.quotations.push_back(n);
    nested_.clear();
    open_ = -1;
    nested_open_ = -1;
  }

  void MarkQuotedTokens() {
    for (Quotation& q : doc_.quotations) {
      uint32_t words = 0;
      for (uint32_t i = q.first_token; i < q.end_token && i < doc_.tokens.size(); ++i) {
        Token& t = doc_.tokens[i];
        if (t.flags & (kTokOpenQuote | kTokCloseQuote)) continue;
        t.flags |= kTokQuoted;
        if (t.flags & kTokWord) ++words;
      }
      q.words = words;
    }
  }

  Document& doc_;
  int open_ = -1;
  uint32_t open_paragraph_ = 0;
  bool continuing_ = false;
  int nested_open_ = -1;
  std::vector<Quotation> nested_;
};

}  // namespace

void FindQuotations(Document& doc) { QuotationFinder(doc).Run(); }

}  // namespace biaslens
