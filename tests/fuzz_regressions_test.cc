// Every input a fuzzer once crashed or hung on, or that reaches one of the
// guards against hostile input (tests/data/fuzz/<target>/), runs through
// the same entry point as the fuzz target, in the normal build: it must come
// back in good time, and a refused input must be refused with an Error that
// names the file. A file named "refused-..." must be refused and one named
// "accepted-..." accepted, so each stays pinned to the guard it was chosen
// for.
#define BOOST_TEST_MODULE fuzz_regressions
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/rules.h"
#include "test_support.h"

// The fuzz targets' entry points are not part of the library (fuzz/ builds
// only with clang and MOACHECK_FUZZ); compiling them here keeps one copy.
#include "fuzz/fuzz_input.cc"

namespace fs = std::filesystem;
using moacheck::testing::ReadFile;
using moacheck::testing::SampleText;
using moacheck::testing::SourceDir;

namespace {

// Longer than any guarded input needs by far; a hang is what it catches.
constexpr double kMaxSeconds = 10;

// The regression inputs kept for one target, sorted for stable logs.
std::vector<fs::path> Inputs(const std::string& target) {
  std::vector<fs::path> inputs;
  fs::path dir = SourceDir() / "tests" / "data" / "fuzz" / target;
  if (!fs::is_directory(dir)) return inputs;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().filename() != "README.md")
      inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

// The Error the library's own entry point gives for `input` (read as the
// fuzz target reads it), or nothing when it accepts it. The fuzz entry
// points only say whether they accepted; this is where the message is.
std::optional<std::string> Refusal(const std::string& target, const fs::path& input) {
  moacheck::LoadOptions options;
  options.ocr = moacheck::OcrMode::kNever;
  std::optional<moacheck::Error> error;
  if (target == "pdf") {
    auto document = moacheck::LoadDocument(input.string(), options, /*recognizer=*/nullptr);
    if (!document) error = document.error();
  } else if (target == "rulebook") {
    auto rulebooks = moacheck::testing::LoadTestRulebooks({input.string()});
    if (!rulebooks) error = rulebooks.error();
  } else {
    auto document = moacheck::DocumentFromText(ReadFile(input), input.string(), options);
    if (!document) error = document.error();
  }
  if (!error) return std::nullopt;
  return error->message;
}

template <typename Run>
void RunAll(const std::string& target, Run run) {
  std::vector<fs::path> inputs = Inputs(target);
  BOOST_REQUIRE_MESSAGE(!inputs.empty(), "no regression inputs in tests/data/fuzz/" << target);
  for (const fs::path& input : inputs) {
    std::string name = target + "/" + input.filename().string();
    auto start = std::chrono::steady_clock::now();
    bool accepted = run(ReadFile(input));
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST_MESSAGE(name << ": " << (accepted ? "accepted" : "refused") << " in " << seconds
                            << " s");
    BOOST_TEST(seconds < kMaxSeconds, name << " took " << seconds << " s");
    std::string stem = input.filename().string();
    if (stem.starts_with("refused-")) BOOST_TEST(!accepted, name << " was accepted");
    if (stem.starts_with("accepted-")) BOOST_TEST(accepted, name << " was refused");
    std::optional<std::string> refusal = Refusal(target, input);
    BOOST_TEST(refusal.has_value() == !accepted,
               name << ": the fuzz entry point and the library disagree on accepting it");
    if (!refusal) continue;
    BOOST_TEST_MESSAGE("  " << *refusal);
    BOOST_TEST(refusal->find(input.string()) != std::string::npos,
               name << ": the error does not name the file: " << *refusal);
    BOOST_TEST(refusal->size() > input.string().size() + 2,
               name << ": the error says nothing beyond the file name: " << *refusal);
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
  BOOST_TEST(
      moacheck::fuzz::RunPdf(ReadFile(moacheck::testing::SamplePdf("jail-enforcement-2020"))));
  BOOST_TEST(moacheck::fuzz::RunRulebook(
      ReadFile(SourceDir() / "rules" / "packs" / "federal-detainer.yaml")));
  BOOST_TEST(!moacheck::fuzz::RunRulebook("rules: [unterminated"));
}
