// The parts of an AgreementDiff that compare the agreements' meaning rather
// than their wording: extracted facts and rule outcomes.
// Thread-safety: pure functions.
#pragma once

#include <vector>

#include "moacheck/diff.h"

namespace moacheck::diff {

// Authorities first, then the key numbers and provisions a council asks
// about (hold limit, termination notice, authorization and agreement terms,
// steering committee, complaint procedure, reimbursement), then models and
// every other fact. Agency, state and signatures are identity, not listed.
// Worded as `vocabulary` words the ids (Wording).
std::vector<FactChange> CompareFacts(const DiffSide& old_side, const DiffSide& new_side,
                                     const Vocabulary& vocabulary);

// Rules whose outcome differs, or that apply to only one side, errors first.
std::vector<RuleChange> CompareRules(const DiffSide& old_side, const DiffSide& new_side);

}  // namespace moacheck::diff
