// The source-diversity metrics and raw score (internal to src/core). The formula is
// documented in docs/sources.md; the Scorer calibrates "source_diversity_raw" into
// scores.source_diversity (0–100) against the PolNeAR reference articles.
#pragma once
#include <vector>

#include "core/report.h"

namespace biaslens {

// Whether an attribution gives its source a voice: a direct quotation, or a cue the reporting
// lexicon knows (said, claimed, according to, …). Cues of action or wish the annotation scheme
// also counts ("ordered", "wants", "also known"; stance "other") stay in the report but do
// not make an article's sourcing more diverse.
bool CountsAsVoice(const Attribution& a);

struct SourceDiversity {
  int attributions = 0;          // voiced attributions (CountsAsVoice) with a resolved source
  int sources_distinct = 0;      // sources with at least one attribution
  int named_sources = 0;         // of those, not anonymous
  double named_share = 0;        // attributions whose source is named (not anonymous) / attributions
  double direct_share = 0;       // direct quotations / attributions
  double entropy_bits = 0;       // Shannon entropy of attributions over sources
  double evenness = 0;           // entropy / log2(sources_distinct); 0 with fewer than two sources
  int affiliations_distinct = 0; // distinct sides: affiliations (a party's own name its side: "Republican Party" is
                                 // "Republican"), or the name of an outlet/organisation without one
  double raw = 0;                // source_diversity_raw
};

SourceDiversity ComputeSourceDiversity(const std::vector<Attribution>& attributions, const std::vector<Source>& sources);

// Writes the metrics above into report->metrics under their documented names.
void WriteSourceMetrics(const SourceDiversity& d, Report* report);

}  // namespace biaslens
