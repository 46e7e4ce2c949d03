#include "extract/approximator.hpp"

#include "extract/scan.hpp"

namespace presscheck {

std::optional<Approximator> approximator_before(const Lexicon& approximators, std::string_view text,
                                                std::size_t start, std::size_t floor) {
  const auto match =
      approximators.ending_at(text, scan::skip_spaces_back(text, start, floor), floor);
  if (!match)
    return std::nullopt;
  Approximator approximator;
  approximator.span = match->span;
  approximator.rule = match->rule;
  approximator.tolerance = match->rule->tolerance;
  // The loader only accepts around, above and below.
  approximator.direction = parse_direction(match->rule->value).value_or(Direction::around);
  return approximator;
}

}  // namespace presscheck
