// OcrCache: one text file per recognized page, written atomically.
#include "ocr/ocr_cache.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "common/atomic_file.h"
#include "common/sha256.h"

namespace moacheck {
namespace {

namespace fs = std::filesystem;

// First line of every entry; bump it when the format changes so old entries
// read as misses instead of being misparsed.
constexpr const char* kFormatLine = "moacheck-ocr 1";
constexpr const char* kEntryExtension = ".txt";

fs::path OcrDirectory(const std::string& root) { return fs::path(root) / "ocr"; }

}  // namespace

std::string OcrCache::DefaultDirectory() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return (fs::path(xdg) / "moacheck").string();
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return (fs::path(home) / ".cache" / "moacheck").string();
  }
  return "";
}

OcrCache::OcrCache(std::string directory)
    : directory_(directory.empty() ? DefaultDirectory() : std::move(directory)) {}

std::string OcrCache::EntryPath(const std::string& sha256, int page,
                                const std::string& engine) const {
  std::string engine_hash = Sha256Hex(engine).substr(0, 12);
  std::string name = sha256 + "-p" + std::to_string(page) + "-" + engine_hash + kEntryExtension;
  return (OcrDirectory(directory_) / sha256.substr(0, 2) / name).string();
}

std::optional<RecognizedPage> OcrCache::Load(const std::string& sha256, int page,
                                             const std::string& engine) const {
  if (directory_.empty() || sha256.size() < 2) return std::nullopt;
  std::ifstream in(EntryPath(sha256, page, engine), std::ios::binary);
  if (!in) return std::nullopt;
  std::string format, engine_line, confidence_line;
  if (!std::getline(in, format) || format != kFormatLine) return std::nullopt;
  // The engine hash in the name could collide; the full signature cannot.
  if (!std::getline(in, engine_line) || engine_line != "engine " + engine) return std::nullopt;
  if (!std::getline(in, confidence_line) || confidence_line.rfind("confidence ", 0) != 0) {
    return std::nullopt;
  }
  RecognizedPage recognized;
  try {
    recognized.confidence = std::stod(confidence_line.substr(11));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  for (std::string line; std::getline(in, line);) recognized.lines.push_back(line);
  return recognized;
}

Status OcrCache::Store(const std::string& sha256, int page, const std::string& engine,
                       const RecognizedPage& recognized) const {
  if (directory_.empty() || sha256.size() < 2) return {};
  fs::path path = EntryPath(sha256, page, engine);
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) {
    return Error{ErrorKind::kIo, path.parent_path().string() +
                                     ": cannot create the OCR cache folder: " + error.message()};
  }
  std::ostringstream entry;
  entry << kFormatLine << "\nengine " << engine << "\n";
  char confidence[32];
  std::snprintf(confidence, sizeof confidence, "%.2f", recognized.confidence);
  entry << "confidence " << confidence << "\n";
  for (const std::string& line : recognized.lines) entry << line << "\n";
  // Whole entries only: a concurrent reader sees no entry or a complete one.
  Status written = WriteFileAtomically(path.string(), entry.str());
  if (!written) return Error{written.error().kind, written.error().message + " (OCR cache entry)"};
  return {};
}

Result<OcrCache::Usage> OcrCache::Measure() const {
  Usage usage;
  if (directory_.empty()) return usage;
  fs::path root = OcrDirectory(directory_);
  std::error_code error;
  if (!fs::exists(root, error)) return usage;
  for (fs::recursive_directory_iterator it(root, error), end; !error && it != end;
       it.increment(error)) {
    if (!it->is_regular_file(error) || it->path().extension() != kEntryExtension) continue;
    ++usage.entries;
    usage.bytes += it->file_size(error);
  }
  if (error) {
    return Error{ErrorKind::kIo, root.string() + ": cannot read the OCR cache: " + error.message()};
  }
  return usage;
}

Result<std::size_t> OcrCache::Clear() const {
  Result<Usage> usage = Measure();
  if (!usage) return usage.error();
  if (directory_.empty()) return std::size_t{0};
  fs::path root = OcrDirectory(directory_);
  std::error_code error;
  fs::remove_all(root, error);
  if (error) {
    return Error{ErrorKind::kIo,
                 root.string() + ": cannot clear the OCR cache: " + error.message()};
  }
  return usage->entries;
}

}  // namespace moacheck
