#include "factbase/fact_set.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace presscheck::facts {

std::string format_origin(const Origin& origin) {
  if (origin.line == 0)
    return origin.file;
  return fmt::format("{}:{}", origin.file, origin.line);
}

std::string format_problem(const Problem& problem) {
  return fmt::format("{}: {}", format_origin(problem.origin), problem.message);
}

void sort_problems(std::vector<Problem>& problems) {
  std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
    if (a.origin.file != b.origin.file)
      return a.origin.file < b.origin.file;
    return a.origin.line < b.origin.line;
  });
}

}  // namespace presscheck::facts
