#include "lint/path_list.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>
#include <utility>

#include "core/error.hpp"
#include "core/terminal_safe.hpp"

namespace presscheck {
namespace {

// Linux refuses longer paths (PATH_MAX counts the final NUL): an entry past this is no
// path, and holding it whole would let one endless line fill memory.
constexpr std::size_t kMaxPathBytes = PATH_MAX - 1;

/// Gathers the entries of a list as its chunks arrive, numbering them for messages.
class ListSplitter {
 public:
  ListSplitter(std::string origin, bool nul) : origin_(std::move(origin)), nul_(nul) {}

  void feed(std::string_view data) {
    const char separator = nul_ ? '\0' : '\n';
    while (!data.empty()) {
      const std::size_t end = data.find(separator);
      append(data.substr(0, end));
      if (end == std::string_view::npos)
        return;
      finish();
      data.remove_prefix(end + 1);
    }
  }

  std::vector<std::string> take() {
    if (!entry_.empty())
      finish();
    return std::move(paths_);
  }

 private:
  void append(std::string_view piece) {
    if (!nul_ && piece.find('\0') != std::string_view::npos) {
      fail("holds a NUL byte; a NUL-separated list (find -print0) is read with --null");
    }
    if (entry_.size() + piece.size() > kMaxPathBytes + (nul_ ? 0 : 1)) {
      fail(fmt::format("longer than any path can be ({} bytes at most)", kMaxPathBytes));
    }
    entry_.append(piece);
  }

  void finish() {
    if (!nul_ && entry_.ends_with('\r'))
      entry_.pop_back();  // a list saved with Windows line ends
    if (entry_ == "-")
      fail(
          "`-` names no file in a list (standard input is given on the command line); "
          "write ./- for a file called -");
    if (!entry_.empty())
      paths_.push_back(std::move(entry_));
    entry_.clear();
    ++number_;
  }

  [[noreturn]] void fail(const std::string& why) const {
    throw UserError(fmt::format("{}:{}: {}", terminal_safe(origin_), number_, why));
  }

  std::string origin_;
  bool nul_;
  std::string entry_;
  std::size_t number_ = 1;
  std::vector<std::string> paths_;
};

std::vector<std::string> read_list_file(const std::string& list, bool nul) {
  std::error_code error;
  if (std::filesystem::is_directory(list, error)) {
    throw UserError(fmt::format(
        "--files-from {}: is a folder; give the folder itself as a path, or a file listing paths",
        terminal_safe(list)));
  }
  std::ifstream in(list, std::ios::binary);
  if (!in) {
    throw UserError(fmt::format("--files-from {}: cannot read the list ({})", terminal_safe(list),
                                std::strerror(errno)));
  }
  return read_path_list(in, list, nul);
}

}  // namespace

std::vector<std::string> read_path_list(std::istream& in, const std::string& origin, bool nul) {
  ListSplitter splitter(origin, nul);
  std::array<char, 1 << 16> chunk{};
  while (in) {
    in.read(chunk.data(), chunk.size());
    splitter.feed(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) {
    throw UserError(fmt::format("--files-from {}: the list could not be read to its end",
                                terminal_safe(origin)));
  }
  return splitter.take();
}

std::vector<std::string> paths_with_list(const std::vector<std::string>& args,
                                         const PathListSource& source) {
  if (source.list.empty()) {
    if (args.empty())
      throw UserError(
          "lint: name the drafts or folders to check, or a list of them with --files-from");
    return args;
  }
  const bool reads_stdin = source.list == "-";
  if (reads_stdin && std::find(args.begin(), args.end(), "-") != args.end()) {
    throw UserError(
        "--files-from -: standard input holds the list, so it cannot also be a draft (-)");
  }
  std::vector<std::string> listed = reads_stdin ? read_path_list(std::cin, "<stdin>", source.nul)
                                                : read_list_file(source.list, source.nul);
  std::vector<std::string> paths = args;
  paths.insert(paths.end(), std::make_move_iterator(listed.begin()),
               std::make_move_iterator(listed.end()));
  return paths;
}

}  // namespace presscheck
