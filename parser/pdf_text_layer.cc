#include "parser/pdf_text_layer.h"

#include <fmt/format.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "parser/page_image.h"

namespace moacheck {
namespace {

// A damaged file can make poppler complain thousands of times.
constexpr std::size_t kMaxPopplerMessages = 50;

// Poppler reports through one process-wide callback; route it to whichever
// document the calling thread is reading, instead of standard error.
thread_local std::vector<std::string>* current_messages = nullptr;

void CollectPopplerMessage(const std::string& message, void*) {
  if (current_messages == nullptr) return;
  if (current_messages->size() < kMaxPopplerMessages) {
    current_messages->push_back(message);
  } else if (current_messages->size() == kMaxPopplerMessages) {
    current_messages->push_back("(further messages from the PDF library omitted)");
  }
}

// One page's text layer. Layout choice, measured on the 23 corpus PDFs by
// how many of the labels' quoted passages appear verbatim in the extracted
// text (whitespace collapsed): physical_layout 503/615, the default
// (non-raw, non-physical) 500/615, raw_order_layout 386/615. Raw order
// follows the content stream, so it drops the spaces that OCR'd text
// layers only have as gaps ("ofarrest") and puts form-filled agency names
// lines away from the blank they fill; the default layout splits a heading
// number from its title ("I." / "PURPOSE") and a filled blank from its
// sentence. Physical layout keeps each printed line whole; side-by-side
// signature columns share a line, which costs nothing measurable (splitting
// at wide gaps found no additional passage).
PageText TextLayerPage(const poppler::page& page, int number) {
  PageText text;
  text.info.number = number;
  text.info.source = PageSource::kTextLayer;
  poppler::byte_array utf8 = page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
  std::string_view all(utf8.data(), utf8.size());
  std::size_t begin = 0;
  while (begin < all.size()) {
    std::size_t end = all.find('\n', begin);
    if (end == std::string_view::npos) end = all.size();
    std::string_view line = all.substr(begin, end - begin);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\f')) line.remove_suffix(1);
    text.lines.emplace_back(line);
    begin = end + 1;
  }
  while (!text.lines.empty() && text.lines.back().find_first_not_of(' ') == std::string::npos) {
    text.lines.pop_back();
  }
  text.info.text_chars = CountTextChars(text.lines);
  return text;
}

}  // namespace

PopplerMessageCapture::PopplerMessageCapture(std::vector<std::string>* sink)
    : previous_(current_messages) {
  static std::once_flag installed;
  std::call_once(installed,
                 [] { poppler::set_debug_error_function(CollectPopplerMessage, nullptr); });
  current_messages = sink;
}

PopplerMessageCapture::~PopplerMessageCapture() { current_messages = previous_; }

Result<PdfText> ReadPdfText(const std::string& bytes, const std::string& path,
                            const LoadOptions& options) {
  PdfText result;
  PopplerMessageCapture capture(&result.poppler_messages);
  // poppler reads `bytes` in place; it outlives `pdf`.
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
  if (!pdf) {
    std::string why =
        result.poppler_messages.empty() ? "" : " (" + result.poppler_messages.back() + ")";
    return Error{ErrorKind::kDamaged,
                 fmt::format("{}: damaged PDF, cannot be opened{}", path, why)};
  }
  if (pdf->is_locked()) {
    return Error{
        ErrorKind::kEncrypted,
        path + (options.password.empty() ? ": encrypted PDF; give its password with --password"
                                         : ": encrypted PDF; the password given does not open it")};
  }
  int count = pdf->pages();
  if (count <= 0) {
    // A cut-off file often still opens (poppler rebuilds the cross-reference
    // table) but finds no pages; poppler's complaints tell it from a PDF
    // that really has zero pages, about which poppler only says "Invalid
    // page count 0".
    bool only_page_count = std::all_of(
        result.poppler_messages.begin(), result.poppler_messages.end(),
        [](const std::string& message) { return message.find("page count") != std::string::npos; });
    if (!only_page_count) {
      return Error{ErrorKind::kDamaged,
                   fmt::format("{}: damaged PDF, no readable pages (the PDF library says: {})",
                               path, result.poppler_messages.front())};
    }
    return Error{ErrorKind::kEmpty, path + ": PDF has no pages"};
  }
  if (count > options.max_pages) {
    return Error{ErrorKind::kTooLarge,
                 fmt::format("{}: {} pages, over the limit of {}", path, count, options.max_pages)};
  }
  result.pages.reserve(static_cast<std::size_t>(count));
  for (int index = 0; index < count; ++index) {
    if (std::chrono::steady_clock::now() > options.deadline) {
      return Error{ErrorKind::kTimeout,
                   fmt::format("{}: page {}: over the time limit (--timeout)", path, index + 1)};
    }
    std::unique_ptr<poppler::page> page(pdf->create_page(index));
    if (page) {
      result.pages.push_back(TextLayerPage(*page, index + 1));
    } else {
      result.warnings.push_back(fmt::format("page {}: cannot be read", index + 1));
      result.pages.emplace_back();
      result.pages.back().info.number = index + 1;
    }
  }
  if (std::chrono::steady_clock::now() > options.deadline) {
    return Error{ErrorKind::kTimeout,
                 fmt::format("{}: over the time limit (--timeout) before OCR", path)};
  }
  result.images = std::make_unique<PdfPageImages>(std::move(pdf));
  return result;
}

}  // namespace moacheck
