// Every report format, produced by the real pipeline (CheckFiles) on the
// sample agreements and on real agreements from ../shared/corpus, checked
// for structure: JSON keys, types and schema; CSV rows per document and
// rule; SARIF required fields; Markdown headings and one card per problem;
// HTML and Markdown escape what the document says.
#define BOOST_TEST_MODULE report_formats
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "moacheck/batch.h"
#include "moacheck/check.h"
#include "moacheck/report.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::CheckResult;
using moacheck::Outcome;
using moacheck::ReportFormat;
using nlohmann::json;

namespace {

const std::vector<std::string> kSamples = {"jail-enforcement-2020", "warrant-service-officer-2025",
                                           "task-force-2025", "task-force-no-supervision",
                                           "jail-enforcement-72h-hold"};
// Text layers of each model and era; the image-only scans are left to the OCR tests.
const std::vector<std::string> kCorpus = {
    "2019-wso-bay-county-so-fl", "2020-jem-benton-county-so-ar", "2025-tfm-hernando-county-so-fl",
    "2025-wso-navajo-county-so-az"};

moacheck::CheckOptions Options() {
  moacheck::CheckOptions options;
  options.load.ocr = moacheck::OcrMode::kNever;
  options.rules = {"example"};
  return options;
}

std::vector<CheckResult> Check(const std::vector<std::string>& paths) {
  auto results = moacheck::CheckFiles(paths, Options(), 2);
  BOOST_REQUIRE_MESSAGE(results.ok(), (results.ok() ? "" : results.error().message));
  return *results;
}

// What `check` renders with: the ids worded by the built-in vocabulary.
moacheck::RenderOptions Worded() {
  moacheck::RenderOptions options;
  options.vocabulary = moacheck::testing::BuiltInContext().rulebook_inputs().vocabulary;
  return options;
}

// The samples plus one path that does not exist (an error record).
const std::vector<CheckResult>& SampleResults() {
  static const std::vector<CheckResult> results = [] {
    std::vector<std::string> paths;
    for (const std::string& name : kSamples) paths.push_back(moacheck::testing::SamplePdf(name));
    paths.push_back((moacheck::testing::BinaryDir() / "no-such-agreement.pdf").string());
    return Check(paths);
  }();
  return results;
}

std::vector<CheckResult> CorpusResults() {
  fs::path dir = moacheck::testing::CorpusDir();
  std::vector<std::string> paths;
  for (const std::string& name : kCorpus) paths.push_back((dir / (name + ".pdf")).string());
  return Check(paths);
}

int Problems(const CheckResult& result) {
  int count = 0;
  for (const auto& finding : result.findings) {
    count += finding.outcome == Outcome::kFail || finding.outcome == Outcome::kMissing;
  }
  return count;
}

void CheckJson(const std::vector<CheckResult>& results) {
  for (const CheckResult& result : results) {
    json record = moacheck::CheckResultToJson(result);
    const std::string& file = result.file;
    BOOST_TEST_CONTEXT(file) {
      BOOST_TEST(record["schema_version"] == 1);
      BOOST_TEST(record["file"] == file);
      BOOST_TEST(record["status"] == (result.ok ? "ok" : "error"));
      BOOST_TEST(record["tool"]["name"] == "moacheck");
      BOOST_TEST(record["ocr_pages"].is_array());
      BOOST_TEST(record["outline"].is_array());
      BOOST_TEST(record["findings"].size() == result.findings.size());
      if (!result.ok) {
        BOOST_TEST(record["error"]["kind"].is_string());
        BOOST_TEST(!record["error"]["message"].get<std::string>().empty());
        BOOST_TEST(record["facts"].is_null());
        continue;
      }
      BOOST_TEST(record["error"].is_null());
      BOOST_TEST(record["sha256"].get<std::string>().size() == 64u);
      BOOST_TEST(record["pages"].get<int>() > 0);
      BOOST_TEST(record["facts"].is_object());
      BOOST_TEST(record["facts"].contains("authorities"));
      BOOST_TEST(!record["outline"].empty());
      BOOST_TEST(!record["rulebooks"].empty());
      int counted = 0;
      for (const json& finding : record["findings"]) {
        for (const char* key : {"rule", "severity", "status", "message", "source"}) {
          BOOST_TEST(finding[key].is_string(),
                     file << " finding " << finding["rule"] << " " << key);
        }
        BOOST_TEST(finding["evidence"].is_array());
        for (const json& evidence : finding["evidence"]) {
          BOOST_TEST(evidence["page"].get<int>() >= 1);
          BOOST_TEST(evidence["quote"].is_string());
        }
        std::string status = finding["status"];
        counted += status == "fail" || status == "missing";
      }
      const json& summary = record["summary"];
      int total =
          summary["error"].get<int>() + summary["warning"].get<int>() + summary["info"].get<int>();
      BOOST_TEST(total == counted);
      BOOST_TEST(total == Problems(result));
    }
  }
}

void CheckSchema(const std::vector<CheckResult>& results, const std::string& name) {
  fs::path jsonl = moacheck::testing::BinaryDir() / ("report_formats_" + name + ".jsonl");
  std::ofstream(jsonl) << moacheck::RenderReport(results, ReportFormat::kJsonl);
  // Debian's interpreter, where scripts/setup.sh installs python3-jsonschema;
  // another python3 on PATH may lack the module and would only skip.
  std::string python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3 " : "python3 ";
  std::string command =
      python + (moacheck::testing::SourceDir() / "tests/report_schema_check.py").string() + " " +
      (moacheck::testing::SourceDir() / "docs/report.schema.json").string() + " " + jsonl.string() +
      " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  BOOST_REQUIRE(pipe != nullptr);
  std::string output;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = pclose(pipe);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 77) {
    BOOST_TEST_MESSAGE("skipping schema validation: " << output);
    return;
  }
  BOOST_TEST(code == 0, "schema check of " << jsonl << ":\n" << output);
}

