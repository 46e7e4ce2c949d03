#include "extract/date_parser.hpp"

#include <re2/re2.h>
#include <charconv>
#include <chrono>
#include <cstdlib>

#include "extract/number.hpp"
#include "extract/scan.hpp"

namespace presscheck {
namespace {

// Used for dates without a year: 29 February must stay possible.
constexpr int kLeapYear = 2000;

struct Number {
  int value = 0;
  std::size_t end = 0;
};

int to_int(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// Up to `max_digits` digits at `pos`, not followed by another digit or a letter.
std::optional<Number> read_small_number(std::string_view text, std::size_t pos, std::size_t limit,
                                        std::size_t min_digits, std::size_t max_digits) {
  std::size_t end = pos;
  while (end < limit && scan::digit_at(text, end))
    ++end;
  const std::size_t count = end - pos;
  if (count < min_digits || count > max_digits || scan::word_at(text, end))
    return std::nullopt;
  return Number{to_int(text.substr(pos, count)), end};
}

std::optional<Number> read_year_digits(std::string_view text, std::size_t pos, std::size_t limit) {
  auto year = read_small_number(text, pos, limit, 4, 4);
  if (!year || year->value < 1000 || year->value > 2999)
    return std::nullopt;
  return year;
}

// A day of the month: « 2 », « 1er », "2nd".
std::optional<Number> read_day(const ParseContext& context, std::size_t pos) {
  const std::string_view text = context.text;
  std::optional<Number> day;
  if (const auto ordinal = context.lexicons.ordinal.at(text, pos, context.limit())) {
    std::size_t digits_end = pos;
    while (scan::digit_at(text, digits_end))
      ++digits_end;
    if (digits_end - pos <= 2)
      day = Number{to_int(text.substr(pos, digits_end - pos)), ordinal->span.end};
  } else {
    day = read_small_number(text, pos, context.limit(), 1, 2);
  }
  if (!day || day->value < 1 || day->value > 31)
    return std::nullopt;
  return day;
}

int days_between(const Date& a, const Date& b) {
  auto days = [](const Date& date) {
    return std::chrono::sys_days(std::chrono::year(date.year) /
                                 std::chrono::month(static_cast<unsigned>(date.month)) /
                                 std::chrono::day(static_cast<unsigned>(date.day)))
        .time_since_epoch()
        .count();
  };
  return std::abs(static_cast<int>(days(a) - days(b)));
}

// A date written without its year is the one nearest the article date: « en janvier » in
// a December article is next January. Without an article date the year stays unknown (0).
int infer_year(const ParseContext& context, int month, int day) {
  const auto& article = context.article_date;
  if (!article || article->precision != Precision::day)
    return 0;
  int best = 0;
  int best_distance = 0;
  for (int year = article->year - 1; year <= article->year + 1; ++year) {
    if (day > days_in_month(year, month))
      continue;
    const int distance = days_between(Date{year, month, day == 0 ? 15 : day}, *article);
    if (best == 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

bool valid_day(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year == 0 ? kLeapYear : year, month);
}

std::optional<DateMatch> day_date(const ParseContext& context, Span span, int year, int month,
                                  int day) {
  if (year == 0)
    year = infer_year(context, month, day);
  if (!valid_day(year, month, day))
    return std::nullopt;
  return DateMatch{span, DateValue{Date{year, month, day, Precision::day}}};
}

std::optional<DatePart> part_before(const ParseContext& context, std::size_t pos, Span& part) {
  const auto match = context.lexicons.date_part.ending_at(
      context.text, scan::skip_spaces_back(context.text, pos, context.floor()), context.floor());
  if (!match)
    return std::nullopt;
  part = match->span;
  return parse_date_part(match->rule->value);
}

bool cue_before(const ParseContext& context, std::size_t pos) {
  return context.lexicons.date_cue
      .ending_at(context.text, scan::skip_spaces_back(context.text, pos, context.floor()),
                 context.floor())
      .has_value();
}

bool has_day_precision(const std::optional<Date>& date) {
  return date && date->precision == Precision::day;
}

}  // namespace

std::size_t numeric_date_end(std::string_view text, std::size_t pos, std::size_t limit) {
  static const RE2 kShape(R"(([0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}))");
  re2::StringPiece match;
  if (!kShape.Match(re2::StringPiece(text.data(), text.size()), pos, limit, RE2::ANCHOR_START,
                    &match, 1)) {
    return 0;
  }
  const std::size_t end = pos + match.size();
  return scan::word_at(text, end) ? 0 : end;
}

std::optional<DateMatch> read_numeric_date(const ParseContext& context, std::size_t pos) {
  const std::size_t end = numeric_date_end(context.text, pos, context.limit());
  if (end == 0)
    return std::nullopt;
  const std::string_view token = context.text.substr(pos, end - pos);
  const Span span{pos, end};
  if (token.size() == 10 && token[4] == '-') {
    return day_date(context, span, to_int(token.substr(0, 4)), to_int(token.substr(5, 2)),
                    to_int(token.substr(8, 2)));
  }
  const std::size_t slash = token.find('/');
  const std::size_t second = token.find('/', slash + 1);
  const int first = to_int(token.substr(0, slash));
  const int middle = to_int(token.substr(slash + 1, second - slash - 1));
  const int year = to_int(token.substr(second + 1));
  if (context.lexicons.lang == Lang::fr || first == middle || first > 12) {
    return day_date(context, span, year, middle, first);
  }
  if (middle > 12)
    return day_date(context, span, year, first, middle);
  return std::nullopt;  // 01/02/2026 in English: 1 February or January 2?
}

std::optional<DateMatch> read_day_first(const ParseContext& context, std::size_t pos) {
  const std::string_view text = context.text;
  const auto day = read_day(context, pos);
  if (!day)
    return std::nullopt;
  const std::size_t month_start = scan::skip_spaces(text, day->end, context.limit());
  if (month_start == day->end)
    return std::nullopt;
  const auto month = context.lexicons.month.at(text, month_start, context.limit());
  if (!month)
    return std::nullopt;
  Span span{pos, month->span.end};
  int year = 0;
  const std::size_t year_start = scan::skip_spaces(text, span.end, context.limit());
  if (year_start > span.end) {
    if (const auto written = read_year_digits(text, year_start, context.limit())) {
      year = written->value;
      span.end = written->end;
    }
  }
  return day_date(context, span, year, rule_int(*month->rule), day->value);
}

std::optional<DateMatch> read_month_first(const ParseContext& context, std::size_t pos) {
  const std::string_view text = context.text;
  const auto month_match = context.lexicons.month.at(text, pos, context.limit());
  if (!month_match)
    return std::nullopt;
  const int month = rule_int(*month_match->rule);
  Span span{pos, month_match->span.end};
  const std::size_t next = scan::skip_spaces(text, span.end, context.limit());
  const bool spaced = next > span.end;
  // "January 2, 2026": English also writes the day after the month.
  if (context.lexicons.lang == Lang::en && spaced) {
    if (const auto day = read_day(context, next)) {
      span.end = day->end;
      int year = 0;
      if (span.end < context.limit() && text[span.end] == ',') {
        const std::size_t year_start = scan::skip_spaces(text, span.end + 1, context.limit());
        if (const auto written = read_year_digits(text, year_start, context.limit())) {
          year = written->value;
          span.end = written->end;
        }
      }
      return day_date(context, span, year, month, day->value);
    }
  }
  Span part_span;
  const auto part = part_before(context, pos, part_span);
  if (part)
    span.begin = part_span.begin;
  DateValue value{Date{0, month, 0, Precision::month}, part.value_or(DatePart::whole)};
  if (const auto year = spaced ? read_year_digits(text, next, context.limit()) : std::nullopt) {
    value.date.year = year->value;
    span.end = year->end;
  } else if (part || cue_before(context, pos)) {
    value.date.year = infer_year(context, month, 0);
  } else {
    return std::nullopt;
  }
  return DateMatch{span, value};
}

std::optional<DateMatch> read_weekday(const ParseContext& context, std::size_t pos) {
  const std::string_view text = context.text;
  const auto weekday = context.lexicons.weekday.at(text, pos, context.limit());
  if (!weekday)
    return std::nullopt;
  std::size_t next = scan::skip_spaces(text, weekday->span.end, context.limit());
  if (next < context.limit() && text[next] == ',') {
    next = scan::skip_spaces(text, next + 1, context.limit());
  }
  if (next > weekday->span.end) {
    auto full = read_day_first(context, next);
    if (!full && context.lexicons.lang == Lang::en)
      full = read_month_first(context, next);
    if (full && full->value.date.precision == Precision::day) {
      full->span.begin = pos;
      full->value.weekday = rule_int(*weekday->rule);
      return full;
    }
  }
  if (!has_day_precision(context.article_date))
    return std::nullopt;
  const Date& article = *context.article_date;
  const int back = (iso_weekday(article) - rule_int(*weekday->rule) + 7) % 7;
  return DateMatch{weekday->span, DateValue{add_days(article, -back), DatePart::whole, true,
                                            rule_int(*weekday->rule)}};
}

std::optional<DateMatch> read_relative(const ParseContext& context, std::size_t pos) {
  const auto match = context.lexicons.relative_date.at(context.text, pos, context.limit());
  if (!match || !has_day_precision(context.article_date))
    return std::nullopt;
  const Date& article = *context.article_date;
  // The loader checked the value reads "<offset> <unit>".
  const std::string& value = match->rule->value;
  const int offset = rule_int(*match->rule);
  const std::string_view unit = std::string_view(value).substr(value.find(' ') + 1);
  DateValue date;
  date.relative = true;
  if (unit == "day") {
    date.date = add_days(article, offset);
  } else if (unit == "week") {
    date.date = add_days(article, 7 * offset - (iso_weekday(article) - 1));
    date.part = DatePart::week;
  } else if (unit == "month") {
    const int months = article.year * 12 + (article.month - 1) + offset;
    date.date = Date{months / 12, months % 12 + 1, 0, Precision::month};
  } else {
    date.date = Date{article.year + offset, 0, 0, Precision::year};
  }
  return DateMatch{match->span, date};
}

std::optional<DateMatch> read_year(const ParseContext& context, const Quantity& number) {
  if (!number.could_be_year())
    return std::nullopt;
  Span part_span;
  const auto part = part_before(context, number.span.begin, part_span);
  if (!part && !cue_before(context, number.span.begin))
    return std::nullopt;
  const Span span{part ? part_span.begin : number.span.begin, number.span.end};
  return DateMatch{span, DateValue{Date{static_cast<int>(number.mantissa), 0, 0, Precision::year},
                                   part.value_or(DatePart::whole)}};
}

}  // namespace presscheck
