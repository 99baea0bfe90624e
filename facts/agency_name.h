// Agency names as OCR and drafters print them, made comparable: blanks left
// for filling in and the town and state drafters append ("..., Holbrook,
// Arizona") dropped, OCR splits inside a name word joined ("Sherif f's",
// "B ay"), garbled name words repaired against the vocabulary's agency words
// ("Countv" -> "County"), a leading USPS code spelled out ("FL Fish &
// Wildlife" -> "Florida Fish and Wildlife"), a plausibility test that keeps
// OCR noise from being taken for a name, and the kind of agency a name names.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "facts/vocabulary.h"

namespace moacheck::facts {

// The name without blanks ("____, Boca ..."), a "the" glued to it, or the
// place appended to it: ", City, ST", ", State", a state name between the
// county and the office ("Kinney County Texas Sheriffs Office"). A state that
// begins the name ("Florida Department of ...") is part of it.
std::string CleanAgencyName(const std::string& name, const Vocabulary& vocabulary);

std::string RepairAgencyName(const std::string& name, const Vocabulary& vocabulary);

// Two or more capitalized words, one of them an agency word, no blanks left
// for filling in, and not one of ICE's own offices.
bool PlausibleAgencyName(const std::string& name, const Vocabulary& vocabulary);

// The USPS codes of the states the name names as written: a leading state
// ("Florida Department of ...", "FL Fish & Wildlife") or the place appended
// ("..., Oshkosh, WI"); not a county or city named like a state
// ("Washington County", "Kansas City").
std::vector<std::string> StatesInAgencyName(const std::string& name, const Vocabulary& vocabulary);

// The agency_kind fact for a name: the first of the vocabulary's
// agency_kinds whose patterns match it ("other" when none does).
std::string AgencyKind(const std::string& name, const Vocabulary& vocabulary);

}  // namespace moacheck::facts
