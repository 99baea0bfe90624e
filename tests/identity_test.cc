// Agreement identity (diff/identity.h): what one agency's copy of a
// template differs from another's by without any change of wording (the
// agency's name, its people, dates) is identity, folded out of the diff;
// a change of wording or of a number in a clause is not. The copies are a
// sample agreement and the same text edited as another agency's.
#define BOOST_TEST_MODULE identity
#include "diff/identity.h"

#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "diff/sentences.h"
#include "diff/word_diff.h"
#include "moacheck/check.h"
#include "moacheck/diff.h"
#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::diff::SectionNature;
using moacheck::diff::Word;
using moacheck::diff::WordHunk;

namespace {

// Replaces every `from` (which must occur) by `to`.
std::string Edit(std::string text, const std::string& from, const std::string& to) {
  std::size_t count = 0;
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos;
       at += to.size(), ++count)
    text.replace(at, from.size(), to);
  BOOST_REQUIRE_MESSAGE(count > 0, "'" << from << "' not in the sample text");
  return text;
}

const std::string kSample = "jail-enforcement-2020";

// The sample as another agency's copy: its name, sheriff and signing date.
std::string OtherAgencysCopy() {
  std::string text = moacheck::testing::SamplePlainText(kSample);
  text = Edit(text, "Harlan Ridge", "Juniper Falls");
  text = Edit(text, "Delores A. Whitfield", "Raymond K. Ortiz");
  return Edit(text, "08/10/2020", "03/02/2021");
}

// The library calls of this file, in one place.
moacheck::DiffSide Side(const std::string& name, const std::string& text) {
  fs::path path = fs::temp_directory_path() /
                  ("moacheck-identity-" + std::to_string(getpid()) + "-" + name + ".txt");
  std::ofstream(path, std::ios::binary) << text;
  auto side = moacheck::LoadDiffSide(path.string(), moacheck::CheckOptions{},
                                     moacheck::testing::BuiltInContext());
  fs::remove(path);
  if (!side) BOOST_FAIL(name + ": " + side.error().message);
  return *side;
}
// The sample and another agency's copy of it, loaded once.
const moacheck::DiffSide& Original() {
  static const moacheck::DiffSide side = Side("old", moacheck::testing::SamplePlainText(kSample));
  return side;
}
const moacheck::DiffSide& OtherAgencys() {
  static const moacheck::DiffSide side = Side("new", OtherAgencysCopy());
  return side;
}
moacheck::AgreementDiff Diff(moacheck::DiffSide old_side, moacheck::DiffSide new_side) {
  auto judged = moacheck::EvaluateBothSides(old_side, new_side, moacheck::CheckOptions{},
                                            moacheck::testing::BuiltInContext());
  if (!judged) BOOST_FAIL(judged.error().message);
  return moacheck::DiffAgreements(old_side, new_side,
                                  moacheck::testing::BuiltInContext().vocabulary());
}
std::vector<Word> Words(const std::string& sentence) {
  std::vector<Word> words;
  std::size_t start = 0;
  while (start < sentence.size()) {
    std::size_t end = std::min(sentence.find(' ', start), sentence.size());
    std::string text = sentence.substr(start, end - start);
    std::string key = moacheck::diff::WordKey(text);
    if (!key.empty()) words.push_back(Word{key, text, 0});
    start = end + 1;
  }
  return words;
}
// Whether every hunk between the two sentences is identity, each side's
// words judged against its own agreement's names.
bool OnlyIdentity(const std::string& old_sentence, const std::string& new_sentence,
                  const moacheck::DiffSide& old_side, const moacheck::DiffSide& new_side,
                  SectionNature nature = SectionNature::kWording) {
  std::vector<Word> old_words = Words(old_sentence), new_words = Words(new_sentence);
  std::vector<WordHunk> hunks = moacheck::diff::DiffWords(old_words, new_words);
  BOOST_REQUIRE(!hunks.empty());
  moacheck::diff::IdentityLexicon old_names(old_side), new_names(new_side);
  for (const WordHunk& hunk : hunks)
    if (!moacheck::diff::IsIdentityHunk(old_words, new_words, hunk, old_names, new_names, nature))
      return false;
  return true;
}

