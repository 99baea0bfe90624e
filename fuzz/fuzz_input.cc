#include "fuzz/fuzz_input.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "moacheck/check.h"

namespace moacheck::fuzz {
namespace {

LoadOptions FuzzLoadOptions() {
  LoadOptions options;
  options.ocr = OcrMode::kNever;  // OCR is too slow to fuzz and has its own limits
  return options;
}

// The built-in vocabulary and defaults load once per process, as a CLI run
// does.
const CheckContext& BuiltInContext() {
  static const std::shared_ptr<const CheckContext> context = [] {
    Result<std::shared_ptr<const CheckContext>> loaded = LoadCheckContext(CheckOptions{});
    if (!loaded) std::abort();  // the shipped data must load
    return *loaded;
  }();
  return *context;
}

// A file private to this process holding `bytes`, removed when it goes out
// of scope.
struct ScratchFile {
  std::string path;
  ScratchFile(std::string_view bytes, const std::string& suffix);
  ~ScratchFile() { std::remove(path.c_str()); }
};

ScratchFile::ScratchFile(std::string_view bytes, const std::string& suffix) {
  // /dev/shm keeps the per-input write off the disk when it exists.
  std::filesystem::path dir = std::filesystem::exists("/dev/shm")
                                  ? std::filesystem::path("/dev/shm")
                                  : std::filesystem::temp_directory_path();
  path = (dir / ("moacheck-fuzz-" + std::to_string(getpid()) + suffix)).string();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

bool RunPdf(std::string_view bytes) {
  ScratchFile file(bytes, ".pdf");
  Result<Document> document = LoadDocument(file.path, FuzzLoadOptions(), /*recognizer=*/nullptr);
  if (!document) return false;
  ParseOutline(*document, BuiltInContext().section_kinds());
  return true;
}

bool RunOutline(std::string_view bytes) {
  Result<Document> document = DocumentFromText(bytes, "fuzz.txt", FuzzLoadOptions());
  if (!document) return false;
  ParseOutline(*document, BuiltInContext().section_kinds());
  return true;
}

bool RunFacts(std::string_view bytes) {
  Result<Document> document = DocumentFromText(bytes, "fuzz.txt", FuzzLoadOptions());
  if (!document) return false;
  FactsToJson(ReadAgreement(*document, BuiltInContext()).facts);
  return true;
}

bool RunRulebook(std::string_view bytes) {
  ScratchFile file(bytes, ".yaml");
  return LoadRulebooks({file.path}, BuiltInContext().rulebook_inputs()).ok();
}

}  // namespace moacheck::fuzz
