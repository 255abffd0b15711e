// Groups source mentions into sources (internal to src/core): "Russian President Vladimir
// Putin", "Putin", "the Russian President" and "he" become one Source; pronouns resolve
// to the last fitting source before them; each source gets a type.
#pragma once
#include <functional>
#include <vector>

#include "core/report.h"
#include "core/sources_mentions.h"

namespace biaslens {

// What a pronoun's antecedent is: a person ("he", "she"), a group of people ("they"), a thing ("it");
// kNamedPerson: a person named anywhere in a sentence, not only as its subject.
enum class SubjectKind { kPerson, kGroup, kThing, kNamedPerson };

// `mentions` in text order. Writes one source id per mention to *ids (-1: an unresolved
// pronoun such as "I" or "we") and the sources to *sources (id == index). Named sources
// also collect the other places the text names them (Source::mention_spans).
// `subject_before(at, kPerson)` is the last named person the text mentions as a sentence subject,
// without an attribution, in a mention starting before byte `at` ("Prime Minister Justin Trudeau
// spoke on Monday."), or nullptr: a "he"/"she" at `at` may stand for them, and they become a source
// when one does. `subject_before(at, kGroup)` is the same for a plural noun phrase of people
// ("Some Republican senators met on Monday.") and "they", `subject_before(at, kThing)` for one
// organisation, outlet or document ("The letter also accuses …") and "it". `subject_before(at,
// kNamedPerson)` is a person named with a given name before `at`, wherever in the sentence: the
// first of the sentence before when `at` opens its sentence, else the last of its sentence or the
// one before ("Warren told Stumpf, after he admitted"); a "he"/"she" no speaker or subject fits may
// stand for them. `name_tokens` is NameTokens(doc).
// A person's gender, once known (MentionGender(), or an earlier "he"/"she"), keeps "she" from
// resolving to a man and "he" to a woman, and keeps "Mrs. Clinton" apart from "Bill Clinton".
void GroupSources(const Document& doc, const SourceLexicon& lexicon, const std::vector<SourceMention>& mentions,
                  const std::function<const SourceMention*(uint32_t at, SubjectKind kind)>& subject_before,
                  const std::vector<uint32_t>& name_tokens,
                  std::vector<int>* ids, std::vector<Source>* sources);

// The type of a single mention as a source would get it ("official", "anonymous", …).
const char* MentionType(const SourceMention& m);

}  // namespace biaslens
