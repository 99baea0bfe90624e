#include "batch/summary_writer.h"

#include <fmt/format.h>

#include <filesystem>

#include "common/atomic_file.h"
#include "report/escape.h"

namespace moacheck {
namespace {

namespace fs = std::filesystem;

// A file name safe on every file system and in a URL: letters, digits and
// ".-_" kept, anything else "_", at most 60 bytes.
std::string SafeStem(const std::string& file) {
  std::string stem = fs::path(file).stem().string();
  std::string safe;
  for (char c : stem) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '.' || c == '-' || c == '_';
    safe += keep ? c : '_';
    if (safe.size() >= 60) break;
  }
  return safe.empty() ? "document" : safe;
}

}  // namespace

Result<std::unique_ptr<SummaryWriter>> SummaryWriter::Open(const std::string& dashboard_path,
                                                           const RenderOptions& options) {
  std::unique_ptr<SummaryWriter> writer(new SummaryWriter());
  writer->dashboard_ = dashboard_path;
  writer->options_ = options;
  fs::path dashboard(dashboard_path);
  std::string folder_name = dashboard.stem().string() + "-reports";
  writer->reports_link_ = folder_name;
  writer->reports_folder_ = (dashboard.parent_path() / folder_name).string();
  std::error_code error;
  fs::create_directories(writer->reports_folder_, error);
  if (error) {
    return Error{ErrorKind::kIo, fmt::format("{}: cannot create the folder for the documents' "
                                             "reports: {}",
                                             writer->reports_folder_, error.message())};
  }
  return writer;
}

std::string SummaryWriter::ReportName(const std::string& file, const std::string& sha256) const {
  if (sha256.size() < 16) return "";
  return fmt::format("{}-{}.html", sha256.substr(0, 16), SafeStem(file));
}

std::string SummaryWriter::LinkTo(const std::string& report_name) const {
  return report::PageLink(reports_link_ + "/" + report_name, 0);
}

void SummaryWriter::Add(const CheckResult& result) {
  std::string name = ReportName(result.file, result.sha256);
  std::string link;
  if (!name.empty()) {
    // The report sits in another folder than the run's: an absolute path
    // keeps its links to the PDF's pages working from there.
    std::vector<CheckResult> one{result};
    std::error_code ignored;
    if (result.file != "-") one.front().file = fs::absolute(result.file, ignored).string();
    std::string html = RenderReport(one, ReportFormat::kHtml, options_);
    Status written = WriteFileAtomically((fs::path(reports_folder_) / name).string(), html);
    if (!written && first_error_) first_error_ = written;
    if (written) link = LinkTo(name);
  }
  summary_.Add(CheckResultToJson(result), link);
}

void SummaryWriter::AddRecorded(const nlohmann::json& record) {
  auto text = [&](const char* key) {
    auto it = record.find(key);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  std::string file = text("file");
  std::string sha256 = text("sha256");
  std::string name = ReportName(file, sha256);
  std::error_code error;
  bool exists = !name.empty() && fs::exists(fs::path(reports_folder_) / name, error);
  summary_.Add(record, exists ? LinkTo(name) : "");
}

Status SummaryWriter::Finish() {
  Status written = WriteFileAtomically(dashboard_, summary_.RenderHtml(options_));
  if (!written) return written;
  return first_error_;
}

}  // namespace moacheck
