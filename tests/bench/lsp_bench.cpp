// Time from a change to its diagnostics in `presscheck lsp`, as an editor sees it: the
// server runs as a child over pipes, holds a 5,000-word French draft made of the samples'
// paragraphs, and each change (one word typed at the end of a paragraph) is timed from the
// didChange sent to the publishDiagnostics of that version received. Run with the default
// debounce (what a user gets) and with none (the lint alone).
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "bench_timing.hpp"

namespace {

using Json = nlohmann::json;
using presscheck::bench::Clock;
using presscheck::bench::percentile;
using presscheck::bench::seconds_since;
namespace fs = std::filesystem;

constexpr std::size_t kWords = 5000;
constexpr int kChanges = 40;

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::size_t count_words(const std::string& text) {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string word; in >> word;)
    ++n;
  return n;
}

// The front matter of one sample, then the body paragraphs of every French sample in turn
// until the draft holds kWords words.
std::string make_draft(const fs::path& samples) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(samples / "fr")) {
    if (entry.path().extension() == ".md")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> paragraphs;
  for (const fs::path& file : files) {
    std::string text = read_all(file);
    if (text.starts_with("---\n"))
      text = text.substr(text.find("\n---\n", 4) + 5);
    std::istringstream in(text);
    std::string paragraph;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line[0] != '#')
        paragraphs.push_back(line);
    }
  }
  std::string draft = read_all(samples / "fr/amende-x-base-de-faits.md");
  draft = draft.substr(0, draft.find("\n---\n", 4) + 5);
  for (std::size_t i = 0; count_words(draft) < kWords; ++i)
    draft += "\n" + paragraphs[i % paragraphs.size()] + "\n";
  return draft;
}

class Server {
 public:
  explicit Server(const std::string& binary) {
    int in[2];
    int out[2];
    if (pipe(in) != 0 || pipe(out) != 0)
      throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(in[0], 0);
      dup2(out[1], 1);
      close(in[1]);
      close(out[0]);
      execl(binary.c_str(), binary.c_str(), "lsp", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to_ = in[1];
    from_ = out[0];
  }
  ~Server() {
    close(to_);
    close(from_);
    int status = 0;
    waitpid(pid_, &status, 0);
  }

  void send(const Json& message) {
    const std::string body = message.dump();
    const std::string frame = fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
    for (std::size_t done = 0; done < frame.size();) {
      const ssize_t n = write(to_, frame.data() + done, frame.size() - done);
      if (n <= 0)
        throw std::runtime_error("the server stopped reading");
      done += static_cast<std::size_t>(n);
    }
  }

  Json next() {
    for (;;) {
      const auto end = buffer_.find("\r\n\r\n");
      if (end != std::string::npos) {
        const std::size_t length = std::stoul(buffer_.substr(16, end - 16));
        if (buffer_.size() >= end + 4 + length) {
          Json message = Json::parse(buffer_.substr(end + 4, length), nullptr, false);
          if (message.is_discarded())
            throw std::runtime_error("bad frame: " + buffer_.substr(0, 200));
          buffer_.erase(0, end + 4 + length);
          return message;
        }
      }
      pollfd fd{from_, POLLIN, 0};
      char chunk[65536];
      if (poll(&fd, 1, 30000) <= 0)
        throw std::runtime_error("no message from the server within 30 s");
      const ssize_t n = read(from_, chunk, sizeof chunk);
      if (n <= 0)
        throw std::runtime_error("the server closed its output");
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  Json diagnostics_of_version(int version) {
    for (;;) {
      Json message = next();
      if (message.value("method", "") == "textDocument/publishDiagnostics" &&
          message["params"].value("version", -1) == version)
        return message;
    }
  }

 private:
  pid_t pid_ = -1;
  int to_ = -1;
  int from_ = -1;
  std::string buffer_;
};

struct Figures {
  std::vector<double> ms;
  std::size_t diagnostics = 0;
};

Figures measure(const std::string& binary, const std::string& draft, const Json& options) {
  Server server(binary);
  const std::string uri = "file://" + (fs::temp_directory_path() / "lsp-bench-draft.md").string();
  server.send({{"jsonrpc", "2.0"},
               {"id", 1},
               {"method", "initialize"},
               {"params", {{"capabilities", Json::object()}, {"initializationOptions", options}}}});
  server.next();
  server.send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", Json::object()}});
  server.send({{"jsonrpc", "2.0"},
               {"method", "textDocument/didOpen"},
               {"params",
                {{"textDocument",
                  {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", draft}}}}}});
  Figures figures;
  figures.diagnostics = server.diagnostics_of_version(1)["params"]["diagnostics"].size();
  // Each change types " mot" at the end of the draft's last line, as incremental sync does.
  std::size_t lines = std::count(draft.begin(), draft.end(), '\n');
  for (int version = 2; version < 2 + kChanges; ++version) {
    const Json change = {{"range",
                          {{"start", {{"line", lines}, {"character", 0}}},
                           {"end", {{"line", lines}, {"character", 0}}}}},
                         {"text", "mot "}};
    const auto start = Clock::now();
    server.send({{"jsonrpc", "2.0"},
                 {"method", "textDocument/didChange"},
                 {"params",
                  {{"textDocument", {{"uri", uri}, {"version", version}}},
                   {"contentChanges", Json::array({change})}}}});
    server.diagnostics_of_version(version);
    figures.ms.push_back(seconds_since(start) * 1000);
  }
  server.send({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}});
  server.next();
  server.send({{"jsonrpc", "2.0"}, {"method", "exit"}});
  return figures;
}

void report(const std::string& what, const Figures& figures) {
  fmt::print("{:<32} median {:6.1f} ms   p90 {:6.1f} ms   max {:6.1f} ms   ({} findings)\n", what,
             percentile(figures.ms, 0.5), percentile(figures.ms, 0.9),
             *std::max_element(figures.ms.begin(), figures.ms.end()), figures.diagnostics);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    fmt::print(stderr, "usage: lsp_bench PRESSCHECK SAMPLES_FOLDER\n");
    return 2;
  }
  signal(SIGPIPE, SIG_IGN);
  try {
    const std::string draft = make_draft(argv[2]);
    fmt::print("didChange -> publishDiagnostics, {} words ({} bytes), {} changes each\n",
               count_words(draft), draft.size(), kChanges);
    report("default debounce (50 ms)", measure(argv[1], draft, Json::object()));
    report("no debounce (lint alone)", measure(argv[1], draft, {{"debounceMs", 0}}));
  } catch (const std::exception& error) {
    fmt::print(stderr, "lsp_bench: {}\n", error.what());
    return 1;
  }
  return 0;
}
