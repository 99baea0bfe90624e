// Reading a batch report back: the records already in it say which files
// are done (--resume) and feed the archive summary. Files are identified by
// the SHA-256 of their bytes, so a renamed or moved archive resumes too.
// The report is streamed, never held whole, so memory stays flat however
// large it grew.
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "batch/csv_reader.h"
#include "common/sha256.h"
#include "moacheck/batch.h"

namespace moacheck {
namespace {

using nlohmann::json;

// The byte length of `path` up to and including its last line break.
Result<std::uintmax_t> WholeLinesLength(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorKind::kIo, fmt::format("{}: cannot read the report", path)};
  std::uintmax_t length = 0;
  std::uintmax_t whole = 0;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      if (buffer[i] == '\n') whole = length + static_cast<std::uintmax_t>(i) + 1;
    }
    length += static_cast<std::uintmax_t>(in.gcount());
  }
  return whole;
}

// "kind: message" of a CSV error row, as the JSON record's error object.
json CsvError(const std::string& message) {
  std::size_t colon = message.find(": ");
  if (colon == std::string::npos) return {{"kind", "internal"}, {"message", message}};
  return {{"kind", message.substr(0, colon)}, {"message", message.substr(colon + 2)}};
}

// CSV rows (file,sha256,status,rule,severity,outcome,page,section,message):
// consecutive rows of one file make one record.
Result<std::size_t> ReadCsvRecords(std::istream& in, const std::string& path,
                                   const std::function<void(json&&)>& take) {
  std::size_t count = 0;
  json record;
  auto flush = [&] {
    if (record.is_null()) return;
    take(std::move(record));
    record = json();
    ++count;
  };
  CsvReader reader(in);
  for (std::vector<std::string> fields; reader.Next(fields);) {
    if (fields.size() == 1 && fields[0].empty()) continue;
    if (reader.line() == 1 && !fields.empty() && fields[0] == "file") continue;  // the header
    if (fields.size() != 9) {
      return Error{ErrorKind::kUsage,
                   fmt::format("{}: line {}: expected 9 CSV fields "
                               "(file,sha256,status,rule,severity,outcome,page,section,message), "
                               "found {}",
                               path, reader.line(), fields.size())};
    }
    if (record.is_null() || record["file"] != fields[0] || record["sha256"] != fields[1]) {
      flush();
      record = {{"file", fields[0]}, {"sha256", fields[1]}, {"status", fields[2]},
                {"error", nullptr},  {"facts", nullptr},    {"findings", json::array()}};
      if (fields[2] == "error") record["error"] = CsvError(fields[8]);
    }
    if (!fields[3].empty()) {
      record["findings"].push_back({{"rule", fields[3]},
                                    {"severity", fields[4]},
                                    {"status", fields[5]},
                                    {"message", fields[8]}});
    }
  }
  flush();
  return count;
}

Result<std::size_t> ReadJsonlRecords(std::istream& in, const std::string& path,
                                     const std::function<void(json&&)>& take) {
  std::size_t count = 0;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    json record = json::parse(line, nullptr, false);
    if (record.is_discarded() || !record.is_object()) {
      return Error{
          ErrorKind::kUsage,
          fmt::format("{}: line {}: expected a JSON record (one object per line)", path, number)};
    }
    take(std::move(record));
    ++count;
  }
  return count;
}

}  // namespace

Result<std::size_t> ReadRecords(const std::string& path, bool csv,
                                const std::function<void(nlohmann::json&&)>& take) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return std::size_t{0};
  Result<std::uintmax_t> whole = WholeLinesLength(path);
  if (!whole) return whole.error();
  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && *whole < size) {
    // An interrupted write left part of a record: drop it, so records
    // appended later start on a line of their own.
    if (truncate(path.c_str(), static_cast<off_t>(*whole)) != 0) {
      return Error{ErrorKind::kIo, fmt::format("{}: cannot cut the unfinished last line", path)};
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorKind::kIo, fmt::format("{}: cannot read the report", path)};
  return csv ? ReadCsvRecords(in, path, take) : ReadJsonlRecords(in, path, take);
}

Result<ResumePlan> PlanResume(const std::string& output, bool csv, std::vector<std::string> inputs,
                              FailOn fail_on,
                              const std::function<void(const nlohmann::json&)>& recorded) {
  ResumePlan plan;
  std::set<std::string> hashes;
  Result<std::size_t> read = ReadRecords(output, csv, [&](nlohmann::json&& record) {
    auto hash = record.find("sha256");
    if (hash != record.end() && hash->is_string() && hash->get<std::string>().size() == 64)
      hashes.insert(hash->get<std::string>());
    plan.status = std::max(plan.status, RecordExitStatus(record, fail_on));
    recorded(record);
  });
  if (!read) return read.error();
  for (std::string& input : inputs) {
    std::string hash = input == "-" ? "" : FileSha256(input);
    if (hash.empty() || !hashes.count(hash)) plan.remaining.push_back(std::move(input));
  }
  return plan;
}

}  // namespace moacheck
