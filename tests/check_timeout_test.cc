// check --timeout inside OCR (issue 9): the deadline reaches Tesseract, so a
// slow page stops mid-recognition rather than running to its end, and the
// pages after it are not rendered at all. What shows it without timing
// anything: a stopped page is never written to the OCR cache, while a page
// that ran to its end always is.
#define BOOST_TEST_MODULE check_timeout
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::BinaryDir;
using moacheck::testing::RunMoacheck;
using moacheck::testing::SamplePdf;
using nlohmann::json;

namespace {

std::size_t CachedPages(const fs::path& cache) {
  std::size_t count = 0;
  if (!fs::exists(cache)) return 0;
  for (const auto& entry : fs::recursive_directory_iterator(cache))
    count += entry.is_regular_file() && entry.path().extension() == ".txt";
  return count;
}

}  // namespace

BOOST_AUTO_TEST_CASE(timeout_stops_ocr_within_a_page_and_caches_nothing_half_done) {
  // One scanned page (qpdf is installed by scripts/setup.sh).
  fs::path page = BinaryDir() / "check_timeout_page.pdf";
  std::string scanned = SamplePdf("task-force-2025-scanned").string();
  std::string cut = "qpdf " + scanned + " --pages " + scanned + " 1 -- " + page.string();
  BOOST_REQUIRE_MESSAGE(std::system(cut.c_str()) == 0, "qpdf could not cut page 1: " << cut);
  fs::path cache = BinaryDir() / "check_timeout_cache";
  fs::remove_all(cache);
  const std::vector<std::string> cache_home = {"XDG_CACHE_HOME=" + cache.string()};

  // Tesseract needs well over a second for a 300 DPI page of text.
  auto stopped = RunMoacheck({"check", "--format", "json", "--jobs", "1", "--timeout", "0.3",
                              "--fail-on", "never", page.string()},
                             "", cache_home);
  BOOST_TEST(stopped.signal == 0);
  BOOST_TEST(stopped.exit_code == 2, stopped.err);
  json record = json::parse(stopped.out);
  BOOST_TEST(record["error"]["kind"] == "timeout");
  BOOST_TEST(CachedPages(cache) == 0u, "a page stopped by the deadline was cached");

  // Given time, the same page is recognized and cached: the check above was
  // not passed because OCR cannot run here.
  auto finished = RunMoacheck({"check", "--format", "json", "--jobs", "1", "--timeout", "120",
                               "--fail-on", "never", page.string()},
                              "", cache_home);
  BOOST_TEST(finished.exit_code == 0, finished.err);
  BOOST_TEST(json::parse(finished.out)["ocr_pages"] == json::array({1}));
  BOOST_TEST(CachedPages(cache) == 1u);
}
