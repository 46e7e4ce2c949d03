#include "lsp/jsonrpc.hpp"

#include <cctype>
#include <charconv>

namespace presscheck::lsp {
namespace {

// One header line without its "\r\n" (a bare "\n" is accepted too); nullopt at the end of
// the stream or past kMaxHeaderBytes.
std::optional<std::string> read_header_line(std::istream& in, bool& too_long) {
  std::string line;
  for (int c = in.get(); c != std::char_traits<char>::eof(); c = in.get()) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r')
        line.pop_back();
      return line;
    }
    line += static_cast<char>(c);
    if (line.size() > kMaxHeaderBytes) {
      too_long = true;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::optional<std::size_t> content_length(std::string_view line) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || !iequals(line.substr(0, colon), "content-length"))
    return std::nullopt;
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && value.front() == ' ')
    value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ')
    value.remove_suffix(1);
  std::size_t length = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
  if (error != std::errc() || end != value.data() + value.size())
    return std::nullopt;
  return length;
}

}  // namespace

Frame read_frame(std::istream& in) {
  std::optional<std::size_t> length;
  bool seen_header = false;
  for (;;) {
    bool too_long = false;
    const std::optional<std::string> line = read_header_line(in, too_long);
    if (too_long)
      return {Frame::Kind::bad_header, {}, "a header line is too long"};
    if (!line)
      return {seen_header ? Frame::Kind::bad_header : Frame::Kind::end,
              {},
              "the stream ended inside a header"};
    if (line->empty()) {
      if (!seen_header)
        continue;  // stray blank lines between messages
      break;
    }
    seen_header = true;
    if (const auto parsed = content_length(*line))
      length = parsed;
  }
  if (!length)
    return {Frame::Kind::bad_header, {}, "a message has no valid Content-Length header"};
  if (*length > kMaxBodyBytes) {
    in.ignore(static_cast<std::streamsize>(*length));
    return {Frame::Kind::bad_header, {}, "a message is larger than 64 MiB"};
  }
  std::string body(*length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in.gcount()) != *length)
    return {Frame::Kind::end, {}, {}};
  return {Frame::Kind::message, std::move(body), {}};
}

void Writer::send(const Json& message) {
  // Invalid UTF-8 from a draft is replaced rather than thrown on: a client must always get
  // a well-formed message.
  const std::string body = message.dump(-1, ' ', false, Json::error_handler_t::replace);
  // One write of the whole frame into an emptied buffer: libstdc++ then writes it with
  // plain write(2) calls, which it resumes after a partial write into a full pipe (its
  // writev path for a buffered header followed by a large body was seen to send the header
  // twice then).
  const std::string frame = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  const std::lock_guard lock(mutex_);
  out_.write(frame.data(), static_cast<std::streamsize>(frame.size()));
  out_.flush();
}

void Writer::respond(const Json& id, Json result) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Writer::respond_error(const Json& id, ErrorCode code, const std::string& message) {
  send({{"jsonrpc", "2.0"},
        {"id", id},
        {"error", {{"code", static_cast<int>(code)}, {"message", message}}}});
}

void Writer::notify(std::string_view method, Json params) {
  send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

}  // namespace presscheck::lsp
