#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace presscheck {

/// Decoded HTML5 named character references, keyed by name (without `&` and `;`).
using EntityTable = std::map<std::string, std::string, std::less<>>;

/// Decodes every name of `names` (such as "eacute" or "ThinSpace") with the HTML5
/// parser's own table; a name that is no HTML5 entity is left out.
EntityTable decode_named_entities(const std::set<std::string, std::less<>>& names);

/// The text a Markdown entity reference (`&eacute;`, `&#233;`, `&#xE9;`) stands for, as
/// CommonMark reads it: an invalid code point gives U+FFFD, an unknown name itself.
std::string decode_entity(std::string_view reference, const EntityTable& named);

}  // namespace presscheck
