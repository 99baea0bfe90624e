// PDF input through poppler-cpp: open the document (password, damage,
// limits) and read each page's text layer as lines in reading order.
// Thread-safety: different documents may be read from different threads;
// poppler's own messages are collected per thread.
#pragma once

#include <string>
#include <vector>

#include "moacheck/document.h"
#include "moacheck/status.h"
#include "parser/page_text.h"

namespace moacheck {

struct PdfText {
  std::vector<PageText> pages;
  std::vector<std::string> warnings;          // always worth telling ("page 3: cannot be read")
  std::vector<std::string> poppler_messages;  // poppler's complaints, in order
};

// `bytes` holds a whole PDF file, `sha256` its hash (the OCR cache key);
// `path` names it in errors.
Result<PdfText> ReadPdfText(const std::string& bytes, const std::string& sha256,
                            const std::string& path, const LoadOptions& options);

}  // namespace moacheck
