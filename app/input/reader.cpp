#include "input/reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/utf8.hpp"
#include "input/decoded_draft.hpp"
#include "input/front_matter.hpp"
#include "input/html_text.hpp"
#include "input/markdown_reader.hpp"
#include "input/ninjs_reader.hpp"
#include "input/plain_text_reader.hpp"

namespace presscheck {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool looks_binary(std::string_view bytes) {
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 8192);
  return std::memchr(bytes.data(), '\0', sample) != nullptr;
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

bool has_words(const FrontMatterValue& value) {
  return value.value().find_first_not_of(" \t\r\n") != std::string::npos;
}

const FrontMatterValue* first_present(const FrontMatter& matter,
                                      const std::vector<std::string>& keys) {
  for (const std::string& key : keys) {
    if (const FrontMatterValue* value = matter.find(key))
      return value;
  }
  return nullptr;
}

void take_fields(const FrontMatter& matter, const FrontMatterKeys& keys, DecodedDraft& draft) {
  if (const auto* title = first_present(matter, keys.headline); title && has_words(*title))
    draft.headline = title->text;
  if (const auto* standfirst = first_present(matter, keys.standfirst);
      standfirst && has_words(*standfirst)) {
    draft.standfirst = standfirst->text;
  }
  if (const auto* date = first_present(matter, keys.date))
    draft.date = Date::parse_iso(date->value());
  if (const auto* lang = first_present(matter, keys.lang))
    draft.lang = parse_lang(lang->value());
}

std::string_view closing_fence(FrontMatterSyntax syntax) {
  switch (syntax) {
    case FrontMatterSyntax::toml:
      return "+++";
    case FrontMatterSyntax::json:
      return "}";
    case FrontMatterSyntax::yaml:
      break;
  }
  return "---";
}

/// Reads the front matter's fields into `draft` and returns where the body starts. A block
/// that does not parse is reported, and the body after it is read all the same.
std::size_t read_front_matter_fields(const FrontMatter& matter, const FrontMatterKeys& keys,
                                     DecodedDraft& draft, ReadResult& result) {
  if (!matter.closed) {
    // Without its closing fence, nothing says where the block ends: the file is all body.
    result.problems.push_back({InputProblemKind::unclosed_front_matter,
                               {matter.span.begin, matter.span.begin + 1},
                               std::string(closing_fence(matter.syntax))});
    return matter.span.begin;
  }
  if (matter.error) {
    result.problems.push_back(
        {InputProblemKind::bad_front_matter, matter.error->span, matter.error->reason});
  } else {
    take_fields(matter, keys, draft);
  }
  return matter.span.end;
}

bool sniffs_as_markdown(std::string_view text, bool has_front_matter) {
  return has_front_matter || text.find("\n# ") != std::string_view::npos ||
         text.substr(0, 2) == "# ";
}

/// Reads the headline (unless the front matter gave it), the standfirst and the body from
/// the text after the front matter; returns the section label that stood in the headline's
/// place, if any.
std::optional<Span> read_body(std::string_view source, std::size_t body_begin, bool markdown,
                              DecodedDraft& draft) {
  const bool take_headline = draft.headline.empty();
  if (markdown) {
    MarkdownParts parts = read_markdown(source, body_begin, take_headline);
    if (take_headline)
      draft.headline = std::move(parts.headline);
    draft.body = std::move(parts.body);
    return std::nullopt;
  }
  PlainTextParts parts = read_plain_text(source, body_begin, take_headline);
  if (take_headline) {
    draft.headline = std::move(parts.headline);
    draft.standfirst = std::move(parts.standfirst);
  }
  draft.body = std::move(parts.body);
  return parts.section_label;
}

/// Markdown and plain text: the front matter's fields, then what the text itself gives.
void read_text_draft(std::string source, InputFormat format, const ReaderOptions& options,
                     ReadResult& result) {
  const std::optional<FrontMatter> matter = read_front_matter(source);
  DecodedDraft draft;
  std::size_t body_begin = source.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
  if (matter)
    body_begin = read_front_matter_fields(*matter, options.front_matter, draft, result);
  const bool markdown =
      format == InputFormat::markdown ||
      (format == InputFormat::sniff && sniffs_as_markdown(source, matter.has_value()));
  if (const std::optional<Span> label = read_body(source, body_begin, markdown, draft)) {
    result.problems.push_back({InputProblemKind::section_label_headline, *label});
  } else if (draft.headline.empty()) {
    // Where the body starts, just after the front matter that could have given a headline.
    result.problems.push_back({InputProblemKind::no_headline, {body_begin, body_begin}});
  }
  draft.format = markdown ? InputFormat::markdown : InputFormat::plain_text;
  build_document(std::move(draft), std::move(source), result);
}

std::string lower_extension(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return {};
  std::string extension(path.substr(dot + 1));
  for (char& c : extension)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

}  // namespace

InputFormat format_for_path(std::string_view path) {
  const std::string extension = lower_extension(path);
  if (extension == "md" || extension == "markdown")
    return InputFormat::markdown;
  if (extension == "txt")
    return InputFormat::plain_text;
  if (extension == "html" || extension == "htm")
    return InputFormat::html;
  if (extension == "json" || extension == "ninjs")
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
  // Suppression comments are found in the file as written, wherever they stand.
  result.suppressions = find_suppressions(bytes, LineIndex(bytes));
  if (is_blank(bytes)) {
    doc.text = std::move(bytes);
    doc.lines = LineIndex(doc.text);
    result.problems.push_back({InputProblemKind::empty, {0, 0}});
    result.lintable = false;
    return result;
  }
  // The Document gets the decoded text; the file stays in result.source for positions.
  switch (format) {
    case InputFormat::html: {
      DecodedDraft parts = read_html_parts(MappedText::identity(bytes));
      build_document(std::move(parts), std::move(bytes), result);
      break;
    }
    case InputFormat::ninjs:
      read_ninjs(std::move(bytes), result);
      break;
    default:
      read_text_draft(std::move(bytes), format, options, result);
      break;
  }
  return result;
}

}  // namespace presscheck
