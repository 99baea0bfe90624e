#include "common/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

namespace moacheck {

std::optional<Error> WriteFileAtomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  std::error_code ignored;
  auto status = fs::status(path, ignored);
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    // A device or pipe (-o /dev/null, -o >(gzip)) is written in place:
    // renaming over it would replace the device node.
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) return Error{ErrorKind::kIo, path + ": cannot write the file"};
    return std::nullopt;
  }
  static std::atomic<unsigned> counter{0};
  std::string temporary =
      path + ".tmp-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      fs::remove(temporary, ignored);
      return Error{ErrorKind::kIo, path + ": cannot write the file"};
    }
  }
  std::error_code error;
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary, ignored);
    return Error{ErrorKind::kIo, path + ": cannot write the file: " + error.message()};
  }
  return std::nullopt;
}

}  // namespace moacheck
