#include "input/plain_text_reader.hpp"

#include "core/utf8.hpp"

namespace presscheck {
namespace {

// Bounds of the shapes below, in code points. A section label is a word or two
// (« High-tech », « Santé publique »): three already make short headlines (« Le maire
// démissionne »); a headline fits a line; a standfirst is a sentence or a few.
constexpr std::size_t kLabelWords = 2;
constexpr std::size_t kLabelLength = 32;
constexpr std::size_t kHeadlineLength = 200;
constexpr std::size_t kStandfirstLength = 600;
constexpr std::size_t kStandfirstSentences = 3;

/// One paragraph: lines between blank lines, without the spaces around it.
struct Paragraph {
  Span span;
  Span first_line;
  std::size_t lines = 0;
};

bool is_blank_byte(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

Span trimmed(std::string_view text, Span span) {
  while (span.begin < span.end && is_blank_byte(text[span.begin]))
    ++span.begin;
  while (span.end > span.begin && is_blank_byte(text[span.end - 1]))
    --span.end;
  return span;
}

std::vector<Paragraph> paragraphs(std::string_view text, std::size_t from) {
  std::vector<Paragraph> found;
  std::optional<Paragraph> open;
  for (std::size_t pos = from; pos < text.size();) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos)
      newline = text.size();
    const Span line = trimmed(text, {pos, newline});
    pos = newline + 1;
    if (line.empty()) {
      if (open)
        found.push_back(*open);
      open.reset();
      continue;
    }
    if (!open)
      open = Paragraph{line, line, 0};
    open->span.end = line.end;
    ++open->lines;
  }
  if (open)
    found.push_back(*open);
  return found;
}

std::string_view slice(std::string_view text, Span span) {
  return text.substr(span.begin, span.size());
}

MappedText verbatim(std::string_view text, Span span) {
  MappedText mapped;
  mapped.put_verbatim(slice(text, span), span.begin);
  return mapped;
}

std::size_t word_count(std::string_view line) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < line.size();) {
    const bool space = utf8::is_space(utf8::next(line, pos));
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return words;
}

char32_t last_code_point(std::string_view text) {
  std::size_t end = text.size();
  return end == 0 ? U' ' : utf8::previous(text, end);
}

bool ends_sentence(char32_t cp) {
  return cp == U'.' || cp == U'!' || cp == U'?' || cp == U'…';
}

bool closes_quote(char32_t cp) {
  return cp == U'»' || cp == U'"' || cp == U'”' || cp == U'’' || cp == U')';
}

// Sentences end at . ! ? or … followed, after any closing quote, by a space or the end.
std::size_t sentence_count(std::string_view text) {
  std::size_t count = 0;
  bool after_end = false;  // past a final mark, and only closing quotes since
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::next(text, pos);
    if (after_end && utf8::is_space(cp))
      ++count;
    after_end = ends_sentence(cp) || (after_end && closes_quote(cp));
  }
  return count + 1;  // the last sentence, with or without its final mark
}

// A short line of a few words without final punctuation: « High-tech », "World news".
bool is_section_label(std::string_view text, const Paragraph& paragraph) {
  const std::string_view line = slice(text, paragraph.span);
  const std::size_t words = word_count(line);
  return paragraph.lines == 1 && words >= 1 && words <= kLabelWords &&
         utf8::count_code_points(line) <= kLabelLength && utf8::is_word_char(last_code_point(line));
}

// Whether a line ends on the full stop of a sentence; a final dot that closes an
// abbreviation (« U.S. », "S.A.") or an ellipsis (« à la baisse... ») does not count, since
// headlines end on those too.
bool ends_on_full_stop(std::string_view line) {
  if (line.empty() || line.back() != '.')
    return false;
  const std::string_view before = line.substr(0, line.size() - 1);
  const std::size_t word_start = before.find_last_of(' ') + 1;  // npos + 1 is 0
  const std::string_view last_word = before.substr(word_start);
  return !last_word.empty() && last_word.find('.') == std::string_view::npos;
}

// One line, longer than the label above it, without the full stop a body sentence ends on.
bool reads_as_headline(std::string_view text, const Paragraph& paragraph, const Paragraph& label) {
  const std::string_view line = slice(text, paragraph.span);
  const std::size_t length = utf8::count_code_points(line);
  return paragraph.lines == 1 && length > utf8::count_code_points(slice(text, label.span)) &&
         length <= kHeadlineLength && !ends_on_full_stop(line);
}

// One line (a page's paragraph, not hard-wrapped copy) of a sentence or a few.
bool reads_as_standfirst(std::string_view text, const Paragraph& paragraph) {
  const std::string_view line = slice(text, paragraph.span);
  return paragraph.lines == 1 && utf8::count_code_points(line) <= kStandfirstLength &&
         sentence_count(line) <= kStandfirstSentences;
}

/// Picks the headline among the first paragraphs; returns the index of the first
/// paragraph left for the standfirst and the body.
std::size_t pick_headline(std::string_view text, const std::vector<Paragraph>& found,
                          PlainTextParts& parts) {
  const Paragraph& first = found.front();
  if (found.size() > 1 && is_section_label(text, first)) {
    if (!reads_as_headline(text, found[1], first)) {
      parts.section_label = first.span;
      return 1;
    }
    parts.headline = verbatim(text, found[1].span);
    return 2;
  }
  parts.headline = verbatim(text, first.first_line);
  if (first.lines > 1) {
    const std::size_t next_line = text.find('\n', first.first_line.end) + 1;
    parts.body.push_back(verbatim(text, trimmed(text, {next_line, first.span.end})));
  }
  return 1;
}

}  // namespace

PlainTextParts read_plain_text(std::string_view text, std::size_t from, bool take_headline) {
  PlainTextParts parts;
  const std::vector<Paragraph> found = paragraphs(text, from);
  std::size_t next = 0;
  if (take_headline && !found.empty()) {
    next = pick_headline(text, found, parts);
    // A standfirst needs a body after it and a headline before it.
    if (!parts.headline.empty() && parts.body.empty() && next + 1 < found.size() &&
        reads_as_standfirst(text, found[next])) {
      parts.standfirst = verbatim(text, found[next++].span);
    }
  }
  for (; next < found.size(); ++next)
    parts.body.push_back(verbatim(text, found[next].span));
  return parts;
}

}  // namespace presscheck
