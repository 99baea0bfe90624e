// Flags and error printing shared by the commands that read documents.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "moacheck/document.h"
#include "moacheck/ocr.h"
#include "moacheck/status.h"

namespace moacheck::cli {

struct DocumentFlags {
  std::string password;
  std::string ocr = "auto";
  bool verbose = false;
  int jobs = 0;  // 0: all cores
  bool no_cache = false;
  std::size_t max_bytes = LoadOptions{}.max_bytes;
  int max_pages = LoadOptions{}.max_pages;

  void Add(CLI::App& command);
  LoadOptions ToLoadOptions() const;
  OcrOptions ToOcrOptions() const;
};

// One line "moacheck: MESSAGE" on stderr; returns exit status 2.
int ReportError(const Error& error);
// Document warnings on stderr (poppler chatter is among them only with --verbose).
void PrintWarnings(const Document& document);

}  // namespace moacheck::cli
