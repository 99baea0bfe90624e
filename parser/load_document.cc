// LoadDocument / DocumentFromText: read the bytes, decide PDF or text, and
// hand the pages to BuildDocument.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "common/sha256.h"
#include "parser/page_text.h"

namespace moacheck {
namespace {

Result<std::string> ReadAll(const std::string& path, std::size_t max_bytes) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorKind::kIo, path + ": cannot open file (missing or unreadable)"};
    buffer << in.rdbuf();
  }
  std::string bytes = buffer.str();
  if (bytes.size() > max_bytes) {
    return Error{ErrorKind::kTooLarge, path + ": file is " + std::to_string(bytes.size()) +
                                           " bytes, over the limit of " +
                                           std::to_string(max_bytes)};
  }
  return bytes;
}

bool LooksLikePdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

std::vector<PageText> SplitTextPages(std::string_view utf8) {
  std::vector<PageText> pages;
  PageText page;
  page.info.number = 1;
  page.info.source = PageSource::kPlainText;
  std::string current;
  auto finish_line = [&] {
    if (!current.empty() && current.back() == '\r') current.pop_back();
    page.lines.push_back(std::move(current));
    current.clear();
  };
  for (char c : utf8) {
    if (c == '\n') {
      finish_line();
    } else if (c == '\f') {
      if (!current.empty()) finish_line();
      pages.push_back(std::move(page));
      page = PageText{};
      page.info.number = static_cast<int>(pages.size()) + 1;
      page.info.source = PageSource::kPlainText;
    } else {
      current += c;
    }
  }
  if (!current.empty()) finish_line();
  if (!page.lines.empty() || pages.empty()) pages.push_back(std::move(page));
  return pages;
}

Result<std::vector<PageText>> PdfPages(const std::string& bytes, const std::string& path,
                                       const LoadOptions& options) {
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
  if (!pdf) return Error{ErrorKind::kDamaged, path + ": damaged PDF (poppler cannot open it)"};
  if (pdf->is_locked()) {
    return Error{ErrorKind::kEncrypted,
                 path + (options.password.empty()
                             ? ": encrypted PDF; give its password with --password"
                             : ": encrypted PDF; the password given does not open it")};
  }
  int count = pdf->pages();
  if (count <= 0) return Error{ErrorKind::kEmpty, path + ": PDF has no pages"};
  if (count > options.max_pages) {
    return Error{ErrorKind::kTooLarge, path + ": " + std::to_string(count) +
                                           " pages, over the limit of " +
                                           std::to_string(options.max_pages)};
  }
  std::vector<PageText> pages;
  for (int index = 0; index < count; ++index) {
    PageText page;
    page.info.number = index + 1;
    std::unique_ptr<poppler::page> p(pdf->create_page(index));
    if (p) {
      poppler::byte_array utf8 = p->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
      std::string text(utf8.begin(), utf8.end());
      std::istringstream stream(text);
      for (std::string line; std::getline(stream, line);) page.lines.push_back(line);
    }
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace

Result<Document> LoadDocument(const std::string& path, const LoadOptions& options) {
  Result<std::string> bytes = ReadAll(path, options.max_bytes);
  if (!bytes) return bytes.error();
  if (bytes->empty()) return Error{ErrorKind::kEmpty, path + ": file is empty"};
  if (!LooksLikePdf(*bytes)) return DocumentFromText(*bytes, path, options);
  Result<std::vector<PageText>> pages = PdfPages(*bytes, path, options);
  if (!pages) return pages.error();
  return BuildDocument(std::move(pages).value(), path, Sha256Hex(*bytes), options);
}

Result<Document> DocumentFromText(std::string_view utf8, const std::string& path,
                                  const LoadOptions& options) {
  return BuildDocument(SplitTextPages(utf8), path, Sha256Hex(utf8), options);
}

}  // namespace moacheck
