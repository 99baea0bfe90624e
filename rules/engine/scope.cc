#include "rules/engine/scope.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace moacheck::rules {
namespace {

bool SameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && SameText(text.substr(0, prefix.size()), prefix);
}

bool IsAppendix(const Section& section) {
  return SameText(section.path, "App") || StartsWith(section.path, "App.") ||
         StartsWith(section.label, "appendix");
}

// The appendix lettered `letter` ("B"): path App.B or a label "APPENDIX B".
bool IsAppendixLabelled(const Section& section, std::string_view letter) {
  if (SameText(section.path, "App." + std::string(letter))) return true;
  std::string label = section.label;
  label.erase(std::remove(label.begin(), label.end(), ' '), label.end());
  return SameText(label, "APPENDIX" + std::string(letter));
}

bool Selected(const Scope& scope, const Section& section) {
  switch (scope.kind) {
    case Scope::Kind::kSectionKind:
      return section.kind == scope.value;
    case Scope::Kind::kSectionPath:
      return SameText(section.path, scope.value);
    case Scope::Kind::kSectionTitle:
      return scope.title_pattern->Find(section.title);
    case Scope::Kind::kAppendix:
      return scope.value.empty() ? IsAppendix(section) : IsAppendixLabelled(section, scope.value);
    case Scope::Kind::kSignatures:
      return SameText(section.path, "Signatures") || section.kind == "signatures";
    case Scope::Kind::kPreamble:
      return SameText(section.path, "Preamble");
    case Scope::Kind::kDocument:
      return true;
  }
  return false;
}

std::string SectionName(const Section& section) {
  return section.title.empty() ? section.path : section.path + " " + section.title;
}

}  // namespace

std::string Scope::Describe() const {
  switch (kind) {
    case Kind::kDocument:
      return "the agreement";
    case Kind::kSectionKind:
      return fmt::format("a section of kind '{}'", value);
    case Kind::kSectionPath:
      return fmt::format("section {}", value);
    case Kind::kSectionTitle:
      return fmt::format("a section titled like /{}/", value);
    case Kind::kAppendix:
      return value.empty() ? "an appendix" : fmt::format("Appendix {}", value);
    case Kind::kSignatures:
      return "the signature block";
    case Kind::kPreamble:
      return "the preamble";
  }
  return "";
}

ScopeText ResolveScope(const Scope& scope, const Document& document, const Outline& outline) {
  ScopeText result;
  const std::size_t text_end = document.folded_text.size();
  if (scope.kind == Scope::Kind::kDocument) {
    result.ranges.push_back({0, text_end});
    result.where = scope.Describe();
    return result;
  }
  auto offset_of_line = [&](std::size_t line) {
    return line < document.line_start.size() ? document.line_start[line] : text_end;
  };
  std::size_t covered_until = 0;  // a selected section's children are already inside it
  std::vector<std::string> names;
  for (const Section& section : outline.sections) {
    if (!Selected(scope, section)) continue;
    std::size_t begin = offset_of_line(section.first_line);
    std::size_t end = std::min(offset_of_line(section.end_line), text_end);
    names.push_back(SectionName(section));
    if (begin < covered_until) continue;
    if (begin < end) result.ranges.push_back({begin, end});
    covered_until = end;
  }
  if (names.empty()) {
    result.where = scope.Describe() + " (no such section found in this agreement)";
  } else {
    for (std::size_t i = 0; i < names.size() && i < 3; ++i) {
      result.where += (i == 0 ? "" : "; ") + names[i];
    }
    if (names.size() > 3) result.where += fmt::format("; and {} more", names.size() - 3);
  }
  return result;
}

}  // namespace moacheck::rules
