#pragma once

#include <optional>
#include <string>

#include "input/reader.hpp"

namespace presscheck {

/// A draft file's bytes as read, or the input problem that kept them from being read.
struct DraftFile {
  std::string bytes;
  std::optional<InputProblemKind> problem;
};

/// Reads the draft at `path` when it is a regular file (symbolic links followed) of at
/// most `max_bytes`. Nothing else is ever opened for reading or waited on: a FIFO would
/// block the run until some other program wrote to it, a device may never end, and
/// opening some devices acts on them. A loop of symbolic links is told apart from a file
/// that cannot be read for other reasons.
DraftFile read_draft_file(const std::string& path, std::size_t max_bytes);

}  // namespace presscheck
