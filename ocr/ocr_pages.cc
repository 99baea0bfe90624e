// ReplaceUnreadablePages: the per-page OCR decision and its warnings.
#include "ocr/ocr_pages.h"

#include <cmath>
#include <map>

#include "parser/page_stats.h"
#include "ocr/recognize_pages.h"

namespace moacheck {

std::string DescribePages(const std::vector<int>& page_numbers) {
  std::string text = page_numbers.size() == 1 ? "page " : "pages ";
  for (std::size_t i = 0; i < page_numbers.size();) {
    std::size_t last = i;
    while (last + 1 < page_numbers.size() && page_numbers[last + 1] == page_numbers[last] + 1) {
      ++last;
    }
    if (i > 0) text += ", ";
    text += std::to_string(page_numbers[i]);
    if (last > i) {
      text += '-';
      text += std::to_string(page_numbers[last]);
    }
    i = last + 1;
  }
  return text;
}

OcrSummary ReplaceUnreadablePages(const poppler::document& pdf, const std::string& sha256,
                                  const LoadOptions& options, std::vector<PageText>* pages) {
  OcrSummary summary;
  std::vector<int> unreadable;  // text layer unusable, whatever the mode
  std::vector<int> to_recognize;
  for (const PageText& page : *pages) {
    PageStats stats = MeasurePageText(page.lines);
    if (PageNeedsOcr(stats)) unreadable.push_back(page.info.number);
    if (ShouldOcrPage(options.ocr, stats)) to_recognize.push_back(page.info.number);
  }
  if (options.ocr == OcrMode::kNever) {
    if (!unreadable.empty()) {
      summary.warnings.push_back(DescribePages(unreadable) +
                                 ": no usable text layer, and OCR is off (--ocr never)");
    }
    return summary;
  }
  if (to_recognize.empty()) return summary;

  OcrRunOptions run;
  run.jobs = options.jobs;
  run.use_cache = options.use_ocr_cache;
  run.cache_dir = options.ocr_cache_dir;
  run.settings.deadline = options.deadline;
  std::vector<OcrPageResult> results = RecognizePages(pdf, sha256, to_recognize, run);

  std::vector<int> recognized;
  std::vector<int> blank;
  double confidence_sum = 0;
  std::map<std::string, std::vector<int>> failures;  // one warning per distinct cause
  for (const OcrPageResult& result : results) {
    if (result.blank) {
      blank.push_back(result.page);
      continue;
    }
    if (!result.text) {
      failures[result.error].push_back(result.page);
      continue;
    }
    PageText& page = (*pages)[result.page - 1];
    page.lines = result.text->lines;
    page.info.source = PageSource::kOcr;
    page.info.ocr_confidence = result.text->confidence;
    recognized.push_back(result.page);
    confidence_sum += result.text->confidence;
    ++(result.from_cache ? summary.pages_from_cache : summary.pages_recognized);
  }
  if (!recognized.empty()) {
    long mean = std::lround(confidence_sum / static_cast<double>(recognized.size()));
    std::string warning = DescribePages(recognized);
    warning += options.ocr == OcrMode::kForce ? ": read by OCR (--ocr force)"
                                              : ": no usable text layer; read by OCR";
    warning += ", mean confidence " + std::to_string(mean);
    summary.warnings.push_back(std::move(warning));
  }
  if (!blank.empty()) summary.warnings.push_back(DescribePages(blank) + ": blank, nothing to read");
  for (const auto& [cause, failed] : failures) {
    summary.warnings.push_back(DescribePages(failed) + ": " + cause +
                               "; the page's text layer, if any, is used");
  }
  return summary;
}

}  // namespace moacheck
