// Kind table: YAML phrases to canonical kinds, matched on letters only with
// a small edit allowance, because scanner text layers garble titles
// ("TERMijNATION", "REPORTINGANDDOCUMENTATION", "TIDRD PARTIES").
#include "outline/section_kinds.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/embedded.h"
#include "common/yaml_reader.h"
#include "moacheck/outline.h"

namespace moacheck::outline {
namespace {

constexpr const char* kEmbeddedPath = "rules/vocabulary/section_kinds.yaml";
constexpr const char* kFileName = "section_kinds.yaml";
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

}  // namespace moacheck::outline

namespace moacheck {

Result<SectionKindTable> SectionKindTable::Parse(std::string_view yaml, const std::string& origin) {
  Result<YAML::Node> root = ReadYaml(yaml, origin);
  if (!root) return root.error();
  SectionKindTable table;
  try {
    YAML::Node kinds = (*root)["kinds"];
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
        table.phrases_.push_back({id, outline::LettersOnly(text), outline::AllowedEdits(text)});
      }
    }
  } catch (const YAML::Exception& error) {
    return Error{ErrorKind::kInvalidRule, YamlPosition(origin, error.mark) + ": " + error.msg};
  }
  return table;
}

std::string SectionKindTable::KindOfTitle(std::string_view title) const {
  std::string letters = outline::LettersOnly(title);
  if (letters.empty()) return "";
  for (const Phrase& phrase : phrases_) {
    if (phrase.letters.size() > letters.size() + phrase.allowed_edits) continue;
    if (letters.find(phrase.letters) != std::string::npos ||
        (phrase.allowed_edits > 0 &&
         outline::SubstringEditDistance(phrase.letters, letters) <= phrase.allowed_edits)) {
      return phrase.kind;
    }
  }
  return "";
}

Result<std::shared_ptr<const SectionKindTable>> LoadSectionKinds(const std::string& dir) {
  std::string origin = outline::kEmbeddedPath;
  std::string text;
  std::filesystem::path file = std::filesystem::path(dir) / outline::kFileName;
  std::error_code error;
  if (!dir.empty() && std::filesystem::exists(file, error)) {
    origin = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error{ErrorKind::kIo, origin + ": cannot read the section kinds"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  } else {
    std::optional<std::string_view> embedded = EmbeddedFile(outline::kEmbeddedPath);
    if (!embedded) return Error{ErrorKind::kInternal, origin + ": not built into the binary"};
    text = std::string(*embedded);
  }
  Result<SectionKindTable> table = SectionKindTable::Parse(text, origin);
  if (!table) return table.error();
  return std::make_shared<const SectionKindTable>(std::move(table).value());
}

const std::vector<std::string>& SectionKindNames(const SectionKindTable& table) {
  return table.kinds();
}

}  // namespace moacheck
