// The cue tagger's weights arranged by what each feature reads; see cue_weight_tables.h.
// The feature templates are those of AttributionFeatures::CueFeatures(): keep the two in step
// (tests/test_attribution.cpp compares the sums with the weights of the feature strings).
#include "core/cue_weight_tables.h"

#include <algorithm>
#include <cstdint>

namespace biaslens {
namespace {

// The values AttributionFeatures gives a token's cue class: a fixed name or a punctuation
// token's normalized form ("-", "...", any code point that is not a letter or digit).
bool CanBeClass(std::string_view s) {
  if (s == "PRN" || s == "CAP" || s == "ED" || s == "S" || s == "ING" || s == "W" || s == "<b>") return true;
  if (s.empty()) return false;
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return false;
  return true;
}

// CueWeightTables::Get() remembered by the key's address and length: the class, cue-word
// and shape names of most tokens are the same few strings (literals, the lexicon's names),
// so a repeat costs no hash. Valid while the keys' memory is unchanged (one TokenScores()).
template <class V>
class LookupMemo {
 public:
  template <class GetFn>
  const V& Get(std::string_view key, GetFn&& get) {
    Entry& e = entries_[(reinterpret_cast<uintptr_t>(key.data()) * 0x9E3779B97F4A7C15ull) >> 60];
    if (!e.value || e.data != key.data() || e.size != key.size()) e = {key.data(), key.size(), &get(key)};
    return *e.value;
  }

