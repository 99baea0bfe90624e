// RecognizeUnreadablePages: the per-page OCR decision and its warnings.
#include "parser/unreadable_pages.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

#include "parser/page_quality.h"
#include "parser/page_stats.h"

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

std::vector<std::string> RecognizeUnreadablePages(const PdfPageImages& images,
                                                  const std::string& sha256,
                                                  const LoadOptions& options,
                                                  const PageRecognizer* recognizer,
                                                  std::vector<PageText>* pages) {
  std::vector<std::string> warnings;
  std::vector<int> unreadable;  // text layer unusable, whatever the mode
  RecognitionRequest request;
  std::vector<int> garbled;  // text layer usable by its characters, but its words read poorly
  for (const PageText& page : *pages) {
    PageStats stats = MeasurePageText(page.lines);
    bool needs_ocr = PageNeedsOcr(stats);
    if (needs_ocr) unreadable.push_back(page.info.number);
    bool ocr = ShouldOcrPage(options.ocr, stats);
    if (!needs_ocr && options.ocr == OcrMode::kAuto) {
      WordQuality words = MeasureKnownWords(page.lines);
      if (ReadsPoorly(words.judged, words.Share())) {
        garbled.push_back(page.info.number);
        ocr = true;
      }
    }
    if (ocr) request.pages.push_back(page.info.number);
  }
  // A page left unread keeps whatever its text layer holds, but is marked
  // so that nothing is taken as absent from it.
  auto mark_not_read = [&](const std::vector<int>& numbers) {
    for (int number : numbers) {
      (*pages)[static_cast<std::size_t>(number - 1)].info.source = PageSource::kNone;
    }
  };
  if (options.ocr == OcrMode::kNever) {
    mark_not_read(unreadable);
    if (!unreadable.empty()) {
      warnings.push_back(DescribePages(unreadable) +
                         ": no usable text layer, and OCR is off (--ocr never)");
    }
    return warnings;
  }
  if (recognizer == nullptr) {
    mark_not_read(unreadable);
    if (!unreadable.empty()) {
      warnings.push_back(DescribePages(unreadable) +
                         ": no usable text layer, and no OCR engine was given");
    }
    return warnings;
  }
  if (request.pages.empty()) return warnings;

  request.images = &images;
  request.sha256 = sha256;
  request.jobs = options.jobs;
  request.deadline = options.deadline;
  std::vector<PageRecognition> results = recognizer->Recognize(request);

  std::vector<int> recognized;
  std::vector<int> blank;
  double confidence_sum = 0;
  std::map<std::string, std::vector<int>> failures;  // one warning per distinct cause
  for (std::size_t i = 0; i < request.pages.size(); ++i) {
    int number = request.pages[i];
    if (i >= results.size()) {
      failures["the recognizer returned no result"].push_back(number);
      continue;
    }
    PageRecognition& result = results[i];
    if (result.blank) {
      blank.push_back(number);
      continue;
    }
    if (!result.text) {
      failures[result.error].push_back(number);
      continue;
    }
    PageText& page = (*pages)[static_cast<std::size_t>(number - 1)];
    page.lines = std::move(result.text->lines);
    page.info.source = PageSource::kOcr;
    page.info.ocr_confidence = result.text->confidence;
    recognized.push_back(number);
    confidence_sum += result.text->confidence;
  }
  if (!recognized.empty()) {
    long mean = std::lround(confidence_sum / static_cast<double>(recognized.size()));
    std::string warning = DescribePages(recognized);
    bool all_garbled = std::all_of(recognized.begin(), recognized.end(), [&](int number) {
      return std::find(garbled.begin(), garbled.end(), number) != garbled.end();
    });
    warning += options.ocr == OcrMode::kForce ? ": read by OCR (--ocr force)"
               : all_garbled                  ? ": the text layer reads poorly; read by OCR"
                                              : ": no usable text layer; read by OCR";
    warning += ", mean confidence " + std::to_string(mean);
    warnings.push_back(std::move(warning));
  }
  if (!blank.empty()) warnings.push_back(DescribePages(blank) + ": blank, nothing to read");
  for (const auto& [cause, failed] : failures) {
    std::vector<int> lost;  // failed pages that had no usable text layer to fall back on
    std::set_intersection(failed.begin(), failed.end(), unreadable.begin(), unreadable.end(),
                          std::back_inserter(lost));
    mark_not_read(lost);
    warnings.push_back(DescribePages(failed) + ": " + cause +
                       "; the page's text layer, if any, is used");
  }
  return warnings;
}

}  // namespace moacheck
