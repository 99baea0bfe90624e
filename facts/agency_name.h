// Agency names as OCR and drafters print them, made comparable: spurious
// single-letter splits joined ("B ay" -> "Bay"), garbled name words repaired
// against the vocabulary's agency words ("Countv" -> "County"), a leading
// USPS code spelled out ("FL Fish & Wildlife" -> "Florida Fish and
// Wildlife"), and a plausibility test that keeps OCR noise from being taken
// for a name.
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "facts/vocabulary.h"

namespace moacheck::facts {

std::string RepairAgencyName(const std::string& name, const Vocabulary& vocabulary);

// Two or more capitalized words, one of them an agency word, no blanks left
// for filling in, and not one of ICE's own offices.
bool PlausibleAgencyName(const std::string& name, const Vocabulary& vocabulary);

}  // namespace moacheck::facts
