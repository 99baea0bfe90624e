// ExtractFacts: the third pipeline stage, composing the extractors. Order
// matters only where one fact is read from another (models fall back to the
// authorities; the state looks at the agency's name; expiry at the term;
// the template at the model and expiry).
#include "facts/clauses.h"
#include "facts/extractors.h"

namespace moacheck {

Facts ExtractFacts(const Document& document, const Outline& outline, const Vocabulary& vocabulary) {
  Facts facts;
  facts.file = document.path;
  facts.pages = static_cast<int>(document.pages.size());
  facts.ocr_pages = document.OcrPages();
  facts::ClauseIndex index = facts::SplitClauses(document, outline);
  facts::ExtractParties(index, vocabulary, facts);
  facts::ExtractAuthorities(index, vocabulary, facts);
  facts::ExtractModels(index, vocabulary, facts);
  facts::ExtractQuantities(index, vocabulary, facts);
  facts::ExtractBooleans(index, vocabulary, facts);
  facts::ExtractChoices(index, vocabulary, facts);
  facts::ExtractProvisions(index, vocabulary, facts);
  facts::ExtractSignatures(index, vocabulary, facts);
  facts::ExtractTemplate(index, vocabulary, facts);
  return facts;
}

}  // namespace moacheck
