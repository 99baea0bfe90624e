// RecognizePages: cache look-up, then a small worker pool over the misses.
#include "ocr/recognize_pages.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <system_error>
#include <thread>

#include "ocr/blank_page.h"
#include "ocr/ocr_cache.h"

namespace moacheck {
namespace {

struct SharedWork {
  const PdfPageImages& images;
  const std::string& sha256;
  const OcrRunOptions& options;
  const OcrCache& cache;
  const std::string& engine;
  std::vector<OcrPageResult*> todo;
  std::atomic<std::size_t> next{0};
};

void RecognizeOne(SharedWork& work, OcrPageResult& result) {
  Result<GrayImage> preview = work.images.Render(result.page, kBlankPreviewDpi);
  if (preview && IsBlankImage(*preview)) {
    result.blank = true;  // not cached: the preview costs less than a cache file
    return;
  }
  Result<GrayImage> image = work.images.Render(result.page, work.options.settings.dpi);
  if (!image) {
    // RenderPageGray names the page, as does the warning built from `error`.
    std::string page_prefix = "page " + std::to_string(result.page) + ": ";
    result.error = image.error().message;
    if (result.error.starts_with(page_prefix)) result.error.erase(0, page_prefix.size());
    return;
  }
  Result<RecognizedPage> recognized = RecognizeImage(*image, work.options.settings);
  if (!recognized) {
    result.error = recognized.error().message;
    return;
  }
  result.text = std::move(recognized).value();
  if (work.options.use_cache) {
    // A cache that cannot be written only costs time on the next run.
    work.cache.Store(work.sha256, result.page, work.engine, *result.text);
  }
}

void Work(SharedWork& work) {
  for (std::size_t index; (index = work.next++) < work.todo.size();) {
    OcrPageResult& result = *work.todo[index];
    // Past --timeout the document is given up: rendering and recognizing
    // the pages left would only delay the next file.
    if (std::chrono::steady_clock::now() > work.options.settings.deadline) {
      result.error = "OCR stopped: over the time limit (--timeout)";
      continue;
    }
    RecognizeOne(work, result);
  }
}

}  // namespace

std::vector<OcrPageResult> RecognizePages(const PdfPageImages& images, const std::string& sha256,
                                          const std::vector<int>& page_numbers,
                                          const OcrRunOptions& options) {
  OcrCache cache(options.cache_dir);
  std::string engine = EngineSignature(options.settings);
  std::vector<OcrPageResult> results(page_numbers.size());
  SharedWork work{images, sha256, options, cache, engine, {}, {}};
  for (std::size_t i = 0; i < page_numbers.size(); ++i) {
    results[i].page = page_numbers[i];
    if (options.use_cache) {
      results[i].text = cache.Load(sha256, page_numbers[i], engine);
      results[i].from_cache = results[i].text.has_value();
    }
    if (!results[i].from_cache) work.todo.push_back(&results[i]);
  }
  std::size_t workers = std::min<std::size_t>(std::max(options.jobs, 1), work.todo.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < workers; ++i) {
    try {
      threads.emplace_back([&work] { Work(work); });
    } catch (const std::system_error&) {
      break;  // fewer threads than asked: the others take up the pages
    }
  }
  Work(work);  // the calling thread is a worker too
  for (std::thread& thread : threads) thread.join();
  return results;
}

}  // namespace moacheck
