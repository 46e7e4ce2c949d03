#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

#include <sys/types.h>

namespace presscheck {

/// Whether process `pid` may still run: only ESRCH proves it gone, since EPERM means it runs
/// under another user. Files named by a process id are removed only once it is gone.
bool process_runs(pid_t pid);

/// The temporary file a write of `target` goes to before it takes the target's place:
/// `.NAME.PID.tmp` in the target's folder, so that the final rename stays on one file
/// system and a writer killed half-way is known by its process id.
std::filesystem::path temporary_for(const std::filesystem::path& target);

/// Removes what writers of `target` that no longer run left behind (a build or an export
/// killed half-way): their `.NAME.PID.tmp` files and the `-wal`, `-shm` and `-journal`
/// files beside them. The files of a process that still runs are never touched, nor any
/// other file of the folder.
void remove_stale_temporaries(const std::filesystem::path& target);

/// The file a write to `path` replaces: where a symbolic link leads, so that a link to a
/// file keeps pointing at the new content rather than being replaced by a plain file.
std::filesystem::path write_target(const std::filesystem::path& path);

/// Flushes `file` to the disk, so that a rename which publishes it after a crash never
/// publishes an empty file. Throws UserError naming `shown` when that fails.
void sync_file(const std::filesystem::path& file, std::string_view shown);

/// Writes `path` whole or not at all: `write` fills a temporary file in the same folder,
/// which replaces the target once it is complete and on disk, with the target's permissions.
/// When `write` throws or the disk fills up, the target is left as it was and the temporary
/// file is removed. A target that is not a regular file (a terminal, `/dev/stdout`, a FIFO)
/// cannot be replaced and is written directly. Throws UserError naming `path` on failure.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

/// Throws UserError when `output` and `input` are one file, whatever their spellings (a
/// symbolic link, `./`, a hard link): writing it would destroy what is being read. `input_role`
/// says what the input is in the message, such as "the fact base being read".
void refuse_output_over_input(const std::filesystem::path& output,
                              const std::filesystem::path& input, std::string_view input_role);

}  // namespace presscheck
