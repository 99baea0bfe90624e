// `moacheck check` end to end (spec/cli.md): exit status by --fail-on, one
// record per input file including unreadable ones, directories, --state,
// -o and usage errors.
#define BOOST_TEST_MODULE check_cli
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::BinaryDir;
using moacheck::testing::RunMoacheck;
using moacheck::testing::SamplePdf;
using nlohmann::json;

namespace {

std::vector<json> JsonLines(const std::string& text) {
  std::vector<json> records;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) records.push_back(json::parse(line));
  }
  return records;
}

// An override file (the engine's local-policy mechanism) that switches off
// the example pack's error rules the task-force sample fails, leaving its
// warning ("no task force") and its info finding.
fs::path OverrideWithoutErrors(bool also_without_warning) {
  fs::path path = BinaryDir() /
                  (also_without_warning ? "check_cli_only_info.yaml" : "check_cli_no_errors.yaml");
  std::ofstream out(path);
  out << "overrides:\n"
         "  - rule: example-hold-limit\n    disable: true\n"
         "  - rule: example-judicial-warrant-for-holds\n    disable: true\n";
  if (also_without_warning) out << "  - rule: example-no-task-force\n    disable: true\n";
  return path;
}

int ExitFor(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"check", "--rules",  "example", "--ocr",
                                   "never", "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.push_back(SamplePdf("task-force-2025").string());
  auto run = RunMoacheck(args);
  BOOST_TEST(run.signal == 0);
  return run.exit_code;
}

}  // namespace

BOOST_AUTO_TEST_CASE(exit_status_follows_fail_on) {
  std::string no_errors = OverrideWithoutErrors(false).string();
  std::string only_info = OverrideWithoutErrors(true).string();
  // The example pack finds errors in the task-force sample.
  BOOST_TEST(ExitFor({}) == 1);
  BOOST_TEST(ExitFor({"--fail-on", "never"}) == 0);
  // Without its error rules a warning and a note remain.
  BOOST_TEST(ExitFor({"--override", no_errors}) == 0);
  BOOST_TEST(ExitFor({"--override", no_errors, "--fail-on", "warning"}) == 1);
  BOOST_TEST(ExitFor({"--override", only_info, "--fail-on", "warning"}) == 0);
  BOOST_TEST(ExitFor({"--override", only_info, "--fail-on", "info"}) == 1);
}

BOOST_AUTO_TEST_CASE(one_record_per_input_including_unreadable) {
  fs::path not_pdf = BinaryDir() / "check_cli_not_a.pdf";
  std::ofstream(not_pdf, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0", 11);
  std::string missing = (BinaryDir() / "check_cli_missing.pdf").string();
  auto run = RunMoacheck({"check", "--rules", "example", "--ocr", "never", "--sort", "--format",
                          "jsonl", SamplePdf("warrant-service-officer-2025").string(), missing,
                          not_pdf.string(), SamplePdf("jail-enforcement-72h-hold").string()});
  BOOST_TEST(run.exit_code == 2);  // any unreadable input
  auto records = JsonLines(run.out);
  BOOST_REQUIRE(records.size() == 4u);
  BOOST_TEST(records[0]["status"] == "ok");
  BOOST_TEST(records[1]["status"] == "error");
  BOOST_TEST(records[1]["file"] == missing);
  BOOST_TEST(records[1]["error"]["kind"] == "io");
  BOOST_TEST(records[2]["status"] == "error");
  BOOST_TEST(records[2]["error"]["kind"] != "io");
  BOOST_TEST(records[2]["sha256"].get<std::string>().size() == 64u);  // bytes were readable
  BOOST_TEST(records[3]["status"] == "ok");
  BOOST_TEST(run.err.find(missing) != std::string::npos);  // each failure named on stderr

  // CSV: one error row for each unreadable file, one row per rule for the others.
  auto csv = RunMoacheck({"check", "--rules", "example", "--ocr", "never", "--format", "csv",
                          SamplePdf("warrant-service-officer-2025").string(), missing});
  BOOST_TEST(csv.exit_code == 2);
  std::size_t rules = records[0]["findings"].size();
  std::size_t rows = std::count(csv.out.begin(), csv.out.end(), '\n');
  BOOST_TEST(rows == 1 + rules + 1);
}

BOOST_AUTO_TEST_CASE(directory_checks_every_pdf_and_recursive_descends) {
  fs::path root = BinaryDir() / "check_cli_tree";
  fs::remove_all(root);
  fs::create_directories(root / "nested");
  fs::copy_file(SamplePdf("task-force-2025"), root / "b.pdf");
  fs::copy_file(SamplePdf("warrant-service-officer-2025"), root / "A.PDF");
  fs::copy_file(SamplePdf("jail-enforcement-2020"), root / "nested" / "c.pdf");
  std::ofstream(root / "notes.txt") << "not an agreement\n";
  std::vector<std::string> base = {"check",    "--rules", "example",   "--ocr", "never",
                                   "--format", "jsonl",   "--fail-on", "never", "--sort"};

  auto args = base;
  args.push_back(root.string());
  auto flat = RunMoacheck(args);
  BOOST_TEST(flat.exit_code == 0);
  auto records = JsonLines(flat.out);
  BOOST_REQUIRE(records.size() == 2u);
  BOOST_TEST(records[0]["file"] == (root / "A.PDF").string());
  BOOST_TEST(records[1]["file"] == (root / "b.pdf").string());

  args.push_back("--recursive");
  auto deep = RunMoacheck(args);
  BOOST_TEST(JsonLines(deep.out).size() == 3u);

  fs::path empty = root / "empty";
  fs::create_directories(empty);
  auto none = RunMoacheck({"check", empty.string()});
  BOOST_TEST(none.exit_code == 2);
  BOOST_TEST(none.err.find("no PDF") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(state_flag_sets_the_state_and_output_file_is_written) {
  fs::path out = BinaryDir() / "check_cli_state.json";
  fs::remove(out);
  auto run = RunMoacheck({"check", "--rules", "example", "--ocr", "never", "--state", "tx",
                          "--format", "json", "-o", out.string(), "--fail-on", "never",
                          SamplePdf("task-force-2025").string()});
  BOOST_TEST(run.exit_code == 0);
  BOOST_TEST(run.out.empty());
  json record = json::parse(moacheck::testing::ReadFile(out));
  BOOST_TEST(record["facts"]["state"]["value"] == "TX");
  // The sample's agency is in Florida: the report says the flag replaced it.
  BOOST_TEST(record["warnings"].dump().find("--state") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
  std::string pdf = SamplePdf("task-force-2025").string();
  BOOST_TEST(RunMoacheck({"check", "--format", "pdf", pdf}).exit_code == 2);
  BOOST_TEST(RunMoacheck({"check", "--fail-on", "sometimes", pdf}).exit_code == 2);
  auto bad_state = RunMoacheck({"check", "--state", "Texas", pdf});
  BOOST_TEST(bad_state.exit_code == 2);
  BOOST_TEST(bad_state.err.find("two-letter") != std::string::npos);
  auto bad_rules = RunMoacheck({"check", "--rules", "no-such-pack", pdf});
  BOOST_TEST(bad_rules.exit_code == 2);
  BOOST_TEST(bad_rules.err.find("no-such-pack") != std::string::npos);
  BOOST_TEST(RunMoacheck({"check"}).exit_code == 2);
}
