// The inputs of a run and a simple thread pool over CheckFile. Resuming,
// progress and time limits belong to the batch runner (batch/).
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "moacheck/check.h"

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
  CheckOptions shared = options;
  if (!shared.context) {
    Result<std::shared_ptr<const CheckContext>> context = LoadCheckContext(options);
    if (!context) return context.error();
    shared.context = *context;
  }
  int workers = std::clamp(jobs, 1, std::max(1, static_cast<int>(paths.size())));
  // Threads left over after one per file go to OCR within each document.
  shared.load.jobs = std::max(1, jobs / workers);
  std::vector<CheckResult> results(paths.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++)
      results[i] = CheckFile(paths[i], shared);
  };
  std::vector<std::thread> threads;
  for (int i = 1; i < workers; ++i) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  return results;
}

}  // namespace moacheck
