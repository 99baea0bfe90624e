// Where the signature block of an agreement begins: the party, name, title
// and date lines after the last clause ("For the LEA:", "Date:",
// "Signature:", digital-signature stamps). Lines there are never headings,
// even when they open like one ("C. M. Cronen").
// Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "moacheck/document.h"

namespace moacheck::outline {

// True when `lines[index]` opens a signature block: it opens with "Date:" or
// "Signature:", holds only a date, or is a party or field line ("For ICE:",
// "Title:") with another within a few lines, one of them a date or signature.
bool OpensSignatureBlock(const std::vector<Line>& lines, std::size_t index);

}  // namespace moacheck::outline
