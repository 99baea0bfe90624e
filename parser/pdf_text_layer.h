// PDF input through poppler-cpp: open the document (password, damage,
// limits) and read each page's text layer as lines in reading order,
// keeping the document open so pages can then be rendered for recognition.
// Thread-safety: different documents may be read from different threads;
// poppler's own messages are collected per thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/status.h"
#include "parser/page_image.h"
#include "parser/page_text.h"

namespace moacheck {

struct PdfText {
  std::vector<PageText> pages;
  std::vector<std::string> warnings;          // always worth telling ("page 3: cannot be read")
  std::vector<std::string> poppler_messages;  // poppler's complaints, in order
  // The open document; it reads `bytes` of ReadPdfText in place.
  std::unique_ptr<PdfPageImages> images;
};

// `bytes` holds a whole PDF file and must outlive the result's `images`;
// `path` names it in errors.
Result<PdfText> ReadPdfText(const std::string& bytes, const std::string& path,
                            const LoadOptions& options);

// While one lives, poppler's messages on this thread are appended to `sink`
// instead of reaching standard error.
class PopplerMessageCapture {
 public:
  explicit PopplerMessageCapture(std::vector<std::string>* sink);
  ~PopplerMessageCapture();
  PopplerMessageCapture(const PopplerMessageCapture&) = delete;
  PopplerMessageCapture& operator=(const PopplerMessageCapture&) = delete;

 private:
  std::vector<std::string>* previous_;
};

}  // namespace moacheck
