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
const moacheck::Vocabulary& Vocab() {
  static const std::shared_ptr<const moacheck::Vocabulary> vocabulary = [] {
    auto loaded = moacheck::LoadVocabulary();
    if (!loaded) BOOST_FAIL(loaded.error().message);
    return *loaded;
  }();
  return *vocabulary;
}
std::string Repair(const std::string& name) {
  return moacheck::facts::RepairAgencyName(name, Vocab());
}
std::string Clean(const std::string& name) {
  return moacheck::facts::CleanAgencyName(name, Vocab());
}
std::vector<std::string> States(const std::string& name) {
  return moacheck::facts::StatesInAgencyName(name, Vocab());
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

BOOST_AUTO_TEST_CASE(ff_misread_as_fr_is_repaired) {
  std::string name = SampleAgency("jail-enforcement-2020");
  std::string garbled = Replace(name, "Sheriff's", "Sherifr's");
  BOOST_TEST(Repair(garbled) == name);
}

BOOST_AUTO_TEST_CASE(the_appended_place_is_dropped_and_read) {
  for (const std::string& sample : kSamples) {
    std::string name = SampleAgency(sample);
    BOOST_TEST(Clean(name) == name, sample << ": a clean name changed");
    BOOST_TEST(States(name).empty(), sample);
    for (const char* place : {", OR", ", Oregon", ", Bend, OR", ", Bend, Oregon", " Oregon"}) {
      BOOST_TEST(Clean(name + place) == name, "'" << name + place << "'");
      BOOST_TEST(States(name + place) == std::vector<std::string>{"OR"}, name + place);
    }
    // Between the county and the office, with or without a comma.
    std::string inside = Replace(name, "County ", "County Oregon ");
    BOOST_TEST(Clean(inside) == name, "'" << inside << "'");
    inside = Replace(name, "County ", "County, OR ");
    BOOST_TEST(Clean(inside) == name, "'" << inside << "'");
  }
  // A state that begins the name, a phrase, a county or a city named like a
  // state: all part of the name.
  for (const char* name : {"Oregon Department of Corrections", "State of Oregon Police",
                           "Washington County Sheriff's Office", "Kansas City Police Department",
                           "Oregon State Police"})
    BOOST_TEST(Clean(name) == name);
  BOOST_TEST(States("Oregon Department of Corrections") == std::vector<std::string>{"OR"});
  BOOST_TEST(States("Washington County Sheriff's Office").empty());
  BOOST_TEST(States("Kansas City Police Department").empty());
  // Two capitalized words after a comma that are the office's own are kept.
  BOOST_TEST(Clean("County of Example, Division of Corrections") ==
             "County of Example, Division of Corrections");
}

BOOST_AUTO_TEST_CASE(blanks_articles_and_split_words_are_cleaned) {
  std::string name = SampleAgency("task-force-2025");
  BOOST_TEST(Clean("____________, " + name) == name);
  BOOST_TEST(Clean("t_h e " + name) == name);
  BOOST_TEST(Clean("the" + name) == name);
  BOOST_TEST(Clean(Replace(name, "Sheriff's", "Sherif f's")) == name);
  BOOST_TEST(Clean(Replace(name, "Sheriff's", "Sheriff' s")) == name);
  BOOST_TEST(Clean(Replace(name, "Office", "Off ice")) == name);
  // Two agency words stay two.
  BOOST_TEST(Clean("Example Police Department") == "Example Police Department");
}

BOOST_AUTO_TEST_CASE(agency_kinds_follow_the_vocabulary_order) {
  using moacheck::facts::AgencyKind;
  for (const std::string& sample : kSamples)
    BOOST_TEST(AgencyKind(SampleAgency(sample), Vocab()) == "sheriff", sample);
  // A sheriff's jail is the sheriff's; a city named like a state is a city.
  BOOST_TEST(AgencyKind("Example County Sheriff's Office Detention Center", Vocab()) == "sheriff");
  BOOST_TEST(AgencyKind("Kansas City Police Department", Vocab()) == "municipal-police");
  BOOST_TEST(AgencyKind("Kansas Highway Patrol", Vocab()) == "state-agency");
  BOOST_TEST(AgencyKind("State of Kansas", Vocab()) == "state-agency");
  BOOST_TEST(AgencyKind("Kansas Department of Corrections", Vocab()) == "corrections");
  BOOST_TEST(AgencyKind("Town of Example", Vocab()) == "municipal-police");
  BOOST_TEST(AgencyKind("Example Harbor Commission", Vocab()) == "other");
}
