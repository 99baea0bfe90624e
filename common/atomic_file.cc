#include "common/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

namespace moacheck {

namespace {

namespace fs = std::filesystem;

bool WriteAll(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.flush();
  return static_cast<bool>(out);
}

}  // namespace

bool WritesInPlace(const std::string& path) {
  std::error_code ignored;
  auto status = fs::status(path, ignored);
  return fs::exists(status) && !fs::is_regular_file(status);
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  if (WritesInPlace(path)) {
    if (!WriteAll(path, bytes)) return Error{ErrorKind::kIo, path + ": cannot write the file"};
    return {};
  }
  static std::atomic<unsigned> counter{0};
  std::string temporary =
      path + ".tmp-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  std::error_code error;
  if (WriteAll(temporary, bytes))
    fs::rename(temporary, path, error);
  else
    error = std::make_error_code(std::errc::io_error);
  if (error) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return Error{ErrorKind::kIo, path + ": cannot write the file: " + error.message()};
  }
  return {};
}

}  // namespace moacheck
