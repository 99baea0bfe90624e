// Every kind of bad input through the real command line: exit status 2, one
// message on standard error naming the file and the problem, no crash.
#define BOOST_TEST_MODULE bad_input
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::CommandResult;
using moacheck::testing::ReadFile;
using moacheck::testing::RunMoacheck;
using moacheck::testing::SamplePdf;

namespace {

// A fresh directory per test executable, removed at exit.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("moacheck-bad-input-" + std::to_string(getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};
TempDir& Temp() {
  static TempDir dir;
  return dir;
}

fs::path Write(const std::string& name, const std::string& bytes) {
  fs::path file = Temp().path / name;
  std::ofstream(file, std::ios::binary) << bytes;
  return file;
}

// The sample every PDF case starts from (the samples target builds it).
fs::path BasePdf() {
  fs::path pdf = SamplePdf("task-force-2025");
  BOOST_REQUIRE_MESSAGE(fs::exists(pdf), pdf.string() + " missing: build the samples target");
  return pdf;
}

void ExpectRefused(const CommandResult& result, const std::string& file,
                   const std::string& problem) {
  BOOST_TEST(result.signal == 0, file << ": killed by signal " << result.signal);
  BOOST_TEST(result.exit_code == 2,
             file << ": exit " << result.exit_code << ", stderr: " << result.err);
  BOOST_TEST(result.err.find(file) != std::string::npos,
             "stderr does not name " << file << ": " << result.err);
  BOOST_TEST(result.err.find(problem) != std::string::npos,
             file << ": stderr does not say \"" << problem << "\": " << result.err);
  BOOST_TEST(result.out.empty(), file << ": printed text anyway");
}

}  // namespace

BOOST_AUTO_TEST_CASE(missing_file) {
  std::string file = (Temp().path / "no-such-agreement.pdf").string();
  ExpectRefused(RunMoacheck({"text", file}), file, "cannot open");
}

BOOST_AUTO_TEST_CASE(random_bytes_are_not_a_pdf) {
  std::mt19937 generator(287);
  std::string bytes(4096, '\0');
  for (char& c : bytes) c = static_cast<char>(generator() & 0xFF);
  bytes[0] = '\xFF';  // never valid UTF-8, whatever the generator gives
  std::string file = Write("random.pdf", bytes).string();
  ExpectRefused(RunMoacheck({"text", file}), file, "not a PDF");
}

BOOST_AUTO_TEST_CASE(empty_file) {
  std::string file = Write("empty.pdf", "").string();
  ExpectRefused(RunMoacheck({"text", file}), file, "empty");
}

BOOST_AUTO_TEST_CASE(empty_standard_input) {
  ExpectRefused(RunMoacheck({"text", "-"}), "-", "empty");
}

BOOST_AUTO_TEST_CASE(truncated_pdf_is_damaged) {
  std::string pdf = ReadFile(BasePdf());
  std::string file = Write("truncated.pdf", pdf.substr(0, pdf.size() / 3)).string();
  ExpectRefused(RunMoacheck({"text", file}), file, "damaged PDF");
}

BOOST_AUTO_TEST_CASE(pdf_header_over_garbage_is_damaged) {
  std::string file = Write("garbage.pdf", "%PDF-1.7\n" + std::string(2000, 'x')).string();
  ExpectRefused(RunMoacheck({"text", file}), file, "damaged PDF");
}

BOOST_AUTO_TEST_CASE(zero_page_pdf, MOACHECK_NEEDS_QPDF) {
  std::string file = (Temp().path / "zero-pages.pdf").string();
  BOOST_REQUIRE(std::system(("qpdf --empty " + file).c_str()) == 0);
  ExpectRefused(RunMoacheck({"text", file}), file, "no pages");
}

BOOST_AUTO_TEST_CASE(encrypted_pdf_needs_its_password, MOACHECK_NEEDS_QPDF) {
  std::string file = (Temp().path / "encrypted.pdf").string();
  std::string encrypt =
      "qpdf --encrypt open-sesame owner-secret 256 -- " + BasePdf().string() + " " + file;
  BOOST_REQUIRE(std::system(encrypt.c_str()) == 0);
  ExpectRefused(RunMoacheck({"text", file}), file,
                "encrypted PDF; give its password with --password");
  ExpectRefused(RunMoacheck({"text", "--password", "wrong", file}), file,
                "password given does not open it");
  CommandResult opened = RunMoacheck({"text", "--password", "open-sesame", file});
  BOOST_TEST(opened.exit_code == 0, opened.err);
  BOOST_TEST(opened.out.find("MEMORANDUM OF AGREEMENT") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(too_many_bytes) {
  std::string file = BasePdf().string();
  ExpectRefused(RunMoacheck({"text", "--max-bytes", "1000", file}), file, "over the limit of 1000");
}

BOOST_AUTO_TEST_CASE(too_many_pages) {
  std::string file = BasePdf().string();
  ExpectRefused(RunMoacheck({"text", "--max-pages", "2", file}), file, "over the limit of 2");
}

BOOST_AUTO_TEST_CASE(directory_is_not_a_file) {
  std::string dir = Temp().path.string();
  ExpectRefused(RunMoacheck({"text", dir}), dir, "directory");
}

BOOST_AUTO_TEST_CASE(text_that_is_valid_utf8_is_a_document) {
  CommandResult result =
      RunMoacheck({"text", "-"}, "I. PURPOSE\nThe LEA\u2019s jail.\fII. AUTHORITY\n");
  BOOST_TEST(result.exit_code == 0, result.err);
  BOOST_TEST(result.out == "1:1\tI. PURPOSE\n1:2\tThe LEA\u2019s jail.\n2:1\tII. AUTHORITY\n");
}
