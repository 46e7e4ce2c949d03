#pragma once

#include <filesystem>
#include <istream>
#include <memory>
#include <ostream>
#include <set>
#include <string>

#include "lsp/document_store.hpp"
#include "lsp/jsonrpc.hpp"
#include "lsp/lint_engine.hpp"
#include "lsp/lint_scheduler.hpp"
#include "lsp/position_encoding.hpp"

namespace presscheck::lsp {

/// A Language Server (LSP 3.17) over one input and one output stream: diagnostics on open,
/// change (debounced) and save, quick fixes from certain suggestions, hover with the
/// evidence. Malformed messages get JSON-RPC errors; nothing a client sends ends it but
/// `exit` or the end of its input.
class Server {
 public:
  Server(std::istream& in, std::ostream& out, std::string version);
  ~Server();

  /// Serves until `exit` or the end of the input; the process's exit code: 0 after
  /// `shutdown` then `exit`, 1 otherwise, as the protocol asks.
  int run();

 private:
  /// What handling one message decided.
  enum class Next { go_on, stop };

  Next handle_body(const std::string& body);
  Next handle(const Json& message);
  Json request(const std::string& method, const Json& params);
  void notification(const std::string& method, const Json& params);

  Json initialize(const Json& params);
  void did_open(const Json& params);
  void did_change(const Json& params);
  void did_save(const Json& params);
  void did_close(const Json& params);
  void did_change_configuration(const Json& params);
  Json code_action(const Json& params);
  Json hover(const Json& params);

  void lint_now(const std::string& uri);  // on the worker
  void show_problems(const std::vector<std::string>& problems);
  void log(const std::string& message);

  std::istream& in_;
  Writer writer_;
  std::string version_;
  DocumentStore documents_;
  LintEngine engine_;  // touched only on the worker (through run_between elsewhere)
  PositionEncoding encoding_ = PositionEncoding::utf16;
  std::filesystem::path root_;
  std::chrono::milliseconds debounce_{50};
  std::set<std::string> shown_problems_;  // worker only
  bool initialized_ = false;
  bool shut_down_ = false;
  std::unique_ptr<LintScheduler> scheduler_;  // last: its worker stops first
};

}  // namespace presscheck::lsp
