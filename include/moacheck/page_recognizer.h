// PageRecognizer: the seam through which LoadDocument reads the pages whose
// text layer is missing or unusable from their images instead. The parser
// decides which pages need it (--ocr auto|never|force) and puts what comes
// back in their place, with source kOcr and the page's confidence; OCR
// (moacheck/ocr.h) is one implementation, a test may give another.
// Thread-safety: a recognizer is immutable and shared by all threads of a
// run; Recognize may be called from many threads at once (each call reads
// one document).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace moacheck {

// The pages of the PDF being loaded, rendered on request (declared by the
// parser in parser/page_image.h for the recognizers built into the library).
class PdfPageImages;

struct RecognizedPage {
  std::vector<std::string> lines;  // in reading order, blank line between blocks
  double confidence = 0;           // mean word confidence, 0..100
};

struct RecognitionRequest {
  const PdfPageImages* images = nullptr;  // the document's pages; valid during Recognize
  std::string sha256;                     // digest of the document's bytes
  std::vector<int> pages;                 // 1-based, ascending
  int jobs = 1;                           // threads the recognizer may use
  // check --timeout: work on the pages stops once this passes.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

struct PageRecognition {
  std::optional<RecognizedPage> text;  // empty when blank or failed
  bool blank = false;                  // nothing drawn on the page: no text, no warning of failure
  std::string error;                   // why it failed, without the page number
};

class PageRecognizer {
 public:
  virtual ~PageRecognizer() = default;
  // One result per entry of request.pages, in the same order.
  virtual std::vector<PageRecognition> Recognize(const RecognitionRequest& request) const = 0;
};

}  // namespace moacheck
