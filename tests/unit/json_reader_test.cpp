#include <gtest/gtest.h>

#include "core/json_reader.hpp"

namespace presscheck {
namespace {

// The error a text gives, as "line:column: message".
std::string error_of(std::string_view text) {
  try {
    parse_json(text);
  } catch (const JsonSyntaxError& error) {
    return std::to_string(error.line()) + ":" + std::to_string(error.column()) + ": " +
           error.what();
  }
  return "no error";
}

TEST(JsonReader, ParsesEveryTypeAndKeepsMemberOrder) {
  const JsonValue value =
      parse_json(R"( {"b": [1, -2.5e2, true, false, null], "a": {"x": "y"}, "c": 0} )");
  ASSERT_TRUE(value.is_object());
  const auto& members = value.as_object();
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0].first, "b");
  EXPECT_EQ(members[1].first, "a");
  const auto& items = value.find("b")->as_array();
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[0].as_number(), 1);
  EXPECT_EQ(items[1].as_number(), -250);
  EXPECT_TRUE(items[2].as_bool());
  EXPECT_FALSE(items[3].as_bool());
  EXPECT_TRUE(items[4].is_null());
  EXPECT_EQ(value.find("a")->find("x")->as_string(), "y");
  EXPECT_EQ(value.find("missing"), nullptr);
  EXPECT_EQ(items[0].find("x"), nullptr);
}

TEST(JsonReader, DecodesEscapesAndSurrogatePairs) {
  const JsonValue value = parse_json(R"("a\"b\\c\/d\n\t\u00e9\u20AC\ud83d\ude00")");
  EXPECT_EQ(value.as_string(), "a\"b\\c/d\n\té€\xF0\x9F\x98\x80");
  EXPECT_EQ(parse_json("\"très « sérieux »\"").as_string(), "très « sérieux »");
}

TEST(JsonReader, RecordsWhereEachValueStarts) {
  const JsonValue value = parse_json("{\n  \"é\": [1,\n    \"x\"]}");
  const JsonValue& list = *value.find("é");
  EXPECT_EQ(list.line, 2u);
  EXPECT_EQ(list.column, 8u);  // code points: é counts once
  EXPECT_EQ(list.as_array()[1].line, 3u);
  EXPECT_EQ(list.as_array()[1].column, 5u);
}

TEST(JsonReader, ReportsSyntaxErrorsAtLineAndColumn) {
  EXPECT_EQ(error_of("{\"a\": 1,}"), "1:9: expected a string key");
  EXPECT_EQ(error_of("[1, 2"), "1:6: unexpected end of input (expected ',' or ']')");
  EXPECT_EQ(error_of("{\"é\": tru}"), "1:7: invalid literal (expected \"true\")");
  EXPECT_EQ(error_of("{\n\"a\" 1}"), "2:5: expected ':' after a key");
  EXPECT_EQ(error_of("{\"a\": 1} x"), "1:10: unexpected text after the JSON value");
  EXPECT_EQ(error_of(""), "1:1: unexpected end of input (expected a value)");
  EXPECT_EQ(error_of("\"abc"), "1:5: unterminated string");
  EXPECT_EQ(error_of("\"a\tb\""), "1:3: control character in a string");
  EXPECT_EQ(error_of("\"\\x\""), "1:4: invalid escape \"\\x\"");
  EXPECT_EQ(error_of("[01]"), "1:3: leading zeros are not allowed in numbers");
  EXPECT_EQ(error_of("[1.]"), "1:4: invalid number (expected a digit after '.')");
  EXPECT_EQ(error_of("[-]"), "1:3: invalid number (expected a digit)");
  EXPECT_EQ(error_of("[1e999]"), "1:2: number out of range");
  EXPECT_EQ(error_of("{\"a\": 1, \"a\": 2}"), "1:10: duplicate key \"a\"");
  EXPECT_EQ(error_of("'a'"), "1:1: expected a value");
}

TEST(JsonReader, RejectsBrokenUnicode) {
  EXPECT_EQ(error_of("\"\\ud83d\""), "1:2: high surrogate not followed by a low surrogate");
  EXPECT_EQ(error_of("\"\\ude00\""), "1:2: lone low surrogate in \\u escape");
  EXPECT_EQ(error_of("\"\\u00g0\""), "1:6: invalid \\u escape (expected four hexadecimal digits)");
  EXPECT_EQ(error_of("{\"é\": \"a\xFF\"}"), "1:9: invalid UTF-8");
  EXPECT_EQ(error_of("\n\"\xC0\xAF\""), "2:2: invalid UTF-8");
}

TEST(JsonReader, RefusesDeepNestingWithoutCrashing) {
  const std::string deep(100000, '[');
  EXPECT_EQ(error_of(deep), "1:257: nesting deeper than 256 levels");
  const std::string objects = [] {
    std::string text;
    for (int i = 0; i < 100000; ++i)
      text += "{\"a\":";
    return text;
  }();
  EXPECT_EQ(error_of(objects).substr(0, 7), "1:1281:");
  const std::string at_limit = std::string(256, '[') + std::string(256, ']');
  EXPECT_NO_THROW(parse_json(at_limit));
}

TEST(JsonReader, FindsDuplicatesInLargeObjects) {
  std::string text = "{";
  for (int i = 0; i < 1000; ++i)
    text += "\"k" + std::to_string(i) + "\":1,";
  text += "\"k500\":2}";
  EXPECT_EQ(error_of(text).substr(error_of(text).find(' ') + 1), "duplicate key \"k500\"");
}

TEST(JsonReader, SkipsAByteOrderMark) {
  EXPECT_EQ(parse_json("\xEF\xBB\xBF{\"a\":1}").find("a")->as_number(), 1);
}

}  // namespace
}  // namespace presscheck
