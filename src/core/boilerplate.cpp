// Stage 2 of AnalyzeText: page boilerplate a reader pasted along with the article.
//
// Rules, each on a whole paragraph (line):
//   boilerplate.date          only weekday/month names, numbers and punctuation ("Wednesday , March 29 2017")
//   boilerplate.breadcrumb    "Home / Section / …", or a line that repeats the next line after a short prefix
//   boilerplate.sources-credit "Sources: BBC, Daily Mail …", "Photo credit: …", "Article posted with
//                             permission from …"
//   boilerplate.share         share/subscribe/support/donate/advertisement/comment text, "Follow
//                             … on Twitter", a sign-up or poll form's small print ("You may opt out
//                             at anytime."), and a poll widget from "take our poll" to that print
//   boilerplate.tail          a teaser marker ("Check Also", "Popular Video", "Related", "Read more")
//                             and every short paragraph after it to the end of the page
//   boilerplate.label         a news database's field label in capitals, alone ("ABSTRACT.", "FULL
//                             TEXT.") or before its value ("BYLINE: Amber Phillips.", "LENGTH: 812 words")
//   boilerplate.copyright     a short line opening with "©" or "Copyright" ("© AFP Cardinal
//                             O'Malley …", "COPYRIGHT 2018 CREATORS.COM")
//   boilerplate.caption       an unterminated line of 8+ words right after the headline line
// The caption rule needs the headline, so MarkBoilerplate runs the others first and
// MarkHeadline() applies the caption rule once the headline is known.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "core/text_stages.h"

namespace biaslens {
namespace {

// The first (up to 64) normalized words of a paragraph, kept on the stack: a std::vector
// per paragraph was a malloc and regrowth for every line of every article.
class Words {
 public:
  static constexpr size_t kCapacity = 64;
  void push_back(std::string_view w) { items_[size_++] = w; }
  size_t size() const { return size_; }
  const std::string_view& operator[](size_t i) const { return items_[i]; }
  const std::string_view* begin() const { return items_; }
  const std::string_view* end() const { return items_ + size_; }

