#include "lsp/document_store.hpp"

namespace presscheck::lsp {
namespace {

LspPosition read_position(const Json& position) {
  if (!position.is_object() || !position.contains("line") || !position.contains("character") ||
      !position["line"].is_number_unsigned() || !position["character"].is_number_unsigned())
    throw InvalidParams("a position needs unsigned `line` and `character`");
  return {position["line"].get<std::size_t>(), position["character"].get<std::size_t>()};
}

void apply_change(std::string& text, const Json& change, PositionEncoding encoding) {
  if (!change.is_object() || !change.contains("text") || !change["text"].is_string())
    throw InvalidParams("a content change needs a `text` string");
  const std::string& replacement = change["text"].get_ref<const std::string&>();
  if (!change.contains("range")) {
    text = replacement;
    return;
  }
  const Json& range = change["range"];
  if (!range.is_object() || !range.contains("start") || !range.contains("end"))
    throw InvalidParams("a change's `range` needs `start` and `end`");
  const PositionMap map(text, encoding);
  const std::size_t begin = map.offset(read_position(range["start"]));
  const std::size_t end = std::max(begin, map.offset(read_position(range["end"])));
  text.replace(begin, end - begin, replacement);
}

}  // namespace

void DocumentStore::open(const std::string& uri, std::string language_id, std::string text,
                         std::int64_t version) {
  const std::lock_guard lock(mutex_);
  OpenDocument& doc = documents_[uri];
  doc.uri = uri;
  doc.language_id = std::move(language_id);
  doc.text = std::move(text);
  doc.version = version;
  ++doc.revision;
}

bool DocumentStore::change(const std::string& uri, const Json& changes, std::int64_t version,
                           PositionEncoding encoding) {
  if (!changes.is_array())
    throw InvalidParams("`contentChanges` must be an array");
  const std::lock_guard lock(mutex_);
  const auto it = documents_.find(uri);
  if (it == documents_.end())
    return false;
  // All or nothing: a malformed change leaves the text as it was.
  std::string text = it->second.text;
  for (const Json& change : changes)
    apply_change(text, change, encoding);
  it->second.text = std::move(text);
  it->second.version = version;
  ++it->second.revision;
  return true;
}

void DocumentStore::close(const std::string& uri) {
  const std::lock_guard lock(mutex_);
  documents_.erase(uri);
}

std::optional<OpenDocument> DocumentStore::get(const std::string& uri) const {
  const std::lock_guard lock(mutex_);
  const auto it = documents_.find(uri);
  if (it == documents_.end())
    return std::nullopt;
  return it->second;
}

std::vector<std::string> DocumentStore::uris() const {
  const std::lock_guard lock(mutex_);
  std::vector<std::string> out;
  for (const auto& [uri, doc] : documents_)
    out.push_back(uri);
  return out;
}

bool DocumentStore::store_findings(const std::string& uri, std::uint64_t revision,
                                   std::vector<LocatedDiagnostic> findings) {
  const std::lock_guard lock(mutex_);
  const auto it = documents_.find(uri);
  if (it == documents_.end() || it->second.revision != revision)
    return false;
  it->second.findings = std::move(findings);
  it->second.linted_revision = revision;
  return true;
}

}  // namespace presscheck::lsp
