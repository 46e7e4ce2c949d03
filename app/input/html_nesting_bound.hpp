#pragma once

#include <cstddef>
#include <string_view>

namespace presscheck {

/// Where to stop handing `html` to the HTML parser. The HTML5 tree builder scans the open
/// elements for most tags, and reopens the unclosed formatting elements (b, i, font…) in
/// each new paragraph, so its time grows with the nesting depth times the number of tags:
/// thousands of unclosed <div> or <b> take minutes. A quick scan of the tags estimates the
/// depth, and the page is read up to the first tag past depth 512 or past a bounded amount
/// of work, which no real page reaches. Returns html.size() for every ordinary page.
std::size_t nesting_bounded_end(std::string_view html);

}  // namespace presscheck
