// Resuming: the records already in a batch report say which files are done.
// Files are identified by the SHA-256 of their bytes, so a renamed or moved
// archive resumes too.
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/sha256.h"
#include "moacheck/batch.h"

namespace moacheck {
namespace {

// The second field of a CSV row (sha256); fields may be quoted with "".
std::string SecondCsvField(const std::string& line) {
  std::size_t i = 0;
  if (i < line.size() && line[i] == '"') {
    for (++i; i < line.size(); ++i) {
      if (line[i] != '"') continue;
      if (i + 1 < line.size() && line[i + 1] == '"') {
        ++i;
        continue;
      }
      ++i;
      break;
    }
  } else {
    while (i < line.size() && line[i] != ',') ++i;
  }
  if (i >= line.size() || line[i] != ',') return "";
  std::size_t end = line.find(',', i + 1);
  return line.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
}

}  // namespace

std::string FileSha256(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return "";
  return Sha256Hex(bytes.str());
}

Result<std::set<std::string>> RecordedHashes(const std::string& path, bool csv) {
  std::set<std::string> hashes;
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return hashes;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorKind::kIo, fmt::format("{}: cannot read the report to resume", path)};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  std::size_t whole = text.rfind('\n');
  whole = whole == std::string::npos ? 0 : whole + 1;
  if (whole < text.size()) {
    // An interrupted write left part of a record: drop it.
    if (truncate(path.c_str(), static_cast<off_t>(whole)) != 0) {
      return Error{ErrorKind::kIo, fmt::format("{}: cannot cut the unfinished last line", path)};
    }
    text.resize(whole);
  }
  std::istringstream lines(text);
  std::size_t number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (csv) {
      if (number == 1 && line.rfind("file,", 0) == 0) continue;  // the header
      std::string hash = SecondCsvField(line);
      if (hash.size() == 64) hashes.insert(hash);
      continue;
    }
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      return Error{ErrorKind::kUsage,
                   fmt::format("{}: line {}: expected a JSON record to resume from", path, number)};
    }
    auto hash = record.find("sha256");
    if (hash != record.end() && hash->is_string() && hash->get<std::string>().size() == 64)
      hashes.insert(hash->get<std::string>());
  }
  return hashes;
}

}  // namespace moacheck
