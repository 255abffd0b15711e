// Feature strings of the attribution model; see attribution_features.h and
// tools/train_attribution.py (the two must stay identical).
#include "core/attribution_features.h"

#include <algorithm>
#include <set>

#include "core/lexicon.h"

namespace biaslens {
namespace {

// The hash state after a literal prefix, folded at compile time: Folded<FeatureHashOf("w=")>().
template <uint64_t kValue>
constexpr FeatureHash Folded() { return FeatureHash{kValue}; }

// What a word is to the class features (PRONOUNS, OBJECT_PRONOUNS and DETERMINERS in the
// trainer): a bit set, one comparison or two per word ("her" is both of the last two).
enum WordRole : uint8_t { kSubjectPronoun = 1, kObjectPronoun = 2, kDeterminer = 4 };
uint8_t RoleOf(std::string_view w) {
  switch (w.size()) {
    case 1:
      return w == "i" ? kSubjectPronoun : w == "a" ? kDeterminer : 0;
    case 2:
      if (w == "he" || w == "we" || w == "it") return kSubjectPronoun;
      if (w == "me" || w == "us") return kObjectPronoun;
      return w == "an" ? kDeterminer : 0;
    case 3:
      if (w == "she" || w == "you" || w == "who") return kSubjectPronoun;
      if (w == "him") return kObjectPronoun;
      if (w == "her") return kObjectPronoun | kDeterminer;
      return w == "the" || w == "his" ? kDeterminer : 0;
    case 4:
      if (w == "they") return kSubjectPronoun;
      if (w == "them") return kObjectPronoun;
      return w == "this" || w == "that" || w == "some" || w == "many" ? kDeterminer : 0;
    case 5:
      return w == "these" || w == "those" || w == "their" ? kDeterminer : 0;
    case 7:
      return w == "several" ? kDeterminer : 0;
    default:
      return 0;
  }
}

bool EndsWith(std::string_view w, std::string_view s) {  // from the last byte: most words differ there
  if (w.size() < s.size()) return false;
  for (size_t k = 1; k <= s.size(); ++k)
    if (w[w.size() - k] != s[s.size() - k]) return false;
  return true;
}

// Python's w[-n:] on the normalized form: the last n code points.
std::string_view LastCodepoints(std::string_view w, int n) {
  size_t at = w.size();
  for (int k = 0; k < n && at > 0; ++k) {
    --at;
    while (at > 0 && (static_cast<unsigned char>(w[at]) & 0xC0) == 0x80) --at;
  }
  return w.substr(at);
}

std::string_view Stem(std::string_view w) {
  for (std::string_view s : {"ing", "ed", "es", "s"})
    if (EndsWith(w, s) && w.size() - s.size() >= 3) return w.substr(0, w.size() - s.size());
  return w;
}

constexpr std::string_view kBucketNames[] = {"0", "1", "2", "3", "4-6", "7-10", "11+"};
int BucketId(int d) { return d <= 3 ? (d < 0 ? 0 : d) : d <= 6 ? 4 : d <= 10 ? 5 : 6; }
const char* Bucket(int d) { return kBucketNames[BucketId(d)].data(); }

constexpr std::string_view kSourceClassNames[] = {"<b>", "PRN", "DET", "CAP", "P", "W", ",", ".", ":", ";", "\"", "-", "(", ")"};
enum SourceClassId { kPronounClass = 1, kDeterminerClass, kCapitalizedClass, kOtherPunctClass, kWordClass, kFirstPunctClass };
constexpr std::string_view kMarksNames[] = {"", ",", "q", ",q", "t", ",t", "qt", ",qt"};

// cue_class(): "PRN", "CAP", the punctuation itself, or the word's ending ("ED", "S", "ING", "W").
AttributionFeatures::NameCode CueClassOf(std::string_view word, bool punct, uint8_t role, bool capitalized) {
  using F = AttributionFeatures;
  if (role & kSubjectPronoun) return F::kPronounCue;
  if (capitalized) return F::kCapitalizedCue;
  if (punct) return F::kTheWord;
  if (EndsWith(word, "ed")) return F::kEdCue;
  if (EndsWith(word, "s")) return F::kSCue;
  if (EndsWith(word, "ing")) return F::kIngCue;
  return F::kWordCue;
}

// source_class() as an index of kSourceClassNames: the punctuation the ranker tells apart is
// its own class, the rest "P".
int SourceClassOf(std::string_view word, bool punct, uint8_t role, bool capitalized) {
  if (role & (kSubjectPronoun | kObjectPronoun)) return kPronounClass;
  if (role & kDeterminer) return kDeterminerClass;
  if (capitalized) return kCapitalizedClass;
  if (!punct) return kWordClass;
  constexpr std::string_view kToldApart = ",.:;\"-()";  // kSourceClassNames from kFirstPunctClass on
  const size_t at = word.size() == 1 ? kToldApart.find(word[0]) : std::string_view::npos;
  return at == std::string_view::npos ? kOtherPunctClass : kFirstPunctClass + static_cast<int>(at);
}

std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (std::string_view p : parts) s.append(p.data(), p.size());
  return s;
}

}  // namespace