// The preamble sentence that names the agency, as the sample has it.
const std::string kPreamble =
    "Harlan Ridge County Sheriff's Office, hereinafter the law enforcement agency (LEA), pursuant "
    "to which ICE delegates to nominated, trained, certified, and authorized LEA personnel";

}  // namespace

BOOST_AUTO_TEST_CASE(another_agencys_copy_is_the_same_template_text) {
  moacheck::AgreementDiff diff = Diff(Original(), OtherAgencys());
  BOOST_TEST(diff.same_template_text, diff.summary);
}

BOOST_AUTO_TEST_CASE(a_changed_hold_limit_is_not_identity) {
  moacheck::AgreementDiff diff = Diff(
      Original(), Side("new", moacheck::testing::SamplePlainText("jail-enforcement-72h-hold")));
  BOOST_TEST(!diff.same_template_text, diff.summary);
}

BOOST_AUTO_TEST_CASE(another_agencys_copy_with_one_word_changed_is_not_the_same) {
  std::string text = Edit(OtherAgencysCopy(), "Termination by the LEA shall be provided",
                          "Termination by the LEA may be provided");
  moacheck::AgreementDiff diff = Diff(Original(), Side("new", text));
  BOOST_TEST(!diff.same_template_text, diff.summary);
}

BOOST_AUTO_TEST_CASE(a_hunk_of_agency_names_is_identity_and_a_hunk_of_wording_is_not) {
  const moacheck::DiffSide& old_side = Original();
  const moacheck::DiffSide& new_side = OtherAgencys();
  std::string renamed = Edit(kPreamble, "Harlan Ridge", "Juniper Falls");
  BOOST_TEST(OnlyIdentity(kPreamble, renamed, old_side, new_side));
  // The acronym of the name counts as the name.
  BOOST_TEST(OnlyIdentity(kPreamble, Edit(renamed, "(LEA)", "(JFCSO)"), old_side, new_side));
  BOOST_TEST(!OnlyIdentity(kPreamble, Edit(renamed, "nominated, ", ""), old_side, new_side));
  BOOST_TEST(!OnlyIdentity(kPreamble, Edit(renamed, "delegates", "denies"), old_side, new_side));
  // A name neither agreement holds is not the other agency's.
  BOOST_TEST(
      !OnlyIdentity(kPreamble, Edit(kPreamble, "Harlan Ridge", "Lorem Ipsum"), old_side, new_side));
}

BOOST_AUTO_TEST_CASE(numbers_in_a_clause_are_wording_but_years_and_dates_are_identity) {
  const moacheck::DiffSide& old_side = Original();
  const moacheck::DiffSide& new_side = OtherAgencys();
  const std::string hold = "facilities for no more than 48 hours unless there exists an";
  BOOST_TEST(!OnlyIdentity(hold, Edit(hold, "48", "72"), old_side, new_side));
  const std::string signed_on = "Date: August 14, 2020";
  BOOST_TEST(OnlyIdentity(signed_on, "Date: March 2, 2021", old_side, new_side));
}

BOOST_AUTO_TEST_CASE(signature_blocks_are_identity_by_nature) {
  const moacheck::DiffSide& old_side = Original();
  const moacheck::DiffSide& new_side = OtherAgencys();
  BOOST_TEST((moacheck::diff::NatureOfSection("signatures") == SectionNature::kSignatures));
  BOOST_TEST((moacheck::diff::NatureOfSection("points-of-contact") == SectionNature::kContacts));
  const std::string wording = "Assistant Director, Enforcement and Removal Operations";
  std::string changed = Edit(wording, "Assistant", "Deputy");
  BOOST_TEST(OnlyIdentity(wording, changed, old_side, new_side, SectionNature::kSignatures));
  BOOST_TEST(!OnlyIdentity(wording, changed, old_side, new_side, SectionNature::kWording));
}
