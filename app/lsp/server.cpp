#include "lsp/server.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "input/reader.hpp"
#include "lsp/findings.hpp"
#include "lsp/uri.hpp"

namespace presscheck::lsp {
namespace {

// LSP's MessageType.
constexpr int kMessageError = 1;
constexpr int kMessageLog = 4;

const Json& member(const Json& object, const char* key) {
  if (!object.is_object() || !object.contains(key))
    throw InvalidParams(fmt::format("`{}` is missing", key));
  return object[key];
}

const std::string& string_member(const Json& object, const char* key) {
  const Json& value = member(object, key);
  if (!value.is_string())
    throw InvalidParams(fmt::format("`{}` must be a string", key));
  return value.get_ref<const std::string&>();
}

const std::string& document_uri(const Json& params) {
  return string_member(member(params, "textDocument"), "uri");
}

LspPosition read_position(const Json& json) {
  const Json& line = member(json, "line");
  const Json& character = member(json, "character");
  if (!line.is_number_unsigned() || !character.is_number_unsigned())
    throw InvalidParams("a position needs unsigned `line` and `character`");
  return {line.get<std::size_t>(), character.get<std::size_t>()};
}

bool valid_id(const Json& id) {
  return id.is_string() || id.is_number_integer();
}

// The languages of the drafts presscheck reads, by LSP language id or by extension.
bool lintable(const std::string& language_id, const std::string& path) {
  if (language_id == "markdown" || language_id == "plaintext" || language_id == "text" ||
      language_id == "html")
    return true;
  const std::string extension = std::filesystem::path(path).extension().string();
  return extension == ".md" || extension == ".markdown" || extension == ".txt" ||
         extension == ".html" || extension == ".htm";
}

// The path a document is linted as: its file, or for an unsaved buffer what follows its
// URI's scheme; the extension its language id implies is added when the name tells no
// format.
std::string lint_path(const std::string& uri, const std::string& language_id) {
  std::string path = uri_to_path(uri).value_or(uri.substr(uri.find(':') + 1));
  if (format_for_path(path) == InputFormat::sniff) {
    if (language_id == "markdown")
      path += ".md";
    else if (language_id == "html")
      path += ".html";
    else if (language_id == "plaintext" || language_id == "text")
      path += ".txt";
  }
  return path;
}

std::filesystem::path root_of(const Json& params) {
  if (params.contains("rootUri") && params["rootUri"].is_string()) {
    if (auto path = uri_to_path(params["rootUri"].get<std::string>()))
      return *path;
  }
  if (params.contains("rootPath") && params["rootPath"].is_string())
    return params["rootPath"].get<std::string>();
  return {};
}

std::vector<std::string_view> offered_encodings(const Json& params) {
  std::vector<std::string_view> offered;
  const Json* general = nullptr;
  if (params.contains("capabilities") && params["capabilities"].is_object() &&
      params["capabilities"].contains("general"))
    general = &params["capabilities"]["general"];
  if (general == nullptr || !general->is_object() || !general->contains("positionEncodings") ||
      !(*general)["positionEncodings"].is_array())
    return offered;
  for (const Json& name : (*general)["positionEncodings"]) {
    if (name.is_string())
      offered.push_back(name.get_ref<const std::string&>());
  }
  return offered;
}

}  // namespace

Server::Server(std::istream& in, std::ostream& out, std::string version)
    : in_(in),
      writer_(out),
      version_(std::move(version)),
      scheduler_(
          std::make_unique<LintScheduler>([this](const std::string& uri) { lint_now(uri); })) {}

Server::~Server() = default;

int Server::run() {
  for (;;) {
    const Frame frame = read_frame(in_);
    if (frame.kind == Frame::Kind::end)
      break;
    if (frame.kind == Frame::Kind::bad_header) {
      writer_.respond_error(nullptr, ErrorCode::parse_error, frame.problem);
      continue;
    }
    if (handle_body(frame.body) == Next::stop)
      return shut_down_ ? 0 : 1;
  }
  scheduler_->drain();
  return 1;  // the input ended without `exit`
}

Server::Next Server::handle_body(const std::string& body) {
  Json message;
  try {
    message = Json::parse(body);
  } catch (const Json::parse_error& error) {
    writer_.respond_error(nullptr, ErrorCode::parse_error,
                          fmt::format("the message is not JSON: {}", error.what()));
    return Next::go_on;
  }
  return handle(message);
}

Server::Next Server::handle(const Json& message) {
  if (!message.is_object() || message.value("jsonrpc", Json()) != "2.0") {
    writer_.respond_error(nullptr, ErrorCode::invalid_request,
                          "a message must be a JSON-RPC 2.0 object (\"jsonrpc\": \"2.0\")");
    return Next::go_on;
  }
  const bool has_id = message.contains("id");
  const Json id = has_id ? message["id"] : Json();
  if (!message.contains("method")) {
    if (!has_id || !(message.contains("result") || message.contains("error")))
      writer_.respond_error(nullptr, ErrorCode::invalid_request, "a message needs a `method`");
    return Next::go_on;  // a response to a request of ours: none is awaited
  }
  if (!message["method"].is_string() || (has_id && !valid_id(id))) {
    writer_.respond_error(has_id && valid_id(id) ? id : Json(), ErrorCode::invalid_request,
                          "`method` must be a string and `id` a number or a string");
    return Next::go_on;
  }
  const std::string& method = message["method"].get_ref<const std::string&>();
  const Json params = message.value("params", Json::object());
  if (!has_id) {
    if (method == "exit")
      return Next::stop;
    notification(method, params);
    return Next::go_on;
  }
  try {
    writer_.respond(id, request(method, params));
  } catch (const InvalidParams& error) {
    writer_.respond_error(id, ErrorCode::invalid_params, error.what());
  } catch (const Json::exception& error) {
    writer_.respond_error(id, ErrorCode::invalid_params, error.what());
  } catch (const RequestError& error) {
    writer_.respond_error(id, error.code(), error.what());
  }
  return Next::go_on;
}

Json Server::request(const std::string& method, const Json& params) {
  if (method == "initialize")
    return initialize(params);
  if (!initialized_)
    throw RequestError(ErrorCode::server_not_initialized, "`initialize` comes first");
  if (shut_down_)
    throw RequestError(ErrorCode::invalid_request, "the server is shutting down");
  if (method == "shutdown") {
    scheduler_->drain();
    shut_down_ = true;
    return nullptr;
  }
  if (method == "textDocument/codeAction")
    return code_action(params);
  if (method == "textDocument/hover")
    return hover(params);
  throw RequestError(ErrorCode::method_not_found, fmt::format("no method `{}`", method));
}

void Server::notification(const std::string& method, const Json& params) {
  if (!initialized_ || shut_down_)
    return;  // the protocol drops notifications before `initialize` and after `shutdown`
  try {
    if (method == "textDocument/didOpen")
      did_open(params);
    else if (method == "textDocument/didChange")
      did_change(params);
    else if (method == "textDocument/didSave")
      did_save(params);
    else if (method == "textDocument/didClose")
      did_close(params);
    else if (method == "workspace/didChangeConfiguration")
      did_change_configuration(params);
    // `initialized`, `$/cancelRequest`, `$/setTrace` and the rest need nothing.
  } catch (const InvalidParams& error) {
    log(fmt::format("{}: invalid params: {}", method, error.what()));
  } catch (const Json::exception& error) {
    log(fmt::format("{}: invalid params: {}", method, error.what()));
  }
}

Json Server::initialize(const Json& params) {
  if (initialized_)
    throw RequestError(ErrorCode::invalid_request, "`initialize` was already sent");
  if (!params.is_object())
    throw InvalidParams("`params` must be an object");
  root_ = root_of(params);
  const ServerSettings settings =
      read_settings(params.value("initializationOptions", Json()), ServerSettings{}, root_);
  encoding_ = negotiate_encoding(offered_encodings(params));
  debounce_ = std::chrono::milliseconds(settings.debounce_ms);
  scheduler_->run_between([&] { engine_.configure(settings); });
  initialized_ = true;
  return {{"capabilities",
           {{"positionEncoding", encoding_name(encoding_)},
            {"textDocumentSync",
             {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"hoverProvider", true}}},
          {"serverInfo", {{"name", "presscheck"}, {"version", version_}}}};
}

void Server::did_open(const Json& params) {
  const Json& doc = member(params, "textDocument");
  const std::string& uri = string_member(doc, "uri");
  const Json& version = member(doc, "version");
  if (!version.is_number_integer())
    throw InvalidParams("`version` must be an integer");
  documents_.open(uri, doc.value("languageId", ""), string_member(doc, "text"),
                  version.get<std::int64_t>());
  scheduler_->schedule(uri, std::chrono::milliseconds(0));
}

void Server::did_change(const Json& params) {
  const std::string& uri = document_uri(params);
  const Json& version = member(member(params, "textDocument"), "version");
  if (!version.is_number_integer())
    throw InvalidParams("`version` must be an integer");
  if (documents_.change(uri, member(params, "contentChanges"), version.get<std::int64_t>(),
                        encoding_))
    scheduler_->schedule(uri, debounce_);
}

void Server::did_save(const Json& params) {
  scheduler_->schedule(document_uri(params), std::chrono::milliseconds(0));
}

void Server::did_close(const Json& params) {
  const std::string& uri = document_uri(params);
  scheduler_->cancel(uri);
  documents_.close(uri);
  writer_.notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", Json::array()}});
}

void Server::did_change_configuration(const Json& params) {
  const ServerSettings settings =
      read_settings(member(params, "settings"), engine_.settings(), root_);
  debounce_ = std::chrono::milliseconds(settings.debounce_ms);
  scheduler_->run_between([&] {
    engine_.configure(settings);
    shown_problems_.clear();
  });
  for (const std::string& uri : documents_.uris())
    scheduler_->schedule(uri, std::chrono::milliseconds(0));
}

Json Server::code_action(const Json& params) {
  const std::string& uri = document_uri(params);
  const Json& range = member(params, "range");
  const LspPosition start = read_position(member(range, "start"));
  const LspPosition end = read_position(member(range, "end"));
  const auto doc = documents_.get(uri);
  if (!doc || !doc->findings_current())
    return Json::array();
  const PositionMap map(doc->text, encoding_);
  return code_actions_json(doc->findings, map, uri, {map.offset(start), map.offset(end)});
}

Json Server::hover(const Json& params) {
  const std::string& uri = document_uri(params);
  const LspPosition position = read_position(member(params, "position"));
  const auto doc = documents_.get(uri);
  if (!doc || !doc->findings_current())
    return nullptr;
  const PositionMap map(doc->text, encoding_);
  return hover_json(doc->findings, map, map.offset(position));
}

void Server::lint_now(const std::string& uri) {
  const auto doc = documents_.get(uri);
  if (!doc)
    return;
  const std::string path = lint_path(uri, doc->language_id);
  EngineResult result;
  if (lintable(doc->language_id, path)) {
    try {
      result = engine_.lint(path, doc->text);
    } catch (const std::exception& error) {
      // A lint that fails is reported, never the end of the server.
      result.problems.push_back(fmt::format("{}: {}", path, error.what()));
    }
  }
  show_problems(result.problems);
  const PositionMap map(doc->text, encoding_);
  Json diagnostics = Json::array();
  for (const LocatedDiagnostic& finding : result.report.diagnostics)
    diagnostics.push_back(diagnostic_json(finding, map, uri));
  // A change since this lint began makes its findings stale: the next lint publishes.
  if (!documents_.store_findings(uri, doc->revision, std::move(result.report.diagnostics)))
    return;
  writer_.notify(
      "textDocument/publishDiagnostics",
      {{"uri", uri}, {"version", doc->version}, {"diagnostics", std::move(diagnostics)}});
}

void Server::show_problems(const std::vector<std::string>& problems) {
  for (const std::string& problem : problems) {
    if (!shown_problems_.insert(problem).second)
      continue;
    writer_.notify("window/showMessage",
                   {{"type", kMessageError}, {"message", "presscheck: " + problem}});
  }
}

void Server::log(const std::string& message) {
  writer_.notify("window/logMessage",
                 {{"type", kMessageLog}, {"message", "presscheck: " + message}});
}

}  // namespace presscheck::lsp
