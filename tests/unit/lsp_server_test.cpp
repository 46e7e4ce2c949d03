// `presscheck lsp` driven over pipes as an editor drives it: every method it serves, the
// findings of `lint` for the same text, quick fixes, hover, settings, and a JSON-RPC error
// for each kind of malformed message.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "lsp_client.hpp"
#include "run_binary.hpp"
#include "temp_tree.hpp"

namespace presscheck {
namespace {

using Json = nlohmann::json;
using testing_support::LspClient;
using testing_support::read_file;
using testing_support::run_in;
using testing_support::TempTree;

std::string sample(const std::string& name) {
  return read_file(PRESSCHECK_SOURCE_DIR "/samples/" + name);
}

Json initialize(LspClient& client, const Json& capabilities = Json::object(),
                const Json& options = nullptr) {
  Json params = {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", capabilities}};
  if (!options.is_null())
    params["initializationOptions"] = options;
  const Json response = client.request("initialize", params);
  client.notify("initialized", Json::object());
  return response;
}

void open(LspClient& client, const std::string& uri, const std::string& text,
          const std::string& language = "markdown") {
  client.notify(
      "textDocument/didOpen",
      {{"textDocument", {{"uri", uri}, {"languageId", language}, {"version", 1}, {"text", text}}}});
}

Json range(int line, int character, int end_line, int end_character) {
  return {{"start", {{"line", line}, {"character", character}}},
          {"end", {{"line", end_line}, {"character", end_character}}}};
}

// The diagnostic of `rule` starting on `line` (0-based), or null.
Json find(const Json& publish, const std::string& rule, int line) {
  for (const Json& d : publish["params"]["diagnostics"]) {
    if (d["code"] == rule && d["range"]["start"]["line"] == line)
      return d;
  }
  return nullptr;
}

// "rule line message" of findings, from LSP diagnostics or from `lint --format json`.
std::multiset<std::string> lsp_findings(const Json& publish) {
  std::multiset<std::string> out;
  for (const Json& d : publish["params"]["diagnostics"]) {
    out.insert(d["code"].get<std::string>() + " " +
               std::to_string(d["range"]["start"]["line"].get<int>() + 1) + " " +
               d["message"].get<std::string>());
  }
  return out;
}

std::multiset<std::string> lint_findings(const std::string& json) {
  std::multiset<std::string> out;
  const Json report = Json::parse(json);
  for (const Json& d : report["diagnostics"]) {
    out.insert(d["rule"].get<std::string>() + " " + std::to_string(d["line"].get<int>()) + " " +
               d["message"].get<std::string>());
  }
  return out;
}

class LspServer : public testing::Test {
 protected:
  TempTree tree_;
  std::string path_ = tree_.write("amende.md", sample("fr/amende-x-base-de-faits.md"));
  std::string uri_ = "file://" + path_;
};

TEST_F(LspServer, InitializeAnnouncesItsCapabilitiesInUtf16ByDefault) {
  LspClient client(tree_.path().string());
  const Json response = initialize(client);
  EXPECT_EQ(response["result"]["capabilities"], Json::parse(R"({"positionEncoding":"utf-16",
                "textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},
                "codeActionProvider":{"codeActionKinds":["quickfix"]},"hoverProvider":true})"));
  EXPECT_EQ(response["result"]["serverInfo"]["name"], "presscheck");
  EXPECT_EQ(client.request("shutdown", nullptr)["result"], nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspServer, OpenPublishesTheFindingsOfLintWithEvidenceAndRuleLinks) {
  LspClient client(tree_.path().string());
  initialize(client);
  open(client, uri_, sample("fr/amende-x-base-de-faits.md"));
  const Json publish = client.diagnostics_for(uri_);
  EXPECT_EQ(publish["params"]["version"], 1);
  const auto lint = run_in(tree_.path(), "lint --format json amende.md");
  EXPECT_EQ(lsp_findings(publish), lint_findings(lint.out));
  // « Le commissaire européen »: 23 UTF-16 units on line 10.
  const Json title = find(publish, "fact.outdated-title", 9);
  ASSERT_FALSE(title.is_null()) << publish.dump();
  EXPECT_EQ(title["range"], range(9, 0, 9, 23));
  EXPECT_EQ(title["severity"], 1);
  EXPECT_EQ(title["source"], "presscheck");
  EXPECT_EQ(title["codeDescription"]["href"],
            "https://github.com/presscheck/presscheck/blob/main/docs/rules/"
            "fact.outdated-title.md");
  EXPECT_EQ(title["relatedInformation"],
            Json::array({{{"location", {{"uri", uri_}, {"range", range(9, 0, 9, 23)}}},
                          {"message",
                           "fait breton-european-commissioner-2019 = commissaire européen "
                           "[2019-12-01 → 2024-09-16] ; source : "
                           "https://ec.europa.eu/commission/commissioners/2019-2024/breton_en"}}}));
  client.request("shutdown", nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspServer, CodeActionHoverChangeSaveAndClose) {
  LspClient client(tree_.path().string());
  initialize(client);
  open(client, uri_, sample("fr/amende-x-base-de-faits.md"));
  const std::size_t before = lsp_findings(client.diagnostics_for(uri_)).size();
  const Json params = {{"textDocument", {{"uri", uri_}}},
                       {"range", range(9, 3, 9, 3)},
                       {"context", {{"diagnostics", Json::array()}}}};
  const Json actions = client.request("textDocument/codeAction", params)["result"];
  ASSERT_EQ(actions.size(), 1u) << actions.dump();
  EXPECT_EQ(actions[0]["title"], "Écrire « L'ancien commissaire européen »");
  EXPECT_EQ(actions[0]["kind"], "quickfix");
  const Json edit = actions[0]["edit"]["changes"][uri_][0];
  EXPECT_EQ(edit,
            (Json{{"range", range(9, 0, 9, 23)}, {"newText", "L'ancien commissaire européen"}}));
  // A contradiction is offered nothing.
  const Json none = client.request("textDocument/codeAction",
                                   {{"textDocument", {{"uri", uri_}}},
                                    {"range", range(11, 50, 11, 50)},
                                    {"context", {{"diagnostics", Json::array()}}}})["result"];
  EXPECT_EQ(none, Json::array());

  const Json hover = client.request(
      "textDocument/hover",
      {{"textDocument", {{"uri", uri_}}}, {"position", {{"line", 9}, {"character", 5}}}})["result"];
  EXPECT_EQ(hover["range"], range(9, 0, 9, 23));
  const std::string text = hover["contents"]["value"];
  EXPECT_EQ(hover["contents"]["kind"], "markdown");
  EXPECT_NE(text.find("fait breton-european-commissioner-2019 = commissaire européen"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Écrire plutôt « L'ancien commissaire européen »"), std::string::npos);
  EXPECT_EQ(client.request("textDocument/hover",
                           {{"textDocument", {{"uri", uri_}}},
                            {"position", {{"line", 0}, {"character", 0}}}})["result"],
            nullptr);

  // The editor applies the fix as an incremental change: that finding goes, the others stay.
  client.notify(
      "textDocument/didChange",
      {{"textDocument", {{"uri", uri_}, {"version", 2}}},
       {"contentChanges", Json::array({{{"range", edit["range"]}, {"text", edit["newText"]}}})}});
  const Json changed = client.diagnostics_for(uri_);
  EXPECT_EQ(changed["params"]["version"], 2);
  EXPECT_TRUE(find(changed, "fact.outdated-title", 9)["range"] != range(9, 0, 9, 23));
  EXPECT_EQ(lsp_findings(changed).size(), before - 1);
  // Nothing to fix any more there, and hovers follow the new text.
  EXPECT_EQ(client.request("textDocument/codeAction", params)["result"], Json::array());

  client.notify("textDocument/didSave", {{"textDocument", {{"uri", uri_}}}});
  EXPECT_EQ(lsp_findings(client.diagnostics_for(uri_)).size(), before - 1);
  client.notify("textDocument/didClose", {{"textDocument", {{"uri", uri_}}}});
  EXPECT_EQ(client.diagnostics_for(uri_)["params"]["diagnostics"], Json::array());
  client.request("shutdown", nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspServer, SettingsComeFromInitializationOptionsAndConfigurationChanges) {
  const std::string path =
      tree_.write("seine.md", sample("fr/amende-seine-chiffres-divergents.md"));
  const std::string uri = "file://" + path;
  LspClient client(tree_.path().string());
  initialize(client, Json::object(), {{"minSeverity", "error"}});
  open(client, uri, sample("fr/amende-seine-chiffres-divergents.md"));
  // The misspelt name is a warning: hidden under minSeverity "error".
  EXPECT_TRUE(find(client.diagnostics_for(uri), "fact.name-spelling", 2).is_null());
  client.notify("workspace/didChangeConfiguration",
                {{"settings", {{"presscheck", {{"minSeverity", "info"}}}}}});
  const Json shown = find(client.diagnostics_for(uri), "fact.name-spelling", 2);
  ASSERT_FALSE(shown.is_null());
  EXPECT_EQ(shown["severity"], 2);
  // Without the fact base, no finding rests on it.
  client.notify("workspace/didChangeConfiguration", {{"settings", {{"noFacts", true}}}});
  EXPECT_TRUE(find(client.diagnostics_for(uri), "fact.name-spelling", 2).is_null());
  // A bad value is refused and logged; the server goes on.
  client.notify("workspace/didChangeConfiguration", {{"settings", {{"lang", "de"}}}});
  const Json logged =
      client.wait_for([](const Json& m) { return m.value("method", "") == "window/logMessage"; });
  EXPECT_EQ(logged["params"]["message"],
            "presscheck: workspace/didChangeConfiguration: invalid params: setting `lang` is "
            "\"de\"; use \"fr\" or \"en\"");
  EXPECT_EQ(client.request("initialize", Json::object())["error"]["code"], -32600);
  client.request("shutdown", nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspServer, Utf8PositionsWhenTheClientOffersThem) {
  LspClient client(tree_.path().string());
  const Json response =
      initialize(client, {{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}});
  EXPECT_EQ(response["result"]["capabilities"]["positionEncoding"], "utf-8");
  open(client, uri_, sample("fr/amende-x-base-de-faits.md"));
  // « Le commissaire européen » is 24 bytes.
  EXPECT_EQ(find(client.diagnostics_for(uri_), "fact.outdated-title", 9)["range"],
            range(9, 0, 9, 24));
  client.request("shutdown", nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 0);
}

TEST_F(LspServer, MalformedMessagesGetJsonRpcErrorsAndTheServerGoesOn) {
  LspClient client(tree_.path().string());
  const Json early = client.request("textDocument/hover", Json::object());
  EXPECT_EQ(early["error"]["code"], -32002);
  initialize(client);
  auto error_code = [&](const std::string& body) {
    client.send_raw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
    return client.wait_for([](const Json& m) { return m.contains("error"); })["error"]["code"];
  };
  EXPECT_EQ(error_code("{not json"), -32700);
  EXPECT_EQ(error_code(R"({"id":1,"method":"shutdown"})"), -32600);         // no "jsonrpc"
  EXPECT_EQ(error_code(R"({"jsonrpc":"2.0","id":2,"method":7})"), -32600);  // method not text
  EXPECT_EQ(error_code(R"([{"jsonrpc":"2.0","id":3,"method":"shutdown"}])"), -32600);  // batch
  EXPECT_EQ(error_code(R"({"jsonrpc":"2.0","id":4,"method":"textDocument/rename"})"), -32601);
  EXPECT_EQ(error_code(R"({"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{}})"),
            -32602);
  EXPECT_EQ(error_code(R"({"jsonrpc":"2.0","id":6,"method":"textDocument/codeAction",)"
                       R"("params":{"textDocument":{"uri":"file:///x.md"},"range":{"start":)"
                       R"({"line":-1,"character":0},"end":{"line":0,"character":0}}}})"),
            -32602);
  client.send_raw("Content-Type: text/plain\r\n\r\n");
  EXPECT_EQ(client.wait_for([](const Json& m) { return m.contains("error"); })["error"]["code"],
            -32700);
  // A notification with bad params is logged, and a document with a bad change keeps its text.
  open(client, uri_, "# Titre\n\nUn texte.\n");
  client.diagnostics_for(uri_);
  client.notify("textDocument/didChange",
                {{"textDocument", {{"uri", uri_}, {"version", 2}}}, {"contentChanges", 3}});
  EXPECT_EQ(
      client.wait_for([](const Json& m) {
        return m.value("method", "") == "window/logMessage";
      })["params"]["message"],
      "presscheck: textDocument/didChange: invalid params: `contentChanges` must be an array");
  // Still serving: exit without shutdown ends with 1, as the protocol says.
  EXPECT_EQ(client.request("textDocument/hover",
                           {{"textDocument", {{"uri", uri_}}},
                            {"position", {{"line", 0}, {"character", 0}}}})["result"],
            nullptr);
  client.notify("exit", nullptr);
  EXPECT_EQ(client.finish(), 1);
}

}  // namespace
}  // namespace presscheck
