#include "parser/plain_text.h"

#include <fmt/format.h>

#include "parser/unicode_text.h"

namespace moacheck {

Result<std::vector<PageText>> PlainTextPages(std::string_view bytes, const std::string& path) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t invalid = FirstInvalidUtf8(bytes);
  std::size_t nul = bytes.find('\0');
  if (invalid != std::string_view::npos || nul != std::string_view::npos) {
    std::size_t offset = std::min(invalid, nul);
    return Error{
        ErrorKind::kNotPdf,
        fmt::format("{}: not a PDF, and not UTF-8 text either (byte 0x{:02X} at offset {})", path,
                    static_cast<unsigned char>(bytes[offset]), offset)};
  }
  std::vector<PageText> pages;
  auto start_page = [&pages] {
    pages.emplace_back();
    pages.back().info.number = static_cast<int>(pages.size());
    pages.back().info.source = PageSource::kPlainText;
  };
  start_page();
  std::size_t line_begin = 0;
  for (std::size_t i = 0; i <= bytes.size(); ++i) {
    bool end = i == bytes.size();
    if (!end && bytes[i] != '\n' && bytes[i] != '\f') continue;
    std::string_view line = bytes.substr(line_begin, i - line_begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // A form feed right after a newline does not open an empty line.
    if (!(line.empty() && (end || bytes[i] == '\f'))) pages.back().lines.emplace_back(line);
    if (!end && bytes[i] == '\f' && i + 1 < bytes.size()) start_page();
    line_begin = i + 1;
  }
  std::size_t visible = 0;
  for (PageText& page : pages) {
    page.info.text_chars = CountTextChars(page.lines);
    visible += page.info.text_chars;
  }
  if (visible == 0) return Error{ErrorKind::kEmpty, path + ": text file has no visible characters"};
  return pages;
}

}  // namespace moacheck
