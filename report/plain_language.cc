#include "report/plain_language.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace moacheck::report {
namespace {

std::string Capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

const FactValue* FindFact(const Facts& facts, std::string_view name) {
  auto it = facts.scalars.find(std::string(name));
  return it == facts.scalars.end() ? nullptr : &it->second;
}

// "24 months" reads better as "2 years".
std::string Months(double months) {
  if (months >= 12 && std::fmod(months, 12) == 0) {
    double years = months / 12;
    return fmt::format("{} year{}", FormatNumber(years), years == 1 ? "" : "s");
  }
  return fmt::format("{} month{}", FormatNumber(months), months == 1 ? "" : "s");
}

int SeverityRank(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return 0;
    case Severity::kWarning:
      return 1;
    case Severity::kInfo:
      return 2;
  }
  return 2;
}

// Problems by severity (fail before missing), then the findings not known,
// then passes, then the rest.
int OrderRank(const Finding& finding) {
  switch (finding.outcome) {
    case Outcome::kFail:
      return SeverityRank(finding.severity) * 2;
    case Outcome::kMissing:
      return SeverityRank(finding.severity) * 2 + 1;
    case Outcome::kUnknown:
      return 6 + SeverityRank(finding.severity);
    case Outcome::kPass:
    case Outcome::kInfo:
      return 10;
    case Outcome::kNotApplicable:
      return 11;
  }
  return 11;
}

const IdWording* FindWording(const Vocabulary* vocabulary, std::vector<IdWording> IdWordings::*kind,
                             std::string_view id) {
  if (vocabulary == nullptr) return nullptr;
  const std::vector<IdWording>& all = Wording(*vocabulary).*kind;
  auto it = std::find_if(all.begin(), all.end(), [&](const IdWording& w) { return w.id == id; });
  return it == all.end() ? nullptr : &*it;
}

}  // namespace

std::optional<double> NumberFact(const Facts& facts, std::string_view name) {
  const FactValue* fact = FindFact(facts, name);
  if (fact == nullptr || !std::holds_alternative<double>(fact->value)) return std::nullopt;
  return std::get<double>(fact->value);
}

std::optional<std::string> StringFact(const Facts& facts, std::string_view name) {
  const FactValue* fact = FindFact(facts, name);
  if (fact == nullptr || !std::holds_alternative<std::string>(fact->value)) return std::nullopt;
  return std::get<std::string>(fact->value);
}

std::optional<bool> BoolFact(const Facts& facts, std::string_view name) {
  const FactValue* fact = FindFact(facts, name);
  if (fact == nullptr || !std::holds_alternative<bool>(fact->value)) return std::nullopt;
  return std::get<bool>(fact->value);
}

const Evidence* FirstEvidence(const Facts& facts, std::string_view name) {
  const FactValue* fact = FindFact(facts, name);
  if (fact == nullptr || fact->evidence.empty()) return nullptr;
  return &fact->evidence.front();
}

std::string FormatNumber(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  return fmt::format("{:g}", value);
}

std::string AuthorityInPlainWords(const Vocabulary* vocabulary, std::string_view authority_id) {
  if (const IdWording* words = FindWording(vocabulary, &IdWordings::authorities, authority_id))
    return words->plain;
  return fmt::format("exercise the immigration power \"{}\"", authority_id);
}

std::string AuthorityCitation(const Vocabulary* vocabulary, std::string_view authority_id) {
  const IdWording* words = FindWording(vocabulary, &IdWordings::authorities, authority_id);
  return words == nullptr ? "" : words->citation;
}

std::string ModelName(const Vocabulary* vocabulary, std::string_view model_id) {
  const IdWording* words = FindWording(vocabulary, &IdWordings::models, model_id);
  return words == nullptr ? std::string(model_id) : words->label;
}

std::string ModelInPlainWords(const Vocabulary* vocabulary, std::string_view model_id) {
  if (const IdWording* words = FindWording(vocabulary, &IdWordings::models, model_id))
    return words->plain;
  return std::string(model_id) + ".";
}

