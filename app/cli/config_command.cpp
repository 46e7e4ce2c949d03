#include <fmt/core.h>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "lint/config_listing.hpp"

namespace presscheck {
namespace {

struct ConfigFlags {
  std::string path;
  std::string config;
};

}  // namespace

void add_config_command(CLI::App& app, int& exit_code) {
  auto flags = std::make_shared<ConfigFlags>();
  auto* config = app.add_subcommand("config", "Show the configuration that applies to a draft");
  config->require_subcommand(1);
  auto* show = config->add_subcommand(
      "show", "Print the effective configuration for a draft and where each value comes from");
  show->add_option("path", flags->path, "A draft (or a folder)")->required();
  show->add_option("--config", flags->config,
                   "Configuration file to use (default: the nearest .presscheck.toml)");
  show->callback([flags, &exit_code] {
    fmt::print("{}", config_listing(flags->path, flags->config));
    exit_code = kExitClean;
  });
}

}  // namespace presscheck
