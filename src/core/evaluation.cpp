#include "core/evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

namespace biaslens {
namespace {

using Spans = std::vector<std::pair<uint32_t, uint32_t>>;

// Sorted, with overlapping or touching spans merged (the SemEval scorer merges too).
Spans Merge(Spans s) {
  std::sort(s.begin(), s.end());
  Spans out;
  for (const auto& span : s) {
    if (span.second <= span.first) continue;
    if (!out.empty() && span.first <= out.back().second) out.back().second = std::max(out.back().second, span.second);
    else out.push_back(span);
  }
  return out;
}

double Overlap(const std::pair<uint32_t, uint32_t>& a, const std::pair<uint32_t, uint32_t>& b) {
  const uint32_t lo = std::max(a.first, b.first), hi = std::min(a.second, b.second);
  return hi > lo ? static_cast<double>(hi - lo) : 0.0;
}

}  // namespace

double EvalResult::Figure(std::string_view name, double fallback) const {
  for (const auto& f : figures) if (f.first == name) return f.second;
  return fallback;
}

std::string EvalResult::ToText() const {
  std::string out = corpus + "  (" + std::to_string(records) + " records";
  if (skipped) out += ", " + std::to_string(skipped) + " unreadable lines skipped";
  out += ")\n";
  for (const auto& [name, value] : figures) {
    char line[128];
    if (value == static_cast<double>(static_cast<long long>(value)) && std::abs(value) >= 2)
      std::snprintf(line, sizeof line, "  %-28s %10.0f\n", name.c_str(), value);
    else
      std::snprintf(line, sizeof line, "  %-28s %10.4f\n", name.c_str(), value);
    out += line;
  }
  return out;
}

bool ForEachJsonlRecord(const std::string& path, const std::function<void(size_t, const nlohmann::json&)>& fn,
                        size_t* skipped, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { *error = "cannot open " + path; return false; }
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) { if (skipped) ++*skipped; continue; }
    try {
      fn(number, j);
    } catch (const nlohmann::json::exception&) {  // a field of the wrong type: unreadable too
      if (skipped) ++*skipped;
    }
  }
  return true;
}

bool ScoreRecord(const Scorer& scorer, const nlohmann::json& record, const ScoreOptions& options,
                 Article* article, Report* report) {
  const auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return false;
  const auto id = record.find("id");
  article->id = id == record.end() || id->is_null() ? "" : id->is_string() ? id->get<std::string>() : id->dump();
  article->title.clear();
  article->text = text->get<std::string>();
  std::string why;
  return scorer.Score(*article, report, &why, options);
}

uint32_t CodepointOffsets::ToByte(int64_t codepoint) const {
  if (codepoint < 0) codepoint = 0;
  return codepoint < static_cast<int64_t>(to_byte_.size()) ? to_byte_[static_cast<size_t>(codepoint)] : to_byte_.back();
}

uint32_t CodepointOffsets::ToByte(const nlohmann::json& codepoint) const {
  return ToByte(codepoint.is_number_integer() ? codepoint.get<int64_t>() : int64_t{0});
}

Prf ComputePrf(double true_positive, double predicted, double gold) {
  Prf r;
  r.precision = predicted > 0 ? true_positive / predicted : 0;
  r.recall = gold > 0 ? true_positive / gold : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

void SpanOverlapAccumulator::Sums::Add(const Spans& predicted_spans, const Spans& gold_spans) {
  for (const auto& p : predicted_spans) {
    double covered = 0;
    for (const auto& g : gold_spans) covered += Overlap(p, g);
    precision_sum += covered / static_cast<double>(p.second - p.first);
  }
  for (const auto& g : gold_spans) {
    double covered = 0;
    for (const auto& p : predicted_spans) covered += Overlap(p, g);
    recall_sum += covered / static_cast<double>(g.second - g.first);
  }
  predicted += predicted_spans.size();
  gold += gold_spans.size();
}

Prf SpanOverlapAccumulator::Sums::Result() const {
  Prf r;
  r.precision = predicted ? precision_sum / static_cast<double>(predicted) : 0;
  r.recall = gold ? recall_sum / static_cast<double>(gold) : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

void SpanOverlapAccumulator::AddDocument(const Spans& predicted_in, const Spans& gold_in) {
  const Spans predicted = Merge(predicted_in), gold = Merge(gold_in);
  all_.Add(predicted, gold);
  Spans touching, reshaped;
  for (const auto& p : predicted) {
    bool touches = false;
    for (const auto& g : gold) {
      if (Overlap(p, g) == 0) continue;
      touches = true;
      reshaped.push_back(g);
    }
    if (touches) touching.push_back(p);
    else reshaped.push_back(p);
  }
  touching_only_.Add(touching, gold);
  reshaped_.Add(Merge(reshaped), gold);
  for (const auto& g : gold)
    for (const auto& p : predicted)
      if (Overlap(p, g) > 0) { ++gold_touched_; break; }
}

}  // namespace biaslens
