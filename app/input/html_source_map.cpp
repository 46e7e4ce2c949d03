#include "input/html_source_map.hpp"

#include <algorithm>

namespace presscheck {
namespace {

// The longest HTML5 entity name ("CounterClockwiseContourIntegral") has 31 characters.
constexpr std::size_t kMaxEntityName = 32;

bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Bytes in the UTF-8 sequence that starts with `lead`.
std::size_t sequence_length(char lead) {
  const auto byte = static_cast<unsigned char>(lead);
  return byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
}

/// Walks gumbo's decoded text and the source slice it was decoded from side by side. Both
/// only move forward, so the walk is linear whatever the input.
class Alignment {
 public:
  Alignment(const MappedText& html, std::string_view decoded, std::size_t raw_begin,
            std::size_t raw_end, MappedText& out)
      : html_(html),
        raw_(html.text()),
        decoded_(decoded),
        i_(std::min(raw_begin, raw_.size())),
        end_(std::clamp(raw_end, i_, raw_.size())),
        out_(out) {}

  void run() {
    while (j_ < decoded_.size()) {
      if (i_ >= end_) {
        emit(code_point_length(), end_, end_, false);
      } else {
        step();
      }
    }
  }

 private:
  void step() {
    const char c = raw_[i_];
    if (c == '\r' && decoded_[j_] == '\n') {
      // The parser reads CRLF and a lone CR as one LF.
      const std::size_t width = i_ + 1 < end_ && raw_[i_ + 1] == '\n' ? 2 : 1;
      emit(1, i_, i_ + width, false);
      i_ += width;
    } else if (c == '&' && entity()) {
    } else if (c == decoded_[j_]) {
      emit(1, i_, i_ + 1, true);
      ++i_;
    } else {
      skip_unread();
    }
  }

  // What the parser read but left out of the text: a tag it ignored, the newline after
  // <pre>, a NUL. A character the parser put in instead (U+FFFD) stands where it is.
  void skip_unread() {
    const char c = raw_[i_];
    if (c == '<' && next_tag_end() < end_) {
      i_ = next_tag_end() + 1;
    } else if (c == '\0' && decoded_.substr(j_).starts_with("\xEF\xBF\xBD")) {
      emit(3, i_, i_ + 1, false);
      ++i_;
    } else if (c == '\0' || is_html_space(c)) {
      ++i_;
    } else {
      emit(code_point_length(), i_, i_, false);
    }
  }

  std::size_t next_tag_end() {
    if (gt_ < i_ || gt_ == kUnknown) {
      const std::size_t found = raw_.substr(0, end_).find('>', i_);
      gt_ = found == std::string_view::npos ? end_ : found;
    }
    return gt_;
  }

  // Maps the entity at i_ when the parser decoded it; false when it is text.
  bool entity() {
    if (i_ + 1 < end_ && raw_[i_ + 1] == '#')
      return numeric_entity();
    std::size_t name_end = i_ + 1;
    while (name_end < end_ && name_end - i_ <= kMaxEntityName && is_ascii_alnum(raw_[name_end]))
      ++name_end;
    const std::size_t run_end = name_end < end_ && raw_[name_end] == ';' ? name_end + 1 : name_end;
    // A legacy name may be read without its end ("&notit;" gives "¬it;"), and a name
    // decodes to one code point or, for a few, two: try one code point and the longest
    // reading first.
    for (std::size_t points = 1; points <= 2; ++points) {
      for (std::size_t read_end = run_end; read_end > i_ + 1; --read_end) {
        if (const std::size_t bytes = decoded_bytes(points);
            bytes > 0 && plausible(read_end) && agrees(bytes, read_end, run_end)) {
          emit(bytes, i_, read_end, false);
          i_ = read_end;
          return true;
        }
      }
    }
    return false;
  }

  bool numeric_entity() {
    std::size_t k = i_ + 2;
    const bool hex = k < end_ && (raw_[k] == 'x' || raw_[k] == 'X');
    if (hex)
      ++k;
    const std::size_t digits = k;
    while (k < end_ && (hex ? is_hex_digit(raw_[k]) : (raw_[k] >= '0' && raw_[k] <= '9')))
      ++k;
    if (k == digits)
      return false;  // "&#" alone is text
    if (k < end_ && raw_[k] == ';')
      ++k;
    emit(code_point_length(), i_, k, false);
    i_ = k;
    return true;
  }

  // A decoded '&' comes only from &amp;: "&aaa" decoded as '&' and "aa" is text as written.
  bool plausible(std::size_t read_end) const {
    if (decoded_[j_] != '&')
      return true;
    const std::string_view name = raw_.substr(i_ + 1, read_end - i_ - 1);
    return name == "amp" || name == "amp;" || name == "AMP" || name == "AMP;";
  }

  // Bytes of the next `points` decoded code points, 0 when the text is shorter.
  std::size_t decoded_bytes(std::size_t points) const {
    std::size_t at = j_;
    for (std::size_t n = 0; n < points; ++n) {
      if (at >= decoded_.size())
        return 0;
      at += sequence_length(decoded_[at]);
    }
    return std::min(at, decoded_.size()) - j_;
  }

  // Whether reading the raw bytes [i_, read_end) as `bytes` decoded bytes leaves the rest of
  // the entity run as text, followed by what comes after it in the source.
  bool agrees(std::size_t bytes, std::size_t read_end, std::size_t run_end) const {
    const std::string_view tail = raw_.substr(read_end, run_end - read_end);
    const std::string_view after = decoded_.substr(j_ + bytes);
    if (!after.starts_with(tail))
      return false;
    const std::size_t next = tail.size();
    if (run_end >= end_ || next >= after.size())
      return true;
    const char following = raw_[run_end];
    return following == after[next] || following == '&' || following == '<' || following == '\r' ||
           following == '\0';
  }

  std::size_t code_point_length() const {
    return std::min(sequence_length(decoded_[j_]), decoded_.size() - j_);
  }

  // Appends `bytes` decoded bytes, standing for the raw bytes [begin, end).
  void emit(std::size_t bytes, std::size_t begin, std::size_t end, bool literal) {
    const std::string_view piece = decoded_.substr(j_, bytes);
    j_ += bytes;
    if (piece.size() == 1 && is_html_space(piece[0])) {
      append_space(html_, begin, end, out_);
    } else if (literal) {
      out_.append(html_, begin, end);
    } else if (begin == end) {
      const std::size_t at = html_.source_begin(begin);
      out_.put(piece, at, at);
    } else {
      out_.put(piece, html_.source_begin(begin), html_.source_end(end));
    }
  }

  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);

  const MappedText& html_;
  std::string_view raw_;
  std::string_view decoded_;
  std::size_t i_;  // in raw_
  std::size_t end_;
  std::size_t j_ = 0;  // in decoded_
  std::size_t gt_ = kUnknown;
  MappedText& out_;
};

}  // namespace

void append_decoded(const MappedText& html, std::string_view decoded, std::size_t raw_begin,
                    std::size_t raw_end, MappedText& out) {
  Alignment(html, decoded, raw_begin, raw_end, out).run();
}

void append_space(const MappedText& html, std::size_t begin, std::size_t end, MappedText& out) {
  if (out.empty() || out.text().back() == ' ')
    return;
  const std::size_t from = html.source_begin(begin);
  out.put(" ", from, end > begin ? html.source_end(end) : from);
}

}  // namespace presscheck
