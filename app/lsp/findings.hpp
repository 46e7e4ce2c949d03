#pragma once

#include <string>
#include <vector>

#include "lsp/jsonrpc.hpp"
#include "lsp/position_encoding.hpp"
#include "render/report.hpp"

namespace presscheck::lsp {

/// An LSP range of a byte span of the text `map` was built on.
Json range_json(const PositionMap& map, Span span);

/// A finding as an LSP Diagnostic: rule id as `code` with its documentation link, the
/// evidence (and the fact with its source) as `relatedInformation`.
Json diagnostic_json(const LocatedDiagnostic& finding, const PositionMap& map,
                     const std::string& uri);

/// Quick fixes for the findings whose range meets `range` (bytes) and whose suggestion
/// can be applied.
Json code_actions_json(const std::vector<LocatedDiagnostic>& findings, const PositionMap& map,
                       const std::string& uri, Span range);

/// The hover of the findings under `offset`, in Markdown: message, evidence quoted, the
/// fact with its source; null when no finding is there.
Json hover_json(const std::vector<LocatedDiagnostic>& findings, const PositionMap& map,
                std::size_t offset);

}  // namespace presscheck::lsp
