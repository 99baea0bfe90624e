// sample_generator INPUT.txt OUTPUT.pdf [--scanned] [--report LAYOUT.json]
//
// Builds one sample agreement PDF from its marked-up text (samples/README.md).
// --scanned renders image-only pages; --report writes what the layout did
// that a text extractor must undo (page count, hyphenated words, letter-spaced
// phrases) so tests can compare it with the sample's sidecar.
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "samples/generator/layout.h"
#include "samples/generator/markup.h"
#include "samples/generator/render.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: sample_generator INPUT.txt OUTPUT.pdf [--scanned] [--report LAYOUT.json]\n");
  return 2;
}

nlohmann::json LayoutReport(const moacheck::samples::Layout& layout) {
  nlohmann::json report;
  report["pages"] = layout.pages.size();
  report["hyphenated"] = nlohmann::json::array();
  for (const auto& hyphenation : layout.hyphenations) {
    report["hyphenated"].push_back({{"page", hyphenation.page},
                                    {"word", hyphenation.word},
                                    {"first_part", hyphenation.first_part}});
  }
  report["letter_spaced"] = nlohmann::json::array();
  for (const auto& spacing : layout.letter_spacings) {
    report["letter_spaced"].push_back({{"page", spacing.page}, {"phrase", spacing.phrase}});
  }
  return report;
}

}  // namespace

int main(int argc, char** argv) {
  std::string input, output, report_path;
  moacheck::samples::RenderOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    if (argument == "--scanned") {
      options.scanned = true;
    } else if (argument == "--report" && i + 1 < argc) {
      report_path = argv[++i];
    } else if (input.empty()) {
      input = argument;
    } else if (output.empty()) {
      output = argument;
    } else {
      return Usage();
    }
  }
  if (input.empty() || output.empty()) return Usage();

  std::ifstream in(input, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "sample_generator: %s: cannot read\n", input.c_str());
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  moacheck::samples::SampleSource source;
  std::string error;
  if (!moacheck::samples::ParseSampleSource(input, text.str(), source, error)) {
    std::fprintf(stderr, "sample_generator: %s\n", error.c_str());
    return 1;
  }
  if (!moacheck::samples::CheckFontInstalled(error)) {
    std::fprintf(stderr, "sample_generator: %s\n", error.c_str());
    return 1;
  }
  moacheck::samples::Layout layout = moacheck::samples::LayOut(source);
  options.title = "Memorandum of Agreement (moacheck sample)";
  if (!moacheck::samples::RenderPdf(source, layout, options, output, error)) {
    std::fprintf(stderr, "sample_generator: %s\n", error.c_str());
    return 1;
  }
  if (!report_path.empty()) {
    std::ofstream report(report_path);
    report << LayoutReport(layout).dump(2) << "\n";
    if (!report) {
      std::fprintf(stderr, "sample_generator: %s: cannot write\n", report_path.c_str());
      return 1;
    }
  }
  return 0;
}
