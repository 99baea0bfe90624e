#include "test_support.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>

// Defined by BOOST_TEST_MODULE in each test file (BOOST_TEST_NO_MAIN leaves
// main to us, below).
bool init_unit_test();

namespace moacheck::testing {

std::filesystem::path SourceDir() { return MOACHECK_SOURCE_DIR; }
std::filesystem::path BinaryDir() { return MOACHECK_BINARY_DIR; }

std::filesystem::path SamplePdf(const std::string& name) {
  return BinaryDir() / "samples" / (name + ".pdf");
}
std::filesystem::path SampleText(const std::string& name) {
  return SourceDir() / "samples" / (name + ".txt");
}

const CheckContext& BuiltInContext() {
  static const std::shared_ptr<const CheckContext> context = [] {
    Result<std::shared_ptr<const CheckContext>> loaded = LoadCheckContext(CheckOptions{});
    if (!loaded) throw std::runtime_error("built-in context: " + loaded.error().message);
    return *loaded;
  }();
  return *context;
}

const SectionKindTable& BuiltInSectionKinds() { return BuiltInContext().section_kinds(); }

Result<std::shared_ptr<const Rulebooks>> LoadTestRulebooks(const std::vector<std::string>& specs,
                                                           const std::string& override_file) {
  RulebookInputs inputs = BuiltInContext().rulebook_inputs();
  inputs.override_file = override_file;
  return LoadRulebooks(specs, inputs);
}

std::filesystem::path CorpusDir() {
  std::filesystem::path dir = SourceDir().parent_path() / "shared" / "corpus";
  return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}

std::vector<std::filesystem::path> CorpusPdfs() {
  std::vector<std::filesystem::path> pdfs;
  std::filesystem::path dir = CorpusDir();
  if (dir.empty()) return pdfs;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path());
  }
  std::sort(pdfs.begin(), pdfs.end());
  return pdfs;
}

boost::test_tools::assertion_result CorpusPresent(boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result present = !CorpusDir().empty();
  present.message() << (SourceDir().parent_path() / "shared" / "corpus").string() << " is absent";
  return present;
}

std::string Chromium() {
  if (const char* named = std::getenv("MOACHECK_CHROMIUM")) {
    return access(named, X_OK) == 0 && std::filesystem::is_regular_file(named) ? named : "";
  }
  for (const char* candidate : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (access(candidate, X_OK) == 0) return candidate;
  }
  return "";
}

boost::test_tools::assertion_result ChromiumPresent(boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result present = !Chromium().empty();
  const char* named = std::getenv("MOACHECK_CHROMIUM");
  if (named != nullptr) {
    present.message() << "MOACHECK_CHROMIUM='" << named << "' is not an executable file";
  } else {
    present.message() << "chromium is not installed (no /usr/bin/chromium; scripts/setup.sh "
                         "installs it, MOACHECK_CHROMIUM names another)";
  }
  return present;
}

boost::test_tools::assertion_result QpdfPresent(boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result present = std::system("qpdf --version > /dev/null 2>&1") == 0;
  present.message() << "qpdf is not installed (scripts/setup.sh installs it)";
  return present;
}

namespace {

// Counts the selected test cases that ran and those a precondition skipped,
// and logs each skip with its reason at the default log level (Boost's own
// notice only shows at --log_level=test_suite).
class SkipCounter : public boost::unit_test::test_observer {
 public:
  void test_unit_start(const boost::unit_test::test_unit& unit) override {
    if (unit.p_type == boost::unit_test::TUT_CASE) ++ran_;
  }
  void test_unit_skipped(const boost::unit_test::test_unit& unit,
                         boost::unit_test::const_string reason) override {
    // "disabled": left out by a --run_test filter, not skipped.
    if (unit.p_type != boost::unit_test::TUT_CASE || reason == "disabled") return;
    ++skipped_;
    BOOST_TEST_MESSAGE("SKIPPED " << unit.full_name() << ": " << reason);
  }
  bool AllSkipped() const { return ran_ == 0 && skipped_ > 0; }

