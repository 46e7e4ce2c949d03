#pragma once

#include <optional>
#include <string>
#include <vector>

#include "input/mapped_text.hpp"
#include "input/reader.hpp"

namespace presscheck {

/// A draft's parts as its reader (Markdown, plain text, HTML, ninjs) gives them, decoded.
struct DecodedDraft {
  MappedText headline;
  MappedText standfirst;
  std::vector<MappedText> body;  // paragraphs
  std::optional<Lang> lang;
  std::optional<Date> date;
  InputFormat format = InputFormat::sniff;  // the reader's, so that problems can say where to look
  std::optional<std::size_t> unread_from;   // where in the file the reader had to stop
};

/// Lays the parts out as the Document's text (headline, standfirst and paragraphs, a blank
/// line apart), with a Block for each, and keeps the file and the map in `result.source`.
/// A draft without a headline gets `no_headline`, placed where its text starts in the file,
/// unless its reader has already reported the missing headline (or a section label); a
/// draft its reader could not read to the end gets `partly_read` where it stopped.
void build_document(DecodedDraft draft, std::string source, ReadResult& result);

/// The language of a code such as "fr", "en-GB" or "fr_FR".
std::optional<Lang> lang_of_code(std::string_view code);

}  // namespace presscheck
