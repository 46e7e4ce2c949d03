#include "extract/value_extractor.hpp"

#include <re2/re2.h>

#include "core/error.hpp"
#include "extract/approximator.hpp"
#include "extract/date_parser.hpp"
#include "extract/money.hpp"
#include "extract/number.hpp"
#include "extract/percent.hpp"
#include "extract/scan.hpp"
#include "rulepack/re2_budget.hpp"

namespace presscheck {
namespace {

bool is_hyphen(char32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

// Past the digits at `pos` and whatever single separators join them to more digits, so
// that a rejected token (a phone number, a code) is skipped whole.
std::size_t skip_digit_run(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit) {
    if (scan::digit_at(text, pos)) {
      ++pos;
      continue;
    }
    const char32_t cp = scan::at(text, pos);
    const bool joiner = cp == ' ' || cp == '.' || cp == ',' || cp == '/' || cp == ':' ||
                        is_hyphen(cp) || cp == 0xA0 || cp == 0x202F;
    const std::size_t next = scan::after_code_point(text, pos);
    if (!joiner || next >= limit || !scan::digit_at(text, next))
      break;
    pos = next;
  }
  return pos;
}

std::size_t digit_groups(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t groups = 0;
  const std::size_t end = skip_digit_run(text, pos, limit);
  for (std::size_t i = pos; i < end; ++i) {
    if (scan::digit_at(text, i) && (i == pos || !scan::digit_at(text, i - 1)))
      ++groups;
  }
  return groups;
}

// Digits that continue a word or a code: G7, A320, Covid-19, the 30 of 14:30, and a
// phone number after its + (while « +3 % » is a rise).
bool glued_before(std::string_view text, std::size_t pos, std::size_t limit) {
  const char32_t cp = scan::before(text, pos);
  if (utf8::is_word_char(cp))
    return true;
  if (cp == '+')
    return digit_groups(text, pos, limit) > 1;
  const bool joiner = is_hyphen(cp) || cp == '/' || cp == ':' || cp == '.' || cp == ',';
  return joiner && scan::word_before(text, scan::before_code_point(text, pos));
}

// Digits followed by a joiner and more digits: a range, a score, a fraction, a phone
// number, or a decimal in the other language's syntax. None is one value.
bool joined_after(std::string_view text, std::size_t end, std::size_t limit) {
  if (end >= limit)
    return false;
  const char32_t cp = scan::at(text, end);
  const bool joiner = is_hyphen(cp) || cp == '/' || cp == ':' || cp == '.' || cp == ',';
  const std::size_t next = scan::after_code_point(text, end);
  return joiner && next < limit && scan::digit_at(text, next);
}

// « 14h30 », « 14 h 30 », « 14 h », "14:30".
std::size_t time_end(std::string_view text, std::size_t pos, std::size_t limit) {
  static const RE2 kTime(
      R"([0-9]{1,2}(?:[ \x{A0}\x{202F}]?[hH](?:[ \x{A0}\x{202F}]?[0-9]{2})?|:[0-9]{2}))");
  re2::StringPiece match;
  if (!kTime.Match(re2::StringPiece(text.data(), text.size()), pos, limit, RE2::ANCHOR_START,
                   &match, 1)) {
    return 0;
  }
  const std::size_t end = pos + match.size();
  return scan::word_at(text, end) ? 0 : end;
}

Value date_value(const DateMatch& match) {
  Value value;
  value.kind = ValueKind::date;
  value.span = match.span;
  value.date = match.value;
  return value;
}

class Parser {
 public:
  explicit Parser(const ParseContext& context) : context_(context), text_(context.text) {}

  // The value starting at `pos`, if any; `resume` is set past what was read or rejected.
  std::optional<Value> parse_at(std::size_t pos, std::size_t& resume) const {
    resume = scan::skip_word(text_, pos, context_.limit());
    return scan::digit_at(text_, pos) ? parse_digits(pos, resume) : parse_words(pos, resume);
  }

 private:
  std::optional<Value> parse_digits(std::size_t pos, std::size_t& resume) const {
    const std::size_t limit = context_.limit();
    const auto& lexicons = context_.lexicons;
    resume = skip_digit_run(text_, pos, limit);
    // « mi-2025 » is a date although its digits follow a hyphen.
    const bool after_part = lexicons.date_part.ending_at(text_, pos, context_.floor()).has_value();
    if (!after_part && glued_before(text_, pos, limit))
      return std::nullopt;
    if (const std::size_t end = numeric_date_end(text_, pos, limit)) {
      resume = end;
      const auto date = read_numeric_date(context_, pos);
      return date ? std::optional(date_value(*date)) : std::nullopt;
    }
    if (const std::size_t end = time_end(text_, pos, limit)) {
      resume = end;
      return std::nullopt;
    }
    if (const auto date = read_day_first(context_, pos)) {
      resume = date->span.end;
      return date_value(*date);
    }
    if (const auto ordinal = lexicons.ordinal.at(text_, pos, limit)) {
      resume = ordinal->span.end;
      return std::nullopt;
    }
    auto quantity = read_digits(text_, pos, limit, lexicons.lang);
    if (!quantity || joined_after(text_, quantity->number_end, limit))
      return std::nullopt;
    read_scale(lexicons.scale, text_, limit, *quantity);
    // Letters glued to the digits make a code or a unit (3D, 5G, 100km), unless a scale.
    const bool glued_scale = quantity->scale && quantity->scale->span.begin == quantity->number_end;
    if (scan::word_at(text_, quantity->number_end) && !glued_scale) {
      resume = scan::skip_word(text_, pos, limit);
      return std::nullopt;
    }
    return finish(*quantity, resume);
  }

