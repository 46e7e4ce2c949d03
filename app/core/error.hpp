#pragma once

#include <stdexcept>
#include <string>

namespace presscheck {

/// A mistake the user can fix (a bad flag, config, rule pack or fact file). The program's
/// boundary prints its message, which already names the file and line, and exits with 2.
class UserError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Exit codes shared by every command.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

}  // namespace presscheck