 private:
  int ran_ = 0;
  int skipped_ = 0;
};

SkipCounter& Counter() {
  static SkipCounter counter;
  return counter;
}

bool InitWithSkipCounter() {
  boost::unit_test::framework::register_observer(Counter());
  return init_unit_test();
}

}  // namespace

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

SamplePagesPdf::SamplePagesPdf(const std::string& tag,
                               const std::vector<std::pair<std::string, int>>& pages)
    : folder(std::filesystem::temp_directory_path() /
             ("moacheck-" + tag + "-" + std::to_string(getpid()))),
      pdf(folder / "mixed.pdf") {
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  std::string command = "qpdf --empty --pages";
  for (const auto& [sample, page] : pages) {
    command += " '" + SamplePdf(sample).string() + "' " + std::to_string(page);
  }
  command += " -- '" + pdf.string() + "' >/dev/null 2>&1";
  BOOST_REQUIRE_MESSAGE(std::system(command.c_str()) == 0, "qpdf failed: " << command);
}

SamplePagesPdf::~SamplePagesPdf() {
  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
}

std::string SamplePlainText(const std::string& name) {
  std::string markup = ReadFile(SampleText(name));
  BOOST_REQUIRE_MESSAGE(!markup.empty(), SampleText(name) << " is missing or empty");
  std::istringstream in(markup);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("%") || line.starts_with("@header") || line.starts_with("@footer") ||
        line == "@lines" || line == "@end")
      continue;
    if (line == "@pagebreak") {
      out += '\f';
      continue;
    }
    for (const char* prefix : {"@title ", "@center ", "## ", "# "}) {
      if (line.starts_with(prefix)) {
        line = line.substr(std::string(prefix).size());
        break;
      }
    }
    if (line.starts_with("-- ")) {
      line = "o " + line.substr(3);
    } else if (line.starts_with("- ")) {
      line = "• " + line.substr(2);
    }
    for (std::size_t at; (at = line.find(" | ")) != std::string::npos;) line.replace(at, 3, "    ");
    for (const char* mark : {"{~", "~}"})
      for (std::size_t at; (at = line.find(mark)) != std::string::npos;) line.erase(at, 2);
    out += line + '\n';
  }
  return out;
}

std::string EmptyPagesPdf(int pages) {
  // Object 1 the catalog, 2 the page tree, 3.. the pages.
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>"};
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += std::to_string(i + 3) + " 0 R ";
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
  for (int i = 0; i < pages; ++i)
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  char entry[32];
  for (std::size_t offset : offsets) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

bool InsideSentenceAtPageBreak(const std::vector<Line>& lines, std::size_t i) {
  if (i == 0 || i + 1 >= lines.size()) return false;
  bool at_page_edge = lines[i - 1].page != lines[i].page || lines[i + 1].page != lines[i].page;
  if (!at_page_edge) return false;
  const std::string& before = lines[i - 1].text;
  const std::string& after = lines[i + 1].text;
  bool before_open =
      !before.empty() && std::string(".:;!?").find(before.back()) == std::string::npos;
  bool after_continues = !after.empty() && after[0] >= 'a' && after[0] <= 'z';
  return before_open && after_continues;
}

nlohmann::json JsonAt(const nlohmann::json& object, const std::string& dotted) {
  const nlohmann::json* at = &object;
  std::stringstream parts(dotted);
  for (std::string part; std::getline(parts, part, '.');) {
    if (!at->is_object() || !at->contains(part)) return nullptr;
    at = &(*at)[part];
  }
  if (at->is_object() && at->contains("value")) return (*at)["value"];
  return *at;
}

namespace {

// As score_facts.py norm_name: lower case, possessives folded, words only.
std::set<std::string> NameWords(const std::string& name) {
  std::string folded;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '\'') continue;
    if (name.compare(i, 3, "’") == 0) {
      i += 2;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(name[i])));
    folded += std::isalnum(c) ? static_cast<char>(c) : ' ';
  }
  std::set<std::string> words;
  std::stringstream stream(folded);
  for (std::string word; stream >> word;) words.insert(word);
  return words;
}

}  // namespace

