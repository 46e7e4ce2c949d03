#include "input/decoded_draft.hpp"

#include <algorithm>

namespace presscheck {
namespace {

// Trims spaces at both ends: the decoders keep one space for each run of white space, so
// a paragraph may start or end with one.
void add_block(MappedText& text, const MappedText& part, Part kind, std::vector<Block>& blocks) {
  std::size_t from = 0;
  std::size_t to = part.size();
  while (from < to && part.text()[from] == ' ')
    ++from;
  while (to > from && part.text()[to - 1] == ' ')
    --to;
  if (from == to)
    return;
  if (!text.empty()) {
    const std::size_t after = text.source_end(text.size());
    text.put("\n\n", after, after);
  }
  const std::size_t begin = text.size();
  text.append(part, from, to);
  blocks.push_back({kind, {begin, text.size()}});
}

}  // namespace

std::optional<Lang> lang_of_code(std::string_view code) {
  return parse_lang(code.substr(0, std::min(code.size(), code.find_first_of("-_"))));
}

void build_document(DecodedDraft draft, std::string source, ReadResult& result) {
  Document& doc = result.document;
  MappedText text;
  add_block(text, draft.headline, Part::headline, doc.blocks);
  add_block(text, draft.standfirst, Part::standfirst, doc.blocks);
  for (const MappedText& paragraph : draft.body)
    add_block(text, paragraph, Part::body, doc.blocks);
  doc.text = text.text();
  doc.lines = LineIndex(doc.text);
  doc.date = draft.date;
  result.declared_lang = draft.lang;
  const bool reported =
      std::any_of(result.problems.begin(), result.problems.end(), [](const InputProblem& p) {
        return p.kind == InputProblemKind::no_headline ||
               p.kind == InputProblemKind::section_label_headline;
      });
  if (doc.headline() == nullptr && !reported) {
    // Where the text starts in the file: problems are placed in the file, not the text.
    const std::size_t start = text.source_begin(0);
    result.problems.push_back({InputProblemKind::no_headline, {start, start}});
  }
  for (InputProblem& problem : result.problems) {
    if (problem.kind == InputProblemKind::no_headline)
      problem.format = draft.format;
  }
  if (draft.unread_from)
    result.problems.push_back(
        {InputProblemKind::partly_read, {*draft.unread_from, *draft.unread_from}});
  SourceText kept{std::move(source), std::move(text), {}};
  kept.lines = LineIndex(kept.text);
  result.source = std::move(kept);
}

}  // namespace presscheck