 private:
  struct Entry { const char* data = nullptr; size_t size = 0; const V* value = nullptr; };
  Entry entries_[16];
};

// Every way of reading `v` as left + "|" + right (a word may itself be "|").
template <class Visit>
void ForEachBarSplit(std::string_view v, Visit&& visit) {
  for (size_t at = v.find('|'); at != std::string_view::npos; at = v.find('|', at + 1))
    visit(v.substr(0, at), v.substr(at + 1));
}

enum Template { kW, kP, kN, kPP, kNN, kSt, kSfx, kSfx2, kS, kQ, kQn, kLex, kPlex, kNlex, kPc, kNc, kPpc, kNcc,
                kPw, kWn, kPcst, kPcsfx, kStnc, kLexpc, kLexnc, kOther };

// The template of a feature name's part before "=" (the templates of CueFeatures()).
Template TemplateOf(std::string_view t) {
  switch (t.size()) {
    case 1: return t == "w" ? kW : t == "p" ? kP : t == "n" ? kN : t == "s" ? kS : t == "q" ? kQ : kOther;
    case 2:
      return t == "pw" ? kPw : t == "wn" ? kWn : t == "pp" ? kPP : t == "nn" ? kNN : t == "st" ? kSt : t == "pc" ? kPc
           : t == "nc" ? kNc : t == "qn" ? kQn : kOther;
    case 3: return t == "sfx" ? kSfx : t == "lex" ? kLex : t == "ppc" ? kPpc : t == "ncc" ? kNcc : kOther;
    case 4:
      return t == "pcst" ? kPcst : t == "stnc" ? kStnc : t == "sfx2" ? kSfx2 : t == "plex" ? kPlex : t == "nlex" ? kNlex
           : kOther;
    case 5: return t == "pcsfx" ? kPcsfx : t == "lexpc" ? kLexpc : t == "lexnc" ? kLexnc : kOther;
    default: return kOther;
  }
}

}  // namespace

void CueWeightTables::Build(const std::vector<std::pair<std::string_view, int64_t>>& features) {
  *this = CueWeightTables();
  for (const auto& entry : features)  // sums of ~30 weights must not overflow
    if (entry.second > INT32_MAX / 64 || entry.second < -(INT32_MAX / 64)) return;

  struct Pair {
    enum Kind : uint8_t { kClasses, kCueWordClass, kClassSuffix2, kBigram, kClassStem } kind;
    bool after;  // the second table of the kind (ncc=, lexnc=, wn=, stnc=)
    std::string_view a, b;
    int32_t weight;
    int32_t ia = 0, ib = 0;  // the ids of a and b, once assigned
  };
  std::vector<Pair> pairs;
  std::vector<std::string_view> named_words;  // every word a word feature names (repeats allowed)
  HashedTable<int32_t> bigram_ids;
  int32_t bigram_count = 0, stem_count = 0;
  auto word = [&](std::string_view w) -> WordWeights& {
    named_words.push_back(w);
    return words_[FeatureHashOf(w)];
  };
  auto small_value = [](HashedTable<SmallValue>& table, int32_t& count, std::string_view v) -> SmallValue& {
    SmallValue& value = table[FeatureHashOf(v)];
    if (value.id == 0) value.id = count++;
    return value;
  };
  auto class_value = [&](std::string_view c) -> SmallValue& { return small_value(classes_, class_count_, c); };
  auto cue_word_value = [&](std::string_view w) -> SmallValue& { return small_value(cue_words_, cue_word_count_, w); };

  // "a|b" read every way (a word may itself be "|"); a pair names its class first (pcst=C|stem,
  // stnc=stem|C: both kept as class, stem), and the part that must be a class is checked.
  auto bar_pairs = [&](std::string_view v, Pair::Kind kind, bool after, int32_t weight) {
    ForEachBarSplit(v, [&](std::string_view left, std::string_view right) {
      if (kind == Pair::kBigram) pairs.push_back({kind, after, left, right, weight});
      else if (kind == Pair::kClassStem && after) { if (CanBeClass(right)) pairs.push_back({kind, after, right, left, weight}); }
      else if (kind == Pair::kCueWordClass) { if (CanBeClass(right)) pairs.push_back({kind, after, left, right, weight}); }
      else if (CanBeClass(left)) pairs.push_back({kind, after, left, right, weight});
    });
  };
  // In file order, every table assigned in that order: a repeated feature keeps its last weight.
  for (const auto& [name, weight64] : features) {
    const int32_t weight = static_cast<int32_t>(weight64);
    const size_t eq = name.find('=');
    if (eq == std::string_view::npos) {
      if (name == "b") bias_ = weight;
      else if (name == "quote_ahead") quote_ahead_ = weight;
      else if (name == "that_ahead") that_ahead_ = weight;
      else if (name == "quote_behind") quote_behind_ = weight;
      continue;
    }
    const std::string_view v = name.substr(eq + 1);
    switch (TemplateOf(name.substr(0, eq))) {
      case kW: word(v).own = weight; break;
      case kP: word(v).before = weight; break;
      case kN: word(v).after = weight; break;
      case kPP: word(v).two_before = weight; break;
      case kNN: word(v).two_after = weight; break;
      case kSt: stems_[FeatureHashOf(v)].weight = weight; break;
      case kSfx: suffixes3_[FeatureHashOf(v)] = weight; break;
      case kSfx2: suffixes2_[FeatureHashOf(v)].weight = weight; break;
      case kS: shapes_[FeatureHashOf(v)] = weight; break;
      case kQ:
        if (v == "0" || v == "1") quoted_[v == "1"] = weight;
        break;
      case kQn:
        if (v.size() == 3 && v.find_first_not_of("01") == std::string_view::npos)
          quote_run_[(v[0] - '0') * 4 + (v[1] - '0') * 2 + (v[2] - '0')] = weight;
        break;
      case kLex: cue_word_value(v).self = weight; break;
      case kPlex: cue_word_value(v).before = weight; break;
      case kNlex: cue_word_value(v).after = weight; break;
      case kPc:
        if (CanBeClass(v)) class_value(v).before = weight;
        break;
      case kNc:
        if (CanBeClass(v)) class_value(v).after = weight;
        break;
      case kPpc:
      case kNcc:  // two classes written together
        for (size_t at = 1; at < v.size(); ++at)
          if (CanBeClass(v.substr(0, at)) && CanBeClass(v.substr(at)))
            pairs.push_back({Pair::kClasses, name[0] == 'n', v.substr(0, at), v.substr(at), weight});
        break;
      case kPw: bar_pairs(v, Pair::kBigram, false, weight); break;
      case kWn: bar_pairs(v, Pair::kBigram, true, weight); break;
      case kPcst: bar_pairs(v, Pair::kClassStem, false, weight); break;
      case kStnc: bar_pairs(v, Pair::kClassStem, true, weight); break;
      case kPcsfx: bar_pairs(v, Pair::kClassSuffix2, false, weight); break;
      case kLexpc: bar_pairs(v, Pair::kCueWordClass, false, weight); break;
      case kLexnc: bar_pairs(v, Pair::kCueWordClass, true, weight); break;
      case kOther: break;
    }
  }

  // Ids for the values the pair features name, then the dense and pair tables.
  auto numbered = [](HashedTable<Weighted>& table, std::string_view v, int32_t& count) {
    Weighted& value = table[FeatureHashOf(v)];
    if (value.id < 0) value.id = count++;
    return value.id;
  };
  for (Pair& p : pairs) {
    switch (p.kind) {
      case Pair::kClasses: p.ia = class_value(p.a).id; p.ib = class_value(p.b).id; break;
      case Pair::kCueWordClass: p.ia = cue_word_value(p.a).id; p.ib = class_value(p.b).id; break;
      case Pair::kClassSuffix2: p.ia = class_value(p.a).id; p.ib = numbered(suffixes2_, p.b, suffix2_count_); break;
      case Pair::kClassStem: p.ia = class_value(p.a).id; p.ib = numbered(stems_, p.b, stem_count); break;
      case Pair::kBigram:
        for (int side = 0; side < 2; ++side) {
          const std::string_view w = side ? p.b : p.a;
          int32_t& id = bigram_ids[FeatureHashOf(w)];
          if (id == 0) {  // 1-based while building: 0 is "none yet"
            id = ++bigram_count;
            word(w);
          }
          (side ? p.ib : p.ia) = id - 1;
        }
        break;
    }
  }
  const size_t classes = static_cast<size_t>(class_count_), suffixes = static_cast<size_t>(suffix2_count_);
  class_pair_before_.assign(classes * classes, 0);
  class_pair_after_.assign(classes * classes, 0);
  cue_word_class_before_.assign(static_cast<size_t>(cue_word_count_) * classes, 0);
  cue_word_class_after_.assign(static_cast<size_t>(cue_word_count_) * classes, 0);
  class_suffix2_.assign(classes * suffixes, 0);
  for (const Pair& p : pairs) {
    const size_t a = static_cast<size_t>(p.ia), b = static_cast<size_t>(p.ib);
    switch (p.kind) {
      case Pair::kClasses: (p.after ? class_pair_after_ : class_pair_before_)[a * classes + b] = p.weight; break;
      case Pair::kCueWordClass: (p.after ? cue_word_class_after_ : cue_word_class_before_)[a * classes + b] = p.weight; break;
      case Pair::kClassSuffix2: class_suffix2_[a * suffixes + b] = p.weight; break;
      case Pair::kClassStem: (p.after ? stem_class_ : class_stem_)[PairKey(p.ia, p.ib)] = p.weight; break;
      case Pair::kBigram: (p.after ? bigram_after_ : bigram_before_)[PairKey(p.ia, p.ib)] = p.weight; break;
    }
  }

  // The words' own stem and suffix weights and ids (assigned, so a word named twice is done twice alike).
  built_ = true;  // WeightsOfWord reads the tables
  for (std::string_view w : named_words) {
    WordWeights& weights = words_[FeatureHashOf(w)];
    if (weights.done) continue;
    weights.done = true;
    const WordWeights own = WeightsOfWord(w);
    weights.self = weights.own + own.self;
    weights.stem_id = own.stem_id;
    weights.suffix2_id = own.suffix2_id;
    const int32_t* bigram = bigram_ids.Find(FeatureHashOf(w));
    weights.bigram_id = bigram ? *bigram - 1 : -1;
  }
}

CueWeightTables::WordWeights CueWeightTables::WeightsOfWord(std::string_view word) const {
  WordWeights w;
  const Weighted& stem = Get(stems_, AttributionFeatures::StemOf(word));
  const Weighted& suffix2 = Get(suffixes2_, AttributionFeatures::LastCodepointsOf(word, 2));
  w.self = stem.weight + Get(suffixes3_, AttributionFeatures::LastCodepointsOf(word, 3)) + suffix2.weight;
  w.stem_id = stem.id;
  w.suffix2_id = suffix2.id < 0 ? 0 : suffix2.id;
  return w;
}

void CueWeightTables::TokenScores(const AttributionFeatures& f, std::vector<int64_t>* out) const {
  const int n = static_cast<int>(f.size());
  out->assign(static_cast<size_t>(n), 0);
  if (n == 0 || !built_) return;
  // What the token at a position adds to its neighbours' scores, and the ids its pair
  // features read. Token i's score reads positions i - 2 … i + 4: tokens are scored in blocks
  // of kBlock with slots for the block and those margins (memory does not grow with the text).
  struct Slot {
    int32_t self = 0, before = 0, after = 0, two_before = 0, two_after = 0;
    int32_t cls = 0, cue_word = 0, bigram_id = -1, stem_id = -1, suffix2_id = 0;
    bool quoted = false, quote = false, that = false;
  };
  constexpr int kBlock = 2048, kBefore = 2, kAfter = 4;
  std::vector<Slot> slots(static_cast<size_t>(std::min(n, kBlock) + kBefore + kAfter));
  LookupMemo<SmallValue> class_memo, cue_word_memo;
  LookupMemo<int32_t> shape_memo;
  const size_t classes = static_cast<size_t>(class_count_), suffixes = static_cast<size_t>(suffix2_count_);
  auto pair_weight = [](const HashedTable<int32_t>& table, int32_t a, int32_t b) -> int32_t {
    if (a < 0 || b < 0) return 0;
    const int32_t* w = table.Find(PairKey(a, b));
    return w ? *w : 0;
  };
  int last_quote = -1;  // the last quotation mark before the token scored
  for (int block = 0; block < n; block += kBlock) {
    const int block_end = std::min(n, block + kBlock);
    for (int k = block - kBefore; k < block_end + kAfter; ++k) {  // outside the text: the boundary
      Slot& s = slots[static_cast<size_t>(k - block + kBefore)];
      const std::string_view word = f.Word(k);
      const WordWeights* known = words_.Find(FeatureHashOf(word));
      const WordWeights w = known ? *known : WeightsOfWord(word);
      const SmallValue& cls = class_memo.Get(f.CueClass(k), [&](std::string_view v) -> auto& { return Get(classes_, v); });
      const SmallValue& cue_word =
          cue_word_memo.Get(f.CueWord(k), [&](std::string_view v) -> auto& { return Get(cue_words_, v); });
      const int32_t shape = shape_memo.Get(f.Shape(k), [&](std::string_view v) -> auto& { return Get(shapes_, v); });
      s.quoted = f.Quoted(k);
      s.self = w.self + cue_word.self + shape + quoted_[s.quoted];
      s.before = w.before + cue_word.before + cls.before;
      s.after = w.after + cue_word.after + cls.after;
      s.two_before = w.two_before;
      s.two_after = w.two_after;
      s.cls = cls.id;
      s.cue_word = cue_word.id;
      s.bigram_id = w.bigram_id;
      s.stem_id = w.stem_id;
      s.suffix2_id = w.suffix2_id;
      s.quote = k >= 0 && k < n && word == "\"";
      s.that = k >= 0 && k < n && word == "that";
    }
    for (int i = block; i < block_end; ++i) {
      const Slot* s = &slots[static_cast<size_t>(i - block + kBefore)];  // s[d] is the token at i + d
      const Slot &p2 = s[-2], &p1 = s[-1], &c = s[0], &n1 = s[1], &n2 = s[2];
      int64_t score = bias_ + c.self + p1.before + n1.after + p2.two_before + n2.two_after;
      score += quote_run_[p1.quoted * 4 + c.quoted * 2 + n1.quoted];
      score += class_pair_before_[static_cast<size_t>(p2.cls) * classes + static_cast<size_t>(p1.cls)];
      score += class_pair_after_[static_cast<size_t>(n1.cls) * classes + static_cast<size_t>(n2.cls)];
      score += cue_word_class_before_[static_cast<size_t>(c.cue_word) * classes + static_cast<size_t>(p1.cls)];
      score += cue_word_class_after_[static_cast<size_t>(c.cue_word) * classes + static_cast<size_t>(n1.cls)];
      score += class_suffix2_[static_cast<size_t>(p1.cls) * suffixes + static_cast<size_t>(c.suffix2_id)];
      score += pair_weight(bigram_before_, p1.bigram_id, c.bigram_id);
      score += pair_weight(bigram_after_, c.bigram_id, n1.bigram_id);
      if (c.stem_id >= 0) {
        score += pair_weight(class_stem_, p1.cls, c.stem_id);
        score += pair_weight(stem_class_, n1.cls, c.stem_id);
      }
      if (n1.quote | n2.quote | s[3].quote | s[4].quote) score += quote_ahead_;  // one of the next 4
      if (n1.that | n2.that | s[3].that) score += that_ahead_;                   // one of the next 3
      if (last_quote >= 0 && last_quote >= i - 4) score += quote_behind_;         // one of the last 4
      if (c.quote) last_quote = i;
      (*out)[static_cast<size_t>(i)] = score;
    }
  }
}

}  // namespace biaslens
