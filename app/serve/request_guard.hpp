#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace presscheck {

/// Decides which requests a local server answers. A page on another site can make the
/// browser send requests to 127.0.0.1, and a DNS name can be rebound to it; both show in
/// the headers, and both are refused before a request reaches a route.
class RequestGuard {
 public:
  /// The server listens on `host` (an address or name given by --host) at `port`.
  RequestGuard(std::string_view host, int port);

  /// Why a request with these headers is refused, or nullopt when it is the server's own
  /// page (or a program such as curl or a CMS plug-in on this machine) asking. The server
  /// passes Sec-Fetch-Site for API routes only: a link from another site may open the page.
  std::optional<std::string> refusal(std::optional<std::string_view> host,
                                     std::optional<std::string_view> origin,
                                     std::optional<std::string_view> fetch_site) const;

  /// The Host values accepted, lower case: the --host address with the port first, then
  /// 127.0.0.1, localhost and [::1] with it.
  const std::vector<std::string>& hosts() const { return hosts_; }

 private:
  bool own_host(std::string_view host) const;
  std::vector<std::string> hosts_;
};

}  // namespace presscheck
