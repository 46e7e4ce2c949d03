#include <gtest/gtest.h>

#include "extract_test_util.hpp"

namespace presscheck {
namespace {

using extract_test::day;
using extract_test::find_values;
using extract_test::only_value;
using extract_test::spanned;
using extract_test::spans_of;
using Spans = std::vector<std::string>;

// Wednesday 7 January 2026.
const std::optional<Date> kArticle = day(2026, 1, 7);

struct DateCase {
  Lang lang;
  std::string_view text;
  std::string_view written;
  std::string_view iso;  // the date read, as precise as written
  DatePart part = DatePart::whole;
};

class ExtractDate : public testing::TestWithParam<DateCase> {};

TEST_P(ExtractDate, ReadsDateSpanAndPrecision) {
  const DateCase& c = GetParam();
  const Value value = only_value(c.lang, c.text, kArticle);
  ASSERT_EQ(value.kind, ValueKind::date) << c.text;
  ASSERT_TRUE(value.date.has_value());
  EXPECT_EQ(spanned(c.text, value.span), c.written);
  EXPECT_EQ(value.span.begin, c.text.find(c.written));
  EXPECT_EQ(value.date->date.iso(), c.iso) << c.text;
  EXPECT_EQ(value.date->part, c.part) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    French, ExtractDate,
    testing::Values(
        DateCase{Lang::fr, "Le vote a eu lieu le 2 janvier.", "2 janvier", "2026-01-02"},
        DateCase{Lang::fr, "Le vote du 2 janvier 2026.", "2 janvier 2026", "2026-01-02"},
        DateCase{Lang::fr, "Le vote du 1er janvier.", "1er janvier", "2026-01-01"},
        DateCase{Lang::fr, "Le vote du 02/01/2026.", "02/01/2026", "2026-01-02"},
        DateCase{Lang::fr, "Le vote du 2026-01-02.", "2026-01-02", "2026-01-02"},
        DateCase{Lang::fr, "Un vote en décembre 2025.", "décembre 2025", "2025-12"},
        DateCase{Lang::fr, "Un vote en décembre.", "décembre", "2025-12"},
        DateCase{Lang::fr, "Un vote en 2025.", "2025", "2025"},
        DateCase{Lang::fr, "Un vote début décembre.", "début décembre", "2025-12", DatePart::early},
        DateCase{Lang::fr, "Un vote à la mi-mars.", "mi-mars", "2026-03", DatePart::mid},
        DateCase{Lang::fr, "Un vote fin 2025.", "fin 2025", "2025", DatePart::late},
        DateCase{Lang::fr, "Un vote le 5 déc. 2025.", "5 déc. 2025", "2025-12-05"},
        DateCase{Lang::fr, "Le vote de lundi 5 janvier.", "lundi 5 janvier", "2026-01-05"}));

INSTANTIATE_TEST_SUITE_P(
    English, ExtractDate,
    testing::Values(
        DateCase{Lang::en, "The vote on January 2.", "January 2", "2026-01-02"},
        DateCase{Lang::en, "The vote of 2 January 2026.", "2 January 2026", "2026-01-02"},
        DateCase{Lang::en, "The vote on Jan. 2.", "Jan. 2", "2026-01-02"},
        DateCase{Lang::en, "The vote on January 2, 2026.", "January 2, 2026", "2026-01-02"},
        DateCase{Lang::en, "The vote on January 2nd.", "January 2nd", "2026-01-02"},
        DateCase{Lang::en, "A vote in December 2025.", "December 2025", "2025-12"},
        DateCase{Lang::en, "A vote in December.", "December", "2025-12"},
        DateCase{Lang::en, "A vote in 2025.", "2025", "2025"},
        DateCase{Lang::en, "Profits for fiscal 1986.", "1986", "1986"},
        DateCase{Lang::en, "A vote in early December.", "early December", "2025-12",
                 DatePart::early},
        DateCase{Lang::en, "A vote in mid-March.", "mid-March", "2026-03", DatePart::mid},
        DateCase{Lang::en, "A vote in late 2025.", "late 2025", "2025", DatePart::late},
        DateCase{Lang::en, "A vote at the end of December.", "end of December", "2025-12",
                 DatePart::late},
        DateCase{Lang::en, "The vote on 25/12/2025.", "25/12/2025", "2025-12-25"},
        DateCase{Lang::en, "The vote on 12/25/2025.", "12/25/2025", "2025-12-25"},
        DateCase{Lang::en, "The vote on Monday, January 5.", "Monday, January 5", "2026-01-05"}));

TEST(ExtractDateRelative, ResolvesWeekdaysToTheLastSuchDay) {
  // The article is dated Wednesday 7 January 2026.
  EXPECT_EQ(only_value(Lang::fr, "Il a parlé lundi.", kArticle).date->date.iso(), "2026-01-05");
  EXPECT_EQ(only_value(Lang::fr, "Il a parlé ce lundi.", kArticle).date->date.iso(), "2026-01-05");
  EXPECT_EQ(only_value(Lang::fr, "Il a parlé mercredi.", kArticle).date->date.iso(), "2026-01-07");
  EXPECT_EQ(only_value(Lang::fr, "Il a parlé jeudi.", kArticle).date->date.iso(), "2026-01-01");
  const std::string_view text = "He spoke on Monday.";
  const Value monday = only_value(Lang::en, text, kArticle);
  EXPECT_EQ(monday.date->date.iso(), "2026-01-05");
  EXPECT_TRUE(monday.date->relative);
  EXPECT_EQ(spanned(text, monday.span), "Monday");
}

TEST(ExtractDateRelative, ResolvesRelativeDays) {
  const std::string_view text = "Il l'a dit hier, le redira aujourd'hui et demain.";
  const auto values = find_values(Lang::fr, text, kArticle);
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(spanned(text, values[0].span), "hier");
  EXPECT_EQ(values[0].date->date.iso(), "2026-01-06");
  EXPECT_EQ(spanned(text, values[1].span), "aujourd'hui");
  EXPECT_EQ(values[1].date->date.iso(), "2026-01-07");
  EXPECT_EQ(values[2].date->date.iso(), "2026-01-08");
  EXPECT_EQ(only_value(Lang::en, "He said it yesterday.", kArticle).date->date.iso(), "2026-01-06");
  EXPECT_EQ(only_value(Lang::en, "He says it today.", kArticle).date->date.iso(), "2026-01-07");
  EXPECT_EQ(only_value(Lang::en, "He says it tomorrow.", kArticle).date->date.iso(), "2026-01-08");
  EXPECT_EQ(only_value(Lang::fr, "C'était avant-hier.", kArticle).date->date.iso(), "2026-01-05");
}

TEST(ExtractDateRelative, ResolvesLastWeekToAWeek) {
  const std::string_view text = "Il l'a annoncé la semaine dernière.";
  const Value value = only_value(Lang::fr, text, kArticle);
  EXPECT_EQ(spanned(text, value.span), "la semaine dernière");
  EXPECT_EQ(value.date->part, DatePart::week);
  EXPECT_EQ(value.date->first_day(), 20251229);  // the Monday before 5 January
  EXPECT_EQ(value.date->end_day(), 20260105);
  const Value english = only_value(Lang::en, "He announced it last week.", kArticle);
  EXPECT_EQ(english.date->first_day(), 20251229);
  EXPECT_TRUE(english.date->agrees_with(day(2026, 1, 2)));
  EXPECT_FALSE(english.date->agrees_with(day(2026, 1, 6)));
}

TEST(ExtractDateRelative, ResolvesLastMonthAndLastYear) {
  EXPECT_EQ(only_value(Lang::fr, "Le mois dernier.", kArticle).date->date.iso(), "2025-12");
  EXPECT_EQ(only_value(Lang::en, "The deficit of last year.", kArticle).date->date.iso(), "2025");
}

TEST(ExtractDateRelative, DropsRelativeDatesWithoutAnArticleDate) {
  EXPECT_EQ(spans_of(Lang::fr, "Il a parlé lundi, hier et la semaine dernière."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "He spoke on Monday, yesterday and last week."), Spans{});
}

TEST(ExtractDateYear, KeepsAYearUnknownWithoutAnArticleDate) {
  const Value value = only_value(Lang::fr, "Le vote du 2 janvier.");
  EXPECT_EQ(value.date->date.year, 0);
  EXPECT_EQ(value.date->date.month, 1);
  EXPECT_EQ(value.date->date.day, 2);
  EXPECT_TRUE(value.date->agrees_with(day(2024, 1, 2)));
  EXPECT_FALSE(value.date->agrees_with(day(2024, 1, 3)));
}

TEST(ExtractDateYear, TakesTheYearNearestTheArticle) {
  // In a December article, « en janvier » is next January.
  const std::optional<Date> december = day(2025, 12, 20);
  EXPECT_EQ(only_value(Lang::fr, "Un vote en janvier.", december).date->date.iso(), "2026-01");
  EXPECT_EQ(only_value(Lang::fr, "Un vote le 2 janvier.", december).date->date.iso(), "2026-01-02");
}

TEST(ExtractDateYear, ReadsABareYearAsANumber) {
  const Value value = only_value(Lang::fr, "Ils étaient 2025 au départ.");
  EXPECT_EQ(value.kind, ValueKind::number);
  EXPECT_EQ(value.exact, 2025);
}

TEST(ExtractDateMisses, LeavesNamesAndAmbiguousDatesAlone) {
  // A month alone needs a cue: Mars is a planet, June a name, may a verb.
  EXPECT_EQ(spans_of(Lang::fr, "La sonde a atteint Mars.", kArticle), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "June said it may rain.", kArticle), Spans{});
  // 01/02/2026 is 1 February in Britain and January 2 in the US.
  EXPECT_EQ(spans_of(Lang::en, "The vote on 01/02/2026.", kArticle), Spans{});
  EXPECT_EQ(spans_of(Lang::fr, "Le 31/02/2026 n'existe pas.", kArticle), Spans{});
  // « sept. » can end a sentence after the number seven.
  EXPECT_EQ(spans_of(Lang::fr, "Ils étaient sept.", kArticle), Spans{"sept"});
}

TEST(ExtractDateAgreement, ComparesPartsOfAMonth) {
  const std::optional<Date> article = day(2025, 12, 15);
  const Value early = only_value(Lang::fr, "Un vote début décembre.", article);
  EXPECT_TRUE(early.date->agrees_with(day(2025, 12, 5)));
  EXPECT_FALSE(early.date->agrees_with(day(2025, 12, 20)));
  EXPECT_TRUE(early.date->agrees_with(Date{2025, 12, 0, Precision::month}));
  EXPECT_TRUE(early.date->agrees_with(Date{2025, 0, 0, Precision::year}));
  const Value late = only_value(Lang::en, "A vote in late December.", article);
  EXPECT_TRUE(late.date->agrees_with(day(2025, 12, 31)));
  EXPECT_FALSE(late.date->agrees_with(day(2025, 12, 15)));
  const Value mid = only_value(Lang::fr, "Un vote à la mi-mars 2026.", article);
  EXPECT_TRUE(mid.date->agrees_with(day(2026, 3, 15)));
  EXPECT_FALSE(mid.date->agrees_with(day(2026, 3, 25)));
}

TEST(ExtractDateAgreement, ComparesAtTheCoarserPrecision) {
  const Value month = only_value(Lang::fr, "Un vote en décembre 2025.");
  EXPECT_TRUE(month.date->agrees_with(day(2025, 12, 20)));
  EXPECT_FALSE(month.date->agrees_with(day(2025, 11, 30)));
  const Value late = only_value(Lang::fr, "Un vote fin 2025.");
  EXPECT_TRUE(late.date->agrees_with(day(2025, 11, 3)));
  EXPECT_FALSE(late.date->agrees_with(day(2025, 3, 3)));
}

}  // namespace
}  // namespace presscheck
