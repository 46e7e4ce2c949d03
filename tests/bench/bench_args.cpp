#include "bench_args.hpp"

#include <fmt/format.h>
#include <charconv>
#include <stdexcept>

namespace presscheck::bench {

std::size_t positive_number(const std::string& flag, const std::string& text) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value == 0)
    throw std::invalid_argument(
        fmt::format("{} takes a positive whole number, not \"{}\"", flag, text));
  return value;
}

}  // namespace presscheck::bench
