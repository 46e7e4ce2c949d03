#pragma once

#include <functional>
#include <string>

#include "serve/api_requests.hpp"

namespace presscheck {

/// What the server can do, handed to it by the command that starts it, so that the HTTP
/// server knows HTTP and not the pipelines (desk_backend.cpp binds the real ones). Each
/// returns the JSON document to answer with, and throws UserError (answered with 400) or
/// ApiError for a request it cannot serve.
struct DeskOperations {
  /// The document `lint --format json` prints for the draft.
  std::function<std::string(const LintRequest&)> lint;
  /// The page's view of a draft: {"lint": <lint's document>, "view": {lang, date, parts}}.
  std::function<std::string(const LintRequest&)> draft;
  /// The document `verify --format json` prints for the sentence.
  std::function<std::string(const VerifyRequest&)> verify;
  /// The document `lookup --format json` prints for the query.
  std::function<std::string(const LookupRequest&)> lookup;
};

}  // namespace presscheck
