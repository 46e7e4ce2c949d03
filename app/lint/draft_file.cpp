#include "lint/draft_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>

namespace presscheck {
namespace {

DraftFile problem(InputProblemKind kind) {
  return {{}, kind};
}

InputProblemKind problem_for_errno(int error) {
  return error == ELOOP ? InputProblemKind::symlink_loop : InputProblemKind::unreadable;
}

/// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0)
      ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Reads to the end, or stops one byte past `max_bytes`: a file may grow while it is read.
DraftFile read_all(int fd, std::size_t max_bytes) {
  DraftFile out;
  std::array<char, 1 << 16> chunk{};
  while (out.bytes.size() <= max_bytes) {
    const ssize_t got = ::read(fd, chunk.data(), chunk.size());
    if (got < 0 && errno == EINTR)
      continue;
    if (got < 0)
      return problem(InputProblemKind::unreadable);
    if (got == 0)
      return out;
    out.bytes.append(chunk.data(), static_cast<std::size_t>(got));
  }
  return problem(InputProblemKind::too_large);
}

}  // namespace

DraftFile read_draft_file(const std::string& path, std::size_t max_bytes) {
  // stat() first, so that a FIFO or a device is not even opened.
  struct stat before {};
  if (::stat(path.c_str(), &before) != 0)
    return problem(problem_for_errno(errno));
  if (!S_ISREG(before.st_mode))
    return problem(InputProblemKind::not_regular_file);
  if (static_cast<std::uintmax_t>(before.st_size) > max_bytes)
    return problem(InputProblemKind::too_large);
  // The path may have been replaced by a FIFO since: O_NONBLOCK keeps open() from waiting
  // for a writer, and fstat() checks what was really opened.
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0)
    return problem(problem_for_errno(errno));
  struct stat opened {};
  if (::fstat(fd.get(), &opened) != 0)
    return problem(InputProblemKind::unreadable);
  if (!S_ISREG(opened.st_mode))
    return problem(InputProblemKind::not_regular_file);
  return read_all(fd.get(), max_bytes);
}

}  // namespace presscheck
