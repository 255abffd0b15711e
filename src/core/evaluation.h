// Accuracy against the annotated public corpora in ../shared/data/eval (see
// ../shared/data/README.md for the metrics). Used by `biaslens eval` and by tests.
// Gold offsets there are code point offsets; the helpers here convert them to bytes.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/scorer.h"
#include "core/utf8.h"

namespace biaslens {

struct EvalResult {
  std::string corpus;   // e.g. "hedging/factbank"
  size_t records = 0;   // scored
  size_t skipped = 0;   // unreadable lines
  std::vector<std::pair<std::string, double>> figures;  // ("sentence_f1", 0.71), …
  double Figure(std::string_view name, double fallback = -1) const;
  std::string ToText() const;  // one aligned line per figure
};

// Calls fn(line_number, record) for each JSON line of `path`; returns false + *error when the
// file cannot be opened. Lines that are not JSON objects are counted in *skipped.
bool ForEachJsonlRecord(const std::string& path,
                        const std::function<void(size_t, const nlohmann::json&)>& fn,
                        size_t* skipped, std::string* error);

// Scores the "text" of one corpus record as an article (id from "id"). False when the record
// has no string "text" or the text cannot be scored: the caller counts it as unreadable.
bool ScoreRecord(const Scorer& scorer, const nlohmann::json& record, const ScoreOptions& options,
                 Article* article, Report* report);

// Gold offsets of the corpora are code points; this maps them to byte offsets of the text,
// clamping negative or past-the-end values (and non-integers, read as 0) into the text.
class CodepointOffsets {
 public:
  explicit CodepointOffsets(std::string_view text) : to_byte_(CodepointToByteTable(text)) {}
  uint32_t ToByte(int64_t codepoint) const;
  uint32_t ToByte(const nlohmann::json& codepoint) const;

 private:
  std::vector<uint32_t> to_byte_;
};

// Precision/recall/F1 from counts (0 when undefined).
struct Prf { double precision = 0, recall = 0, f1 = 0; };
Prf ComputePrf(double true_positive, double predicted, double gold);

// SemEval-2020 Task 11 span metric: partial credit by overlap length.
// Each span is [start, end); overlapping or touching spans of one side are merged first.
// Precision is the mean over predicted spans of the share of each covered by gold spans,
// recall the mean over gold spans of the share covered by predicted ones.
// Beside the metric it keeps two ceilings, which say how much each kind of work could gain:
//   TouchingOnly(): the metric with every predicted span that touches no gold span dropped
//     (precision work: deciding better which words are loaded);
//   Reshaped(): the metric with every predicted span that touches gold replaced by the gold
//     spans it touches (span-shape work: where a loaded phrase begins and ends).
class SpanOverlapAccumulator {
 public:
  using Spans = std::vector<std::pair<uint32_t, uint32_t>>;
  void AddDocument(const Spans& predicted, const Spans& gold);
  Prf Result() const { return all_.Result(); }
  Prf TouchingOnly() const { return touching_only_.Result(); }
  Prf Reshaped() const { return reshaped_.Result(); }
  size_t predicted() const { return all_.predicted; }  // merged spans, the precision's denominator
  size_t gold() const { return all_.gold; }            // merged spans, the recall's denominator
  size_t predicted_touching() const { return touching_only_.predicted; }  // of predicted(), touching gold
  size_t gold_touched() const { return gold_touched_; }                     // of gold(), touched

 private:
  struct Sums {
    double precision_sum = 0, recall_sum = 0;
    size_t predicted = 0, gold = 0;
    void Add(const Spans& merged_predicted, const Spans& merged_gold);
    Prf Result() const;
  };
  Sums all_, touching_only_, reshaped_;
  size_t gold_touched_ = 0;
};

// Each corpus evaluator reads a JSONL file and returns its figures.
EvalResult EvaluateHedging(const Scorer& scorer, const std::string& jsonl_path, std::string* error);
EvalResult EvaluateLoadedPtc(const Scorer& scorer, const std::string& jsonl_path, std::string* error);
EvalResult EvaluateLoadedBabe(const Scorer& scorer, const std::string& jsonl_path, std::string* error);
EvalResult EvaluateSources(const Scorer& scorer, const std::string& jsonl_path, std::string* error);

}  // namespace biaslens
