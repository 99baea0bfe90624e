// BuildDocument: page lines -> normalized Lines with provenance. The steps
// run in this order because each needs the previous one's result:
//  1. NFKC and letter-spacing repair (needs the original spacing), then
//     whitespace collapsed;
//  2. furniture found across pages and set aside, so that a clause broken
//     by a page footer becomes contiguous again;
//  3. list markers split off, per page (a marker needs its neighbours);
//  4. hyphenation joined over the body lines in reading order, across page
//     breaks (a marker line starts a new item and is never a continuation);
//  5. folding for matching;
//  6. each page's quality measured on its folded body lines.
#include <algorithm>

#include "parser/furniture.h"
#include "parser/list_marker.h"
#include "parser/page_quality.h"
#include "parser/page_text.h"
#include "parser/unicode_text.h"
#include "parser/word_repair.h"

namespace moacheck {
namespace {

struct DraftLine {
  int line = 0;
  std::string raw;
  std::string spaced;  // NFKC, original spacing
  std::string text;    // normalized, whitespace collapsed
  std::string marker;
  bool furniture = false;
};

struct DraftPage {
  PageInfo info;
  std::vector<DraftLine> lines;  // non-empty lines only
};

std::vector<DraftPage> Normalize(std::vector<PageText>& pages, bool* needs_words) {
  std::vector<DraftPage> drafts;
  drafts.reserve(pages.size());
  for (PageText& page : pages) {
    DraftPage draft{page.info, {}};
    int number = 0;
    for (std::string& raw : page.lines) {
      ++number;
      std::string spaced = Nfkc(raw);
      std::string text = CollapseWhitespace(spaced);
      if (text.empty()) continue;
      *needs_words = *needs_words || EndsWithWordHyphen(text) || HasLetterSpacedRun(spaced);
      draft.lines.push_back(
          {number, std::move(raw), std::move(spaced), std::move(text), {}, false});
    }
    drafts.push_back(std::move(draft));
  }
  return drafts;
}

DocumentWords CollectDocumentWords(const std::vector<DraftPage>& pages) {
  std::vector<std::string> texts;
  for (const DraftPage& page : pages) {
    for (const DraftLine& line : page.lines) texts.push_back(line.text);
  }
  return DocumentWords(texts);
}

void RepairLetterSpacing(std::vector<DraftPage>& pages, const DocumentWords& words) {
  for (DraftPage& page : pages) {
    for (DraftLine& line : page.lines) {
      if (HasLetterSpacedRun(line.spaced)) {
        line.text = CollapseWhitespace(RejoinLetterSpacing(line.spaced, words));
      }
    }
  }
}

void MarkFurniture(std::vector<DraftPage>& pages) {
  std::vector<std::vector<std::string>> texts(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const DraftLine& line : pages[p].lines) texts[p].push_back(line.text);
  }
  std::vector<std::vector<bool>> furniture = FindFurniture(texts);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t i = 0; i < pages[p].lines.size(); ++i)
      pages[p].lines[i].furniture = furniture[p][i];
  }
}

void SplitListMarkers(std::vector<DraftPage>& pages) {
  for (DraftPage& page : pages) {
    std::vector<DraftLine*> body;
    std::vector<std::string> texts;
    for (DraftLine& line : page.lines) {
      if (line.furniture) continue;
      body.push_back(&line);
      texts.push_back(line.text);
    }
    std::vector<std::string> markers;
    ExtractListMarkers(texts, markers);
    for (std::size_t i = 0; i < body.size(); ++i) {
      body[i]->text = std::move(texts[i]);
      body[i]->marker = std::move(markers[i]);
    }
  }
}

void JoinHyphenation(std::vector<DraftPage>& pages, const DocumentWords& words) {
  DraftLine* previous = nullptr;
  for (DraftPage& page : pages) {
    for (DraftLine& line : page.lines) {
      if (line.furniture) continue;
      if (previous != nullptr && line.marker.empty()) {
        JoinHyphenatedBreak(&previous->text, &line.text, words);
      }
      // A line emptied by the join gives way to the next one.
      if (!line.text.empty()) previous = &line;
    }
  }
}

Line MakeLine(const DraftPage& page, DraftLine& draft) {
  Line line;
  line.page = page.info.number;
  line.line = draft.line;
  line.raw = std::move(draft.raw);
  line.folded = FoldPunctuation(draft.text);
  line.text = std::move(draft.text);
  line.list_marker = std::move(draft.marker);
  line.ocr = page.info.source == PageSource::kOcr;
  return line;
}

// PageInfo::quality: the share of known words, capped for an OCR page by
// Tesseract's own confidence.
void MeasurePages(Document* document) {
  std::vector<std::vector<std::string>> page_lines(document->pages.size());
  for (const Line& line : document->lines) {
    std::size_t index = static_cast<std::size_t>(line.page - 1);
    if (index < page_lines.size()) page_lines[index].push_back(line.folded);
  }
  for (std::size_t i = 0; i < document->pages.size(); ++i) {
    PageInfo& page = document->pages[i];
    WordQuality words = MeasureKnownWords(page_lines[i]);
    page.judged_words = words.judged;
    page.quality = words.Share();
    if (page.source == PageSource::kOcr && page.ocr_confidence >= 0) {
      page.quality = std::min(page.quality, page.ocr_confidence / 100.0);
    }
  }
}

}  // namespace

std::size_t CountTextChars(const std::vector<std::string>& lines) {
  std::size_t count = 0;
  for (const std::string& line : lines) {
    for (char c : line) {
      unsigned char byte = static_cast<unsigned char>(c);
      bool space = c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
      if (!space && (byte & 0xC0) != 0x80) ++count;
    }
  }
  return count;
}

Document BuildDocument(std::vector<PageText> pages, const std::string& path,
                       const std::string& sha256, const LoadOptions& options) {
  bool needs_words = false;
  std::vector<DraftPage> drafts = Normalize(pages, &needs_words);
  // The word list is only built when some line needs a word repair.
  const DocumentWords words = needs_words ? CollectDocumentWords(drafts) : DocumentWords({});
  if (needs_words) RepairLetterSpacing(drafts, words);
  if (options.remove_furniture) MarkFurniture(drafts);
  SplitListMarkers(drafts);
  if (needs_words) JoinHyphenation(drafts, words);

  Document document;
  document.path = path;
  document.sha256 = sha256;
  for (DraftPage& page : drafts) {
    document.pages.push_back(page.info);
    for (DraftLine& draft : page.lines) {
      if (draft.furniture) {
        document.furniture.push_back(MakeLine(page, draft));
      } else if (!draft.text.empty()) {
        document.lines.push_back(MakeLine(page, draft));
      }
    }
  }
  MeasurePages(&document);
  document.line_start.reserve(document.lines.size());
  for (const Line& line : document.lines) {
    document.line_start.push_back(document.folded_text.size());
    document.folded_text += line.folded;
    document.folded_text += '\n';
  }
  return document;
}

}  // namespace moacheck
