#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/lang.hpp"
#include "core/line_index.hpp"
#include "core/span.hpp"

namespace presscheck {

/// Which part of an article a block of text belongs to.
enum class Part { headline, standfirst, body };

/// A run of prose: the headline, the standfirst, or one body paragraph.
struct Block {
  Part part = Part::body;
  Span span;
};

/// A draft, read once; every later stage reads spans into `text`.
struct Document {
  std::string path;  // as the user gave it
  std::string text;  // the whole file as read, valid UTF-8
  LineIndex lines;
  Lang lang = Lang::fr;
  std::optional<Date> date;
  std::vector<Block> blocks;  // in reading order: headline, standfirst, then the body

  std::string_view slice(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  const Block* headline() const;
  bool has_body() const;
};

}  // namespace presscheck
