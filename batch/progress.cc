// Progress of a batch run on standard error: one line rewritten with \r,
// only when standard error is a terminal (logs and pipes stay clean).
#include "batch/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace moacheck {

BatchProgress::BatchProgress(std::size_t total)
    : total_(total), start_(std::chrono::steady_clock::now()), shown_(isatty(STDERR_FILENO)) {}

void BatchProgress::Add(const CheckResult& result) {
  ++done_;
  pages_ += static_cast<std::size_t>(std::max(0, result.pages));
  if (!result.ok) ++errors_;
  if (!shown_) return;
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double per_file = done_ > 0 ? seconds / static_cast<double>(done_) : 0;
  double eta = per_file * static_cast<double>(total_ - std::min(total_, done_));
  double pages_per_second = seconds > 0 ? static_cast<double>(pages_) / seconds : 0;
  std::fprintf(stderr, "\r%s\033[K",
               fmt::format("{}/{} files  {:.1f} pages/s  ETA {:.0f}s  {} errors", done_, total_,
                           pages_per_second, eta, errors_)
                   .c_str());
  std::fflush(stderr);
}

void BatchProgress::Finish() {
  if (shown_ && done_ > 0) std::fputs("\n", stderr);
}

}  // namespace moacheck
