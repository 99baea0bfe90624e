// moacheck: a thin command line over the library (spec/cli.md). It parses
// flags, composes pipeline stages and turns errors into exit status 2.
#include <algorithm>
#include <iostream>

#include "cli/command.h"
#include "moacheck/version.h"

namespace moacheck::cli {

std::vector<RegisteredCommand>& Commands() {
  static std::vector<RegisteredCommand> commands;
  return commands;
}

CommandRegistration::CommandRegistration(int order, SetupFunction setup) {
  Commands().push_back({order, std::move(setup)});
}

}  // namespace moacheck::cli

int main(int argc, char** argv) {
  using namespace moacheck::cli;
  CLI::App app{
      "moacheck: read a 287(g) agreement and report, with evidence, what it authorizes "
      "and whether it complies with the law and local policy."};
  app.set_version_flag("--version", std::string("moacheck ") + MOACHECK_VERSION);
  app.require_subcommand(1);
  auto commands = Commands();
  std::sort(
      commands.begin(), commands.end(),
      [](const RegisteredCommand& a, const RegisteredCommand& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, RunFunction>> runs;
  for (const auto& command : commands) {
    std::size_t before = app.get_subcommands({}).size();
    RunFunction run = command.setup(app);
    auto subcommands = app.get_subcommands({});
    if (subcommands.size() > before) runs.emplace_back(subcommands.back(), std::move(run));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    // --help and --version exit 0; any real usage error is status 2.
    return code == 0 ? 0 : 2;
  }
  for (auto& [subcommand, run] : runs) {
    if (subcommand->parsed()) return run();
  }
  return 2;
}
