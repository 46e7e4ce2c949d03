#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace presscheck {

/// Query-string or form parameters, as the HTTP library hands them over.
using QueryParams = std::multimap<std::string, std::string>;

/// A draft to check, as POST /api/lint and /api/draft receive it.
struct LintRequest {
  std::string text;                  // the draft as a file would hold it
  std::string filename = "<stdin>";  // gives the format and the path in findings
  std::string lang;                  // "", "fr" or "en": the language to check it in
  std::string date;                  // "" or YYYY[-MM[-DD]]: the date to check it at
};

/// A sentence to weigh, as POST /api/verify receives it.
struct VerifyRequest {
  std::string sentence;
  std::string date;  // "" for today
  std::string lang;  // "" to detect it
};

/// A search of the fact base, as GET /api/lookup receives it.
struct LookupRequest {
  std::string query;
  std::string as_of;  // "" for today
  std::string lang;   // "" for English answers
  std::size_t limit = 5;
};

/// The JSON body {"text": "…", "filename": "…", "lang": "…", "date": "…"}; only "text" is
/// required. Throws ApiError (400) naming the field that is wrong.
LintRequest lint_request_from_json(std::string_view body);

/// A draft sent as raw bytes (a dropped file, any encoding), its fields in the query string.
LintRequest lint_request_from_bytes(std::string body, const QueryParams& params);

/// The JSON body {"sentence": "…", "date": "…", "lang": "…"}; only "sentence" is required.
VerifyRequest verify_request_from_json(std::string_view body);

/// The query string q=…&as_of=…&lang=…&limit=…; only q is required.
LookupRequest lookup_request_from_params(const QueryParams& params);

}  // namespace presscheck
