#include "render/cards/text_columns.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace presscheck {

namespace {

bool glues_to_previous(std::string_view word) {
  return word == "»" || word == ":" || word == ";" || word == "?" || word == "!";
}

// The units a line may break between: words, with French spaced punctuation attached.
std::vector<std::string> units_of(std::string_view text) {
  std::vector<std::string> units;
  bool glue_next = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', pos);
    if (start == std::string_view::npos)
      break;
    const std::size_t end = std::min(text.find(' ', start), text.size());
    const std::string_view word = text.substr(start, end - start);
    if (!units.empty() && (glue_next || glues_to_previous(word)))
      units.back().append(" ").append(word);
    else
      units.emplace_back(word);
    glue_next = word == "«";
    pos = end;
  }
  return units;
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  // Most lines of an answer fit: they need no cutting into words.
  if (utf8::count_code_points(text) <= width && !text.starts_with(' ') &&
      text.find("  ") == std::string_view::npos && !text.ends_with(' ')) {
    return {std::string(text)};
  }
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  for (const std::string& unit : units_of(text)) {
    const std::size_t unit_width = utf8::count_code_points(unit);
    if (line_width > 0 && line_width + 1 + unit_width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += unit;
    line_width += unit_width;
  }
  if (!line.empty() || lines.empty())
    lines.push_back(std::move(line));
  return lines;
}

void append_row(std::string& out, const Style& style, const Row& row, std::size_t margin,
                std::size_t column) {
  const std::size_t right_width = kScreenColumns > column ? kScreenColumns - column : 20;
  std::vector<Painted> right;
  for (const Painted& paragraph : row.right) {
    if (paragraph.whole) {
      right.push_back(paragraph);
      continue;
    }
    for (std::string& line : wrap(paragraph.text, right_width))
      right.push_back({std::move(line), paragraph.tone});
  }
  std::size_t left_index = 0;
  // A label that does not leave a space before the right column gets a line to itself.
  if (!row.left.empty() && margin + utf8::count_code_points(row.left.front().text) + 1 > column) {
    out.append(margin, ' ');
    out += style.paint(row.left.front().text, row.left.front().tone);
    out += '\n';
    left_index = 1;
  }
  const std::size_t lines = std::max(row.left.size() - left_index, right.size());
  for (std::size_t i = 0; i < lines; ++i) {
    std::string line(margin, ' ');
    std::size_t width = margin;
    if (left_index + i < row.left.size()) {
      const Painted& left = row.left[left_index + i];
      line += style.paint(left.text, left.tone);
      width += utf8::count_code_points(left.text);
    }
    if (i < right.size() && !right[i].text.empty()) {
      line.append(column > width ? column - width : 1, ' ');
      line += style.paint(right[i].text, right[i].tone);
    }
    out += line;
    out += '\n';
  }
}

}  // namespace presscheck
