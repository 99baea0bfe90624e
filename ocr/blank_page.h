// Blank pages ("intentionally left blank", padding in a scan, a PDF of empty
// pages) cost Tesseract a second or more each to find nothing; a preview
// rendered at kBlankPreviewDpi (a few milliseconds) tells them apart first.
// Thread-safety: a pure function over a value.
#pragma once

#include "parser/page_image.h"

namespace moacheck {

// Antialiased text, rules and scanned strokes still leave gray pixels at
// this size.
constexpr int kBlankPreviewDpi = 36;

// True when nothing is drawn on the image: all but a handful of pixels lie
// within a few gray levels of the most common value (the paper).
bool IsBlankImage(const GrayImage& image);

}  // namespace moacheck
