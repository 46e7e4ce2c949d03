#include <gtest/gtest.h>

#include "extract_test_util.hpp"

namespace presscheck {
namespace {

using extract_test::find_values;
using extract_test::only_value;
using extract_test::spanned;
using extract_test::spans_of;
using Spans = std::vector<std::string>;

struct MoneyCase {
  Lang lang;
  std::string_view text;
  std::string_view written;  // what the value must span
  std::string_view currency;
  std::int64_t amount;
};

class ExtractMoney : public testing::TestWithParam<MoneyCase> {};

TEST_P(ExtractMoney, ReadsAmountCurrencyAndSpan) {
  const MoneyCase& c = GetParam();
  const Value value = only_value(c.lang, c.text);
  EXPECT_EQ(value.kind, ValueKind::money) << c.text;
  EXPECT_EQ(spanned(c.text, value.span), c.written);
  EXPECT_EQ(value.span.begin, c.text.find(c.written));
  EXPECT_EQ(value.currency, c.currency);
  EXPECT_EQ(value.exact, c.amount);
}

INSTANTIATE_TEST_SUITE_P(
    French, ExtractMoney,
    testing::Values(
        MoneyCase{Lang::fr, "Une amende de 120 millions d'euros.", "120 millions d'euros", "EUR",
                  120'000'000},
        MoneyCase{Lang::fr, "Une amende de 1,5 milliard d’euros.", "1,5 milliard d’euros", "EUR",
                  1'500'000'000},
        MoneyCase{Lang::fr, "Un prix de 12\u00A0000 €.", "12\u00A0000 €", "EUR", 12'000},
        MoneyCase{Lang::fr, "Un budget de 120 M€.", "120 M€", "EUR", 120'000'000},
        MoneyCase{Lang::fr, "Un plan de 3 Md€.", "3 Md€", "EUR", 3'000'000'000},
        MoneyCase{Lang::fr, "Il gagne 2 000 euros.", "2 000 euros", "EUR", 2'000},
        MoneyCase{Lang::fr, "Un coût de 40 EUR.", "40 EUR", "EUR", 40},
        MoneyCase{Lang::fr, "Un contrat de 2 milliards de dollars.", "2 milliards de dollars",
                  "USD", 2'000'000'000},
        MoneyCase{Lang::fr, "Un prix de 5 $.", "5 $", "USD", 5},
        MoneyCase{Lang::fr, "Un rachat de 3 millions de livres.", "3 millions de livres", "GBP",
                  3'000'000},
        MoneyCase{Lang::fr, "Une amende de 30 livres sterling.", "30 livres sterling", "GBP", 30},
        MoneyCase{Lang::fr, "Une amende de 20 £.", "20 £", "GBP", 20},
        MoneyCase{Lang::fr, "Deux millions d'euros ont été versés.", "Deux millions d'euros", "EUR",
                  2'000'000}));

INSTANTIATE_TEST_SUITE_P(
    English, ExtractMoney,
    testing::Values(
        MoneyCase{Lang::en, "A fine of €120 million.", "€120 million", "EUR", 120'000'000},
        MoneyCase{Lang::en, "A fine of $1.5bn.", "$1.5bn", "USD", 1'500'000'000},
        MoneyCase{Lang::en, "A deal worth £2m.", "£2m", "GBP", 2'000'000},
        MoneyCase{Lang::en, "A round of $30M.", "$30M", "USD", 30'000'000},
        MoneyCase{Lang::en, "A salary of $50k.", "$50k", "USD", 50'000},
        MoneyCase{Lang::en, "Sales of 40 mln dlrs.", "40 mln dlrs", "USD", 40'000'000},
        MoneyCase{Lang::en, "A fine of 120 million euros.", "120 million euros", "EUR",
                  120'000'000},
        MoneyCase{Lang::en, "A bill of 12,000 dollars.", "12,000 dollars", "USD", 12'000},
        MoneyCase{Lang::en, "A fine of 30 pounds.", "30 pounds", "GBP", 30},
        MoneyCase{Lang::en, "A fee of EUR 40.", "EUR 40", "EUR", 40},
        MoneyCase{Lang::en, "A fee of US$ 40.", "US$ 40", "USD", 40},
        MoneyCase{Lang::en, "Five million dollars were paid.", "Five million dollars", "USD",
                  5'000'000}));

TEST(ExtractMoneyAlone, NeedsANumber) {
  EXPECT_EQ(spans_of(Lang::fr, "Le prix est en € et en M€."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "Prices in € and $ only."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "The code EUR120 is not an amount."), Spans{});
}

TEST(ExtractMoneyAlone, ReadsOnlySymbolsAndCodesBeforeAnAmount) {
  const std::string_view text = "The dollar 1987 outlook is weak.";
  const Value value = only_value(Lang::en, text);
  EXPECT_EQ(value.kind, ValueKind::number);
  EXPECT_EQ(spanned(text, value.span), "1987");
  EXPECT_EQ(spans_of(Lang::fr, "Les euros 2025 sont frappés."), Spans{"2025"});
  EXPECT_EQ(only_value(Lang::en, "A fee of USD 40.").currency, "USD");
}

TEST(ExtractMoneyAlone, ReadsAOneLetterScaleOnlyInMoney) {
  // « 3 m » is three metres, "100 m" a hundred metres: no currency, no million.
  const std::string_view text = "A 100 m sprint.";
  const Value value = only_value(Lang::en, text);
  EXPECT_EQ(value.kind, ValueKind::number);
  EXPECT_EQ(value.exact, 100);
  EXPECT_EQ(spanned(text, value.span), "100");
  EXPECT_EQ(spans_of(Lang::en, "A 100m sprint."), Spans{});
}

TEST(ExtractMoneyAlone, TellsAYearFromAnAmount) {
  const std::string_view text = "En 2025, 2025 euros de primes.";
  const auto values = find_values(Lang::fr, text);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].kind, ValueKind::date);
  EXPECT_EQ(spanned(text, values[0].span), "2025");
  EXPECT_EQ(values[1].kind, ValueKind::money);
  EXPECT_EQ(spanned(text, values[1].span), "2025 euros");
  EXPECT_EQ(values[1].exact, 2025);
}

struct PercentCase {
  Lang lang;
  std::string_view text;
  std::string_view written;
  double percent;
};

class ExtractPercent : public testing::TestWithParam<PercentCase> {};

TEST_P(ExtractPercent, ReadsThePercentage) {
  const PercentCase& c = GetParam();
  const Value value = only_value(c.lang, c.text);
  EXPECT_EQ(value.kind, ValueKind::percent) << c.text;
  EXPECT_EQ(spanned(c.text, value.span), c.written);
  EXPECT_EQ(value.span.begin, c.text.find(c.written));
  EXPECT_DOUBLE_EQ(value.number, c.percent);
  EXPECT_TRUE(value.currency.empty());
}

INSTANTIATE_TEST_SUITE_P(
    BothLanguages, ExtractPercent,
    testing::Values(PercentCase{Lang::fr, "Une hausse de 3,5 %.", "3,5 %", 3.5},
                    PercentCase{Lang::fr, "Une hausse de 3,5\u00A0%.", "3,5\u00A0%", 3.5},
                    PercentCase{Lang::fr, "Une hausse de 3,5\u202F%.", "3,5\u202F%", 3.5},
                    PercentCase{Lang::fr, "Une hausse de 3,5%.", "3,5%", 3.5},
                    PercentCase{Lang::fr, "Une baisse de 2 pour cent.", "2 pour cent", 2},
                    PercentCase{Lang::fr, "Une baisse de deux pour cent.", "deux pour cent", 2},
                    PercentCase{Lang::en, "A rise of 3.5%.", "3.5%", 3.5},
                    PercentCase{Lang::en, "A rise of 3.5 per cent.", "3.5 per cent", 3.5},
                    PercentCase{Lang::en, "A rise of 3.5 percent.", "3.5 percent", 3.5},
                    PercentCase{Lang::en, "Up 4 pct on the year.", "4 pct", 4}));

}  // namespace
}  // namespace presscheck
