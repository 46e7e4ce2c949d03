#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace presscheck::facts {

/// Reads a file one line at a time, inflating `.gz` and `.bz2` files as it goes, so that a
/// dump of any size is read in memory bounded by its longest line.
class LineReader {
 public:
  /// Opens `path`; throws UserError when it cannot be read.
  explicit LineReader(const std::filesystem::path& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  /// The next line without its end-of-line characters; false at the end of the file.
  /// Throws UserError when a compressed file is corrupt.
  bool next(std::string& line);
  /// The 1-based number of the line `next` gave last.
  std::size_t line_number() const { return line_number_; }

  /// The rest of the file from the current position, as one text.
  std::string rest();

  class Source;

 private:
  bool fill();

  std::unique_ptr<Source> source_;
  std::string buffer_;
  std::size_t start_ = 0;
  bool ended_ = false;
  std::size_t line_number_ = 0;
};

}  // namespace presscheck::facts
