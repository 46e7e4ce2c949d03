#include "input/reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/utf8.hpp"
#include "input/decoded_draft.hpp"
#include "input/front_matter.hpp"
#include "input/html_text.hpp"
#include "input/ninjs_reader.hpp"

namespace presscheck {
namespace {

struct LineView {
  std::size_t begin;
  std::size_t end;
};

std::vector<LineView> lines_of(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<LineView> lines;
  std::size_t pos = from;
  while (pos < to) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos || newline > to)
      newline = to;
    std::size_t end = newline;
    if (end > pos && text[end - 1] == '\r')
      --end;
    lines.push_back({pos, end});
    pos = newline + 1;
  }
  return lines;
}

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

Span trimmed(std::string_view text, Span span) {
  while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == '\t')) {
    ++span.begin;
  }
  while (span.end > span.begin &&
         (text[span.end - 1] == ' ' || text[span.end - 1] == '\t' || text[span.end - 1] == '\r')) {
    --span.end;
  }
  return span;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.rfind(prefix, 0) == 0;
}

/// Splits the body into paragraphs at blank lines, leaving out HTML comments, fenced code
/// and the heading already taken as the headline.
class BodySplitter {
 public:
  BodySplitter(std::string_view text, bool markdown) : text_(text), markdown_(markdown) {}

  std::vector<Block> split(std::size_t from, std::size_t to, std::optional<Span> skip) {
    bool in_fence = false;
    bool in_comment = false;
    for (const LineView& line : lines_of(text_, from, to)) {
      const std::string_view content = text_.substr(line.begin, line.end - line.begin);
      if (skip && line.begin <= skip->begin && skip->end <= line.end) {
        flush();
        continue;
      }
      if (markdown_ && (in_comment || starts_with(trimmed_view(content), "<!--"))) {
        flush();
        in_comment = content.find("-->") == std::string_view::npos;
        continue;
      }
      if (markdown_ && (starts_with(trimmed_view(content), "```") ||
                        starts_with(trimmed_view(content), "~~~"))) {
        flush();
        in_fence = !in_fence;
        continue;
      }
      if (in_fence)
        continue;
      if (is_blank(content)) {
        flush();
        continue;
      }
      if (markdown_ && starts_with(content, "#")) {
        flush();
        add(text_span(line));
        continue;
      }
      if (!open_)
        open_ = Span{line.begin, line.end};
      open_->end = line.end;
    }
    flush();
    return blocks_;
  }

 private:
  std::string_view trimmed_view(std::string_view s) const {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
      s.remove_prefix(1);
    return s;
  }

  // A heading's words, without the # marks.
  Span text_span(const LineView& line) const {
    std::size_t begin = line.begin;
    while (begin < line.end && text_[begin] == '#')
      ++begin;
    return trimmed(text_, {begin, line.end});
  }

  void add(Span span) {
    span = trimmed(text_, span);
    if (!span.empty())
      blocks_.push_back({Part::body, span});
  }

  void flush() {
    if (open_)
      add(*open_);
    open_.reset();
  }

  std::string_view text_;
  bool markdown_;
  std::optional<Span> open_;
  std::vector<Block> blocks_;
};

// The first `# ` heading of Markdown, or the first non-empty line of plain text.
std::optional<Span> find_headline(std::string_view text, std::size_t from, bool markdown) {
  bool in_comment = false;
  for (const LineView& line : lines_of(text, from, text.size())) {
    const Span span = trimmed(text, {line.begin, line.end});
    const std::string_view content = text.substr(span.begin, span.size());
    if (content.empty())
      continue;
    if (!markdown)
      return span;
    if (in_comment || starts_with(content, "<!--")) {
      in_comment = content.find("-->") == std::string_view::npos;
      continue;
    }
    if (starts_with(content, "# "))
      return trimmed(text, {span.begin + 2, span.end});
  }
  return std::nullopt;
}

bool looks_binary(std::string_view bytes) {
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 8192);
  return std::memchr(bytes.data(), '\0', sample) != nullptr;
}

const FrontMatterValue* first_present(const FrontMatter& matter,
                                      const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    if (const FrontMatterValue* value = matter.find(key))
      return value;
  }
  return nullptr;
}

