// The OCR cache: each recognized page kept as a small text file, keyed by
// the document's SHA-256, the page number and the engine signature
// (ocr/ocr_settings.h), so a re-run of the same file skips Tesseract.
// Layout: DIR/ocr/<first two hex digits>/<sha256>-p<page>-<engine hash>.txt
// Thread-safety: an OcrCache is an immutable value; Load and Store may run
// from many threads and processes at once. Store writes a temporary file and
// renames it, so a reader sees either no entry or a whole one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "moacheck/status.h"
#include "ocr/tesseract_engine.h"

namespace moacheck {

class OcrCache {
 public:
  // $XDG_CACHE_HOME/moacheck, else $HOME/.cache/moacheck; empty when neither
  // variable is set (there is then no default cache).
  static std::string DefaultDirectory();

  // `directory` empty: DefaultDirectory().
  explicit OcrCache(std::string directory = "");

  const std::string& directory() const { return directory_; }

  // The page as stored under exactly this engine signature, if present and whole.
  std::optional<RecognizedPage> Load(const std::string& sha256, int page,
                                     const std::string& engine) const;
  // Keeps `recognized`; an Error names the file that could not be written.
  Status Store(const std::string& sha256, int page, const std::string& engine,
               const RecognizedPage& recognized) const;

  struct Usage {
    std::size_t entries = 0;
    std::uintmax_t bytes = 0;
  };
  Result<Usage> Measure() const;
  // Removes every entry; returns how many there were.
  Result<std::size_t> Clear() const;

 private:
  std::string EntryPath(const std::string& sha256, int page, const std::string& engine) const;

  std::string directory_;
};

}  // namespace moacheck
