// What every output prints of a draft, a fact base or a file name: each character a
// terminal or a CI log would act on is written visibly instead, and nothing else changes.
#include <gtest/gtest.h>

#include "core/terminal_safe.hpp"

namespace presscheck {
namespace {

TEST(TerminalSafe, EscapesC0ControlsAndDeleteAsHexBytes) {
  EXPECT_EQ(terminal_safe("titre\x1b]0;pwned\x07 fin"), "titre\\x1b]0;pwned\\x07 fin");
  EXPECT_EQ(terminal_safe("a\x7f"
                          "b\x01"),
            "a\\x7fb\\x01");
  EXPECT_EQ(terminal_safe(std::string_view("nul\0!", 5)), "nul\\x00!");
}

TEST(TerminalSafe, EscapesC1ControlsAndBidirectionalOverridesAsCodePoints) {
  EXPECT_EQ(terminal_safe("csi \u009b2J, nel \u0085"), "csi \\u009b2J, nel \\u0085");
  EXPECT_EQ(terminal_safe("fichier\u202eslm.exe"), "fichier\\u202eslm.exe");
  EXPECT_EQ(terminal_safe("\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069"),
            "\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069");
}

TEST(TerminalSafe, EscapesEachByteThatIsNotUtf8) {
  // « café » saved in Latin-1, a lone continuation byte, an 8-bit CSI, a truncated « é ».
  EXPECT_EQ(terminal_safe("caf\xe9.md"), "caf\\xe9.md");
  EXPECT_EQ(terminal_safe("\x80\x9b[2J\xc3"), "\\x80\\x9b[2J\\xc3");
}

TEST(TerminalSafe, KeepsTextAccentsTypographyAndEmojiAsTheyAre) {
  const std::string french = "L'UE ne « prend pas très au sérieux » les vidéos — 3\u202f%";
  EXPECT_EQ(terminal_safe(french), french);
  EXPECT_EQ(terminal_safe("Nguyễn Phú Trọng 😀 \u200e"), "Nguyễn Phú Trọng 😀 \u200e");
  EXPECT_TRUE(is_terminal_safe(french));
  EXPECT_FALSE(is_terminal_safe("a\tb"));
}

TEST(TerminalSafe, LineBreaksAndTabsAreKeptOnlyWhereTheyAreLayout) {
  EXPECT_EQ(terminal_safe("x\n::error::pwned\r"), "x\\x0a::error::pwned\\x0d");
  EXPECT_EQ(terminal_safe("a\tb"), "a\\x09b");
  EXPECT_EQ(terminal_safe("a\tb\nc\r", {.tab = true, .line_break = true}), "a\tb\nc\\x0d");
}

TEST(TerminalSafe, APieceSaysWhatItStandsForAndHowWideItIsShown) {
  const ShownPiece escape = next_shown_piece("\x1b[2J");
  EXPECT_EQ(escape.source, "\x1b");
  EXPECT_EQ(escape.shown, "\\x1b");
  EXPECT_EQ(escape.columns, 4u);
  const ShownPiece letter = next_shown_piece("été");
  EXPECT_EQ(letter.source, "é");
  EXPECT_EQ(letter.shown, "é");
  EXPECT_EQ(letter.columns, 1u);
  EXPECT_EQ(next_shown_piece("\u202e!").columns, 6u);
}

TEST(ValidUtf8, WritesOnlyInvalidBytesAsHexAndKeepsControlsForJsonToEscape) {
  EXPECT_EQ(valid_utf8("dossier/caf\xe9.md"), "dossier/caf\\xe9.md");
  EXPECT_EQ(valid_utf8("caf\xc3\xa9\x1b\xff.md"), "café\x1b\\xff.md");
  EXPECT_EQ(valid_utf8("déjà vu"), "déjà vu");
}

}  // namespace
}  // namespace presscheck
