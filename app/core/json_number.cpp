#include "core/json_number.hpp"

#include <charconv>
#include <cstdint>
#include <limits>

namespace presscheck {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::size_t skip_digits(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_digit(text[pos]))
    ++pos;
  return pos;
}

// The length of the JSON number (RFC 8259, section 6) at the start of `text`, or 0.
std::size_t number_length(std::string_view text) {
  std::size_t pos = 0;
  if (pos < text.size() && text[pos] == '-')
    ++pos;
  if (pos < text.size() && text[pos] == '0') {
    ++pos;
  } else {
    const std::size_t digits = skip_digits(text, pos);
    if (digits == pos)
      return 0;
    pos = digits;
  }
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t digits = skip_digits(text, pos + 1);
    if (digits == pos + 1)
      return 0;
    pos = digits;
  }
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
      ++pos;
    const std::size_t digits = skip_digits(text, pos);
    if (digits == pos)
      return 0;
    pos = digits;
  }
  // A number ends where a token can end: "1x" or "01" is not a number followed by more.
  if (pos < text.size() && std::string_view(" \t\n\r,]}").find(text[pos]) == std::string_view::npos)
    return 0;
  return pos;
}

// Whether a number outside the double range is too large rather than too small: its
// decimal exponent, counted from its first significant digit, is positive. The exponent
// saturates, so a thousand-digit exponent cannot overflow the count.
bool is_too_large(std::string_view number) {
  std::int64_t scale = 0;
  bool significant = false;
  std::size_t pos = number[0] == '-' ? 1 : 0;
  for (; pos < number.size() && is_digit(number[pos]); ++pos) {
    significant = significant || number[pos] != '0';
    if (significant)
      ++scale;
  }
  if (pos < number.size() && number[pos] == '.') {
    for (++pos; pos < number.size() && is_digit(number[pos]) && !significant; ++pos) {
      significant = number[pos] != '0';
      if (!significant)
        --scale;
    }
    pos = skip_digits(number, pos);
  }
  if (!significant)
    return false;  // all zeros: zero is never out of range
  std::int64_t exponent = 0;
  bool negative = false;
  if (pos < number.size()) {
    ++pos;  // e or E
    negative = number[pos] == '-';
    if (number[pos] == '-' || number[pos] == '+')
      ++pos;
    constexpr std::int64_t kCap = std::int64_t{1} << 40;
    for (; pos < number.size(); ++pos) {
      if (exponent < kCap)
        exponent = exponent * 10 + (number[pos] - '0');
    }
  }
  return scale + (negative ? -exponent : exponent) > 0;
}

}  // namespace

std::optional<double> read_json_number(std::string_view token) {
  const std::size_t length = number_length(token);
  if (length == 0)
    return std::nullopt;
  const std::string_view number = token.substr(0, length);
  double value = 0;
  // from_chars ignores the locale, unlike strtod.
  const auto result = std::from_chars(number.data(), number.data() + number.size(), value);
  if (result.ec == std::errc())
    return value;
  const double magnitude = is_too_large(number) ? std::numeric_limits<double>::infinity() : 0.0;
  return number[0] == '-' ? -magnitude : magnitude;
}

}  // namespace presscheck