void CheckCsv(const std::vector<CheckResult>& results) {
  auto rows = moacheck::testing::ParseCsv(moacheck::RenderReport(results, ReportFormat::kCsv));
  BOOST_REQUIRE(!rows.empty());
  BOOST_TEST(rows[0] == (std::vector<std::string>{"file", "sha256", "status", "rule", "severity",
                                                  "outcome", "page", "section", "message"}),
             boost::test_tools::per_element());
  std::size_t expected = 0;
  std::map<std::string, int> rows_per_file;
  for (const CheckResult& result : results) expected += result.ok ? result.findings.size() : 1;
  BOOST_TEST(rows.size() - 1 == expected);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    BOOST_TEST_REQUIRE(rows[i].size() == 9u,
                       "CSV row " << i << " has " << rows[i].size() << " fields");
    ++rows_per_file[rows[i][0]];
    if (rows[i][2] == "error") {
      BOOST_TEST(rows[i][3].empty());
      BOOST_TEST(!rows[i][8].empty());
    } else {
      BOOST_TEST(rows[i][2] == "ok");
      BOOST_TEST(!rows[i][3].empty());
      std::set<std::string> outcomes = {"pass", "fail", "missing", "not-applicable"};
      BOOST_TEST(outcomes.count(rows[i][5]) == 1u, "row " << i << " outcome " << rows[i][5]);
    }
  }
  for (const CheckResult& result : results)
    BOOST_TEST(rows_per_file[result.file] >= 1, result.file);
}

