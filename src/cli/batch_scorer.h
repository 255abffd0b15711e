// Scores a JSONL stream of articles on N threads. Output order = input order; memory is
// bounded by one batch (batch_lines), not by the stream; a bad line gets one message
// naming its line number and is skipped, the rest are still scored.
#pragma once
#include <cstdio>
#include <istream>
#include <ostream>

#include "core/scorer.h"

namespace biaslens {

struct BatchOptions {
  int threads = 1;
  size_t batch_lines = 0;    // 0 = 256 per thread
  OffsetUnit offsets = OffsetUnit::kUtf8;
  ScoreOptions score;
  bool progress = false;     // draw a progress bar on stderr
  size_t total_bytes = 0;    // for the progress bar when known (a regular file on stdin)
  const char* input_name = "stdin";
  size_t first_line = 1;     // the number of the stream's first line (a part of a larger file)
  // An article without an id is "<input_name>:<line>" (as `biaslens score FILE` names it)
  // when true, else "line-<line>".
  bool ids_from_name = false;
  // A rejected line also writes {"error": message, "line": N} where its report would be, so
  // output line k is the k-th non-blank input line (its message is still on stderr).
  bool error_lines = false;
};

struct BatchSummary {
  size_t lines = 0, scored = 0, rejected = 0, bytes = 0;
  size_t warned = 0;  // of the scored, reports with warnings (repaired UTF-8, not English)
  double seconds = 0;
};

BatchSummary ScoreJsonlStream(const Scorer& scorer, std::istream& in, std::ostream& out, std::FILE* err,
                              const BatchOptions& options);

}  // namespace biaslens
