// BatchProgress: files done/total, pages per second, ETA and errors so far,
// for a person watching a long run. Not thread-safe: call Add from the
// batch's `emit`, which RunBatch serializes.
#pragma once

#include <chrono>
#include <cstddef>

#include "moacheck/findings.h"

namespace moacheck {

class BatchProgress {
 public:
  explicit BatchProgress(std::size_t total);
  void Add(const CheckResult& result);
  // Ends the progress line so later messages start on a line of their own.
  void Finish();

 private:
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t pages_ = 0;
  std::size_t errors_ = 0;
  std::chrono::steady_clock::time_point start_;
  bool shown_;
};

}  // namespace moacheck