void CheckSarif(const std::vector<CheckResult>& results) {
  json log = json::parse(moacheck::RenderReport(results, ReportFormat::kSarif));
  BOOST_TEST(log["version"] == "2.1.0");
  BOOST_REQUIRE(log["runs"].is_array() && log["runs"].size() == 1u);
  const json& run = log["runs"][0];
  const json& driver = run["tool"]["driver"];
  BOOST_TEST(driver["name"] == "moacheck");
  BOOST_TEST(driver["version"].is_string());
  BOOST_REQUIRE(driver["rules"].is_array());
  std::set<std::string> rule_ids;
  for (const json& rule : driver["rules"]) rule_ids.insert(rule["id"].get<std::string>());
  std::size_t problems = 0;
  bool any_unreadable = false;
  for (const CheckResult& result : results) {
    problems += Problems(result);
    any_unreadable |= !result.ok;
  }
  BOOST_TEST(run["results"].size() == problems);
  for (const json& item : run["results"]) {
    std::string rule = item["ruleId"];
    BOOST_TEST_CONTEXT(rule) {
      BOOST_TEST(rule_ids.count(rule) == 1u);
      BOOST_TEST(driver["rules"][item["ruleIndex"].get<int>()]["id"] == rule);
      std::set<std::string> levels = {"error", "warning", "note"};
      BOOST_TEST(levels.count(item["level"].get<std::string>()) == 1u);
      BOOST_TEST(!item["message"]["text"].get<std::string>().empty());
      const json& physical = item["locations"][0]["physicalLocation"];
      BOOST_TEST(!physical["artifactLocation"]["uri"].get<std::string>().empty());
      BOOST_TEST(physical["region"]["startLine"].get<int>() >= 1);
      BOOST_TEST(physical["region"]["snippet"]["text"].is_string());
      BOOST_TEST(item["properties"]["page"].is_number_integer());
      if (item["locations"][0].contains("logicalLocations")) {
        BOOST_TEST(item["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].is_string());
      }
    }
  }
  BOOST_TEST(run["invocations"][0]["executionSuccessful"] == !any_unreadable);
  BOOST_TEST(run["invocations"][0]["toolExecutionNotifications"].size() ==
             static_cast<std::size_t>(std::count_if(results.begin(), results.end(),
                                                    [](const CheckResult& r) { return !r.ok; })));
}

void CheckMarkdown(const std::vector<CheckResult>& results) {
  for (const CheckResult& result : results) {
    std::string markdown = moacheck::RenderReport({result}, ReportFormat::kMarkdown, Worded());
    BOOST_TEST_CONTEXT(result.file) {
      if (!result.ok) {
        BOOST_TEST(markdown.find("could not be read") != std::string::npos);
        continue;
      }
      for (const char* heading :
           {"## In plain words", "### What it lets local officers do", "### Key numbers",
            "### The most serious problems", "## All findings", "## Findings in detail",
            "<summary>Facts read from the agreement</summary>",
            "<summary>Section outline</summary>"}) {
        BOOST_TEST(markdown.find(heading) != std::string::npos, "heading " << heading);
      }
      BOOST_TEST(markdown.find(result.sha256) != std::string::npos);
      // One card per failing or missing finding, headed "### N. Fails: ..." or "### N. Missing:
      // ...".
      int cards = 0;
      for (std::size_t at = markdown.find("\n### "); at != std::string::npos;
           at = markdown.find("\n### ", at + 1)) {
        std::string heading = markdown.substr(at + 5, markdown.find('\n', at + 1) - at - 5);
        cards += heading.find(". Fails: ") != std::string::npos ||
                 heading.find(". Missing: ") != std::string::npos;
      }
      BOOST_TEST(cards == Problems(result));
    }
  }
}

void CheckHtml(const std::vector<CheckResult>& results) {
  std::string html = moacheck::RenderReport(results, ReportFormat::kHtml, Worded());
  BOOST_TEST(html.rfind("<!DOCTYPE html>", 0) == 0u);
  BOOST_TEST(html.find("@media print") != std::string::npos);
  // Self-contained: nothing is fetched from the network.
  BOOST_TEST(html.find("src=\"http") == std::string::npos);
  BOOST_TEST(html.find("<link") == std::string::npos);
  std::size_t problems = 0;
  for (const CheckResult& result : results) problems += Problems(result);
  std::size_t cards = 0;
  for (const char* kind :
       {"<div class=\"card error\"", "<div class=\"card warning\"", "<div class=\"card info\""}) {
    for (std::size_t at = html.find(kind); at != std::string::npos; at = html.find(kind, at + 1))
      ++cards;
  }
  BOOST_TEST(cards == problems);
}

void CheckText(const std::vector<CheckResult>& results) {
  std::string text = moacheck::RenderReport(results, ReportFormat::kText, Worded());
  for (const CheckResult& result : results) {
    BOOST_TEST(text.find(result.file) != std::string::npos);
    for (const auto& finding : result.findings) {
      bool problem = finding.outcome == Outcome::kFail || finding.outcome == Outcome::kMissing;
      if (problem)
        BOOST_TEST(text.find(finding.rule) != std::string::npos,
                   result.file << " " << finding.rule);
    }
  }
  BOOST_TEST(text.find("\033[") == std::string::npos);  // no color unless asked
}

void CheckAllFormats(const std::vector<CheckResult>& results, const std::string& name) {
  CheckJson(results);
  CheckSchema(results, name);
  CheckCsv(results);
  CheckSarif(results);
  CheckMarkdown(results);
  CheckHtml(results);
  CheckText(results);
}

}  // namespace

BOOST_AUTO_TEST_CASE(samples_in_every_format) {
  const auto& results = SampleResults();
  BOOST_TEST_REQUIRE(results.size() == kSamples.size() + 1);
  BOOST_TEST(!results.back().ok);
  BOOST_TEST(moacheck::ErrorKindName(results.back().error.kind) == std::string("io"));
  for (std::size_t i = 0; i < kSamples.size(); ++i) {
    BOOST_TEST(results[i].ok, kSamples[i] << ": " << results[i].error.message);
  }
  CheckAllFormats(results, "samples");
}

BOOST_AUTO_TEST_CASE(corpus_agreements_in_every_format, MOACHECK_NEEDS_CORPUS) {
  auto results = CorpusResults();
  for (const CheckResult& result : results)
    BOOST_TEST(result.ok, result.file << ": " << result.error.message);
  CheckAllFormats(results, "corpus");
}

// What a council member reads first about the task-force sample: what
// officers may do, the key numbers, and what the agreement leaves out.
BOOST_AUTO_TEST_CASE(task_force_markdown_says_what_officers_may_do_and_what_is_missing) {
  const CheckResult& result = SampleResults()[2];
  BOOST_REQUIRE(result.file.find("task-force-2025") != std::string::npos);
  std::string markdown = moacheck::RenderReport({result}, ReportFormat::kMarkdown, Worded());
  for (const char* text :
       {"Task Force Model: officers enforce immigration law in the field",
        "arrest people without a warrant on suspicion of being in the U.S. unlawfully",
        "issue immigration detainers",
        "| Notice needed to end the agreement | 90 days' written notice |",
        "| How long each officer's immigration authority lasts | 2 years, then it must be renewed "
        "|",
        "**Not found in the agreement:**",
        "a steering committee that reviews how the program is run", "1. **Serious problem: "}) {
    BOOST_TEST(markdown.find(text) != std::string::npos,
               "task-force-2025 Markdown lacks: " << text);
  }
  // Links open the PDF at the cited page.
  BOOST_TEST(markdown.find("task-force-2025.pdf#page=") != std::string::npos);
}

// The powers list is worded by the vocabulary the run reads: a legal editor
// rewording an authority in a vocabulary directory changes the report.
BOOST_AUTO_TEST_CASE(markdown_powers_are_worded_by_the_vocabulary_directory) {
  const std::string kShipped =
      "arrest people without a warrant on suspicion of being in the U.S. unlawfully";
  const std::string kEdited = "arrest people without a warrant (edited wording)";
  fs::path dir = moacheck::testing::BinaryDir() / "report_reworded_vocabulary";
  fs::remove_all(dir);
  fs::copy(moacheck::testing::SourceDir() / "rules" / "vocabulary", dir);
  std::string authorities = moacheck::testing::ReadFile(dir / "authorities.yaml");
  std::size_t at = authorities.find(kShipped);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "authorities.yaml lacks: " << kShipped);
  authorities.replace(at, kShipped.size(), kEdited);
  std::ofstream(dir / "authorities.yaml", std::ios::trunc) << authorities;

  moacheck::CheckOptions options = Options();
  options.vocabulary_dir = dir.string();
  auto context = moacheck::LoadCheckContext(options);
  BOOST_REQUIRE_MESSAGE(context.ok(), (context.ok() ? "" : context.error().message));
  options.context = *context;
  auto results =
      moacheck::CheckFiles({moacheck::testing::SamplePdf("task-force-2025").string()}, options, 1);
  BOOST_REQUIRE(results.ok());
  moacheck::RenderOptions render;
  render.vocabulary = (*context)->rulebook_inputs().vocabulary;
  std::string markdown = moacheck::RenderReport(*results, ReportFormat::kMarkdown, render);
  BOOST_TEST(markdown.find("- " + kEdited + " (") != std::string::npos,
             "task-force-2025 Markdown lacks the edited power: " << kEdited);
  BOOST_TEST(markdown.find(kShipped) == std::string::npos,
             "task-force-2025 Markdown still has the shipped wording: " << kShipped);
  fs::remove_all(dir);
}

