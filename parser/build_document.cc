// BuildDocument: page lines -> normalized Lines with provenance.
#include "parser/page_text.h"

namespace moacheck {
namespace {

// Folds typographic quotes, dashes and spaces to ASCII, one code point for one.
std::string Fold(const std::string& text) {
  std::string folded;
  folded.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string_view cp(text.data() + i, std::min(length, text.size() - i));
    if (cp == "\u2018" || cp == "\u2019" || cp == "\u201B" || cp == "\u2032") {
      folded += '\'';
    } else if (cp == "\u201C" || cp == "\u201D" || cp == "\u201F" || cp == "\u2033") {
      folded += '"';
    } else if (cp == "\u2010" || cp == "\u2011" || cp == "\u2012" || cp == "\u2013" ||
               cp == "\u2014" || cp == "\u2015" || cp == "\u2212") {
      folded += '-';
    } else if (cp == "\u00A0" || cp == "\u2002" || cp == "\u2003" || cp == "\u2009" ||
               cp == "\u202F") {
      folded += ' ';
    } else {
      folded += cp;
    }
    i += cp.size();
  }
  return folded;
}

std::string Trim(const std::string& text) {
  std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  std::size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

}  // namespace

Document BuildDocument(std::vector<PageText> pages, const std::string& path,
                       const std::string& sha256, const LoadOptions& options) {
  (void)options;
  Document document;
  document.path = path;
  document.sha256 = sha256;
  for (PageText& page : pages) {
    int number = 0;
    for (std::string& raw : page.lines) {
      ++number;
      std::string text = Trim(raw);
      if (text.empty()) continue;
      Line line;
      line.page = page.info.number;
      line.line = number;
      line.raw = raw;
      line.text = text;
      line.folded = Fold(text);
      line.ocr = page.info.source == PageSource::kOcr;
      page.info.text_chars += text.size();
      document.lines.push_back(std::move(line));
    }
    document.pages.push_back(page.info);
  }
  for (const Line& line : document.lines) {
    document.line_start.push_back(document.folded_text.size());
    document.folded_text += line.folded;
    document.folded_text += '\n';
  }
  return document;
}

}  // namespace moacheck
