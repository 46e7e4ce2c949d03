#include <gtest/gtest.h>
#include <httplib.h>
#include <memory>
#include <thread>

#include "core/error.hpp"
#include "run_binary.hpp"
#include "serve/desk_backend.hpp"
#include "serve/desk_server.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using testing_support::read_file;
using testing_support::run_presscheck;

constexpr std::size_t kTestBodyLimit = 64 * 1024;
const char* const kGrok = "samples/fr/grok-titre-nie-la-citation.md";

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\')
      out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

/// One desk on the real pipelines, on a free port of 127.0.0.1, for the whole suite.
class ServeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ServeOptions options;
    options.port = 0;
    options.max_body = kTestBodyLimit;
    server_ = std::make_unique<DeskServer>(desk_operations(""), options);
    port_ = server_->bind();
    thread_ = std::make_unique<std::thread>([] { server_->serve(); });
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    thread_.reset();
    server_.reset();
  }

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30);
    return client;
  }
  httplib::Result post(const std::string& path, const std::string& body,
                       const httplib::Headers& headers = {},
                       const char* type = "application/json") const {
    return client().Post(path.c_str(), headers, body, type);
  }
  std::string own(const std::string& host = "127.0.0.1") const {
    return host + ":" + std::to_string(port_);
  }

  static std::unique_ptr<DeskServer> server_;
  static std::unique_ptr<std::thread> thread_;
  static int port_;
};

std::unique_ptr<DeskServer> ServeApi::server_;
std::unique_ptr<std::thread> ServeApi::thread_;
int ServeApi::port_ = 0;

TEST_F(ServeApi, LintAnswersWhatLintJsonPrints) {
  const std::string draft = read_file(kGrok);
  const auto res =
      post("/api/lint", "{\"text\": " + json_string(draft) + ", \"filename\": \"" + kGrok + "\"}");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(res->body, run_presscheck(std::string("lint --format json ") + kGrok).out);
  EXPECT_NE(res->body.find("\"rule\":\"headline.negated-quote\""), std::string::npos);
}

TEST_F(ServeApi, LintTakesTheFormatFromTheFileNameAndADroppedFileAsBytes) {
  const std::string html = "<html><head><title>Titre</title></head><body><p>Corps.</p></body>";
  const auto as_html =
      post("/api/lint", "{\"text\": " + json_string(html) + ", \"filename\": \"article.html\"}");
  ASSERT_TRUE(as_html);
  const std::string in = html;
  EXPECT_EQ(as_html->body,
            run_presscheck("lint --format json --stdin-filename article.html -", &in).out);
  // Latin-1 bytes cannot travel in JSON; sent as they are, they get lint's finding.
  const auto latin1 = post("/api/lint?filename=vieux.txt", "Le caf\xe9 de la gare.\n", {},
                           "application/octet-stream");
  ASSERT_TRUE(latin1);
  EXPECT_EQ(latin1->status, 200);
  EXPECT_NE(latin1->body.find("\"path\":\"vieux.txt\",\"rule\":\"input.invalid-utf8\""),
            std::string::npos)
      << latin1->body;
}

TEST_F(ServeApi, LintChecksAtTheDateAndInTheLanguageGiven) {
  const auto res = post("/api/draft", "{\"text\": " + json_string(read_file(kGrok)) +
                                          ", \"filename\": \"a.md\", \"date\": \"2024-03\"}");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"view\":{\"lang\":\"fr\",\"date\":\"2024-03\",\"dated\":true,"
                           "\"parts\":[{\"part\":\"headline\",\"line\":2,\"column\":9,"
                           "\"end_line\":2,\"end_column\":93},{\"part\":\"standfirst\",\"line\":3,"
                           "\"column\":14,\"end_line\":3,\"end_column\":118},{\"part\":\"body\","
                           "\"line\":8,\"column\":1,\"end_line\":8,\"end_column\":203}"),
            std::string::npos)
      << res->body;
  EXPECT_TRUE(res->body.starts_with("{\"lint\":{\"version\":1,"));
  const auto bad = post("/api/lint", R"({"text": "x", "date": "hier"})");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(bad->body,
            "{\"error\":{\"status\":400,\"message\":\"date: \\\"hier\\\" is not a date; write "
            "YYYY, YYYY-MM or YYYY-MM-DD\"}}\n");
}

TEST_F(ServeApi, AnEmptyDraftGetsLintsFinding) {
  const auto res = post("/api/lint", R"({"text": "", "filename": "vide.md", "lang": "fr"})");
  ASSERT_TRUE(res);
  const std::string in;
  EXPECT_EQ(res->body,
            run_presscheck("lint --format json --lang fr --stdin-filename vide.md -", &in).out);
  EXPECT_NE(
      res->body.find("\"rule\":\"input.no-headline\",\"severity\":\"warning\",\"line\":1,"
                     "\"column\":1,\"end_line\":1,\"end_column\":1,\"message\":\"le fichier est "
                     "vide\""),
      std::string::npos)
      << res->body;
}