void read_front_matter_fields(const FrontMatter& matter, const FrontMatterKeys& keys,
                              ReadResult& result) {
  Document& doc = result.document;
  const auto source_span = [](const FrontMatterValue& value) {
    return value.text.to_source({0, value.text.size()});
  };
  if (const auto* title = first_present(matter, keys.headline); title && !title->value().empty()) {
    doc.blocks.push_back({Part::headline, source_span(*title)});
  }
  const FrontMatterValue* standfirst = first_present(matter, keys.standfirst);
  if (standfirst != nullptr && !standfirst->value().empty()) {
    doc.blocks.push_back({Part::standfirst, source_span(*standfirst)});
  }
  if (const auto* date = first_present(matter, keys.date))
    doc.date = Date::parse_iso(date->value());
  if (const auto* lang = first_present(matter, keys.lang)) {
    result.declared_lang = parse_lang(lang->value());
  }
}

}  // namespace

InputFormat format_for_path(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  if (ends_with(".md") || ends_with(".markdown"))
    return InputFormat::markdown;
  if (ends_with(".txt"))
    return InputFormat::plain_text;
  if (ends_with(".html") || ends_with(".htm"))
    return InputFormat::html;
  if (ends_with(".json") || ends_with(".ninjs"))
    return InputFormat::ninjs;
  return InputFormat::sniff;
}

ReadResult read_document(std::string path, std::string bytes, InputFormat format,
                         const ReaderOptions& options) {
  ReadResult result;
  Document& doc = result.document;
  doc.path = std::move(path);
  if (looks_binary(bytes)) {
    result.problems.push_back({InputProblemKind::binary, {0, 0}});
    result.lintable = false;
    return result;
  }
  if (const auto bad = utf8::first_invalid(bytes)) {
    // Keep the valid part so that the position of the bad byte can be shown.
    bytes.resize(*bad);
    doc.text = std::move(bytes);
    doc.lines = LineIndex(doc.text);
    result.problems.push_back({InputProblemKind::invalid_utf8, {*bad, *bad}});
    result.lintable = false;
    return result;
  }
  doc.text = std::move(bytes);
  doc.lines = LineIndex(doc.text);
  const std::string_view text = doc.text;
  result.suppressions = find_suppressions(text, doc.lines);
  if (trimmed(text, {0, text.size()}).empty() || std::all_of(text.begin(), text.end(), [](char c) {
        return std::isspace(static_cast<unsigned char>(c));
      })) {
    result.problems.push_back({InputProblemKind::empty, {0, 0}});
    result.lintable = false;
    return result;
  }
  if (format == InputFormat::html || format == InputFormat::ninjs) {
    // The Document gets the decoded text; the file stays in result.source for positions.
    std::string source = std::move(doc.text);
    doc.text.clear();
    if (format == InputFormat::html) {
      DecodedDraft parts = read_html_parts(MappedText::identity(source));
      build_document(std::move(parts), std::move(source), result);
    } else {
      read_ninjs(std::move(source), result);
    }
    return result;
  }
  const std::optional<FrontMatter> matter = read_front_matter(text);
  const bool markdown =
      format == InputFormat::markdown ||
      (format == InputFormat::sniff &&
       (matter || text.find("\n# ") != std::string::npos || starts_with(text, "# ")));
  std::size_t body_begin = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  if (matter && !matter->closed) {
    result.problems.push_back(
        {InputProblemKind::unclosed_front_matter, {matter->span.begin, matter->span.begin + 3}});
  } else if (matter) {
    read_front_matter_fields(*matter, options.front_matter, result);
    body_begin = matter->span.end;
  }
  std::optional<Span> heading;
  if (doc.headline() == nullptr) {
    heading = find_headline(text, body_begin, markdown);
    if (heading)
      doc.blocks.insert(doc.blocks.begin(), {Part::headline, *heading});
  }
  for (const Block& block : BodySplitter(text, markdown).split(body_begin, text.size(), heading)) {
    doc.blocks.push_back(block);
  }
  if (doc.headline() == nullptr)
    result.problems.push_back({InputProblemKind::no_headline, {body_begin, body_begin}});
  return result;
}

}  // namespace presscheck
