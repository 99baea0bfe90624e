// Every rulebook format error is an Error naming file:line:column and the
// rule id (tests/data/rulebooks/bad/*.yaml), never a crash or a hang.
#define BOOST_TEST_MODULE rules_format
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "moacheck/rules.h"
#include "test_support.h"

namespace {

using moacheck::ErrorKind;
using moacheck::LoadRulebooks;

std::string BadBook(const std::string& name) {
  return (moacheck::testing::SourceDir() / "tests/data/rulebooks/bad" / name).string();
}

// Loads a broken rulebook and returns the error message, failing the test
// if it loaded.
std::string LoadError(const std::string& path, const std::string& override_file = "") {
  auto loaded = moacheck::testing::LoadTestRulebooks({path}, override_file);
  BOOST_REQUIRE_MESSAGE(!loaded.ok(), path << " loaded although it is broken");
  BOOST_TEST((loaded.error().kind == ErrorKind::kInvalidRule));
  BOOST_TEST_MESSAGE(loaded.error().message);
  return loaded.error().message;
}

void ExpectContains(const std::string& message, const std::string& part) {
  BOOST_TEST(message.find(part) != std::string::npos,
             "message \"" << message << "\" should contain \"" << part << "\"");
}

BOOST_AUTO_TEST_CASE(unknown_key_names_file_line_column_and_rule) {
  std::string message = LoadError(BadBook("unknown_key.yaml"));
  ExpectContains(message, "unknown_key.yaml:6:5: rule 'hold-limit': unknown key 'severty' in rule");
}

BOOST_AUTO_TEST_CASE(bad_regex_names_rule_and_pcre_error) {
  std::string message = LoadError(BadBook("bad_regex.yaml"));
  ExpectContains(message, "bad_regex.yaml:10:16: rule 'broken-pattern'");
  ExpectContains(message, "bad pattern at offset");
  ExpectContains(message, "missing closing parenthesis");
}

BOOST_AUTO_TEST_CASE(unknown_fact_is_rejected) {
  std::string message = LoadError(BadBook("unknown_fact.yaml"));
  ExpectContains(message,
                 "unknown_fact.yaml:10:13: rule 'hold-days': unknown fact "
                 "'detainer.max_hold_days'");
}

BOOST_AUTO_TEST_CASE(missing_source_is_rejected) {
  std::string message = LoadError(BadBook("missing_source.yaml"));
  ExpectContains(message, "missing_source.yaml:4:5: rule 'no-citation': missing 'source'");
}

BOOST_AUTO_TEST_CASE(duplicate_id_names_both_places) {
  std::string message = LoadError(BadBook("duplicate_id.yaml"));
  ExpectContains(message,
                 "duplicate_id.yaml:10:5: rule 'same-id': duplicate id (already "
                 "defined at ");
  ExpectContains(message, "duplicate_id.yaml:4:5)");
}

BOOST_AUTO_TEST_CASE(duplicate_id_across_packs_is_rejected) {
  auto loaded = moacheck::testing::LoadTestRulebooks({BadBook("../packs/base.yaml"),
                                                      BadBook("../packs/base.yaml"),
                                                      BadBook("../packs/copy_of_base_rule.yaml")});
  BOOST_REQUIRE(!loaded.ok());
  ExpectContains(loaded.error().message, "copy_of_base_rule.yaml:");
  ExpectContains(loaded.error().message, "rule 'base-supervision': duplicate id");
}

BOOST_AUTO_TEST_CASE(unknown_unit_is_rejected) {
  std::string message = LoadError(BadBook("bad_unit.yaml"));
  ExpectContains(message, "bad_unit.yaml:9:53: rule 'hold-fortnight': unknown unit 'fortnights'");
}

BOOST_AUTO_TEST_CASE(yaml_syntax_error_has_position) {
  std::string message = LoadError(BadBook("yaml_syntax.yaml"));
  ExpectContains(message,
                 "yaml_syntax.yaml:6:13: YAML syntax error: end of sequence flow not found");
}

BOOST_AUTO_TEST_CASE(alias_bomb_is_stopped) {
  std::string message = LoadError(BadBook("alias_bomb.yaml"));
  ExpectContains(message, "more than 200000 YAML nodes");
}

BOOST_AUTO_TEST_CASE(deep_flow_nesting_is_stopped_before_parsing) {
  std::filesystem::path path = std::filesystem::temp_directory_path() / "moacheck_deep.yaml";
  {
    std::ofstream out(path);
    out << "name: deep\nversion: '1'\nrules: " << std::string(100000, '[')
        << std::string(100000, ']') << "\n";
  }
  std::string message = LoadError(path.string());
  ExpectContains(message, "moacheck_deep.yaml:3: YAML nested more than 40 levels deep");
  std::filesystem::remove(path);
}

BOOST_AUTO_TEST_CASE(unknown_placeholder_is_rejected) {
  std::string message = LoadError(BadBook("bad_placeholder.yaml"));
  ExpectContains(message,
                 "bad_placeholder.yaml:9:14: rule 'typo-in-message': unknown "
                 "placeholder '{fact.detainer.max_hold}'");
}

BOOST_AUTO_TEST_CASE(unknown_section_kind_is_rejected) {
  std::string message = LoadError(BadBook("unknown_section_kind.yaml"));
  ExpectContains(message,
                 "unknown_section_kind.yaml:11:26: rule 'wrong-kind': unknown section "
                 "kind 'supervisoin'");
}

BOOST_AUTO_TEST_CASE(unknown_model_id_is_rejected) {
  std::string message = LoadError(BadBook("unknown_model.yaml"));
  ExpectContains(message,
                 "unknown_model.yaml:9:37: rule 'no-tfm': unknown models id 'task-forces'");
}

BOOST_AUTO_TEST_CASE(bad_severity_is_rejected) {
  std::string message = LoadError(BadBook("bad_severity.yaml"));
  ExpectContains(message,
                 "bad_severity.yaml:6:15: rule 'loud-rule': severity must be error, "
                 "warning or info, not 'critical'");
}

BOOST_AUTO_TEST_CASE(bad_source_kind_is_rejected) {
  std::string message = LoadError(BadBook("bad_source_kind.yaml"));
  ExpectContains(message, "bad_source_kind.yaml:8:15: rule 'blog-source': source kind must be");
}

BOOST_AUTO_TEST_CASE(unknown_check_is_rejected) {
  std::string message = LoadError(BadBook("unknown_check.yaml"));
  ExpectContains(message,
                 "unknown_check.yaml:10:7: rule 'misspelt-check': unknown check 'requier'");
}

BOOST_AUTO_TEST_CASE(include_cycle_is_reported) {
  std::string message = LoadError(BadBook("cycle_a.yaml"));
  ExpectContains(message,
                 "cycle_a.yaml: include/extends cycle: 'cycle_a.yaml' is already being loaded");
}

BOOST_AUTO_TEST_CASE(override_of_unknown_rule_is_rejected) {
  std::string pack =
      (moacheck::testing::SourceDir() / "tests/data/rulebooks/packs/base.yaml").string();
  std::string message = LoadError(pack, BadBook("override_unknown.yaml"));
  ExpectContains(message,
                 "override_unknown.yaml:2:5: rule 'no-such-rule': override names a rule "
                 "that is not loaded");
}

BOOST_AUTO_TEST_CASE(unknown_pack_name_lists_the_built_in_ones) {
  auto loaded = moacheck::testing::LoadTestRulebooks({"no-such-pack"});
  BOOST_REQUIRE(!loaded.ok());
  ExpectContains(loaded.error().message, "no pack, file or directory named 'no-such-pack'");
  ExpectContains(loaded.error().message, "example");
}

}  // namespace
