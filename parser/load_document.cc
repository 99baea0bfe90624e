// LoadDocument / DocumentFromText: read the bytes, decide PDF or text, and
// compose the PDF text layer -> the page recognizer -> BuildDocument.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "common/sha256.h"
#include "parser/page_text.h"
#include "parser/pdf_text_layer.h"
#include "parser/plain_text.h"
#include "parser/unreadable_pages.h"

namespace moacheck {
namespace {

Result<std::string> ReadAll(const std::string& path, std::size_t max_bytes) {
  std::string bytes;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = buffer.str();
  } else {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      return Error{ErrorKind::kIo, path + ": is a directory, not a file"};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return Error{ErrorKind::kIo,
                   fmt::format("{}: cannot open file ({})", path, std::strerror(errno))};
    }
    // Refuse an oversized file before reading it into memory.
    auto size = std::filesystem::file_size(path, error);
    if (!error && size > max_bytes) {
      return Error{ErrorKind::kTooLarge, fmt::format("{}: file is {} bytes, over the limit of {}",
                                                     path, size, max_bytes)};
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    bytes = buffer.str();
  }
  if (bytes.size() > max_bytes) {
    return Error{ErrorKind::kTooLarge, fmt::format("{}: input is {} bytes, over the limit of {}",
                                                   path, bytes.size(), max_bytes)};
  }
  return bytes;
}

// PDF readers accept the header anywhere in the first kilobyte.
bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

}  // namespace

Result<Document> LoadDocument(const std::string& path, const LoadOptions& options,
                              const PageRecognizer* recognizer) {
  Result<std::string> bytes = ReadAll(path, options.max_bytes);
  if (!bytes) return bytes.error();
  if (bytes->empty()) return Error{ErrorKind::kEmpty, path + ": file is empty (0 bytes)"};
  if (!LooksLikePdf(*bytes)) return DocumentFromText(*bytes, path, options);
  std::string sha256 = Sha256Hex(*bytes);
  Result<PdfText> pdf = ReadPdfText(*bytes, path, options);
  if (!pdf) return pdf.error();
  {
    // Poppler's complaints while rendering pages on this thread belong to
    // this document, as while reading its text layer.
    PopplerMessageCapture capture(&pdf->poppler_messages);
    std::vector<std::string> ocr_warnings =
        RecognizeUnreadablePages(*pdf->images, sha256, options, recognizer, &pdf->pages);
    pdf->warnings.insert(pdf->warnings.end(), ocr_warnings.begin(), ocr_warnings.end());
    // Closed here, so poppler's messages while closing the PDF are captured too.
    pdf->images.reset();
  }
  Document document = BuildDocument(std::move(pdf->pages), path, sha256, options);
  std::vector<std::string> warnings = std::move(pdf->warnings);
  if (options.verbose) {
    for (const std::string& message : pdf->poppler_messages)
      warnings.push_back("PDF library: " + message);
  }
  warnings.insert(warnings.end(), document.warnings.begin(), document.warnings.end());
  document.warnings = std::move(warnings);
  return document;
}

Result<Document> DocumentFromText(std::string_view utf8, const std::string& path,
                                  const LoadOptions& options) {
  if (utf8.empty()) return Error{ErrorKind::kEmpty, path + ": file is empty (0 bytes)"};
  Result<std::vector<PageText>> pages = PlainTextPages(utf8, path);
  if (!pages) return pages.error();
  if (pages->size() > static_cast<std::size_t>(options.max_pages)) {
    return Error{ErrorKind::kTooLarge, fmt::format("{}: {} pages, over the limit of {}", path,
                                                   pages->size(), options.max_pages)};
  }
  return BuildDocument(std::move(pages).value(), path, Sha256Hex(utf8), options);
}

}  // namespace moacheck
