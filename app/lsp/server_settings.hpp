#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/diagnostic.hpp"
#include "core/lang.hpp"
#include "lsp/jsonrpc.hpp"

namespace presscheck::lsp {

/// What a client may set, through `initializationOptions` or
/// `workspace/didChangeConfiguration` (under a "presscheck" key or at the top level). Paths
/// are resolved against the workspace folder. Each beats the draft's `.presscheck.toml`,
/// as `lint`'s flags do.
struct ServerSettings {
  std::optional<Lang> lang;                     // "lang": for drafts that do not say
  std::optional<std::filesystem::path> facts;   // "facts": a .db, JSON Lines file or folder
  bool no_facts = false;                        // "noFacts": the text checks only
  std::optional<std::filesystem::path> rules;   // "rules": a folder of rule packs
  std::optional<std::filesystem::path> config;  // "config": one configuration for all
  Severity min_severity = Severity::info;       // "minSeverity": findings shown from this
  int debounce_ms = 50;                         // "debounceMs": wait after a change
};

/// `base` updated with the keys `json` sets; absent keys keep their value, null resets one.
/// Throws InvalidParams naming the key when a value has the wrong type or is unknown.
ServerSettings read_settings(const Json& json, ServerSettings base,
                             const std::filesystem::path& root);

}  // namespace presscheck::lsp
