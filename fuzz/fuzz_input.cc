#include "fuzz/fuzz_input.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "moacheck/document.h"
#include "moacheck/facts.h"
#include "moacheck/outline.h"
#include "moacheck/rules.h"

namespace moacheck::fuzz {
namespace {

LoadOptions FuzzLoadOptions() {
  LoadOptions options;
  options.ocr = OcrMode::kNever;  // OCR is too slow to fuzz and has its own limits
  return options;
}

// The built-in vocabulary compiles once per process, as the CLI does.
const Vocabulary& BuiltInVocabulary() {
  static const std::shared_ptr<const Vocabulary> vocabulary = [] {
    Result<std::shared_ptr<const Vocabulary>> loaded = LoadVocabulary();
    if (!loaded) std::abort();  // the shipped vocabulary must load
    return *loaded;
  }();
  return *vocabulary;
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
  std::filesystem::path dir = std::filesystem::exists("/dev/shm") ? std::filesystem::path("/dev/shm")
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
  ParseOutline(*document);
  return true;
}

bool RunOutline(std::string_view bytes) {
  Result<Document> document = DocumentFromText(bytes, "fuzz.txt", FuzzLoadOptions());
  if (!document) return false;
  ParseOutline(*document);
  return true;
}

bool RunFacts(std::string_view bytes) {
  const Vocabulary& vocabulary = BuiltInVocabulary();
  Result<Document> document = DocumentFromText(bytes, "fuzz.txt", FuzzLoadOptions());
  if (!document) return false;
  Outline outline = ParseOutline(*document);
  Facts facts = ExtractFacts(*document, outline, vocabulary);
  FactsToJson(facts);
  return true;
}

bool RunRulebook(std::string_view bytes) {
  ScratchFile file(bytes, ".yaml");
  return LoadRulebooks({file.path}).ok();
}

}  // namespace moacheck::fuzz
