#pragma once

#include <istream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace presscheck::lsp {

using Json = nlohmann::json;

/// JSON-RPC 2.0 error codes, and the one LSP adds for a request the server gave up on.
enum class ErrorCode : int {
  parse_error = -32700,
  invalid_request = -32600,
  method_not_found = -32601,
  invalid_params = -32602,
  internal_error = -32603,
  server_not_initialized = -32002,
  request_cancelled = -32800,
};

/// What one read of the stream gave: a message body, or why there is none.
struct Frame {
  enum class Kind { message, bad_header, end };
  Kind kind = Kind::end;
  std::string body;
  std::string problem;  // for bad_header
};

/// Headers past this are not an LSP client talking; a body past this is not a draft.
inline constexpr std::size_t kMaxHeaderBytes = 8 * 1024;
inline constexpr std::size_t kMaxBodyBytes = 64u << 20;

/// Reads one "Content-Length: N\r\n…\r\n\r\n" framed message. A bad header is reported and
/// the stream stays usable where it can be (the next header is looked for).
Frame read_frame(std::istream& in);

/// Writes framed messages; safe to call from several threads.
class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}

  void send(const Json& message);
  void respond(const Json& id, Json result);
  void respond_error(const Json& id, ErrorCode code, const std::string& message);
  void notify(std::string_view method, Json params);

 private:
  std::ostream& out_;
  std::mutex mutex_;
};

/// Thrown by handlers to answer a request with an error.
class RequestError : public std::runtime_error {
 public:
  RequestError(ErrorCode code, const std::string& message)
      : std::runtime_error(message), code_(code) {}
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

/// Thrown by handlers when a request's params are not what the method takes.
class InvalidParams : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace presscheck::lsp