  std::optional<Value> parse_words(std::size_t pos, std::size_t& resume) const {
    const std::size_t limit = context_.limit();
    const auto& lexicons = context_.lexicons;
    for (auto read : {read_relative, read_weekday, read_month_first}) {
      if (const auto date = read(context_, pos)) {
        resume = date->span.end;
        return date_value(*date);
      }
    }
    const auto word = lexicons.number_word.at(text_, pos, limit);
    if (!word)
      return std::nullopt;
    resume = word->span.end;
    // « vingt-deux », "twenty-one": compounds past twenty are not in the lexicon, and
    // reading their parts would give two wrong numbers.
    const char32_t before = scan::before(text_, pos);
    const bool compound_before =
        is_hyphen(before) && scan::word_before(text_, scan::before_code_point(text_, pos));
    const bool compound_after = is_hyphen(scan::at(text_, word->span.end)) &&
                                scan::word_at(text_, scan::after_code_point(text_, word->span.end));
    if (compound_before || compound_after)
      return std::nullopt;
    Quantity quantity = from_number_word(*word);
    read_scale(lexicons.scale, text_, limit, quantity);
    return finish(quantity, resume);
  }

  // Turns a number with its scale into a value: money when a currency stands before or
  // after it, a percentage before a percent sign or word, a year after a cue, else a number.
  std::optional<Value> finish(Quantity quantity, std::size_t& resume) const {
    const auto& lexicons = context_.lexicons;
    const std::size_t pos = quantity.span.begin;
    auto currency = currency_before(lexicons.currency, text_, pos, context_.floor());
    const bool currency_first = currency.has_value();
    if (!currency)
      currency = currency_after(lexicons.currency, text_, quantity.span.end, context_.limit());
    if (!currency && quantity.one_letter_scale()) {
      const bool glued = quantity.scale->span.begin == quantity.number_end;
      quantity.drop_scale();
      if (glued) {
        resume = scan::skip_word(text_, pos, context_.limit());
        return std::nullopt;
      }
    }
    Value value;
    value.span = quantity.span;
    if (currency) {
      value.kind = ValueKind::money;
      value.currency = currency->rule->value;
      if (currency_first) {
        value.span.begin = currency->span.begin;
      } else {
        value.span.end = currency->span.end;
      }
    } else if (const auto percent = quantity.scale
                                        ? std::nullopt
                                        : percent_after(lexicons.percent, text_, quantity.span.end,
                                                        context_.limit())) {
      value.kind = ValueKind::percent;
      value.span.end = percent->span.end;
    } else {
      if (const auto year = read_year(context_, quantity)) {
        resume = year->span.end;
        return date_value(*year);
      }
      const std::size_t label_end = scan::skip_spaces_back(text_, pos, context_.floor());
      if (lexicons.number_label.ending_at(text_, label_end, context_.floor())) {
        resume = quantity.span.end;
        return std::nullopt;
      }
      // A lone « un », « une » or "one" is an article or a pronoun far more often than a count.
      if (quantity.from_word && quantity.mantissa == 1 && !quantity.scale)
        return std::nullopt;
    }
    value.number = quantity.value();
    value.exact = quantity.exact();
    value.significant_digits = quantity.significant_digits;
    value.resolution = quantity.resolution();
    value.approximator =
        approximator_before(lexicons.approximator, text_, value.span.begin, context_.floor());
    resume = value.span.end;
    return value;
  }

  const ParseContext& context_;
  std::string_view text_;
};

}  // namespace

ValueExtractor::ValueExtractor(const RuleSet& rules, Lang lang) : lexicons_(rules, lang) {
  std::string pattern = "[0-9]";
  for (const Lexicon* lexicon :
       {&lexicons_.number_word, &lexicons_.month, &lexicons_.weekday, &lexicons_.relative_date}) {
    if (!lexicon->empty())
      pattern += "|" + lexicon->alternation();
  }
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(true);  // each rule carries its own (?i:) flag
  // Where values may start is the alternation of four kinds' words: as large as a set, it
  // needs a set's budget (see re2_budget.hpp).
  options.set_max_mem(kRe2SetMemory);
  starts_ = std::make_unique<RE2>(pattern, options);
  if (!starts_->ok()) {
    throw UserError("the value rules of " + std::string(lang_code(lang)) +
                    " do not compile together: " + starts_->error());
  }
}

ValueExtractor::~ValueExtractor() = default;
ValueExtractor::ValueExtractor(ValueExtractor&&) noexcept = default;
ValueExtractor& ValueExtractor::operator=(ValueExtractor&&) noexcept = default;

std::vector<Value> ValueExtractor::find(std::string_view text, Span within,
                                        const std::optional<Date>& article_date) const {
  std::vector<Value> values;
  const re2::StringPiece whole(text.data(), text.size());
  std::size_t pos = within.begin;
  re2::StringPiece start;
  while (pos < within.end && starts_->Match(whole, pos, within.end, RE2::UNANCHORED, &start, 1)) {
    const auto begin = static_cast<std::size_t>(start.data() - text.data());
    std::size_t resume = scan::after_code_point(text, begin);
    // Looking back for a currency, a part or an approximator stops at the previous value,
    // so that values never overlap.
    const std::size_t floor = values.empty() ? within.begin : values.back().span.end;
    const ParseContext context{lexicons_, text, {floor, within.end}, article_date};
    // A start inside a word (« un » in « aucun », 7 in G7) is no start: skip the word.
    if (scan::word_before(text, begin) && !scan::digit_at(text, begin)) {
      resume = scan::skip_word(text, begin, within.end);
    } else if (auto value = Parser(context).parse_at(begin, resume)) {
      values.push_back(std::move(*value));
    }
    pos = std::max(resume, scan::after_code_point(text, begin));
  }
  return values;
}

}  // namespace presscheck