std::vector<KeyNumber> KeyNumbers(const Facts& facts) {
  std::vector<KeyNumber> numbers;
  const std::string kNotStated = "not stated";

  KeyNumber hold{"Longest time a person may be held for ICE", kNotStated,
                 FirstEvidence(facts, "detainer.max_hold_hours")};
  if (auto hours = NumberFact(facts, "detainer.max_hold_hours")) {
    hold.value = fmt::format("{} hours", FormatNumber(*hours));
    std::optional<bool> excludes = BoolFact(facts, "detainer.excludes_weekends_holidays");
    if (excludes == true) hold.value += ", not counting weekends and holidays";
  }
  numbers.push_back(hold);

  KeyNumber notice{"Notice needed to end the agreement", kNotStated,
                   FirstEvidence(facts, "termination.notice_days")};
  if (auto days = NumberFact(facts, "termination.notice_days")) {
    // 0: termination takes effect as soon as the notice is received.
    notice.value = *days == 0 ? std::string("none (effective on notice)")
                              : fmt::format("{} days' written notice", FormatNumber(*days));
  }
  numbers.push_back(notice);

  KeyNumber authorization{"How long each officer's immigration authority lasts",
                          "no fixed term stated (lasts until revoked)",
                          FirstEvidence(facts, "authorization.term_months")};
  if (auto months = NumberFact(facts, "authorization.term_months")) {
    authorization.value = Months(*months) + ", then it must be renewed";
  }
  numbers.push_back(authorization);

  KeyNumber term{"How long the agreement lasts", kNotStated,
                 FirstEvidence(facts, "duration.term_months")};
  std::optional<bool> expires = BoolFact(facts, "duration.expires");
  if (auto months = NumberFact(facts, "duration.term_months")) {
    term.value = Months(*months);
  } else if (expires == false) {
    term.value = "no end date: in force until one side ends it";
    term.evidence = FirstEvidence(facts, "duration.expires");
  }
  numbers.push_back(term);

  KeyNumber training{"Initial immigration training for officers", kNotStated,
                     FirstEvidence(facts, "training.initial_hours")};
  if (auto hours = NumberFact(facts, "training.initial_hours")) {
    training.value = fmt::format("{} hours", FormatNumber(*hours));
  }
  numbers.push_back(training);
  return numbers;
}

std::vector<ProvisionLine> Provisions(const Facts& facts, const Vocabulary* vocabulary) {
  std::vector<std::pair<std::string, std::string>> provisions;  // id, words
  if (vocabulary != nullptr) {
    for (const IdWording& words : Wording(*vocabulary).provisions)
      provisions.emplace_back(words.id, words.plain);
  } else {
    constexpr std::string_view kPrefix = "provisions.";
    for (const auto& [name, value] : facts.scalars) {
      if (!name.starts_with(kPrefix)) continue;
      std::string id = name.substr(kPrefix.size());
      provisions.emplace_back(id, id);
    }
  }
  std::vector<ProvisionLine> lines;
  for (const auto& [id, words] : provisions) {
    std::string name = "provisions." + id;
    std::optional<bool> present = BoolFact(facts, name);
    if (!present) continue;
    lines.push_back({id, words, *present, *present ? FirstEvidence(facts, name) : nullptr});
  }
  return lines;
}

bool IsProblem(const Finding& finding) {
  return finding.outcome == Outcome::kFail || finding.outcome == Outcome::kMissing;
}

std::vector<const Finding*> OrderedFindings(const CheckResult& result) {
  std::vector<const Finding*> ordered;
  for (const Finding& finding : result.findings) ordered.push_back(&finding);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Finding* a, const Finding* b) {
    return OrderRank(*a) < OrderRank(*b);
  });
  return ordered;
}

std::vector<const Finding*> TopProblems(const CheckResult& result, std::size_t count) {
  std::vector<const Finding*> top;
  for (const Finding* finding : OrderedFindings(result)) {
    if (top.size() == count || !IsProblem(*finding)) break;
    top.push_back(finding);
  }
  return top;
}

std::string SeverityInPlainWords(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "Serious problem";
    case Severity::kWarning:
      return "Concern";
    case Severity::kInfo:
      return "Note";
  }
  return "Note";
}

std::string SeverityLabel(const Finding& finding) {
  if (IsProblem(finding)) {
    return fmt::format("{} ({})", SeverityInPlainWords(finding.severity),
                       SeverityName(finding.severity));
  }
  return fmt::format("{}-level rule", SeverityName(finding.severity));
}

