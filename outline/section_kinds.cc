// Kind table: YAML phrases to canonical kinds, matched on letters only with
// a small edit allowance, because scanner text layers garble titles
// ("TERMijNATION", "REPORTINGANDDOCUMENTATION", "TIDRD PARTIES").
#include "outline/section_kinds.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "common/embedded.h"
#include "moacheck/outline.h"

namespace moacheck::outline {
namespace {

constexpr const char* kEmbeddedPath = "rules/vocabulary/section_kinds.yaml";
constexpr std::size_t kLongWord = 6;  // words this long may carry one OCR error

int AllowedEdits(std::string_view phrase) {
  int edits = 0;
  std::size_t word = 0;
  for (std::size_t i = 0; i <= phrase.size(); ++i) {
    if (i == phrase.size() || !std::isalpha(static_cast<unsigned char>(phrase[i]))) {
      if (word >= kLongWord) ++edits;
      word = 0;
    } else {
      ++word;
    }
  }
  return std::min(edits, 2);
}

}  // namespace

std::string LettersOnly(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

int SubstringEditDistance(std::string_view needle, std::string_view haystack) {
  // Sellers' algorithm: edit distance where the match may start and end
  // anywhere in the haystack.
  std::vector<int> previous(haystack.size() + 1, 0), current(haystack.size() + 1, 0);
  for (std::size_t i = 1; i <= needle.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= haystack.size(); ++j) {
      int substitute = previous[j - 1] + (needle[i - 1] == haystack[j - 1] ? 0 : 1);
      current[j] = std::min({substitute, previous[j] + 1, current[j - 1] + 1});
    }
    std::swap(previous, current);
  }
  return *std::min_element(previous.begin(), previous.end());
}

Result<KindTable> KindTable::Parse(std::string_view yaml, const std::string& origin) {
  KindTable table;
  try {
    YAML::Node root = YAML::Load(std::string(yaml));
    YAML::Node kinds = root["kinds"];
    if (!kinds || !kinds.IsSequence()) {
      return Error{ErrorKind::kInvalidRule, origin + ": expected a 'kinds' list"};
    }
    for (const YAML::Node& entry : kinds) {
      std::string id = entry["id"] ? entry["id"].as<std::string>() : "";
      if (id.empty()) {
        return Error{ErrorKind::kInvalidRule,
                     origin + ":" + std::to_string(entry.Mark().line + 1) + ": kind without 'id'"};
      }
      table.kinds_.push_back(id);
      if (!entry["phrases"]) continue;
      for (const YAML::Node& phrase : entry["phrases"]) {
        std::string text = phrase.as<std::string>();
        table.phrases_.push_back({id, LettersOnly(text), AllowedEdits(text)});
      }
    }
  } catch (const YAML::Exception& error) {
    return Error{ErrorKind::kInvalidRule, origin + ": " + error.what()};
  }
  return table;
}

const KindTable& KindTable::Embedded() {
  static const KindTable table = [] {
    std::optional<std::string_view> text = EmbeddedFile(kEmbeddedPath);
    Result<KindTable> parsed = KindTable::Parse(text ? *text : "", kEmbeddedPath);
    // The embedded file is tested at build time (outline_unit_test), so a
    // failure here is a packaging bug; an empty table keeps the tool usable.
    return parsed.ok() ? std::move(parsed).value() : KindTable();
  }();
  return table;
}

std::string KindTable::KindOfTitle(std::string_view title) const {
  std::string letters = LettersOnly(title);
  if (letters.empty()) return "";
  for (const Phrase& phrase : phrases_) {
    if (phrase.letters.size() > letters.size() + phrase.allowed_edits) continue;
    if (letters.find(phrase.letters) != std::string::npos ||
        (phrase.allowed_edits > 0 &&
         SubstringEditDistance(phrase.letters, letters) <= phrase.allowed_edits)) {
      return phrase.kind;
    }
  }
  return "";
}

}  // namespace moacheck::outline

namespace moacheck {

const std::vector<std::string>& SectionKinds() { return outline::KindTable::Embedded().kinds(); }

}  // namespace moacheck
