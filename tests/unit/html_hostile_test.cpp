// Hostile HTML: pages built to make a parser crash, recurse without end or take quadratic
// time are read in time linear in their size, up to the depth no real page reaches.
#include <gtest/gtest.h>

#include <string>

#include "input/html_nesting_bound.hpp"
#include "input/html_text.hpp"

namespace presscheck {
namespace {

std::string repeat(const std::string& unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i)
    out += unit;
  return out;
}

DecodedDraft parts(const std::string& html) {
  return read_html_parts(MappedText::identity(html));
}

TEST(HtmlHostile, DeeplyNestedTagsAreReadUpToTheBound) {
  const std::string prefix = "<h1>Headline</h1><p>Before.</p>";
  for (const std::string unit : {"<div>", "<b>", "<i><div>", "<b></p>", "<font>x</p>"}) {
    const std::string html = prefix + repeat(unit, 100'000) + "<p>After.</p>";
    const std::size_t end = nesting_bounded_end(html);
    EXPECT_GT(end, prefix.size() + 100 * unit.size()) << unit;
    EXPECT_LT(end, prefix.size() + 2'000 * unit.size()) << unit;
    const DecodedDraft draft = parts(html);
    EXPECT_EQ(draft.headline.text(), "Headline") << unit;
    EXPECT_EQ(draft.body.at(0).text(), "Before.") << unit;
  }
}

TEST(HtmlHostile, OrdinaryPagesAreReadWhole) {
  const std::string page = "<html><body><!-- <div><div> --><!--><div>" +
                           repeat("<p>x<b>y</b><br><img src=a>", 50'000) +
                           repeat("<ul><li>a<li>b</ul><table><tr><td>c<td>d</table>", 20'000) +
                           "<svg>" + repeat("<path d=\"M0\"/>", 10'000) + "</svg><script>" +
                           repeat("'<div>'", 10'000) + "</script></div></body></html>";
  EXPECT_EQ(nesting_bounded_end(page), page.size());
}

TEST(HtmlHostile, AStrayQuoteDoesNotHideTheTagsThatFollow) {
  const std::string html = "<div title=a\"b>" + repeat("<div>", 10'000);
  EXPECT_LT(nesting_bounded_end(html), 1'000 * 5u);
}

TEST(HtmlHostile, HugeAttributesAndTextAreReadWhole) {
  const std::string value = repeat("a&eacute;", 500'000);
  const DecodedDraft meta = parts("<meta property=\"og:title\" content=\"" + value + "\">");
  EXPECT_EQ(meta.headline.size(), 1'500'000u);
  EXPECT_EQ(meta.headline.to_source({3, 6}), (Span{44, 53}));  // "a&eacute;"

  const DecodedDraft text = parts("<p>" + repeat("mot &amp; ", 400'000) + "</p>");
  ASSERT_EQ(text.body.size(), 1u);
  EXPECT_EQ(text.body[0].size(), 400'000u * 6 - 1);
}

TEST(HtmlHostile, EntityLikeRunsStayText) {
  const std::string run = "&" + std::string(40, 'a');
  const std::string html = "<p>" + repeat(run, 20'000) + "&#" + repeat("9", 30) + ";</p>";
  const DecodedDraft draft = parts(html);
  ASSERT_EQ(draft.body.size(), 1u);
  EXPECT_TRUE(draft.body[0].text() == repeat(run, 20'000) + "\uFFFD");
  // The last character stands for the whole numeric reference.
  const Span last = draft.body[0].to_source({draft.body[0].size() - 3, draft.body[0].size()});
  EXPECT_EQ(last, (Span{3 + run.size() * 20'000, html.size() - 4}));
}

}  // namespace
}  // namespace presscheck
