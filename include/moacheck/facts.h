// Facts: what one agreement says, per docs/facts.md, each value with
// the evidence it was read from. The third pipeline stage.
// Thread-safety: Facts is a plain value. A Vocabulary is immutable after
// loading and may be shared by all threads; ExtractFacts keeps its PCRE2
// match data per thread.
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/evidence.h"
#include "moacheck/outline.h"
#include "moacheck/status.h"

namespace moacheck {

// null (not stated), bool, number, or string
using FactScalar = std::variant<std::monostate, bool, double, std::string>;

struct FactValue {
  FactScalar value;
  std::vector<Evidence> evidence;
  bool is_null() const { return std::holds_alternative<std::monostate>(value); }
};

struct FactItem {  // one member of a set-valued fact (a model, an authority)
  std::string id;
  std::vector<Evidence> evidence;
};

struct Signature {
  std::string party;  // "ice", "lea" or "unknown"
  std::string date;   // ISO 8601
  std::string part;   // what was signed: "agreement" or "addendum"
  Evidence evidence;
};

struct Facts {
  std::string file;
  int pages = 0;
  std::vector<int> ocr_pages;
  // Scalar facts by their dotted contract name: "agency", "state",
  // "detainer.max_hold_hours", "provisions.civil-rights", ...
  std::map<std::string, FactValue> scalars;
  std::vector<FactItem> models;       // ids: jail-enforcement, warrant-service-officer, task-force
  std::vector<FactItem> authorities;  // ids per docs/facts.md
  std::vector<Signature> signed_;
};

enum class FactType { kBool, kNumber, kString, kIdSet, kSignatures };

struct FactSpec {
  std::string name;  // dotted name as in the contract ("termination.notice_days")
  FactType type;
  std::string unit;  // "hours", "months", "days" or empty
};

// Every fact the contract defines (scalars, "models", "authorities",
// "signed"); rulebooks may refer only to these.
const std::vector<FactSpec>& FactCatalog();

// The compiled phrase vocabulary (rules/vocabulary/*.yaml).
class Vocabulary;

// Loads the vocabulary shipped inside the binary, or from `dir` if not empty.
Result<std::shared_ptr<const Vocabulary>> LoadVocabulary(const std::string& dir = "");

// What the reports call one id of the vocabulary, as its YAML entry words
// it, so a legal editor changes the wording without touching C++.
struct IdWording {
  std::string id;
  std::string label;  // models: "Task Force Model"; empty otherwise
  // models: one sentence on where officers operate; authorities: what a
  // local officer may do, completing "Local officers may ..."; provisions:
  // what the agreement includes ("a steering committee that reviews ...").
  std::string plain;
  std::string citation;  // authorities: the statute, "INA 287(a)(2)"; empty otherwise
};
struct IdWordings {  // each in its files' order (for provisions, the contract's)
  std::vector<IdWording> models;
  std::vector<IdWording> authorities;
  std::vector<IdWording> provisions;
};
const IdWordings& Wording(const Vocabulary& vocabulary);

Facts ExtractFacts(const Document& document, const Outline& outline, const Vocabulary& vocabulary);

// The JSON of docs/facts.md: scalars as {"value", "evidence"} nested by
// their dotted names, "models"/"authorities" as [{"id", "evidence"}],
// "signed" as [{"party", "date", "part", "evidence"}], plus file, pages, ocr_pages.
nlohmann::json FactsToJson(const Facts& facts);

}  // namespace moacheck
