#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "lsp/jsonrpc.hpp"
#include "lsp/position_encoding.hpp"
#include "render/report.hpp"

namespace presscheck::lsp {

/// One open document: its text as the client has it, and the findings of its last lint.
struct OpenDocument {
  std::string uri;
  std::string language_id;
  std::string text;
  std::int64_t version = 0;
  /// Bumped on every change, so that a lint of an older text is known to be stale.
  std::uint64_t revision = 0;
  /// The findings of the lint of `linted_revision`; their spans are into that text.
  std::vector<LocatedDiagnostic> findings;
  std::uint64_t linted_revision = 0;

  /// Whether `findings` are of the text as it is now.
  bool findings_current() const { return linted_revision == revision; }
};

/// The open documents by URI; every method is safe from any thread.
class DocumentStore {
 public:
  void open(const std::string& uri, std::string language_id, std::string text,
            std::int64_t version);
  /// Applies `textDocument/didChange`'s content changes in order: a change with a `range`
  /// replaces that range (in `encoding`), one without replaces the whole text. Throws
  /// InvalidParams on a malformed change; false when the document is not open.
  bool change(const std::string& uri, const Json& changes, std::int64_t version,
              PositionEncoding encoding);
  void close(const std::string& uri);

  std::optional<OpenDocument> get(const std::string& uri) const;
  std::vector<std::string> uris() const;
  /// Stores a lint's findings unless the document changed or closed since; false then.
  bool store_findings(const std::string& uri, std::uint64_t revision,
                      std::vector<LocatedDiagnostic> findings);

 private:
  mutable std::mutex mutex_;
  std::map<std::string, OpenDocument> documents_;
};

}  // namespace presscheck::lsp
