#pragma once

#include <span>
#include <string_view>

namespace presscheck {

/// One file of app/serve/assets, compiled into the program.
struct EmbeddedAsset {
  std::string_view name;  // the file's name, such as "desk.js"
  std::string_view bytes;
};

/// Every asset, in name order; generated at build time by embed_assets.cmake.
std::span<const EmbeddedAsset> embedded_assets();

}  // namespace presscheck
