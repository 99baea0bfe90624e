// Document: the first pipeline stage's value. A PDF or plain-text agreement
// becomes pages of normalized lines, each remembering where it came from
// (page and line as extracted) so every later quote can be cited.
// Thread-safety: a built Document is an immutable value; share it freely.
// LoadDocument itself may run concurrently on different files (one poppler
// document per call).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "moacheck/status.h"

namespace moacheck {

struct Line {
  int page = 0;      // 1-based
  int line = 0;      // 1-based position within the page as extracted, so numbers
                     // agree between `moacheck text` and `moacheck text --raw`
  std::string raw;   // the line exactly as extracted
  std::string text;  // normalized for quoting: NFKC, hyphenation and letter
                     // spacing repaired, list marker removed, curly quotes kept
  // `text` with curly quotes, dashes and odd spaces folded to ASCII, one code
  // point for one code point, so an offset in `folded` is the same code point
  // offset in `text`. Patterns match this.
  std::string folded;
  std::string list_marker;  // "•", "x", "o", "" ... when the line opens a
                            // bulleted item; empty otherwise
  bool ocr = false;         // text came from OCR of the page image
};

// Where a page's text came from. kNone: not read, because the page has no
// usable text layer and OCR did not run (--ocr never, no engine, or the
// engine failed); whatever its text layer holds is kept, but nothing on the
// page can be taken as absent.
enum class PageSource { kTextLayer, kOcr, kPlainText, kNone };

// "text-layer", "ocr", "plain-text", "none", as in the JSON report.
const char* PageSourceName(PageSource source);

struct PageInfo {
  int number = 0;  // 1-based
  PageSource source = PageSource::kTextLayer;
  double ocr_confidence = -1;  // Tesseract mean word confidence 0..100; -1 if not OCR
  std::size_t text_chars = 0;  // non-space characters of the text layer
  // How well the page's text reads, 0..1: the share of its words that are
  // words of MOA language (the bundled ICE templates and the vocabulary),
  // capitalized names and numbers not judged; for OCR pages at most
  // Tesseract's mean confidence / 100. 1 when no word could be judged.
  double quality = 1;
  std::size_t judged_words = 0;  // the words `quality` was measured on
};

// How far a page's text can be trusted (thresholds in parser/page_stats.cc):
// read well; read, but too garbled for an absence to mean anything; not read.
enum class PageReading { kGood, kPoor, kNotRead };
PageReading ReadingOf(const PageInfo& page);

// "page 3" or "pages 1-4, 7" for messages.
std::string DescribePages(const std::vector<int>& page_numbers);

struct Document {
  std::string path;    // as given by the caller ("-" for standard input)
  std::string sha256;  // hex digest of the input bytes
  std::vector<PageInfo> pages;
  std::vector<Line> lines;            // body lines in reading order
  std::vector<Line> furniture;        // running headers, footers, page numbers: removed but kept
  std::vector<std::string> warnings;  // e.g. "page 4: text layer unusable, OCR used"

  // All body lines' `folded` text joined by '\n', for patterns that span
  // lines; line_start[i] is the byte offset of lines[i] in it.
  std::string folded_text;
  std::vector<std::size_t> line_start;

  // Index into `lines` of the line holding byte `offset` of folded_text.
  std::size_t LineAt(std::size_t offset) const;
  // The `text` (unfolded, curly quotes kept) covering folded_text[begin, end),
  // lines joined by a single space.
  std::string Quote(std::size_t begin, std::size_t end) const;
  std::vector<int> OcrPages() const;
  // Pages whose ReadingOf is `reading`, in order.
  std::vector<int> PagesRead(PageReading reading) const;
};

enum class OcrMode { kAuto, kNever, kForce };

struct LoadOptions {
  bool remove_furniture = true;
  std::string password;  // for encrypted PDFs
  OcrMode ocr = OcrMode::kAuto;
  bool verbose = false;  // surface poppler's own complaints as warnings
  std::size_t max_bytes = 256u << 20;
  int max_pages = 2000;
  int jobs = 1;  // threads for OCR of one document's pages
  // check --timeout: reading stops with a timeout Error once this passes
  // (checked between pages, and by Tesseract between words within a page).
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

class PageRecognizer;  // moacheck/page_recognizer.h

// Reads a PDF, or a UTF-8 text file (form feed = page break); "-" reads
// standard input. Bad input is an Error naming the file and what was wrong.
// Pages of a PDF whose text layer is unusable (or every page, under --ocr
// force) are read by `recognizer`; null: there is no OCR engine, and such
// pages are named in a warning.
Result<Document> LoadDocument(const std::string& path, const LoadOptions& options,
                              const PageRecognizer* recognizer);

// The same normalization over text already in memory.
Result<Document> DocumentFromText(std::string_view utf8, const std::string& path,
                                  const LoadOptions& options);

}  // namespace moacheck
