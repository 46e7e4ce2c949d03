#include <gtest/gtest.h>

#include "extract_test_util.hpp"

namespace presscheck {
namespace {

using extract_test::find_values;
using extract_test::only_value;
using extract_test::spanned;
using extract_test::spans_of;
using Spans = std::vector<std::string>;

TEST(ExtractNumber, ReadsFrenchThousandsWithEverySpace) {
  for (std::string_view text :
       {"Il y a 12 000 emplois.", "Il y a 12\u00A0000 emplois.", "Il y a 12\u202F000 emplois."}) {
    const Value value = only_value(Lang::fr, text);
    EXPECT_EQ(value.kind, ValueKind::number);
    EXPECT_EQ(value.exact, 12000);
    EXPECT_EQ(value.span.begin, 7u);
    EXPECT_EQ(spanned(text, value.span).substr(0, 2), "12");
    EXPECT_EQ(value.span.end, text.find(" emplois"));
  }
}

// Agency copy in French groups thousands with dots: « 154.445 cas », « 40.000 prisonniers ».
TEST(ExtractNumber, ReadsFrenchThousandsGroupedWithDots) {
  const std::string_view text = "On compte 154.445 cas et 1.234.567 tests.";
  const auto values = find_values(Lang::fr, text);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].exact, 154445);
  EXPECT_EQ(spanned(text, values[0].span), "154.445");
  EXPECT_EQ(values[1].exact, 1234567);
  // Separators of two kinds in one number are no grouping: only the first group is read.
  EXPECT_EQ(only_value(Lang::fr, "Il y a 12.000 000 emplois.").exact, 12000);
}

TEST(ExtractNumber, ReadsEnglishThousandsAndDecimals) {
  const std::string_view text = "There are 12,000 jobs and 1.5 litres.";
  const auto values = find_values(Lang::en, text);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].exact, 12000);
  EXPECT_EQ(values[0].span, (Span{10, 16}));
  EXPECT_DOUBLE_EQ(values[1].number, 1.5);
  EXPECT_EQ(values[1].exact, std::nullopt);
  EXPECT_EQ(spanned(text, values[1].span), "1.5");
}

TEST(ExtractNumber, ReadsTheDecimalSeparatorOfTheLanguage) {
  const Value french = only_value(Lang::fr, "Un taux de 1,5 point.");
  EXPECT_DOUBLE_EQ(french.number, 1.5);
  EXPECT_EQ(french.significant_digits, 2);
  EXPECT_DOUBLE_EQ(french.resolution, 0.1);
  // In English, « 1,5 » is neither 15 nor 1.5: it is dropped rather than misread.
  EXPECT_EQ(spans_of(Lang::en, "A rate of 1,5 points."), Spans{});
  EXPECT_EQ(spans_of(Lang::fr, "Un taux de 1.5 point."), Spans{});
}

