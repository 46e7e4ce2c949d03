#pragma once

#include <string>
#include <vector>

namespace presscheck {

/// Keeps the inputs git sees as added or modified since `revision` (committed, staged or
/// not) or untracked and not ignored, in their order. Deleted files are gone already.
/// Runs git in the current folder; throws UserError when git fails, for instance outside
/// a repository or with an unknown revision.
std::vector<std::string> changed_since(const std::string& revision,
                                       const std::vector<std::string>& inputs);

}  // namespace presscheck