void CueWordClasses::Build(const Lexicon& lexicon) {
  names_.clear();
  class_of_.clear();
  for (const LexiconEntry& e : lexicon.entries) {
    if (e.token_hashes.size() != 1) continue;
    auto name = std::find(names_.begin(), names_.end(), e.category);
    if (name == names_.end()) {
      if (names_.size() > UINT8_MAX) continue;  // more classes than a feature table would use
      name = names_.insert(names_.end(), e.category);
    }
    class_of_[e.token_hashes[0]] = static_cast<uint8_t>(name - names_.begin());
  }
}

int CueWordClasses::IndexOf(uint32_t token_hash) const {
  if (class_of_.empty()) return -1;
  const auto it = class_of_.find(token_hash);
  return it == class_of_.end() ? -1 : it->second;
}

AttributionFeatures::AttributionFeatures(const Document& doc, const CueWordClasses& cue_words)
    : doc_(doc), cue_words_(cue_words), size_(doc.tokens.size()) {
  static_assert(kNames[kBoundaryName] == "<b>" && kNames[kNumberShape] == "D" && kNames[kWordShape] == "l" &&
                kNames[kPronounCue] == "PRN" && kNames[kIngCue] == "ING" && kNames[kWordCue] == "W",
                "NameCode follows kNames");
  views_.assign(size_ + 2 * kPad, TokenView{});
  for (size_t k = 0; k < size_; ++k) {
    const Token& t = doc.tokens[k];
    TokenView& v = views_[k + kPad];
    const std::string_view word = doc.Norm(t);
    v.punct = (t.flags & kTokPunct) != 0;
    v.quoted = (t.flags & kTokQuoted) && !(t.flags & kTokQuoteMark);
    if (v.punct) v.shape = kTheWord;
    else if (t.flags & kTokNumber) v.shape = kNumberShape;
    else if (t.flags & kTokAllCaps) v.shape = kAllCapsShape;
    else if (t.flags & kTokCapitalized) v.shape = kCapitalizedShape;
    else v.shape = kWordShape;
    const bool capitalized = !v.punct && !(t.flags & kTokNumber) && (t.flags & (kTokAllCaps | kTokCapitalized));
    const uint8_t role = RoleOf(word);
    v.cue_class = CueClassOf(word, v.punct, role, capitalized);
    v.source_class_id = static_cast<uint8_t>(SourceClassOf(word, v.punct, role, capitalized));
    v.cue_word = static_cast<int16_t>(cue_words.IndexOf(t.hash));
  }
  marks_before_.assign(size_ + 1, MarkCounts{});
  for (size_t k = 0; k < size_; ++k) {
    MarkCounts next = marks_before_[k];
    const std::string_view w = Word(static_cast<int>(k));
    next.commas += w == ",";
    next.quotes += w == "\"";
    next.thats += w == "that";
    marks_before_[k + 1] = next;
  }
}

std::string_view AttributionFeatures::StemOf(std::string_view word) { return Stem(word); }
std::string_view AttributionFeatures::LastCodepointsOf(std::string_view word, int n) { return LastCodepoints(word, n); }

std::string_view AttributionFeatures::SourceClassName(int id) { return kSourceClassNames[id]; }
std::string_view AttributionFeatures::DistanceBucketName(int id) { return kBucketNames[id]; }
std::string_view AttributionFeatures::BetweenMarksName(int marks) { return kMarksNames[marks]; }

