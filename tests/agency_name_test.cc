// Agency-name repair (facts/agency_name.h): OCR-garbled words of a sample
// agreement's agency name are read as the vocabulary's agency words, and
// nothing else is changed. The names are the samples' own (their running
// header), garbled here as a scanner garbles them.
#define BOOST_TEST_MODULE agency_name
#include "facts/agency_name.h"

#include <boost/test/unit_test.hpp>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "moacheck/facts.h"
#include "test_support.h"

namespace {

// The library calls of this file, in one place.
std::string Repair(const std::string& name) {
  static const std::shared_ptr<const moacheck::Vocabulary> vocabulary = [] {
    auto loaded = moacheck::LoadVocabulary();
    if (!loaded) BOOST_FAIL(loaded.error().message);
    return *loaded;
  }();
  return moacheck::facts::RepairAgencyName(name, *vocabulary);
}

// The agency named in the sample's running header ("@header NAME").
std::string SampleAgency(const std::string& sample) {
  std::istringstream in(moacheck::testing::ReadFile(moacheck::testing::SampleText(sample)));
  for (std::string line; std::getline(in, line);)
    if (line.starts_with("@header ")) return line.substr(8);
  BOOST_FAIL(sample << ".txt has no @header line");
  return "";
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' not in '" << text << "'");
  return text.replace(at, from.size(), to);
}

const std::vector<std::string> kSamples = {"jail-enforcement-2020", "task-force-2025",
                                           "warrant-service-officer-2025"};

}  // namespace

BOOST_AUTO_TEST_CASE(misread_name_words_are_repaired) {
  for (const std::string& sample : kSamples) {
    std::string name = SampleAgency(sample);
    BOOST_REQUIRE_MESSAGE(name.find(" County Sheriff's Office") != std::string::npos, name);
    BOOST_TEST(Repair(name) == name, sample << ": a correct name changed");
    for (auto [word, misread] : {std::pair{"County", "Countv"},
                                 {"Office", "0ffice"},
                                 {"Office", "Offlce"},
                                 {"Sheriff's", "Sheritf's"}}) {
      std::string garbled = Replace(name, word, misread);
      BOOST_TEST(Repair(garbled) == name, sample << ": '" << garbled << "'");
    }
  }
}

BOOST_AUTO_TEST_CASE(department_is_repaired_in_a_police_department_name) {
  // The sample's agency as a city police department, as some agreements name it.
  std::string name =
      Replace(SampleAgency("task-force-2025"), "County Sheriff's Office", "Police Department");
  BOOST_TEST(Repair(Replace(name, "Department", "Depaitment")) == name);
  BOOST_TEST(Repair(Replace(name, "Police", "Pollce")) == name);
}

BOOST_AUTO_TEST_CASE(words_further_from_an_agency_word_are_left_alone) {
  std::string name = SampleAgency("jail-enforcement-2020");
  for (const char* misread : {"Coumtv",   // two letters misread
                              "Countx",   // x is not a letter OCR takes for y
                              "Countys",  // a letter more
                              "countv"})  // not capitalized: not part of a name
  {
    std::string garbled = Replace(name, "County", misread);
    BOOST_TEST(Repair(garbled) == garbled, "'" << garbled << "' was changed");
  }
  // Four-letter words are too easily real names to repair ("Citv" stays).
  std::string city = Replace(name, "County", "Citv");
  BOOST_TEST(Repair(city) == city);
}

BOOST_AUTO_TEST_CASE(trailing_punctuation_stays_outside_the_repair) {
  std::string name = SampleAgency("warrant-service-officer-2025");
  BOOST_TEST(Repair(Replace(name, "County", "Countv,")) == Replace(name, "County", "County,"));
  BOOST_TEST(Repair(name + ".") == name + ".");
  BOOST_TEST(Repair(Replace(name, "Office", "0ffice);")) == Replace(name, "Office", "Office);"));
}

BOOST_AUTO_TEST_CASE(split_letters_are_joined_and_state_codes_spelled_out) {
  std::string name = SampleAgency("task-force-2025");
  std::string county = name.substr(0, name.find(' '));  // "Tarpon"
  std::string split = county.substr(0, 1) + " " + county.substr(1);
  BOOST_TEST(Repair(Replace(name, county, split)) == name);
  BOOST_TEST(Repair("FL Fish & Wildlife Conservation Commission") ==
             "Florida Fish and Wildlife Conservation Commission");
}
