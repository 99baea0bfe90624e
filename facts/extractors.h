// The extractors behind ExtractFacts, one per family of facts. Each reads
// the clauses with the vocabulary's patterns and writes its part of Facts.
// Thread-safety: stateless functions; safe to run on different documents at once.
#pragma once

#include "facts/clauses.h"
#include "facts/vocabulary.h"
#include "moacheck/facts.h"

namespace moacheck::facts {

// Delegated functions: a clause (or its list's lead-in) that grants, names
// the function, and is not a denial.
void ExtractAuthorities(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
// Provisions: present when any of their phrases appears in scope.
void ExtractProvisions(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
// Models: from titles and program names, else from the authorities found
// and the purpose clause.
void ExtractModels(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
// Numbers with units (hold limits, training, terms, notice) and the flags
// read beside them.
void ExtractQuantities(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
// Yes/no facts and facts chosen from known values.
void ExtractBooleans(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
void ExtractChoices(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
// Agency and state.
void ExtractParties(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
// Signature dates and who signed.
void ExtractSignatures(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);
// The ICE template followed ("wso-2019") and its footer's revision date,
// from the template's marks; reads the models and duration.expires.
void ExtractTemplate(const ClauseIndex& index, const Vocabulary& vocabulary, Facts& facts);

// Whether a deny cue ("are not authorized to") appears in the clause or in
// the lead-in of the list it belongs to.
bool Denied(const ClauseIndex& index, const Vocabulary& vocabulary, const Clause& clause);

}  // namespace moacheck::facts
