// Every pack shipped in rules/packs loads, lints clean and passes its own
// examples through `moacheck rules test`. The packs are listed at test time,
// so a pack added later is covered without touching this file.
#define BOOST_TEST_MODULE rules_shipped
#include <boost/test/unit_test.hpp>

#include "moacheck/rules.h"
#include "test_support.h"

namespace {

using namespace moacheck;

BOOST_AUTO_TEST_CASE(every_shipped_pack_passes_its_examples) {
  BOOST_REQUIRE(!ShippedPacks().empty());
  // No PATH: `rules test` runs every built-in pack, in one process.
  testing::CommandResult result = testing::RunMoacheck({"rules", "test"});
  BOOST_TEST(result.exit_code == 0, result.out << result.err);
  BOOST_TEST(result.out.find(" examples, 0 failed") != std::string::npos, result.out);
  BOOST_TEST_MESSAGE(result.out);
}

BOOST_AUTO_TEST_CASE(shipped_packs_load_together_and_cite_sources) {
  auto loaded = testing::LoadTestRulebooks(ShippedPacks());
  BOOST_REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? "" : loaded.error().message));
  for (const RuleSummary& rule : (*loaded)->Rules()) {
    BOOST_TEST(!rule.sources.empty(), rule.id);
    BOOST_TEST(rule.test_count >= 2, "rule " << rule.id << " (" << rule.origin << ") has "
                                             << rule.test_count << " examples");
  }
}

}  // namespace
