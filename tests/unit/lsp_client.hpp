#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace presscheck::testing_support {

/// `presscheck lsp` run as a child process, talked to over pipes as an editor would.
class LspClient {
 public:
  using Json = nlohmann::json;

  /// Starts the server in `folder`.
  explicit LspClient(const std::string& folder);
  ~LspClient();
  LspClient(const LspClient&) = delete;
  LspClient& operator=(const LspClient&) = delete;

  /// Sends a framed message as is (for malformed ones), or a JSON message.
  void send_raw(const std::string& bytes);
  void send(const Json& message);
  void notify(const std::string& method, const Json& params);
  /// Sends a request and returns its response (result or error), failing the test after
  /// `timeout`.
  Json request(const std::string& method, const Json& params,
               std::chrono::milliseconds timeout = std::chrono::seconds(10));
  /// The next message the server sends that `accept` takes, the others kept; a null Json
  /// (and a test failure) after `timeout`.
  Json wait_for(const std::function<bool(const Json&)>& accept,
                std::chrono::milliseconds timeout = std::chrono::seconds(10));
  /// The next publishDiagnostics for `uri`.
  Json diagnostics_for(const std::string& uri,
                       std::chrono::milliseconds timeout = std::chrono::seconds(10));
  /// Closes the server's input and returns its exit code.
  int finish(std::chrono::milliseconds timeout = std::chrono::seconds(10));

 private:
  bool read_some(std::chrono::steady_clock::time_point deadline);
  bool take_frame(Json& out);

  pid_t pid_ = -1;
  int to_server_ = -1;
  int from_server_ = -1;
  int next_id_ = 1;
  std::string buffer_;
  std::vector<Json> kept_;
};

}  // namespace presscheck::testing_support
