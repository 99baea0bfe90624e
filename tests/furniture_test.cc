// Page furniture (parser/furniture.h): running headers, footers and page
// numbers at page edges are taken out of the body and kept in
// Document::furniture; repeated body text is not. The pages are a sample
// agreement's text cut into pages, with the furniture added as a PDF's text
// layer would put it.
#define BOOST_TEST_MODULE furniture
#include "parser/furniture.h"

#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "moacheck/document.h"
#include "test_support.h"

using Pages = std::vector<std::vector<std::string>>;

namespace {

constexpr std::size_t kLinesPerPage = 30;

// The library calls of this file, in one place.
std::vector<std::vector<bool>> Furniture(const Pages& pages) {
  return moacheck::FindFurniture(pages);
}
moacheck::Document LoadText(const std::string& text) {
  moacheck::LoadOptions options;
  options.ocr = moacheck::OcrMode::kNever;
  auto document = moacheck::DocumentFromText(text, "furniture.txt", options);
  if (!document) BOOST_FAIL(document.error().message);
  return *document;
}

// The sample's non-empty lines, whitespace collapsed, kLinesPerPage a page.
Pages SamplePages(const std::string& name) {
  std::istringstream in(moacheck::testing::SamplePlainText(name));
  Pages pages(1);
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string collapsed;
    for (std::string word; words >> word;) collapsed += (collapsed.empty() ? "" : " ") + word;
    if (collapsed.empty()) continue;
    if (pages.back().size() == kLinesPerPage) pages.emplace_back();
    pages.back().push_back(collapsed);
  }
  BOOST_REQUIRE(pages.size() >= 8);
  return pages;
}

// `line` at the top of the pages listed.
void AddHeader(Pages& pages, const std::string& line, const std::vector<std::size_t>& on) {
  for (std::size_t p : on) pages[p].insert(pages[p].begin(), line);
}

std::vector<std::size_t> AllPages(const Pages& pages) {
  std::vector<std::size_t> all;
  for (std::size_t p = 0; p < pages.size(); ++p) all.push_back(p);
  return all;
}

bool Flagged(const std::vector<std::vector<bool>>& furniture, const Pages& pages, std::size_t p,
             const std::string& line) {
  for (std::size_t i = 0; i < pages[p].size(); ++i)
    if (pages[p][i] == line) return furniture[p][i];
  BOOST_FAIL("page " << p + 1 << " has no line \"" << line << "\"");
  return false;
}

}  // namespace

BOOST_AUTO_TEST_CASE(running_header_and_page_numbers_are_furniture_and_body_is_not) {
  Pages body = SamplePages("jail-enforcement-2020");
  Pages pages = body;
  const std::string header = "Harlan Ridge County Sheriff's Office";
  AddHeader(pages, header, AllPages(pages));
  for (std::size_t p = 0; p < pages.size(); ++p)
    pages[p].push_back("Page " + std::to_string(p + 1) + " of " + std::to_string(pages.size()));
  auto furniture = Furniture(pages);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    BOOST_TEST(furniture[p].front(), "page " << p + 1 << ": header not furniture");
    BOOST_TEST(furniture[p].back(), "page " << p + 1 << ": \"" << pages[p].back() << "\" kept");
    for (std::size_t i = 1; i + 1 < pages[p].size(); ++i)
      BOOST_TEST(!furniture[p][i], "page " << p + 1 << " line " << i + 1
                                           << " of the body taken for furniture: " << pages[p][i]);
  }
}

BOOST_AUTO_TEST_CASE(page_numbers_are_recognized_whatever_their_digits) {
  Pages pages = SamplePages("task-force-2025");
  // One style per page, some on a single page only: the pattern suffices.
  const std::vector<std::string> styles = {"7", "- 12 -", "Page 3", "4 of 19", "(5)", "Page 10/19"};
  for (std::size_t p = 0; p < styles.size(); ++p) pages[p].push_back(styles[p]);
  auto furniture = Furniture(pages);
  for (std::size_t p = 0; p < styles.size(); ++p)
    BOOST_TEST(furniture[p].back(), "page " << p + 1 << ": \"" << styles[p] << "\" not furniture");
}

