// Each normalization of the parser on small texts through DocumentFromText:
// NFKC, folding and Quote(), whitespace, hyphenation, letter spacing, list
// markers, page furniture, and plain-text page/line provenance.
#define BOOST_TEST_MODULE parser_normalize
#include <boost/test/unit_test.hpp>
#include <string>

#include "moacheck/document.h"

namespace {

using moacheck::Document;
using moacheck::DocumentFromText;
using moacheck::Line;
using moacheck::LoadOptions;

Document Load(const std::string& text, LoadOptions options = {}) {
  auto document = DocumentFromText(text, "snippet.txt", options);
  if (!document.ok()) BOOST_FAIL("snippet.txt did not load: " + document.error().message);
  return std::move(document).value();
}

// The body line that came from `page`:`line`, or nullptr.
const Line* Find(const Document& document, int page, int line) {
  for (const Line& candidate : document.lines) {
    if (candidate.page == page && candidate.line == line) return &candidate;
  }
  return nullptr;
}

// One page: running header, a few lines of clause text around `body`, a
// footer and a page number.
std::string Page(int number, const std::string& body, const std::string& footer) {
  static const char* const kWords[] = {"alpha", "bravo", "charlie", "delta", "echo"};
  std::string word = kWords[number % 5];
  return "Tarpon Ridge County Sheriff's Office\n" + word + " opens this page.\n" +
         "It continues with " + word + " for a while.\n" + body + "\n" + "Another " + word +
         " sentence ends the text.\n" + "Closing words: " + word + ".\n" + footer + "\n\n" +
         "Page " + std::to_string(number) + " of 4\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE(nfkc_expands_ligatures_and_compatibility_forms) {
  Document document = Load("The ofﬁcer shall ﬂag the ﬁle\n");
  BOOST_REQUIRE_EQUAL(document.lines.size(), 1u);
  BOOST_TEST(document.lines[0].text == "The officer shall flag the file");
  BOOST_TEST(document.lines[0].raw == "The ofﬁcer shall ﬂag the ﬁle");
}

BOOST_AUTO_TEST_CASE(curly_quotes_and_dashes_fold_but_stay_in_text) {
  Document document = Load("the LEA\u2019s \u201cjail\u201d \u2014 48\u2013hour hold\n");
  const Line& line = document.lines.at(0);
  BOOST_TEST(line.text == "the LEA\u2019s \u201cjail\u201d \u2014 48\u2013hour hold");
  BOOST_TEST(line.folded == "the LEA's \"jail\" - 48-hour hold");
}

BOOST_AUTO_TEST_CASE(quote_maps_folded_offsets_back_to_original_text) {
  Document document = Load("the LEA\u2019s \u201cjail\u201d facilities\nand its officers\n");
  std::size_t begin = document.folded_text.find("LEA's");
  std::size_t end = document.folded_text.find("its") + 3;
  BOOST_REQUIRE(begin != std::string::npos);
  BOOST_TEST(document.Quote(begin, end) == "LEA\u2019s \u201cjail\u201d facilities and its");
  BOOST_TEST(document.LineAt(end - 1) == 1u);
}

BOOST_AUTO_TEST_CASE(whitespace_runs_collapse_and_line_numbers_count_blank_lines) {
  Document document = Load("  I.\t  PURPOSE   \n\n   The  purpose\u00a0of this MOA\n");
  BOOST_REQUIRE_EQUAL(document.lines.size(), 2u);
  BOOST_TEST(document.lines[0].text == "I. PURPOSE");
  BOOST_TEST(document.lines[1].text == "The purpose of this MOA");
  BOOST_TEST(document.lines[1].line == 3);
}

BOOST_AUTO_TEST_CASE(end_of_line_hyphenation_is_joined_on_the_first_line) {
  Document document = Load(
      "pursuant to the immigra-\ntion laws of the United States\n"
      "on a case-\nby-case basis for Form I-\n213 records\n");
  BOOST_TEST(Find(document, 1, 1)->text == "pursuant to the immigration");
  BOOST_TEST(Find(document, 1, 2)->text == "laws of the United States");
  // Both halves are words and "caseby" is not: a real compound.
  BOOST_TEST(Find(document, 1, 3)->text == "on a case-by-case");
  // An upper-case or numeric continuation is not the rest of a word.
  BOOST_TEST(Find(document, 1, 4)->text == "basis for Form I-");
  BOOST_TEST(Find(document, 1, 5)->text == "213 records");
}

BOOST_AUTO_TEST_CASE(hyphenation_keeps_the_hyphen_the_document_itself_uses) {
  Document document = Load("aliens in ICE-approved facilities\nto the ICE-\napproved detention\n");
  BOOST_TEST(Find(document, 1, 2)->text == "to the ICE-approved");
  BOOST_TEST(Find(document, 1, 3)->text == "detention");
}

BOOST_AUTO_TEST_CASE(hyphenation_joins_across_a_page_break_and_its_footer) {
  std::string text;
  for (int page = 1; page <= 3; ++page) {
    text += "Tarpon Ridge County Sheriff's Office\nFirst line of page.\nSecond line of text.\n";
    text += page == 2 ? "the alien is subject to investiga-\n" : "an ordinary ending\n";
    text += "Revised 02/12/2025\n\f";
  }
  // The continuation opens page 3's body.
  text.replace(text.rfind("Tarpon Ridge County Sheriff's Office\nFirst line of page."),
               std::string("Tarpon Ridge County Sheriff's Office\nFirst line of page.").size(),
               "Tarpon Ridge County Sheriff's Office\ntion by the LEA.");
  Document document = Load(text);
  BOOST_TEST(Find(document, 2, 4)->text == "the alien is subject to investigation");
  BOOST_TEST(Find(document, 3, 2)->text == "by the LEA.");
}

BOOST_AUTO_TEST_CASE(letter_spaced_words_are_rejoined_from_the_document_vocabulary) {
  Document document = Load(
      "officers may take custody and maintain records\n"
      "The power and authority to t a k e a n d m a i n t a i n custody\n"
      "under the  T E R M I N A T I O N  clause\n");
  BOOST_TEST(Find(document, 1, 2)->text == "The power and authority to take and maintain custody");
  // Letters no known word covers stay together as one word.
  BOOST_TEST(Find(document, 1, 3)->text == "under the TERMINATION clause");
}

BOOST_AUTO_TEST_CASE(wider_gaps_mark_word_boundaries_in_letter_spaced_text) {
  Document document = Load("authority to t a k e   a n d   m a i n t a i n custody\n");
  BOOST_TEST(document.lines.at(0).text == "authority to take and maintain custody");
}

BOOST_AUTO_TEST_CASE(short_single_letter_runs_are_left_alone) {
  Document document = Load("items (a) b c and x y listed\n");
  BOOST_TEST(document.lines.at(0).text == "items (a) b c and x y listed");
}

BOOST_AUTO_TEST_CASE(bullet_glyphs_become_list_markers) {
  Document document = Load(
      "\u2022 The power to arrest\n\uf0b7 The power to detain\n\u25aa The power to serve\n"
      "- serve warrants\n* issue detainers\n\u2022The power to interrogate\n");
  const char* markers[] = {"\u2022", "\uf0b7", "\u25aa", "-", "*", "\u2022"};
  const char* texts[] = {"The power to arrest", "The power to detain", "The power to serve",
                         "serve warrants",      "issue detainers",     "The power to interrogate"};
  BOOST_REQUIRE_EQUAL(document.lines.size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) {
    BOOST_TEST(document.lines[i].list_marker == markers[i], "line " << i + 1);
    BOOST_TEST(document.lines[i].text == texts[i], "line " << i + 1);
  }
}

BOOST_AUTO_TEST_CASE(letters_o_and_x_are_markers_only_in_a_list) {
  Document document = Load(
      "x The power and authority to interrogate\n"
      "o arrest aliens\no serve warrants\n"
      "plain text\nplain text\nplain text\n"
      "x marks the spot in this sentence\n"
      "oxen and x\n");
  BOOST_TEST(Find(document, 1, 1)->list_marker == "x");
  BOOST_TEST(Find(document, 1, 1)->text == "The power and authority to interrogate");
  BOOST_TEST(Find(document, 1, 2)->list_marker == "o");
  BOOST_TEST(Find(document, 1, 3)->text == "serve warrants");
  // Lower-case word and no sibling "x" item nearby: a real word.
  BOOST_TEST(Find(document, 1, 7)->list_marker == "");
  BOOST_TEST(Find(document, 1, 7)->text == "x marks the spot in this sentence");
  BOOST_TEST(Find(document, 1, 8)->text == "oxen and x");
}

BOOST_AUTO_TEST_CASE(running_headers_footers_and_page_numbers_are_furniture) {
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    text += Page(page, "Clause " + std::to_string(page) + " of the agreement continues",
                 "Revised 02/12/2025");
    if (page < 4) text += "\f";
  }
  Document document = Load(text);
  BOOST_REQUIRE_EQUAL(document.pages.size(), 4u);
  BOOST_TEST(document.lines.size() == 4u * 5u);
  for (const Line& line : document.lines) {
    BOOST_TEST(line.text.find("Tarpon") == std::string::npos,
               "page " << line.page << ": " << line.text);
    BOOST_TEST(line.line >= 2);
    BOOST_TEST(line.line <= 6);
  }
  BOOST_TEST(document.furniture.size() == 12u);
  BOOST_TEST(document.folded_text.find("Revised") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(furniture_is_kept_when_removal_is_off) {
  std::string text;
  for (int page = 1; page <= 4; ++page)
    text += Page(page, "Body text", "Revised 02/12/2025") + "\f";
  LoadOptions options;
  options.remove_furniture = false;
  Document document = Load(text, options);
  BOOST_TEST(document.furniture.empty());
  BOOST_TEST(document.lines.size() == 4u * 8u);
}

BOOST_AUTO_TEST_CASE(a_line_on_one_page_only_is_not_furniture_unless_a_page_number) {
  Document document = Load(
      "MEMORANDUM OF AGREEMENT\nThe parties agree.\n3\n\f"
      "Second page text only.\nMore text.\nPage 4\n");
  BOOST_TEST(Find(document, 1, 1) != nullptr);
  BOOST_TEST(Find(document, 1, 3) == nullptr);
  BOOST_TEST(Find(document, 2, 3) == nullptr);
  BOOST_TEST(document.furniture.size() == 2u);
}

BOOST_AUTO_TEST_CASE(repeated_lines_in_the_middle_of_pages_stay) {
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    text += "Heading " + std::to_string(page) + "\nA\nB\nC\nThe LEA agrees.\nD\nE\nF\n\f";
  }
  Document document = Load(text);
  int kept = 0;
  for (const Line& line : document.lines) kept += line.text == "The LEA agrees.";
  BOOST_TEST(kept == 4);
}

BOOST_AUTO_TEST_CASE(form_feeds_start_pages_and_crlf_is_accepted) {
  Document document = Load("first\r\nsecond\r\n\fthird\n");
  BOOST_REQUIRE_EQUAL(document.pages.size(), 2u);
  BOOST_TEST(Find(document, 1, 2)->text == "second");
  BOOST_TEST(Find(document, 2, 1)->text == "third");
  BOOST_TEST(document.pages[1].text_chars == 5u);
  BOOST_TEST((document.pages[0].source == moacheck::PageSource::kPlainText));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_not_a_document) {
  auto document = DocumentFromText("abc\xff\xfe def", "bytes.bin", {});
  BOOST_REQUIRE(!document.ok());
  BOOST_TEST(std::string(moacheck::ErrorKindName(document.error().kind)) == "not-pdf");
  BOOST_TEST(document.error().message.find("bytes.bin") != std::string::npos);
  BOOST_TEST(document.error().message.find("offset 3") != std::string::npos);
}
