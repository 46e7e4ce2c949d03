#include "text/quote.hpp"

#include <algorithm>
#include <optional>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

// Longest quote accepted between straight single marks: past that, the marks were more
// likely apostrophes (plural possessives) than a quotation.
constexpr std::size_t kMaxStraightSingleBytes = 200;

struct OpenMark {
  QuoteStyle style;
  std::size_t mark_begin;
  std::size_t inner_begin;
};

bool opens_context(char32_t cp) {
  return utf8::is_space(cp) || cp == '(' || cp == '[' || cp == '{' || cp == 0xAB || cp == 0x201C ||
         cp == 0x2018 || cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == '/' || cp == ':' ||
         cp == '"';
}

class QuoteScanner {
 public:
  QuoteScanner(std::string_view text, Span within) : text_(text), within_(within) {}

  std::vector<Quote> scan() {
    std::size_t pos = within_.begin;
    while (pos < within_.end) {
      const std::size_t start = pos;
      const char32_t cp = utf8::next(text_, pos);
      on_code_point(cp, start, pos);
    }
    close_unclosed();
    std::sort(quotes_.begin(), quotes_.end(),
              [](const Quote& a, const Quote& b) { return a.outer.begin < b.outer.begin; });
    return quotes_;
  }

 private:
  std::optional<char32_t> before(std::size_t pos) const {
    if (pos <= within_.begin)
      return std::nullopt;
    return utf8::previous(text_, pos);
  }

  std::optional<char32_t> after(std::size_t pos) const {
    if (pos >= within_.end)
      return std::nullopt;
    return utf8::next(text_, pos);
  }

  bool word_before(std::size_t pos) const {
    const auto cp = before(pos);
    return cp && utf8::is_word_char(*cp);
  }

  bool word_after(std::size_t pos) const {
    const auto cp = after(pos);
    return cp && utf8::is_word_char(*cp);
  }

  bool space_or_edge_before(std::size_t pos) const {
    const auto cp = before(pos);
    return !cp || opens_context(*cp);
  }

  bool space_or_edge_after(std::size_t pos) const {
    const auto cp = after(pos);
    return !cp || utf8::is_space(*cp);
  }

  std::optional<std::size_t> find_open(QuoteStyle style) const {
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i].style == style)
        return i;
    }
    return std::nullopt;
  }

  void push(QuoteStyle style, std::size_t mark_begin, std::size_t mark_end) {
    stack_.push_back({style, mark_begin, mark_end});
  }

  // Closes the open quote at `index`; quotes opened inside it and never closed are dropped.
  void close(std::size_t index, std::size_t mark_begin, std::size_t mark_end, bool closed = true) {
    const OpenMark open = stack_[index];
    stack_.resize(index);
    Quote quote;
    quote.outer = {open.mark_begin, mark_end};
    quote.inner = trim({open.inner_begin, mark_begin});
    quote.style = open.style;
    quote.depth = static_cast<int>(index);
    quote.closed = closed;
    if (open.style == QuoteStyle::straight_single && quote.inner.size() > kMaxStraightSingleBytes) {
      return;
    }
    if (!quote.inner.empty())
      quotes_.push_back(quote);
  }

  Span trim(Span span) const {
    // A backslash before a closing straight quote is a YAML or JSON escape, not prose.
    if (span.end > span.begin && text_[span.end - 1] == '\\')
      --span.end;
    while (span.begin < span.end) {
      std::size_t pos = span.begin;
      if (!utf8::is_space(utf8::next(text_, pos)))
        break;
      span.begin = pos;
    }
    while (span.end > span.begin) {
      std::size_t pos = span.end;
      if (!utf8::is_space(utf8::previous(text_, pos)))
        break;
      span.end = pos;
    }
    return span;
  }

  void on_code_point(char32_t cp, std::size_t start, std::size_t end) {
    switch (cp) {
      case 0xAB:  // «
        push(QuoteStyle::guillemets, start, end);
        break;
      case 0xBB:  // »
        if (const auto open = find_open(QuoteStyle::guillemets))
          close(*open, start, end);
        break;
      case 0x201C:  // “
      case 0x201E:  // „
        push(QuoteStyle::curly_double, start, end);
        break;
      case 0x201D:  // ”
        if (const auto open = find_open(QuoteStyle::curly_double))
          close(*open, start, end);
        break;
      case 0x2018:  // ‘
        if (!word_before(start))
          push(QuoteStyle::curly_single, start, end);
        break;
      case 0x2019:  // ’ is an apostrophe between letters, else it may close ‘
        if (word_before(start) && word_after(end))
          break;
        if (const auto open = find_open(QuoteStyle::curly_single); open && !space_before(start)) {
          close(*open, start, end);
        }
        break;
      case '"':
        on_straight_double(start, end);
        break;
      case '\'':
        on_straight_single(start, end);
        break;
      default:
        break;
    }
  }

  bool space_before(std::size_t pos) const {
    const auto cp = before(pos);
    return !cp || utf8::is_space(*cp);
  }

  void on_straight_double(std::size_t start, std::size_t end) {
    const auto open = find_open(QuoteStyle::straight_double);
    const bool looks_opening = space_or_edge_before(start) && !space_or_edge_after(end);
    if (open && !looks_opening) {
      close(*open, start, end);
    } else if (!space_or_edge_after(end)) {
      push(QuoteStyle::straight_double, start, end);
    }
  }

  void on_straight_single(std::size_t start, std::size_t end) {
    if (word_before(start) && word_after(end))
      return;  // l'UE, don't
    const auto open = find_open(QuoteStyle::straight_single);
    if (open && !space_before(start) && !word_after(end)) {
      close(*open, start, end);
    } else if (space_or_edge_before(start) && word_after(end)) {
      push(QuoteStyle::straight_single, start, end);
    }
  }

  // A quote of several paragraphs opens each one and closes only the last: an opening
  // guillemet or curly quote left open is taken to run to the end of the paragraph.
  void close_unclosed() {
    while (!stack_.empty()) {
      const std::size_t index = stack_.size() - 1;
      const QuoteStyle style = stack_[index].style;
      if (index == 0 && (style == QuoteStyle::guillemets || style == QuoteStyle::curly_double)) {
        close(index, within_.end, within_.end, false);
      } else {
        stack_.pop_back();
      }
    }
  }

  std::string_view text_;
  Span within_;
  std::vector<OpenMark> stack_;
  std::vector<Quote> quotes_;
};

}  // namespace

std::vector<Quote> find_quotes(std::string_view text, Span within) {
  return QuoteScanner(text, within).scan();
}

}  // namespace presscheck
