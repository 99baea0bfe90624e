// The facts stage on the project's sample PDFs (build/samples), against the
// "facts" object of each samples/NAME.expect.json, compared as the scorer
// (tools/score_facts.py) does: scalars equal, the agency by word Jaccard
// >= 0.75, models and authorities as sets, every provision, and the
// signatures as a set of (party, date). The image-only sample goes through
// OCR (cached after the first run).
#define BOOST_TEST_MODULE facts_samples
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/facts.h"
#include "moacheck/ocr.h"
#include "moacheck/outline.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace moacheck;

namespace {

struct Sample {
  std::string name;
  nlohmann::json sidecar;
};

std::vector<Sample> Samples(bool text_layer) {
  std::vector<Sample> samples;
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() / "samples")) {
    std::string file = entry.path().filename().string();
    const std::string suffix = ".expect.json";
    if (!file.ends_with(suffix)) continue;
    nlohmann::json sidecar = nlohmann::json::parse(testing::ReadFile(entry.path()));
    bool has_text_layer = sidecar.value("/extraction/text_layer"_json_pointer, true);
    if (has_text_layer != text_layer) continue;
    samples.push_back({file.substr(0, file.size() - suffix.size()), std::move(sidecar)});
  }
  std::sort(samples.begin(), samples.end(),
            [](const Sample& a, const Sample& b) { return a.name < b.name; });
  return samples;
}

std::set<std::string> SignatureKeys(const nlohmann::json& list) {
  std::set<std::string> out;
  for (const auto& item : list) out.insert(item.value("party", "") + " " + item.value("date", ""));
  return out;
}

std::string Join(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return "[" + out + "]";
}

// Every leaf of the sidecar's facts, by dotted name, except the sets.
void ScalarNames(const nlohmann::json& node, const std::string& prefix,
                 std::vector<std::string>& names) {
  for (const auto& [key, value] : node.items()) {
    std::string name = prefix.empty() ? key : prefix + "." + key;
    if (prefix.empty() && (key == "models" || key == "authorities" || key == "signed")) continue;
    if (value.is_object())
      ScalarNames(value, name, names);
    else
      names.push_back(name);
  }
}

void CheckSample(const Sample& sample, const Vocabulary& vocabulary) {
  fs::path pdf = testing::SamplePdf(sample.name);
  BOOST_REQUIRE_MESSAGE(fs::exists(pdf), pdf << " missing: build the samples target");
  LoadOptions options;
  options.jobs = 2;
  auto document = LoadDocument(pdf.string(), options, MakeOcrRecognizer({}).get());
  if (!document.ok()) BOOST_FAIL(sample.name << ": cannot load: " << document.error().message);
  nlohmann::json got = FactsToJson(
      ExtractFacts(*document, ParseOutline(*document, testing::BuiltInSectionKinds()), vocabulary));
  const nlohmann::json& want = sample.sidecar["facts"];
  std::vector<std::string> names;
  ScalarNames(want, "", names);
  BOOST_TEST(names.size() >= 10u, sample.name << ": sidecar lists too few facts");
  for (const std::string& name : names) {
    nlohmann::json expected = testing::JsonAt(want, name), actual = testing::JsonAt(got, name);
    bool same = name == "agency" ? testing::SameAgencyName(expected, actual) : expected == actual;
    BOOST_TEST(same, sample.name << ": " << name << ": want " << expected << " got " << actual);
  }
  for (const char* set : {"models", "authorities"}) {
    auto expected = testing::IdSet(want[set]), actual = testing::IdSet(got[set]);
    BOOST_TEST(expected == actual, sample.name << ": " << set << ": want " << Join(expected)
                                               << " got " << Join(actual));
  }
  if (want.contains("signed")) {
    auto expected = SignatureKeys(want["signed"]), actual = SignatureKeys(got["signed"]);
    BOOST_TEST(expected == actual,
               sample.name << ": signed: want " << Join(expected) << " got " << Join(actual));
  }
}

const Vocabulary& Vocab() {
  static auto vocabulary = [] {
    auto loaded = LoadVocabulary();
    if (!loaded) BOOST_FAIL("vocabulary: " << loaded.error().message);
    return *loaded;
  }();
  return *vocabulary;
}

}  // namespace

BOOST_AUTO_TEST_CASE(text_layer_samples_match_their_sidecars) {
  std::vector<Sample> samples = Samples(/*text_layer=*/true);
  BOOST_REQUIRE(samples.size() >= 5u);
  for (const Sample& sample : samples) CheckSample(sample, Vocab());
}

BOOST_AUTO_TEST_CASE(scanned_sample_matches_its_sidecar_through_ocr) {
  std::vector<Sample> samples = Samples(/*text_layer=*/false);
  BOOST_REQUIRE(!samples.empty());
  for (const Sample& sample : samples) CheckSample(sample, Vocab());
}
