// RunBatch: a pool of workers over CheckFile. Each worker takes the next
// file, checks it and hands the result over under one lock; with `sort`,
// results that finish ahead of their turn wait in a map until the ones
// before them are out, so memory holds at most the files in flight and
// those waiting behind a slow one.
#include <algorithm>
#include <map>
#include <mutex>
#include <thread>

#include "moacheck/batch.h"

namespace moacheck {

Result<BatchTotals> RunBatch(const std::vector<std::string>& paths, const BatchOptions& options,
                             const std::function<void(CheckResult&&, std::string&&)>& emit) {
  CheckOptions shared = options.check;
  if (!shared.context) {
    Result<std::shared_ptr<const CheckContext>> context = LoadCheckContext(shared);
    if (!context) return context.error();
    shared.context = *context;
  }
  int workers = std::clamp(options.jobs, 1, std::max(1, static_cast<int>(paths.size())));
  // Threads left over after one per file go to OCR within each document.
  shared.load.jobs = std::max(1, options.jobs / workers);

  BatchTotals totals;
  std::mutex mutex;
  std::size_t next = 0;      // the next file to take
  std::size_t next_out = 0;  // with sort: the next index to emit
  struct Done {
    CheckResult result;
    std::string record;
  };
  std::map<std::size_t, Done> waiting;

  auto deliver = [&](Done& done) {
    ++totals.emitted;
    if (!done.result.ok) ++totals.errors;
    emit(std::move(done.result), std::move(done.record));
  };
  auto work = [&] {
    for (;;) {
      std::size_t index;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (next >= paths.size()) return;
        if (options.stop != nullptr && options.stop->load()) {
          totals.stopped = true;
          return;
        }
        index = next++;
      }
      Done done{CheckFile(paths[index], shared), ""};
      if (options.render) done.record = options.render(done.result);
      std::lock_guard<std::mutex> lock(mutex);
      if (!options.sort) {
        deliver(done);
        continue;
      }
      waiting.emplace(index, std::move(done));
      for (auto it = waiting.begin(); it != waiting.end() && it->first == next_out;
           it = waiting.erase(it), ++next_out) {
        deliver(it->second);
      }
    }
  };
  std::vector<std::thread> threads;
  for (int i = 1; i < workers; ++i) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  // After a stop, files taken later than a slow one may still wait; they
  // were checked, so they are written rather than lost.
  for (auto& [index, done] : waiting) deliver(done);
  return totals;
}

}  // namespace moacheck
