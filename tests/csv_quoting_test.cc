// CSV reports hold text taken from documents and file names (issue 11).
// Every field must read back, with an RFC 4180 reader, to exactly the value
// the JSON record holds: commas, double quotes, CR/LF and a leading = + - @
// included. moacheck does not rewrite formula-like fields (docs: README
// "Hardening"): the values are the evidence, and RFC 4180 quoting keeps them
// one field each.
#define BOOST_TEST_MODULE csv_quoting
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::BinaryDir;
using moacheck::testing::ParseCsv;
using moacheck::testing::ReadFile;
using moacheck::testing::RunMoacheck;
using nlohmann::json;

namespace {

// The sample's markup (samples/README.md) as a plain text agreement.
std::string PlainText(const std::string& markup) {
  std::istringstream in(markup);
  std::string text;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("%") || line.starts_with("@header") || line.starts_with("@footer") ||
        line == "@lines" || line == "@end")
      continue;
    if (line == "@pagebreak") {
      text += '\f';
      continue;
    }
    for (const char* prefix : {"@title ", "@center ", "## ", "# "}) {
      if (line.starts_with(prefix)) line.erase(0, std::string(prefix).size());
    }
    text += line + '\n';
  }
  return text;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// An agreement whose agency name holds a comma and quotes, with contact
// lines a spreadsheet would take for formulas.
std::string HostileAgreement() {
  std::string text = PlainText(ReadFile(moacheck::testing::SampleText("task-force-2025")));
  text = ReplaceAll(text, "Tarpon Ridge County Sheriff's Office",
                    "Tarpon Ridge, \"North\" County Sheriff's Office");
  std::size_t authority = text.find("II. AUTHORITY");
  BOOST_REQUIRE(authority != std::string::npos);
  text.insert(authority,
              "Point of contact: =HYPERLINK(\"http://x.example/?a=1,2\",\"open\"), +1 555 0100\n\n"
              "Alternate: @SUM(A1:A9), \"Deputy\"\n-Chief Deputy, \"Records\"\n\n");
  return text;
}

// Rules whose messages are the hostile text itself (named groups, a fact),
// and one whose message has a line break of its own.
const char* kRulebook = R"(name: csv-probe
version: "1"
rules:
  - id: csv-formula
    title: Formula-like contact
    severity: info
    source: [{kind: policy, cite: "Test 1"}]
    requirement: No contact line.
    message: "{contact}"
    check: {forbid: 'Point of contact: (?<contact>=HYPERLINK\([^)]*\))'}
  - id: csv-plus
    title: Phone number
    severity: info
    source: [{kind: policy, cite: "Test 2"}]
    requirement: No phone number.
    message: "{phone}"
    check: {forbid: '(?<phone>\+1 555 0100)'}
  - id: csv-at
    title: Alternate
    severity: info
    source: [{kind: policy, cite: "Test 3"}]
    requirement: No alternate.
    message: "{alternate}\r\nsecond line"
    check: {forbid: 'Alternate: (?<alternate>@SUM\(A1:A9\), "Deputy")'}
  - id: csv-minus
    title: Records contact
    severity: info
    source: [{kind: policy, cite: "Test 4"}]
    requirement: No records contact.
    message: "{minus}"
    check: {forbid: '(?<minus>-Chief Deputy, "Records")'}
  - id: csv-agency
    title: Agency named
    severity: info
    source: [{kind: policy, cite: "Test 5"}]
    requirement: The agreement is a memorandum.
    message: {pass: "{fact.agency}"}
    check: {require: 'MEMORANDUM OF AGREEMENT'}
)";

}  // namespace

BOOST_AUTO_TEST_CASE(every_field_reads_back_to_the_json_value) {
  fs::path dir = BinaryDir() / "csv_quoting_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  // A relative name, so the file field itself starts with "=" after a line break.
  const std::string file = "agreement, \"v2\"\r\n=draft.txt";
  std::ofstream(dir / file) << HostileAgreement();
  std::ofstream(dir / "probe.yaml") << kRulebook;
  fs::current_path(dir);

  std::vector<std::string> args = {"check", "--rules", "probe.yaml", "--fail-on", "never", file};
  auto csv_run = RunMoacheck([&] {
    auto with = args;
    with.insert(with.end(), {"--format", "csv"});
    return with;
  }());
  auto json_run = RunMoacheck([&] {
    auto with = args;
    with.insert(with.end(), {"--format", "json"});
    return with;
  }());
  BOOST_REQUIRE_MESSAGE(csv_run.exit_code == 0, csv_run.err);
  BOOST_REQUIRE_MESSAGE(json_run.exit_code == 0, json_run.err);
  json record = json::parse(json_run.out);

  std::string problem;
  auto rows = ParseCsv(csv_run.out, &problem);
  BOOST_TEST(problem.empty(), problem);
  BOOST_REQUIRE(rows.size() == record["findings"].size() + 1);
  BOOST_TEST(rows[0].size() == 9u);
  std::map<std::string, std::string> messages;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    BOOST_REQUIRE_MESSAGE(row.size() == 9u, "CSV row " << i << " has " << row.size() << " fields");
    const json& finding = record["findings"][i - 1];
    BOOST_TEST_CONTEXT("row " << i << " rule " << finding["rule"]) {
      BOOST_TEST(row[0] == file);
      BOOST_TEST(row[1] == record["sha256"].get<std::string>());
      BOOST_TEST(row[3] == finding["rule"].get<std::string>());
      BOOST_TEST(row[4] == finding["severity"].get<std::string>());
      BOOST_TEST(row[5] == finding["status"].get<std::string>());
      BOOST_TEST(row[8] == finding["message"].get<std::string>());
    }
    messages[row[3]] = row[8];
  }
  // The hostile values made it from the document into the report unchanged.
  BOOST_TEST(messages["csv-formula"] == "=HYPERLINK(\"http://x.example/?a=1,2\",\"open\")");
  BOOST_TEST(messages["csv-plus"] == "+1 555 0100");
  BOOST_TEST(messages["csv-at"] == "@SUM(A1:A9), \"Deputy\"\r\nsecond line");
  BOOST_TEST(messages["csv-minus"] == "-Chief Deputy, \"Records\"");
  BOOST_TEST(messages["csv-agency"] == "Tarpon Ridge, \"North\" County Sheriff's Office");
}

BOOST_AUTO_TEST_CASE(an_error_row_quotes_the_reason) {
  fs::path dir = BinaryDir() / "csv_quoting_test_error";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string file = (dir / "broken, \"scan\".pdf").string();
  std::ofstream(file) << "%PDF-1.7\n1 0 obj";
  auto run = RunMoacheck({"check", "--format", "csv", file});
  BOOST_TEST(run.exit_code == 2);
  std::string problem;
  auto rows = ParseCsv(run.out, &problem);
  BOOST_TEST(problem.empty(), problem);
  BOOST_REQUIRE(rows.size() == 2u);
  BOOST_REQUIRE(rows[1].size() == 9u);
  BOOST_TEST(rows[1][0] == file);
  BOOST_TEST(rows[1][2] == "error");
  BOOST_TEST(rows[1][8].find(file) != std::string::npos, rows[1][8]);  // the reason names the file
}
