#include "lint/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace presscheck {
namespace {

constexpr int kBarWidth = 30;
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

bool in_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0';
}

}  // namespace

Progress::Progress(std::size_t total)
    : enabled_(total > kMinFiles && !in_ci() && isatty(fileno(stderr)) != 0),
      total_(total),
      start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (!enabled_)
    return;
  fmt::print(stderr, "\r\x1b[2K");  // leave the terminal as it was
  std::fflush(stderr);
}

void Progress::advance() {
  ++done_;
  if (!enabled_)
    return;
  const auto now = std::chrono::steady_clock::now();
  if (done_ < total_ && now - last_draw_ < kRedrawEvery)
    return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const int filled = static_cast<int>(kBarWidth * done_ / total_);
  const std::string bar = std::string(filled, '#') + std::string(kBarWidth - filled, '-');
  fmt::print(stderr, "\r[{}] {}/{} files, {:.0f} files/s", bar, done_, total_,
             seconds > 0 ? done_ / seconds : 0.0);
  std::fflush(stderr);
}

}  // namespace presscheck
