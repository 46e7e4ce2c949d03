#include "serve/request_guard.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace presscheck {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// An IPv6 address in a Host header is bracketed: [::1]:8080.
std::string with_port(std::string_view host, int port) {
  const bool ipv6 = host.find(':') != std::string_view::npos && !host.starts_with("[");
  return ipv6 ? fmt::format("[{}]:{}", lower(host), port) : fmt::format("{}:{}", lower(host), port);
}

}  // namespace

RequestGuard::RequestGuard(std::string_view host, int port) {
  hosts_.push_back(with_port(host, port));
  for (std::string_view own : {"127.0.0.1", "localhost", "::1"}) {
    std::string name = with_port(own, port);
    if (name != hosts_.front())
      hosts_.push_back(std::move(name));
  }
}

bool RequestGuard::own_host(std::string_view host) const {
  return std::find(hosts_.begin(), hosts_.end(), lower(host)) != hosts_.end();
}

std::optional<std::string> RequestGuard::refusal(std::optional<std::string_view> host,
                                                 std::optional<std::string_view> origin,
                                                 std::optional<std::string_view> fetch_site) const {
  if (!host)
    return "the request has no Host header";
  if (!own_host(*host)) {
    return fmt::format("Host \"{}\" is not this server's address; open the page at http://{}/",
                       host->substr(0, 100), hosts_.front());
  }
  // Same-site is not enough: two servers on one machine are the same site for a browser.
  if (fetch_site && *fetch_site != "same-origin" && *fetch_site != "none")
    return fmt::format("a {} request from another page is refused", fetch_site->substr(0, 20));
  if (!origin)
    return std::nullopt;
  const std::string_view scheme = "http://";
  if (!origin->starts_with(scheme) || !own_host(origin->substr(scheme.size())))
    return fmt::format("Origin \"{}\" is not this server's page", origin->substr(0, 100));
  return std::nullopt;
}

}  // namespace presscheck