AttributionFeatures::SourceCandidate AttributionFeatures::SourceCandidateOf(uint32_t c0_u, uint32_t c1_u, int j) const {
  const int c0 = static_cast<int>(c0_u), c1 = static_cast<int>(c1_u);
  SourceCandidate out;
  int lo, hi;
  if (j < c0) { out.bucket = BucketId(c0 - j); lo = j + 1; hi = c0; }
  else { out.after = true; out.bucket = BucketId(j - c1); lo = c1 + 1; hi = j; }
  const MarkCounts& from = marks_before_[static_cast<size_t>(lo)];
  const MarkCounts& to = marks_before_[static_cast<size_t>(std::max(lo, hi))];
  out.marks = (to.commas > from.commas ? 1 : 0) | (to.quotes > from.quotes ? 2 : 0) | (to.thats > from.thats ? 4 : 0);
  out.cls = At(j).source_class_id;
  out.previous_cls = At(j - 1).source_class_id;
  out.next_cls = At(j + 1).source_class_id;
  out.quoted = Quoted(j);
  out.word = Word(j);
  return out;
}

void AttributionFeatures::CueFeatures(uint32_t i_u, std::vector<std::string>* out) const {
  const int i = static_cast<int>(i_u), n = static_cast<int>(size());
  const std::string_view w0 = Word(i), st = Stem(w0), sfx2 = LastCodepoints(w0, 2);
  auto q = [&](int k) { return std::string_view(Quoted(k) ? "1" : "0"); };
  out->clear();
  out->push_back("b");
  out->push_back(Cat({"w=", w0}));
  out->push_back(Cat({"st=", st}));
  out->push_back(Cat({"p=", Word(i - 1)}));
  out->push_back(Cat({"n=", Word(i + 1)}));
  out->push_back(Cat({"pp=", Word(i - 2)}));
  out->push_back(Cat({"nn=", Word(i + 2)}));
  out->push_back(Cat({"pw=", Word(i - 1), "|", w0}));
  out->push_back(Cat({"wn=", w0, "|", Word(i + 1)}));
  out->push_back(Cat({"s=", Shape(i)}));
  out->push_back(Cat({"sfx=", LastCodepoints(w0, 3)}));
  out->push_back(Cat({"sfx2=", sfx2}));
  out->push_back(Cat({"q=", q(i)}));
  out->push_back(Cat({"pc=", CueClass(i - 1)}));
  out->push_back(Cat({"nc=", CueClass(i + 1)}));
  out->push_back(Cat({"ppc=", CueClass(i - 2), CueClass(i - 1)}));
  out->push_back(Cat({"ncc=", CueClass(i + 1), CueClass(i + 2)}));
  out->push_back(Cat({"pcst=", CueClass(i - 1), "|", st}));
  out->push_back(Cat({"stnc=", st, "|", CueClass(i + 1)}));
  out->push_back(Cat({"pcsfx=", CueClass(i - 1), "|", sfx2}));
  out->push_back(Cat({"qn=", q(i - 1), q(i), q(i + 1)}));
  for (int k = i + 1; k < std::min(n, i + 5); ++k)
    if (Word(k) == "\"") { out->push_back("quote_ahead"); break; }
  for (int k = i + 1; k < std::min(n, i + 4); ++k)
    if (Word(k) == "that") { out->push_back("that_ahead"); break; }
  for (int k = std::max(0, i - 4); k < i; ++k)
    if (Word(k) == "\"") { out->push_back("quote_behind"); break; }
  const std::string_view lex = CueWord(i);
  out->push_back(Cat({"lex=", lex}));
  out->push_back(Cat({"plex=", CueWord(i - 1)}));
  out->push_back(Cat({"nlex=", CueWord(i + 1)}));
  out->push_back(Cat({"lexpc=", lex, "|", CueClass(i - 1)}));
  out->push_back(Cat({"lexnc=", lex, "|", CueClass(i + 1)}));
}

