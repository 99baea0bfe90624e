// MakeOcrRecognizer: the PageRecognizer over RecognizePages, with its cache
// folder fixed when it is made.
#include <memory>

#include "moacheck/ocr.h"
#include "ocr/ocr_cache.h"
#include "ocr/recognize_pages.h"

namespace moacheck {
namespace {

class OcrRecognizer : public PageRecognizer {
 public:
  explicit OcrRecognizer(const OcrOptions& options) {
    run_.use_cache = options.use_cache;
    run_.cache_dir = options.use_cache ? OcrCache(options.cache_dir).directory() : "";
    run_.settings.tessdata_dir = options.tessdata_dir;
  }

  std::vector<PageRecognition> Recognize(const RecognitionRequest& request) const override {
    OcrRunOptions run = run_;
    run.jobs = request.jobs;
    run.settings.deadline = request.deadline;
    std::vector<OcrPageResult> pages =
        RecognizePages(*request.images, request.sha256, request.pages, run);
    return std::vector<PageRecognition>(std::make_move_iterator(pages.begin()),
                                        std::make_move_iterator(pages.end()));
  }

 private:
  OcrRunOptions run_;
};

}  // namespace

std::shared_ptr<const PageRecognizer> MakeOcrRecognizer(const OcrOptions& options) {
  return std::make_shared<const OcrRecognizer>(options);
}

}  // namespace moacheck
