// Facts as the JSON of docs/facts.md: each scalar {"value", "evidence"}
// nested by its dotted name, id sets as [{"id", "evidence"}].
#include <cmath>
#include <nlohmann/json.hpp>

#include "moacheck/facts.h"

namespace moacheck {
namespace {

nlohmann::json EvidenceJson(const Evidence& evidence) {
  return {{"page", evidence.page},
          {"line", evidence.line},
          {"section",
           evidence.section.empty() ? nlohmann::json(nullptr) : nlohmann::json(evidence.section)},
          {"quote", evidence.quote}};
}

nlohmann::json EvidenceList(const std::vector<Evidence>& evidence) {
  nlohmann::json out = nlohmann::json::array();
  for (const Evidence& item : evidence) out.push_back(EvidenceJson(item));
  return out;
}

nlohmann::json ScalarJson(const FactScalar& value) {
  if (const bool* flag = std::get_if<bool>(&value)) return *flag;
  if (const double* number = std::get_if<double>(&value)) {
    if (std::floor(*number) == *number && std::fabs(*number) < 1e15)
      return static_cast<long long>(*number);
    return *number;
  }
  if (const std::string* text = std::get_if<std::string>(&value)) return *text;
  return nullptr;
}

nlohmann::json ItemsJson(const std::vector<FactItem>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const FactItem& item : items)
    out.push_back({{"id", item.id}, {"evidence", EvidenceList(item.evidence)}});
  return out;
}

}  // namespace

nlohmann::json FactsToJson(const Facts& facts) {
  nlohmann::json out = {
      {"file", facts.file}, {"pages", facts.pages}, {"ocr_pages", facts.ocr_pages}};
  for (const FactSpec& spec : FactCatalog()) {
    if (spec.type == FactType::kIdSet || spec.type == FactType::kSignatures) continue;
    auto found = facts.scalars.find(spec.name);
    FactValue value = found == facts.scalars.end() ? FactValue{} : found->second;
    nlohmann::json* at = &out;
    std::string name = spec.name;
    for (std::size_t dot; (dot = name.find('.')) != std::string::npos; name = name.substr(dot + 1))
      at = &(*at)[name.substr(0, dot)];
    (*at)[name] = {{"value", ScalarJson(value.value)}, {"evidence", EvidenceList(value.evidence)}};
  }
  out["models"] = ItemsJson(facts.models);
  out["authorities"] = ItemsJson(facts.authorities);
  nlohmann::json signatures = nlohmann::json::array();
  for (const Signature& signature : facts.signed_)
    signatures.push_back({{"party", signature.party},
                          {"date", signature.date},
                          {"part", signature.part},
                          {"evidence", nlohmann::json::array({EvidenceJson(signature.evidence)})}});
  out["signed"] = signatures;
  return out;
}

}  // namespace moacheck
