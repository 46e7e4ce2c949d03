#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <optional>

#include "core/error.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

// The files SQLite keeps beside a database while it writes it: a temporary database left
// by a killed build may have any of them.
constexpr std::string_view kCompanions[] = {"", "-wal", "-shm", "-journal"};

fs::path folder_of(const fs::path& target) {
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

// " (reason)" from the errno of the call that just failed, or nothing when it set none.
std::string reason(int error) {
  return error == 0 ? std::string() : fmt::format(" ({})", std::strerror(error));
}

UserError cannot_write(const fs::path& shown, const std::string& why) {
  return UserError(fmt::format("{}: cannot write the file{}", shown.string(), why));
}

// The process id in a temporary file name `PREFIX<pid>.tmp<companion>`, or nothing when
// `name` is not one of ours: any other file of the folder is left alone.
std::optional<pid_t> writer_of(std::string_view name, std::string_view prefix) {
  if (!name.starts_with(prefix))
    return std::nullopt;
  name.remove_prefix(prefix.size());
  pid_t pid = 0;
  const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), pid);
  if (error != std::errc() || pid <= 0)
    return std::nullopt;
  std::string_view rest(end, name.data() + name.size() - end);
  if (!rest.starts_with(".tmp"))
    return std::nullopt;
  rest.remove_prefix(4);
  for (std::string_view companion : kCompanions) {
    if (rest == companion)
      return pid;
  }
  return std::nullopt;
}

// A rename is only durable once the folder that lists it is on disk; a failure here loses
// nothing that was not already at risk, so it is not reported.
void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// Fills `file` through `write`; throws UserError naming `shown` when a byte is missing.
void fill(const fs::path& file, const fs::path& shown,
          const std::function<void(std::ostream&)>& write) {
  errno = 0;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out)
    throw cannot_write(shown, reason(errno));
  write(out);
  errno = 0;
  out.close();
  if (!out)
    throw cannot_write(shown, reason(errno));
}

}  // namespace

bool process_runs(pid_t pid) {
  return pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH;
}

fs::path temporary_for(const fs::path& target) {
  return folder_of(target) / fmt::format(".{}.{}.tmp", target.filename().string(), ::getpid());
}

void remove_stale_temporaries(const fs::path& target) {
  const std::string prefix = fmt::format(".{}.", target.filename().string());
  std::error_code error;
  fs::directory_iterator it(folder_of(target), error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    const auto pid = writer_of(it->path().filename().string(), prefix);
    std::error_code ignored;  // another run may be removing the same file
    if (pid && !process_runs(*pid))
      fs::remove(it->path(), ignored);
  }
}

fs::path write_target(const fs::path& path) {
  std::error_code error;
  if (!fs::is_symlink(path, error))
    return path;
  const fs::path resolved = fs::canonical(path, error);
  return error ? path : resolved;  // a dangling link is replaced like a missing file
}

void sync_file(const fs::path& file, std::string_view shown) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error = errno;
    if (fd >= 0)
      ::close(fd);
    throw cannot_write(fs::path(shown), reason(error));
  }
  ::close(fd);
}

void write_file_atomically(const fs::path& path, const std::function<void(std::ostream&)>& write) {
  const fs::path target = write_target(path);
  std::error_code error;
  const fs::file_status existing = fs::status(target, error);
  if (fs::exists(existing) && !fs::is_regular_file(existing)) {
    fill(target, path, write);
    return;
  }
  remove_stale_temporaries(target);
  const fs::path temporary = temporary_for(target);
  fs::remove(temporary, error);
  try {
    fill(temporary, path, write);
    sync_file(temporary, path.string());
    if (fs::exists(existing))
      fs::permissions(temporary, existing.permissions(), error);  // best kept, not required
    fs::rename(temporary, target, error);
    if (error)
      throw cannot_write(path, fmt::format(" ({})", error.message()));
  } catch (...) {
    fs::remove(temporary, error);
    throw;
  }
  sync_folder(folder_of(target));
}

void refuse_output_over_input(const fs::path& output, const fs::path& input,
                              std::string_view input_role) {
  std::error_code error;
  if (fs::equivalent(output, input, error) && !error) {
    throw UserError(fmt::format("{}: this output is {} ({}); nothing was written", output.string(),
                                input_role, input.string()));
  }
}

}  // namespace presscheck
