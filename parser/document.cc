// Document's accessors over the joined folded text.
#include "moacheck/document.h"

#include <algorithm>

namespace moacheck {
namespace {

// Byte offset of the `count`-th code point of a UTF-8 string (clamped).
std::size_t CodePointOffset(const std::string& text, std::size_t count) {
  std::size_t offset = 0;
  while (offset < text.size() && count > 0) {
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
      ++offset;
    }
    --count;
  }
  return offset;
}

std::size_t CodePointCount(const std::string& text, std::size_t begin, std::size_t end) {
  std::size_t count = 0;
  for (std::size_t i = begin; i < end && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace

std::size_t Document::LineAt(std::size_t offset) const {
  auto it = std::upper_bound(line_start.begin(), line_start.end(), offset);
  return it == line_start.begin() ? 0 : static_cast<std::size_t>(it - line_start.begin()) - 1;
}

std::string Document::Quote(std::size_t begin, std::size_t end) const {
  if (lines.empty() || begin >= end) return {};
  std::size_t first = LineAt(begin);
  std::size_t last = LineAt(end > 0 ? end - 1 : 0);
  std::string quote;
  for (std::size_t i = first; i <= last && i < lines.size(); ++i) {
    const Line& line = lines[i];
    std::size_t line_begin = line_start[i];
    std::size_t from = i == first ? begin - line_begin : 0;
    std::size_t to =
        i == last ? std::min(end - line_begin, line.folded.size()) : line.folded.size();
    // Folding is code point for code point, so count code points in `folded`
    // and take as many from `text`.
    std::size_t text_from = CodePointOffset(line.text, CodePointCount(line.folded, 0, from));
    std::size_t text_to = CodePointOffset(line.text, CodePointCount(line.folded, 0, to));
    if (!quote.empty()) quote += ' ';
    quote += line.text.substr(text_from, text_to - text_from);
  }
  return quote;
}

std::vector<int> Document::OcrPages() const {
  std::vector<int> pages_from_ocr;
  for (const PageInfo& page : pages) {
    if (page.source == PageSource::kOcr) pages_from_ocr.push_back(page.number);
  }
  return pages_from_ocr;
}

std::vector<int> Document::PagesRead(PageReading reading) const {
  std::vector<int> numbers;
  for (const PageInfo& page : pages) {
    if (ReadingOf(page) == reading) numbers.push_back(page.number);
  }
  return numbers;
}

const char* PageSourceName(PageSource source) {
  switch (source) {
    case PageSource::kTextLayer:
      return "text-layer";
    case PageSource::kOcr:
      return "ocr";
    case PageSource::kPlainText:
      return "plain-text";
    case PageSource::kNone:
      return "none";
  }
  return "none";
}

}  // namespace moacheck
