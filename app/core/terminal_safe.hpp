#pragma once

#include <string>
#include <string_view>

namespace presscheck {

/// Which characters are layout where a text is printed, and so kept as they are: a tab in
/// a source line, the line breaks of a message laid out on several lines. Everywhere else
/// (a file name, a one-line message) they are escaped like any other control character.
struct KeptLayout {
  bool tab = false;
  bool line_break = false;
};

/// One piece of text as printed: the bytes to write and the columns they take on screen.
struct ShownPiece {
  std::string_view source;  // the bytes of the text this piece stands for
  std::string shown;        // what is written for them
  std::size_t columns = 1;  // code points written
};

/// Splits the start of `text` into what is printed for it: a character shown as it is, or
/// the visible escape of a character a terminal or a CI log would act on. C0 controls, DEL
/// and each byte that is not part of valid UTF-8 become `\xHH` (« \x1b »); C1 controls and
/// the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
/// become `\uHHHH` (« \u202e »). `text` must not be empty.
ShownPiece next_shown_piece(std::string_view text, KeptLayout keep = {});

/// `text` with every character a terminal or a CI log would act on escaped visibly (see
/// next_shown_piece): what every renderer and error message prints of a draft, a fact base
/// or a file name, so that none of them can move the cursor, retitle the window, write the
/// clipboard, reorder a line or start a CI workflow command.
std::string terminal_safe(std::string_view text, KeptLayout keep = {});

/// Whether `text` prints as it is (nothing in it needs escaping).
bool is_terminal_safe(std::string_view text, KeptLayout keep = {});

/// `text` made valid UTF-8 for JSON outputs, with the convention of text output: each byte
/// that is not part of valid UTF-8 becomes the four characters `\xHH` (a file name
/// « caf\xe9.md » saved in Latin-1); everything else is kept as it is, control
/// characters included, which JSON escapes itself.
std::string valid_utf8(std::string_view text);

}  // namespace presscheck
