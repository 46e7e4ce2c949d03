#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace presscheck::lsp {

/// Runs the lints of open documents on one worker thread, so that reading the client's
/// messages never waits for a lint. A document scheduled again before its lint starts is
/// linted once, at the later time: a newer change replaces the older pending lint. (A lint
/// already running is not interrupted; its findings are dropped if the text changed
/// meanwhile, see DocumentStore::store_findings.)
class LintScheduler {
 public:
  using Clock = std::chrono::steady_clock;
  using Job = std::function<void(const std::string& uri)>;

  explicit LintScheduler(Job job);
  ~LintScheduler();
  LintScheduler(const LintScheduler&) = delete;
  LintScheduler& operator=(const LintScheduler&) = delete;

  /// Lints `uri` after `delay`, replacing a lint of it still pending.
  void schedule(const std::string& uri, std::chrono::milliseconds delay);
  /// Forgets a pending lint of `uri`.
  void cancel(const std::string& uri);
  /// Runs every pending lint now and returns once none is pending or running.
  void drain();
  /// Runs `task` on the worker, between lints, and waits for it.
  void run_between(const std::function<void()>& task);

 private:
  void work();

  Job job_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::map<std::string, Clock::time_point> pending_;
  std::function<void()> task_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace presscheck::lsp
