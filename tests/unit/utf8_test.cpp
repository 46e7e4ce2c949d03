#include <gtest/gtest.h>

#include "core/line_index.hpp"
#include "core/utf8.hpp"

namespace presscheck {
namespace {

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(utf8::first_invalid("très bien"), std::nullopt);
  EXPECT_EQ(utf8::first_invalid("ab\xFF"
                                "cd"),
            2u);
  EXPECT_EQ(utf8::first_invalid("\xC3"), 0u);          // truncated at the end
  EXPECT_EQ(utf8::first_invalid("a\xC0\xAF"), 1u);     // overlong slash
  EXPECT_EQ(utf8::first_invalid("\xED\xA0\x80"), 0u);  // surrogate
}

TEST(Utf8, FoldsCaseAndAccents) {
  EXPECT_EQ(utf8::fold("Été À L’ŒUVRE"), "ete a l'oeuvre");
  EXPECT_EQ(utf8::fold("Çà et là, naïf"), "ca et la, naif");
}

TEST(LineIndex, CountsColumnsInCodePoints) {
  const std::string text = "title\n« très » ok\r\nend";
  LineIndex index(text);
  const auto position = index.position(text, text.find("ok"));
  EXPECT_EQ(position.line, 2u);
  EXPECT_EQ(position.column, 10u);
  EXPECT_EQ(index.line_text(text, 2), "« très » ok");
  EXPECT_EQ(index.line_text(text, 3), "end");
}

TEST(LineIndex, AnEmptyTextHasOneLine) {
  const LineIndex index;
  EXPECT_EQ(index.position("", 0).line, 1u);
  EXPECT_EQ(index.position("", 0).column, 1u);
  EXPECT_EQ(index.line_text("", 1), "");
}

}  // namespace
}  // namespace presscheck
