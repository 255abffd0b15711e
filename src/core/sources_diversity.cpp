// Source-diversity metrics; see sources_diversity.h and docs/sources.md.
#include "core/sources_diversity.h"

#include <cmath>
#include <set>
#include <string>
#include <string_view>

#include "core/sources_mentions.h"

namespace biaslens {
namespace {

// The side an affiliation stands for: a party and its members are one ("Republican Party" of the
// RNC and "Republican" of a senator are the side "Republican").
std::string SideOf(const std::string& affiliation) {
  constexpr std::string_view kParty = " Party";
  const std::string_view a = affiliation;
  if (a.size() > kParty.size() && a.substr(a.size() - kParty.size()) == kParty &&
      IsPartyAffiliation(a.substr(0, a.size() - kParty.size())))
    return std::string(a.substr(0, a.size() - kParty.size()));
  return affiliation;
}

}  // namespace

bool CountsAsVoice(const Attribution& a) { return a.direct || a.stance != "other"; }

SourceDiversity ComputeSourceDiversity(const std::vector<Attribution>& attributions, const std::vector<Source>& sources) {
  SourceDiversity d;
  std::vector<int> per_source(sources.size(), 0);
  int named = 0, direct = 0;
  for (const Attribution& a : attributions) {
    if (a.source_id < 0 || static_cast<size_t>(a.source_id) >= sources.size()) continue;
    if (!CountsAsVoice(a)) continue;
    ++d.attributions;
    ++per_source[static_cast<size_t>(a.source_id)];
    if (!sources[static_cast<size_t>(a.source_id)].anonymous) ++named;
    if (a.direct) ++direct;
  }
  if (d.attributions == 0) return d;
  std::set<std::string> sides;
  for (size_t s = 0; s < sources.size(); ++s) {
    if (per_source[s] == 0) continue;
    ++d.sources_distinct;
    if (!sources[s].anonymous) ++d.named_sources;
    const double p = static_cast<double>(per_source[s]) / d.attributions;
    d.entropy_bits -= p * std::log2(p);
    const Source& src = sources[s];
    if (!src.affiliation.empty()) sides.insert(SideOf(src.affiliation));
    else if (src.type == "outlet" || src.type == "organisation") sides.insert(src.name);
  }
  d.affiliations_distinct = static_cast<int>(sides.size());
  d.named_share = static_cast<double>(named) / d.attributions;
  d.direct_share = static_cast<double>(direct) / d.attributions;
  d.evenness = d.sources_distinct > 1 ? d.entropy_bits / std::log2(static_cast<double>(d.sources_distinct)) : 0.0;
  // Distinct named voices count fully, anonymous ones half; more sides, a named and
  // evenly spread sourcing, and direct quotation each add a bounded amount.
  const double voices = d.named_sources + 0.5 * (d.sources_distinct - d.named_sources);
  d.raw = std::log2(1.0 + voices) + 0.75 * std::log2(1.0 + d.affiliations_distinct) + 1.0 * d.named_share +
          0.5 * d.evenness + 0.5 * d.direct_share;
  return d;
}

void WriteSourceMetrics(const SourceDiversity& d, Report* report) {
  report->SetMetric("attributions", d.attributions);
  report->SetMetric("sources_distinct", d.sources_distinct);
  report->SetMetric("sources_named_share", d.named_share);
  report->SetMetric("direct_quote_share", d.direct_share);
  report->SetMetric("attribution_entropy", d.entropy_bits);
  report->SetMetric("affiliations_distinct", d.affiliations_distinct);
  report->SetMetric("source_diversity_raw", d.raw);
}

}  // namespace biaslens