 private:
  std::string_view items_[kCapacity];
  size_t size_ = 0;
};

Words WordsOf(const Document& doc, const Paragraph& p, size_t limit = Words::kCapacity) {
  Words w;
  if (limit > Words::kCapacity) limit = Words::kCapacity;
  for (uint32_t i = p.first_token; i < p.end_token && w.size() < limit; ++i)
    if (doc.tokens[i].flags & (kTokWord | kTokNumber)) w.push_back(doc.Norm(doc.tokens[i]));
  return w;
}

uint32_t WordCount(const Document& doc, const Paragraph& p) {
  uint32_t n = 0;
  for (uint32_t i = p.first_token; i < p.end_token; ++i) n += (doc.tokens[i].flags & kTokWord) ? 1 : 0;
  return n;
}

bool StartsWithPhrase(const Words& words, std::initializer_list<std::string_view> phrase) {
  if (words.size() < phrase.size()) return false;
  size_t k = 0;
  for (std::string_view p : phrase) if (words[k++] != p) return false;
  return true;
}

bool IsDateLine(const Document& doc, const Paragraph& p) {
  bool has_calendar_word = false;
  uint32_t count = 0;
  for (uint32_t i = p.first_token; i < p.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (t.flags & kTokPunct) continue;
    if (++count > 10) return false;
    const std::string_view n = doc.Norm(t);
    if (t.flags & kTokNumber) continue;
    if (IsMonthName(n) || IsWeekdayName(n)) { has_calendar_word = true; continue; }
    if (n == "st" || n == "nd" || n == "rd" || n == "th" || n == "am" || n == "pm" || n == "a.m." ||
        n == "p.m." || n == "updated" || n == "published" || n == "posted" || n == "on" || n == "at" ||
        n == "gmt" || n == "utc" || n == "et" || n == "est" || n == "edt" || n == "last")
      continue;
    if ((t.flags & kTokWord) && n.size() <= 4 && std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    return false;
  }
  return has_calendar_word;
}

bool IsSeparator(std::string_view n) { return n == "/" || n == ">" || n == "|" || n == "\xC2\xBB" || n == "\xE2\x80\xBA"; }

bool IsBreadcrumb(const Document& doc, uint32_t index) {
  const Paragraph& p = doc.paragraphs[index];
  if (p.end_token - p.first_token < 3) return false;
  const Token& first = doc.tokens[p.first_token];
  const Token& second = doc.tokens[p.first_token + 1];
  if (doc.Norm(first) == "home" && (second.flags & kTokPunct) && IsSeparator(doc.Norm(second))) return true;
  // "Home Breaking News <headline>": the line ends with the next line's text after a short prefix.
  if (index + 1 < doc.paragraphs.size()) {
    const Paragraph& next = doc.paragraphs[index + 1];
    const std::string_view line = doc.text.substr(p.start, p.end - p.start);
    const std::string_view following = doc.text.substr(next.start, next.end - next.start);
    if (following.size() >= 12 && line.size() > following.size() && line.size() - following.size() <= 60 &&
        line.substr(line.size() - following.size()) == following)
      return true;
  }
  // Two or more separators between short segments.
  uint32_t separators = 0, segment_words = 0, longest_early_segment = 0;
  for (uint32_t i = p.first_token; i < p.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if ((t.flags & kTokPunct) && IsSeparator(doc.Norm(t))) {
      ++separators;
      longest_early_segment = std::max(longest_early_segment, segment_words);
      segment_words = 0;
    } else if (t.flags & kTokWord) {
      ++segment_words;
    }
  }
  return separators >= 2 && longest_early_segment <= 3;
}

bool IsCreditLine(const Words& w) {
  return StartsWithPhrase(w, {"sources"}) || StartsWithPhrase(w, {"source"}) ||
         StartsWithPhrase(w, {"photo", "credit"}) || StartsWithPhrase(w, {"image", "credit"}) ||
         StartsWithPhrase(w, {"photo"}) || StartsWithPhrase(w, {"image"}) || StartsWithPhrase(w, {"featured", "image"}) ||
         StartsWithPhrase(w, {"article", "posted", "with", "permission"});
}

bool IsShareLine(const Words& w, uint32_t words) {
  if (words > 30) return false;
  auto has = [&](std::string_view word) { return std::find(w.begin(), w.end(), word) != w.end(); };
  if (StartsWithPhrase(w, {"share"}) || StartsWithPhrase(w, {"tweet"}) || StartsWithPhrase(w, {"subscribe"}) ||
      StartsWithPhrase(w, {"sign", "up"}) || StartsWithPhrase(w, {"follow", "us"}) || StartsWithPhrase(w, {"like", "us"}) ||
      StartsWithPhrase(w, {"advertisement"}) || StartsWithPhrase(w, {"sponsored"}) || StartsWithPhrase(w, {"click", "here"}) ||
      StartsWithPhrase(w, {"leave", "a", "comment"}) || StartsWithPhrase(w, {"comments"}) || StartsWithPhrase(w, {"tags"}) ||
      StartsWithPhrase(w, {"filed", "under"}) || StartsWithPhrase(w, {"donate"}) ||
      StartsWithPhrase(w, {"take", "our", "poll"}))
    return words <= 12;
  if (StartsWithPhrase(w, {"follow"}) && has("twitter") && words <= 10) return true;  // "Follow Pam Key on Twitter @…"
  if (has("support") && (has("site") || has("journalism") || has("us") || has("work")) && words <= 12) return true;
  if ((has("clicking") || has("click")) && (has("buttons") || has("button") || has("share"))) return true;
  if (has("sumome") || has("addthis") || has("sharethis") || has("patreon")) return true;
  // A sign-up or poll form's small print: "You may opt out at anytime.", "You also agree to this
  // site's Privacy Policy and Terms of Use.", "Email This field is for validation purposes …".
  if ((has("opt") && has("out") && words <= 12) || (has("privacy") && has("agree") && has("terms")) ||
      (has("field") && has("validation")) || StartsWithPhrase(w, {"completing", "this", "poll"}))
    return true;
  return false;
}

bool IsTailMarker(const Words& w, uint32_t words) {
  if (words > 6) return false;
  return StartsWithPhrase(w, {"check", "also"}) || StartsWithPhrase(w, {"popular", "video"}) ||
         StartsWithPhrase(w, {"related"}) || StartsWithPhrase(w, {"read", "more"}) || StartsWithPhrase(w, {"read", "also"}) ||
         StartsWithPhrase(w, {"see", "also"}) || StartsWithPhrase(w, {"you", "may", "also", "like"}) ||
         StartsWithPhrase(w, {"you", "might", "also", "like"}) || StartsWithPhrase(w, {"recommended"}) ||
         StartsWithPhrase(w, {"more", "stories"}) || StartsWithPhrase(w, {"trending"}) || StartsWithPhrase(w, {"more", "from"});
}

// "ABSTRACT." / "FULL TEXT." / "BYLINE: …" as exported by news databases (LexisNexis,
// ProQuest, Factiva): the label in capitals, alone (with a period or colon), or a metadata
// label before its value after a colon. A label of the article's own text ("LEAD: …") with
// text after it is the text.
bool IsDatabaseLabel(const Document& doc, const Paragraph& p, const Words& w, uint32_t words) {
  if (words > 12 || w.size() == 0 || !(doc.tokens[p.first_token].flags & kTokAllCaps)) return false;
  struct Label { std::initializer_list<std::string_view> words; bool takes_value; };
  static const Label kLabels[] = {
      {{"full", "text"}, false}, {{"abstract"}, false}, {{"body"}, false}, {{"lead"}, false}, {{"highlight"}, false},
      {{"byline"}, true}, {{"length"}, true}, {{"section"}, true}, {{"dateline"}, true}, {{"load-date"}, true},
      {{"language"}, true}, {{"publication-type"}, true}, {{"document-type"}, true}, {{"graphic"}, true},
      {{"correction-date"}, true}, {{"correction", "appended"}, false}};
  for (const Label& label : kLabels) {
    if (!StartsWithPhrase(w, label.words)) continue;
    uint32_t after = p.first_token;  // the token after the label
    for (size_t seen = 0; after < p.end_token && seen < label.words.size(); ++after)
      if (doc.tokens[after].flags & (kTokWord | kTokNumber)) ++seen;
    if (after == p.end_token) return true;
    const std::string_view next = doc.Norm(doc.tokens[after]);
    if (after + 1 == p.end_token) return next == "." || next == ":";
    return next == ":" && label.takes_value;
  }
  return false;
}

bool IsCopyrightLine(const Document& doc, const Paragraph& p, const Words& w, uint32_t words) {
  if (words > 40 || p.first_token >= p.end_token) return false;
  return doc.Norm(doc.tokens[p.first_token]) == "\xC2\xA9" || StartsWithPhrase(w, {"copyright"});
}

void Mark(Paragraph& p, const char* rule) {
  if (p.boilerplate) return;
  p.boilerplate = true;
  p.boilerplate_rule = rule;
}

}  // namespace

void MarkBoilerplate(Document& doc) {
  constexpr uint32_t kTailWordBudget = 120;  // a teaser block is short; a real article body is not
  constexpr uint32_t kPollParagraphs = 16;    // a poll widget's question, answers and fields
  // words_from[k]: words in paragraphs k.. (so a run of tail markers stays linear time).
  std::vector<uint32_t> words_from(doc.paragraphs.size() + 1, 0);
  for (size_t k = doc.paragraphs.size(); k-- > 0;) words_from[k] = words_from[k + 1] + WordCount(doc, doc.paragraphs[k]);
  for (uint32_t i = 0; i < doc.paragraphs.size(); ++i) {
    Paragraph& p = doc.paragraphs[i];
    const uint32_t count = words_from[i] - words_from[i + 1];  // WordCount(doc, p)
    // Speed: past 30 words only IsCreditLine reads `words`, and only its first two
    // (IsShareLine and IsTailMarker return false on the count alone). A new rule that
    // reads more words of long paragraphs must raise this limit.
    const Words words = WordsOf(doc, p, count > 30 ? 2 : Words::kCapacity);
    if (IsDateLine(doc, p)) Mark(p, "boilerplate.date");
    else if (IsBreadcrumb(doc, i)) Mark(p, "boilerplate.breadcrumb");
    else if (IsCreditLine(words)) Mark(p, "boilerplate.sources-credit");
    else if (IsDatabaseLabel(doc, p, words, count)) Mark(p, "boilerplate.label");
    else if (IsCopyrightLine(doc, p, words, count)) Mark(p, "boilerplate.copyright");
    else if (IsShareLine(words, count)) {
      Mark(p, "boilerplate.share");
      // "take our poll - story continues below": the poll's question, its answers and its form
      // fields, up to the form's small print, are the widget's too.
      if (StartsWithPhrase(words, {"take", "our", "poll"})) {
        for (uint32_t k = i + 1; k < doc.paragraphs.size() && k <= i + kPollParagraphs; ++k) {
          const uint32_t k_count = words_from[k] - words_from[k + 1];
          if (k_count > 30) break;
          const Words k_words = WordsOf(doc, doc.paragraphs[k]);
          if (!IsShareLine(k_words, k_count) || StartsWithPhrase(k_words, {"take", "our", "poll"})) continue;
          for (uint32_t j = i + 1; j <= k; ++j) Mark(doc.paragraphs[j], "boilerplate.share");
          break;
        }
      }
    }
    else if (IsTailMarker(words, count)) {
      if (words_from[i + 1] <= kTailWordBudget) {
        for (uint32_t k = i; k < doc.paragraphs.size(); ++k) Mark(doc.paragraphs[k], "boilerplate.tail");
        break;
      }
      Mark(p, "boilerplate.tail");
    }
  }
  for (const Paragraph& p : doc.paragraphs)
    if (p.boilerplate)
      for (uint32_t i = p.first_token; i < p.end_token; ++i) doc.tokens[i].flags |= kTokBoilerplate;
}

void MarkHeadline(Document& doc, const TextOptions& options) {
  if (!options.first_line_is_headline) return;
  for (uint32_t i = 0; i < doc.paragraphs.size(); ++i) {
    Paragraph& p = doc.paragraphs[i];
    if (p.boilerplate) continue;
    p.headline = true;
    doc.headline = {p.start, p.end};
    doc.headline_in_text = true;
    for (uint32_t k = p.first_token; k < p.end_token; ++k) doc.tokens[k].flags |= kTokHeadline;
    // A photo caption right under the headline: unterminated, 8+ words.
    if (i + 2 < doc.paragraphs.size()) {
      Paragraph& next = doc.paragraphs[i + 1];
      const Token& last = doc.tokens[next.end_token - 1];
      const std::string_view end = doc.Norm(last);
      const bool terminated = end == "." || end == "!" || end == "?" || end == "\"" || end == ":" || end == "...";
      if (!next.boilerplate && !terminated && WordCount(doc, next) >= 8) {
        Mark(next, "boilerplate.caption");
        for (uint32_t k = next.first_token; k < next.end_token; ++k) doc.tokens[k].flags |= kTokBoilerplate;
      }
    }
    return;
  }
}

}  // namespace biaslens
