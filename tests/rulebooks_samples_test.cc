// The shipped rulebooks on the project's sample agreements: each defective
// sample raises exactly the error/warning findings its sidecar names
// (defect.rule_ids) beyond those of the sample it was derived from, and the
// template samples raise no error-level finding.
#define BOOST_TEST_MODULE rulebooks_samples
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "moacheck/check.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::ReadFile;
using moacheck::testing::SamplePdf;
using moacheck::testing::SourceDir;

namespace {

nlohmann::json Sidecar(const std::string& name) {
  return nlohmann::json::parse(ReadFile(SourceDir() / "samples" / (name + ".expect.json")));
}

// The sample names with a sidecar, sorted.
std::vector<std::string> SampleNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "samples")) {
    std::string file = entry.path().filename().string();
    const std::string suffix = ".expect.json";
    if (file.size() > suffix.size() && file.ends_with(suffix)) {
      names.push_back(file.substr(0, file.size() - suffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

moacheck::CheckResult Check(const std::string& name) {
  moacheck::CheckOptions options;  // default packs, chosen from the facts
  moacheck::CheckResult result = moacheck::CheckFile(SamplePdf(name).string(), options);
  BOOST_REQUIRE_MESSAGE(result.ok, name << ": " << result.error.message);
  return result;
}

bool Raised(const moacheck::Finding& finding, bool errors_only) {
  bool failing =
      finding.outcome == moacheck::Outcome::kFail || finding.outcome == moacheck::Outcome::kMissing;
  bool severe = finding.severity == moacheck::Severity::kError ||
                (!errors_only && finding.severity == moacheck::Severity::kWarning);
  return failing && severe;
}

std::set<std::string> RaisedRules(const moacheck::CheckResult& result, bool errors_only) {
  std::set<std::string> rules;
  for (const moacheck::Finding& finding : result.findings) {
    if (Raised(finding, errors_only)) rules.insert(finding.rule);
  }
  return rules;
}

std::string Join(const std::set<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text.empty() ? "(none)" : text;
}

// "jail-enforcement-2020 with one defect." names the sample it was made from.
std::string BaseSample(const nlohmann::json& sidecar) {
  std::string description = sidecar.value("description", "");
  return description.substr(0, description.find(' '));
}

}  // namespace

BOOST_AUTO_TEST_CASE(template_samples_raise_no_error) {
  int checked = 0;
  for (const std::string& name : SampleNames()) {
    nlohmann::json sidecar = Sidecar(name);
    if (sidecar.contains("defect")) continue;
    if (!sidecar.value("extraction", nlohmann::json::object()).value("text_layer", true)) {
      continue;  // image-only: what it raises depends on OCR, tested by the OCR work
    }
    moacheck::CheckResult result = Check(name);
    std::set<std::string> errors = RaisedRules(result, /*errors_only=*/true);
    BOOST_CHECK_MESSAGE(errors.empty(),
                        name << ": error-level findings on a template sample: " << Join(errors));
    ++checked;
  }
  BOOST_TEST(checked >= 3);
}

BOOST_AUTO_TEST_CASE(each_defect_raises_exactly_its_findings) {
  int checked = 0;
  for (const std::string& name : SampleNames()) {
    nlohmann::json sidecar = Sidecar(name);
    if (!sidecar.contains("defect")) continue;
    std::set<std::string> expected;
    for (const auto& id : sidecar["defect"]["rule_ids"]) expected.insert(id.get<std::string>());
    BOOST_CHECK_MESSAGE(!expected.empty(), name << ": sidecar defect.rule_ids is empty");

    std::string base = BaseSample(sidecar);
    BOOST_REQUIRE_MESSAGE(fs::exists(SourceDir() / "samples" / (base + ".expect.json")),
                          name << ": description does not name its base sample ('" << base << "')");
    std::set<std::string> before = RaisedRules(Check(base), /*errors_only=*/false);
    std::set<std::string> after = RaisedRules(Check(name), /*errors_only=*/false);
    std::set<std::string> added;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                        std::inserter(added, added.begin()));
    BOOST_CHECK_MESSAGE(added == expected, name << ": defect raised {" << Join(added)
                                                << "}, sidecar names {" << Join(expected) << "}");
    ++checked;
  }
  BOOST_TEST(checked >= 4);
}
