// RecognizeImage: one TessBaseAPI per thread, OpenMP inside Tesseract off.
#include "ocr/tesseract_engine.h"

#include <dlfcn.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>

#include <memory>
#include <sstream>

namespace moacheck {
namespace {

// Tesseract parallelizes its LSTM with OpenMP. We already recognize one page
// per core, so its extra threads only oversubscribe the CPU (and spin). The
// OMP_THREAD_LIMIT variable is read when libgomp loads, before main, so it
// cannot be set from here; making every parallel region inactive
// (max-active-levels 0) has the same effect. That setting belongs to the
// calling thread (libgomp copies it per thread), so every OCR thread makes
// it. The OpenMP runtime, when Tesseract was built with it, is already
// loaded with libtesseract, so it is looked up rather than linked.
void DisableTesseractOpenMpInThisThread() {
  using SetMaxActiveLevels = void (*)(int);
  static void* const symbol = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
  if (symbol != nullptr) reinterpret_cast<SetMaxActiveLevels>(symbol)(0);
}

struct ThreadEngine {
  std::unique_ptr<tesseract::TessBaseAPI> api;
  std::string tessdata_dir;  // what `api` was initialized with
  std::string language;
  bool failed = false;  // Init failed for these: do not retry every page
};

Result<tesseract::TessBaseAPI*> EngineForThisThread(const std::string& tessdata_dir,
                                                    const std::string& language) {
  thread_local ThreadEngine engine;
  if (engine.language != language || engine.tessdata_dir != tessdata_dir) {
    engine = ThreadEngine{};
    engine.tessdata_dir = tessdata_dir;
    engine.language = language;
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Tesseract prints its own complaints (a missing traineddata file) on
    // stderr; ours are clearer and go to Document::warnings instead.
    std::vector<std::string> names = {"debug_file"};
    std::vector<std::string> values = {"/dev/null"};
    const char* datapath = tessdata_dir.empty() ? nullptr : tessdata_dir.c_str();
    if (api->Init(datapath, language.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values,
                  false) != 0) {
      engine.failed = true;
    } else {
      engine.api = std::move(api);
    }
  }
  if (engine.failed) {
    return Error{ErrorKind::kIo, "OCR unavailable: Tesseract cannot load the language pack '" +
                                     language + "' (" + language +
                                     ".traineddata; install tesseract-ocr-" + language +
                                     " or set TESSDATA_PREFIX)"};
  }
  return engine.api.get();
}

}  // namespace

std::string TesseractVersion() { return tesseract::TessBaseAPI::Version(); }

Result<RecognizedPage> RecognizeImage(const GrayImage& image, const OcrSettings& settings) {
  Result<tesseract::TessBaseAPI*> engine =
      EngineForThisThread(settings.tessdata_dir, settings.language);
  if (!engine) return engine.error();
  tesseract::TessBaseAPI* api = *engine;
  DisableTesseractOpenMpInThisThread();
  api->SetPageSegMode(static_cast<tesseract::PageSegMode>(settings.page_segmentation_mode));
  api->SetImage(image.pixels.data(), image.width, image.height, 1, image.bytes_per_row);
  api->SetSourceResolution(image.dpi);
  // Tesseract polls the monitor between words, so a page that would take
  // long stops soon after the deadline instead of running to its end.
  tesseract::ETEXT_DESC monitor;
  if (settings.deadline != std::chrono::steady_clock::time_point::max())
    monitor.end_time = settings.deadline;
  int failed = api->Recognize(&monitor);
  if (monitor.deadline_exceeded()) {
    api->Clear();
    return Error{ErrorKind::kTimeout, "OCR stopped: over the time limit (--timeout)"};
  }
  if (failed != 0) {
    api->Clear();
    return Error{ErrorKind::kInternal, "OCR failed: Tesseract could not recognize the image"};
  }
  std::unique_ptr<char[]> text(api->GetUTF8Text());
  RecognizedPage page;
  page.confidence = api->MeanTextConf();
  api->Clear();
  if (text) {
    std::istringstream stream(text.get());
    for (std::string line; std::getline(stream, line);) page.lines.push_back(line);
  }
  while (!page.lines.empty() && page.lines.back().empty()) page.lines.pop_back();
  return page;
}

}  // namespace moacheck
