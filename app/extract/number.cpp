#include "extract/number.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

#include "extract/scan.hpp"

namespace presscheck {
namespace {

// Beyond 18 digits a mantissa no longer fits an int64; no press figure needs them.
constexpr std::size_t kMaxDigits = 18;

// Bytes of the thousands separator at `pos`, or 0.
std::size_t group_separator(std::string_view text, std::size_t pos, std::size_t limit, Lang lang) {
  const std::string_view rest = text.substr(pos, limit - pos);
  if (lang == Lang::en)
    return rest.starts_with(',') ? 1 : 0;
  // Agency copy groups French thousands with a dot (« 154.445 cas », « 40.000
  // prisonniers »); a French decimal takes a comma, so a dot before three digits is a group.
  for (std::string_view separator : {" ", "\u00A0", "\u202F", "\u2009", "."}) {
    if (rest.starts_with(separator))
      return separator.size();
  }
  return 0;
}

std::size_t read_run(std::string_view text, std::size_t& pos, std::size_t limit,
                     std::string& digits) {
  const std::size_t start = pos;
  while (pos < limit && scan::digit_at(text, pos))
    digits += text[pos++];
  return pos - start;
}

double power_of_ten(int exponent) {
  return std::pow(10.0, exponent);
}

}  // namespace

double Quantity::value() const {
  // Dividing by an exact power of ten rounds once, so « 1,8 » is the double nearest 1.8.
  const int exponent = scale_exponent - decimals;
  const auto m = static_cast<double>(mantissa);
  return exponent >= 0 ? m * power_of_ten(exponent) : m / power_of_ten(-exponent);
}

std::optional<std::int64_t> Quantity::exact() const {
  std::int64_t result = mantissa;
  int exponent = scale_exponent - decimals;
  for (; exponent < 0; ++exponent) {
    if (result % 10 != 0)
      return std::nullopt;
    result /= 10;
  }
  for (; exponent > 0; --exponent) {
    if (result > std::numeric_limits<std::int64_t>::max() / 10)
      return std::nullopt;
    result *= 10;
  }
  return result;
}

double Quantity::resolution() const {
  return power_of_ten(rounding_exponent + scale_exponent);
}

bool Quantity::one_letter_scale() const {
  return scale && scale->span.size() == 1;
}

void Quantity::drop_scale() {
  scale.reset();
  scale_exponent = 0;
  span.end = number_end;
}

bool Quantity::could_be_year() const {
  return !from_word && !scale && !grouped && decimals == 0 && span.size() == 4 &&
         mantissa >= 1000 && mantissa <= 2999;
}

std::optional<Quantity> read_digits(std::string_view text, std::size_t pos, std::size_t limit,
                                    Lang lang) {
  std::string digits;
  std::size_t end = pos;
  const std::size_t first_group = read_run(text, end, limit, digits);
  if (first_group == 0 || (first_group > 1 && digits.front() == '0'))
    return std::nullopt;
  Quantity quantity;
  // A group separator only joins groups of exactly three digits after a first group of
  // one to three: « en 2020 150 personnes » stays two numbers.
  if (first_group <= 3) {
    std::string_view first_separator;  // « 1.234 567 » mixes two ways of writing: not a group
    while (const std::size_t separator = group_separator(text, end, limit, lang)) {
      const std::string_view written = text.substr(end, separator);
      if (first_separator.empty())
        first_separator = written;
      else if (written != first_separator)
        break;
      std::size_t next = end + separator;
      std::string group;
      if (read_run(text, next, limit, group) != 3)
        break;
      digits += group;
      end = next;
      quantity.grouped = true;
    }
  }
  const char decimal_point = lang == Lang::fr ? ',' : '.';
  if (end + 1 < limit && text[end] == decimal_point && scan::digit_at(text, end + 1)) {
    std::size_t next = end + 1;
    quantity.decimals = static_cast<int>(read_run(text, next, limit, digits));
    end = next;
  }
  if (digits.size() > kMaxDigits)
    return std::nullopt;
  std::from_chars(digits.data(), digits.data() + digits.size(), quantity.mantissa);
  quantity.span = {pos, end};
  quantity.number_end = end;
  const std::size_t first_significant = digits.find_first_not_of('0');
  if (first_significant == std::string::npos) {
    quantity.significant_digits = 1;
    quantity.rounding_exponent = -quantity.decimals;
  } else if (quantity.decimals > 0) {
    quantity.significant_digits = static_cast<int>(digits.size() - first_significant);
    quantity.rounding_exponent = -quantity.decimals;
  } else {
    const std::size_t trailing_zeros = digits.size() - 1 - digits.find_last_not_of('0');
    quantity.significant_digits =
        static_cast<int>(digits.size() - first_significant - trailing_zeros);
    quantity.rounding_exponent = static_cast<int>(trailing_zeros);
  }
  return quantity;
}

Quantity from_number_word(const LexiconMatch& word) {
  Quantity quantity;
  quantity.span = word.span;
  quantity.number_end = word.span.end;
  quantity.mantissa = rule_int(*word.rule);
  quantity.significant_digits = static_cast<int>(std::to_string(quantity.mantissa).size());
  quantity.from_word = true;
  return quantity;
}

void read_scale(const Lexicon& scales, std::string_view text, std::size_t limit,
                Quantity& quantity) {
  const std::size_t start = scan::skip_spaces(text, quantity.number_end, limit);
  const auto scale = scales.at(text, start, limit);
  if (!scale)
    return;
  quantity.scale = scale;
  // The value syntax "1e<digits>" is enforced when the pack loads.
  quantity.scale_exponent = std::stoi(scale->rule->value.substr(2));
  quantity.span.end = scale->span.end;
}

}  // namespace presscheck
