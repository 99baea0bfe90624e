// `moacheck check` as a batch (issue 9): one record per input whatever the
// file holds, records equal to single-file runs, --sort, --jobs, --resume,
// and -o never leaving a temporary file behind.
#define BOOST_TEST_MODULE batch
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
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

const std::vector<std::string> kGood = {"warrant-service-officer-2025", "task-force-2025",
                                        "jail-enforcement-72h-hold"};

std::map<std::string, json> RecordsByFile(const std::string& text) {
  std::map<std::string, json> records;
  for (const std::string& line : NonEmptyLines(text)) {
    json record = json::parse(line);
    BOOST_TEST(records.count(record["file"]) == 0u, "two records for " << record["file"]);
    records[record["file"]] = record;
  }
  return records;
}

std::vector<std::string> Check(const fs::path& dir, std::vector<std::string> extra) {
  std::vector<std::string> args = {"check", "--ocr",     "never", "--format",
                                   "jsonl", "--fail-on", "never", dir.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

// A folder of good samples and bad files of every kind a crawl brings home.
struct Archive {
  fs::path dir;
  std::map<std::string, std::string> bad_kinds;  // file -> expected error kind

  explicit Archive(const std::string& name) : dir(BinaryDir() / name) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const std::string& sample : kGood)
      fs::copy_file(SamplePdf(sample), dir / (sample + ".pdf"));
    std::string pdf = ReadFile(SamplePdf("task-force-2025"));
    Write("truncated.pdf", pdf.substr(0, pdf.size() / 3), "damaged");
    std::string noise;
    std::srand(9);
    for (int i = 0; i < 4096; ++i) noise += static_cast<char>(0x80 | (std::rand() & 0x7f));
    Write("random.pdf", noise, "not-pdf");
    Write("empty.pdf", "", "");
    std::string qpdf = "qpdf --encrypt u o 256 -- " + SamplePdf("task-force-2025").string() + " " +
                       (dir / "encrypted.pdf").string() + " 2>/dev/null";
    if (std::system("command -v qpdf >/dev/null 2>&1") == 0 && std::system(qpdf.c_str()) == 0)
      bad_kinds[(dir / "encrypted.pdf").string()] = "encrypted";
    // Plain text under a .pdf name is read as text: a result, not an error.
    std::ofstream(dir / "notes.pdf") << "This is not an agreement.\n";
    // Bytes flipped (every 97th XOR 0xFF) from the middle to the end, which
    // breaks the cross-reference table, and in the middle third only, which
    // breaks content streams and objects poppler then reads: either may be a
    // result or an error, but each is one record.
    Write("flipped-tail.pdf", Flipped(pdf, pdf.size() / 2, pdf.size()), "");
    std::ofstream(dir / "flipped-middle.pdf", std::ios::binary)
        << Flipped(pdf, pdf.size() / 3, 2 * pdf.size() / 3);
  }
  static std::string Flipped(std::string bytes, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; i += 97) bytes[i] = static_cast<char>(bytes[i] ^ 0xFF);
    return bytes;
  }
  void Write(const std::string& name, const std::string& bytes, const std::string& kind) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    bad_kinds[(dir / name).string()] = kind;
  }
  std::size_t size() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(one_record_per_input_and_good_ones_as_single_runs) {
  Archive archive("batch_test_archive");
  fs::path out = BinaryDir() / "batch_test_out.jsonl";
  fs::remove(out);
  auto run = RunMoacheck(Check(archive.dir, {"--jobs", "2", "-o", out.string()}));
  BOOST_TEST(run.signal == 0);
  BOOST_TEST(run.exit_code == 2);  // some inputs are unreadable
  BOOST_TEST(run.out.empty());
  auto records = RecordsByFile(ReadFile(out));
  BOOST_TEST(records.size() == archive.size());
  for (const auto& [file, kind] : archive.bad_kinds) {
    BOOST_REQUIRE(records.count(file) == 1u);
    BOOST_TEST(records[file]["status"] == "error");
    if (!kind.empty()) BOOST_TEST(records[file]["error"]["kind"] == kind, file);
    BOOST_TEST(run.err.find(file) != std::string::npos);  // each failure named on stderr
  }
  for (const std::string& sample : kGood) {
    std::string file = (archive.dir / (sample + ".pdf")).string();
    auto single = RunMoacheck({"check", "--ocr", "never", "--format", "json", file});
    BOOST_TEST(records[file] == json::parse(single.out), sample);
  }
  // Nothing but the report is left beside it.
  for (const auto& entry : fs::directory_iterator(out.parent_path()))
    BOOST_TEST(entry.path().filename().string().find("batch_test_out.jsonl.tmp") != 0u);
}

