// Word diff (diff/word_diff.h): the runs of words where two sentences
// differ, and which of them are OCR noise rather than edits. The sentences
// are a sample agreement's, edited here as a drafter or a scanner would.
#define BOOST_TEST_MODULE word_diff
#include "diff/word_diff.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "diff/sentences.h"
#include "test_support.h"

using moacheck::diff::Word;
using moacheck::diff::WordHunk;

namespace {

// The library calls of this file, in one place.
std::vector<Word> Words(const std::string& sentence) {
  std::vector<Word> words;
  std::istringstream in(sentence);
  for (std::string text; in >> text;) {
    std::string key = moacheck::diff::WordKey(text);
    if (!key.empty()) words.push_back(Word{key, text, 0});
  }
  return words;
}
struct Comparison {
  std::vector<Word> old_words, new_words;
  std::vector<WordHunk> hunks;
  std::vector<bool> noise;  // per hunk: OCR noise, not an edit
};
Comparison Compare(const std::string& old_sentence, const std::string& new_sentence) {
  Comparison c{Words(old_sentence), Words(new_sentence), {}, {}};
  c.hunks = moacheck::diff::DiffWords(c.old_words, c.new_words);
  for (const WordHunk& hunk : c.hunks)
    c.noise.push_back(moacheck::diff::IsOcrNoise(
        c.old_words, c.new_words, moacheck::diff::TrimSplitWords(c.old_words, c.new_words, hunk)));
  return c;
}

std::string Joined(const std::vector<Word>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) out += (out.empty() ? "" : " ") + words[i].text;
  return out;
}

// The sentence of the sample that begins with `start`, its lines joined.
std::string SampleSentence(const std::string& start) {
  std::string text = moacheck::testing::SamplePlainText("jail-enforcement-2020");
  std::size_t at = text.find(start);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "'" << start << "' not in the sample");
  std::size_t end = std::min(text.find(". ", at), text.find(".\n", at));
  std::string sentence = text.substr(at, end - at + 1);
  for (char& c : sentence)
    if (c == '\n') c = ' ';
  return sentence;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' not in '" << text << "'");
  return text.replace(at, from.size(), to);
}

const char* kPurpose = "This MOA sets forth the terms and conditions";
const char* kAuthority = "Approved participating LEA personnel will be authorized";

}  // namespace

BOOST_AUTO_TEST_CASE(the_same_sentence_has_no_hunks) {
  std::string sentence = SampleSentence(kPurpose);
  BOOST_TEST(Compare(sentence, sentence).hunks.empty());
  // Case, punctuation and spacing are not words.
  BOOST_TEST(Compare(sentence, Replace(sentence, "terms and", "TERMS,  and")).hunks.empty());
}

BOOST_AUTO_TEST_CASE(an_insertion_a_deletion_and_a_change_are_one_hunk_each_where_they_are) {
  std::string sentence = SampleSentence(kAuthority);
  Comparison inserted =
      Compare(sentence, Replace(sentence, "officer functions", "officer duties and functions"));
  BOOST_REQUIRE(inserted.hunks.size() == 1u);
  const WordHunk& insertion = inserted.hunks[0];
  BOOST_TEST(insertion.old_begin == insertion.old_end);
  BOOST_TEST(Joined(inserted.new_words, insertion.new_begin, insertion.new_end) == "duties and");
  BOOST_TEST(!inserted.noise[0]);

  Comparison deleted = Compare(sentence, Replace(sentence, "participating ", ""));
  BOOST_REQUIRE(deleted.hunks.size() == 1u);
  const WordHunk& deletion = deleted.hunks[0];
  BOOST_TEST(deletion.new_begin == deletion.new_end);
  BOOST_TEST(Joined(deleted.old_words, deletion.old_begin, deletion.old_end) == "participating");
  BOOST_TEST(!deleted.noise[0]);

  Comparison changed = Compare(sentence, Replace(sentence, "will be", "may be"));
  BOOST_REQUIRE(changed.hunks.size() == 1u);
  const WordHunk& change = changed.hunks[0];
  BOOST_TEST(Joined(changed.old_words, change.old_begin, change.old_end) == "will");
  BOOST_TEST(Joined(changed.new_words, change.new_begin, change.new_end) == "may");
  BOOST_TEST(!changed.noise[0]);
}

BOOST_AUTO_TEST_CASE(two_edits_apart_are_two_hunks) {
  std::string sentence = SampleSentence(kAuthority);
  std::string edited = Replace(Replace(sentence, "Approved", "Selected"), "only", "all");
  Comparison c = Compare(sentence, edited);
  BOOST_TEST(c.hunks.size() == 2u);
  for (bool noise : c.noise) BOOST_TEST(!noise);
}

// The scanner's look-alikes (word_diff.cc OcrFold): "rn"/"nn"/"rm"/"in" for
// m, 1/i/j for l, 0/d/q for o, 5 for s.
BOOST_AUTO_TEST_CASE(ocr_misreadings_are_noise_not_edits) {
  std::string sentence = SampleSentence(kAuthority);
  for (auto [word, misread] : {std::pair{"perform", "perfonn"},
                               {"immigration", "irnmigration"},
                               {"personnel", "personne1"},
                               {"authorized", "authorizeq"},
                               {"functions", "function5"},
                               {"participating", "partic ipating"}}) {
    Comparison c = Compare(sentence, Replace(sentence, word, misread));
    BOOST_REQUIRE_MESSAGE(!c.hunks.empty(), misread << ": no hunk");
    for (bool noise : c.noise)
      BOOST_TEST(noise, "'" << misread << "' for '" << word << "' is an edit");
  }
  BOOST_TEST(moacheck::diff::OcrVariant("terms", "te1ms"));
  BOOST_TEST(moacheck::diff::OcrVariant("government", "govemment"));
}

BOOST_AUTO_TEST_CASE(a_real_one_word_edit_is_not_noise) {
  std::string sentence = SampleSentence(kAuthority);
  for (auto [word, edit] : {std::pair{"authorized", "unauthorized"},  // a negating prefix
                            {"only", "also"},
                            {"will", "shall"},
                            {"perform", "reform"}}) {
    Comparison c = Compare(sentence, Replace(sentence, word, edit));
    BOOST_REQUIRE_MESSAGE(c.hunks.size() == 1u, edit);
    BOOST_TEST(!c.noise[0], "'" << edit << "' for '" << word << "' taken for OCR noise");
  }
  BOOST_TEST(!moacheck::diff::OcrVariant("48", "72"));
  BOOST_TEST(!moacheck::diff::OcrVariant("include", "exclude"));
}
