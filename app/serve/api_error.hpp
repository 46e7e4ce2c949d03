#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace presscheck {

/// A request the API refuses: the HTTP status to answer and a message saying what to change.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

/// The body of every error answer: {"error":{"status":400,"message":"…"}} and a line break.
std::string error_json(int status, std::string_view message);

/// What an error answer says when nothing more precise is known: "not found", etc.
std::string_view status_message(int status);

}  // namespace presscheck
