#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "serve/desk_operations.hpp"

namespace presscheck {

/// Where and how the desk listens.
struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8765;  // 0 picks a free port
  /// Larger request bodies are refused with 413; a draft is at most 16 MiB for lint too.
  std::size_t max_body = std::size_t{16} << 20;
};

/// The local web desk: the embedded page and the JSON API over the operations it is given.
class DeskServer {
 public:
  DeskServer(DeskOperations operations, ServeOptions options);
  ~DeskServer();
  DeskServer(const DeskServer&) = delete;
  DeskServer& operator=(const DeskServer&) = delete;

  /// Binds the address; returns the port listened on. Throws UserError when it cannot.
  int bind();
  /// Answers requests until stop() is called (from another thread or a signal handler's
  /// thread); bind() first.
  void serve();
  void stop();
  /// The page's address, such as http://127.0.0.1:8765/.
  std::string url() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace presscheck