// Mirrors CueFeatures() feature by feature; keep the two in step.
int AttributionFeatures::CueFeatureHashes(uint32_t i_u, uint64_t* out) const {
  const int i = static_cast<int>(i_u), n = static_cast<int>(size());
  const std::string_view w0 = Word(i), st = Stem(w0), sfx2 = LastCodepoints(w0, 2);
  const std::string_view pc = CueClass(i - 1), nc = CueClass(i + 1);
  auto q = [&](int k) { return Quoted(k) ? '1' : '0'; };
  int c = 0;
  out[c++] = Folded<FeatureHashOf("b")>().value;
  out[c++] = Folded<FeatureHashOf("w=")>().Add(w0).value;
  out[c++] = Folded<FeatureHashOf("st=")>().Add(st).value;
  out[c++] = Folded<FeatureHashOf("p=")>().Add(Word(i - 1)).value;
  out[c++] = Folded<FeatureHashOf("n=")>().Add(Word(i + 1)).value;
  out[c++] = Folded<FeatureHashOf("pp=")>().Add(Word(i - 2)).value;
  out[c++] = Folded<FeatureHashOf("nn=")>().Add(Word(i + 2)).value;
  out[c++] = Folded<FeatureHashOf("pw=")>().Add(Word(i - 1)).Add('|').Add(w0).value;
  out[c++] = Folded<FeatureHashOf("wn=")>().Add(w0).Add('|').Add(Word(i + 1)).value;
  out[c++] = Folded<FeatureHashOf("s=")>().Add(Shape(i)).value;
  out[c++] = Folded<FeatureHashOf("sfx=")>().Add(LastCodepoints(w0, 3)).value;
  out[c++] = Folded<FeatureHashOf("sfx2=")>().Add(sfx2).value;
  out[c++] = Folded<FeatureHashOf("q=")>().Add(q(i)).value;
  out[c++] = Folded<FeatureHashOf("pc=")>().Add(pc).value;
  out[c++] = Folded<FeatureHashOf("nc=")>().Add(nc).value;
  out[c++] = Folded<FeatureHashOf("ppc=")>().Add(CueClass(i - 2)).Add(pc).value;
  out[c++] = Folded<FeatureHashOf("ncc=")>().Add(nc).Add(CueClass(i + 2)).value;
  out[c++] = Folded<FeatureHashOf("pcst=")>().Add(pc).Add('|').Add(st).value;
  out[c++] = Folded<FeatureHashOf("stnc=")>().Add(st).Add('|').Add(nc).value;
  out[c++] = Folded<FeatureHashOf("pcsfx=")>().Add(pc).Add('|').Add(sfx2).value;
  out[c++] = Folded<FeatureHashOf("qn=")>().Add(q(i - 1)).Add(q(i)).Add(q(i + 1)).value;
  for (int k = i + 1; k < std::min(n, i + 5); ++k)
    if (Word(k) == "\"") { out[c++] = Folded<FeatureHashOf("quote_ahead")>().value; break; }
  for (int k = i + 1; k < std::min(n, i + 4); ++k)
    if (Word(k) == "that") { out[c++] = Folded<FeatureHashOf("that_ahead")>().value; break; }
  for (int k = std::max(0, i - 4); k < i; ++k)
    if (Word(k) == "\"") { out[c++] = Folded<FeatureHashOf("quote_behind")>().value; break; }
  const std::string_view lex = CueWord(i);
  out[c++] = Folded<FeatureHashOf("lex=")>().Add(lex).value;
  out[c++] = Folded<FeatureHashOf("plex=")>().Add(CueWord(i - 1)).value;
  out[c++] = Folded<FeatureHashOf("nlex=")>().Add(CueWord(i + 1)).value;
  out[c++] = Folded<FeatureHashOf("lexpc=")>().Add(lex).Add('|').Add(pc).value;
  out[c++] = Folded<FeatureHashOf("lexnc=")>().Add(lex).Add('|').Add(nc).value;
  return c;
}

void AttributionFeatures::SourceCandidates(uint32_t c0, uint32_t c1, std::vector<int>* out) const {
  out->clear();
  const uint32_t sentence = doc_.tokens[c0].sentence;
  const int lo = std::max(0, static_cast<int>(c0) - kSourceWindowBefore);
  const int hi = std::min(static_cast<int>(size()) - 1, static_cast<int>(c1) + kSourceWindowAfter);
  if (hi >= lo) out->reserve(static_cast<size_t>(hi - lo + 1));
  for (int j = lo; j <= hi; ++j) {
    if (j >= static_cast<int>(c0) && j <= static_cast<int>(c1)) continue;
    if (doc_.tokens[static_cast<size_t>(j)].sentence == sentence) out->push_back(j);
  }
}

