#include "input/yaml_scalar_walker.hpp"

#include <algorithm>
#include <optional>

namespace presscheck::front_matter::yaml_walk {
namespace {

constexpr std::size_t npos = std::string::npos;

// The escapes of a double-quoted scalar that stand for a fixed text.
std::optional<std::string_view> fixed_escape(char c) {
  switch (c) {
    case '0':
      return std::string_view("\0", 1);
    case 'a':
      return "\a";
    case 'b':
      return "\b";
    case 't':
    case '\t':
      return "\t";
    case 'n':
      return "\n";
    case 'v':
      return "\v";
    case 'f':
      return "\f";
    case 'r':
      return "\r";
    case 'e':
      return "\x1B";
    case ' ':
      return " ";
    case '"':
      return "\"";
    case '\'':
      return "'";
    case '\\':
      return "\\";
    case '/':
      return "/";
    case 'N':
      return "\xC2\x85";
    case '_':
      return "\xC2\xA0";
    case 'L':
      return "\xE2\x80\xA8";
    case 'P':
      return "\xE2\x80\xA9";
    default:
      return std::nullopt;
  }
}

}  // namespace

bool is_blank(std::string_view text, std::size_t pos) {
  return pos < text.size() && (text[pos] == ' ' || text[pos] == '\t');
}

bool is_blank_or_break(std::string_view text, std::size_t pos) {
  return is_blank(text, pos) || break_length(text, pos) > 0;
}

bool ScalarWalker::at_document_marker(std::size_t pos) const {
  const std::string_view marker = yaml_.substr(pos, 3);
  return pos == line_start_ && (marker == "---" || marker == "...") &&
         (pos + 3 >= yaml_.size() || is_blank_or_break(yaml_, pos + 3));
}

bool ScalarWalker::plain_ends_at(std::size_t pos) const {
  if (pos >= yaml_.size())
    return false;
  const char c = yaml_[pos];
  if (c == ':') {
    if (pos + 1 >= yaml_.size() || is_blank_or_break(yaml_, pos + 1))
      return true;
    if (rules_.in_flow && std::string_view(",]}").find(yaml_[pos + 1]) != npos)
      return true;
  }
  if (rules_.in_flow && std::string_view(",?[]{}").find(c) != npos)
    return true;
  const std::size_t gap = is_blank(yaml_, pos) ? 1 : break_length(yaml_, pos);
  return gap > 0 && pos + gap < yaml_.size() && yaml_[pos + gap] == '#';  // a comment
}

// How many bytes end the scalar at `pos` (the closing quote), or -1 if it goes on.
int ScalarWalker::end_length(std::size_t pos) const {
  const bool more = pos < yaml_.size();
  switch (rules_.style) {
    case Style::double_quoted:
      return more && yaml_[pos] == '"' ? 1 : -1;
    case Style::single_quoted:
      return more && yaml_[pos] == '\'' && yaml_.substr(pos, 2) != "''" ? 1 : -1;
    case Style::literal:
    case Style::folded:
      return more ? -1 : 0;
    case Style::plain:
      return plain_ends_at(pos) ? 0 : -1;
  }
  return -1;
}

// Step 1: the rest of the line, up to its break or the scalar's end.
bool ScalarWalker::scan_line(std::size_t& last_content, bool& escaped_break) {
  while (pos_ < yaml_.size() && end_length(pos_) < 0 && break_length(yaml_, pos_) == 0) {
    if (at_document_marker(pos_)) {
      if (rules_.style == Style::plain)
        break;
      if (quoted())
        return false;  // yaml-cpp refuses a document marker inside quotes
    }
    found_content_ = past_opening_break_ = true;
    const char c = yaml_[pos_];
    if (rules_.style == Style::double_quoted && c == '\\' && break_length(yaml_, pos_ + 1) > 0) {
      ++pos_;  // the break goes in step 2, and the blanks before it stay
      last_content = last_escaped_ = out_.size();
      escaped_break = true;
      return true;
    }
    const bool escape = rules_.style == Style::double_quoted   ? c == '\\'
                        : rules_.style == Style::single_quoted ? c == '\''
                                                               : c == '\0';
    if (escape) {
      if (!decode_escape())
        return false;
      last_content = last_escaped_ = out_.size();
      continue;
    }
    out_.add(yaml_.substr(pos_, 1), pos_, pos_ + 1);
    ++pos_;
    if (c != ' ' && c != '\t')
      last_content = out_.size();
  }
  return true;
}

bool ScalarWalker::decode_escape() {
  const std::size_t at = pos_;
  if (rules_.style == Style::single_quoted) {  // '' is one quote
    out_.add("'", at, at + 2);
    pos_ += 2;
    return true;
  }
  if (rules_.style != Style::double_quoted || at + 1 >= yaml_.size())
    return false;
  const char c = yaml_[at + 1];
  const std::size_t digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
  std::string decoded;
  if (digits > 0) {
    if (!append_hex_code_point(yaml_, at + 2, digits, decoded))
      return false;
  } else if (const auto fixed = fixed_escape(c)) {
    decoded = *fixed;
  } else {
    return false;
  }
  if (c == '_' || c == 'N')
    nbsp_like_.push_back(out_.size());
  out_.add(decoded, at, at + 2 + digits);
  pos_ = at + 2 + digits;
  return true;
}

// Step 3: the indentation of the next line, and the blanks after it where they go unread.
bool ScalarWalker::skip_indentation() {
  const bool detecting = rules_.detect_indent && !found_content_;
  while (pos_ < yaml_.size() && yaml_[pos_] == ' ' && (column(pos_) < rules_.indent || detecting) &&
         end_length(pos_) < 0) {
    ++pos_;
  }
  if (detecting)
    rules_.indent = std::max(rules_.indent, column(pos_));
  const bool tabs_refused = !quoted();
  const bool eat_blanks = rules_.style != Style::literal && rules_.style != Style::folded;
  while (is_blank(yaml_, pos_)) {
    if (yaml_[pos_] == '\t' && column(pos_) < rules_.indent && tabs_refused)
      return false;
    if (!eat_blanks || end_length(pos_) >= 0)
      break;
    ++pos_;
  }
  return true;
}

void ScalarWalker::fold_block_break(Span line_break, bool next_empty, bool next_more) {
  if (!empty_line_ && !next_empty && !more_indented_ && !next_more &&
      column(pos_) >= rules_.indent) {
    out_.add(" ", line_break.begin, line_break.end);
  } else if (next_empty) {
    if (pending_count_++ == 0)
      pending_.begin = line_break.begin;
    pending_.end = line_break.end;
  } else {
    out_.add("\n", line_break.begin, line_break.end);
  }
  if (!next_empty && pending_count_ > 0) {
    const bool one_more = pending_started_more_indented_ || next_more || !found_content_;
    out_.add_repeated('\n', pending_count_ - 1 + (one_more ? 1 : 0), pending_.begin, pending_.end);
    pending_count_ = 0;
  }
}

void ScalarWalker::fold_break(Span line_break, bool next_empty, bool next_more,
                              bool escaped_break) {
  switch (rules_.fold) {
    case Fold::none:
      out_.add("\n", line_break.begin, line_break.end);
      break;
    case Fold::block:
      fold_block_break(line_break, next_empty, next_more);
      break;
    case Fold::flow:
      if (next_empty) {
        out_.add("\n", line_break.begin, line_break.end);
      } else if (!empty_line_ && !escaped_break) {
        out_.add(" ", line_break.begin, line_break.end);
      }
      break;
  }
}

bool ScalarWalker::walk() {
  past_opening_break_ = rules_.fold == Fold::flow;
  while (pos_ < yaml_.size()) {
    std::size_t last_content = out_.size();
    bool escaped_break = false;
    if (!scan_line(last_content, escaped_break))
      return false;
    if (pos_ >= yaml_.size())
      break;
    if (rules_.style == Style::plain && at_document_marker(pos_))
      break;
    if (const int length = end_length(pos_); length >= 0) {
      if (quoted()) {
        pos_ += static_cast<std::size_t>(length);
        closed_ = true;
      }
      break;
    }
    if (rules_.fold == Fold::flow)
      out_.truncate(last_content);  // blanks before a folded break are dropped
    const Span line_break{pos_, pos_ + break_length(yaml_, pos_)};
    pos_ = line_start_ = line_break.end;
    if (!skip_indentation())
      return false;
    const bool next_empty = break_length(yaml_, pos_) > 0;
    const bool next_more = is_blank(yaml_, pos_);
    if (rules_.fold == Fold::block && pending_count_ == 0 && next_empty)
      pending_started_more_indented_ = more_indented_;
    if (past_opening_break_)
      fold_break(line_break, next_empty, next_more, escaped_break);
    empty_line_ = next_empty;
    more_indented_ = next_more;
    past_opening_break_ = true;
    if (!empty_line_ && column(pos_) < rules_.indent)
      break;
  }
  trim_and_chomp();
  return true;
}

void ScalarWalker::trim_and_chomp() {
  // An escaped character is content even when it is a blank or a line break.
  const auto keep_escaped = [&](std::size_t last) {
    return last_escaped_ != npos && (last == npos || last < last_escaped_) ? last_escaped_ : last;
  };
  if (rules_.style == Style::plain) {
    const std::size_t last = keep_escaped(out_.text().find_last_not_of(" \t"));
    if (last < out_.size())
      out_.truncate(last + 1);
  }
  const std::size_t last = keep_escaped(out_.text().find_last_not_of('\n'));
  switch (rules_.chomp) {
    case Chomp::clip:
      out_.truncate(last == npos ? 0 : last + 2);
      break;
    case Chomp::strip:
      out_.truncate(last == npos ? 0 : last + 1);
      break;
    case Chomp::keep:
      break;
  }
}

YamlScalarSource ScalarWalker::take() && {
  YamlScalarSource source;
  source.value = std::move(out_);
  source.end = pos_;
  source.closed = closed_ || !quoted();
  source.nbsp_like = std::move(nbsp_like_);
  return source;
}

}  // namespace presscheck::front_matter::yaml_walk
