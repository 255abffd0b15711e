// The clause around an attribution cue, read without a parser (internal to src/core): the
// conjunction or comma that joins a verb to an earlier one, where a clause and its subject
// start, an opening adverbial, an open relative or subordinate clause, and a passive
// cue's agent. Token indices; UINT32_MAX stands for none.
#pragma once
#include <cstdint>

#include "core/text.h"

namespace biaslens {

// Token k opens its sentence, or the sentence's clause after a first "and", "but", "yet" or "so":
// "Citing …", "But in a poll …".
bool OpensSentenceOrClause(const Document& doc, uint32_t k);

// A cue right after "and", "but" or "yet" (auxiliaries and adverbs between) is a verb that
// shares the subject of the clause it joins: "Lazar said he welcomed extradition and added",
// "She has proposed … and called for". Returns the conjunction's token, or UINT32_MAX when the
// cue follows none in its sentence ("Pelosi and Schumer said" has a name before the cue).
uint32_t ConjunctionBeforeCue(const Document& doc, uint32_t cue_first);

// The first token of the sentence after its dateline ("ORLANDO, Fla. (Reuters) -": an all-caps
// word opening the sentence and a dash within twelve tokens; "Washington (AFP) –": capitalised
// words, a news agency in parentheses and a dash), else its first token.
uint32_t DatelineEnd(const Document& doc, uint32_t sentence);

// Where the subject of the clause holding `inside` starts: the sentence's first word after
// a dateline ("ORLANDO, Fla. (Reuters) -"), "And"/"But"/"So", and an opening adverbial or
// participle phrase that ends in a comma ("On Sunday,", "Likewise,", "Asked whether …,").
// UINT32_MAX when no word is left before `inside`.
uint32_t ClauseSubjectStart(const Document& doc, uint32_t inside);

// A cue that is a participle right after a comma or a dash in its sentence, perhaps after an
// adverb or a subordinator ("…,” he said, adding", "…,” Devine said, instead seeking", ", even
// while keeping", "— saying"), not "according"; with `through_quote`, the comma may close a
// quotation before it ("told “Fox and Friends,” reminding"). *comma_at, when given, is set to
// that comma's (or dash's) token.
bool IsParticipleAfterComma(const Document& doc, uint32_t cue_first, bool through_quote = false,
                            uint32_t* comma_at = nullptr);

// The first token of the clause holding `at`: after the last ";", "while" or "whereas" of its
// sentence before it, else the sentence's first token.
uint32_t ClauseStart(const Document& doc, uint32_t at);

// Token k, after a comma, may open the main clause after an opening clause: a pronoun, a
// determiner or a name (not a state after a town, nor a list's next item in lower case).
bool OpensMainClause(const Document& doc, uint32_t k);

// A participle cue opening the sentence, alone or after a preposition ("Citing internal
// documents, the Journal reported", "After talking about security, Mr. Netanyahu suggested"):
// the token after the comma that closes the adverbial, where the subject starts; UINT32_MAX
// otherwise.
uint32_t SubjectAfterOpeningParticiple(const Document& doc, uint32_t cue_first, uint32_t cue_end);

// A passive cue ("was criticized by libertarians", "was recommended for the job by Roger
// Stone"): a form of "be" in or right before the cue, a past participle ending it, then "by"
// within four words without punctuation: the token after "by", where the agent starts. Or a
// plural noun of saying ending the cue, "by" and the "that" of what is said within ten words
// ("claims by intelligence agencies that"). UINT32_MAX otherwise.
uint32_t PassiveAgentStart(const Document& doc, uint32_t cue_first, uint32_t cue_end);
// A plural noun of saying that a cue may end in and its author follow: "claims", "allegations".
bool IsPluralNounOfSaying(std::string_view w);
// The cue ends in a participle of a feeling with "by" after it, or one word later ("was delighted
// by", "were deeply moved by").
bool IsFeelingBeforeBy(const Document& doc, uint32_t cue_first, uint32_t cue_end);
// The cue opens with a form of "be" whose next word past "not" and adverbs is a past participle
// of no feeling: "was booed", "is listed", "were seen" (not "was pleased with", "was quick to").
bool OpensWithPassiveOfAct(const Document& doc, uint32_t cue_first, uint32_t cue_end);
// A common irregular past participle: "made", "held", "taken", "shown", "told".
bool IsIrregularParticiple(std::string_view norm);
// A verb of telling, whose person told comes right after it and may stand between it and
// "that" ("told reporters that …", "informed regional director James Bacigalupo that"); not
// "asked"/"called", whose "that" opens a relative clause as often ("called the assault that …").
bool IsTellingVerb(std::string_view norm);

// The subordinator ("while", "when", "once" …) opening the sentence of `at` before `at`, after
// "And"/"But" or a short adverbial and its comma ("In a debate, while …"); UINT32_MAX for none.
uint32_t OpeningSubordinator(const Document& doc, uint32_t at);
// The comma that closes a subordinate clause opening the sentence of `at` ("While most of his
// competitors called for …, Trump hewed …"), when it comes before `at`; UINT32_MAX otherwise.
uint32_t OpeningSubordinateClauseEnd(const Document& doc, uint32_t at);

// A relative or subordinate clause opened in [from, conjunction) and not closed by a comma
// before it: "Mr. McConnell, who has both endorsed Mr. Trump and criticized" joins the verbs
// of "who", not of the sentence's subject.
bool SubordinateClauseOpen(const Document& doc, uint32_t from, uint32_t conjunction);

// Token k reads as a finite verb opening a predicate: an auxiliary or modal, a common irregular
// past, or a lower-case word in "-ed" or "-s" ("held", "represents", "decided").
bool IsFiniteVerbLike(const Document& doc, uint32_t k);

}  // namespace biaslens
