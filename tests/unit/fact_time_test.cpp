// How dates and periods read in findings and fact cards: the preposition follows whether a
// date names a day, a month or a year, in both languages.
#include <gtest/gtest.h>

#include "analysis/fact_evidence.hpp"
#include "analysis/fact_time.hpp"

namespace presscheck {
namespace {

Date date(const char* iso) {
  return *Date::parse_iso(iso);
}

facts::Statement period(std::optional<Date> from, std::optional<Date> to) {
  facts::Statement statement;
  statement.valid_from = from;
  statement.valid_to = to;
  return statement;
}

TEST(DescribeValidity, FrenchSaysDuAuForDaysAndDeAForMonthsAndYears) {
  EXPECT_EQ(describe_validity(period(date("2019-12-01"), date("2024-09-16")), Lang::fr),
            "du 1er décembre 2019 au 16 septembre 2024");
  EXPECT_EQ(describe_validity(period(date("2014"), date("2020")), Lang::fr), "de 2014 à 2020");
  EXPECT_EQ(describe_validity(period(date("2019-04"), date("2020-03")), Lang::fr),
            "d'avril 2019 à mars 2020");
  EXPECT_EQ(describe_validity(period(date("2014"), date("2024-09-16")), Lang::fr),
            "de 2014 au 16 septembre 2024");
}

TEST(DescribeValidity, FrenchOpenPeriods) {
  EXPECT_EQ(describe_validity(period(date("2019-12-01"), std::nullopt), Lang::fr),
            "depuis le 1er décembre 2019");
  EXPECT_EQ(describe_validity(period(date("2019-12"), std::nullopt), Lang::fr),
            "depuis décembre 2019");
  EXPECT_EQ(describe_validity(period(std::nullopt, date("2020-03-15")), Lang::fr),
            "jusqu'au 15 mars 2020");
  EXPECT_EQ(describe_validity(period(std::nullopt, date("2020")), Lang::fr), "jusqu'en 2020");
  EXPECT_EQ(describe_validity(period(std::nullopt, std::nullopt), Lang::fr), "sans date");
}

TEST(DescribeValidity, English) {
  EXPECT_EQ(describe_validity(period(date("2014"), date("2024-09-16")), Lang::en),
            "from 2014 to 16 September 2024");
  EXPECT_EQ(describe_validity(period(date("2019-12"), std::nullopt), Lang::en),
            "since December 2019");
  EXPECT_EQ(describe_validity(period(std::nullopt, date("2020")), Lang::en), "until 2020");
  EXPECT_EQ(describe_validity(period(std::nullopt, std::nullopt), Lang::en), "undated");
}

TEST(OnDate, ADayAMonthOrAYear) {
  EXPECT_EQ(on_date(date("2026-01-06"), Lang::fr), "au 6 janvier 2026");
  EXPECT_EQ(on_date(date("2026-01"), Lang::fr), "en janvier 2026");
  EXPECT_EQ(on_date(date("2026"), Lang::fr), "en 2026");
  EXPECT_EQ(on_date(date("2026-01-06"), Lang::en), "on 6 January 2026");
  EXPECT_EQ(on_date(date("2026-01"), Lang::en), "in January 2026");
  EXPECT_EQ(on_date(date("2026"), Lang::en), "in 2026");
}

}  // namespace
}  // namespace presscheck
