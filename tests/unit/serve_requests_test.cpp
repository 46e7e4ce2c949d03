#include <gtest/gtest.h>

#include "serve/api_error.hpp"
#include "serve/api_requests.hpp"
#include "serve/request_guard.hpp"

namespace presscheck {
namespace {

// The message an ApiError carries, and its status, or "no error".
std::string refusal_of(const std::function<void()>& parse, int* status = nullptr) {
  try {
    parse();
  } catch (const ApiError& error) {
    if (status != nullptr)
      *status = error.status();
    return error.what();
  }
  return "no error";
}

TEST(ServeGuard, AcceptsTheServersOwnHostsAndOrigins) {
  const RequestGuard guard("127.0.0.1", 8765);
  EXPECT_EQ(guard.hosts(),
            (std::vector<std::string>{"127.0.0.1:8765", "localhost:8765", "[::1]:8765"}));
  EXPECT_EQ(guard.refusal("127.0.0.1:8765", std::nullopt, std::nullopt), std::nullopt);
  EXPECT_EQ(guard.refusal("LocalHost:8765", "http://localhost:8765", "same-origin"), std::nullopt);
  EXPECT_EQ(guard.refusal("[::1]:8765", "http://127.0.0.1:8765", "none"), std::nullopt);
}

TEST(ServeGuard, RefusesARebindingHostAndAForeignOrigin) {
  const RequestGuard guard("127.0.0.1", 8765);
  EXPECT_EQ(guard.refusal("evil.example:8765", std::nullopt, std::nullopt),
            "Host \"evil.example:8765\" is not this server's address; open the page at "
            "http://127.0.0.1:8765/");
  EXPECT_EQ(guard.refusal("127.0.0.1:9999", std::nullopt, std::nullopt),
            "Host \"127.0.0.1:9999\" is not this server's address; open the page at "
            "http://127.0.0.1:8765/");
  EXPECT_EQ(guard.refusal(std::nullopt, std::nullopt, std::nullopt),
            "the request has no Host header");
  EXPECT_EQ(guard.refusal("127.0.0.1:8765", "http://evil.example", std::nullopt),
            "Origin \"http://evil.example\" is not this server's page");
  EXPECT_EQ(guard.refusal("127.0.0.1:8765", "null", std::nullopt),
            "Origin \"null\" is not this server's page");
  // Another local server is the same site to a browser, but not the same origin.
  EXPECT_EQ(guard.refusal("127.0.0.1:8765", "http://127.0.0.1:3000", std::nullopt),
            "Origin \"http://127.0.0.1:3000\" is not this server's page");
  EXPECT_EQ(guard.refusal("127.0.0.1:8765", std::nullopt, "same-site"),
            "a same-site request from another page is refused");
  EXPECT_EQ(guard.refusal("127.0.0.1:8765", std::nullopt, "cross-site"),
            "a cross-site request from another page is refused");
}

TEST(ServeGuard, AnotherHostIsAcceptedOnlyWhenGiven) {
  const RequestGuard guard("192.168.1.20", 80);
  EXPECT_EQ(guard.hosts().front(), "192.168.1.20:80");
  EXPECT_EQ(guard.refusal("192.168.1.20:80", "http://192.168.1.20:80", std::nullopt), std::nullopt);
  const RequestGuard ipv6("::1", 8000);
  EXPECT_EQ(ipv6.hosts(),
            (std::vector<std::string>{"[::1]:8000", "127.0.0.1:8000", "localhost:8000"}));
}

TEST(ServeRequests, ReadsALintRequest) {
  const LintRequest request = lint_request_from_json(
      R"({"text": "# Titre\n\nCorps.", "filename": "brouillon.md", "lang": "fr", "date": "2026-01-05"})");
  EXPECT_EQ(request.text, "# Titre\n\nCorps.");
  EXPECT_EQ(request.filename, "brouillon.md");
  EXPECT_EQ(request.lang, "fr");
  EXPECT_EQ(request.date, "2026-01-05");
  EXPECT_EQ(lint_request_from_json(R"({"text": ""})").filename, "<stdin>");
}

TEST(ServeRequests, NamesWhatIsWrongInARequest) {
  int status = 0;
  EXPECT_EQ(refusal_of([] { lint_request_from_json("{\"text\": "); }, &status),
            "invalid JSON at line 1, column 9: JSON document ended early in the middle of an "
            "object or array");
  EXPECT_EQ(status, 400);
  EXPECT_EQ(refusal_of([] { lint_request_from_json("[1]"); }),
            "the body must be a JSON object, not an array");
  EXPECT_EQ(refusal_of([] { lint_request_from_json(R"({"filename": "a.md"})"); }),
            "the field \"text\" is required");
  EXPECT_EQ(refusal_of([] { lint_request_from_json(R"({"text": 3})"); }),
            "\"text\" must be a string, not a number");
  EXPECT_EQ(refusal_of([] { lint_request_from_json(R"({"text": "", "lnag": "fr"})"); }),
            "unknown field \"lnag\"; the fields are \"text\", \"filename\", \"lang\", \"date\"");
  EXPECT_EQ(refusal_of([] { lint_request_from_json(R"({"text": "", "lang": "de"})"); }),
            "lang: \"de\" is not fr or en");
  EXPECT_EQ(refusal_of([] { lint_request_from_json(R"({"text": "", "filename": ""})"); }),
            "filename: empty; give the draft's name, such as draft.md");
  EXPECT_EQ(refusal_of([] { verify_request_from_json(R"({"date": "2024"})"); }),
            "the field \"sentence\" is required");
}

TEST(ServeRequests, ReadsLookupParameters) {
  const LookupRequest request =
      lookup_request_from_params({{"q", "Thierry Breton"}, {"as_of", "2024"}, {"limit", "3"}});
  EXPECT_EQ(request.query, "Thierry Breton");
  EXPECT_EQ(request.as_of, "2024");
  EXPECT_EQ(request.limit, 3u);
  EXPECT_EQ(refusal_of([] {
              lookup_request_from_params({{"q", "  "}});
            }),
            "the parameter q is required: the words to look for");
  EXPECT_EQ(refusal_of([] {
              lookup_request_from_params({{"q", "a"}, {"limit", "0"}});
            }),
            "limit: \"0\" is not a whole number from 1 to 100");
  EXPECT_EQ(refusal_of([] {
              lookup_request_from_params({{"q", "a"}, {"query", "b"}});
            }),
            "unknown parameter \"query\"");
  EXPECT_EQ(refusal_of([] {
              lookup_request_from_params({{"q", "a"}, {"q", "b"}});
            }),
            "the parameter \"q\" is given twice");
  EXPECT_EQ(refusal_of([] {
              lookup_request_from_params({{"q", "caf\xe9"}});
            }),
            "the parameter \"q\" is not UTF-8 text");
}

TEST(ServeRequests, ErrorsAreJson) {
  EXPECT_EQ(error_json(404, "no page /x"),
            "{\"error\":{\"status\":404,\"message\":\"no page /x\"}}\n");
  // A message cut inside a character still makes valid JSON.
  EXPECT_EQ(error_json(400, "caf\xc3"),
            "{\"error\":{\"status\":400,\"message\":\"caf\\\\xc3\"}}\n");
}

}  // namespace
}  // namespace presscheck