std::string OutcomeInPlainWords(Outcome outcome) {
  switch (outcome) {
    case Outcome::kFail:
      return "Fails";
    case Outcome::kMissing:
      return "Missing";
    case Outcome::kPass:
      return "Passes";
    case Outcome::kNotApplicable:
      return "Does not apply";
    case Outcome::kUnknown:
      return "Not known";
    case Outcome::kInfo:
      return "For information";
  }
  return "";
}

std::string Headline(const Finding& finding) {
  // An informational rule's title names its subject, not a verdict: the
  // statement it reports is what reads right beside its badge.
  if (finding.outcome == Outcome::kInfo && !finding.message.empty()) return finding.message;
  return finding.title.empty() ? finding.rule : finding.title;
}

Evidence FindingLocation(const CheckResult& result, const Finding& finding) {
  if (!finding.evidence.empty()) return finding.evidence.front();
  // expected_section holds a path ("IV.F"), "path title" or a section kind.
  const std::string& expected = finding.expected_section;
  if (!expected.empty()) {
    for (const Section& section : result.outline.sections) {
      bool path_matches = expected == section.path || expected.rfind(section.path + " ", 0) == 0;
      if (path_matches || (!section.kind.empty() && expected == section.kind)) {
        return Evidence{section.page, section.line, section.path,
                        (section.label + " " + section.title)};
      }
    }
  }
  return Evidence{};
}

std::string PinCite(const Evidence& evidence) {
  if (evidence.page <= 0) return "";
  if (evidence.section.empty()) return fmt::format("p. {}", evidence.page);
  return fmt::format("§ {}, p. {}", evidence.section, evidence.page);
}

std::string PrimaryCitation(const Finding& finding) {
  return finding.sources.empty() ? "" : finding.sources.front().citation;
}

std::string AgencyOrUnknown(const CheckResult& result) {
  return StringFact(result.facts, "agency").value_or("Agency not identified");
}

std::vector<int> OcrPages(const CheckResult& result) {
  std::vector<int> pages;
  for (const PageInfo& page : result.page_info) {
    if (page.source == PageSource::kOcr) pages.push_back(page.number);
  }
  return pages;
}

std::vector<int> PagesRead(const CheckResult& result, PageReading reading) {
  std::vector<int> pages;
  for (const PageInfo& page : result.page_info) {
    if (ReadingOf(page) == reading) pages.push_back(page.number);
  }
  return pages;
}

std::vector<std::string> ReadingBanner(const CheckResult& result) {
  std::vector<std::string> lines;
  std::vector<int> unread = PagesRead(result, PageReading::kNotRead);
  std::vector<int> poor_layer;
  std::vector<int> poor_ocr;
  for (const PageInfo& page : result.page_info) {
    if (ReadingOf(page) != PageReading::kPoor) continue;
    (page.source == PageSource::kOcr ? poor_ocr : poor_layer).push_back(page.number);
  }
  if (unread.empty() && poor_layer.empty() && poor_ocr.empty()) return lines;
  std::string file = result.file == "-" ? "FILE" : result.file;
  if (!unread.empty()) {
    lines.push_back(
        fmt::format("{} had no usable text and {} not read (no text layer, and OCR did not run). "
                    "To read {}: moacheck check {} --ocr auto",
                    Capitalized(DescribePages(unread)), unread.size() == 1 ? "was" : "were",
                    unread.size() == 1 ? "it" : "them", file));
  }
  if (!poor_layer.empty()) {
    lines.push_back(fmt::format(
        "{}: the text layer reads poorly (many words are not words of an agreement). To read "
        "the page images instead: moacheck check {} --ocr force",
        Capitalized(DescribePages(poor_layer)), file));
  }
  if (!poor_ocr.empty()) {
    lines.push_back(fmt::format(
        "{}: OCR read the scan poorly; check what the report quotes from there against the PDF.",
        Capitalized(DescribePages(poor_ocr))));
  }
  lines.push_back(
      "Nothing is reported missing on the strength of those pages: a rule that found nothing "
      "in the pages read says \"not known\" instead.");
  return lines;
}

std::string ReportDate(const std::string& date) {
  if (!date.empty()) return date;
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
  return buffer;
}

}  // namespace moacheck::report
