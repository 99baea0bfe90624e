// Accuracy against time of OCR at several DPIs, to choose OcrSettings::dpi.
//   ocr_dpi PDF FIRST LAST DPI... [--reference TEXT]
// Recognizes pages FIRST..LAST of PDF at each DPI (one thread, no cache) and
// prints seconds per page and word recall against a reference: the PDF's own
// text layer (for a born-digital PDF), or TEXT with pages separated by form
// feeds (e.g. the corpus's Tesseract output for a scan).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "ocr/ocr_settings.h"
#include "ocr/tesseract_engine.h"
#include "parser/page_image.h"

namespace {

// Lower-case alphanumeric words, counted.
std::map<std::string, int> Words(const std::string& text) {
  std::map<std::string, int> words;
  std::string word;
  for (char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      ++words[word];
      word.clear();
    }
  }
  return words;
}

// Share of the reference's words (with multiplicity) found in `ocr`.
double Recall(const std::map<std::string, int>& reference, const std::map<std::string, int>& ocr) {
  int total = 0, found = 0;
  for (const auto& [word, count] : reference) {
    total += count;
    auto it = ocr.find(word);
    if (it != ocr.end()) found += std::min(count, it->second);
  }
  return total == 0 ? 0 : static_cast<double>(found) / total;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: ocr_dpi PDF FIRST LAST DPI... [--reference TEXT]\n");
    return 2;
  }
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(argv[1]));
  if (!pdf) return 2;
  int first = std::stoi(argv[2]), last = std::stoi(argv[3]);
  std::vector<int> dpis;
  std::vector<std::string> reference_pages;
  for (int arg = 4; arg < argc; ++arg) {
    if (std::string(argv[arg]) == "--reference" && arg + 1 < argc) {
      std::ifstream in(argv[++arg]);
      std::stringstream all;
      all << in.rdbuf();
      std::string page;
      while (std::getline(all, page, '\f')) reference_pages.push_back(page);
    } else {
      dpis.push_back(std::stoi(argv[arg]));
    }
  }
  for (int dpi : dpis) {
    moacheck::OcrSettings settings;
    settings.dpi = dpi;
    double seconds = 0, recall_sum = 0, confidence_sum = 0;
    int pages = 0;
    for (int number = first; number <= last; ++number) {
      std::string reference;
      if (reference_pages.empty()) {
        std::unique_ptr<poppler::page> page(pdf->create_page(number - 1));
        poppler::byte_array utf8 = page->text().to_utf8();
        reference.assign(utf8.begin(), utf8.end());
      } else if (number - 1 < static_cast<int>(reference_pages.size())) {
        reference = reference_pages[number - 1];
      }
      auto start = std::chrono::steady_clock::now();
      auto image = moacheck::RenderPageGray(*pdf, number, dpi);
      if (!image) return 1;
      auto recognized = moacheck::RecognizeImage(*image, settings);
      if (!recognized) {
        std::fprintf(stderr, "%s\n", recognized.error().message.c_str());
        return 1;
      }
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::string text;
      for (const std::string& line : recognized->lines) text += line + "\n";
      recall_sum += Recall(Words(reference), Words(text));
      confidence_sum += recognized->confidence;
      ++pages;
    }
    std::printf("dpi %d: %.2f s/page, word recall %.4f, mean confidence %.1f (%d pages)\n", dpi,
                seconds / pages, recall_sum / pages, confidence_sum / pages, pages);
  }
  return 0;
}
