// Paths and helpers shared by the test executables.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace moacheck::testing {

std::filesystem::path SourceDir();   // the checkout
std::filesystem::path BinaryDir();   // the build folder
std::filesystem::path SamplePdf(const std::string& name);  // build/samples/NAME.pdf
std::filesystem::path SampleText(const std::string& name); // samples/NAME.txt
// ../shared/corpus beside the checkout, or empty when it is absent (tests
// that need it then skip).
std::filesystem::path CorpusDir();
std::vector<std::filesystem::path> CorpusPdfs();

struct CommandResult {
  int exit_code = -1;  // -1 if killed by a signal
  int signal = 0;
  std::string out;
  std::string err;
};
// Runs the moacheck binary with `args` (no shell), standard input from `input`.
CommandResult RunMoacheck(const std::vector<std::string>& args, const std::string& input = "");

std::string ReadFile(const std::filesystem::path& path);

}  // namespace moacheck::testing
