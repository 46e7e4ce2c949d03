#include "input/html_nesting_bound.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace presscheck {
namespace {

constexpr std::size_t kMaxDepth = 512;
// About a second of the tree builder's scans; real pages need a few percent of it.
constexpr std::size_t kMaxWork = std::size_t{1} << 27;
constexpr std::size_t kMaxName = 32;

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 18> kVoid = {
    "area", "base",  "br",     "col",   "embed", "hr",     "img",      "input",   "link",
    "meta", "param", "source", "track", "wbr",   "keygen", "basefont", "bgsound", "frame"};
// Elements whose text is not markup: the scan jumps to their end tag. Others the parser
// may read as text (noscript, iframe) are scanned, which can only overestimate the depth.
constexpr std::array<std::string_view, 5> kRawText = {"script", "style", "textarea", "title",
                                                      "xmp"};
// Elements a sibling of the same name closes, so that a run of them does not nest.
constexpr std::array<std::string_view, 16> kSiblingClosed = {
    "p",  "li",    "dt",    "dd",    "option", "optgroup", "tr", "td",
    "th", "tbody", "thead", "tfoot", "rb",     "rt",       "rp", "caption"};
// Formatting elements stay open across paragraphs until their end tag.
constexpr std::array<std::string_view, 14> kFormatting = {
    "a",    "b", "big",   "code",   "em",     "font", "i",
    "nobr", "s", "small", "strike", "strong", "tt",   "u"};

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// A model of the open elements, coarse but never far below the parser's.
class DepthModel {
 public:
  explicit DepthModel(std::string_view html) : html_(html) {}

  std::size_t end() {
    std::size_t pos = 0;
    while ((pos = html_.find('<', pos)) != std::string_view::npos) {
      const std::size_t tag = pos;
      pos = visit(pos);
      if (depth() > kMaxDepth || work_ > kMaxWork)
        return tag;
    }
    return html_.size();
  }

 private:
  std::size_t depth() const { return open_.size() + formatting_; }

  // Acts on the markup at `pos` ('<') and returns where the scan goes on.
  std::size_t visit(std::size_t pos) {
    if (html_.compare(pos, 4, "<!--") == 0)
      return end_of_comment(pos + 2);
    if (pos + 1 < html_.size() && (html_[pos + 1] == '!' || html_[pos + 1] == '?'))
      return after(html_.find('>', pos), 1);
    const bool closing = pos + 1 < html_.size() && html_[pos + 1] == '/';
    const std::size_t name_begin = pos + (closing ? 2 : 1);
    if (name_begin >= html_.size() || !is_alpha(html_[name_begin]))
      return pos + 1;
    std::size_t name_end = name_begin;
    while (name_end < html_.size() && !is_tag_end(html_[name_end]))
      ++name_end;
    std::string name(html_.substr(name_begin, std::min(name_end - name_begin, kMaxName)));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    const std::size_t tag_end = end_of_tag(name_end);
    if (closing) {
      work_ += depth();
      close(name);
      return tag_end;
    }
    const bool self_closed = tag_end >= 2 && html_[tag_end - 2] == '/';
    open(name, self_closed);
    if (foreign_ == 0 && is_one_of(name, kRawText))
      return end_of_raw_text(name, tag_end);
    return name == "plaintext" ? html_.size() : tag_end;
  }

  static bool is_tag_end(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
  }

  std::size_t after(std::size_t found, std::size_t length) const {
    return found == std::string_view::npos ? html_.size() : found + length;
  }

  // After the '>' that ends the tag; a quote opens a value only right after '=', as the
  // tokenizer reads it, so that a stray quote does not hide the tags that follow.
  std::size_t end_of_tag(std::size_t pos) const {
    char quote = 0;
    bool after_equals = false;
    for (; pos < html_.size(); ++pos) {
      const char c = html_[pos];
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '>') {
        return pos + 1;
      } else if ((c == '"' || c == '\'') && after_equals) {
        quote = c;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        after_equals = c == '=';
    }
    return html_.size();
  }

  // After the comment that starts at `from` ("--"): "<!-->", "<!--->", "-->" and "--!>"
  // all end one.
  std::size_t end_of_comment(std::size_t from) const {
    std::size_t pos = from + 2;
    while ((pos = html_.find('>', pos)) != std::string_view::npos) {
      const std::string_view before = html_.substr(from, pos - from);
      if (before.ends_with("--") || before.ends_with("--!"))
        return pos + 1;
      ++pos;
    }
    return html_.size();
  }

  std::size_t end_of_raw_text(const std::string& name, std::size_t pos) const {
    while ((pos = html_.find("</", pos)) != std::string_view::npos) {
      const std::string_view candidate = html_.substr(pos + 2, name.size());
      if (std::equal(candidate.begin(), candidate.end(), name.begin(), name.end(),
                     [](char a, char b) { return (a | 0x20) == b; }))
        return pos;
      pos += 2;
    }
    return html_.size();
  }

  void open(const std::string& name, bool self_closed) {
    work_ += depth();
    if (name == "html" || name == "head" || name == "body" || is_one_of(name, kVoid))
      return;
    if (self_closed && foreign_ > 0)
      return;  // <path/> in SVG closes itself
    if (is_one_of(name, kFormatting)) {
      ++formatting_;
      ++formatting_open_[name];
      return;
    }
    if (is_one_of(name, kSiblingClosed) && counts_[name] > 0)
      close(name);
    open_.push_back(name);
    ++counts_[name];
    if (name == "svg" || name == "math")
      ++foreign_;
  }

  void close(const std::string& name) {
    if (is_one_of(name, kFormatting)) {
      if (int& count = formatting_open_[name]; count > 0) {
        --count;
        --formatting_;
      }
      return;
    }
    if (counts_[name] == 0)
      return;
    // Pops down to the element, as its end tag does; each pop pays for one earlier push.
    while (!open_.empty()) {
      const std::string top = std::move(open_.back());
      open_.pop_back();
      --counts_[top];
      if (top == "svg" || top == "math")
        --foreign_;
      if (top == name)
        break;
    }
  }

  std::string_view html_;
  std::vector<std::string> open_;
  std::unordered_map<std::string, int> counts_;
  std::unordered_map<std::string, int> formatting_open_;
  std::size_t formatting_ = 0;
  std::size_t foreign_ = 0;
  std::size_t work_ = 0;
};

}  // namespace

std::size_t nesting_bounded_end(std::string_view html) {
  return DepthModel(html).end();
}

}  // namespace presscheck