BOOST_AUTO_TEST_CASE(a_line_repeated_in_the_middle_of_pages_is_body_text) {
  Pages pages = SamplePages("jail-enforcement-2020");
  const std::string repeated = "The LEA agrees to the following.";
  for (auto& page : pages) page.insert(page.begin() + page.size() / 2, repeated);
  auto furniture = Furniture(pages);
  for (std::size_t p = 0; p < pages.size(); ++p)
    BOOST_TEST(!Flagged(furniture, pages, p, repeated), "page " << p + 1);
}

// A line at a page edge is furniture once it recurs on at least two pages
// and on at least a quarter of them: a signature page's "Date:" on two of
// twenty pages is not.
BOOST_AUTO_TEST_CASE(a_recurring_edge_line_needs_a_quarter_of_the_pages) {
  Pages pages = SamplePages("jail-enforcement-2020");
  std::size_t quarter = (pages.size() + 3) / 4;  // ceil(25%)
  BOOST_REQUIRE(quarter >= 3);
  const std::string rare = "Immigration Liaison Unit";
  const std::string common = "Model Agreement Revision Copy";
  std::vector<std::size_t> rare_pages, common_pages;
  for (std::size_t p = 0; p < quarter - 1; ++p) rare_pages.push_back(p);
  for (std::size_t p = 0; p < quarter; ++p) common_pages.push_back(pages.size() - 1 - p);
  AddHeader(pages, rare, rare_pages);
  AddHeader(pages, common, common_pages);
  auto furniture = Furniture(pages);
  for (std::size_t p : rare_pages)
    BOOST_TEST(!Flagged(furniture, pages, p, rare),
               "page " << p + 1 << ": on " << rare_pages.size() << " of " << pages.size());
  for (std::size_t p : common_pages)
    BOOST_TEST(Flagged(furniture, pages, p, common),
               "page " << p + 1 << ": on " << common_pages.size() << " of " << pages.size());
}

BOOST_AUTO_TEST_CASE(a_short_document_still_needs_two_pages) {
  Pages sample = SamplePages("jail-enforcement-2020");
  Pages pages(sample.begin(), sample.begin() + 3);
  const std::string header = "Harlan Ridge County Sheriff's Office";
  AddHeader(pages, header, {0});
  BOOST_TEST(!Flagged(Furniture(pages), pages, 0, header), "on one page of three");
  AddHeader(pages, header, {1});
  auto furniture = Furniture(pages);
  BOOST_TEST(Flagged(furniture, pages, 0, header), "on two pages of three");
  BOOST_TEST(Flagged(furniture, pages, 1, header), "on two pages of three");
}

BOOST_AUTO_TEST_CASE(document_keeps_removed_furniture_apart_from_its_body) {
  Pages pages = SamplePages("warrant-service-officer-2025");
  const std::string footer = "Cedar Mesa County Sheriff's Office Revised 02/15/2025";
  std::string text;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const std::string& line : pages[p]) text += line + "\n";
    text += footer + "\n" + std::to_string(p + 1) + "\n\f";
  }
  moacheck::Document document = LoadText(text);
  std::size_t footers = 0, numbers = 0;
  for (const moacheck::Line& line : document.furniture) {
    footers += line.text == footer;
    numbers += line.text == std::to_string(line.page);
    BOOST_TEST(
        (line.text == footer || line.text == std::to_string(line.page)),
        "page " << line.page << " line " << line.line << " of the body taken out: " << line.text);
  }
  BOOST_TEST(footers == pages.size());
  BOOST_TEST(numbers == pages.size());
  for (const moacheck::Line& line : document.lines)
    BOOST_TEST(line.text != footer,
               "page " << line.page << " line " << line.line << " kept the footer");
}
