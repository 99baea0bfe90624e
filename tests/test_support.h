// Paths and helpers shared by the test executables.
#pragma once

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "moacheck/check.h"
#include "moacheck/document.h"

namespace moacheck::testing {

std::filesystem::path SourceDir();                          // the checkout
std::filesystem::path BinaryDir();                          // the build folder
std::filesystem::path SamplePdf(const std::string& name);   // build/samples/NAME.pdf
std::filesystem::path SampleText(const std::string& name);  // samples/NAME.txt
// ../shared/corpus beside the checkout, or empty when it is absent (tests
// that need it then skip).
std::filesystem::path CorpusDir();

// The built-in vocabulary (with its section kinds) and pack defaults,
// loaded once per test process: what LoadCheckContext gives a run without
// --rules.
const CheckContext& BuiltInContext();
const SectionKindTable& BuiltInSectionKinds();  // BuiltInContext().section_kinds()
// LoadRulebooks with the built-in context's vocabulary and defaults.
Result<std::shared_ptr<const Rulebooks>> LoadTestRulebooks(const std::vector<std::string>& specs,
                                                           const std::string& override_file = "");
std::vector<std::filesystem::path> CorpusPdfs();

// Test cases that need something outside the checkout say so with one of
// these decorators, e.g. BOOST_AUTO_TEST_CASE(name, MOACHECK_NEEDS_CORPUS).
// When it is missing the case is reported skipped with the reason (in the
// log and in the summary), never passed; an executable whose every selected
// case was skipped exits with kSkipExitCode, which CTest reports as skipped.
// Corpus cases also carry the label "corpus", so tests/CMakeLists.txt can
// run them as a CTest test of their own (--run_test=@corpus).
#define MOACHECK_NEEDS_CORPUS          \
  *boost::unit_test::label("corpus") * \
      boost::unit_test::precondition(::moacheck::testing::CorpusPresent)
#define MOACHECK_NEEDS_CHROMIUM \
  *boost::unit_test::precondition(::moacheck::testing::ChromiumPresent)
#define MOACHECK_NEEDS_QPDF *boost::unit_test::precondition(::moacheck::testing::QpdfPresent)

inline constexpr int kSkipExitCode = 77;  // SKIP_RETURN_CODE in tests/CMakeLists.txt
boost::test_tools::assertion_result CorpusPresent(boost::unit_test::test_unit_id);
boost::test_tools::assertion_result ChromiumPresent(boost::unit_test::test_unit_id);
boost::test_tools::assertion_result QpdfPresent(boost::unit_test::test_unit_id);
// The headless browser: $MOACHECK_CHROMIUM when set (empty or not an
// executable file means "absent", to test without one), else Debian's
// chromium; empty when there is none.
std::string Chromium();

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
// samples/NAME.txt's markup (samples/README.md) as the plain text a reader
// sees: directives and comments dropped, headings, titles and bullets as
// printed, running headers and footers left out, page breaks as form feeds.
std::string SamplePlainText(const std::string& name);
// The non-empty lines of `text` (a JSONL report's records).
std::vector<std::string> NonEmptyLines(const std::string& text);

// A valid PDF of `pages` Letter pages with nothing on them (no content
// streams), with a correct cross-reference table: a few bytes per page, so
// tests can afford thousands.
std::string EmptyPagesPdf(int pages);

// A PDF made with qpdf from pages of the sample PDFs ({sample name, page}
// in order), as `folder`/mixed.pdf in a fresh temporary folder named for
// `tag` and this process; the folder is removed with it. Needs qpdf
// (MOACHECK_NEEDS_QPDF); a qpdf failure fails the test.
struct SamplePagesPdf {
  SamplePagesPdf(const std::string& tag, const std::vector<std::pair<std::string, int>>& pages);
  ~SamplePagesPdf();
  SamplePagesPdf(const SamplePagesPdf&) = delete;
  SamplePagesPdf& operator=(const SamplePagesPdf&) = delete;
  std::filesystem::path folder;
  std::filesystem::path pdf;
};

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
