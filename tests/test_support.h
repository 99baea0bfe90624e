// Paths and helpers shared by the test executables.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "moacheck/document.h"

namespace moacheck::testing {

std::filesystem::path SourceDir();                          // the checkout
std::filesystem::path BinaryDir();                          // the build folder
std::filesystem::path SamplePdf(const std::string& name);   // build/samples/NAME.pdf
std::filesystem::path SampleText(const std::string& name);  // samples/NAME.txt
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
// Runs the moacheck binary with `args` (no shell), standard input from
// `input`, in this process's environment with `environment` ("NAME=value")
// added or replacing, as `NAME=value moacheck ARGS` would in a shell.
CommandResult RunMoacheck(const std::vector<std::string>& args, const std::string& input = "",
                          const std::vector<std::string>& environment = {});

std::string ReadFile(const std::filesystem::path& path);
// The non-empty lines of `text` (a JSONL report's records).
std::vector<std::string> NonEmptyLines(const std::string& text);

// A valid PDF of `pages` Letter pages with nothing on them (no content
// streams), with a correct cross-reference table: a few bytes per page, so
// tests can afford thousands.
std::string EmptyPagesPdf(int pages);

// An independent RFC 4180 reader for checking our CSV: fields separated by
// commas; a quoted field may hold commas, doubled quotes and line breaks;
// records end with CRLF. What the RFC does not allow (a quote inside an
// unquoted field, a bare line break, a quote left open) is described in
// `*problem` when given.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text,
                                               std::string* problem = nullptr);

// Whether lines[i] interrupts a sentence across a page break: it is the
// first or last body line of its page, the line before it does not end a
// sentence and the line after it continues in lower case. A running footer
// that slipped into the body looks like that; the agency's name in an
// address block or filled into a blank does not.
bool InsideSentenceAtPageBreak(const std::vector<Line>& lines, std::size_t i);

// Comparisons of facts JSON with labels, as ../shared/tools/score_facts.py
// makes them.
// The value at a dotted name ("detainer.max_hold_hours"), unwrapped from
// {"value", "evidence"}; null when absent.
nlohmann::json JsonAt(const nlohmann::json& object, const std::string& dotted);
// Agency names agree when their word sets overlap by Jaccard >= 0.75 after
// lower-casing and folding possessives.
bool SameAgencyName(const nlohmann::json& want, const nlohmann::json& got);
// Ids of a list of ids or of {"id": ...} objects.
std::set<std::string> IdSet(const nlohmann::json& list);

}  // namespace moacheck::testing
