#pragma once

#include <string>
#include <vector>

#include "rulepack/rule_set.hpp"

namespace presscheck {

/// The rule packs at the paths a user named: a `.toml` file is one pack; a folder holds
/// the packs of its `fr/` and `en/` folders (as the bundled `rules/` does), or else its own
/// `.toml` files. A pack's language is its folder's name (`fr`, `en`), or else the pack's
/// own `lang` key. A path that does not exist or holds no pack throws UserError naming it;
/// a pack named twice counts once.
std::vector<PackFile> find_rule_packs(const std::vector<std::string>& paths);

}  // namespace presscheck
