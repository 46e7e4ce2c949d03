#include "input/html_text.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/utf8.hpp"

namespace presscheck {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The entities news pages use; others are kept as written.
constexpr NamedEntity kEntities[] = {
    {"amp", U'&'},         {"lt", U'<'},       {"gt", U'>'},     {"quot", U'"'},   {"apos", U'\''},
    {"nbsp", U'\u00A0'},   {"laquo", U'«'},    {"raquo", U'»'},  {"lsquo", U'‘'},  {"rsquo", U'’'},
    {"ldquo", U'“'},       {"rdquo", U'”'},    {"hellip", U'…'}, {"mdash", U'—'},  {"ndash", U'–'},
    {"thinsp", U'\u2009'}, {"euro", U'€'},     {"pound", U'£'},  {"eacute", U'é'}, {"Eacute", U'É'},
    {"egrave", U'è'},      {"Egrave", U'È'},   {"ecirc", U'ê'},  {"agrave", U'à'}, {"Agrave", U'À'},
    {"acirc", U'â'},       {"ccedil", U'ç'},   {"Ccedil", U'Ç'}, {"icirc", U'î'},  {"iuml", U'ï'},
    {"ocirc", U'ô'},       {"ucirc", U'û'},    {"ugrave", U'ù'}, {"euml", U'ë'},   {"oelig", U'œ'},
    {"deg", U'°'},         {"shy", U'\u00AD'}, {"copy", U'©'},
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The code point of the entity starting at `pos` ('&'), and its length; nothing when it is
// not an entity this reader knows.
std::optional<std::pair<char32_t, std::size_t>> entity_at(std::string_view text, std::size_t pos) {
  const std::size_t semicolon = text.find(';', pos);
  if (semicolon == std::string_view::npos || semicolon - pos > 12)
    return std::nullopt;
  const std::string_view name = text.substr(pos + 1, semicolon - pos - 1);
  const std::size_t length = semicolon + 1 - pos;
  if (name.size() > 1 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty())
      return std::nullopt;
    char32_t value = 0;
    for (const char c : digits) {
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : hex && std::isxdigit(static_cast<unsigned char>(c))
                            ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                            : -1;
      if (digit < 0 || value > 0x10FFFF)
        return std::nullopt;
      value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
      return std::nullopt;
    return std::pair{value, length};
  }
  for (const NamedEntity& entity : kEntities) {
    if (entity.name == name)
      return std::pair{entity.code_point, length};
  }
  return std::nullopt;
}

/// One tag: its lower-case name, whether it closes, and where it ends.
struct Tag {
  std::string name;
  bool closing = false;
  std::size_t begin = 0;
  std::size_t end = 0;  // after '>'
};

std::optional<Tag> tag_at(std::string_view text, std::size_t pos) {
  Tag tag;
  tag.begin = pos;
  std::size_t i = pos + 1;
  if (i < text.size() && text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_begin = i;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-'))
    ++i;
  if (i == name_begin)
    return std::nullopt;
  tag.name = lower(text.substr(name_begin, i - name_begin));
  char quote = 0;
  for (; i < text.size(); ++i) {
    if (quote != 0) {
      if (text[i] == quote)
        quote = 0;
    } else if (text[i] == '"' || text[i] == '\'') {
      quote = text[i];
    } else if (text[i] == '>') {
      tag.end = i + 1;
      return tag;
    }
  }
  return std::nullopt;
}

/// The value of attribute `name` in the tag at [begin, end), as a byte range.
std::optional<Span> attribute(std::string_view text, const Tag& tag, std::string_view name) {
  const std::string_view inside = text.substr(tag.begin, tag.end - tag.begin);
  std::size_t i = 1 + tag.name.size() + (tag.closing ? 1 : 0);
  while (i < inside.size()) {
    while (i < inside.size() && (is_space(inside[i]) || inside[i] == '/'))
      ++i;
    const std::size_t key_begin = i;
    while (i < inside.size() && !is_space(inside[i]) && inside[i] != '=' && inside[i] != '>')
      ++i;
    const std::string key = lower(inside.substr(key_begin, i - key_begin));
    if (key.empty())
      return std::nullopt;
    while (i < inside.size() && is_space(inside[i]))
      ++i;
    if (i >= inside.size() || inside[i] != '=')
      continue;
    ++i;
    while (i < inside.size() && is_space(inside[i]))
      ++i;
    std::size_t value_begin = i;
    std::size_t value_end = i;
    if (i < inside.size() && (inside[i] == '"' || inside[i] == '\'')) {
      const char quote = inside[i];
      value_begin = ++i;
      while (i < inside.size() && inside[i] != quote)
        ++i;
      value_end = i++;
    } else {
      while (i < inside.size() && !is_space(inside[i]) && inside[i] != '>')
        ++i;
      value_end = i;
    }
    if (key == name)
      return Span{tag.begin + value_begin, tag.begin + value_end};
  }
  return std::nullopt;
}

bool is_block(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",      "div",    "li",      "ul",    "ol",     "blockquote", "h1",    "h2",      "h3",
      "h4",     "h5",     "h6",      "td",    "th",     "tr",         "table", "section", "main",
      "header", "footer", "article", "aside", "figure", "figcaption", "dd",    "dt",      "dl",
      "pre",    "hr",     "title",   "body",  "head",   "nav",        "form",  "address"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

bool skips_content(std::string_view name) {
  return name == "script" || name == "style" || name == "template" || name == "noscript" ||
         name == "svg";
}

class HtmlReader {
 public:
  explicit HtmlReader(const MappedText& html) : html_(html), text_(html.text()) {}

  DecodedDraft read() {
    std::size_t pos = 0;
    std::size_t run = 0;  // start of the text run being gathered
    while (pos < text_.size()) {
      if (text_[pos] != '<') {
        ++pos;
        continue;
      }
      if (text_.compare(pos, 4, "<!--") == 0) {
        flush_run(run, pos);
        const std::size_t close = text_.find("-->", pos + 4);
        pos = run = close == std::string_view::npos ? text_.size() : close + 3;
        continue;
      }
      if (text_.compare(pos, 2, "<!") == 0 || text_.compare(pos, 2, "<?") == 0) {
        flush_run(run, pos);
        const std::size_t close = text_.find('>', pos);
        pos = run = close == std::string_view::npos ? text_.size() : close + 1;
        continue;
      }
      const std::optional<Tag> tag = tag_at(text_, pos);
      if (!tag) {
        ++pos;  // a lone '<' is text
        continue;
      }
      flush_run(run, pos);
      pos = run = handle(*tag);
    }
    flush_run(run, text_.size());
    close_block();
    if (draft_.headline.empty())
      draft_.headline = std::move(title_);
    return std::move(draft_);
  }

 private:
  enum class Target { body, h1, title };

  // Acts on a tag and returns where reading goes on.
  std::size_t handle(const Tag& tag) {
    if (!tag.closing && skips_content(tag.name)) {
      const std::size_t close = text_.find("</" + tag.name, tag.end);
      const std::size_t after =
          close == std::string_view::npos ? text_.size() : text_.find('>', close);
      return after == std::string_view::npos ? text_.size() : after + 1;
    }
    if (!tag.closing)
      read_attributes(tag);
    if (tag.name == "br") {
      current_.put(" ", html_.source_begin(tag.begin), html_.source_end(tag.end));
      return tag.end;
    }
    if (!is_block(tag.name))
      return tag.end;  // inline: a, em, span, strong…
    close_block();
    if (!tag.closing) {
      if (tag.name == "h1" && !seen_h1_) {
        seen_h1_ = true;
        target_ = Target::h1;
      } else if (tag.name == "title" && title_.empty()) {
        target_ = Target::title;
      }
    }
    return tag.end;
  }

  void read_attributes(const Tag& tag) {
    if (tag.name == "html") {
      if (const auto lang = attribute(text_, tag, "lang")) {
        draft_.lang = lang_of_code(text_.substr(lang->begin, lang->size()));
      }
    } else if (tag.name == "meta") {
      const auto content = attribute(text_, tag, "content");
      if (!content)
        return;
      const std::string name = value_of(tag, "name");
      const std::string property = value_of(tag, "property");
      if (name == "description" && draft_.standfirst.empty()) {
        decode_html_text(html_, content->begin, content->end, draft_.standfirst);
      } else if ((property == "article:published_time" || name == "date") && !draft_.date) {
        draft_.date = Date::parse_iso(text_.substr(content->begin, content->size()));
      }
    } else if (tag.name == "time" && !draft_.date) {
      if (const auto when = attribute(text_, tag, "datetime")) {
        draft_.date = Date::parse_iso(text_.substr(when->begin, when->size()));
      }
    }
  }

  std::string value_of(const Tag& tag, std::string_view name) const {
    const auto span = attribute(text_, tag, name);
    return span ? lower(text_.substr(span->begin, span->size())) : std::string();
  }

  void flush_run(std::size_t from, std::size_t to) {
    if (from < to)
      decode_html_text(html_, from, to, current_);
  }

  void close_block() {
    if (!current_.empty()) {
      switch (target_) {
        case Target::h1:
          draft_.headline = std::move(current_);
          break;
        case Target::title:
          title_ = std::move(current_);
          break;
        case Target::body:
          draft_.body.push_back(std::move(current_));
          break;
      }
    }
    current_ = MappedText();
    target_ = Target::body;
  }

  const MappedText& html_;
  std::string_view text_;
  DecodedDraft draft_;
  MappedText current_;
  MappedText title_;
  Target target_ = Target::body;
  bool seen_h1_ = false;
};

}  // namespace

void decode_html_text(const MappedText& html, std::size_t from, std::size_t to, MappedText& out) {
  const std::string_view text = html.text();
  std::size_t pos = from;
  while (pos < to) {
    const char c = text[pos];
    if (is_space(c)) {
      const std::size_t start = pos;
      while (pos < to && is_space(text[pos]))
        ++pos;
      if (out.empty() || out.text().back() != ' ') {
        out.put(" ", html.source_begin(start), html.source_end(start + 1));
      }
      continue;
    }
    if (c == '&') {
      if (const auto entity = entity_at(text.substr(0, to), pos)) {
        std::string decoded;
        utf8::append(decoded, entity->first);
        out.put(decoded, html.source_begin(pos), html.source_end(pos + entity->second));
        pos += entity->second;
        continue;
      }
    }
    out.append(html, pos, pos + 1);
    ++pos;
  }
}

DecodedDraft read_html_parts(const MappedText& html) {
  return HtmlReader(html).read();
}

}  // namespace presscheck
