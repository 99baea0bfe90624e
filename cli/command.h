// Each subcommand lives in its own cli/cmd_*.cc and registers itself here,
// so adding a command never touches main.cc. A command's `setup` adds its
// CLI11 subcommand and returns the function to run when it was chosen; that
// function returns the process exit status (spec/cli.md: 0, 1 or 2).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace moacheck::cli {

using RunFunction = std::function<int()>;
using SetupFunction = std::function<RunFunction(CLI::App& app)>;

struct CommandRegistration {
  CommandRegistration(int order, SetupFunction setup);
};

struct RegisteredCommand {
  int order;  // position in --help
  SetupFunction setup;
};
std::vector<RegisteredCommand>& Commands();

}  // namespace moacheck::cli
