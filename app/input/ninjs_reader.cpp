#include "input/ninjs_reader.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <span>

#include "core/json_reader.hpp"
#include "core/utf8.hpp"
#include "input/decoded_draft.hpp"
#include "input/html_text.hpp"

namespace presscheck {
namespace {

// A text field as read: its JSON value, and whether it holds HTML.
struct Field {
  const JsonValue* value = nullptr;
  bool html = false;
};

// A JSON object has none of these only when it is not a news item at all.
constexpr std::array<std::string_view, 6> kNinjsKeys = {"uri",       "headline",  "headlines",
                                                        "body_text", "body_html", "bodies"};

// Roles (ninjs 2.x) that name each part; "" is an item without a role.
constexpr std::array<std::string_view, 3> kHeadlineRoles = {"main", "default", ""};
constexpr std::array<std::string_view, 2> kSubheadlineRoles = {"sub", "subheadline"};
constexpr std::array<std::string_view, 7> kStandfirstRoles = {
    "summary", "lead", "standfirst", "abstract", "description", "text", ""};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return out;
}

const JsonValue* string_member(const JsonValue& object, std::string_view key) {
  const JsonValue* value = object.find(key);
  return value != nullptr && value->is_string() ? value : nullptr;
}

// The role of a ninjs 2.x item, in lower case; "" when it has none.
std::string role_of(const JsonValue& item) {
  const JsonValue* role = string_member(item, "role");
  return role != nullptr ? lower_ascii(role->as_string()) : std::string();
}

// Whether a 2.x item's value is HTML: its `contenttype` says so; without one, a role
// "html" or a value that opens with a tag does.
bool holds_html(const JsonValue& item, const JsonValue& value) {
  if (const JsonValue* type = string_member(item, "contenttype"))
    return lower_ascii(type->as_string()).find("html") != std::string::npos;
  if (role_of(item) == "html")
    return true;
  const std::string& text = value.as_string();
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string::npos && text[first] == '<';
}

// The first non-empty string among the 1.x `keys`; the first of them holds HTML when
// `html_key` names it.
Field first_field(const JsonValue& root, std::initializer_list<std::string_view> keys,
                  std::string_view html_key = {}) {
  for (const std::string_view key : keys) {
    const JsonValue* value = string_member(root, key);
    if (value != nullptr && !value->as_string().empty())
      return {value, key == html_key};
  }
  return {};
}

// The best item of a 2.x array (`headlines`, `descriptions`, `bodies`): the first whose
// role comes earliest in `roles`, plain text before HTML among equals. With `any_role`, an
// item whose role is not listed (nor in `excluded`) still beats no item at all.
Field best_item(const JsonValue& root, std::string_view key,
                std::span<const std::string_view> roles, bool any_role = false,
                std::span<const std::string_view> excluded = {}) {
  const JsonValue* items = root.find(key);
  if (items == nullptr || !items->is_array())
    return {};
  Field best;
  std::size_t best_rank = SIZE_MAX;
  for (const JsonValue& item : items->as_array()) {
    const JsonValue* value = string_member(item, "value");
    if (value == nullptr || value->as_string().empty())
      continue;
    const std::string role = role_of(item);
    const auto listed = std::find(roles.begin(), roles.end(), role);
    if (listed == roles.end() &&
        (!any_role || std::find(excluded.begin(), excluded.end(), role) != excluded.end())) {
      continue;
    }
    const bool html = holds_html(item, *value);
    const std::size_t rank = static_cast<std::size_t>(listed - roles.begin()) * 2 + (html ? 1 : 0);
    if (rank < best_rank) {
      best = {value, html};
      best_rank = rank;
    }
  }
  return best;
}

// Aligns a string value decoded by the parser with its literal in the file: an escape stands
// for its whole `\…` run (both halves of a surrogate pair for a code point past U+FFFF),
// every other byte for itself. The parser has checked the literal, so no hex is read here.
MappedText mapped_string(std::string_view file, const JsonValue& value) {
  const std::string& decoded = value.as_string();
  MappedText out;
  std::size_t raw = value.offset + 1;  // after the opening quote
  std::size_t pos = 0;
  while (pos < decoded.size() && raw + 1 < file.size()) {
    if (file[raw] != '\\') {
      out.put(std::string_view(decoded).substr(pos, 1), raw, raw + 1);
      ++pos;
      ++raw;
      continue;
    }
    const std::size_t start = pos;
    std::size_t run = 2;
    if (file[raw + 1] == 'u') {
      utf8::next(decoded, pos);
      run = pos - start == 4 ? 12 : 6;
    } else {
      ++pos;
    }
    out.put(std::string_view(decoded).substr(start, pos - start), raw, raw + run);
    raw += run;
  }
  return out;
}

// Splits plain body text into paragraphs at blank lines.
std::vector<MappedText> paragraphs(const MappedText& body) {
  std::vector<MappedText> out;
  const std::string& text = body.text();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos)
      end = text.size();
    MappedText paragraph;
    for (std::size_t i = start; i < end; ++i) {
      if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t') {
        paragraph.put(" ", body.source_begin(i), body.source_end(i + 1));
      } else {
        paragraph.append(body, i, i + 1);
      }
    }
    out.push_back(std::move(paragraph));
    start = end + 2;
  }
  return out;
}

