// Every input a fuzzer once crashed or hung on (tests/data/fuzz/<target>/)
// runs through the same entry point as the fuzz target, in the normal
// build: it must come back, accepted or refused with an Error.
#define BOOST_TEST_MODULE fuzz_regressions
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

// The fuzz targets' entry points are not part of the library (fuzz/ builds
// only with clang and MOACHECK_FUZZ); compiling them here keeps one copy.
#include "fuzz/fuzz_input.cc"

namespace fs = std::filesystem;
using moacheck::testing::ReadFile;
using moacheck::testing::SampleText;
using moacheck::testing::SourceDir;

namespace {

// The regression inputs kept for one target, sorted for stable logs.
std::vector<fs::path> Inputs(const std::string& target) {
  std::vector<fs::path> inputs;
  fs::path dir = SourceDir() / "tests" / "data" / "fuzz" / target;
  if (!fs::is_directory(dir)) return inputs;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "README.md") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

template <typename Run>
void RunAll(const std::string& target, Run run) {
  for (const fs::path& input : Inputs(target)) {
    BOOST_TEST_MESSAGE(target << ": " << input.filename().string());
    bool accepted = run(ReadFile(input));
    BOOST_TEST_MESSAGE("  " << (accepted ? "accepted" : "refused with an error"));
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(pdf_inputs_return) { RunAll("pdf", moacheck::fuzz::RunPdf); }
BOOST_AUTO_TEST_CASE(outline_inputs_return) { RunAll("outline", moacheck::fuzz::RunOutline); }
BOOST_AUTO_TEST_CASE(facts_inputs_return) { RunAll("facts", moacheck::fuzz::RunFacts); }
BOOST_AUTO_TEST_CASE(rulebook_inputs_return) { RunAll("rulebook", moacheck::fuzz::RunRulebook); }

// The entry points themselves still reach the pipeline: a real agreement's
// text and a shipped pack are accepted, so the regressions above test more
// than an early refusal.
BOOST_AUTO_TEST_CASE(entry_points_accept_good_input) {
  std::string text = ReadFile(SampleText("jail-enforcement-2020"));
  BOOST_TEST(moacheck::fuzz::RunOutline(text));
  BOOST_TEST(moacheck::fuzz::RunFacts(text));
  BOOST_TEST(moacheck::fuzz::RunPdf(ReadFile(moacheck::testing::SamplePdf("jail-enforcement-2020"))));
  BOOST_TEST(moacheck::fuzz::RunRulebook(ReadFile(SourceDir() / "rules" / "packs" / "federal-detainer.yaml")));
  BOOST_TEST(!moacheck::fuzz::RunRulebook("rules: [unterminated"));
}
