// Draws a laid-out sample into a PDF file with cairo: vector text with a
// real text layer, or (scanned) each page rasterized and placed as an image
// so the PDF has no text at all, like an image-only scan.
#pragma once

#include <string>

#include "samples/generator/layout.h"
#include "samples/generator/markup.h"

namespace moacheck::samples {

struct RenderOptions {
  bool scanned = false;
  double scan_dpi = 200;
  std::string title;  // PDF metadata
};

// Returns false and sets `error` when cairo cannot write `output_path`.
bool RenderPdf(const SampleSource& source, const Layout& layout, const RenderOptions& options,
               const std::string& output_path, std::string& error);

}  // namespace moacheck::samples