TEST(ExtractNumber, AppliesScales) {
  const std::string_view text = "Un budget de 1,8 milliard et de 120 millions.";
  const auto values = find_values(Lang::fr, text);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(spanned(text, values[0].span), "1,8 milliard");
  EXPECT_EQ(values[0].exact, 1'800'000'000);
  EXPECT_EQ(values[0].significant_digits, 2);
  EXPECT_DOUBLE_EQ(values[0].resolution, 1e8);
  EXPECT_EQ(spanned(text, values[1].span), "120 millions");
  EXPECT_EQ(values[1].exact, 120'000'000);
  EXPECT_EQ(values[1].significant_digits, 2);
  EXPECT_DOUBLE_EQ(values[1].resolution, 1e7);
}

TEST(ExtractNumber, KnowsFrenchBillionIsATrillion) {
  EXPECT_EQ(only_value(Lang::fr, "Une dette de 3 billions.").exact, 3'000'000'000'000);
  EXPECT_EQ(only_value(Lang::en, "A debt of 3 billion.").exact, 3'000'000'000);
  EXPECT_EQ(only_value(Lang::fr, "Deux milliards.").exact, 2'000'000'000);
}

TEST(ExtractNumber, ReadsReutersScales) {
  const std::string_view text = "Output of 40 mln tonnes, reserves of 2 bln barrels.";
  const auto values = find_values(Lang::en, text);
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(spanned(text, values[0].span), "40 mln");
  EXPECT_EQ(values[0].exact, 40'000'000);
  EXPECT_EQ(spanned(text, values[1].span), "2 bln");
  EXPECT_EQ(values[1].exact, 2'000'000'000);
}

TEST(ExtractNumber, ReadsNumberWordsUpToTwenty) {
  const std::string_view french = "Trois ministres, dix-sept pays et vingt communes.";
  const auto values = find_values(Lang::fr, french);
  ASSERT_EQ(values.size(), 3u);
  EXPECT_EQ(values[0].exact, 3);
  EXPECT_EQ(spanned(french, values[0].span), "Trois");
  EXPECT_EQ(values[1].exact, 17);
  EXPECT_EQ(spanned(french, values[1].span), "dix-sept");
  EXPECT_EQ(values[2].exact, 20);
  EXPECT_DOUBLE_EQ(values[2].resolution, 1);  // words are exact: « vingt » is not 15 to 25
  const std::string_view english = "Twelve towns and nineteen MPs.";
  EXPECT_EQ(spans_of(Lang::en, english), (Spans{"Twelve", "nineteen"}));
  EXPECT_EQ(find_values(Lang::en, english)[1].exact, 19);
}

TEST(ExtractNumber, ReadsNumberWordsWithAScale) {
  const Value value = only_value(Lang::fr, "Un million de visiteurs.");
  EXPECT_EQ(value.exact, 1'000'000);
  EXPECT_EQ(value.span, (Span{0, 10}));
  EXPECT_EQ(only_value(Lang::en, "Two billion people.").exact, 2'000'000'000);
}

TEST(ExtractNumber, LeavesArticlesAndLargerCompoundsAlone) {
  EXPECT_EQ(spans_of(Lang::fr, "Un homme et une femme, l'un des élus."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "One of them came."), Spans{});
  EXPECT_EQ(spans_of(Lang::fr, "Il a vingt-deux ans."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "He is twenty-one."), Spans{});
  EXPECT_EQ(spans_of(Lang::fr, "Aucun accord, chacun chez soi."), Spans{});
}

TEST(ExtractNumber, SkipsPhoneNumbers) {
  EXPECT_EQ(spans_of(Lang::fr, "Appelez le 01 23 45 67 89 ou le 06.12.34.56.78."), Spans{});
  EXPECT_EQ(spans_of(Lang::fr, "Appelez le +33 1 23 45 67 89."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "Call 555-1234 now."), Spans{});
}

TEST(ExtractNumber, ReadsARiseWithItsPlusSign) {
  const std::string_view text = "Une hausse de +3 %.";
  EXPECT_EQ(spans_of(Lang::fr, text), Spans{"3 %"});
}

TEST(ExtractNumber, SkipsNamesCodesAndTimes) {
  EXPECT_EQ(spans_of(Lang::fr, "Le Covid-19 et le G7, puis l'A320 et la 5G."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "The Covid-19 crisis and the G7 summit."), Spans{});
  EXPECT_EQ(spans_of(Lang::fr, "Rendez-vous à 14h30, à 9 h 15 ou à 18:45."), Spans{});
  EXPECT_EQ(spans_of(Lang::fr, "Une réunion à 14 h."), Spans{});
}

TEST(ExtractNumber, SkipsLabelledNumbers) {
  EXPECT_EQ(spans_of(Lang::fr, "Selon l'article 17 du traité et l'alinéa 3, n°5."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "Under article 17 and section 3 of the act."), Spans{});
  // The label names one number, not the next: « 17 » is skipped, « 12 » read.
  EXPECT_EQ(spans_of(Lang::fr, "L'article 17 prévoit 12 sanctions."), Spans{"12"});
}

TEST(ExtractNumber, SkipsOrdinals) {
  EXPECT_EQ(spans_of(Lang::fr, "Le 2e tour et la 3ème place, la 1re fois."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "The 21st century and the 3rd round."), Spans{});
}

TEST(ExtractNumber, SkipsDigitsGluedToLettersOrRanges) {
  EXPECT_EQ(spans_of(Lang::fr, "Une course de 100km et un score de 3-2."), Spans{});
  EXPECT_EQ(spans_of(Lang::en, "A 3D film and a 2-1 win."), Spans{});
}

TEST(ExtractNumber, ReadsAUnitAfterASpaceAsANumber) {
  const std::string_view text = "Une course de 2,5 km.";
  const Value value = only_value(Lang::fr, text);
  EXPECT_EQ(value.kind, ValueKind::number);
  EXPECT_DOUBLE_EQ(value.number, 2.5);
  EXPECT_EQ(spanned(text, value.span), "2,5");
}

TEST(ExtractNumber, DoesNotTakeMonsieurForMillions) {
  const std::string_view text = "Ils étaient 3 M. Dupont compris.";
  const Value value = only_value(Lang::fr, text);
  EXPECT_EQ(value.exact, 3);
  EXPECT_EQ(spanned(text, value.span), "3");
  EXPECT_EQ(spans_of(Lang::fr, "Selon M. Dupont, rien ne change."), Spans{});
}

TEST(ExtractNumber, DoesNotJoinAYearAndTheNextNumber) {
  EXPECT_EQ(spans_of(Lang::fr, "Ils étaient 2020 150 au total."), (Spans{"2020", "150"}));
}

TEST(ExtractNumber, StaysInsideTheGivenSpan) {
  const std::string_view text = "12 000 emplois, 45 millions";
  const auto values = extract_test::extractor(Lang::fr).find(text, {3, 20}, std::nullopt);
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(spanned(text, values[0].span), "45");
  EXPECT_EQ(values[0].exact, 45);
}

}  // namespace
}  // namespace presscheck