BOOST_AUTO_TEST_CASE(output_to_a_device_is_written_in_place) {
  // -o /dev/null (as benchmarks use) must never be replaced by a rename.
  auto run = RunMoacheck({"check", "--ocr", "never", "--format", "csv", "--fail-on", "never", "-o",
                          "/dev/null", SamplePdf(kGood[0]).string()});
  BOOST_TEST(run.exit_code == 0, run.err);
  BOOST_TEST(fs::is_character_file("/dev/null"));
}

BOOST_AUTO_TEST_CASE(sort_gives_input_order_and_jobs_do_not_change_records) {
  Archive archive("batch_test_sorted");
  auto one = RunMoacheck(Check(archive.dir, {"--jobs", "1"}));
  auto two = RunMoacheck(Check(archive.dir, {"--jobs", "2"}));
  auto sorted = RunMoacheck(Check(archive.dir, {"--jobs", "2", "--sort"}));
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(archive.dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> order;
  for (const std::string& line : NonEmptyLines(sorted.out))
    order.push_back(json::parse(line)["file"]);
  BOOST_TEST(order == files, boost::test_tools::per_element());
  BOOST_TEST(NonEmptyLines(sorted.out) == NonEmptyLines(one.out), boost::test_tools::per_element());
  std::vector<std::string> any_order = NonEmptyLines(two.out), in_order = NonEmptyLines(one.out);
  std::sort(any_order.begin(), any_order.end());
  std::sort(in_order.begin(), in_order.end());
  BOOST_TEST(any_order == in_order, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(resume_skips_recorded_files_and_appends_the_rest) {
  for (std::string format : {"jsonl", "csv"}) {
    fs::path dir = BinaryDir() / "batch_test_resume";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(SamplePdf(kGood[0]), dir / "a.pdf");
    fs::path out = BinaryDir() / ("batch_test_resume." + format);
    fs::remove(out);
    std::vector<std::string> args = {"check", "--ocr",      "never",   "--format",
                                     format,  "--fail-on",  "never",   dir.string(),
                                     "-o",    out.string(), "--resume"};
    auto first = RunMoacheck(args);
    BOOST_TEST(first.exit_code == 0, format << ": " << first.err);
    std::string before = ReadFile(out);
    BOOST_TEST(!before.empty());

    // The archive grows, and an interrupted writer left part of a line.
    fs::copy_file(SamplePdf(kGood[1]), dir / "b.pdf");
    fs::copy_file(SamplePdf(kGood[0]), dir / "c-same-bytes-as-a.pdf");
    std::ofstream(out, std::ios::app) << "{\"file\": \"cut sho";
    auto second = RunMoacheck(args);
    BOOST_TEST(second.exit_code == 0, format << ": " << second.err);
    std::string after = ReadFile(out);
    BOOST_TEST(after.compare(0, before.size(), before) == 0, format << ": old records kept");
    std::string added = after.substr(before.size());
    BOOST_TEST(added.find((dir / "b.pdf").string()) != std::string::npos, format);
    BOOST_TEST(added.find("a.pdf") == std::string::npos, format << ": same SHA-256 skipped");
    BOOST_TEST(added.find("cut sho") == std::string::npos, format);
    BOOST_TEST(added.find("file,sha256") == std::string::npos, format << ": one header");

    auto third = RunMoacheck(args);
    BOOST_TEST(third.exit_code == 0);
    BOOST_TEST(ReadFile(out) == after, format << ": nothing left to do");
  }
}

BOOST_AUTO_TEST_CASE(resume_needs_an_output_file_and_sort_a_batch_format) {
  std::string sample = SamplePdf(kGood[0]).string();
  BOOST_TEST(RunMoacheck({"check", "--format", "jsonl", "--resume", sample}).exit_code == 2);
  BOOST_TEST(RunMoacheck({"check", "--format", "text", "--sort", sample}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(timeout_and_max_pages_are_error_records_of_their_kind) {
  Archive archive("batch_test_limits");
  // No document is read in a nanosecond: every file over the limit, none lost.
  auto timed = RunMoacheck(Check(archive.dir, {"--jobs", "2", "--timeout", "0.000000001"}));
  BOOST_TEST(timed.exit_code == 2);
  auto records = RecordsByFile(timed.out);
  BOOST_TEST(records.size() == archive.size());
  for (const std::string& sample : kGood) {
    json record = records[(archive.dir / (sample + ".pdf")).string()];
    BOOST_TEST(record["error"]["kind"] == "timeout", sample);
  }
  auto paged = RunMoacheck(Check(archive.dir, {"--max-pages", "1"}));
  records = RecordsByFile(paged.out);
  BOOST_TEST(records.size() == archive.size());
  for (const std::string& sample : kGood) {
    json record = records[(archive.dir / (sample + ".pdf")).string()];
    BOOST_TEST(record["error"]["kind"] == "too-large", sample);
  }
}

// Thousands of empty pages: over --max-pages (default 2000) a too-large
// record, under it a no-text record naming its pages, also under --ocr auto where blank pages must
// not each go through Tesseract. Every other file of the archive still gets its one record, the
// good ones exactly as single-file runs print them.
BOOST_AUTO_TEST_CASE(thousands_of_empty_pages_beside_good_and_broken_files) {
  Archive archive("batch_test_pages");
  std::string over = (archive.dir / "pages-3000.pdf").string();
  std::string under = (archive.dir / "pages-1500.pdf").string();
  std::ofstream(over, std::ios::binary) << moacheck::testing::EmptyPagesPdf(3000);
  std::ofstream(under, std::ios::binary) << moacheck::testing::EmptyPagesPdf(1500);
  for (std::string ocr : {"never", "auto"}) {
    BOOST_TEST_CONTEXT("--ocr " << ocr) {
      auto run = RunMoacheck({"check", "--ocr", ocr, "--format", "jsonl", "--fail-on", "never",
                              "--jobs", "2", archive.dir.string()});
      BOOST_TEST(run.signal == 0);
      BOOST_TEST(run.exit_code == 2, run.err);
      auto records = RecordsByFile(run.out);
      BOOST_TEST(records.size() == archive.size());
      BOOST_TEST(records[over]["status"] == "error");
      BOOST_TEST(records[over]["error"]["kind"] == "too-large");
      // Nothing on any page: an error record of its own kind, with its pages.
      BOOST_TEST(records[under]["status"] == "error");
      BOOST_TEST(records[under]["error"]["kind"] == "no-text", records[under]["error"]);
      BOOST_TEST(records[under]["pages"] == 1500);
      BOOST_TEST(records[under]["ocr_pages"].empty());
      for (const auto& [file, kind] : archive.bad_kinds) {
        BOOST_TEST(records[file]["status"] == "error", file);
        if (!kind.empty()) BOOST_TEST(records[file]["error"]["kind"] == kind, file);
      }
      std::map<std::string, std::string> lines;
      for (const std::string& line : NonEmptyLines(run.out))
        lines[json::parse(line)["file"]] = line;
      for (const std::string& sample : kGood) {
        std::string file = (archive.dir / (sample + ".pdf")).string();
        auto single = RunMoacheck({"check", "--ocr", ocr, "--format", "jsonl", file});
        BOOST_TEST(lines[file] + "\n" == single.out, sample);
      }
    }
  }
}
