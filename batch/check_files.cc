// The inputs of a run, and CheckFiles: the batch runner in input order.
#include <algorithm>
#include <filesystem>

#include "moacheck/batch.h"

namespace moacheck {
namespace {

bool IsPdfName(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return extension == ".pdf";
}

template <typename Iterator>
void AddPdfs(Iterator entries, std::vector<std::string>& pdfs) {
  for (const auto& entry : entries) {
    std::error_code error;
    if (entry.is_regular_file(error) && IsPdfName(entry.path()))
      pdfs.push_back(entry.path().string());
  }
}

}  // namespace

std::vector<std::string> CollectInputs(const std::vector<std::string>& paths, bool recursive) {
  std::vector<std::string> inputs;
  for (const std::string& path : paths) {
    std::error_code error;
    if (path == "-" || !std::filesystem::is_directory(path, error)) {
      inputs.push_back(path);
      continue;
    }
    std::vector<std::string> pdfs;
    try {
      auto options = std::filesystem::directory_options::skip_permission_denied;
      if (recursive) {
        AddPdfs(std::filesystem::recursive_directory_iterator(path, options), pdfs);
      } else {
        AddPdfs(std::filesystem::directory_iterator(path, options), pdfs);
      }
    } catch (const std::filesystem::filesystem_error&) {
      // An unreadable directory is kept as an input so its error is reported.
      pdfs.assign(1, path);
    }
    std::sort(pdfs.begin(), pdfs.end());
    inputs.insert(inputs.end(), pdfs.begin(), pdfs.end());
  }
  return inputs;
}

Result<std::vector<CheckResult>> CheckFiles(const std::vector<std::string>& paths,
                                            const CheckOptions& options, int jobs) {
  BatchOptions batch;
  batch.check = options;
  batch.jobs = jobs;
  batch.sort = true;
  std::vector<CheckResult> results;
  results.reserve(paths.size());
  Result<BatchTotals> totals = RunBatch(paths, batch, [&](CheckResult&& result, std::string&&) {
    results.push_back(std::move(result));
  });
  if (!totals) return totals.error();
  return results;
}

}  // namespace moacheck
