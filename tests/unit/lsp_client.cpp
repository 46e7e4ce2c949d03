#include "lsp_client.hpp"

#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <thread>

namespace presscheck::testing_support {
namespace {

using Clock = std::chrono::steady_clock;

int remaining_ms(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return static_cast<int>(std::max<long long>(0, left.count()));
}

}  // namespace

LspClient::LspClient(const std::string& folder) {
  // A server that dies must fail the test, not kill it with SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  int in[2];
  int out[2];
  if (pipe(in) != 0 || pipe(out) != 0)
    throw std::runtime_error("pipe failed");
  pid_ = fork();
  if (pid_ == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    close(in[1]);
    close(out[0]);
    if (chdir(folder.c_str()) != 0)
      _exit(127);
    execl(PRESSCHECK_BINARY, "presscheck", "lsp", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  to_server_ = in[1];
  from_server_ = out[0];
}

LspClient::~LspClient() {
  if (to_server_ >= 0)
    close(to_server_);
  if (from_server_ >= 0)
    close(from_server_);
  if (pid_ > 0) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
  }
}

void LspClient::send_raw(const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write(to_server_, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ADD_FAILURE() << "the server stopped reading";
      return;
    }
    done += static_cast<std::size_t>(n);
  }
}

void LspClient::send(const Json& message) {
  const std::string body = message.dump();
  send_raw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

void LspClient::notify(const std::string& method, const Json& params) {
  send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

LspClient::Json LspClient::request(const std::string& method, const Json& params,
                                   std::chrono::milliseconds timeout) {
  const int id = next_id_++;
  send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
  return wait_for(
      [&](const Json& m) { return m.contains("id") && m["id"] == id && !m.contains("method"); },
      timeout);
}

bool LspClient::take_frame(Json& out) {
  const auto end = buffer_.find("\r\n\r\n");
  if (end == std::string::npos)
    return false;
  const auto at = buffer_.find("Content-Length: ");
  if (at == std::string::npos || at > end)
    throw std::runtime_error("a frame without Content-Length: " + buffer_.substr(0, end));
  const std::size_t length = std::stoul(buffer_.substr(at + 16, end - at - 16));
  if (buffer_.size() < end + 4 + length)
    return false;
  out = Json::parse(buffer_.substr(end + 4, length));
  buffer_.erase(0, end + 4 + length);
  return true;
}

bool LspClient::read_some(Clock::time_point deadline) {
  pollfd fd{from_server_, POLLIN, 0};
  if (poll(&fd, 1, remaining_ms(deadline)) <= 0)
    return false;
  char chunk[65536];
  const ssize_t n = read(from_server_, chunk, sizeof chunk);
  if (n <= 0)
    return false;
  buffer_.append(chunk, static_cast<std::size_t>(n));
  return true;
}

LspClient::Json LspClient::wait_for(const std::function<bool(const Json&)>& accept,
                                    std::chrono::milliseconds timeout) {
  for (auto it = kept_.begin(); it != kept_.end(); ++it) {
    if (accept(*it)) {
      Json found = std::move(*it);
      kept_.erase(it);
      return found;
    }
  }
  const auto deadline = Clock::now() + timeout;
  for (;;) {
    Json message;
    while (take_frame(message)) {
      if (accept(message))
        return message;
      kept_.push_back(std::move(message));
    }
    if (!read_some(deadline)) {
      ADD_FAILURE() << "no awaited message from the server within " << timeout.count()
                    << " ms; it sent " << kept_.size() << " others, the last: "
                    << (kept_.empty() ? std::string("none") : kept_.back().dump());
      return Json();
    }
  }
}

LspClient::Json LspClient::diagnostics_for(const std::string& uri,
                                           std::chrono::milliseconds timeout) {
  return wait_for(
      [&](const Json& m) {
        return m.value("method", "") == "textDocument/publishDiagnostics" &&
               m["params"]["uri"] == uri;
      },
      timeout);
}

int LspClient::finish(std::chrono::milliseconds timeout) {
  close(to_server_);
  to_server_ = -1;
  const auto deadline = Clock::now() + timeout;
  while (Clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ADD_FAILURE() << "the server did not end within " << timeout.count() << " ms";
  return -1;
}

}  // namespace presscheck::testing_support