void AttributionFeatures::SourceFeatures(uint32_t c0_u, uint32_t c1_u, int j, std::vector<std::string>* out) const {
  const int c0 = static_cast<int>(c0_u), c1 = static_cast<int>(c1_u);
  const std::string_view cw = Word(c0), cl = Word(c1);
  out->clear();
  if (j < 0) {
    out->push_back("NONE");
    out->push_back(Cat({"NONE|", cw}));
    out->push_back(Cat({"NONE|pc=", SourceClass(c0 - 1)}));
    out->push_back(Cat({"NONE|nc=", SourceClass(c1 + 1)}));
    out->push_back(Cat({"NONE|q=", Quoted(c0) ? "1" : "0"}));
    return;
  }
  std::string d;
  int lo, hi;
  if (j < c0) { d = Cat({"B", Bucket(c0 - j)}); lo = j + 1; hi = c0; }
  else { d = Cat({"A", Bucket(j - c1)}); lo = c1 + 1; hi = j; }
  std::set<char> marks;  // sorted like Python's sorted(set(...)); "" contributes nothing
  for (int k = lo; k < hi; ++k) {
    const std::string_view x = Word(k);
    if (x == "\"") marks.insert('q');
    else if (x == ",") marks.insert(',');
    else if (x == "that") marks.insert('t');
  }
  std::string bc(marks.begin(), marks.end());
  const std::string_view c = SourceClass(j), w = Word(j);
  const std::string_view dd(d.data(), 1);
  const std::string q = Cat({Quoted(j) ? "1" : "0", Quoted(c0) ? "1" : "0"});
  out->push_back(Cat({"d=", d}));
  out->push_back(Cat({"dc=", d, c}));
  out->push_back(Cat({"w=", w}));
  out->push_back(Cat({"dw=", dd, w}));
  out->push_back(Cat({"cwd=", cw, dd}));
  out->push_back(Cat({"cwdc=", cw, "|", d, c}));
  out->push_back(Cat({"bc=", dd, bc}));
  out->push_back(Cat({"bcc=", dd, bc, c}));
  out->push_back(Cat({"nx=", dd, c, SourceClass(j + 1)}));
  out->push_back(Cat({"pv=", dd, SourceClass(j - 1), c}));
  out->push_back(Cat({"q=", q}));
  out->push_back(Cat({"cl=", cl, dd, c}));
  out->push_back(Cat({"sfx=", dd, LastCodepoints(w, 2)}));
}

// Mirrors SourceFeatures() feature by feature; keep the two in step.
int AttributionFeatures::SourceFeatureHashes(uint32_t c0_u, uint32_t c1_u, int j, uint64_t* out) const {
  const int c0 = static_cast<int>(c0_u), c1 = static_cast<int>(c1_u);
  const std::string_view cw = Word(c0), cl = Word(c1);
  const char qc0 = Quoted(c0) ? '1' : '0';
  int n = 0;
  if (j < 0) {
    out[n++] = Folded<FeatureHashOf("NONE")>().value;
    out[n++] = Folded<FeatureHashOf("NONE|")>().Add(cw).value;
    out[n++] = Folded<FeatureHashOf("NONE|pc=")>().Add(SourceClass(c0 - 1)).value;
    out[n++] = Folded<FeatureHashOf("NONE|nc=")>().Add(SourceClass(c1 + 1)).value;
    out[n++] = Folded<FeatureHashOf("NONE|q=")>().Add(qc0).value;
    return n;
  }
  const SourceCandidate candidate = SourceCandidateOf(c0_u, c1_u, j);
  const char dd = candidate.after ? 'A' : 'B';
  const std::string_view bucket = kBucketNames[candidate.bucket];
  const std::string_view bc = kMarksNames[candidate.marks];  // in byte order, as SourceFeatures()' std::set<char>
  const std::string_view c = kSourceClassNames[candidate.cls], w = candidate.word;
  out[n++] = Folded<FeatureHashOf("d=")>().Add(dd).Add(bucket).value;
  out[n++] = Folded<FeatureHashOf("dc=")>().Add(dd).Add(bucket).Add(c).value;
  out[n++] = Folded<FeatureHashOf("w=")>().Add(w).value;
  out[n++] = Folded<FeatureHashOf("dw=")>().Add(dd).Add(w).value;
  out[n++] = Folded<FeatureHashOf("cwd=")>().Add(cw).Add(dd).value;
  out[n++] = Folded<FeatureHashOf("cwdc=")>().Add(cw).Add('|').Add(dd).Add(bucket).Add(c).value;
  out[n++] = Folded<FeatureHashOf("bc=")>().Add(dd).Add(bc).value;
  out[n++] = Folded<FeatureHashOf("bcc=")>().Add(dd).Add(bc).Add(c).value;
  out[n++] = Folded<FeatureHashOf("nx=")>().Add(dd).Add(c).Add(kSourceClassNames[candidate.next_cls]).value;
  out[n++] = Folded<FeatureHashOf("pv=")>().Add(dd).Add(kSourceClassNames[candidate.previous_cls]).Add(c).value;
  out[n++] = Folded<FeatureHashOf("q=")>().Add(candidate.quoted ? '1' : '0').Add(qc0).value;
  out[n++] = Folded<FeatureHashOf("cl=")>().Add(cl).Add(dd).Add(c).value;
  out[n++] = Folded<FeatureHashOf("sfx=")>().Add(dd).Add(LastCodepoints(w, 2)).value;
  return n;
}

}  // namespace biaslens
