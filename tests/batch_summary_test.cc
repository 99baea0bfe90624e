// check --summary (issue 9): the archive dashboard counts every document of
// the run, including those an earlier run recorded (--resume), links each
// to its own report, and escapes what comes from files; a resumed run's
// exit status covers the earlier records too.
#define BOOST_TEST_MODULE batch_summary
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::BinaryDir;
using moacheck::testing::NonEmptyLines;
using moacheck::testing::ReadFile;
using moacheck::testing::RunMoacheck;
using moacheck::testing::SamplePdf;
using nlohmann::json;

namespace {

// Three models, two states, and a file that is not a PDF.
const std::vector<std::string> kSamples = {"warrant-service-officer-2025", "task-force-2025",
                                           "jail-enforcement-72h-hold", "jail-enforcement-2020"};

fs::path FreshDir(const std::string& name) {
  fs::path dir = BinaryDir() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<json> Records(const fs::path& jsonl) {
  std::vector<json> records;
  for (const std::string& line : NonEmptyLines(ReadFile(jsonl)))
    records.push_back(json::parse(line));
  return records;
}

// The dashboard's "By model" / "By state" rows: key -> documents.
std::map<std::string, int> GroupCounts(const std::string& html, const std::string& heading) {
  std::map<std::string, int> counts;
  std::size_t start = html.find("<h2>" + heading + "</h2>");
  std::size_t end = html.find("</table>", start);
  if (start == std::string::npos || end == std::string::npos) return counts;
  std::string table = html.substr(start, end - start);
  std::regex row(R"re(<tr><td>([^<]*)</td><td class="num">(\d+)</td>)re");
  for (auto it = std::sregex_iterator(table.begin(), table.end(), row);
       it != std::sregex_iterator(); ++it) {
    counts[(*it)[1]] = std::stoi((*it)[2]);
  }
  return counts;
}

// The hrefs of the documents table.
std::vector<std::string> DocumentLinks(const std::string& html) {
  std::vector<std::string> links;
  std::size_t start = html.find("id=\"documents\"");
  std::size_t end = html.find("</table>", start);
  std::string table = html.substr(start, end - start);
  std::regex link(R"re(<a href="([^"]*)">)re");
  for (auto it = std::sregex_iterator(table.begin(), table.end(), link);
       it != std::sregex_iterator(); ++it) {
    links.push_back((*it)[1]);
  }
  return links;
}

int DocumentRows(const std::string& html) {
  std::size_t start = html.find("id=\"documents\"");
  std::size_t end = html.find("</table>", start);
  std::string table = html.substr(start, end - start);
  int rows = 0;
  for (std::size_t at = table.find("<tr"); at != std::string::npos; at = table.find("<tr", at + 1))
    ++rows;
  return rows - 1;  // the heading row
}

// Percent-decoding of the links (report names are plain; the folder may not be).
std::string Decode(const std::string& link) {
  std::string out;
  for (std::size_t i = 0; i < link.size(); ++i) {
    if (link[i] == '%' && i + 2 < link.size()) {
      out += static_cast<char>(std::stoi(link.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += link[i];
    }
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(dashboard_counts_every_document_and_links_its_report) {
  fs::path dir = FreshDir("summary_test_archive");
  for (const std::string& sample : kSamples)
    fs::copy_file(SamplePdf(sample), dir / (sample + ".pdf"));
  std::ofstream(dir / "random.pdf", std::ios::binary) << std::string(3000, '\xa7');
  fs::path out_dir = FreshDir("summary_test_out");
  fs::path jsonl = out_dir / "run.jsonl";
  fs::path dashboard = out_dir / "dash board.html";  // a space: links must be encoded
  auto run =
      RunMoacheck({"check", "--ocr", "never", "--format", "jsonl", "--jobs", "2", "--fail-on",
                   "never", dir.string(), "-o", jsonl.string(), "--summary", dashboard.string()});
  BOOST_TEST(run.signal == 0);
  BOOST_TEST(run.exit_code == 2, run.err);  // random.pdf could not be read
  std::string html = ReadFile(dashboard);
  std::vector<json> records = Records(jsonl);
  BOOST_REQUIRE(records.size() == kSamples.size() + 1);
  BOOST_TEST(DocumentRows(html) == static_cast<int>(records.size()));

  // The counts are the records' own.
  std::map<std::string, int> states, models;
  for (const json& record : records) {
    if (record["status"] != "ok") continue;
    states[record["facts"]["state"]["value"].get<std::string>()]++;
    BOOST_REQUIRE(record["facts"]["models"].size() == 1u);
  }
  BOOST_TEST(GroupCounts(html, "By state") == states);
  std::map<std::string, int> by_model = GroupCounts(html, "By model");
  BOOST_TEST(by_model["Jail Enforcement Model"] == 2);
  BOOST_TEST(by_model["Task Force Model"] == 1);
  BOOST_TEST(by_model["Warrant Service Officer Model"] == 1);
  BOOST_TEST(html.find("<td>not-pdf</td><td class=\"num\">1</td>") != std::string::npos);
  BOOST_TEST(html.find(">4 agreements checked<") == std::string::npos);
  BOOST_TEST(html.find(">5 agreements checked<") != std::string::npos);

  // Every readable document links to its own report, which is its HTML
  // report; the unreadable one (it has a hash) links to its error page.
  std::vector<std::string> links = DocumentLinks(html);
  BOOST_TEST(links.size() == records.size());
  for (const std::string& link : links) {
    BOOST_TEST(link.find(' ') == std::string::npos, link);
    fs::path report = out_dir / Decode(link);
    BOOST_TEST_REQUIRE(fs::exists(report), report);
    std::string page = ReadFile(report);
    BOOST_TEST(page.find("<!DOCTYPE html>") == 0u);
  }
  std::string task_force_report;
  for (const std::string& link : links)
    if (link.find("task-force-2025") != std::string::npos)
      task_force_report = ReadFile(out_dir / Decode(link));
  BOOST_TEST(task_force_report.find("Tarpon Ridge County Sheriff") != std::string::npos);
  // No temporary file is left beside the dashboard or the reports.
  for (const auto& entry : fs::recursive_directory_iterator(out_dir))
    BOOST_TEST(entry.path().string().find(".tmp-") == std::string::npos, entry.path());
}

BOOST_AUTO_TEST_CASE(resumed_run_counts_earlier_records_and_keeps_their_status) {
  for (std::string format : {"jsonl", "csv"}) {
    fs::path dir = FreshDir("summary_test_resume_" + format);
    fs::copy_file(SamplePdf(kSamples[0]), dir / "a.pdf");
    std::ofstream(dir / "broken.pdf", std::ios::binary) << "%PDF-1.7\n1 0 obj <<";
    fs::path out_dir = FreshDir("summary_test_resume_out_" + format);
    fs::path out = out_dir / ("run." + format);
    fs::path dashboard = out_dir / "summary.html";
    std::vector<std::string> args = {
        "check",      "--ocr", "never",      "--format", format,      "--fail-on",       "never",
        dir.string(), "-o",    out.string(), "--resume", "--summary", dashboard.string()};
    auto first = RunMoacheck(args);
    BOOST_TEST(first.exit_code == 2, format << ": " << first.err);

    // The archive grows by a good file; the broken one is already recorded.
    fs::copy_file(SamplePdf(kSamples[1]), dir / "b.pdf");
    auto second = RunMoacheck(args);
    BOOST_TEST(second.exit_code == 2,
               format << ": the earlier unreadable record still counts: " << second.err);
    std::string html = ReadFile(dashboard);
    BOOST_TEST(DocumentRows(html) == 3, format);
    BOOST_TEST(DocumentLinks(html).size() == 3u, format << ": earlier reports are linked");
    BOOST_TEST(html.find("could not be read: damaged") != std::string::npos, format);
    if (format == "csv") {
      BOOST_TEST(html.find("resumed from a CSV report") != std::string::npos);
    } else {
      BOOST_TEST(GroupCounts(html, "By model")["Warrant Service Officer Model"] == 1);
      BOOST_TEST(GroupCounts(html, "By model")["Task Force Model"] == 1);
    }
  }
}

BOOST_AUTO_TEST_CASE(file_names_are_escaped_in_the_dashboard) {
  fs::path dir = FreshDir("summary_test_hostile");
  fs::path hostile = dir / "<script>alert('x')<\\script> & \"co\".pdf";
  fs::copy_file(SamplePdf(kSamples[1]), hostile);
  fs::path dashboard = BinaryDir() / "summary_test_hostile.html";
  auto run = RunMoacheck({"check", "--ocr", "never", "--format", "json", "--fail-on", "never",
                          hostile.string(), "--summary", dashboard.string(), "-o", "/dev/null"});
  BOOST_TEST(run.exit_code == 0, run.err);
  std::string html = ReadFile(dashboard);
  BOOST_TEST(html.find("<script>alert") == std::string::npos);
  BOOST_TEST(html.find("&lt;script&gt;alert(&#39;x&#39;)") != std::string::npos);
  BOOST_TEST(DocumentRows(html) == 1);
}