bool SameAgencyName(const nlohmann::json& want, const nlohmann::json& got) {
  if (!want.is_string() || !got.is_string()) return want == got;
  auto a = NameWords(want.get<std::string>()), b = NameWords(got.get<std::string>());
  std::size_t common = 0;
  for (const auto& word : a) common += b.count(word);
  return !a.empty() && static_cast<double>(common) / (a.size() + b.size() - common) >= 0.75;
}

std::set<std::string> IdSet(const nlohmann::json& list) {
  std::set<std::string> out;
  for (const auto& item : list) {
    out.insert(item.is_object() ? item["id"].get<std::string>() : item.get<std::string>());
  }
  return out;
}

CommandResult RunMoacheck(const std::vector<std::string>& args, const std::string& input,
                          const std::vector<std::string>& environment) {
  // The child's argv and environment are built before fork: only
  // async-signal-safe calls are allowed between fork and exec.
  std::string exe = MOACHECK_EXE;
  std::vector<std::string> copies = args;
  std::vector<char*> argv;
  argv.push_back(exe.data());
  for (auto& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> variables = environment;
  for (char** inherited = environ; *inherited != nullptr; ++inherited) {
    std::string_view variable(*inherited);
    std::string_view name = variable.substr(0, variable.find('='));
    bool overridden =
        std::any_of(environment.begin(), environment.end(), [&](const std::string& given) {
          return given.size() > name.size() && given.compare(0, name.size(), name) == 0 &&
                 given[name.size()] == '=';
        });
    if (!overridden) variables.emplace_back(variable);
  }
  std::vector<char*> envp;
  for (auto& variable : variables) envp.push_back(variable.data());
  envp.push_back(nullptr);
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    execve(exe.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  // Feed stdin and drain stdout/stderr together so neither side blocks.
  CommandResult result;
  std::size_t written = 0;
  bool in_open = true;
  if (input.empty()) {
    close(in_pipe[1]);
    in_open = false;
  }
  bool out_open = true, err_open = true;
  while (out_open || err_open) {
    pollfd fds[3];
    int count = 0;
    if (out_open) fds[count++] = {out_pipe[0], POLLIN, 0};
    if (err_open) fds[count++] = {err_pipe[0], POLLIN, 0};
    if (in_open) fds[count++] = {in_pipe[1], POLLOUT, 0};
    if (poll(fds, count, -1) < 0) break;
    for (int i = 0; i < count; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == in_pipe[1]) {
        ssize_t n = write(in_pipe[1], input.data() + written, input.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if (n <= 0 || written == input.size()) {
          close(in_pipe[1]);
          in_open = false;
        }
        continue;
      }
      char buffer[65536];
      ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
      bool is_out = fds[i].fd == out_pipe[0];
      if (n <= 0) {
        close(fds[i].fd);
        (is_out ? out_open : err_open) = false;
      } else {
        (is_out ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
      }
    }
  }
  if (in_open) close(in_pipe[1]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

std::vector<std::vector<std::string>> ParseCsv(const std::string& text, std::string* problem) {
  auto complain = [&](const std::string& what) {
    if (problem != nullptr && problem->empty()) *problem = what;
  };
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
      rows.back().back() += '"';
      ++i;
    } else if (c == '"') {
      if (!quoted && !rows.back().back().empty())
        complain("a quote inside an unquoted field at byte " + std::to_string(i));
      quoted = !quoted;
    } else if (!quoted && c == ',') {
      rows.back().emplace_back();
    } else if (!quoted && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      if (!quoted && (c == '\r' || c == '\n'))
        complain("a bare line break at byte " + std::to_string(i));
      rows.back().back() += c;
    }
  }
  if (quoted) complain("the CSV ends inside a quoted field");
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

std::vector<std::string> NonEmptyLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace moacheck::testing

int main(int argc, char* argv[]) {
  int code = boost::unit_test::unit_test_main(&moacheck::testing::InitWithSkipCounter, argc, argv);
  if (code == 0 && moacheck::testing::Counter().AllSkipped())
    return moacheck::testing::kSkipExitCode;
  return code;
}
