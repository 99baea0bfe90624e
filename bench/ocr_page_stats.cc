// Prints, for every page of the PDFs given, the text-layer measures the OCR
// decision uses (parser/page_stats.h), one tab-separated row per page:
//   file page chars replacement words garbage garbage_ratio needs_ocr
// Built and run by bench/ocr_page_stats.sh; the numbers justify the
// thresholds in parser/page_stats.cc.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cstdio>
#include <memory>
#include <sstream>

#include "parser/page_stats.h"

int main(int argc, char** argv) {
  for (int arg = 1; arg < argc; ++arg) {
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(argv[arg]));
    if (!pdf) {
      std::fprintf(stderr, "%s: cannot open\n", argv[arg]);
      continue;
    }
    for (int index = 0; index < pdf->pages(); ++index) {
      std::unique_ptr<poppler::page> page(pdf->create_page(index));
      std::vector<std::string> lines;
      if (page) {
        poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        std::istringstream stream(std::string(utf8.begin(), utf8.end()));
        for (std::string line; std::getline(stream, line);) lines.push_back(line);
      }
      moacheck::PageStats stats = moacheck::MeasurePageText(lines);
      std::printf("%s\t%d\t%zu\t%zu\t%zu\t%zu\t%.3f\t%d\n", argv[arg], index + 1, stats.chars,
                  stats.replacement_chars, stats.words, stats.garbage_words, stats.GarbageRatio(),
                  moacheck::PageNeedsOcr(stats) ? 1 : 0);
    }
  }
  return 0;
}
