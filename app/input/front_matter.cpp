#include "input/front_matter.hpp"

#include <vector>

namespace presscheck {
namespace {

// The value as the old line reader decoded it, every byte mapped to its whole span.
struct ScalarRead {
  std::string value;
  Span span;
  std::size_t line = 0;
};

struct Line {
  std::size_t begin;
  std::size_t end;   // without the line break and a CR before it
  std::size_t next;  // start of the following line
};

std::vector<Line> split_lines(std::string_view text, std::size_t from) {
  std::vector<Line> lines;
  std::size_t pos = from;
  while (pos < text.size()) {
    std::size_t newline = text.find('\n', pos);
    const std::size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    if (end > pos && text[end - 1] == '\r')
      --end;
    lines.push_back({pos, end, next});
    pos = next;
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

bool is_fence(std::string_view line, std::string_view fence) {
  return trim(line) == fence;
}

void append_escape(std::string& out, char c) {
  switch (c) {
    case 'n':
      out += '\n';
      break;
    case 't':
      out += '\t';
      break;
    default:
      out += c;
      break;  // \" \\ \/ and anything else stand for themselves
  }
}

// Decodes a double- or single-quoted scalar that may continue on following lines.
// Returns false when the closing quote never comes.
bool read_quoted(std::string_view text, const std::vector<Line>& lines, std::size_t& index,
                 std::size_t start, ScalarRead& out) {
  const char quote = text[start];
  std::size_t pos = start + 1;
  out.span.begin = pos;
  for (;;) {
    const Line& line = lines[index];
    while (pos < line.end) {
      const char c = text[pos];
      if (quote == '"' && c == '\\' && pos + 1 < line.end) {
        append_escape(out.value, text[pos + 1]);
        pos += 2;
      } else if (c == quote && quote == '\'' && pos + 1 < line.end && text[pos + 1] == '\'') {
        out.value += '\'';
        pos += 2;
      } else if (c == quote) {
        out.span.end = pos;
        return true;
      } else {
        out.value += c;
        ++pos;
      }
    }
    if (index + 1 >= lines.size())
      return false;
    ++index;
    out.value += ' ';
    pos = lines[index].begin;
    while (pos < lines[index].end && (text[pos] == ' ' || text[pos] == '\t'))
      ++pos;
  }
}

// Reads the indented lines of a `>` or `|` block value.
void read_block(std::string_view text, const std::vector<Line>& lines, std::size_t& index,
                std::size_t last, bool folded, ScalarRead& out) {
  bool first = true;
  while (index + 1 < last) {
    const Line& line = lines[index + 1];
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    if (!content.empty() && content.front() != ' ' && content.front() != '\t')
      break;
    ++index;
    const std::string_view words = trim(content);
    if (words.empty())
      continue;
    if (first)
      out.span.begin = line.begin + (words.data() - content.data());
    out.span.end = line.end;
    if (!first)
      out.value += folded ? ' ' : '\n';
    out.value += words;
    first = false;
  }
}

}  // namespace

const FrontMatterValue* FrontMatter::find(std::string_view key) const {
  const auto found = values.find(key);
  return found == values.end() ? nullptr : &found->second;
}

std::optional<FrontMatter> read_front_matter(std::string_view text) {
  const std::size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  const std::vector<Line> lines = split_lines(text, start);
  if (lines.empty() ||
      !is_fence(text.substr(lines[0].begin, lines[0].end - lines[0].begin), "---")) {
    return std::nullopt;
  }
  FrontMatter matter;
  matter.span.begin = start;
  std::size_t last = lines.size();
  matter.closed = false;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view line = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (is_fence(line, "---") || is_fence(line, "...")) {
      last = i;
      matter.closed = true;
      break;
    }
  }
  matter.span.end = matter.closed ? lines[last].next : text.size();
  if (!matter.closed)
    return matter;
  for (std::size_t i = 1; i < last; ++i) {
    const Line& line = lines[i];
    const std::string_view content = text.substr(line.begin, line.end - line.begin);
    if (content.empty() || content.front() == ' ' || content.front() == '\t' ||
        content.front() == '#' || content.front() == '-') {
      continue;  // blank, nested, comment or list line
    }
    const std::size_t colon = content.find(':');
    if (colon == std::string_view::npos)
      continue;
    const std::string key(trim(content.substr(0, colon)));
    ScalarRead value;
    value.line = i + 1;
    std::size_t pos = line.begin + colon + 1;
    while (pos < line.end && (text[pos] == ' ' || text[pos] == '\t'))
      ++pos;
    if (pos < line.end && (text[pos] == '"' || text[pos] == '\'')) {
      if (!read_quoted(text, lines, i, pos, value))
        continue;
    } else {
      std::string_view rest = text.substr(pos, line.end - pos);
      if (const std::size_t comment = rest.find(" #"); comment != std::string_view::npos) {
        rest = rest.substr(0, comment);
      }
      rest = trim(rest);
      if (rest == ">" || rest == "|" || rest == ">-" || rest == "|-") {
        read_block(text, lines, i, last, rest.front() == '>', value);
      } else {
        value.value = std::string(rest);
        value.span = {pos, pos + rest.size()};
      }
    }
    FrontMatterValue decoded;
    decoded.text.put(value.value, value.span.begin, value.span.end);
    decoded.line = value.line;
    matter.values[key] = std::move(decoded);
  }
  return matter;
}

}  // namespace presscheck
