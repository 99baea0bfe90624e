// The HTML report in a real browser: Debian's headless chromium loads the
// file (no network), its DOM holds the plain-language summary and finding
// cards, and a screenshot is written to BUILD/report-html/ for a person to
// look at. Skipped when chromium is absent (MOACHECK_CHROMIUM, test_support.h).
#define BOOST_TEST_MODULE report_html_browser
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::BinaryDir;
using moacheck::testing::ReadFile;

namespace {

// Runs chromium headless on `page` with one action flag; stdout to `out`.
int RunChromium(const std::string& chromium, const fs::path& page, const std::string& action,
                const fs::path& out, const fs::path& profile) {
  std::string command = "timeout 90 " + chromium +
                        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                        " --disable-background-networking --disable-component-update --disable-sync"
                        " --hide-scrollbars --user-data-dir=" +
                        profile.string() + " --window-size=1200,2400 " + action + " file://" +
                        page.string() + " > " + out.string() + " 2> " + out.string() + ".log";
  int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

BOOST_AUTO_TEST_CASE(html_report_renders_in_headless_chromium, MOACHECK_NEEDS_CHROMIUM) {
  std::string chromium = moacheck::testing::Chromium();
  fs::path dir = BinaryDir() / "report-html";
  fs::create_directories(dir);
  fs::path page = dir / "task-force-no-supervision.html";
  auto run = moacheck::testing::RunMoacheck(
      {"check", "--rules", "example", "--ocr", "never", "--format", "html", "-o", page.string(),
       moacheck::testing::SamplePdf("task-force-no-supervision").string()});
  BOOST_REQUIRE_MESSAGE(run.exit_code == 1, "check exit " << run.exit_code << ": " << run.err);

  fs::path profile = dir / "chromium-profile";
  fs::remove_all(profile);
  fs::path dom = dir / "task-force-no-supervision.dom.html";
  BOOST_REQUIRE(RunChromium(chromium, page, "--dump-dom", dom, profile) == 0);
  std::string loaded = ReadFile(dom);
  BOOST_TEST(loaded.find("id=\"summary\"") != std::string::npos);
  BOOST_TEST(loaded.find("What it lets local officers do") != std::string::npos);
  BOOST_TEST(loaded.find("class=\"card error\"") != std::string::npos);
  // The defect of this sample: no ICE supervision clause.
  BOOST_TEST(loaded.find("Delegated functions are supervised by ICE") != std::string::npos);

  fs::path png = dir / "task-force-no-supervision.png";
  fs::remove(png);
  BOOST_REQUIRE(RunChromium(chromium, page, "--screenshot=" + png.string(), dir / "screenshot.out",
                            profile) == 0);
  BOOST_REQUIRE(fs::exists(png));
  std::string bytes = ReadFile(png);
  BOOST_TEST(bytes.rfind("\x89PNG", 0) == 0u);
  BOOST_TEST(bytes.size() > 20000u);  // a rendered page, not a blank one
  BOOST_TEST_MESSAGE("screenshot: " << png);
  fs::remove_all(profile);
}
