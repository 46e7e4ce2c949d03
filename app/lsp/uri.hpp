#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace presscheck::lsp {

/// The local path of a `file:` URI, percent-decoded ("file:///tmp/caf%C3%A9.md" ->
/// "/tmp/café.md"); nullopt for another scheme or a malformed escape.
std::optional<std::string> uri_to_path(std::string_view uri);

/// A `file:` URI for an absolute local path, percent-encoding what needs it.
std::string path_to_uri(std::string_view path);

}  // namespace presscheck::lsp
