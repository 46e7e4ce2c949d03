#include "lsp/lint_scheduler.hpp"

#include <algorithm>

namespace presscheck::lsp {

LintScheduler::LintScheduler(Job job) : job_(std::move(job)), worker_([this] { work(); }) {}

LintScheduler::~LintScheduler() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void LintScheduler::schedule(const std::string& uri, std::chrono::milliseconds delay) {
  {
    const std::lock_guard lock(mutex_);
    pending_[uri] = Clock::now() + delay;
  }
  wake_.notify_all();
}

void LintScheduler::cancel(const std::string& uri) {
  const std::lock_guard lock(mutex_);
  pending_.erase(uri);
}

void LintScheduler::drain() {
  std::unique_lock lock(mutex_);
  for (auto& [uri, due] : pending_)
    due = Clock::now();
  wake_.notify_all();
  idle_.wait(lock, [&] { return pending_.empty() && !busy_; });
}

void LintScheduler::run_between(const std::function<void()>& task) {
  std::unique_lock lock(mutex_);
  idle_.wait(lock, [&] { return !task_; });
  task_ = task;
  wake_.notify_all();
  idle_.wait(lock, [&] { return !task_; });
}

void LintScheduler::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    if (stopping_)
      return;
    if (task_) {
      busy_ = true;
      lock.unlock();
      task_();
      lock.lock();
      task_ = nullptr;
      busy_ = false;
      idle_.notify_all();
      continue;
    }
    if (pending_.empty()) {
      idle_.notify_all();
      wake_.wait(lock);
      continue;
    }
    const auto next =
        std::min_element(pending_.begin(), pending_.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    if (next->second > Clock::now()) {
      wake_.wait_until(lock, next->second);
      continue;
    }
    const std::string uri = next->first;
    pending_.erase(next);
    busy_ = true;
    lock.unlock();
    job_(uri);
    lock.lock();
    busy_ = false;
    if (pending_.empty())
      idle_.notify_all();
  }
}

}  // namespace presscheck::lsp