// Without a vocabulary each id stands for itself.
BOOST_AUTO_TEST_CASE(markdown_without_a_vocabulary_names_ids) {
  const CheckResult& result = SampleResults()[2];
  BOOST_REQUIRE(result.file.find("task-force-2025") != std::string::npos);
  std::string markdown = moacheck::RenderReport({result}, ReportFormat::kMarkdown);
  for (const char* text :
       {"**Type of program.** task-force.",
        "exercise the immigration power \"arrest-without-warrant\"", "- steering-committee"}) {
    BOOST_TEST(markdown.find(text) != std::string::npos,
               "task-force-2025 Markdown without a vocabulary lacks: " << text);
  }
}

// A quote holding markup stays text in HTML and Markdown.
BOOST_AUTO_TEST_CASE(hostile_quote_is_escaped) {
  fs::path text = moacheck::testing::BinaryDir() / "report_hostile_quote.txt";
  std::ofstream(text)
      << "MEMORANDUM OF AGREEMENT\n\nI. PURPOSE\n\n"
         "Detainers are mandatory <script>alert('x')</script> | **bold** [link](http://x)\n";
  auto results = Check({text.string()});
  BOOST_REQUIRE(results[0].ok);
  bool quoted = false;
  for (const auto& finding : results[0].findings) {
    for (const auto& evidence : finding.evidence)
      quoted |= evidence.quote.find("<script>") != std::string::npos;
  }
  BOOST_REQUIRE_MESSAGE(quoted,
                        "the example pack's forbidden-phrase rule should quote the hostile line");
  std::string html = moacheck::RenderReport(results, ReportFormat::kHtml, Worded());
  BOOST_TEST(html.find("<script>alert") == std::string::npos);
  BOOST_TEST(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  std::string markdown = moacheck::RenderReport(results, ReportFormat::kMarkdown, Worded());
  BOOST_TEST(markdown.find("<script>") == std::string::npos);
  BOOST_TEST(markdown.find("&lt;script&gt;") != std::string::npos);
  BOOST_TEST(markdown.find("\\*\\*bold\\*\\* \\[link\\]") != std::string::npos);
  BOOST_TEST(markdown.find("\\| ") != std::string::npos);
}