// A headline or standfirst as one line of text: HTML paragraphs are joined by a space, and
// each run of white space becomes one space.
MappedText one_line(std::string_view file, const Field& field) {
  MappedText out;
  if (field.value == nullptr)
    return out;
  const MappedText text = mapped_string(file, *field.value);
  if (!field.html) {
    // Decoding as HTML text, as 1.x always did, also decodes entities in plain headlines.
    decode_html_text(text, 0, text.size(), out);
    return out;
  }
  for (const MappedText& paragraph : read_html_parts(text).body) {
    if (!out.empty()) {
      const std::size_t after = out.source_end(out.size());
      out.put(" ", after, after);
    }
    out.append(paragraph);
  }
  return out;
}

// The body's paragraphs into `draft`, with where an HTML body had to stop being read.
void read_body(std::string_view file, const Field& field, DecodedDraft& draft) {
  if (field.value == nullptr)
    return;
  const MappedText text = mapped_string(file, *field.value);
  if (!field.html) {
    draft.body = paragraphs(text);
    return;
  }
  DecodedDraft html = read_html_parts(text);
  draft.body = std::move(html.body);
  draft.unread_from = html.unread_from;
}

// The parts of a news item, from its 1.x fields or else from its 2.x arrays.
DecodedDraft read_parts(std::string_view file, const JsonValue& root) {
  Field headline = first_field(root, {"headline"});
  if (headline.value == nullptr) {
    headline = best_item(root, "headlines", kHeadlineRoles, true, kSubheadlineRoles);
  }
  Field standfirst = first_field(root, {"subheadline", "description_text"});
  if (standfirst.value == nullptr)
    standfirst = best_item(root, "headlines", kSubheadlineRoles);
  if (standfirst.value == nullptr)
    standfirst = best_item(root, "descriptions", kStandfirstRoles);
  Field body = first_field(root, {"body_text", "body_html"}, "body_html");
  if (body.value == nullptr)
    body = best_item(root, "bodies", kHeadlineRoles, true);
  DecodedDraft draft;
  draft.format = InputFormat::ninjs;
  draft.headline = one_line(file, headline);
  draft.standfirst = one_line(file, standfirst);
  read_body(file, body, draft);
  if (const JsonValue* language = string_member(root, "language"))
    draft.lang = lang_of_code(language->as_string());
  if (const Field date = first_field(root, {"versioncreated", "firstcreated", "contentcreated"});
      date.value != nullptr) {
    draft.date = Date::parse_iso(date.value->as_string());
  }
  return draft;
}

bool is_news_item(const JsonValue& root) {
  return root.is_object() && std::any_of(kNinjsKeys.begin(), kNinjsKeys.end(),
                                         [&](auto key) { return root.find(key) != nullptr; });
}

}  // namespace

Diagnostic bad_ninjs_diagnostic(const InputProblem& problem, Lang lang) {
  Diagnostic d;
  d.rule = "input.bad-ninjs";
  d.severity = Severity::error;
  d.span = problem.span;
  if (problem.detail.empty()) {
    d.message = std::string(
        pick(lang,
             "ce n'est pas un document ninjs : un objet JSON avec des champs ninjs (uri, "
             "headline ou headlines, body_text ou bodies…) est attendu ; le fichier n'est pas "
             "vérifié",
             "not a ninjs document: a JSON object with ninjs fields (uri, headline or "
             "headlines, body_text or bodies…) is expected; the file was not checked"));
  } else {
    d.message = fmt::format(
        fmt::runtime(pick(lang,
                          "ce n'est pas un document ninjs : le JSON ne se lit pas ({}) ; le "
                          "fichier n'est pas vérifié",
                          "not a ninjs document: the JSON does not parse ({}); the file was not "
                          "checked")),
        problem.detail);
  }
  return d;
}

void read_ninjs(std::string bytes, ReadResult& result) {
  JsonValue root;
  try {
    root = parse_json(bytes);
  } catch (const JsonSyntaxError& error) {
    const std::size_t at = error.offset();
    result.problems.push_back({InputProblemKind::bad_ninjs, {at, at}, error.what()});
  }
  if (!is_news_item(root)) {
    if (result.problems.empty())
      result.problems.push_back({InputProblemKind::bad_ninjs, {root.offset, root.offset}});
    result.document.text = std::move(bytes);
    result.document.lines = LineIndex(result.document.text);
    result.lintable = false;
    return;
  }
  DecodedDraft draft = read_parts(bytes, root);
  build_document(std::move(draft), std::move(bytes), result);
}

}  // namespace presscheck
