#include "input/markdown_reader.hpp"

#include <md4c.h>

#include <functional>
#include <optional>
#include <set>
#include <string>

#include "input/markdown_entities.hpp"

namespace presscheck {
namespace {

// CommonMark with tables, whose cells are prose in news copy. Left out on purpose:
// strikethrough, since md4c also takes a single `~` and "~50 to ~60" would lose its
// words; LaTeX math, which would swallow "$5 and $10"; permissive autolinks, which turn
// words into links; permissive ATX headings, which make "#hashtag" at a line start a
// heading; whitespace collapsing, which would break the byte-for-byte map.
constexpr unsigned kFlags = MD_FLAG_TABLES;

// Blocks inside which a heading is not the article's headline.
bool is_container(MD_BLOCKTYPE type) {
  return type == MD_BLOCK_QUOTE || type == MD_BLOCK_UL || type == MD_BLOCK_OL ||
         type == MD_BLOCK_LI || type == MD_BLOCK_TABLE;
}

bool has_non_space(const std::string& text) {
  return text.find_first_not_of(" \t") != std::string::npos;
}

int no_block(MD_BLOCKTYPE, void*, void*) {
  return 0;
}
int no_span(MD_SPANTYPE, void*, void*) {
  return 0;
}

// The names md4c reads as named entities, so that they are decoded in one go.
std::set<std::string, std::less<>> entity_names(std::string_view markdown) {
  std::set<std::string, std::less<>> names;
  MD_PARSER parser{};
  parser.flags = kFlags;
  parser.enter_block = no_block;
  parser.leave_block = no_block;
  parser.enter_span = no_span;
  parser.leave_span = no_span;
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    if (type == MD_TEXT_ENTITY && size > 2 && text[1] != '#')
      static_cast<std::set<std::string, std::less<>>*>(user)->emplace(text + 1, size - 2);
    return 0;
  };
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &names);
  return names;
}

/// Turns md4c's events into the draft's blocks. md4c hands text as pointers into the
/// buffer it parses, which is the file itself, so each run maps to its own bytes.
class Collector {
 public:
  Collector(std::string_view file, std::size_t from, const EntityTable& entities,
            bool take_headline)
      : file_(file), entities_(entities), want_headline_(take_headline), last_end_(from) {}

  MarkdownParts take() && { return std::move(parts_); }

  void enter_block(MD_BLOCKTYPE type, const void* detail) {
    flush();
    if (type == MD_BLOCK_H && depth_ == 0 && want_headline_) {
      in_headline_ = static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level == 1;
    }
    if (is_container(type))
      ++depth_;
  }

  void leave_block(MD_BLOCKTYPE type) {
    flush();
    in_headline_ = false;
    if (is_container(type))
      --depth_;
  }

  void enter_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG)
      ++image_depth_;
  }

  void leave_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG)
      --image_depth_;
  }

  void text(MD_TEXTTYPE type, std::string_view run) {
    const std::optional<std::size_t> at = offset_of(run);
    const bool shown = image_depth_ == 0;  // an image's alt text is not the article's
    switch (type) {
      case MD_TEXT_NORMAL:
        if (shown && at)
          current_.put_verbatim(run, *at);
        else if (shown)
          current_.put(run, last_end_, last_end_);
        break;
      case MD_TEXT_ENTITY:
        if (shown && at)
          current_.put(decode_entity(run, entities_), *at, *at + run.size());
        break;
      case MD_TEXT_NULLCHAR:
        put_replacement(shown);
        return;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR:
        put_line_break(shown);
        return;
      default:
        break;  // code, raw HTML and comments are not prose
    }
    if (at)
      last_end_ = *at + run.size();
  }

 private:
  std::optional<std::size_t> offset_of(std::string_view run) const {
    const std::less<const char*> before;
    const char* const begin = file_.data();
    if (before(run.data(), begin) || before(begin + file_.size(), run.data() + run.size())) {
      return std::nullopt;
    }
    return static_cast<std::size_t>(run.data() - begin);
  }

  // A line break reads as a space standing for the file's line break.
  void put_line_break(bool shown) {
    const std::size_t newline = file_.find('\n', last_end_);
    if (newline == std::string_view::npos)
      return;
    const bool crlf = newline > 0 && file_[newline - 1] == '\r';
    if (shown)
      current_.put(" ", newline - (crlf ? 1 : 0), newline + 1);
    last_end_ = newline + 1;
  }

  // md4c reports a NUL byte, which CommonMark replaces, where the text before it ended.
  void put_replacement(bool shown) {
    const bool here = last_end_ < file_.size() && file_[last_end_] == '\0';
    if (shown)
      current_.put("\xEF\xBF\xBD", last_end_, last_end_ + (here ? 1 : 0));
    if (here)
      ++last_end_;
  }

  void flush() {
    if (has_non_space(current_.text())) {
      if (in_headline_ && parts_.headline.empty()) {
        parts_.headline = std::move(current_);
        want_headline_ = false;
      } else {
        parts_.body.push_back(std::move(current_));
      }
    }
    current_ = MappedText();
  }

  std::string_view file_;
  const EntityTable& entities_;
  bool want_headline_;
  std::size_t last_end_;  // where the last text run md4c gave ended in the file
  bool in_headline_ = false;
  int depth_ = 0;
  int image_depth_ = 0;
  MappedText current_;
  MarkdownParts parts_;
};

Collector& collector(void* user) {
  return *static_cast<Collector*>(user);
}

}  // namespace

MarkdownParts read_markdown(std::string_view text, std::size_t from, bool take_headline) {
  const std::string_view markdown = text.substr(from);
  const EntityTable entities = decode_named_entities(entity_names(markdown));
  Collector collected(text, from, entities, take_headline);
  MD_PARSER parser{};
  parser.flags = kFlags;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* user) {
    collector(user).enter_block(type, detail);
    return 0;
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void*, void* user) {
    collector(user).leave_block(type);
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE type, void*, void* user) {
    collector(user).enter_span(type);
    return 0;
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* user) {
    collector(user).leave_span(type);
    return 0;
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* run, MD_SIZE size, void* user) {
    collector(user).text(type, std::string_view(run, size));
    return 0;
  };
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &collected);
  return std::move(collected).take();
}

}  // namespace presscheck
