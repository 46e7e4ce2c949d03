// LSP positions against byte offsets, in UTF-16 (the protocol's default) and UTF-8: accents,
// an emoji outside the BMP (two UTF-16 units), French no-break spaces, and CRLF line ends.
#include <gtest/gtest.h>

#include "lsp/position_encoding.hpp"
#include "lsp/uri.hpp"

namespace presscheck::lsp {
namespace {

// « é » is 2 bytes and 1 UTF-16 unit; « 😀 » 4 bytes and 2 units; U+202F 3 bytes and 1 unit.
const std::string kText =
    "Été 😀 X\n"
    "«\u202Fcitation\u202F»\r\n"
    "fin";

TEST(LspPosition, Utf16CountsSurrogatePairsAsTwoUnits) {
  const PositionMap map(kText, PositionEncoding::utf16);
  const std::size_t x = kText.find('X');
  EXPECT_EQ(map.position(x), (LspPosition{0, 7}));  // É t é ␠ 😀(2) ␠
  EXPECT_EQ(map.offset({0, 7}), x);
  EXPECT_EQ(map.position(kText.find("😀")), (LspPosition{0, 4}));
  // Half way through the surrogate pair lands on the emoji's first byte.
  EXPECT_EQ(map.offset({0, 5}), kText.find("😀"));
  const std::size_t citation = kText.find("citation");
  EXPECT_EQ(map.position(citation), (LspPosition{1, 2}));
  EXPECT_EQ(map.offset({1, 2}), citation);
  EXPECT_EQ(map.position(kText.find("fin")), (LspPosition{2, 0}));
}

TEST(LspPosition, Utf8CountsBytes) {
  const PositionMap map(kText, PositionEncoding::utf8);
  const std::size_t x = kText.find('X');
  EXPECT_EQ(map.position(x), (LspPosition{0, 11}));  // 2+1+2+1+4+1
  EXPECT_EQ(map.offset({0, 11}), x);
  EXPECT_EQ(map.position(kText.find("citation")), (LspPosition{1, 5}));
  // Inside a sequence: its first byte.
  EXPECT_EQ(map.offset({0, 1}), 0u);
}

TEST(LspPosition, PastTheEndOfALineOrTheTextClamps) {
  const PositionMap map(kText, PositionEncoding::utf16);
  const std::size_t cr = kText.find('\r');
  EXPECT_EQ(map.offset({1, 999}), cr);  // before "\r\n", not inside it
  EXPECT_EQ(map.offset({9, 0}), kText.size());
  EXPECT_EQ(map.position(kText.size()), (LspPosition{2, 3}));
  EXPECT_EQ(map.position(cr + 1), (LspPosition{1, 12}));  // between \r and \n: the line's end
}

TEST(LspPosition, ALoneCarriageReturnEndsALine) {
  const PositionMap map("a\rb\n\nc", PositionEncoding::utf16);
  EXPECT_EQ(map.position(2), (LspPosition{1, 0}));
  EXPECT_EQ(map.position(5), (LspPosition{3, 0}));
  EXPECT_EQ(map.offset({3, 0}), 5u);
}

TEST(LspPosition, NegotiationPrefersUtf8OnlyWhenOffered) {
  EXPECT_EQ(negotiate_encoding({}), PositionEncoding::utf16);
  EXPECT_EQ(negotiate_encoding({"utf-16"}), PositionEncoding::utf16);
  EXPECT_EQ(negotiate_encoding({"utf-32", "utf-16", "utf-8"}), PositionEncoding::utf8);
  EXPECT_EQ(encoding_name(PositionEncoding::utf16), "utf-16");
}

TEST(LspUri, FileUrisArePercentDecodedAndOthersRefused) {
  EXPECT_EQ(uri_to_path("file:///tmp/caf%C3%A9%20noir.md"), "/tmp/café noir.md");
  EXPECT_EQ(uri_to_path("file://localhost/a.md"), "/a.md");
  EXPECT_EQ(uri_to_path("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(uri_to_path("file://server/share/a.md"), std::nullopt);
  EXPECT_EQ(uri_to_path("file:///bad%G1"), std::nullopt);
  EXPECT_EQ(path_to_uri("/tmp/café noir.md"), "file:///tmp/caf%C3%A9%20noir.md");
}

}  // namespace
}  // namespace presscheck::lsp
