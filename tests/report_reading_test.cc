// Every format says when pages were not read: a PDF whose every page is a
// scan, read with --ocr never, is a `no-text` error record (never a checked
// agreement); a PDF with one scanned page gives "unknown" findings instead of
// "missing" ones, and the human reports open with a banner naming the page
// and the rerun command. Runs the moacheck binary as a user would.
#define BOOST_TEST_MODULE report_reading
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::NonEmptyLines;
using moacheck::testing::ParseCsv;
using moacheck::testing::ReadFile;
using moacheck::testing::RunMoacheck;
using moacheck::testing::SamplePdf;
using nlohmann::json;

namespace {

std::string Scanned() { return SamplePdf("task-force-2025-scanned").string(); }

moacheck::testing::CommandResult Check(const std::string& pdf, const std::string& format) {
  return RunMoacheck({"check", pdf, "--ocr", "never", "--format", format});
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Page 1 of the digital sample, then page 2 of its scan: page 2 has no text.
struct OneScannedPage : moacheck::testing::SamplePagesPdf {
  OneScannedPage()
      : SamplePagesPdf("report-reading", {{"task-force-2025", 1}, {"task-force-2025-scanned", 2}}) {
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(a_scan_without_ocr_is_a_no_text_error_in_json) {
  auto run = Check(Scanned(), "json");
  BOOST_TEST(run.exit_code == 2, run.err);  // an input that could not be read
  json record = json::parse(run.out);
  BOOST_TEST(record["status"] == "error");
  BOOST_TEST(record["error"]["kind"] == "no-text");
  std::string message = record["error"]["message"];
  BOOST_TEST(Has(message, "--ocr auto"), message);
  BOOST_TEST(Has(message, "pages 1-"), message);
  BOOST_TEST(record["facts"].is_null());  // unknown, not false
  BOOST_TEST(record["findings"].empty());
  BOOST_TEST(record["pages"].get<int>() > 1);
  BOOST_TEST(record["unread_pages"].size() == record["pages"].get<std::size_t>());
  for (const json& page : record["page_text"]) {
    BOOST_TEST(page["source"] == "none");
    BOOST_TEST(page["reading"] == "not-read");
  }
}

BOOST_AUTO_TEST_CASE(a_scan_without_ocr_is_a_no_text_error_in_every_format) {
  auto csv = Check(Scanned(), "csv");
  BOOST_TEST(csv.exit_code == 2);
  auto rows = ParseCsv(csv.out);
  BOOST_REQUIRE_EQUAL(rows.size(), 2u);  // the header and one row
  BOOST_TEST(rows[1][2] == "error");
  BOOST_TEST(rows[1][5] == "");
  BOOST_TEST(rows[1][8].rfind("no-text: ", 0) == 0u, rows[1][8]);

  json sarif = json::parse(Check(Scanned(), "sarif").out);
  const json& run = sarif["runs"][0];
  BOOST_TEST(run["results"].empty());
  BOOST_TEST(run["invocations"][0]["toolExecutionNotifications"][0]["properties"]["kind"] ==
             "no-text");

  for (const char* format : {"text", "md", "html"}) {
    auto report = Check(Scanned(), format);
    BOOST_TEST(report.exit_code == 2, format);
    BOOST_TEST(Has(report.out, "could not be read"), format << ":\n" << report.out);
    BOOST_TEST(Has(report.out, "no-text"), format);
    BOOST_TEST(!Has(report.out, "Missing"), format);
  }

  auto facts = RunMoacheck({"facts", Scanned(), "--ocr", "never", "--format", "json"});
  BOOST_TEST(facts.exit_code == 2);
  BOOST_TEST(facts.out.empty(), facts.out);
  BOOST_TEST(Has(facts.err, "no usable text"), facts.err);
}

BOOST_AUTO_TEST_CASE(a_scan_read_by_ocr_is_checked) {
  auto run = RunMoacheck({"check", Scanned(), "--format", "json", "--fail-on", "never"});
  BOOST_TEST(run.exit_code == 0, run.err);
  json record = json::parse(run.out);
  BOOST_TEST(record["status"] == "ok");
  BOOST_TEST(record["unread_pages"].empty());
  BOOST_TEST(record["page_text"][0]["source"] == "ocr");
}

BOOST_AUTO_TEST_CASE(a_page_not_read_gives_unknown_not_missing_in_json, MOACHECK_NEEDS_QPDF) {
  OneScannedPage mixed;
  auto run = Check(mixed.pdf.string(), "json");
  json record = json::parse(run.out);
  BOOST_TEST(record["status"] == "ok");
  BOOST_TEST(record["unread_pages"] == json::array({2}));
  BOOST_TEST(record["page_text"][0]["source"] == "text-layer");
  BOOST_TEST(record["page_text"][1]["source"] == "none");
  int unknown = 0;
  for (const json& finding : record["findings"]) {
    std::string status = finding["status"];
    BOOST_TEST(status != "missing", finding["rule"] << ": " << finding["message"]);
    if (status == "unknown") {
      ++unknown;
      std::string message = finding["message"];
      BOOST_TEST(Has(message, "page 2 had no text"), message);
    }
  }
  BOOST_TEST(unknown > 0);
  BOOST_TEST(record["summary"]["unknown"].get<int>() == unknown);
  // Not known is not a failure: --fail-on counts only fail and missing.
  BOOST_TEST(run.exit_code == (record["summary"]["error"].get<int>() > 0 ? 1 : 0));
}

BOOST_AUTO_TEST_CASE(a_page_not_read_gives_unknown_in_every_format, MOACHECK_NEEDS_QPDF) {
  OneScannedPage mixed;
  std::string pdf = mixed.pdf.string();
  std::string rerun = "moacheck check " + pdf + " --ocr auto";

  auto rows = ParseCsv(Check(pdf, "csv").out);
  int unknown_rows = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    BOOST_TEST(rows[i][5] != "missing", rows[i][3]);
    unknown_rows += rows[i][5] == "unknown";
  }
  BOOST_TEST(unknown_rows > 0);

  json sarif = json::parse(Check(pdf, "sarif").out);
  int reviews = 0;
  for (const json& result : sarif["runs"][0]["results"]) {
    if (result["properties"]["outcome"] != "unknown") continue;
    ++reviews;
    BOOST_TEST(result["kind"] == "review");
    BOOST_TEST(result["level"] == "none");
  }
  BOOST_TEST(reviews == unknown_rows);

  std::string text = Check(pdf, "text").out;
  BOOST_TEST(Has(text, "UNKNOWN"), text);
  BOOST_TEST(Has(text, "Page 2 had no usable text"), text);
  BOOST_TEST(Has(text, rerun), text);
  BOOST_TEST(!Has(text, "MISSING"), text);

  std::string md = Check(pdf, "md").out;
  BOOST_TEST(Has(md, "**Warning: not every page was read well.**"), md);
  BOOST_TEST(Has(md, "Not known"), md);
  BOOST_TEST(Has(md, "Not found in the pages read"), md);

  std::string html = Check(pdf, "html").out;
  std::size_t banner = html.find("<div class=\"banner\"");
  BOOST_TEST_REQUIRE(banner != std::string::npos);
  BOOST_TEST(banner < html.find("id=\"summary\""));  // at the top
  BOOST_TEST(Has(html, "class=\"badge unknown\""));
  BOOST_TEST(Has(html, rerun), html.substr(banner, 800));
}

BOOST_AUTO_TEST_CASE(the_dashboard_counts_no_text_as_unreadable) {
  fs::path dir =
      fs::temp_directory_path() / ("moacheck-report-reading-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  fs::copy_file(Scanned(), dir / "in" / "scan.pdf");
  fs::copy_file(SamplePdf("task-force-2025"), dir / "in" / "digital.pdf");
  fs::path jsonl = dir / "run.jsonl";
  fs::path dashboard = dir / "summary.html";
  auto run = RunMoacheck({"check", (dir / "in").string(), "--ocr", "never", "--format", "jsonl",
                          "-o", jsonl.string(), "--summary", dashboard.string()});
  BOOST_TEST(run.exit_code == 2, run.err);
  BOOST_TEST(NonEmptyLines(ReadFile(jsonl)).size() == 2u);
  std::string html = ReadFile(dashboard);
  BOOST_TEST(Has(html, "<dt>Could not be read</dt><dd>1</dd>"), html);
  BOOST_TEST(Has(html, "<td>no-text</td><td class=\"num\">1</td>"));
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(no_text_and_unknown_records_match_the_schema, MOACHECK_NEEDS_QPDF) {
  OneScannedPage mixed;
  fs::path jsonl = mixed.folder / "records.jsonl";
  std::ofstream(jsonl) << Check(mixed.pdf.string(), "jsonl").out << Check(Scanned(), "jsonl").out;
  std::string python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3 " : "python3 ";
  std::string command =
      python + (moacheck::testing::SourceDir() / "tests/report_schema_check.py").string() + " " +
      (moacheck::testing::SourceDir() / "docs/report.schema.json").string() + " " + jsonl.string() +
      " >/dev/null 2>&1";
  int status = std::system(command.c_str());
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 77) return;  // python3-jsonschema missing: report_formats_test says so
  BOOST_TEST(code == 0, "schema check of " << jsonl << " failed: " << command);
}
