// The PCRE2 wrapper: compile errors name their origin, matches report byte
// spans, runaway patterns stop at the limits instead of hanging.
#define BOOST_TEST_MODULE regex
#include "common/regex.h"

#include <boost/test/unit_test.hpp>
#include <thread>

using moacheck::Regex;
using moacheck::RegexMatch;

BOOST_AUTO_TEST_CASE(caseless_match_reports_groups) {
  auto regex = Regex::Compile(R"(forty-eight\s*\((\d+)\)\s*hours)");
  BOOST_REQUIRE(regex.ok());
  std::string subject = "no longer than Forty-Eight (48) hours after";
  RegexMatch match;
  BOOST_REQUIRE(regex->Find(subject, &match));
  BOOST_TEST(match.group(subject, 1) == "48");
  BOOST_TEST(match.begin() == subject.find("Forty"));
}

BOOST_AUTO_TEST_CASE(bad_pattern_names_origin_and_offset) {
  auto regex = Regex::Compile("hold(s", {}, "rules/packs/x.yaml:3");
  BOOST_REQUIRE(!regex.ok());
  BOOST_TEST(regex.error().message.find("rules/packs/x.yaml:3") != std::string::npos);
  BOOST_TEST(regex.error().message.find("offset") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(runaway_pattern_stops_at_limit) {
  auto regex = Regex::Compile("^(a+)+$");
  BOOST_REQUIRE(regex.ok());
  std::string subject(40, 'a');
  subject += 'b';
  RegexMatch match;
  moacheck::Result<bool> found = regex->Search(subject, 0, &match);
  BOOST_REQUIRE(!found.ok());
  BOOST_TEST(found.error().message.find("pattern stopped") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(find_all_and_named_groups_across_threads) {
  auto regex = Regex::Compile(R"((?<n>\d+) days)");
  BOOST_REQUIRE(regex.ok());
  BOOST_TEST(regex->NamedGroup("n") == 1);
  BOOST_TEST(regex->NamedGroup("missing") == -1);
  std::string subject = "30 days, then 90 days, then 180 days";
  std::vector<std::size_t> counts(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] { counts[t] = regex->FindAll(subject).size(); });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t count : counts) BOOST_TEST(count == 3u);
}
