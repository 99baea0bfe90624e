// BatchOutput: whole lines only, flushed as written, so an interrupted run
// leaves a file every line of which is a complete record.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "common/atomic_file.h"
#include "moacheck/batch.h"

namespace moacheck {

BatchOutput::~BatchOutput() {
  if (owned_ && file_ != nullptr) std::fclose(file_);
  if (!temporary_.empty()) std::remove(temporary_.c_str());
}

Result<std::unique_ptr<BatchOutput>> BatchOutput::Open(const std::string& path, bool append) {
  std::unique_ptr<BatchOutput> output(new BatchOutput());
  if (path.empty() || path == "-") {
    output->file_ = stdout;
    return output;
  }
  output->path_ = path;
  output->owned_ = true;
  std::error_code error;
  if (append || WritesInPlace(path)) {
    output->file_ = std::fopen(path.c_str(), "ab");
    output->empty_ = std::filesystem::file_size(path, error) == 0 || error;
  } else {
    output->temporary_ = fmt::format("{}.tmp-{}", path, getpid());
    output->file_ = std::fopen(output->temporary_.c_str(), "wb");
  }
  if (output->file_ == nullptr) {
    output->temporary_.clear();
    return Error{ErrorKind::kIo, fmt::format("{}: cannot open the report for writing", path)};
  }
  return output;
}

Status BatchOutput::Write(const std::string& lines) {
  if (lines.empty()) return {};
  empty_ = false;
  if (std::fwrite(lines.data(), 1, lines.size(), file_) == lines.size() && std::fflush(file_) == 0)
    return {};
  return Error{ErrorKind::kIo,
               fmt::format("{}: cannot write the report", owned_ ? path_ : "standard output")};
}

Status BatchOutput::Commit() {
  if (!owned_) {
    if (std::fflush(file_) != 0) return Error{ErrorKind::kIo, "cannot write standard output"};
    return {};
  }
  bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!closed) return Error{ErrorKind::kIo, fmt::format("{}: cannot write the report", path_)};
  if (!temporary_.empty()) {
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
      return Error{ErrorKind::kIo, fmt::format("{}: cannot move {} into place", path_, temporary_)};
    }
    temporary_.clear();
  }
  return {};
}

}  // namespace moacheck
