#pragma once

#include <cstddef>
#include <string_view>

#include "input/mapped_text.hpp"

namespace presscheck {

/// Appends text that gumbo decoded from the bytes [raw_begin, raw_end) of `html` to `out`,
/// each decoded character mapped to the source bytes it came from (an entity to its whole
/// `&…;`, a CRLF to both bytes). Runs of HTML white space become one space, none at the
/// start of `out`; a no-break space stays one.
void append_decoded(const MappedText& html, std::string_view decoded, std::size_t raw_begin,
                    std::size_t raw_end, MappedText& out);

/// Appends one space standing for the bytes [begin, end) of `html` (a <br>), unless `out`
/// is empty or already ends with one.
void append_space(const MappedText& html, std::size_t begin, std::size_t end, MappedText& out);

}  // namespace presscheck
