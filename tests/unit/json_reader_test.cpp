#include <gtest/gtest.h>

#include <cmath>
#include <limits>

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
  EXPECT_EQ(list.column, 8u);   // code points: é counts once
  EXPECT_EQ(list.offset, 10u);  // bytes: é counts twice
  const JsonValue& item = list.as_array()[1];
  EXPECT_EQ(item.line, 3u);
  EXPECT_EQ(item.column, 5u);
  EXPECT_EQ(item.offset, 18u);  // the opening quote
}

TEST(JsonReader, AcceptsNumbersBeyondTheDoubleRange) {
  const JsonValue value = parse_json(
      "[1e999, -1e999, 1e-400, -1e-400, -0, 123456789012345678901234567890, 0.001e400, "
      "1e-99999999999999999999999]");
  const auto& items = value.as_array();
  ASSERT_EQ(items.size(), 8u);
  EXPECT_EQ(items[0].as_number(), std::numeric_limits<double>::infinity());
  EXPECT_EQ(items[1].as_number(), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(items[2].as_number(), 0.0);
  EXPECT_EQ(items[3].as_number(), 0.0);
  EXPECT_TRUE(std::signbit(items[3].as_number()));
  EXPECT_TRUE(std::signbit(items[4].as_number()));
  EXPECT_EQ(items[5].as_number(), 1.2345678901234568e29);
  EXPECT_EQ(items[6].as_number(), std::numeric_limits<double>::infinity());
  EXPECT_EQ(items[7].as_number(), 0.0);
  EXPECT_EQ(items[7].column, 81u);
  EXPECT_EQ(parse_json(" 1e999 ").as_number(), std::numeric_limits<double>::infinity());
}

TEST(JsonReader, ReportsSyntaxErrorsAtLineAndColumnWithTheParsersReason) {
  const std::string kStructure =
      "the JSON document has an improper structure: missing or superfluous commas, braces, "
      "missing keys, etc.";
  EXPECT_EQ(error_of("{\"a\": 1,}"), "1:9: " + kStructure);
  EXPECT_EQ(error_of("{\n\"a\" 1}"), "2:5: " + kStructure);
  EXPECT_EQ(error_of("[1,,2]"), "1:4: " + kStructure);
  EXPECT_EQ(error_of("'a'"), "1:1: " + kStructure);
  EXPECT_EQ(error_of("[1, 2"),
            "1:6: JSON document ended early in the middle of an object or array");
  EXPECT_EQ(error_of("{\"a\": [1,\n  \n"),
            "1:10: JSON document ended early in the middle of an object or array");
  EXPECT_EQ(error_of("{\"é\": tru}"),
            "1:7: problem while parsing an atom starting with the letter 't'");
  EXPECT_EQ(error_of("[nul]"), "1:2: problem while parsing an atom starting with the letter 'n'");
  EXPECT_EQ(error_of("{\"a\": 1} x"), "1:10: unexpected trailing content in the JSON input");
  EXPECT_EQ(error_of("{\"a\": \"}\"} ]"), "1:12: unexpected trailing content in the JSON input");
  EXPECT_EQ(error_of("1e999 x"), "1:7: unexpected trailing content in the JSON input");
  EXPECT_EQ(error_of(""), "1:1: empty: no JSON found");
  EXPECT_EQ(error_of("\n  \"abc"), "2:3: a string is opened, but never closed");
  EXPECT_EQ(error_of("[\"a\", \"a\tb\"]"),
            "1:9: within strings, some characters must be escaped, we found unescaped "
            "characters");
  EXPECT_EQ(error_of("[1, \"\\x\"]"), "1:5: problem while parsing a string");
  EXPECT_EQ(error_of("[01]"), "1:2: problem while parsing a number");
  EXPECT_EQ(error_of("[1.]"), "1:2: problem while parsing a number");
  EXPECT_EQ(error_of("[-]"), "1:2: problem while parsing a number");
  EXPECT_EQ(error_of("[1e999x]"), "1:2: problem while parsing a number");
  EXPECT_EQ(error_of("{\"a\": 1, \"a\": 2}"), "1:10: duplicate key \"a\"");
  EXPECT_EQ(error_of("{\"a\": 1, \"\\u0061\": 2}"), "1:10: duplicate key \"a\"");
}

TEST(JsonReader, GivesTheByteOffsetOfAnError) {
  try {
    parse_json("{\"é\": [1,,2]}");
    FAIL() << "no error";
  } catch (const JsonSyntaxError& error) {
    EXPECT_EQ(error.offset(), 10u);
    EXPECT_EQ(error.column(), 10u);  // 1-based and in code points, where é is two bytes
  }
}

TEST(JsonReader, RejectsBrokenUnicode) {
  EXPECT_EQ(error_of("[\"\\ud83d\"]"), "1:2: problem while parsing a string");
  EXPECT_EQ(error_of("\"\\ude00\""), "1:1: problem while parsing a string");
  EXPECT_EQ(error_of("\"\\u00g0\""), "1:1: problem while parsing a string");
  EXPECT_EQ(error_of("{\"é\": \"a\xFF\"}"), "1:9: the input is not valid UTF-8");
  EXPECT_EQ(error_of("\n\"\xC0\xAF\""), "2:2: the input is not valid UTF-8");
  EXPECT_EQ(error_of("{\"\xED\xA0\x80\": 1}"), "1:3: the input is not valid UTF-8");
}

TEST(JsonReader, RefusesDeepNestingWithoutCrashing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_EQ(error_of(deep), "1:257: nesting deeper than 256 levels");
  const std::string objects = [] {
    std::string text;
    for (int i = 0; i < 100000; ++i)
      text += "{\"a\":";
    return text + "1" + std::string(100000, '}');
  }();
  EXPECT_EQ(error_of(objects), "1:1281: nesting deeper than 256 levels");
  EXPECT_EQ(error_of(std::string(100000, '[')),
            "1:100001: JSON document ended early in the middle of an object or array");
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

TEST(JsonReader, OneParserReadsManyTextsOfAnySize) {
  JsonParser parser;
  const std::string big = "[\"" + std::string(3 << 20, 'x') + "\", 2]";
  EXPECT_EQ(parser.parse(big).as_array()[1].as_number(), 2);
  EXPECT_EQ(parser.parse("{\"a\": \"b\"}").find("a")->as_string(), "b");
  EXPECT_THROW(parser.parse("{\"a\": }"), JsonSyntaxError);
  EXPECT_EQ(parser.parse("[true]").as_array()[0].as_bool(), true);
}

TEST(JsonReader, SkipsAByteOrderMark) {
  const JsonValue value = parse_json("\xEF\xBB\xBF{\"a\":1}");
  EXPECT_EQ(value.find("a")->as_number(), 1);
  EXPECT_EQ(value.find("a")->offset, 8u);
  EXPECT_EQ(value.find("a")->column, 6u);  // the mark takes no column
}

}  // namespace
}  // namespace presscheck
