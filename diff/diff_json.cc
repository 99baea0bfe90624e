// DiffToJson: the shape documented in include/moacheck/diff.h.
#include "moacheck/diff.h"

namespace moacheck {
namespace {

nlohmann::json EvidenceJson(const Evidence& evidence) {
  return {{"page", evidence.page},
          {"line", evidence.line},
          {"section",
           evidence.section.empty() ? nlohmann::json(nullptr) : nlohmann::json(evidence.section)},
          {"quote", evidence.quote}};
}

nlohmann::json EvidenceList(const std::vector<Evidence>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const Evidence& evidence : list) out.push_back(EvidenceJson(evidence));
  return out;
}

nlohmann::json OptionalEvidence(const std::optional<Evidence>& evidence) {
  return evidence ? EvidenceJson(*evidence) : nlohmann::json(nullptr);
}

nlohmann::json SectionJson(const std::optional<SectionRef>& section) {
  if (!section) return nullptr;
  return {{"path", section->path},
          {"title", section->title},
          {"kind", section->kind},
          {"page", section->page},
          {"line", section->line}};
}

const char* StatusName(SectionDiff::Status status) {
  switch (status) {
    case SectionDiff::Status::kSame:
      return "same";
    case SectionDiff::Status::kChanged:
      return "changed";
    case SectionDiff::Status::kAdded:
      return "added";
    case SectionDiff::Status::kRemoved:
      return "removed";
  }
  return "same";
}

const char* ChangeName(TextChange::Kind kind) {
  switch (kind) {
    case TextChange::Kind::kChanged:
      return "changed";
    case TextChange::Kind::kAdded:
      return "added";
    case TextChange::Kind::kRemoved:
      return "removed";
  }
  return "changed";
}

const char* FactKindName(FactChange::Kind kind) {
  switch (kind) {
    case FactChange::Kind::kAdded:
      return "added";
    case FactChange::Kind::kRemoved:
      return "removed";
    case FactChange::Kind::kChanged:
      return "changed";
  }
  return "changed";
}

const char* OpName(WordSpan::Op op) {
  switch (op) {
    case WordSpan::Op::kSame:
      return "=";
    case WordSpan::Op::kRemoved:
      return "-";
    case WordSpan::Op::kAdded:
      return "+";
  }
  return "=";
}

nlohmann::json SideJson(const std::string& label, const std::optional<std::string>& agency,
                        const std::vector<std::string>& models) {
  return {{"file", label},
          {"agency", agency ? nlohmann::json(*agency) : nlohmann::json(nullptr)},
          {"models", models}};
}

}  // namespace

nlohmann::json DiffToJson(const AgreementDiff& diff) {
  nlohmann::json out;
  out["old"] = SideJson(diff.old_label, diff.old_agency, diff.old_models);
  out["new"] = SideJson(diff.new_label, diff.new_agency, diff.new_models);
  out["summary"] = diff.summary;
  out["same_template_text"] = diff.same_template_text;
  out["identity_changes"] = diff.identity_changes;
  out["moved_sentences"] = diff.moved_sentences;
  nlohmann::json facts = nlohmann::json::array();
  for (const FactChange& fact : diff.facts) {
    facts.push_back({{"fact", fact.fact},
                     {"change", FactKindName(fact.kind)},
                     {"text", fact.text},
                     {"old", fact.old_value},
                     {"new", fact.new_value},
                     {"old_evidence", EvidenceList(fact.old_evidence)},
                     {"new_evidence", EvidenceList(fact.new_evidence)}});
  }
  out["facts"] = std::move(facts);
  nlohmann::json rules = nlohmann::json::array();
  for (const RuleChange& rule : diff.rules) {
    auto outcome = [](const std::optional<Outcome>& value) {
      return value ? nlohmann::json(OutcomeName(*value)) : nlohmann::json(nullptr);
    };
    rules.push_back({{"rule", rule.rule},
                     {"title", rule.title},
                     {"severity", SeverityName(rule.severity)},
                     {"old", outcome(rule.old_outcome)},
                     {"new", outcome(rule.new_outcome)},
                     {"text", rule.text},
                     {"evidence", EvidenceList(rule.evidence)}});
  }
  out["rules"] = std::move(rules);
  nlohmann::json sections = nlohmann::json::array();
  for (const SectionDiff& section : diff.sections) {
    const SectionRef& either = section.new_section ? *section.new_section : *section.old_section;
    nlohmann::json changes = nlohmann::json::array();
    for (const TextChange& change : section.changes) {
      nlohmann::json words = nlohmann::json::array();
      for (const WordSpan& span : change.words) {
        words.push_back({{"op", OpName(span.op)}, {"text", span.text}});
      }
      changes.push_back({{"change", ChangeName(change.kind)},
                         {"old", OptionalEvidence(change.old_text)},
                         {"new", OptionalEvidence(change.new_text)},
                         {"words", std::move(words)}});
    }
    sections.push_back({{"status", StatusName(section.status)},
                        {"moved", section.moved},
                        {"title", either.title},
                        {"kind", either.kind},
                        {"old", SectionJson(section.old_section)},
                        {"new", SectionJson(section.new_section)},
                        {"identity_changes", section.identity_changes},
                        {"changes", std::move(changes)}});
  }
  out["sections"] = std::move(sections);
  out["warnings"] = diff.warnings;
  return out;
}

}  // namespace moacheck