TEST_F(ServeApi, VerifyAndLookupAnswerWhatTheCommandsPrint) {
  const auto verify = post(
      "/api/verify",
      R"({"sentence": "Thierry Breton est commissaire européen.", "date": "2023-03-01", "lang": "fr"})");
  ASSERT_TRUE(verify);
  EXPECT_EQ(verify->status, 200);
  EXPECT_EQ(verify->body, run_presscheck("verify --format json --date 2023-03-01 --lang fr "
                                         "'Thierry Breton est commissaire européen.'")
                              .out);
  EXPECT_NE(verify->body.find("\"verdict\":\"supported\""), std::string::npos) << verify->body;
  const auto lookup = client().Get("/api/lookup?q=Thierry%20Breton&as_of=2024-01-01&lang=fr");
  ASSERT_TRUE(lookup);
  EXPECT_EQ(lookup->status, 200);
  EXPECT_EQ(lookup->body,
            run_presscheck("lookup --format json --as-of 2024-01-01 --lang fr Thierry Breton").out);
}

TEST_F(ServeApi, ErrorsHaveTheirStatusAndAJsonMessage) {
  const auto bad_json = post("/api/verify", "{\"sentence\": ");
  ASSERT_TRUE(bad_json);
  EXPECT_EQ(bad_json->status, 400);
  EXPECT_EQ(bad_json->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const auto missing = client().Get("/api/nothing");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(missing->body,
            "{\"error\":{\"status\":404,\"message\":\"no such page or API "
            "route\"}}\n");
  const auto wrong_method = client().Get("/api/lint");
  ASSERT_TRUE(wrong_method);
  EXPECT_EQ(wrong_method->status, 405);
  EXPECT_EQ(wrong_method->get_header_value("Allow"), "POST");
  EXPECT_EQ(wrong_method->body,
            "{\"error\":{\"status\":405,\"message\":\"this route answers POST only\"}}\n");
  const auto form = post("/api/verify", "sentence=x", {}, "application/x-www-form-urlencoded");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 415);
  EXPECT_EQ(form->body,
            "{\"error\":{\"status\":415,\"message\":\"send a JSON body with "
            "Content-Type: application/json\"}}\n");
  const auto too_large = post("/api/lint", std::string(kTestBodyLimit + 1, ' '));
  ASSERT_TRUE(too_large);
  EXPECT_EQ(too_large->status, 413);
  EXPECT_EQ(too_large->body,
            "{\"error\":{\"status\":413,\"message\":\"request body too large\"}}\n");
  const auto no_words = client().Get("/api/lookup?q=");
  ASSERT_TRUE(no_words);
  EXPECT_EQ(no_words->status, 400);
}

TEST_F(ServeApi, RequestsFromElsewhereAreRefused) {
  const std::string body = R"({"text": "Titre\n\nCorps."})";
  const auto rebound = post("/api/lint", body, {{"Host", "evil.example:" + std::to_string(port_)}});
  ASSERT_TRUE(rebound);
  EXPECT_EQ(rebound->status, 403);
  EXPECT_EQ(
      rebound->body,
      "{\"error\":{\"status\":403,\"message\":\"Host \\\"evil.example:" + std::to_string(port_) +
          "\\\" is not this server's address; open the page at http://" + own() + "/\"}}\n");
  const auto page = client().Get("/", {{"Host", "evil.example"}});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 403);
  const auto cross = post("/api/lint", body, {{"Origin", "http://evil.example"}});
  ASSERT_TRUE(cross);
  EXPECT_EQ(cross->status, 403);
  const auto fetch = client().Get("/api/lookup?q=Breton", {{"Sec-Fetch-Site", "cross-site"}});
  ASSERT_TRUE(fetch);
  EXPECT_EQ(fetch->status, 403);
  const auto own_page =
      post("/api/lint", body,
           {{"Origin", "http://" + own("localhost")}, {"Sec-Fetch-Site", "same-origin"}});
  ASSERT_TRUE(own_page);
  EXPECT_EQ(own_page->status, 200);
}

TEST_F(ServeApi, ThePageIsEmbeddedAndLocksItselfDown) {
  const auto page = client().Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page->body, read_file("app/serve/assets/index.html"));
  EXPECT_EQ(page->get_header_value("Content-Security-Policy"),
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  const auto script = client().Get("/desk.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(script->body, read_file("app/serve/assets/desk.js"));
  // No path reaches the disk: only the embedded names answer.
  for (const char* path : {"/../CMakeLists.txt", "/%2e%2e/CMakeLists.txt", "/etc/passwd"}) {
    const auto res = client().Get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << path;
  }
}

TEST_F(ServeApi, HostileDraftTextComesBackAsJsonStrings) {
  const std::string draft =
      "---\ntitle: \"<script>alert(1)</script> \\\"><img src=x onerror=alert(2)>\"\n---\n\n"
      "[lien](javascript:alert(3)) « citation » a dit le ministre.\n";
  const auto res =
      post("/api/lint", "{\"text\": " + json_string(draft) + ", \"filename\": \"x.md\"}");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_NE(res->body.find(
                "\"headline\":\"<script>alert(1)</script> \\\"><img src=x onerror=alert(2)>\""),
            std::string::npos)
      << res->body;
}

TEST(ServeFacts, AFactSourceThatIsNotAWebAddressIsRefused) {
  testing_support::TempTree tree;
  tree.write("sources.jsonl",
             R"j({"type":"source","id":"s","url":"javascript:alert(1)","title":"t"})j"
             "\n");
  try {
    desk_operations(tree.path().string());
    FAIL() << "the base was opened";
  } catch (const UserError& error) {
    EXPECT_NE(std::string(error.what())
                  .find("sources.jsonl:1: field \"url\" must start with https:// or http://"),
              std::string::npos)
        << error.what();
  }
}

}  // namespace
}  // namespace presscheck
