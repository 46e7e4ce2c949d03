#include "serve/desk_server.hpp"

#include <fmt/format.h>
#include <httplib.h>
#include <algorithm>
#include <optional>

#include "core/error.hpp"
#include "serve/api_error.hpp"
#include "serve/embedded_assets.hpp"
#include "serve/request_guard.hpp"

namespace presscheck {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

// The page runs only its own script and styles and talks only to this server; nothing a
// draft holds can load, run or be framed, even if it slipped past the page's escaping.
httplib::Headers security_headers() {
  return {{"Content-Security-Policy",
           "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
          {"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "DENY"},
          {"Referrer-Policy", "no-referrer"},
          {"Cache-Control", "no-store"}};
}

void send_error(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(error_json(status, message), kJson);
}

std::optional<std::string> header(const httplib::Request& req, const char* name) {
  if (!req.has_header(name))
    return std::nullopt;
  return req.get_header_value(name);
}

// "application/json; charset=utf-8" -> "application/json".
std::string media_type(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  type.erase(std::remove_if(type.begin(), type.end(), [](unsigned char c) { return c == ' '; }),
             type.end());
  std::transform(type.begin(), type.end(), type.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return type;
}

std::string_view content_type_for(std::string_view name) {
  if (name.ends_with(".html"))
    return "text/html; charset=utf-8";
  if (name.ends_with(".css"))
    return "text/css; charset=utf-8";
  if (name.ends_with(".js"))
    return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg"))
    return "image/svg+xml";
  return "application/octet-stream";
}

// Runs one operation and answers with its document, or with the error it raised.
template <typename Operation>
void answer(httplib::Response& res, Operation&& operation) {
  try {
    res.set_content(operation(), kJson);
  } catch (const ApiError& error) {
    send_error(res, error.status(), error.what());
  } catch (const UserError& error) {
    send_error(res, 400, error.what());
  } catch (const std::exception& error) {
    send_error(res, 500, fmt::format("internal error: {}", error.what()));
  }
}

LintRequest lint_request(const httplib::Request& req) {
  const std::string type = media_type(req);
  if (type == "application/json")
    return lint_request_from_json(req.body);
  if (type == "application/octet-stream")
    return lint_request_from_bytes(req.body, req.params);
  throw ApiError(415,
                 "send the draft as application/json ({\"text\": …}) or as the file's "
                 "bytes with application/octet-stream");
}

void require_json(const httplib::Request& req) {
  if (media_type(req) != "application/json")
    throw ApiError(415, "send a JSON body with Content-Type: application/json");
}

}  // namespace

struct DeskServer::Impl {
  DeskOperations operations;
  ServeOptions options;
  httplib::Server server;
  std::optional<RequestGuard> guard;
  int port = 0;

  void add_routes();
  void add_api_route(const std::string& path, const char* method,
                     const httplib::Server::Handler& handler);
  httplib::Server::HandlerResponse check(const httplib::Request& req, httplib::Response& res);
};

void DeskServer::Impl::add_api_route(const std::string& path, const char* method,
                                     const httplib::Server::Handler& handler) {
  const std::string allowed = method;
  auto refuse = [allowed](const httplib::Request&, httplib::Response& res) {
    res.set_header("Allow", allowed);
    send_error(res, 405, fmt::format("this route answers {} only", allowed));
  };
  const bool get = allowed == "GET";
  server.Get(path, get ? handler : refuse);
  server.Post(path, get ? refuse : handler);
  server.Put(path, refuse);
  server.Patch(path, refuse);
  server.Delete(path, refuse);
  server.Options(path, refuse);
}

void DeskServer::Impl::add_routes() {
  add_api_route("/api/lint", "POST", [this](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] { return operations.lint(lint_request(req)); });
  });
  add_api_route("/api/draft", "POST", [this](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] { return operations.draft(lint_request(req)); });
  });
  add_api_route("/api/verify", "POST", [this](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] {
      require_json(req);
      return operations.verify(verify_request_from_json(req.body));
    });
  });
  add_api_route("/api/lookup", "GET", [this](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] { return operations.lookup(lookup_request_from_params(req.params)); });
  });
  server.Get(
      R"(/([a-z0-9_-]*(?:\.[a-z]+)?))", [](const httplib::Request& req, httplib::Response& res) {
        const std::string name = req.matches[1].str().empty() ? "index.html" : req.matches[1].str();
        for (const EmbeddedAsset& asset : embedded_assets()) {
          if (asset.name == name) {
            res.set_content(asset.bytes.data(), asset.bytes.size(),
                            std::string(content_type_for(name)));
            return;
          }
        }
        send_error(res, 404, fmt::format("no page /{}", name));
      });
}

httplib::Server::HandlerResponse DeskServer::Impl::check(const httplib::Request& req,
                                                         httplib::Response& res) {
  const bool api = req.path.starts_with("/api/");
  const auto refused = guard->refusal(header(req, "Host"), header(req, "Origin"),
                                      api ? header(req, "Sec-Fetch-Site") : std::nullopt);
  if (!refused)
    return httplib::Server::HandlerResponse::Unhandled;
  send_error(res, 403, *refused);
  return httplib::Server::HandlerResponse::Handled;
}

DeskServer::DeskServer(DeskOperations operations, ServeOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->operations = std::move(operations);
  impl_->options = std::move(options);
  httplib::Server& server = impl_->server;
  server.set_default_headers(security_headers());
  server.set_payload_max_length(impl_->options.max_body);
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    return impl_->check(req, res);
  });
  // The library's own refusals (unknown path, body too large) get the API's JSON shape;
  // answers that already carry a message keep it.
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty())
          return httplib::Server::HandlerResponse::Unhandled;
        send_error(res, res.status, status_message(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  impl_->add_routes();
}

DeskServer::~DeskServer() = default;

int DeskServer::bind() {
  Impl& impl = *impl_;
  const std::string& host = impl.options.host;
  if (impl.options.port == 0)
    impl.port = impl.server.bind_to_any_port(host);
  else
    impl.port = impl.server.bind_to_port(host, impl.options.port) ? impl.options.port : -1;
  if (impl.port < 0) {
    throw UserError(fmt::format(
        "cannot listen on {} port {}: the port is taken or the address is not this machine's", host,
        impl.options.port));
  }
  impl.guard.emplace(host, impl.port);
  return impl.port;
}

void DeskServer::serve() {
  impl_->server.listen_after_bind();
}

void DeskServer::stop() {
  impl_->server.stop();
}

std::string DeskServer::url() const {
  return fmt::format("http://{}/", impl_->guard ? impl_->guard->hosts().front() : "");
}

}  // namespace presscheck
